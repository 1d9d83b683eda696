#pragma once

#include <QRandomGenerator>

#include <chrono>

namespace medvandrer {

// Exponential reconnect delay with "full jitter" (AWS architecture blog): many phones that lost the
// same server do not all come back in the same second.
class Backoff
{
public:
    explicit Backoff(std::chrono::milliseconds base = std::chrono::milliseconds(1000),
                     std::chrono::milliseconds cap = std::chrono::milliseconds(60000))
        : m_base(base), m_cap(cap)
    {
    }

    // The next delay: random in [ceiling/2, ceiling], ceiling doubling per failure up to the cap.
    std::chrono::milliseconds next();
    void reset() { m_attempt = 0; }
    int attempts() const { return m_attempt; }

    void setRandomGenerator(QRandomGenerator *rng) { m_rng = rng; }

private:
    std::chrono::milliseconds m_base;
    std::chrono::milliseconds m_cap;
    int m_attempt = 0;
    QRandomGenerator *m_rng = QRandomGenerator::global();
};

} // namespace medvandrer
