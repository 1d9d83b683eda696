#pragma once

#include "metrics/metrics.h"
#include "net/session.h"
#include "sync/sync_engine.h"

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

    void add(const std::shared_ptr<Session> &session);
    void remove(uint64_t sessionId);
    void identify(uint64_t sessionId, const Principal &principal);
    void forget(uint64_t sessionId);

    std::vector<std::shared_ptr<Session>> all() const;
    // Open connections signed in as this device.
    std::vector<std::shared_ptr<Session>> byDevice(const std::string &deviceId) const;
    size_t size() const;

    // Sends each connected device a live `changes` frame with the records it may read (not the pushing
    // connection itself), plus evictions addressed to its account.
    void fanOut(const std::vector<LiveRecord> &records, const std::vector<LiveEviction> &evictions);

private:
    struct Entry
    {
        std::weak_ptr<Session> session;
        std::optional<Principal> principal;
    };

    Metrics &m_metrics;
    mutable std::mutex m_mutex;
    std::unordered_map<uint64_t, Entry> m_entries;
};

} // namespace medvandrer::server
