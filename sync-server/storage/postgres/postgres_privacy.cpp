// PostgresServerStorage: connect codes, the access log, the forslagskasse and account deletion.
#include "storage/postgres/postgres_server_storage.h"

namespace medvandrer::server {

Status PostgresServerStorage::putConnectCode(const std::string &helperId, const std::string &codeHash,
                                             int64_t expiresAt)
{
    return m_db->run("INSERT INTO connect_codes(helper, code_hash, expires_at) VALUES($1, $2, $3) "
                     "ON CONFLICT(helper) DO UPDATE SET code_hash = excluded.code_hash, expires_at = excluded.expires_at",
                     {helperId, codeHash, pgInt(expiresAt)});
}

Result<std::optional<std::string>> PostgresServerStorage::helperForConnectCode(const std::string &codeHash, int64_t now)
{
    auto rows = m_db->query("SELECT helper FROM connect_codes WHERE code_hash = $1 AND expires_at > $2",
                            {codeHash, pgInt(now)});
    if (!rows)
        return rows.error();
    if (rows->size() == 0)
        return std::optional<std::string>();
    return std::optional<std::string>(rows->text(0, 0));
}

Result<std::vector<RecordHeader>> PostgresServerStorage::recordHeaders(const std::vector<std::string> &ids)
{
    std::vector<RecordHeader> out;
    if (ids.empty())
        return out;
    auto rows = m_db->query("SELECT id, kind, owner, scope FROM records WHERE id = ANY($1::text[])", {pgTextArray(ids)});
    if (!rows)
        return rows.error();
    for (int i = 0; i < rows->size(); ++i)
        out.push_back(RecordHeader{rows->text(i, 0), rows->text(i, 1), rows->text(i, 2), rows->text(i, 3)});
    return out;
}

Status PostgresServerStorage::noteAccess(const AccessEntry &e)
{
    return m_db->run(
        "INSERT INTO access_log(owner, reader_id, reader_name, reader_role, kind, goal_id, record_id, day, count, "
        "first_at, last_at) VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) "
        "ON CONFLICT(owner, reader_id, kind, goal_id, record_id, day) DO UPDATE SET "
        "count = access_log.count + excluded.count, last_at = GREATEST(access_log.last_at, excluded.last_at), "
        "reader_name = excluded.reader_name, reader_role = excluded.reader_role",
        {e.owner, e.readerId, e.readerName, e.readerRole, e.kind, e.goalId, e.recordId, e.day, pgInt(e.count),
         pgInt(e.firstAt), pgInt(e.lastAt)});
}

Result<std::vector<AccessEntry>> PostgresServerStorage::accessLogOf(const std::string &owner, size_t limit,
                                                                    size_t offset)
{
    auto rows = m_db->query("SELECT owner, reader_id, reader_name, reader_role, kind, goal_id, record_id, day, count, "
                            "first_at, last_at FROM access_log WHERE owner = $1 ORDER BY last_at DESC, "
                            "reader_id COLLATE \"C\", kind COLLATE \"C\", goal_id COLLATE \"C\", record_id COLLATE \"C\" "
                            "LIMIT $2 OFFSET $3",
                            {owner, pgInt(static_cast<int64_t>(limit)), pgInt(static_cast<int64_t>(offset))});
    if (!rows)
        return rows.error();
    std::vector<AccessEntry> out;
    for (int i = 0; i < rows->size(); ++i)
        out.push_back(AccessEntry{rows->text(i, 0), rows->text(i, 1), rows->text(i, 2), rows->text(i, 3),
                                  rows->text(i, 4), rows->text(i, 5), rows->text(i, 6), rows->text(i, 7),
                                  rows->integer(i, 8), rows->integer(i, 9), rows->integer(i, 10)});
    return out;
}

Status PostgresServerStorage::purgeAccessLogBefore(const std::string &day)
{
    return m_db->run("DELETE FROM access_log WHERE day < $1", {day});
}

namespace {

// Inbox writes and publications of all instances one at a time, until commit: a batch is published once.
constexpr const char *inboxLock = "SELECT pg_advisory_xact_lock(7262010013)";

} // namespace

Result<std::string> PostgresServerStorage::suggestionState(const std::string &recordId, const std::string &changeHash)
{
    if (Status s = m_db->run(inboxLock); !s)
        return s.error();
    auto rows = m_db->query("SELECT CASE WHEN EXISTS (SELECT 1 FROM box.seen_changes WHERE change_hash = $1) "
                            "THEN 'duplicate' WHEN EXISTS (SELECT 1 FROM box.inbox WHERE id = $2) THEN 'taken' "
                            "ELSE '' END",
                            {changeHash, recordId});
    if (!rows)
        return rows.error();
    return rows->size() ? rows->text(0, 0) : std::string();
}

Status PostgresServerStorage::putSuggestion(const InboxSuggestion &s, const std::string &changeHash)
{
    if (Status st = m_db->run("INSERT INTO box.seen_changes(change_hash) VALUES($1) ON CONFLICT DO NOTHING",
                              {changeHash});
        !st)
        return st;
    // The whole inbox is written again, in random order: every waiting row then carries this transaction's id
    // (xmin) and a place in the table file (ctid) that say nothing of when it arrived. compactInbox() removes the
    // versions left behind.
    return m_db->run("WITH waiting AS (DELETE FROM box.inbox RETURNING id, category, text, week) "
                     "INSERT INTO box.inbox(id, category, text, week) SELECT id, category, text, week FROM "
                     "(SELECT id, category, text, week FROM waiting UNION ALL SELECT $1::text, $2::text, $3::text, $4::text) AS everything "
                     "ORDER BY random()",
                     {s.id, s.category, s.text, s.week});
}

Status PostgresServerStorage::compactInbox()
{
    // Small table, quick; another instance vacuuming it already is as good.
    return m_db->script("VACUUM (SKIP_LOCKED) box.inbox");
}

Result<std::vector<InboxSuggestion>> PostgresServerStorage::inboxSuggestions()
{
    if (Status s = m_db->run(inboxLock); !s)
        return s.error();
    // Random order: the order of publication says nothing about the order of arrival.
    auto rows = m_db->query("SELECT id, category, text, week FROM box.inbox ORDER BY random()");
    if (!rows)
        return rows.error();
    std::vector<InboxSuggestion> out;
    for (int i = 0; i < rows->size(); ++i)
        out.push_back(InboxSuggestion{rows->text(i, 0), rows->text(i, 1), rows->text(i, 2), rows->text(i, 3)});
    return out;
}

Status PostgresServerStorage::removeFromInbox(const std::vector<std::string> &ids)
{
    return m_db->run("DELETE FROM box.inbox WHERE id = ANY($1::text[])", {pgTextArray(ids)});
}

Result<std::vector<ListedSuggestion>> PostgresServerStorage::publishedSuggestions()
{
    auto rows = m_db->query("SELECT r.id, r.body::jsonb #>> '{fields,category,v}', r.body::jsonb #>> '{fields,text,v}', "
                            "r.body::jsonb #>> '{fields,week,v}', "
                            "CASE WHEN EXISTS (SELECT 1 FROM suggestion_reads s WHERE s.id = r.id) THEN 1 ELSE 0 END "
                            "FROM records r WHERE r.kind = 'suggestion' AND r.owner = 'anonymous'");
    if (!rows)
        return rows.error();
    std::vector<ListedSuggestion> out;
    for (int i = 0; i < rows->size(); ++i)
        out.push_back(ListedSuggestion{rows->text(i, 0), rows->text(i, 1), rows->text(i, 2), rows->text(i, 3),
                                       rows->integer(i, 4) != 0});
    return out;
}

Status PostgresServerStorage::markSuggestionsRead(const std::vector<std::string> &ids, bool read)
{
    if (read)
        return m_db->run("INSERT INTO suggestion_reads(id) SELECT r.id FROM records r "
                         "WHERE r.kind = 'suggestion' AND r.id = ANY($1::text[]) ON CONFLICT DO NOTHING",
                         {pgTextArray(ids)});
    return m_db->run("DELETE FROM suggestion_reads WHERE id = ANY($1::text[])", {pgTextArray(ids)});
}

Status PostgresServerStorage::purgeAccount(const std::string &accountId)
{
    // The account's devices are signed out on every instance (postgres_instances.cpp) before they are gone.
    if (Status s = signOutEverywhere(accountId); !s)
        return s;
    // Order matters for the foreign key devices → accounts. Rows where the account read someone else's data
    // stay in that person's log, without its id.
    static const std::vector<std::string> statements{
        "DELETE FROM evictions WHERE account_id = $1",
        "DELETE FROM evictions WHERE record_id IN (SELECT id FROM records WHERE owner = $1) "
        "AND account_id NOT IN (SELECT helper FROM grants WHERE owner = $1)",
        "DELETE FROM grants WHERE owner = $1 OR helper = $1",
        "DELETE FROM bookings WHERE owner = $1",
        "DELETE FROM records WHERE owner = $1",
        "DELETE FROM applied_changes WHERE account_key = $1",
        "DELETE FROM access_log WHERE owner = $1",
        "UPDATE access_log SET reader_id = 'deleted' WHERE reader_id = $1",
        "DELETE FROM connect_codes WHERE helper = $1",
        "DELETE FROM survey_marks WHERE account_id = $1",
        "DELETE FROM survey_writers WHERE account_id = $1",
        "UPDATE survey_defs SET created_by = 'deleted' WHERE created_by = $1",
        "UPDATE invites SET used_by = 'deleted' WHERE used_by = $1",
        "UPDATE invites SET created_by = 'deleted' WHERE created_by = $1",
        "DELETE FROM devices WHERE account_id = $1",
        "DELETE FROM accounts WHERE id = $1",
    };
    for (const auto &sql : statements)
        if (Status s = m_db->run(sql, {accountId}); !s)
            return s;
    return {};
}

Status PostgresServerStorage::checkpoint()
{
    // Dead row versions stay in the table files until vacuumed: vacuum the tables a deletion touches, so the rows
    // are unreadable from them (the WAL is the cluster's, archived as the operator set it up; docs/deploy.md).
    return m_db->script("VACUUM evictions, grants, bookings, records, applied_changes, access_log, connect_codes, "
                        "invites, devices, accounts, box.inbox, box.seen_changes, survey_marks, survey_writers, survey_defs");
}

} // namespace medvandrer::server
