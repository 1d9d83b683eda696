#pragma once

#include "metrics/metrics.h"
#include "net/session.h"
#include "sync/sync_engine.h"

#include <functional>
#include <memory>
#include <mutex>
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
    // Connections per job a lane gets: it starts sending while the rest of a large fan-out is worked out.
    static constexpr size_t sendsPerJob = 512;

    void add(const std::shared_ptr<Session> &session);
    void remove(uint64_t sessionId);
    void identify(uint64_t sessionId, const Principal &principal);
    void forget(uint64_t sessionId);

    std::vector<std::shared_ptr<Session>> all() const;
    // Open connections signed in as this device.
    std::vector<std::shared_ptr<Session>> byDevice(const std::string &deviceId) const;
    size_t size() const;

    // Where fan-out runs: `post` to a serial executor on the io pool so the storage thread only hands over and goes
    // on committing; `postToLane` to the thread of a lane (Session::lane()), so each lane's sends go as one job
    // that runs them on the connections' own thread. Unset, fan-out runs on the caller's thread, and without
    // lanes each send hops to its connection by itself.
    using Post = std::function<void(std::function<void()>)>;
    using PostToLane = std::function<void(unsigned lane, std::function<void()>)>;
    void runFanOutOn(Post post, PostToLane postToLane = {})
    {
        m_post = std::move(post);
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
    };

    using LaneSends = std::vector<std::pair<std::shared_ptr<Session>, const Frames *>>;

    void deliver(const std::vector<LiveRecord> &records, const std::vector<LiveEviction> &evictions);
    void postSends(unsigned lane, const std::shared_ptr<const void> &keepAlive, LaneSends &sends);

    Metrics &m_metrics;
    Post m_post;
    PostToLane m_postToLane;
    mutable std::mutex m_mutex;
    std::unordered_map<uint64_t, Entry> m_entries;
};

} // namespace medvandrer::server
