#include "store/sqlite_database.h"

#include <sqlite3.h>

#include <cerrno>

namespace medvandrer {

namespace {
// A full disk (or quota) gets a code of its own: the caller refuses the write and keeps everything else going.
const char *errorCode(sqlite3 *db)
{
    const int primary = sqlite3_errcode(db) & 0xff;
    const int sys = sqlite3_system_errno(db);
    if (primary == SQLITE_FULL || (primary == SQLITE_IOERR && (sys == ENOSPC || sys == EDQUOT)))
        return "storage_full";
    return "storage_error";
}
} // namespace

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, std::string_view text)
{
    sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, int64_t value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Result<bool> Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return Error{errorCode(m_db), sqlite3_errmsg(m_db)};
}

Status Statement::run()
{
    Result<bool> r = step();
    while (r.ok() && *r)
        r = step();
    Status s = r.ok() ? Status{} : Status{r.error()};
    reset();
    return s;
}

std::string Statement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return p ? std::string(p, static_cast<size_t>(sqlite3_column_bytes(m_stmt, column))) : std::string();
}

int64_t Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

namespace {

// A file that is damaged or not a database at all is refused, with its name and what to do, never served.
Error damagedFile(const std::string &path, const std::string &detail)
{
    return Error{"storage_corrupt",
                 path + " is damaged (" + detail + "); restore it from a backup or move it away to start empty"};
}

} // namespace

Result<std::unique_ptr<SqliteDatabase>> SqliteDatabase::open(const std::string &path, Durability durability,
                                                             IntegrityCheck check)
{
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                                   nullptr);
    if (rc != SQLITE_OK) {
        Error e{"storage_error", raw ? sqlite3_errmsg(raw) : "cannot open database"};
        sqlite3_close(raw);
        return e;
    }
    std::unique_ptr<SqliteDatabase> db(new SqliteDatabase(raw));
    sqlite3_busy_timeout(raw, 5000);
    sqlite3_extended_result_codes(raw, 1);
    const std::string pragmas = std::string("PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA cache_size=-32000; PRAGMA mmap_size=268435456; PRAGMA temp_store=MEMORY; PRAGMA wal_autocheckpoint=8000; ") +
                                (durability == Durability::Full ? "PRAGMA synchronous=FULL;" : "PRAGMA synchronous=NORMAL;");
    if (Status s = db->exec(pragmas); !s) {
        const int code = sqlite3_errcode(raw) & 0xff;
        if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
            return damagedFile(path, s.error().message);
        return s.error();
    }
    // Open-time integrity: refuse a corrupt file rather than syncing garbage.
    if (check == IntegrityCheck::AtOpen) {
        if (Status s = db->quickCheck(path); !s)
            return s.error();
    }
    return db;
}

Status SqliteDatabase::quickCheck(const std::string &path)
{
    auto check = prepare("PRAGMA quick_check");
    if (!check)
        return damagedFile(path, check.error().message);
    auto row = (*check)->step();
    if (!row || !*row || (*check)->text(0) != "ok") {
        const std::string detail = !row ? row.error().message : *row ? (*check)->text(0) : "no answer";
        (*check)->reset();
        return damagedFile(path, "integrity check: " + detail.substr(0, 200));
    }
    (*check)->reset();
    return {};
}

Status SqliteDatabase::checkIntegrity(const std::string &path)
{
    auto db = open(path, Durability::Full, IntegrityCheck::Separate);
    if (!db)
        return db.error();
    return (*db)->quickCheck(path);
}

SqliteDatabase::~SqliteDatabase()
{
    m_statements.clear();
    sqlite3_close_v2(m_db);
}

Error SqliteDatabase::lastError(std::string_view context) const
{
    return Error{errorCode(m_db), std::string(context) + ": " + sqlite3_errmsg(m_db)};
}

Status SqliteDatabase::exec(std::string_view sql)
{
    char *msg = nullptr;
    const std::string text(sql);
    if (sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &msg) != SQLITE_OK) {
        Error e{errorCode(m_db), msg ? msg : "exec failed"};
        sqlite3_free(msg);
        return e;
    }
    return {};
}

Result<Statement *> SqliteDatabase::prepare(const std::string &sql)
{
    auto it = m_statements.find(sql);
    if (it != m_statements.end()) {
        it->second->reset();
        return it->second.get();
    }
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v3(m_db, sql.c_str(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt,
                           nullptr) != SQLITE_OK)
        return lastError("prepare");
    auto owned = std::make_unique<Statement>(m_db, stmt);
    Statement *raw = owned.get();
    m_statements.emplace(sql, std::move(owned));
    return raw;
}

int64_t SqliteDatabase::scalar(const std::string &sql)
{
    auto st = prepare(sql);
    if (!st)
        return -1;
    auto row = (*st)->step();
    const int64_t v = (row && *row) ? (*st)->integer(0) : -1;
    (*st)->reset();
    return v;
}

int64_t SqliteDatabase::userVersion()
{
    return scalar("PRAGMA user_version");
}

Status SqliteDatabase::migrate(const std::vector<std::string> &migrations)
{
    int64_t version = userVersion();
    if (version < 0)
        return lastError("user_version");
    if (version > static_cast<int64_t>(migrations.size()))
        return Error{"storage_too_new", "database was written by a newer version of Medvandrer"};
    for (; version < static_cast<int64_t>(migrations.size()); ++version) {
        Transaction tx(*this);
        if (!tx.status())
            return tx.status();
        if (Status s = exec(migrations[static_cast<size_t>(version)]); !s)
            return s;
        if (Status s = exec("PRAGMA user_version=" + std::to_string(version + 1)); !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
    }
    return {};
}

Status SqliteDatabase::begin()
{
    if (m_inTransaction)
        return Error{"storage_error", "nested transaction"};
    if (Status s = exec("BEGIN IMMEDIATE"); !s)
        return s;
    m_inTransaction = true;
    return {};
}

Status SqliteDatabase::commit()
{
    if (m_commitHook && !m_commitHook()) {
        rollback();
        return Error{"storage_error", "injected commit failure"};
    }
    Status s = exec("COMMIT");
    if (!s) {
        rollback();
        return s;
    }
    m_inTransaction = false;
    return {};
}

void SqliteDatabase::rollback()
{
    if (m_inTransaction) {
        (void)exec("ROLLBACK");
        m_inTransaction = false;
    }
}

int64_t SqliteDatabase::changes() const
{
    return sqlite3_changes64(m_db);
}

} // namespace medvandrer
