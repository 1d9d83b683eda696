#pragma once

#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

namespace medvandrer {

// A hybrid logical clock stamp: physical milliseconds, a logical counter, and the node (device) that made it.
// Ordered by (wallMs, counter, node), so any two stamps compare the same way on every replica.
struct Hlc
{
    int64_t wallMs = 0;
    uint32_t counter = 0;
    std::string node;

    auto operator<=>(const Hlc &) const = default;
    bool operator==(const Hlc &) const = default;

    bool isNull() const { return wallMs == 0 && counter == 0 && node.empty(); }

    // "000001732352000000-00000-<node>": fixed-width, so string order equals stamp order.
    std::string toString() const;
    // The first fixedPartLength characters of toString() ("<18 digits>-<5 digits>-") into buf, without allocating;
    // false (buf untouched) for a stamp outside that layout, which only toString() writes.
    static constexpr size_t fixedPartLength = 25;
    bool writeFixedPart(char *buf) const;
    static std::optional<Hlc> parse(std::string_view text);
    // What a node may hold in a stamp's text: printable ASCII other than space, quote and backslash.
    static bool isNodeChar(char c) { return c > ' ' && c != '"' && c != '\\' && static_cast<unsigned char>(c) < 0x7f; }
};

int64_t systemMillis();

// Hybrid logical clock (Kulkarni et al.): monotonic per node, never behind anything it has seen,
// close to physical time when clocks are right, still ordered correctly when a device's clock is wrong.
class HybridClock
{
public:
    using PhysicalClock = std::function<int64_t()>;

    explicit HybridClock(std::string node, PhysicalClock physical = systemMillis);

    // Stamp for a local event (an edit on this device).
    Hlc tick();
    // Fold in a stamp received from elsewhere, so later local stamps order after it.
    void observe(const Hlc &remote);
    // Restore the last stamp after a restart so the clock never goes back.
    void restore(const Hlc &last);

    Hlc last() const;
    const std::string &node() const { return m_node; }
    int64_t physicalNow() const { return m_physical(); }

private:
    static constexpr uint32_t maxCounter = 99999;

    mutable std::mutex m_mutex;
    std::string m_node;
    PhysicalClock m_physical;
    int64_t m_wall = 0;
    uint32_t m_counter = 0;
};

// The server refuses stamps this far ahead of its own clock: a device an hour or a day fast still syncs.
inline constexpr int64_t maxFutureSkewMs = int64_t(24) * 3600 * 1000;

} // namespace medvandrer
