#pragma once

#include "core/result.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

struct pg_conn;
struct pg_result;

namespace medvandrer::server {

// One query parameter in text form; nothing is SQL NULL.
using PgParam = std::optional<std::string>;
inline PgParam pgInt(int64_t v) { return std::to_string(v); }
inline PgParam pgBool(bool v) { return std::string(v ? "1" : "0"); }
// A text[] literal for `= ANY($n::text[])`.
PgParam pgTextArray(const std::vector<std::string> &values);

// The rows of one query's answer.
class PgRows
{
public:
    explicit PgRows(pg_result *result);
    ~PgRows();
    PgRows(PgRows &&other) noexcept;
    PgRows &operator=(PgRows &&other) noexcept;
    PgRows(const PgRows &) = delete;
    PgRows &operator=(const PgRows &) = delete;

    int size() const;
    bool isNull(int row, int col) const;
    std::string text(int row, int col) const;
    int64_t integer(int row, int col) const;
    // Rows changed by an INSERT, UPDATE or DELETE.
    int64_t affected() const;

private:
    pg_result *m_result = nullptr;
};

// One libpq connection with a cache of prepared statements (by SQL text). Lost connections are noticed on the next
// call and re-opened at most once a second; until then calls fail with storage_unavailable at once. Error texts
// never carry the connection string or any parameter value.
class PgConnection
{
public:
    static Result<std::unique_ptr<PgConnection>> connect(const std::string &url);
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    // A prepared statement (prepared on first use on this connection), run with text parameters.
    Result<PgRows> query(const std::string &sql, const std::vector<PgParam> &params = {});
    Status run(const std::string &sql, const std::vector<PgParam> &params = {});
    // Several statements, unprepared and without parameters (migrations, BEGIN/COMMIT).
    Status script(const std::string &sql);
    // COMMIT, refused when PostgreSQL rolled back instead: a transaction in which a statement failed answers
    // COMMIT with the tag ROLLBACK (and status OK), which would otherwise pass for success.
    Status commit();

    bool inTransaction() const { return m_inTransaction; }
    void setInTransaction(bool on) { m_inTransaction = on; }
    // Opens the connection again if it was lost; storage_unavailable if the database cannot be reached.
    Status ensureOpen();
    // On a connection that LISTENs: waits up to timeout for notifications (all pending ones are taken); true if any
    // came from a backend other than ignorePid, false on timeout, storage_unavailable when the connection is lost.
    Result<bool> waitForNotification(std::chrono::milliseconds timeout, int ignorePid = 0);
    // The server process of this connection (0 while closed); readable from any thread.
    const std::atomic<int> &backendPid() const { return m_backendPid; }

private:
    explicit PgConnection(std::string url) : m_url(std::move(url)) {}
    Status open();
    Error failure(pg_result *result, const char *what);

    std::string m_url;
    pg_conn *m_conn = nullptr;
    std::unordered_map<std::string, std::string> m_prepared; // SQL → statement name
    bool m_inTransaction = false;
    std::chrono::steady_clock::time_point m_lastAttempt{};
    std::atomic<int> m_backendPid{0};
};

// The URL with any password removed, for logs and messages.
std::string redactDatabaseUrl(const std::string &url);

} // namespace medvandrer::server
