#include "core/hlc.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>

namespace medvandrer {

int64_t systemMillis()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

std::string Hlc::toString() const
{
    char buf[32];
    if (writeFixedPart(buf)) {
        std::string out;
        out.reserve(fixedPartLength + node.size());
        out.append(buf, fixedPartLength);
        out += node;
        return out;
    }
    std::snprintf(buf, sizeof buf, "%018lld-%05u-", static_cast<long long>(wallMs), counter);
    return std::string(buf) + node;
}

bool Hlc::writeFixedPart(char *buf) const
{
    if (wallMs < 0 || wallMs > 999'999'999'999'999'999LL || counter > 99999)
        return false;
    uint64_t wall = static_cast<uint64_t>(wallMs);
    for (int i = 17; i >= 0; --i, wall /= 10)
        buf[i] = static_cast<char>('0' + wall % 10);
    buf[18] = '-';
    uint32_t c = counter;
    for (int i = 23; i >= 19; --i, c /= 10)
        buf[i] = static_cast<char>('0' + c % 10);
    buf[24] = '-';
    return true;
}

std::optional<Hlc> Hlc::parse(std::string_view text)
{
    // Fixed layout: 18 digits, '-', 5 digits, '-', node (1..64 chars, no spaces).
    if (text.size() < 26 || text.size() > 25 + 64 || text[18] != '-' || text[24] != '-')
        return std::nullopt;
    Hlc h;
    long long wall = 0;
    unsigned counter = 0;
    auto r1 = std::from_chars(text.data(), text.data() + 18, wall);
    auto r2 = std::from_chars(text.data() + 19, text.data() + 24, counter);
    if (r1.ec != std::errc{} || r1.ptr != text.data() + 18 || r2.ec != std::errc{} || r2.ptr != text.data() + 24)
        return std::nullopt;
    if (wall < 0)
        return std::nullopt;
    h.wallMs = wall;
    h.counter = counter;
    h.node = std::string(text.substr(25));
    if (!std::all_of(h.node.begin(), h.node.end(), isNodeChar))
        return std::nullopt;
    return h;
}

HybridClock::HybridClock(std::string node, PhysicalClock physical)
    : m_node(std::move(node)), m_physical(std::move(physical))
{
}

Hlc HybridClock::tick()
{
    std::lock_guard lock(m_mutex);
    const int64_t pt = m_physical();
    if (pt > m_wall) {
        m_wall = pt;
        m_counter = 0;
    } else if (++m_counter > maxCounter) {
        // Counter exhausted within one millisecond: borrow the next millisecond rather than wrap.
        ++m_wall;
        m_counter = 0;
    }
    return Hlc{m_wall, m_counter, m_node};
}

void HybridClock::observe(const Hlc &remote)
{
    std::lock_guard lock(m_mutex);
    const int64_t pt = m_physical();
    const int64_t newWall = std::max({m_wall, remote.wallMs, pt});
    if (newWall == m_wall && newWall == remote.wallMs)
        m_counter = std::max(m_counter, remote.counter) + 1;
    else if (newWall == m_wall)
        m_counter = m_counter + 1;
    else if (newWall == remote.wallMs)
        m_counter = remote.counter + 1;
    else
        m_counter = 0;
    m_wall = newWall;
    if (m_counter > maxCounter) {
        ++m_wall;
        m_counter = 0;
    }
}

void HybridClock::restore(const Hlc &last)
{
    std::lock_guard lock(m_mutex);
    if (last.wallMs > m_wall || (last.wallMs == m_wall && last.counter > m_counter)) {
        m_wall = last.wallMs;
        m_counter = last.counter;
    }
}

Hlc HybridClock::last() const
{
    std::lock_guard lock(m_mutex);
    return Hlc{m_wall, m_counter, m_node};
}

} // namespace medvandrer
