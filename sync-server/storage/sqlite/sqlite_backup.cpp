// SqliteServerStorage: the online backup (sqlite3 backup API) and its restore.
#include "storage/sqlite/sqlite_server_storage.h"

#include <sqlite3.h>

#include <chrono>
#include <filesystem>
#include <thread>

namespace medvandrer::server {

namespace {

namespace fs = std::filesystem;

// The two files of a data directory and the schema each is attached as.
const std::vector<std::pair<const char *, const char *>> &files()
{
    static const std::vector<std::pair<const char *, const char *>> list{{"main", "server.db"},
                                                                         {"box", "suggestions.db"}};
    return list;
}

Status copySchema(sqlite3 *source, const char *schema, const std::string &target)
{
    sqlite3 *dest = nullptr;
    if (sqlite3_open_v2(target.c_str(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        sqlite3_close(dest);
        return Error{"storage_error", "cannot create " + target};
    }
    sqlite3_backup *backup = sqlite3_backup_init(dest, "main", source, schema);
    if (!backup) {
        Error e{"storage_error", std::string("backup: ") + sqlite3_errmsg(dest)};
        sqlite3_close(dest);
        return e;
    }
    int rc = SQLITE_OK;
    // Pages in steps, so the server's writers wait at most one step; busy means a writer holds the lock: wait.
    while ((rc = sqlite3_backup_step(backup, 256)) == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
        if (rc != SQLITE_OK)
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    sqlite3_backup_finish(backup);
    const int closeRc = sqlite3_close(dest);
    if (rc != SQLITE_DONE || closeRc != SQLITE_OK)
        return Error{"storage_error", std::string("backup of ") + schema + " failed: " + sqlite3_errstr(rc)};
    return {};
}

} // namespace

Status SqliteServerStorage::backupTo(const std::string &dir)
{
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec)
        return Error{"backup_failed", "cannot create " + dir + ": " + ec.message()};
    for (const auto &[schema, name] : files()) {
        if (fs::exists(fs::path(dir) / name))
            return Error{"backup_failed", (fs::path(dir) / name).string() + " exists; back up into an empty folder"};
    }
    // One read transaction over both files: the copy is one moment, even while the server writes (a suggestion is
    // never in neither file, or in both).
    if (Status s = m_db->exec("BEGIN; SELECT count(*) FROM main.meta; SELECT count(*) FROM box.inbox;"); !s)
        return s;
    Status result;
    for (const auto &[schema, name] : files()) {
        result = copySchema(m_db->handle(), schema, (fs::path(dir) / name).string());
        if (!result)
            break;
    }
    (void)m_db->exec("COMMIT");
    return result;
}

Status SqliteServerStorage::restoreFrom(const std::string &backupDir, const std::string &dataDir)
{
    for (const auto &[schema, name] : files()) {
        if (!fs::exists(fs::path(backupDir) / name))
            return Error{"restore_failed", (fs::path(backupDir) / name).string() + " is missing"};
        if (fs::exists(fs::path(dataDir) / name))
            return Error{"restore_failed", (fs::path(dataDir) / name).string() +
                                               " exists; restore into an empty data directory (stop the server, "
                                               "move the old one aside)"};
    }
    std::error_code ec;
    fs::create_directories(dataDir, ec);
    if (ec)
        return Error{"restore_failed", "cannot create " + dataDir + ": " + ec.message()};
    for (const auto &[schema, name] : files()) {
        fs::copy_file(fs::path(backupDir) / name, fs::path(dataDir) / name, ec);
        if (ec)
            return Error{"restore_failed", "cannot copy " + std::string(name) + ": " + ec.message()};
    }
    // Opening checks integrity and brings an older backup's schema up to date.
    auto opened = open(dataDir);
    if (!opened)
        return opened.error();
    return {};
}

} // namespace medvandrer::server
