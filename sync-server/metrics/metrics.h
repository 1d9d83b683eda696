#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <string_view>

namespace medvandrer::server {

// A Prometheus histogram with fixed buckets in seconds; lock-free to observe.
class Histogram
{
public:
    static constexpr std::array<double, 12> bounds{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                   0.05,   0.1,   0.25,   0.5,   1.0,  2.5};

    void observe(double seconds);
    void render(std::string &out, std::string_view name, std::string_view help) const;

private:
    std::array<std::atomic<uint64_t>, bounds.size()> m_buckets{};
    std::atomic<uint64_t> m_count{0};
    std::atomic<uint64_t> m_sumMicros{0};
};

// Process-wide counters shown on GET /metrics.
class Metrics
{
public:
    std::atomic<int64_t> connections{0};
    std::atomic<uint64_t> connectionsTotal{0};
    std::atomic<uint64_t> messagesIn{0};
    std::atomic<uint64_t> messagesOut{0};
    std::atomic<uint64_t> pushes{0};
    std::atomic<uint64_t> pulls{0};
    std::atomic<uint64_t> changesApplied{0};
    std::atomic<uint64_t> changesDuplicate{0};
    std::atomic<uint64_t> changesRejected{0};
    std::atomic<uint64_t> liveFrames{0};
    std::atomic<uint64_t> commits{0};
    std::atomic<uint64_t> slowClientsClosed{0};
    std::atomic<uint64_t> logins{0};
    Histogram pushLatency;
    Histogram pullLatency;
    Histogram commitTime;

    void countError(std::string_view code);
    std::string render() const;

private:
    mutable std::mutex m_errorsMutex;
    std::map<std::string, uint64_t, std::less<>> m_errors;
};

} // namespace medvandrer::server
