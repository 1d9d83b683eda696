#include "storage/sqlite_server_storage.h"

#include "records/record_json.h"

#include <filesystem>

namespace medvandrer::server {

namespace {

// The first row of a single-row lookup, or nothing; read errors pass through.
template <typename T>
Result<std::optional<T>> firstOf(Result<std::vector<T>> rows)
{
    if (!rows)
        return rows.error();
    if (rows->empty())
        return std::optional<T>();
    return std::optional<T>(std::move(rows->front()));
}

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
    };
    return list;
}

constexpr const char *accountColumns = "id, username, display_name, role, password_hash, created_at";
constexpr const char *deviceColumns = "id, account_id, name, created_at, last_seen, revoked_at";

} // namespace

std::string_view roleName(Role role)
{
    switch (role) {
    case Role::Bruker:
        return "bruker";
    case Role::Erfaringskonsulent:
        return "erfaringskonsulent";
    case Role::Koordinator:
        return "koordinator";
    }
    return "bruker";
}

std::optional<Role> parseRole(std::string_view name)
{
    if (name == "bruker")
        return Role::Bruker;
    if (name == "erfaringskonsulent")
        return Role::Erfaringskonsulent;
    if (name == "koordinator")
        return Role::Koordinator;
    return std::nullopt;
}

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
    return storage;
}

Status SqliteServerStorage::begin()
{
    return m_db->begin();
}

Status SqliteServerStorage::commit()
{
    return m_db->commit();
}

void SqliteServerStorage::rollback()
{
    m_db->rollback();
}

Result<int64_t> SqliteServerStorage::nextSeq()
{
    // Kept in the database, not in memory, so admin commands running beside the server share the sequence.
    auto st = m_db->prepare("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'seq' RETURNING value");
    if (!st)
        return st.error();
    auto row = (*st)->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error{"storage_error", "sequence missing"};
    const int64_t seq = (*st)->integer(0);
    (*st)->reset();
    return seq;
}

Result<std::optional<std::string>> SqliteServerStorage::meta(const std::string &key)
{
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
    auto st = m_db->prepare("INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (!st)
        return st.error();
    return (*st)->bind(1, key).bind(2, value).run();
}

Result<std::vector<Account>> SqliteServerStorage::readAccounts(Statement *st)
{
    return st->rows([](const Statement &r) {
        Account a;
        a.id = r.text(0);
        a.username = r.text(1);
        a.displayName = r.text(2);
        a.role = parseRole(r.text(3)).value_or(Role::Bruker);
        a.passwordHash = r.text(4);
        a.createdAt = r.integer(5);
        return a;
    });
}

Result<std::optional<Account>> SqliteServerStorage::accountById(const std::string &id)
{
    auto st = m_db->prepare(std::string("SELECT ") + accountColumns + " FROM accounts WHERE id = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, id);
    return firstOf(readAccounts(*st));
}

Result<std::optional<Account>> SqliteServerStorage::accountByUsername(const std::string &username)
{
    auto st = m_db->prepare(std::string("SELECT ") + accountColumns + " FROM accounts WHERE username = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, username);
    return firstOf(readAccounts(*st));
}

Status SqliteServerStorage::insertAccount(const Account &a)
{
    auto st = m_db->prepare("INSERT INTO accounts(id, username, display_name, role, password_hash, created_at) "
                            "VALUES(?, ?, ?, ?, ?, ?)");
    if (!st)
        return st.error();
    return (*st)
        ->bind(1, a.id)
        .bind(2, a.username)
        .bind(3, a.displayName)
        .bind(4, roleName(a.role))
        .bind(5, a.passwordHash)
        .bind(6, a.createdAt)
        .run();
}

Result<std::vector<Account>> SqliteServerStorage::accountsWithRole(Role role)
{
    auto st = m_db->prepare(std::string("SELECT ") + accountColumns +
                            " FROM accounts WHERE role = ? ORDER BY display_name, username");
    if (!st)
        return st.error();
    (*st)->bind(1, roleName(role));
    return readAccounts(*st);
}

Result<std::vector<Device>> SqliteServerStorage::readDevices(Statement *st)
{
    return st->rows([](const Statement &r) {
        Device d;
        d.id = r.text(0);
        d.accountId = r.text(1);
        d.name = r.text(2);
        d.createdAt = r.integer(3);
        d.lastSeen = r.integer(4);
        if (!r.isNull(5))
            d.revokedAt = r.integer(5);
        return d;
    });
}

Status SqliteServerStorage::insertDevice(const Device &d, const std::string &tokenHash)
{
    auto st = m_db->prepare("INSERT INTO devices(id, account_id, name, token_hash, created_at, last_seen) "
                            "VALUES(?, ?, ?, ?, ?, ?)");
    if (!st)
        return st.error();
    return (*st)
        ->bind(1, d.id)
        .bind(2, d.accountId)
        .bind(3, d.name)
        .bind(4, tokenHash)
        .bind(5, d.createdAt)
        .bind(6, d.lastSeen)
        .run();
}

Result<std::optional<Device>> SqliteServerStorage::deviceByTokenHash(const std::string &tokenHash)
{
    auto st = m_db->prepare(std::string("SELECT ") + deviceColumns +
                            " FROM devices WHERE token_hash = ? AND revoked_at IS NULL");
    if (!st)
        return st.error();
    (*st)->bind(1, tokenHash);
    return firstOf(readDevices(*st));
}

Result<std::optional<Device>> SqliteServerStorage::deviceById(const std::string &id)
{
    auto st = m_db->prepare(std::string("SELECT ") + deviceColumns + " FROM devices WHERE id = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, id);
    return firstOf(readDevices(*st));
}

Status SqliteServerStorage::touchDevice(const std::string &deviceId, int64_t now)
{
    auto st = m_db->prepare("UPDATE devices SET last_seen = ? WHERE id = ?");
    if (!st)
        return st.error();
    return (*st)->bind(1, now).bind(2, deviceId).run();
}

Result<std::vector<Device>> SqliteServerStorage::devicesOf(const std::string &accountId)
{
    auto st = m_db->prepare(std::string("SELECT ") + deviceColumns +
                            " FROM devices WHERE account_id = ? ORDER BY created_at, id");
    if (!st)
        return st.error();
    (*st)->bind(1, accountId);
    return readDevices(*st);
}

Result<bool> SqliteServerStorage::revokeDevice(const std::string &deviceId, int64_t now)
{
    auto st = m_db->prepare("UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL");
    if (!st)
        return st.error();
    if (Status s = (*st)->bind(1, now).bind(2, deviceId).run(); !s)
        return s.error();
    return m_db->changes() > 0;
}

Status SqliteServerStorage::insertInvite(const Invite &inv)
{
    auto st = m_db->prepare("INSERT INTO invites(code_hash, role, created_by, created_at, expires_at, invite_id) "
                            "VALUES(?, ?, ?, ?, ?, ?)");
    if (!st)
        return st.error();
    return (*st)
        ->bind(1, inv.codeHash)
        .bind(2, roleName(inv.role))
        .bind(3, inv.createdBy)
        .bind(4, inv.createdAt)
        .bind(5, inv.expiresAt)
        .bind(6, inv.inviteId)
        .run();
}

Result<std::optional<Role>> SqliteServerStorage::consumeInvite(const std::string &codeHash, const std::string &accountId,
                                                               int64_t now)
{
    auto st = m_db->prepare("UPDATE invites SET used_at = ?, used_by = ? "
                            "WHERE code_hash = ? AND used_at IS NULL AND withdrawn_at IS NULL AND expires_at > ? "
                            "RETURNING role");
    if (!st)
        return st.error();
    (*st)->bind(1, now).bind(2, accountId).bind(3, codeHash).bind(4, now);
    auto row = (*st)->step();
    if (!row) {
        (*st)->reset();
        return row.error();
    }
    std::optional<Role> role;
    if (*row)
        role = parseRole((*st)->text(0));
    // Drain so the UPDATE completes before the statement is reset.
    while (true) {
        auto more = (*st)->step();
        if (!more || !*more)
            break;
    }
    (*st)->reset();
    return role;
}

Result<std::vector<Invite>> SqliteServerStorage::openInvites(int64_t now)
{
    auto st = m_db->prepare("SELECT invite_id, role, created_by, created_at, expires_at FROM invites "
                            "WHERE used_at IS NULL AND withdrawn_at IS NULL AND expires_at > ? "
                            "ORDER BY created_at, rowid");
    if (!st)
        return st.error();
    (*st)->bind(1, now);
    return (*st)->rows([](const Statement &r) {
        Invite inv;
        inv.inviteId = r.text(0);
        inv.role = parseRole(r.text(1)).value_or(Role::Bruker);
        inv.createdBy = r.text(2);
        inv.createdAt = r.integer(3);
        inv.expiresAt = r.integer(4);
        return inv;
    });
}

Result<bool> SqliteServerStorage::withdrawInvite(const std::string &inviteId, int64_t now)
{
    auto st = m_db->prepare("UPDATE invites SET withdrawn_at = ? "
                            "WHERE invite_id = ? AND used_at IS NULL AND withdrawn_at IS NULL AND expires_at > ?");
    if (!st)
        return st.error();
    if (Status s = (*st)->bind(1, now).bind(2, inviteId).bind(3, now).run(); !s)
        return s.error();
    return m_db->changes() > 0;
}

Result<std::vector<StoredRecord>> SqliteServerStorage::readRecords(Statement *st)
{
    std::vector<StoredRecord> out;
    for (;;) {
        auto row = st->step();
        if (!row) {
            st->reset();
            return row.error();
        }
        if (!*row)
            break;
        StoredRecord r;
        r.seq = st->integer(0);
        r.scope = st->text(1);
        r.shared = st->integer(2) != 0;
        Json body = Json::parse(st->text(3), nullptr, false);
        auto rec = recordFromJson(body);
        if (!rec) {
            st->reset();
            return Error{"storage_error", "stored record unreadable: " + rec.error().message};
        }
        r.record = std::move(*rec);
        out.push_back(std::move(r));
    }
    st->reset();
    return out;
}

Result<std::optional<StoredRecord>> SqliteServerStorage::loadRecord(const std::string &id)
{
    auto st = m_db->prepare("SELECT seq, scope, shared, body FROM records WHERE id = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, id);
    return firstOf(readRecords(*st));
}

Status SqliteServerStorage::saveRecord(const StoredRecord &r)
{
    auto st = m_db->prepare("INSERT INTO records(id, kind, owner, scope, shared, seq, body) VALUES(?, ?, ?, ?, ?, ?, ?) "
                            "ON CONFLICT(id) DO UPDATE SET scope = excluded.scope, shared = excluded.shared, "
                            "seq = excluded.seq, body = excluded.body");
    if (!st)
        return st.error();
    const std::string body = recordToJson(r.record).dump(-1, ' ', false, Json::error_handler_t::replace);
    return (*st)
        ->bind(1, r.record.id)
        .bind(2, r.record.kind)
        .bind(3, r.record.owner)
        .bind(4, r.scope)
        .bind(5, int64_t(r.shared ? 1 : 0))
        .bind(6, r.seq)
        .bind(7, body)
        .run();
}

Result<std::vector<StoredRecord>> SqliteServerStorage::recordsInScope(const std::string &owner, const std::string &goalId)
{
    auto st = m_db->prepare("SELECT seq, scope, shared, body FROM records WHERE owner = ? AND scope = ? "
                            "AND kind IN ('goal', 'step', 'checkin', 'comment', 'reflection', 'plan', 'about') ORDER BY seq");
    if (!st)
        return st.error();
    (*st)->bind(1, owner).bind(2, goalId);
    return readRecords(*st);
}

Result<std::optional<int64_t>> SqliteServerStorage::appliedChange(const std::string &accountKey,
                                                                  const std::string &changeId)
{
    auto st = m_db->prepare("SELECT seq FROM applied_changes WHERE account_key = ? AND change_id = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, accountKey).bind(2, changeId);
    auto row = (*st)->step();
    if (!row) {
        (*st)->reset();
        return row.error();
    }
    std::optional<int64_t> seq;
    if (*row)
        seq = (*st)->integer(0);
    (*st)->reset();
    return seq;
}

Status SqliteServerStorage::recordAppliedChange(const std::string &accountKey, const std::string &changeId,
                                                int64_t seq, int64_t now)
{
    auto st = m_db->prepare("INSERT OR IGNORE INTO applied_changes(account_key, change_id, seq, applied_at) "
                            "VALUES(?, ?, ?, ?)");
    if (!st)
        return st.error();
    return (*st)->bind(1, accountKey).bind(2, changeId).bind(3, seq).bind(4, now).run();
}

Result<std::vector<Grant>> SqliteServerStorage::readGrants(Statement *st)
{
    return st->rows([](const Statement &r) {
        return Grant{r.text(0), r.text(1), r.text(2), r.text(3), r.text(4), r.integer(5) != 0, r.integer(6) != 0};
    });
}

Result<std::optional<Grant>> SqliteServerStorage::grant(const std::string &consentId)
{
    auto st = m_db->prepare(std::string("SELECT ") + grantColumns + " FROM grants WHERE consent_id = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, consentId);
    return firstOf(readGrants(*st));
}

Status SqliteServerStorage::saveGrant(const Grant &g)
{
    auto st = m_db->prepare(std::string("INSERT INTO grants(") + grantColumns +
                            ") VALUES(?, ?, ?, ?, ?, ?, ?) ON CONFLICT(consent_id) DO UPDATE SET level = excluded.level, "
                            "active = excluded.active, include_notes = excluded.include_notes");
    if (!st)
        return st.error();
    return (*st)
        ->bind(1, g.consentId)
        .bind(2, g.owner)
        .bind(3, g.helper)
        .bind(4, g.goalId)
        .bind(5, g.level)
        .bind(6, int64_t(g.active ? 1 : 0))
        .bind(7, int64_t(g.includeNotes ? 1 : 0))
        .run();
}

Result<std::vector<Grant>> SqliteServerStorage::activeGrantsOn(const std::string &owner, const std::string &goalId)
{
    auto st = m_db->prepare(std::string("SELECT ") + grantColumns + " FROM grants WHERE owner = ? AND goal_id = ? AND active = 1");
    if (!st)
        return st.error();
    (*st)->bind(1, owner).bind(2, goalId);
    return readGrants(*st);
}

Status SqliteServerStorage::addEviction(const std::string &accountId, const std::string &recordId, int64_t seq)
{
    auto st = m_db->prepare("INSERT INTO evictions(account_id, record_id, seq) VALUES(?, ?, ?) "
                            "ON CONFLICT(account_id, record_id) DO UPDATE SET seq = excluded.seq");
    if (!st)
        return st.error();
    return (*st)->bind(1, accountId).bind(2, recordId).bind(3, seq).run();
}

Result<std::vector<PulledRow>> SqliteServerStorage::readRows(Statement *st, bool withBody, size_t maxBytes)
{
    std::vector<PulledRow> out;
    size_t bytes = 0;
    for (;;) {
        auto row = st->step();
        if (!row) {
            st->reset();
            return row.error();
        }
        if (!*row)
            break;
        out.push_back(PulledRow{st->integer(0), st->text(1), withBody ? st->text(2) : std::string(),
                                withBody && st->integer(3) != 0});
        // The row after the budget is reached is read too, only so the caller knows more follow.
        if (bytes >= maxBytes)
            break;
        bytes += out.back().body.size();
    }
    st->reset();
    return out;
}

Result<std::vector<PulledRow>> SqliteServerStorage::pullRecords(const ReadScope &scope, int64_t cursor, size_t limit,
                                                                size_t maxBytes)
{
    // The read rules of scope/scope_policy.h, as SQL. Keep the two in step.
    static const std::string helperGrant =
        "EXISTS (SELECT 1 FROM grants g WHERE g.helper = ?2 AND g.active = 1 AND g.owner = r.owner "
        "AND g.goal_id = r.scope)";
    std::string where;
    switch (scope.role) {
    case Role::Bruker:
        where = "(r.owner = ?2 OR r.kind IN ('activity', 'answer'))";
        break;
    case Role::Koordinator:
        where = "(r.owner = ?2 OR r.kind IN ('activity', 'answer', 'booking', 'suggestion'))";
        break;
    case Role::Erfaringskonsulent:
        where = "(r.owner = ?2 OR r.kind IN ('activity', 'answer') OR (r.kind IN ('goal', 'step', 'checkin', 'comment', 'plan', 'about') AND " +
                helperGrant + ") OR (r.kind = 'reflection' AND r.shared = 1 AND " + helperGrant +
                ") OR (r.kind = 'consent' AND EXISTS (SELECT 1 FROM grants g WHERE g.consent_id = r.id "
                "AND g.helper = ?2 AND g.active = 1)))";
        break;
    }
    // Someone else's check-in keeps its note only under a grant to this reader that includes notes.
    static const std::string hideNotes =
        "CASE WHEN r.kind = 'checkin' AND r.owner != ?2 AND NOT EXISTS (SELECT 1 FROM grants g WHERE g.helper = ?2 "
        "AND g.active = 1 AND g.include_notes = 1 AND g.owner = r.owner AND g.goal_id = r.scope) THEN 1 ELSE 0 END";
    auto st = m_db->prepare("SELECT r.seq, r.id, r.body, " + hideNotes + " FROM records r WHERE r.seq > ?1 AND " +
                            where + " ORDER BY r.seq LIMIT ?3");
    if (!st)
        return st.error();
    (*st)->bind(1, cursor).bind(2, scope.accountId).bind(3, static_cast<int64_t>(limit));
    return readRows(*st, true, maxBytes);
}

Result<std::vector<PulledRow>> SqliteServerStorage::pullEvictions(const std::string &accountId, int64_t cursor,
                                                                  size_t limit)
{
    auto st = m_db->prepare("SELECT seq, record_id FROM evictions WHERE account_id = ? AND seq > ? ORDER BY seq LIMIT ?");
    if (!st)
        return st.error();
    (*st)->bind(1, accountId).bind(2, cursor).bind(3, static_cast<int64_t>(limit));
    return readRows(*st, false);
}

constexpr const char *bookingColumns = "id, activity_id, session_ms, owner, status, position, offer_expires_ms, arrival";

Result<std::vector<BookingRow>> SqliteServerStorage::readBookings(Statement *st)
{
    return st->rows([](const Statement &r) {
        BookingRow b;
        b.id = r.text(0);
        b.activityId = r.text(1);
        b.sessionMs = r.integer(2);
        b.owner = r.text(3);
        b.status = r.text(4);
        b.position = r.integer(5);
        b.offerExpiresMs = r.integer(6);
        b.arrival = r.integer(7);
        return b;
    });
}

Status SqliteServerStorage::saveBooking(const BookingRow &b)
{
    auto st = m_db->prepare(std::string("INSERT OR REPLACE INTO bookings(") + bookingColumns +
                            ") VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
    if (!st)
        return st.error();
    return (*st)
        ->bind(1, b.id)
        .bind(2, b.activityId)
        .bind(3, b.sessionMs)
        .bind(4, b.owner)
        .bind(5, b.status)
        .bind(6, b.position)
        .bind(7, b.offerExpiresMs)
        .bind(8, b.arrival)
        .run();
}

Result<std::optional<BookingRow>> SqliteServerStorage::booking(const std::string &id)
{
    auto st = m_db->prepare(std::string("SELECT ") + bookingColumns + " FROM bookings WHERE id = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, id);
    return firstOf(readBookings(*st));
}

Result<std::vector<BookingRow>> SqliteServerStorage::bookingsForSession(const std::string &activityId, int64_t sessionMs)
{
    auto st = m_db->prepare(std::string("SELECT ") + bookingColumns +
                            " FROM bookings WHERE activity_id = ? AND session_ms = ? ORDER BY arrival");
    if (!st)
        return st.error();
    (*st)->bind(1, activityId).bind(2, sessionMs);
    return readBookings(*st);
}

Result<std::vector<BookingRow>> SqliteServerStorage::bookingsForActivity(const std::string &activityId)
{
    auto st = m_db->prepare(std::string("SELECT ") + bookingColumns +
                            " FROM bookings WHERE activity_id = ? ORDER BY session_ms, arrival");
    if (!st)
        return st.error();
    (*st)->bind(1, activityId);
    return readBookings(*st);
}

Result<std::vector<BookingRow>> SqliteServerStorage::expiredOffers(int64_t nowMs)
{
    auto st = m_db->prepare(std::string("SELECT ") + bookingColumns +
                            " FROM bookings WHERE status = 'offered' AND offer_expires_ms <= ? ORDER BY arrival");
    if (!st)
        return st.error();
    (*st)->bind(1, nowMs);
    return readBookings(*st);
}

} // namespace medvandrer::server
