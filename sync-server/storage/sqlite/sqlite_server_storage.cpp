// SqliteServerStorage: opening, the schema, transactions and meta. Each concern's SQL is in its own sqlite_*.cpp.
#include "storage/sqlite/sqlite_server_storage.h"

#include "storage/first_of.h"

#include <filesystem>

namespace medvandrer::server {

namespace {

const std::vector<std::string> &migrations()
{
    static const std::vector<std::string> list{
        R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO meta(key, value) VALUES('seq', '0');
CREATE TABLE accounts(
    id TEXT PRIMARY KEY, username TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL, role TEXT NOT NULL,
    password_hash TEXT NOT NULL, created_at INTEGER NOT NULL);
CREATE TABLE devices(
    id TEXT PRIMARY KEY, account_id TEXT NOT NULL REFERENCES accounts(id), name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE, created_at INTEGER NOT NULL, last_seen INTEGER NOT NULL, revoked_at INTEGER);
CREATE INDEX devices_account ON devices(account_id);
CREATE TABLE invites(
    code_hash TEXT PRIMARY KEY, role TEXT NOT NULL, created_by TEXT NOT NULL, created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL, used_at INTEGER, used_by TEXT);
CREATE TABLE records(
    id TEXT PRIMARY KEY, kind TEXT NOT NULL, owner TEXT NOT NULL, scope TEXT NOT NULL, shared INTEGER NOT NULL,
    seq INTEGER NOT NULL UNIQUE, body TEXT NOT NULL);
CREATE INDEX records_owner_seq ON records(owner, seq);
CREATE INDEX records_kind_seq ON records(kind, seq);
CREATE INDEX records_scope ON records(owner, scope);
CREATE TABLE grants(
    consent_id TEXT PRIMARY KEY, owner TEXT NOT NULL, helper TEXT NOT NULL, goal_id TEXT NOT NULL,
    level TEXT NOT NULL, active INTEGER NOT NULL);
CREATE INDEX grants_helper ON grants(helper, active);
CREATE INDEX grants_goal ON grants(owner, goal_id);
CREATE TABLE evictions(
    account_id TEXT NOT NULL, record_id TEXT NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY(account_id, record_id));
CREATE INDEX evictions_seq ON evictions(account_id, seq);
CREATE TABLE applied_changes(
    account_key TEXT NOT NULL, change_id TEXT NOT NULL, seq INTEGER NOT NULL, applied_at INTEGER NOT NULL,
    PRIMARY KEY(account_key, change_id));
)sql",
        R"sql(
CREATE TABLE bookings(
    id TEXT PRIMARY KEY, activity_id TEXT NOT NULL, session_ms INTEGER NOT NULL, owner TEXT NOT NULL,
    status TEXT NOT NULL, position INTEGER NOT NULL, offer_expires_ms INTEGER NOT NULL, arrival INTEGER NOT NULL);
CREATE INDEX bookings_session ON bookings(activity_id, session_ms, arrival);
CREATE INDEX bookings_offers ON bookings(status, offer_expires_ms);
)sql",
        // Koordinatorer list and withdraw open invites by a random id (never the code or its hash).
        R"sql(
ALTER TABLE invites ADD COLUMN invite_id TEXT;
ALTER TABLE invites ADD COLUMN withdrawn_at INTEGER;
UPDATE invites SET invite_id = lower(hex(randomblob(16))) WHERE invite_id IS NULL;
CREATE UNIQUE INDEX invites_id ON invites(invite_id);
)sql",
        // A consent's includeNotes: check-in notes reach the helper only when it is set.
        R"sql(
ALTER TABLE grants ADD COLUMN include_notes INTEGER NOT NULL DEFAULT 0;
)sql",
        // A helper's pull reads each granted goal's records after the cursor by index, not everyone's.
        R"sql(
CREATE INDEX records_scope_seq ON records(owner, scope, seq);
DROP INDEX records_scope;
)sql",
    };
    return list;
}

} // namespace

Result<std::unique_ptr<SqliteServerStorage>> SqliteServerStorage::open(const std::string &dataDir)
{
    std::error_code ec;
    std::filesystem::create_directories(dataDir, ec);
    if (ec)
        return Error{"storage_error", "cannot create data directory: " + ec.message()};
    auto db = SqliteDatabase::open((std::filesystem::path(dataDir) / "server.db").string(),
                                   SqliteDatabase::Durability::Full);
    if (!db)
        return db.error();
    if (Status s = (*db)->migrate(migrations()); !s)
        return s.error();
    std::unique_ptr<SqliteServerStorage> storage(new SqliteServerStorage(std::move(*db)));
    if (Status s = storage->openPrivacySchema(dataDir); !s)
        return s.error();
    if (Status s = storage->openSurveySchema(); !s)
        return s.error();
    return storage;
}

Status SqliteServerStorage::begin()
{
    forgetSeq();
    Status s = m_db->begin();
    m_inWrite = bool(s);
    return s;
}

Status SqliteServerStorage::commit()
{
    Status written = writeBackSeq();
    forgetSeq();
    if (!written) {
        m_db->rollback();
        return written;
    }
    return m_db->commit();
}

void SqliteServerStorage::rollback()
{
    forgetSeq();
    m_db->rollback();
}

void SqliteServerStorage::forgetSeq()
{
    m_inWrite = false;
    m_seqCounted.reset();
    m_seqUnwritten = false;
}

Status SqliteServerStorage::writeBackSeq()
{
    if (!m_seqUnwritten)
        return {};
    auto st = m_db->prepare("UPDATE meta SET value = ? WHERE key = 'seq'");
    if (!st)
        return st.error();
    if (Status s = (*st)->bind(1, std::to_string(*m_seqCounted)).run(); !s)
        return s;
    m_seqUnwritten = false;
    return {};
}

Result<std::optional<std::string>> SqliteServerStorage::meta(const std::string &key)
{
    if (key == "seq") {
        if (Status s = writeBackSeq(); !s)
            return s.error();
    }
    auto st = m_db->prepare("SELECT value FROM meta WHERE key = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, key);
    auto row = (*st)->step();
    if (!row)
        return row.error();
    std::optional<std::string> value;
    if (*row)
        value = (*st)->text(0);
    (*st)->reset();
    return value;
}

Status SqliteServerStorage::setMeta(const std::string &key, const std::string &value)
{
    if (key == "seq") { // set from outside the count: the next nextSeq reads it again
        if (Status s = writeBackSeq(); !s)
            return s;
        m_seqCounted.reset();
    }
    auto st = m_db->prepare("INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (!st)
        return st.error();
    return (*st)->bind(1, key).bind(2, value).run();
}

} // namespace medvandrer::server
