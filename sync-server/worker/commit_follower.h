#pragma once

#include "storage/commit_feed.h"
#include "storage/server_storage.h"
#include "sync/sync_engine.h"

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <set>
#include <thread>

namespace medvandrer::server {

// Live across instances (issue #13): follows what other server instances commit to the shared database. The
// database only wakes it (LISTEN/NOTIFY, no payload); it then reads everything after its cursor by sequence (which
// has no gaps: docs/architecture.md) and fans out what this instance did not write itself. A timer catches up
// every second too, and so does every reconnect, since a notification can be missed.
class CommitFollower
{
public:
    using Job = std::function<void(ServerStorage &)>;
    using Submit = std::function<bool(Job)>;
    using Deliver = std::function<void(std::vector<LiveRecord> &&, std::vector<LiveEviction> &&)>;
    // Devices signed out on any instance (this one's too: signing out twice is harmless).
    using SignOuts = std::function<void(std::vector<FeedSignOut> &&)>;

    static constexpr std::chrono::milliseconds sweepInterval{1000};
    static constexpr size_t pageSize = 500;

    // `submit` queues a job on the storage thread; `deliver` fans records out to this instance's connections.
    CommitFollower(CommitFeed &feed, std::unique_ptr<CommitWaiter> waiter, int64_t fromSeq, Submit submit,
                   Deliver deliver);
    ~CommitFollower();
    CommitFollower(const CommitFollower &) = delete;
    CommitFollower &operator=(const CommitFollower &) = delete;

    // Before start().
    void onSignOuts(SignOuts signOuts) { m_signOuts = std::move(signOuts); }
    void start();
    void stop();

    // On the storage thread: what this instance committed and fanned out itself, so it is not sent twice.
    void noteLocal(const std::vector<LiveRecord> &records, const std::vector<LiveEviction> &evictions);

private:
    void run();
    void catchUp();

    CommitFeed &m_feed;
    std::unique_ptr<CommitWaiter> m_waiter;
    Submit m_submit;
    Deliver m_deliver;
    SignOuts m_signOuts;
    std::atomic<bool> m_stopping{false};
    std::atomic<bool> m_queued{false};
    std::thread m_thread;
    // Storage thread only.
    int64_t m_cursor = 0;
    std::set<int64_t> m_local;
};

} // namespace medvandrer::server
