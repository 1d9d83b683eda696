// SqliteServerStorage: connect codes, the access log, the forslagskasse and account deletion.
#include "storage/sqlite/sqlite_server_storage.h"

#include "records/record_json.h"

#include <filesystem>

namespace medvandrer::server {

namespace {

constexpr const char *privacySchema = R"sql(
CREATE TABLE IF NOT EXISTS connect_codes(
    helper TEXT PRIMARY KEY, code_hash TEXT NOT NULL UNIQUE, expires_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS access_log(
    owner TEXT NOT NULL, reader_id TEXT NOT NULL, reader_name TEXT NOT NULL, reader_role TEXT NOT NULL,
    kind TEXT NOT NULL, goal_id TEXT NOT NULL, record_id TEXT NOT NULL, day TEXT NOT NULL,
    count INTEGER NOT NULL, first_at INTEGER NOT NULL, last_at INTEGER NOT NULL,
    PRIMARY KEY(owner, reader_id, kind, goal_id, record_id, day));
CREATE INDEX IF NOT EXISTS access_log_owner ON access_log(owner, last_at);
CREATE INDEX IF NOT EXISTS access_log_reader ON access_log(reader_id);
CREATE INDEX IF NOT EXISTS access_log_day ON access_log(day);
CREATE TABLE IF NOT EXISTS suggestion_reads(id TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS box.inbox(
    id TEXT PRIMARY KEY, category TEXT NOT NULL, text TEXT NOT NULL, week TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS box.seen_changes(change_hash TEXT PRIMARY KEY) WITHOUT ROWID;
)sql";

// A JSON array of strings, for `IN (SELECT value FROM json_each(?))`.
std::string jsonArray(const std::vector<std::string> &ids)
{
    return Json(ids).dump();
}

} // namespace

Status SqliteServerStorage::openPrivacySchema(const std::string &dataDir)
{
    // Suggestions wait in their own file with a rollback journal that is deleted at each commit, so nothing
    // places them in the main database's write-ahead log beside their writer's records.
    const std::string boxPath = (std::filesystem::path(dataDir) / "suggestions.db").string();
    auto attach = m_db->prepare("ATTACH DATABASE ? AS box");
    if (!attach)
        return attach.error();
    if (Status s = (*attach)->bind(1, boxPath).run(); !s)
        return s;
    if (Status s = m_db->exec("PRAGMA box.journal_mode=DELETE; PRAGMA box.synchronous=FULL; "
                              "PRAGMA box.secure_delete=ON; PRAGMA main.secure_delete=ON;");
        !s)
        return s;
    return m_db->exec(privacySchema);
}

Status SqliteServerStorage::putConnectCode(const std::string &helperId, const std::string &codeHash, int64_t expiresAt)
{
    auto st = m_db->prepare("INSERT INTO connect_codes(helper, code_hash, expires_at) VALUES(?, ?, ?) "
                            "ON CONFLICT(helper) DO UPDATE SET code_hash = excluded.code_hash, "
                            "expires_at = excluded.expires_at");
    if (!st)
        return st.error();
    return (*st)->bind(1, helperId).bind(2, codeHash).bind(3, expiresAt).run();
}

Result<std::optional<std::string>> SqliteServerStorage::helperForConnectCode(const std::string &codeHash, int64_t now)
{
    auto st = m_db->prepare("SELECT helper FROM connect_codes WHERE code_hash = ? AND expires_at > ?");
    if (!st)
        return st.error();
    (*st)->bind(1, codeHash).bind(2, now);
    auto row = (*st)->step();
    if (!row) {
        (*st)->reset();
        return row.error();
    }
    std::optional<std::string> helper;
    if (*row)
        helper = (*st)->text(0);
    (*st)->reset();
    return helper;
}

Result<std::vector<RecordHeader>> SqliteServerStorage::recordHeaders(const std::vector<std::string> &ids)
{
    std::vector<RecordHeader> out;
    if (ids.empty())
        return out;
    auto st = m_db->prepare("SELECT id, kind, owner, scope FROM records WHERE id IN (SELECT value FROM json_each(?))");
    if (!st)
        return st.error();
    (*st)->bind(1, jsonArray(ids));
    return (*st)->rows([](const Statement &r) { return RecordHeader{r.text(0), r.text(1), r.text(2), r.text(3)}; });
}

Status SqliteServerStorage::noteAccess(const AccessEntry &e)
{
    auto st = m_db->prepare(
        "INSERT INTO access_log(owner, reader_id, reader_name, reader_role, kind, goal_id, record_id, day, count, "
        "first_at, last_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(owner, reader_id, kind, goal_id, record_id, day) DO UPDATE SET count = count + excluded.count, "
        "last_at = max(last_at, excluded.last_at), reader_name = excluded.reader_name, "
        "reader_role = excluded.reader_role");
    if (!st)
        return st.error();
    return (*st)
        ->bind(1, e.owner)
        .bind(2, e.readerId)
        .bind(3, e.readerName)
        .bind(4, e.readerRole)
        .bind(5, e.kind)
        .bind(6, e.goalId)
        .bind(7, e.recordId)
        .bind(8, e.day)
        .bind(9, e.count)
        .bind(10, e.firstAt)
        .bind(11, e.lastAt)
        .run();
}

Result<std::vector<AccessEntry>> SqliteServerStorage::accessLogOf(const std::string &owner, size_t limit, size_t offset)
{
    auto st = m_db->prepare("SELECT owner, reader_id, reader_name, reader_role, kind, goal_id, record_id, day, count, "
                            "first_at, last_at FROM access_log WHERE owner = ? "
                            "ORDER BY last_at DESC, reader_id, kind, goal_id, record_id LIMIT ? OFFSET ?");
    if (!st)
        return st.error();
    (*st)->bind(1, owner).bind(2, static_cast<int64_t>(limit)).bind(3, static_cast<int64_t>(offset));
    return (*st)->rows([](const Statement &r) {
        return AccessEntry{r.text(0), r.text(1), r.text(2), r.text(3), r.text(4), r.text(5), r.text(6),
                           r.text(7), r.integer(8), r.integer(9), r.integer(10)};
    });
}

Status SqliteServerStorage::purgeAccessLogBefore(const std::string &day)
{
    auto st = m_db->prepare("DELETE FROM access_log WHERE day < ?");
    if (!st)
        return st.error();
    return (*st)->bind(1, day).run();
}

Result<std::string> SqliteServerStorage::suggestionState(const std::string &recordId, const std::string &changeHash)
{
    auto st = m_db->prepare("SELECT CASE WHEN EXISTS (SELECT 1 FROM box.seen_changes WHERE change_hash = ?1) "
                            "THEN 'duplicate' WHEN EXISTS (SELECT 1 FROM box.inbox WHERE id = ?2) THEN 'taken' "
                            "ELSE '' END");
    if (!st)
        return st.error();
    (*st)->bind(1, changeHash).bind(2, recordId);
    auto row = (*st)->step();
    if (!row) {
        (*st)->reset();
        return row.error();
    }
    std::string state = *row ? (*st)->text(0) : std::string();
    (*st)->reset();
    return state;
}

Status SqliteServerStorage::putSuggestion(const InboxSuggestion &s, const std::string &changeHash)
{
    auto seen = m_db->prepare("INSERT OR IGNORE INTO box.seen_changes(change_hash) VALUES(?)");
    if (!seen)
        return seen.error();
    if (Status st = (*seen)->bind(1, changeHash).run(); !st)
        return st;
    auto st = m_db->prepare("INSERT INTO box.inbox(id, category, text, week) VALUES(?, ?, ?, ?)");
    if (!st)
        return st.error();
    return (*st)->bind(1, s.id).bind(2, s.category).bind(3, s.text).bind(4, s.week).run();
}

Result<std::vector<InboxSuggestion>> SqliteServerStorage::inboxSuggestions()
{
    // Random order: the order of publication says nothing about the order of arrival.
    auto st = m_db->prepare("SELECT id, category, text, week FROM box.inbox ORDER BY random()");
    if (!st)
        return st.error();
    return (*st)->rows([](const Statement &r) { return InboxSuggestion{r.text(0), r.text(1), r.text(2), r.text(3)}; });
}

Status SqliteServerStorage::removeFromInbox(const std::vector<std::string> &ids)
{
    auto st = m_db->prepare("DELETE FROM box.inbox WHERE id IN (SELECT value FROM json_each(?))");
    if (!st)
        return st.error();
    return (*st)->bind(1, jsonArray(ids)).run();
}

Result<std::vector<ListedSuggestion>> SqliteServerStorage::publishedSuggestions()
{
    auto st = m_db->prepare("SELECT r.id, json_extract(r.body, '$.fields.category.v'), "
                            "json_extract(r.body, '$.fields.text.v'), json_extract(r.body, '$.fields.week.v'), "
                            "EXISTS (SELECT 1 FROM suggestion_reads s WHERE s.id = r.id) "
                            "FROM records r WHERE r.kind = 'suggestion' AND r.owner = 'anonymous'");
    if (!st)
        return st.error();
    return (*st)->rows([](const Statement &r) {
        return ListedSuggestion{r.text(0), r.text(1), r.text(2), r.text(3), r.integer(4) != 0};
    });
}

Status SqliteServerStorage::markSuggestionsRead(const std::vector<std::string> &ids, bool read)
{
    auto st = m_db->prepare(read ? "INSERT OR IGNORE INTO suggestion_reads(id) SELECT r.id FROM records r "
                                   "WHERE r.kind = 'suggestion' AND r.id IN (SELECT value FROM json_each(?))"
                                 : "DELETE FROM suggestion_reads WHERE id IN (SELECT value FROM json_each(?))");
    if (!st)
        return st.error();
    return (*st)->bind(1, jsonArray(ids)).run();
}

Status SqliteServerStorage::purgeAccount(const std::string &accountId)
{
    // Order matters for the foreign key devices → accounts. Rows where the account read someone else's data
    // stay in that person's log, without its id.
    static const std::vector<std::string> statements{
        "DELETE FROM evictions WHERE account_id = ?1",
        "DELETE FROM evictions WHERE record_id IN (SELECT id FROM records WHERE owner = ?1) "
        "AND account_id NOT IN (SELECT helper FROM grants WHERE owner = ?1)",
        "DELETE FROM grants WHERE owner = ?1 OR helper = ?1",
        "DELETE FROM bookings WHERE owner = ?1",
        "DELETE FROM records WHERE owner = ?1",
        "DELETE FROM applied_changes WHERE account_key = ?1",
        "DELETE FROM access_log WHERE owner = ?1",
        "UPDATE access_log SET reader_id = 'deleted' WHERE reader_id = ?1",
        "DELETE FROM connect_codes WHERE helper = ?1",
        "DELETE FROM survey_marks WHERE account_id = ?1",
        "DELETE FROM survey_writers WHERE account_id = ?1",
        "UPDATE survey_defs SET created_by = 'deleted' WHERE created_by = ?1",
        "UPDATE invites SET used_by = 'deleted' WHERE used_by = ?1",
        "UPDATE invites SET created_by = 'deleted' WHERE created_by = ?1",
        "DELETE FROM devices WHERE account_id = ?1",
        "DELETE FROM accounts WHERE id = ?1",
    };
    for (const auto &sql : statements) {
        auto st = m_db->prepare(sql);
        if (!st)
            return st.error();
        if (Status s = (*st)->bind(1, accountId).run(); !s)
            return s;
    }
    return {};
}

Status SqliteServerStorage::checkpoint()
{
    return m_db->exec("PRAGMA main.wal_checkpoint(TRUNCATE)");
}

} // namespace medvandrer::server
