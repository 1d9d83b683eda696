#pragma once

#include "core/result.h"

#include <string>

namespace medvandrer::server {

// Locks that several server instances on one database need beyond what each takes per row (PostgreSQL; SQLite has
// one server process and one writer).
class InstanceLocks
{
public:
    virtual ~InstanceLocks() = default;
    // Inside a transaction, until it ends: the activity's seat counts (its `seatsTaken`, counted over all its
    // sessions) are recounted and written by one transaction at a time. Taken after every session lock of the
    // transaction and in activity id order, so it cannot deadlock with them.
    virtual Status lockSeatCounts(const std::string &activityId) = 0;
};

} // namespace medvandrer::server
