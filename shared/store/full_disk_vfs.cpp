#include "store/full_disk_vfs.h"

#include <sqlite3.h>
#include <sys/stat.h>

#include <cstring>
#include <string_view>

namespace medvandrer {

namespace {

std::string g_flagPath;
std::string g_onlyUnder;
sqlite3_vfs *g_base = nullptr;
sqlite3_vfs g_vfs;
sqlite3_io_methods g_methods;

// Our file wraps the base VFS's file, which lives right after it in the same allocation.
struct FullDiskFile
{
    sqlite3_file base;
    bool onDisk; // under the directory that fills up
    sqlite3_file *real() { return reinterpret_cast<sqlite3_file *>(this + 1); }
};

FullDiskFile *wrap(sqlite3_file *f)
{
    return reinterpret_cast<FullDiskFile *>(f);
}

bool diskFull()
{
    struct stat st;
    return ::stat(g_flagPath.c_str(), &st) == 0;
}

int growsBeyond(sqlite3_file *real, sqlite3_int64 end)
{
    sqlite3_int64 size = 0;
    if (real->pMethods->xFileSize(real, &size) != SQLITE_OK)
        return true;
    return end > size;
}

int xClose(sqlite3_file *f)
{
    sqlite3_file *real = wrap(f)->real();
    return real->pMethods ? real->pMethods->xClose(real) : SQLITE_OK;
}
int xRead(sqlite3_file *f, void *buf, int amt, sqlite3_int64 off)
{
    sqlite3_file *real = wrap(f)->real();
    return real->pMethods->xRead(real, buf, amt, off);
}
int xWrite(sqlite3_file *f, const void *buf, int amt, sqlite3_int64 off)
{
    sqlite3_file *real = wrap(f)->real();
    if (wrap(f)->onDisk && diskFull() && growsBeyond(real, off + amt))
        return SQLITE_FULL;
    return real->pMethods->xWrite(real, buf, amt, off);
}
int xTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    sqlite3_file *real = wrap(f)->real();
    if (wrap(f)->onDisk && diskFull() && growsBeyond(real, size))
        return SQLITE_FULL;
    return real->pMethods->xTruncate(real, size);
}
int xSync(sqlite3_file *f, int flags)
{
    sqlite3_file *real = wrap(f)->real();
    return real->pMethods->xSync(real, flags);
}
int xFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    sqlite3_file *real = wrap(f)->real();
    return real->pMethods->xFileSize(real, size);
}
int xLock(sqlite3_file *f, int level)
{
    sqlite3_file *real = wrap(f)->real();
    return real->pMethods->xLock(real, level);
}
int xUnlock(sqlite3_file *f, int level)
{
    sqlite3_file *real = wrap(f)->real();
    return real->pMethods->xUnlock(real, level);
}
int xCheckReservedLock(sqlite3_file *f, int *out)
{
    sqlite3_file *real = wrap(f)->real();
    return real->pMethods->xCheckReservedLock(real, out);
}
int xFileControl(sqlite3_file *f, int op, void *arg)
{
    sqlite3_file *real = wrap(f)->real();
    // Space is reserved ahead (SQLITE_FCNTL_SIZE_HINT, chunk size) by growing the file: full too.
    if (op == SQLITE_FCNTL_SIZE_HINT && wrap(f)->onDisk && diskFull() && growsBeyond(real, *static_cast<sqlite3_int64 *>(arg)))
        return SQLITE_FULL;
    return real->pMethods->xFileControl(real, op, arg);
}
int xSectorSize(sqlite3_file *f)
{
    sqlite3_file *real = wrap(f)->real();
    return real->pMethods->xSectorSize(real);
}
int xDeviceCharacteristics(sqlite3_file *f)
{
    sqlite3_file *real = wrap(f)->real();
    return real->pMethods->xDeviceCharacteristics(real);
}
int xShmMap(sqlite3_file *f, int region, int size, int extend, void volatile **out)
{
    sqlite3_file *real = wrap(f)->real();
    return real->pMethods->xShmMap(real, region, size, extend, out);
}
int xShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    sqlite3_file *real = wrap(f)->real();
    return real->pMethods->xShmLock(real, offset, n, flags);
}
void xShmBarrier(sqlite3_file *f)
{
    sqlite3_file *real = wrap(f)->real();
    real->pMethods->xShmBarrier(real);
}
int xShmUnmap(sqlite3_file *f, int deleteFlag)
{
    sqlite3_file *real = wrap(f)->real();
    return real->pMethods->xShmUnmap(real, deleteFlag);
}
int xFetch(sqlite3_file *f, sqlite3_int64 off, int amt, void **pp)
{
    sqlite3_file *real = wrap(f)->real();
    return real->pMethods->xFetch(real, off, amt, pp);
}
int xUnfetch(sqlite3_file *f, sqlite3_int64 off, void *p)
{
    sqlite3_file *real = wrap(f)->real();
    return real->pMethods->xUnfetch(real, off, p);
}

int xOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *f, int flags, int *outFlags)
{
    FullDiskFile *file = wrap(f);
    sqlite3_file *real = file->real();
    std::memset(real, 0, static_cast<size_t>(g_base->szOsFile));
    file->base.pMethods = nullptr;
    file->onDisk = g_onlyUnder.empty() || (name && std::string_view(name).substr(0, g_onlyUnder.size()) == g_onlyUnder);
    // Creating a file on a full disk fails too (only an existing one opens).
    if ((flags & SQLITE_OPEN_CREATE) && file->onDisk && diskFull() && name) {
        int exists = 0;
        if (g_base->xAccess(g_base, name, SQLITE_ACCESS_EXISTS, &exists) == SQLITE_OK && !exists)
            return SQLITE_FULL;
    }
    const int rc = g_base->xOpen(g_base, name, real, flags, outFlags);
    // SQLite calls xClose whenever pMethods is set, even after a failed open.
    file->base.pMethods = real->pMethods ? &g_methods : nullptr;
    return rc;
}

} // namespace

bool installFullDiskSimulation(const std::string &flagPath, const std::string &onlyUnder)
{
    if (g_base)
        return g_flagPath == flagPath && g_onlyUnder == onlyUnder;
    g_base = sqlite3_vfs_find(nullptr);
    if (!g_base)
        return false;
    g_flagPath = flagPath;
    g_onlyUnder = onlyUnder;
    g_methods = sqlite3_io_methods{};
    g_methods.iVersion = 3;
    g_methods.xClose = xClose;
    g_methods.xRead = xRead;
    g_methods.xWrite = xWrite;
    g_methods.xTruncate = xTruncate;
    g_methods.xSync = xSync;
    g_methods.xFileSize = xFileSize;
    g_methods.xLock = xLock;
    g_methods.xUnlock = xUnlock;
    g_methods.xCheckReservedLock = xCheckReservedLock;
    g_methods.xFileControl = xFileControl;
    g_methods.xSectorSize = xSectorSize;
    g_methods.xDeviceCharacteristics = xDeviceCharacteristics;
    g_methods.xShmMap = xShmMap;
    g_methods.xShmLock = xShmLock;
    g_methods.xShmBarrier = xShmBarrier;
    g_methods.xShmUnmap = xShmUnmap;
    g_methods.xFetch = xFetch;
    g_methods.xUnfetch = xUnfetch;
    g_vfs = *g_base;
    g_vfs.zName = "medvandrer-full-disk";
    g_vfs.szOsFile = static_cast<int>(sizeof(FullDiskFile)) + g_base->szOsFile;
    g_vfs.xOpen = xOpen;
    g_vfs.pNext = nullptr;
    return sqlite3_vfs_register(&g_vfs, 1) == SQLITE_OK;
}

} // namespace medvandrer
