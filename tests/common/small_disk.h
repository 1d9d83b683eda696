#pragma once

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>
#include <vector>

namespace medvandrer::testing {

// A small file system that fills up, made by the test itself (issue 17). Where this process may mount (root with
// CAP_SYS_ADMIN, as in CI's container), a real tmpfs of `bytes` is mounted on `dir`, and fill() writes a filler
// file until the kernel answers ENOSPC — the disk is then really full for every writer. Where it may not (or with
// MEDVANDRER_TEST_NO_MOUNT=1), the injected path: SQLite's VFS refuses growing writes with SQLITE_FULL while a flag
// file exists (shared/store/full_disk_vfs.h; the server installs it from MEDVANDRER_TEST_FULL_DISK_FLAG). Never a
// silent skip: how() says which one ran, and the test prints it.
class SmallDisk
{
public:
    SmallDisk(std::string dir, size_t bytes) : m_dir(std::move(dir)), m_flag(m_dir + ".full-disk-flag")
    {
        ::mkdir(m_dir.c_str(), 0700);
        const char *noMount = std::getenv("MEDVANDRER_TEST_NO_MOUNT");
        if (!(noMount && *noMount == '1')) {
            const std::string options = "size=" + std::to_string(bytes) + ",mode=0700";
            m_mounted = ::mount("tmpfs", m_dir.c_str(), "tmpfs", MS_NOSUID | MS_NODEV, options.c_str()) == 0;
            m_mountError = m_mounted ? std::string() : std::strerror(errno);
        }
        ::unlink(m_flag.c_str());
    }
    ~SmallDisk()
    {
        release();
        if (m_mounted)
            ::umount2(m_dir.c_str(), MNT_DETACH);
    }
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;

    bool mounted() const { return m_mounted; }
    const std::string &dir() const { return m_dir; }
    // For the injected path: the flag file whose existence means "full".
    const std::string &flagPath() const { return m_flag; }
    std::string how() const
    {
        return m_mounted ? "a real tmpfs mounted on " + m_dir
                         : "injected SQLITE_FULL (cannot mount here: " +
                               (m_mountError.empty() ? std::string("MEDVANDRER_TEST_NO_MOUNT=1") : m_mountError) + ")";
    }

    // Takes every free byte; returns how many the filler took.
    size_t fill()
    {
        if (!m_mounted) {
            const int fd = ::open(m_flag.c_str(), O_CREAT | O_WRONLY, 0600);
            if (fd >= 0)
                ::close(fd);
            return 0;
        }
        const std::string path = m_dir + "/filler";
        const int fd = ::open(path.c_str(), O_CREAT | O_WRONLY | O_APPEND, 0600);
        if (fd < 0)
            return 0;
        const std::vector<char> chunk(4096, 'x');
        size_t total = 0;
        for (;;) {
            const ssize_t n = ::write(fd, chunk.data(), chunk.size());
            if (n <= 0)
                break;
            total += static_cast<size_t>(n);
        }
        ::fsync(fd);
        ::close(fd);
        return total;
    }
    // Space returns.
    void release()
    {
        ::unlink(m_flag.c_str());
        if (m_mounted)
            ::unlink((m_dir + "/filler").c_str());
    }
    // Free bytes left (0 when full); for the injected path, 0 while the flag exists.
    size_t freeBytes() const
    {
        struct stat st;
        if (!m_mounted)
            return ::stat(m_flag.c_str(), &st) == 0 ? 0 : size_t(-1);
        struct statvfs vfs;
        if (::statvfs(m_dir.c_str(), &vfs) != 0)
            return 0;
        return static_cast<size_t>(vfs.f_bavail) * vfs.f_frsize;
    }

private:
    std::string m_dir;
    std::string m_flag;
    bool m_mounted = false;
    std::string m_mountError;
};

} // namespace medvandrer::testing
