#pragma once

#include "core/result.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace medvandrer {

// A prepared statement owned by SqliteDatabase's cache; reset before each use.
class Statement
{
public:
    Statement(sqlite3 *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, std::string_view text);
    Statement &bind(int index, int64_t value);
    Statement &bindNull(int index);

    // Steps once: true while a row is available, false when done, an Error on failure.
    Result<bool> step();
    // Runs to completion, for statements that return no rows.
    Status run();

    std::string text(int column) const;
    int64_t integer(int column) const;
    bool isNull(int column) const;

    void reset();

    // Steps through every row and collects readRow(*this) for each; the statement is reset afterwards, also when
    // a step fails. One loop for every multi-row query.
    template <class ReadRow>
    auto rows(ReadRow &&readRow) -> Result<std::vector<std::invoke_result_t<ReadRow &, const Statement &>>>
    {
        std::vector<std::invoke_result_t<ReadRow &, const Statement &>> out;
        for (;;) {
            auto row = step();
            if (!row) {
                reset();
                return row.error();
            }
            if (!*row)
                break;
            out.push_back(readRow(static_cast<const Statement &>(*this)));
        }
        reset();
        return out;
    }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt;
};

// One SQLite connection with cached prepared statements, WAL and schema migrations by PRAGMA user_version.
// Not thread-safe: a connection lives on one thread (the device's store thread, the server's storage thread).
class SqliteDatabase
{
public:
    enum class Durability {
        Full,  // synchronous=FULL: a committed transaction survives power loss
        Normal // synchronous=NORMAL in WAL: survives a process crash, may lose the last commits on power loss
    };

    // The open-time integrity check (PRAGMA quick_check, a pass over every page): in open(), or Separate, left to
    // a caller that runs checkIntegrity() on a connection of its own beside its first reads and writes nothing
    // before it has passed.
    enum class IntegrityCheck { AtOpen, Separate };

    static Result<std::unique_ptr<SqliteDatabase>> open(const std::string &path, Durability durability,
                                                        IntegrityCheck check = IntegrityCheck::AtOpen);
    // quick_check of the file at path on a connection of its own; storage_corrupt, naming the file, if it fails.
    static Status checkIntegrity(const std::string &path);
    // quick_check on this connection.
    Status quickCheck(const std::string &path);
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    Status exec(std::string_view sql);
    // Cached by SQL text; valid until the database closes. Errors if the SQL does not compile.
    Result<Statement *> prepare(const std::string &sql);

    // Applies migrations[user_version..] in one transaction each; migration i brings the schema to version i+1.
    Status migrate(const std::vector<std::string> &migrations);
    int64_t userVersion();
    // The first column of the first row of a one-number query (a count, a pragma); -1 on error.
    int64_t scalar(const std::string &sql);

    Status begin();
    Status commit();
    void rollback();
    bool inTransaction() const { return m_inTransaction; }

    int64_t changes() const;
    sqlite3 *handle() const { return m_db; }

    // Test hook: called before each commit; returning false makes the commit fail (injected disk error).
    void setCommitHook(std::function<bool()> hook) { m_commitHook = std::move(hook); }

private:
    explicit SqliteDatabase(sqlite3 *db) : m_db(db) {}
    Error lastError(std::string_view context) const;

    sqlite3 *m_db;
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_statements;
    bool m_inTransaction = false;
    std::function<bool()> m_commitHook;
};

// Commits on commit(), rolls back if it goes out of scope first.
class [[nodiscard]] Transaction
{
public:
    explicit Transaction(SqliteDatabase &db) : m_db(db), m_status(db.begin()) {}
    ~Transaction()
    {
        if (m_status.ok() && !m_done)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Status &status() const { return m_status; }
    Status commit()
    {
        m_done = true;
        return m_db.commit();
    }

private:
    SqliteDatabase &m_db;
    Status m_status;
    bool m_done = false;
};

} // namespace medvandrer
