#include "sync/backoff.h"

#include <algorithm>

namespace medvandrer {

std::chrono::milliseconds Backoff::next()
{
    const int shift = std::min(m_attempt, 16);
    const qint64 ceiling = std::min<qint64>(m_cap.count(), m_base.count() * (qint64(1) << shift));
    ++m_attempt;
    // Half fixed, half random: never an instant retry storm, still spread out.
    const qint64 half = ceiling / 2;
    return std::chrono::milliseconds(half + static_cast<qint64>(m_rng->bounded(static_cast<double>(half + 1))));
}

} // namespace medvandrer
