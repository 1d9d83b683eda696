// PostgresServerStorage: the commit feed several server instances follow (LISTEN/NOTIFY as a wake-up only).
#include "storage/postgres/postgres_server_storage.h"

#include "records/record_json.h"

#include <thread>

namespace medvandrer::server {

namespace {

// One channel for the database; the payload stays empty (NOTIFY payloads are limited, and the data is read by seq).
constexpr const char *channel = "medvandrer_commits";

class PgCommitWaiter final : public CommitWaiter
{
public:
    // `own` is this instance's storage connection: its own commits are fanned out already, so they wake nothing.
    PgCommitWaiter(std::unique_ptr<PgConnection> conn, const std::atomic<int> &own) : m_conn(std::move(conn)), m_own(own)
    {
    }

    Result<bool> wait(std::chrono::milliseconds timeout) override
    {
        if (!m_listening) {
            if (Status s = m_conn->ensureOpen(); !s) {
                std::this_thread::sleep_for(timeout);
                return s.error();
            }
            if (Status s = m_conn->script(std::string("LISTEN ") + channel); !s)
                return s.error();
            m_listening = true;
            return true; // listening again: whatever was announced meanwhile is unknown, so catch up
        }
        auto woken = m_conn->waitForNotification(timeout, m_own.load());
        if (!woken)
            m_listening = false;
        return woken;
    }

private:
    std::unique_ptr<PgConnection> m_conn;
    const std::atomic<int> &m_own;
    bool m_listening = false;
};

} // namespace

Status PostgresServerStorage::announceCommit()
{
    return m_db->run(std::string("SELECT pg_notify('") + channel + "', '')");
}

// recordsAfter lives with the other record reads, in postgres_records.cpp.

Result<std::vector<FeedEviction>> PostgresServerStorage::evictionsAfter(int64_t seq, size_t limit)
{
    auto rows = m_db->query("SELECT account_id, record_id, seq FROM evictions WHERE seq > $1 ORDER BY seq LIMIT $2",
                            {pgInt(seq), pgInt(static_cast<int64_t>(limit))});
    if (!rows)
        return rows.error();
    std::vector<FeedEviction> out;
    for (int i = 0; i < rows->size(); ++i)
        out.push_back(FeedEviction{rows->text(i, 0), rows->text(i, 1), rows->integer(i, 2)});
    return out;
}

Result<std::unique_ptr<CommitWaiter>> PostgresServerStorage::openCommitWaiter()
{
    auto conn = PgConnection::connect(m_url);
    if (!conn)
        return conn.error();
    return std::unique_ptr<CommitWaiter>(new PgCommitWaiter(std::move(*conn), m_db->backendPid()));
}

} // namespace medvandrer::server
