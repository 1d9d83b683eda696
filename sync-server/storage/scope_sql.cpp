// The read scope as SQL for both engines: one list of branches instead of one per engine.
#include "storage/scope_sql.h"

namespace medvandrer::server {

std::vector<ScopeBranch> scopeBranches(Role role, SqlDialect dialect)
{
    const bool sqlite = dialect == SqlDialect::Sqlite;
    const std::string me = sqlite ? "?2" : "$2";
    const std::string records = "records r";
    std::vector<ScopeBranch> branches{{records, "r.owner = " + me}};
    switch (role) {
    case Role::Bruker:
        branches.push_back({records, "r.kind IN ('activity', 'answer') AND r.owner != " + me});
        break;
    case Role::Koordinator:
        branches.push_back({records, "r.kind IN ('activity', 'answer', 'booking', 'suggestion') AND r.owner != " + me});
        break;
    case Role::Erfaringskonsulent:
        branches.push_back({records, "r.kind IN ('activity', 'answer') AND r.owner != " + me});
        // Each granted goal once (two consents on one goal must not double its rows), then its rows by index.
        branches.push_back({"(SELECT DISTINCT owner, goal_id FROM grants WHERE helper = " + me + " AND active = 1) s " +
                                (sqlite ? "CROSS JOIN records r INDEXED BY records_scope_seq ON "
                                        : "JOIN records r ON ") +
                                "r.owner = s.owner AND r.scope = s.goal_id",
                            "r.owner != " + me + " AND (r.kind IN ('goal', 'step', 'checkin', 'comment', 'plan', 'about') OR "
                                                 "(r.kind = 'reflection' AND r.shared = 1))"});
        branches.push_back({std::string(sqlite ? "grants s CROSS JOIN records r" : "grants s JOIN records r") +
                                " ON r.id = s.consent_id",
                            "s.helper = " + me + " AND s.active = 1 AND r.owner != " + me + " AND r.kind = 'consent'"});
        break;
    }
    return branches;
}

std::string scopeUnion(Role role, SqlDialect dialect, const std::string &select, const std::string &alsoWhere,
                       const std::string &tail)
{
    const bool sqlite = dialect == SqlDialect::Sqlite;
    std::string sql;
    for (const auto &b : scopeBranches(role, dialect)) {
        if (!sql.empty())
            sql += " UNION ALL ";
        // SQLite takes a branch's own ORDER BY and LIMIT only inside a subquery; PostgreSQL in parentheses.
        sql += std::string(sqlite ? "SELECT * FROM (" : "(") + "SELECT " + select + " FROM " + b.from +
               " WHERE r.seq > " + (sqlite ? "?1" : "$1") + " AND " + (alsoWhere.empty() ? "" : alsoWhere + " AND ") +
               b.where + (tail.empty() ? "" : " " + tail) + ")";
    }
    return sql;
}

} // namespace medvandrer::server
