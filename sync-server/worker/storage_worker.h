#pragma once

#include "metrics/metrics.h"
#include "storage/commit_feed.h"
#include "storage/server_storage.h"
#include "sync/sync_engine.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <variant>

namespace medvandrer::server {

class CommitFollower;

// The one thread that touches the database. Jobs are queued from io threads and run in arrival order,
// except that all queued pushes are applied first, together, in one transaction (group commit): a
// push is acknowledged only after that transaction committed.
class StorageWorker
{
public:
    using Job = std::function<void(ServerStorage &)>;
    using PushReply = std::function<void(Result<std::vector<protocol::ChangeResult>>)>;
    // Called on the storage thread after each commit with what other devices should now see.
    using LiveSink = std::function<void(std::vector<LiveRecord> &&, std::vector<LiveEviction> &&)>;

    static constexpr size_t maxQueued = 10000;
    // How often open booking offers are checked for expiry.
    static constexpr std::chrono::milliseconds sweepInterval{500};
    // How often the suggestion inbox is checked for weeks that have ended (a full batch goes out at once).
    static constexpr std::chrono::seconds publishInterval{60};

    StorageWorker(std::unique_ptr<ServerStorage> storage, SyncEngine &engine, Metrics &metrics);
    ~StorageWorker();
    StorageWorker(const StorageWorker &) = delete;
    StorageWorker &operator=(const StorageWorker &) = delete;

    void setLiveSink(LiveSink sink) { m_liveSink = std::move(sink); }
    // Several instances: devices signed out on any instance, read by the commit follower (on the storage thread).
    using SignOutSink = std::function<void(std::vector<FeedSignOut> &&)>;
    void setSignOutSink(SignOutSink sink) { m_signOutSink = std::move(sink); }
    void start();
    // Runs everything already queued, then stops the thread. Later submissions are refused.
    void drainAndStop();

    // False when the queue is full or the worker has stopped (answer "overloaded").
    [[nodiscard]] bool submit(Job job);
    [[nodiscard]] bool submitPush(PushInput input, PushReply reply);

    // From a job, on the storage thread: the device was just seen. Written after the current batch of jobs, all
    // devices in one transaction (one fsync for thousands of reconnecting devices instead of one each).
    void noteDeviceSeen(const std::string &deviceId, int64_t now);

private:
    struct PendingPush
    {
        PushInput input;
        PushReply reply;
    };
    void run();
    void commitGroup(std::vector<PendingPush> &pushes);
    // Fans out what this instance committed (and tells the commit follower, so it is not sent again).
    void deliver(std::vector<LiveRecord> &&records, std::vector<LiveEviction> &&evictions);
    // Inside a transaction that produced live changes: wakes the other instances on a shared database.
    Status announce();
    // begin, work, commit; rolls back on any error.
    Status inTransaction(const std::function<Status()> &work);
    void publishSuggestions();
    // The answers of a group's survey claims, in transactions of their own after the group committed.
    void commitSurveyAnswers(const std::vector<surveys::AnswerClaim> &claims, std::vector<bool> &failed);
    void sweepOffers();
    void writeDevicesSeen();

    std::unique_ptr<ServerStorage> m_storage;
    SyncEngine &m_engine;
    Metrics &m_metrics;
    LiveSink m_liveSink;
    SignOutSink m_signOutSink;

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_jobs;
    std::vector<PendingPush> m_pushes;
    bool m_stopping = false;
    std::thread m_thread;
    std::unordered_map<std::string, int64_t> m_devicesSeen; // storage thread only
    CommitFeed *m_feed = nullptr; // the storage, when several instances may share it
    std::unique_ptr<CommitFollower> m_follower;
};

} // namespace medvandrer::server
