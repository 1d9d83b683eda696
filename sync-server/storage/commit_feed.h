#pragma once

#include "core/result.h"
#include "storage/record_storage.h"

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace medvandrer::server {

struct FeedEviction
{
    std::string accountId;
    std::string recordId;
    int64_t seq = 0;
};

// A device signed out on the shared database (revoked, logged out, or its account deleted): every instance closes
// its sessions for it. Carries a sequence number from the same counter as records, so it is read in the same order.
struct FeedSignOut
{
    // The device id; for a deleted account its SHA-256 in hex, so no id of the account outlives its deletion.
    std::string device;
    bool accountDeleted = false;
    int64_t seq = 0;
};

// Waits for commits announced on the shared database (PostgreSQL: LISTEN). A wake-up only: the data is read by
// sequence. A wake-up can be missed while the connection is down, so the caller catches up after any error.
class CommitWaiter
{
public:
    virtual ~CommitWaiter() = default;
    // True when a commit was announced (or the waiter just started listening again, after which anything may have
    // been missed), false on timeout; storage_unavailable while the database cannot be reached.
    virtual Result<bool> wait(std::chrono::milliseconds timeout) = 0;
};

// What an engine shared by several server instances offers (PostgreSQL; SQLite has one server process).
class CommitFeed
{
public:
    virtual ~CommitFeed() = default;
    // Inside a transaction: wakes the other instances when it commits (NOTIFY, without payload).
    virtual Status announceCommit() = 0;
    // Everything written after seq, oldest first: the whole server's feed, for fanning out another instance's commits.
    virtual Result<std::vector<StoredRecord>> recordsAfter(int64_t seq, size_t limit) = 0;
    virtual Result<std::vector<FeedEviction>> evictionsAfter(int64_t seq, size_t limit) = 0;
    virtual Result<std::vector<FeedSignOut>> signOutsAfter(int64_t seq, size_t limit) = 0;
    // A connection of its own that waits for announcements.
    virtual Result<std::unique_ptr<CommitWaiter>> openCommitWaiter() = 0;
};

} // namespace medvandrer::server
