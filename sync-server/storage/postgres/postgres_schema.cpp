// PostgresServerStorage: opening, the schema and its migrations, transactions and meta.
#include "storage/postgres/postgres_server_storage.h"

#include "storage/first_of.h"

namespace medvandrer::server {

namespace {

// Any number the cluster's other users are unlikely to pick: held while migrating, so instances starting together
// migrate once.
constexpr const char *migrationLock = "SELECT pg_advisory_lock(7262010012)";
constexpr const char *migrationUnlock = "SELECT pg_advisory_unlock(7262010012)";

// One entry per schema version; never edit one that has shipped, append a new one.
const std::vector<std::string> &migrations()
{
    static const std::vector<std::string> list{
        R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO meta(key, value) VALUES('seq', '0');
CREATE TABLE accounts(
    id TEXT PRIMARY KEY, username TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL, role TEXT NOT NULL,
    password_hash TEXT NOT NULL, created_at BIGINT NOT NULL);
CREATE TABLE devices(
    id TEXT PRIMARY KEY, account_id TEXT NOT NULL REFERENCES accounts(id), name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE, created_at BIGINT NOT NULL, last_seen BIGINT NOT NULL, revoked_at BIGINT);
CREATE INDEX devices_account ON devices(account_id);
CREATE TABLE invites(
    code_hash TEXT PRIMARY KEY, role TEXT NOT NULL, created_by TEXT NOT NULL, created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL, used_at BIGINT, used_by TEXT, invite_id TEXT NOT NULL UNIQUE, withdrawn_at BIGINT,
    ordinal BIGINT GENERATED ALWAYS AS IDENTITY);
CREATE TABLE records(
    id TEXT PRIMARY KEY, kind TEXT NOT NULL, owner TEXT NOT NULL, scope TEXT NOT NULL, shared INTEGER NOT NULL,
    seq BIGINT NOT NULL UNIQUE, body TEXT NOT NULL);
CREATE INDEX records_owner_seq ON records(owner, seq);
CREATE INDEX records_kind_seq ON records(kind, seq);
CREATE INDEX records_scope_seq ON records(owner, scope, seq);
CREATE TABLE grants(
    consent_id TEXT PRIMARY KEY, owner TEXT NOT NULL, helper TEXT NOT NULL, goal_id TEXT NOT NULL,
    level TEXT NOT NULL, active INTEGER NOT NULL, include_notes INTEGER NOT NULL DEFAULT 0);
CREATE INDEX grants_helper ON grants(helper, active);
CREATE INDEX grants_goal ON grants(owner, goal_id);
CREATE TABLE evictions(
    account_id TEXT NOT NULL, record_id TEXT NOT NULL, seq BIGINT NOT NULL, PRIMARY KEY(account_id, record_id));
CREATE INDEX evictions_seq ON evictions(account_id, seq);
CREATE TABLE applied_changes(
    account_key TEXT NOT NULL, change_id TEXT NOT NULL, seq BIGINT NOT NULL, applied_at BIGINT NOT NULL,
    PRIMARY KEY(account_key, change_id));
CREATE TABLE bookings(
    id TEXT PRIMARY KEY, activity_id TEXT NOT NULL, session_ms BIGINT NOT NULL, owner TEXT NOT NULL,
    status TEXT NOT NULL, position BIGINT NOT NULL, offer_expires_ms BIGINT NOT NULL, arrival BIGINT NOT NULL);
CREATE INDEX bookings_session ON bookings(activity_id, session_ms, arrival);
CREATE INDEX bookings_offers ON bookings(status, offer_expires_ms);
CREATE INDEX bookings_owner ON bookings(owner);
CREATE TABLE connect_codes(
    helper TEXT PRIMARY KEY, code_hash TEXT NOT NULL UNIQUE, expires_at BIGINT NOT NULL);
CREATE TABLE access_log(
    owner TEXT NOT NULL, reader_id TEXT NOT NULL, reader_name TEXT NOT NULL, reader_role TEXT NOT NULL,
    kind TEXT NOT NULL, goal_id TEXT NOT NULL, record_id TEXT NOT NULL, day TEXT NOT NULL,
    count BIGINT NOT NULL, first_at BIGINT NOT NULL, last_at BIGINT NOT NULL,
    PRIMARY KEY(owner, reader_id, kind, goal_id, record_id, day));
CREATE INDEX access_log_owner ON access_log(owner, last_at);
CREATE INDEX access_log_reader ON access_log(reader_id);
CREATE INDEX access_log_day ON access_log(day);
CREATE TABLE suggestion_reads(id TEXT PRIMARY KEY);
CREATE SCHEMA box;
CREATE TABLE box.inbox(id TEXT PRIMARY KEY, category TEXT NOT NULL, text TEXT NOT NULL, week TEXT NOT NULL);
CREATE TABLE box.seen_changes(change_hash TEXT PRIMARY KEY);
)sql",
        // 2: other instances read evictions by sequence alone (storage/commit_feed.h).
        "CREATE INDEX evictions_by_seq ON evictions(seq);",
        // 3: «Spør brukerne» (storage/postgres/postgres_surveys.cpp).
        PostgresServerStorage::surveySchema(),
        // 4: several instances (postgres_instances.cpp): sign-outs every instance reads by sequence, and login
        // attempts counted across instances.
        "CREATE TABLE device_signouts(seq BIGINT NOT NULL, device_id TEXT NOT NULL, account_deleted INTEGER NOT NULL, "
        "at BIGINT NOT NULL, PRIMARY KEY(seq, device_id));"
        "CREATE TABLE login_attempts(key TEXT PRIMARY KEY, window_start BIGINT NOT NULL, attempts INTEGER NOT NULL);",
        // 5: survey answers stored once per answer key, so a resend after a crash stores them (§10.4).
        "CREATE TABLE box.survey_answer_keys(key_hash TEXT PRIMARY KEY, survey_id TEXT NOT NULL);",
        // 6: every counted login clears the keys whose window has passed; without an index that scans them all.
        "CREATE INDEX login_attempts_by_window ON login_attempts(window_start);",
    };
    return list;
}

} // namespace

Result<std::unique_ptr<PostgresServerStorage>> PostgresServerStorage::open(const std::string &url)
{
    auto db = PgConnection::connect(url);
    if (!db)
        return db.error();
    std::unique_ptr<PostgresServerStorage> storage(new PostgresServerStorage(std::move(*db), url));
    if (Status s = storage->migrate(); !s)
        return s.error();
    return storage;
}

Status PostgresServerStorage::migrate()
{
    if (Status s = m_db->script(migrationLock); !s)
        return s;
    auto run = [this]() -> Status {
        if (Status s = m_db->script("CREATE TABLE IF NOT EXISTS schema_version(version BIGINT NOT NULL)"); !s)
            return s;
        auto version = schemaVersion();
        if (!version)
            return version.error();
        const auto target = static_cast<int64_t>(migrations().size());
        if (*version > target)
            return Error{"storage_too_new", "database was written by a newer version of Medvandrer (schema " +
                                                std::to_string(*version) + ", this binary knows " +
                                                std::to_string(target) + ")"};
        for (int64_t v = *version; v < target; ++v) {
            const std::string step = "BEGIN;" + migrations()[static_cast<size_t>(v)] +
                                     "DELETE FROM schema_version; INSERT INTO schema_version VALUES(" +
                                     std::to_string(v + 1) + "); COMMIT;";
            if (Status s = m_db->script(step); !s) {
                (void)m_db->script("ROLLBACK");
                return s;
            }
        }
        return {};
    };
    Status result = run();
    (void)m_db->script(migrationUnlock);
    return result;
}

Result<int64_t> PostgresServerStorage::schemaVersion()
{
    auto rows = m_db->query("SELECT coalesce(max(version), 0) FROM schema_version");
    if (!rows)
        return rows.error();
    return rows->integer(0, 0);
}

Status PostgresServerStorage::begin()
{
    if (Status s = m_db->ensureOpen(); !s)
        return s;
    if (Status s = m_db->script("BEGIN"); !s)
        return s;
    m_db->setInTransaction(true);
    // Writers on every instance, one at a time from their first read: the counter row's lock, held to commit, is
    // taken before anything is read, so no transaction decides on rows another instance changes before it commits
    // (docs/architecture.md, "One order of changes").
    if (Status s = m_db->run("SELECT value FROM meta WHERE key = 'seq' FOR UPDATE"); !s) {
        rollback();
        return s;
    }
    return {};
}

Status PostgresServerStorage::commit()
{
    // With synchronous_commit = on (set per connection), COMMIT returns once the WAL is flushed. A connection lost
    // while committing leaves the outcome unknown: the caller answers "unavailable", the device sends again, and the
    // applied-change ids make the retry a no-op if the first one did commit.
    Status s = m_db->commit();
    m_db->setInTransaction(false);
    return s;
}

void PostgresServerStorage::rollback()
{
    (void)m_db->script("ROLLBACK");
    m_db->setInTransaction(false);
}

Result<std::optional<std::string>> PostgresServerStorage::meta(const std::string &key)
{
    auto rows = m_db->query("SELECT value FROM meta WHERE key = $1", {key});
    if (!rows)
        return rows.error();
    if (rows->size() == 0)
        return std::optional<std::string>();
    return std::optional<std::string>(rows->text(0, 0));
}

Status PostgresServerStorage::setMeta(const std::string &key, const std::string &value)
{
    return m_db->run("INSERT INTO meta(key, value) VALUES($1, $2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                     {key, value});
}

} // namespace medvandrer::server
