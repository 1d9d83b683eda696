// PostgresServerStorage: records, grants, applied change ids and the change feed.
#include "storage/postgres/postgres_server_storage.h"
#include "storage/row_columns.h"
#include "storage/scope_sql.h"

#include "records/record_json.h"

namespace medvandrer::server {

namespace {

const std::string recordColumns = "seq, scope, shared, body";

Result<std::vector<StoredRecord>> readRecords(Result<PgRows> rows)
{
    if (!rows)
        return rows.error();
    std::vector<StoredRecord> out;
    for (int i = 0; i < rows->size(); ++i) {
        StoredRecord r;
        r.seq = rows->integer(i, 0);
        r.scope = rows->text(i, 1);
        r.shared = rows->integer(i, 2) != 0;
        auto rec = recordFromJson(Json::parse(rows->text(i, 3), nullptr, false));
        if (!rec)
            return Error{"storage_error", "stored record unreadable: " + rec.error().message};
        r.record = std::move(*rec);
        out.push_back(std::move(r));
    }
    return out;
}

Result<std::vector<Grant>> readGrants(Result<PgRows> rows)
{
    if (!rows)
        return rows.error();
    std::vector<Grant> out;
    for (int i = 0; i < rows->size(); ++i)
        out.push_back(Grant{rows->text(i, 0), rows->text(i, 1), rows->text(i, 2), rows->text(i, 3), rows->text(i, 4),
                            rows->integer(i, 5) != 0, rows->integer(i, 6) != 0});
    return out;
}

Result<std::vector<PulledRow>> readRows(Result<PgRows> rows, bool withBody, size_t maxBytes = SIZE_MAX)
{
    if (!rows)
        return rows.error();
    std::vector<PulledRow> out;
    size_t bytes = 0;
    for (int i = 0; i < rows->size(); ++i) {
        out.push_back(PulledRow{rows->integer(i, 0), rows->text(i, 1), withBody ? rows->text(i, 2) : std::string(),
                                withBody && rows->integer(i, 3) != 0});
        // The row after the budget is reached is kept too, only so the caller knows more follow.
        if (bytes >= maxBytes)
            break;
        bytes += out.back().body.size();
    }
    return out;
}

} // namespace

// For other instances' commit followers (storage/commit_feed.h): everything after seq, in order.
Result<std::vector<StoredRecord>> PostgresServerStorage::recordsAfter(int64_t seq, size_t limit)
{
    return readRecords(m_db->query("SELECT " + recordColumns + " FROM records WHERE seq > $1 ORDER BY seq LIMIT $2",
                                   {pgInt(seq), pgInt(static_cast<int64_t>(limit))}));
}

Result<int64_t> PostgresServerStorage::nextSeq()
{
    // The row lock this UPDATE takes is held until commit, so writers on every connection take sequence numbers
    // one transaction at a time, in commit order: a reader can never see seq N while a smaller one is still to
    // commit (docs/architecture.md, "One order of changes").
    auto rows = m_db->query("UPDATE meta SET value = (value::bigint + 1)::text WHERE key = 'seq' RETURNING value");
    if (!rows)
        return rows.error();
    if (rows->size() == 0)
        return Error{"storage_error", "sequence missing"};
    return rows->integer(0, 0);
}

Result<std::optional<StoredRecord>> PostgresServerStorage::loadRecord(const std::string &id)
{
    auto all = readRecords(m_db->query("SELECT " + recordColumns + " FROM records WHERE id = $1", {id}));
    if (!all)
        return all.error();
    if (all->empty())
        return std::optional<StoredRecord>();
    return std::optional<StoredRecord>(std::move(all->front()));
}

Status PostgresServerStorage::saveRecord(const StoredRecord &r)
{
    const std::string body = recordJsonText(r.record);
    return m_db->run("INSERT INTO records(id, kind, owner, scope, shared, seq, body) VALUES($1, $2, $3, $4, $5, $6, $7) "
                     "ON CONFLICT(id) DO UPDATE SET scope = excluded.scope, shared = excluded.shared, "
                     "seq = excluded.seq, body = excluded.body",
                     {r.record.id, r.record.kind, r.record.owner, r.scope, pgBool(r.shared), pgInt(r.seq), body});
}

Result<std::vector<StoredRecord>> PostgresServerStorage::recordsInScope(const std::string &owner,
                                                                        const std::string &goalId)
{
    return readRecords(m_db->query("SELECT " + recordColumns + " FROM records WHERE owner = $1 AND scope = $2 "
                                   "AND kind IN ('goal', 'step', 'checkin', 'comment', 'reflection', 'plan', 'about') ORDER BY seq",
                                   {owner, goalId}));
}

Result<std::vector<StoredRecord>> PostgresServerStorage::recordsOwnedBy(const std::string &owner, int64_t afterSeq,
                                                                        size_t limit)
{
    return readRecords(m_db->query("SELECT " + recordColumns +
                                       " FROM records WHERE owner = $1 AND seq > $2 ORDER BY seq LIMIT $3",
                                   {owner, pgInt(afterSeq), pgInt(static_cast<int64_t>(limit))}));
}

Result<std::optional<int64_t>> PostgresServerStorage::appliedChange(const std::string &accountKey,
                                                                    const std::string &changeId)
{
    auto rows = m_db->query("SELECT seq FROM applied_changes WHERE account_key = $1 AND change_id = $2",
                            {accountKey, changeId});
    if (!rows)
        return rows.error();
    if (rows->size() == 0)
        return std::optional<int64_t>();
    return std::optional<int64_t>(rows->integer(0, 0));
}

Status PostgresServerStorage::recordAppliedChange(const std::string &accountKey, const std::string &changeId,
                                                  int64_t seq, int64_t now)
{
    return m_db->run("INSERT INTO applied_changes(account_key, change_id, seq, applied_at) VALUES($1, $2, $3, $4) "
                     "ON CONFLICT DO NOTHING",
                     {accountKey, changeId, pgInt(seq), pgInt(now)});
}

Result<std::optional<Grant>> PostgresServerStorage::grant(const std::string &consentId)
{
    auto all = readGrants(m_db->query("SELECT " + grantColumns + " FROM grants WHERE consent_id = $1", {consentId}));
    if (!all)
        return all.error();
    if (all->empty())
        return std::optional<Grant>();
    return std::optional<Grant>(std::move(all->front()));
}

Status PostgresServerStorage::saveGrant(const Grant &g)
{
    return m_db->run("INSERT INTO grants(" + grantColumns +
                         ") VALUES($1, $2, $3, $4, $5, $6, $7) ON CONFLICT(consent_id) DO UPDATE SET "
                         "level = excluded.level, active = excluded.active, include_notes = excluded.include_notes",
                     {g.consentId, g.owner, g.helper, g.goalId, g.level, pgBool(g.active), pgBool(g.includeNotes)});
}

Result<std::vector<Grant>> PostgresServerStorage::activeGrantsOn(const std::string &owner, const std::string &goalId)
{
    return readGrants(m_db->query(
        "SELECT " + grantColumns + " FROM grants WHERE owner = $1 AND goal_id = $2 AND active = 1", {owner, goalId}));
}

Result<std::vector<Grant>> PostgresServerStorage::grantsGivenBy(const std::string &owner)
{
    return readGrants(m_db->query("SELECT " + grantColumns + " FROM grants WHERE owner = $1", {owner}));
}

Status PostgresServerStorage::addEviction(const std::string &accountId, const std::string &recordId, int64_t seq)
{
    return m_db->run("INSERT INTO evictions(account_id, record_id, seq) VALUES($1, $2, $3) "
                     "ON CONFLICT(account_id, record_id) DO UPDATE SET seq = excluded.seq",
                     {accountId, recordId, pgInt(seq)});
}

Result<std::vector<PulledRow>> PostgresServerStorage::pullRecords(const ReadScope &scope, int64_t cursor, size_t limit,
                                                                  size_t maxBytes)
{
    // The read rules of scope/scope_policy.h (storage/scope_sql.h), each branch limited on its own.
    static const std::string cols =
        "r.seq, r.id, r.body, CASE WHEN r.kind = 'checkin' AND r.owner != $2 AND NOT EXISTS (SELECT 1 FROM grants g "
        "WHERE g.helper = $2 AND g.active = 1 AND g.include_notes = 1 AND g.owner = r.owner AND g.goal_id = r.scope) "
        "THEN 1 ELSE 0 END";
    return readRows(m_db->query(scopeUnion(scope.role, SqlDialect::Postgres, cols, "", "ORDER BY r.seq LIMIT $3") +
                                    " ORDER BY 1 LIMIT $3",
                                {pgInt(cursor), scope.accountId, pgInt(static_cast<int64_t>(limit))}),
                    true, maxBytes);
}

Result<int64_t> PostgresServerStorage::countPending(const ReadScope &scope, int64_t cursor, int64_t upTo)
{
    // The pull's branches counted instead of read (each an index range), and the evictions still to come.
    auto rows = m_db->query("SELECT (SELECT count(*) FROM (" +
                                scopeUnion(scope.role, SqlDialect::Postgres, "1", "r.seq <= $3", "") +
                                ") pending) + (SELECT count(*) FROM evictions WHERE account_id = $2 AND seq > $1 AND "
                                "seq <= $3)",
                            {pgInt(cursor), scope.accountId, pgInt(upTo)});
    if (!rows)
        return rows.error();
    return rows->size() > 0 ? rows->integer(0, 0) : 0;
}

Result<std::vector<PulledRow>> PostgresServerStorage::pullEvictions(const std::string &accountId, int64_t cursor,
                                                                    size_t limit)
{
    return readRows(m_db->query("SELECT seq, record_id FROM evictions WHERE account_id = $1 AND seq > $2 ORDER BY seq "
                                "LIMIT $3",
                                {accountId, pgInt(cursor), pgInt(static_cast<int64_t>(limit))}),
                    false);
}

} // namespace medvandrer::server
