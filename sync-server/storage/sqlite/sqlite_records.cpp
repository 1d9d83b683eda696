// SqliteServerStorage: records, grants, applied change ids and the change feed.
#include "storage/sqlite/sqlite_server_storage.h"
#include "storage/row_columns.h"
#include "storage/scope_sql.h"

#include "storage/first_of.h"

#include "records/record_json.h"

namespace medvandrer::server {

Result<int64_t> SqliteServerStorage::nextSeq()
{
    if (m_inWrite && m_seqCounted) {
        m_seqUnwritten = true;
        return ++*m_seqCounted;
    }
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
    if (m_inWrite)
        m_seqCounted = seq;
    return seq;
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
    const std::string body = recordJsonText(r.record);
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
    // The read rules of scope/scope_policy.h (storage/scope_sql.h): each branch read on its own, in its index's seq
    // order, and merged here. As one UNION ALL … ORDER BY, SQLite copied every body into a sorter first: that was a
    // third of a pull's server time.
    static const std::string cols =
        "r.seq, r.id, r.body, CASE WHEN r.kind = 'checkin' AND r.owner != ?2 AND NOT EXISTS (SELECT 1 FROM grants g "
        "WHERE g.helper = ?2 AND g.active = 1 AND g.include_notes = 1 AND g.owner = r.owner AND g.goal_id = r.scope) "
        "THEN 1 ELSE 0 END";
    std::vector<std::vector<PulledRow>> branches;
    for (const auto &b : scopeBranches(scope.role, SqlDialect::Sqlite)) {
        auto st = m_db->prepare("SELECT " + cols + " FROM " + b.from + " WHERE r.seq > ?1 AND " + b.where +
                                " ORDER BY r.seq LIMIT ?3");
        if (!st)
            return st.error();
        (*st)->bind(1, cursor).bind(2, scope.accountId).bind(3, static_cast<int64_t>(limit));
        // The same limit and byte budget per branch: the merged page never needs a row past either.
        auto rows = readRows(*st, true, maxBytes);
        if (!rows)
            return rows.error();
        branches.push_back(std::move(*rows));
    }
    // Merged by seq, with readRows' own rule for the limit and the budget.
    std::vector<PulledRow> out;
    std::vector<size_t> next(branches.size(), 0);
    size_t bytes = 0;
    while (out.size() < limit) {
        size_t pick = branches.size();
        for (size_t i = 0; i < branches.size(); ++i) {
            if (next[i] < branches[i].size() &&
                (pick == branches.size() || branches[i][next[i]].seq < branches[pick][next[pick]].seq))
                pick = i;
        }
        if (pick == branches.size())
            break;
        out.push_back(std::move(branches[pick][next[pick]++]));
        if (bytes >= maxBytes)
            break;
        bytes += out.back().body.size();
    }
    return out;
}

Result<int64_t> SqliteServerStorage::countPending(const ReadScope &scope, int64_t cursor, int64_t upTo)
{
    // The pull's branches counted instead of read (each an index range), and the evictions still to come.
    auto st = m_db->prepare("SELECT (SELECT count(*) FROM (" +
                            scopeUnion(scope.role, SqlDialect::Sqlite, "1", "r.seq <= ?3", "") +
                            ")) + (SELECT count(*) FROM evictions WHERE account_id = ?2 AND seq > ?1 AND seq <= ?3)");
    if (!st)
        return st.error();
    (*st)->bind(1, cursor).bind(2, scope.accountId).bind(3, upTo);
    auto row = (*st)->step();
    const int64_t n = row && *row ? (*st)->integer(0) : 0;
    (*st)->reset();
    if (!row)
        return row.error();
    return n;
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

Result<std::vector<StoredRecord>> SqliteServerStorage::recordsOwnedBy(const std::string &owner, int64_t afterSeq,
                                                                      size_t limit)
{
    auto st = m_db->prepare("SELECT seq, scope, shared, body FROM records WHERE owner = ? AND seq > ? ORDER BY seq LIMIT ?");
    if (!st)
        return st.error();
    (*st)->bind(1, owner).bind(2, afterSeq).bind(3, static_cast<int64_t>(limit));
    return readRecords(*st);
}

Result<std::vector<Grant>> SqliteServerStorage::grantsGivenBy(const std::string &owner)
{
    auto st = m_db->prepare(std::string("SELECT ") + grantColumns + " FROM grants WHERE owner = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, owner);
    return readGrants(*st);
}

} // namespace medvandrer::server
