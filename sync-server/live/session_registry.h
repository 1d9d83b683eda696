#pragma once

#include "metrics/metrics.h"
#include "net/session.h"
#include "sync/sync_engine.h"

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <unordered_map>
#include <vector>

namespace medvandrer::server {

// Every open connection and who is signed in on it; fans committed changes out to the devices that may
// read them. Thread-safe; sessions are only ever reached through Session::send/post.
class SessionRegistry
{
public:
    explicit SessionRegistry(Metrics &metrics) : m_metrics(metrics) {}

    // The encoded live frames one selection of records gets.
    using Frames = std::vector<std::shared_ptr<const std::string>>;

    void add(const std::shared_ptr<Session> &session);
    void remove(uint64_t sessionId);
    void identify(uint64_t sessionId, const Principal &principal);
    void forget(uint64_t sessionId);

    std::vector<std::shared_ptr<Session>> all() const;
    // Open connections signed in as this device.
    std::vector<std::shared_ptr<Session>> byDevice(const std::string &deviceId) const;
    size_t size() const;

    // Where fan-out runs. `runFanOutOn(post)`: on a serial executor, so the storage thread only hands over and
    // goes on committing; each send then hops to its connection. `runFanOutOnLanes`: every group goes to each of
    // the io pool's `lanes` (Session::lane()) in commit order, and each lane works out and sends its own
    // connections' share on its own thread, so a send is a call, not a hop. Unset, fan-out runs on the caller's
    // thread.
    using Post = std::function<void(std::function<void()>)>;
    using PostToLane = std::function<void(unsigned lane, std::function<void()>)>;
    void runFanOutOn(Post post)
    {
        m_post = std::move(post);
        m_postToLane = {};
    }
    void runFanOutOnLanes(unsigned lanes, PostToLane postToLane)
    {
        m_post = {};
        m_lanes = lanes;
        m_postToLane = std::move(postToLane);
    }

    // Sends each connected device a live `changes` frame with the records it may read (not the pushing
    // connection itself), plus evictions addressed to its account. Targets that get the same selection share
    // one encoded frame; an id that is both a record and an eviction goes out once, as its newer event.
    void fanOut(std::vector<LiveRecord> records, std::vector<LiveEviction> evictions);

private:
    struct Entry
    {
        std::weak_ptr<Session> session;
        std::shared_ptr<const Principal> principal; // shared, so a fan-out copies a pointer per target, not strings
        unsigned lane = 0;
    };

    // The frames for every signed-in connection, or only those of one lane (called on that lane's thread).
    void deliver(const std::vector<LiveRecord> &records, const std::vector<LiveEviction> &evictions,
                 std::optional<unsigned> lane);

    Metrics &m_metrics;
    Post m_post;
    PostToLane m_postToLane;
    unsigned m_lanes = 0;
    mutable std::mutex m_mutex;
    std::unordered_map<uint64_t, Entry> m_entries;
};

} // namespace medvandrer::server
