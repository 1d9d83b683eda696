#include "auth/rate_limiter.h"

namespace medvandrer::server {

void RateLimiter::prune(std::deque<Clock::time_point> &failures, Clock::time_point now) const
{
    while (!failures.empty() && now - failures.front() > m_window)
        failures.pop_front();
}

bool RateLimiter::allowed(const std::string &key)
{
    std::lock_guard lock(m_mutex);
    auto it = m_failures.find(key);
    if (it == m_failures.end())
        return true;
    prune(it->second, Clock::now());
    return it->second.size() < m_maxFailures;
}

bool RateLimiter::tryAcquire(const std::string &key)
{
    std::lock_guard lock(m_mutex);
    auto it = m_failures.find(key);
    if (it != m_failures.end()) {
        prune(it->second, Clock::now());
        if (it->second.size() >= m_maxFailures)
            return false;
    }
    countLocked(key);
    return true;
}

void RateLimiter::recordFailure(const std::string &key)
{
    std::lock_guard lock(m_mutex);
    countLocked(key);
}

void RateLimiter::countLocked(const std::string &key)
{
    const auto now = Clock::now();
    // Bound memory under a spray of usernames: drop keys whose failures have all expired.
    if (m_failures.size() > 10000) {
        for (auto it = m_failures.begin(); it != m_failures.end();) {
            prune(it->second, now);
            it = it->second.empty() ? m_failures.erase(it) : std::next(it);
        }
    }
    auto &failures = m_failures[key];
    prune(failures, now);
    failures.push_back(now);
    if (failures.size() > m_maxFailures * 2)
        failures.pop_front();
}

void RateLimiter::reset(const std::string &key)
{
    std::lock_guard lock(m_mutex);
    m_failures.erase(key);
}

} // namespace medvandrer::server
