#pragma once

#include <chrono>
#include <cstddef>
#include <deque>
#include <mutex>
#include <string>
#include <unordered_map>

namespace medvandrer::server {

// Counts failures per key (a username) in a sliding window; thread-safe.
class RateLimiter
{
public:
    using Clock = std::chrono::steady_clock;

    RateLimiter(size_t maxFailures, Clock::duration window) : m_maxFailures(maxFailures), m_window(window) {}

    size_t maxFailures() const { return m_maxFailures; }
    Clock::duration window() const { return m_window; }

    bool allowed(const std::string &key);
    // Checks and counts an attempt in one step, before the slow check runs: parallel guesses cannot all pass
    // allowed() first. A successful attempt calls reset(); a failed one is already counted.
    bool tryAcquire(const std::string &key);
    void recordFailure(const std::string &key);
    void reset(const std::string &key);

private:
    void prune(std::deque<Clock::time_point> &failures, Clock::time_point now) const;
    void countLocked(const std::string &key); // m_mutex held

    std::mutex m_mutex;
    size_t m_maxFailures;
    Clock::duration m_window;
    std::unordered_map<std::string, std::deque<Clock::time_point>> m_failures;
};

} // namespace medvandrer::server
