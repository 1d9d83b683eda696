#pragma once

#include "storage/account_storage.h"

#include <string>
#include <vector>

namespace medvandrer::server {

// The read rules of scope/scope_policy.h as SQL, shared by both engines (keep them in step with that file). A pull is
// the union of these branches: each one index range of `records r`, and disjoint, so a pull reads this reader's rows
// after the cursor, never everyone's. In each, placeholder 1 is the cursor and 2 the reader's account id.
struct ScopeBranch
{
    // "records r" or a join that starts from the reader's grants, so the planner cannot start from a kind index and
    // scan everyone's rows of that kind.
    std::string from;
    std::string where;
};

enum class SqlDialect { Sqlite, Postgres };

std::vector<ScopeBranch> scopeBranches(Role role, SqlDialect dialect);

// SELECT `select` FROM each branch WHERE r.seq > cursor AND `alsoWhere` AND its own rule, then `tail` (order and
// limit), as the parts of a UNION ALL.
std::string scopeUnion(Role role, SqlDialect dialect, const std::string &select, const std::string &alsoWhere,
                       const std::string &tail);

} // namespace medvandrer::server
