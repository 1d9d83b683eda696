// PostgresServerStorage: what several server instances on one database share beyond records (issue #13): devices
// signed out, which every instance's commit follower reads by sequence, and the login attempt counts.
#include "storage/postgres/postgres_server_storage.h"

namespace medvandrer::server {

namespace {

// Sign-outs are needed only until every running instance has read them (within a second); a day is plenty.
constexpr int64_t signOutKeepMs = 86'400'000;

} // namespace

Result<bool> PostgresServerStorage::revokeDevice(const std::string &deviceId, int64_t now)
{
    // Asked outside a transaction: in one of its own, so the counter row is locked before the device's row, in the
    // order of every writer (begin() takes the counter first; a writer then touching this device's lastSeen would
    // otherwise deadlock with this statement).
    if (!m_db->inTransaction()) {
        if (Status s = begin(); !s)
            return s.error();
        auto revoked = revokeDevice(deviceId, now);
        if (!revoked) {
            rollback();
            return revoked;
        }
        if (Status s = commit(); !s)
            return s.error();
        return revoked;
    }
    // One statement: the device is revoked and, with a sequence number taken under the counter's row lock (held to
    // commit, like a record's), written down for the other instances to sign it out too.
    auto rows = m_db->query(
        "WITH revoked AS (UPDATE devices SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL RETURNING id), "
        "next AS (UPDATE meta SET value = (value::bigint + 1)::text WHERE key = 'seq' "
        "AND EXISTS (SELECT 1 FROM revoked) RETURNING value::bigint AS seq) "
        "INSERT INTO device_signouts(seq, device_id, account_deleted, at) "
        "SELECT next.seq, revoked.id, 0, $1 FROM revoked, next RETURNING seq",
        {pgInt(now), deviceId});
    if (!rows)
        return rows.error();
    if (rows->size() == 0)
        return false;
    (void)m_db->run("DELETE FROM device_signouts WHERE at < $1", {pgInt(now - signOutKeepMs)});
    // A wake-up only; a missed one is caught up by the followers' sweep within a second.
    (void)announceCommit();
    return true;
}

Status PostgresServerStorage::signOutEverywhere(const std::string &accountId)
{
    // The devices by the SHA-256 of their ids: the deletion leaves no id of the account behind.
    if (Status s = m_db->run("WITH next AS (UPDATE meta SET value = (value::bigint + 1)::text WHERE key = 'seq' "
                             "RETURNING value::bigint AS seq) "
                             "INSERT INTO device_signouts(seq, device_id, account_deleted, at) "
                             "SELECT next.seq, encode(sha256(convert_to(d.id, 'UTF8')), 'hex'), 1, "
                             "(extract(epoch FROM clock_timestamp()) * 1000)::bigint "
                             "FROM next, devices d WHERE d.account_id = $1",
                             {accountId});
        !s)
        return s;
    // Nor a revocation naming one of its devices in plain.
    if (Status s = m_db->run("DELETE FROM device_signouts WHERE account_deleted = 0 AND device_id IN "
                             "(SELECT id FROM devices WHERE account_id = $1)",
                             {accountId});
        !s)
        return s;
    // Nor its username in a login count.
    if (Status s = m_db->run("DELETE FROM login_attempts WHERE key = (SELECT 'login:' || username FROM accounts "
                             "WHERE id = $1)",
                             {accountId});
        !s)
        return s;
    return announceCommit();
}

Result<std::vector<FeedSignOut>> PostgresServerStorage::signOutsAfter(int64_t seq, size_t limit)
{
    auto rows = m_db->query("SELECT device_id, account_deleted, seq FROM device_signouts WHERE seq > $1 "
                            "ORDER BY seq, device_id LIMIT $2",
                            {pgInt(seq), pgInt(static_cast<int64_t>(limit))});
    if (!rows)
        return rows.error();
    std::vector<FeedSignOut> out;
    for (int i = 0; i < rows->size(); ++i)
        out.push_back(FeedSignOut{rows->text(i, 0), rows->integer(i, 1) != 0, rows->integer(i, 2)});
    return out;
}

Result<bool> PostgresServerStorage::countAttempt(const std::string &key, int64_t nowMs, int64_t maxAttempts,
                                                 int64_t windowMs)
{
    // The upsert locks the key's row, so attempts on several instances are counted one after another. The count
    // stops at one past the limit: refused attempts do not push the window further out.
    auto rows = m_db->query(
        "INSERT INTO login_attempts AS a(key, window_start, attempts) VALUES($1, $2, 1) "
        "ON CONFLICT(key) DO UPDATE SET "
        "window_start = CASE WHEN a.window_start <= $2::bigint - $4::bigint THEN $2::bigint ELSE a.window_start END, "
        "attempts = CASE WHEN a.window_start <= $2::bigint - $4::bigint THEN 1 ELSE least(a.attempts + 1, $3::int + 1) END "
        "RETURNING attempts",
        {key, pgInt(nowMs), pgInt(maxAttempts), pgInt(windowMs)});
    if (!rows)
        return rows.error();
    if (rows->size() == 0)
        return Error{"storage_error", "no attempt count"};
    // Keys whose window has passed say nothing any more.
    (void)m_db->run("DELETE FROM login_attempts WHERE window_start <= $1 AND key <> $2", {pgInt(nowMs - windowMs), key});
    return rows->integer(0, 0) <= maxAttempts;
}

Status PostgresServerStorage::lockSeatCounts(const std::string &activityId)
{
    // Two instances deciding bookings of two sessions of one activity each hold only their session's lock; without
    // this one, the later of them would write a seat count that misses the other's seat (found by sim.ci.instances'
    // long run).
    if (!m_db->inTransaction())
        return {};
    return m_db->run("SELECT pg_advisory_xact_lock(hashtextextended('seats:' || $1, 0))", {activityId});
}

Status PostgresServerStorage::clearAttempts(const std::string &key)
{
    return m_db->run("DELETE FROM login_attempts WHERE key = $1", {key});
}

} // namespace medvandrer::server
