#include "storage/postgres/pg_connection.h"

#include <libpq-fe.h>
#include <poll.h>

#include <regex>

namespace medvandrer::server {

namespace {

constexpr auto reconnectInterval = std::chrono::seconds(1);

const char *unavailableText = "the database cannot be reached";

} // namespace

PgParam pgTextArray(const std::vector<std::string> &values)
{
    std::string out = "{";
    for (size_t i = 0; i < values.size(); ++i) {
        if (i)
            out += ',';
        out += '"';
        for (char c : values[i]) {
            if (c == '"' || c == '\\')
                out += '\\';
            out += c;
        }
        out += '"';
    }
    out += '}';
    return out;
}

PgRows::PgRows(pg_result *result) : m_result(result) {}

PgRows::~PgRows()
{
    if (m_result)
        PQclear(m_result);
}

PgRows::PgRows(PgRows &&other) noexcept : m_result(other.m_result)
{
    other.m_result = nullptr;
}

PgRows &PgRows::operator=(PgRows &&other) noexcept
{
    if (this != &other) {
        if (m_result)
            PQclear(m_result);
        m_result = other.m_result;
        other.m_result = nullptr;
    }
    return *this;
}

int PgRows::size() const
{
    return m_result ? PQntuples(m_result) : 0;
}

bool PgRows::isNull(int row, int col) const
{
    return PQgetisnull(m_result, row, col) != 0;
}

std::string PgRows::text(int row, int col) const
{
    return std::string(PQgetvalue(m_result, row, col), static_cast<size_t>(PQgetlength(m_result, row, col)));
}

int64_t PgRows::integer(int row, int col) const
{
    return isNull(row, col) ? 0 : std::strtoll(PQgetvalue(m_result, row, col), nullptr, 10);
}

int64_t PgRows::affected() const
{
    const char *n = m_result ? PQcmdTuples(m_result) : "";
    return *n ? std::strtoll(n, nullptr, 10) : 0;
}

Result<std::unique_ptr<PgConnection>> PgConnection::connect(const std::string &url)
{
    std::unique_ptr<PgConnection> c(new PgConnection(url));
    if (Status s = c->open(); !s)
        return s.error();
    return c;
}

PgConnection::~PgConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

Status PgConnection::open()
{
    m_lastAttempt = std::chrono::steady_clock::now();
    m_backendPid = 0;
    if (m_conn)
        PQfinish(m_conn);
    m_prepared.clear();
    m_inTransaction = false;
    // Defaults first: the URL's own settings (expanded from dbname) override them.
    const char *keys[] = {"connect_timeout", "application_name", "dbname", nullptr};
    const char *values[] = {"5", "medvandrer-server", m_url.c_str(), nullptr};
    m_conn = PQconnectdbParams(keys, values, 1);
    if (!m_conn || PQstatus(m_conn) != CONNECTION_OK) {
        // libpq's text names host and port, never the password; still, keep it out of messages altogether.
        return Error{"storage_unavailable", unavailableText};
    }
    // Acknowledged means committed and flushed, whatever the cluster's default; and times are never local.
    // Every write transaction holds the counter row (PostgresServerStorage::begin): an instance frozen or cut off
    // inside one must not stop the others for the hours a dead TCP peer takes to notice, so PostgreSQL ends such a
    // session after 30 s idle in a transaction, and probes a silent peer after 30 s.
    if (Status s = script("SET synchronous_commit = on; SET client_min_messages = warning; SET TIME ZONE 'UTC'; "
                          "SET idle_in_transaction_session_timeout = '30s'; SET tcp_keepalives_idle = 30; "
                          "SET tcp_keepalives_interval = 10; SET tcp_keepalives_count = 3");
        !s)
        return s;
    m_backendPid = PQbackendPID(m_conn);
    return {};
}

Status PgConnection::ensureOpen()
{
    if (m_conn && PQstatus(m_conn) == CONNECTION_OK)
        return {};
    // Never carry on a transaction on a new connection: its first half is gone. The caller rolls back first.
    if (m_inTransaction)
        return Error{"storage_unavailable", unavailableText};
    if (std::chrono::steady_clock::now() - m_lastAttempt < reconnectInterval)
        return Error{"storage_unavailable", unavailableText};
    return open();
}

Error PgConnection::failure(pg_result *result, const char *what)
{
    if (!m_conn || PQstatus(m_conn) != CONNECTION_OK)
        return Error{"storage_unavailable", unavailableText};
    // The SQLSTATE and the primary message only: the detail line can quote row values.
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const char *primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    std::string code = "storage_error";
    if (state && std::string_view(state) == "23505")
        code = "storage_constraint";
    // 40001 serialization failure, 40P01 deadlock: the transaction may simply be run again.
    if (state && (std::string_view(state) == "40001" || std::string_view(state) == "40P01"))
        code = "storage_busy";
    // 53100 disk_full: PostgreSQL could not extend a file; the transaction is rolled back, reads still work.
    if (state && std::string_view(state) == "53100")
        code = "storage_full";
    return Error{code, std::string(what) + ": " + (state ? state : "?") + " " + (primary ? primary : "")};
}

Result<PgRows> PgConnection::query(const std::string &sql, const std::vector<PgParam> &params)
{
    if (Status s = ensureOpen(); !s)
        return s.error();
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        const std::string name = "s" + std::to_string(m_prepared.size() + 1);
        pg_result *prepared = PQprepare(m_conn, name.c_str(), sql.c_str(), static_cast<int>(params.size()), nullptr);
        if (!prepared || PQresultStatus(prepared) != PGRES_COMMAND_OK) {
            Error e = failure(prepared, "prepare");
            if (prepared)
                PQclear(prepared);
            return e;
        }
        PQclear(prepared);
        it = m_prepared.emplace(sql, name).first;
    }
    std::vector<const char *> values;
    values.reserve(params.size());
    for (const auto &p : params)
        values.push_back(p ? p->c_str() : nullptr);
    pg_result *result = PQexecPrepared(m_conn, it->second.c_str(), static_cast<int>(values.size()), values.data(),
                                       nullptr, nullptr, 0);
    const auto status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        Error e = failure(result, "query");
        if (result)
            PQclear(result);
        return e;
    }
    return PgRows(result);
}

Status PgConnection::run(const std::string &sql, const std::vector<PgParam> &params)
{
    auto rows = query(sql, params);
    if (!rows)
        return rows.error();
    return {};
}

Status PgConnection::commit()
{
    if (!m_conn || PQstatus(m_conn) != CONNECTION_OK)
        return Error{"storage_unavailable", unavailableText};
    pg_result *result = PQexec(m_conn, "COMMIT");
    const auto status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK) {
        Error e = failure(result, "commit");
        if (result)
            PQclear(result);
        return e;
    }
    const bool committed = std::string_view(PQcmdStatus(result)) == "COMMIT";
    PQclear(result);
    if (!committed)
        return Error{"storage_error", "commit: the transaction had failed and was rolled back"};
    return {};
}

Status PgConnection::script(const std::string &sql)
{
    if (!m_conn || PQstatus(m_conn) != CONNECTION_OK)
        return Error{"storage_unavailable", unavailableText};
    pg_result *result = PQexec(m_conn, sql.c_str());
    const auto status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        Error e = failure(result, "statement");
        if (result)
            PQclear(result);
        return e;
    }
    PQclear(result);
    return {};
}

Result<bool> PgConnection::waitForNotification(std::chrono::milliseconds timeout, int ignorePid)
{
    if (!m_conn || PQstatus(m_conn) != CONNECTION_OK)
        return Error{"storage_unavailable", unavailableText};
    auto take = [this, ignorePid] {
        bool any = false;
        while (PGnotify *n = PQnotifies(m_conn)) {
            any = any || n->be_pid != ignorePid;
            PQfreemem(n);
        }
        return any;
    };
    if (take())
        return true;
    pollfd fd{PQsocket(m_conn), POLLIN, 0};
    const int ready = ::poll(&fd, 1, static_cast<int>(timeout.count()));
    if (ready <= 0)
        return false;
    if (!PQconsumeInput(m_conn) || PQstatus(m_conn) != CONNECTION_OK)
        return Error{"storage_unavailable", unavailableText};
    return take();
}

std::string redactDatabaseUrl(const std::string &url)
{
    // postgresql://user:secret@host/db → postgresql://user:***@host/db; key=value forms lose password=….
    static const std::regex userinfo(R"(^([a-z]+://[^:/@]*):[^@]*@)");
    static const std::regex keyword(R"((password\s*=\s*)('[^']*'|\S+))");
    std::string out = std::regex_replace(url, userinfo, "$1:***@");
    return std::regex_replace(out, keyword, "$1***");
}

} // namespace medvandrer::server
