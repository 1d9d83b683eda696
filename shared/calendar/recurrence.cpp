#include "calendar/recurrence.h"

#include "calendar/calendar_time.h"

#include <algorithm>

namespace medvandrer::calendar {

namespace {
constexpr int64_t msPerWeek = int64_t(7) * 86'400'000;
constexpr int64_t defaultDurationMs = 3'600'000;
} // namespace

std::optional<ActivityTimes> activityTimes(const Record &activity)
{
    const Json *start = activity.value("start");
    if (!start || !start->is_string())
        return std::nullopt;
    auto startMs = parseDateTimeMs(start->get_ref<const std::string &>());
    if (!startMs)
        return std::nullopt;
    ActivityTimes t;
    t.startMs = *startMs;
    t.durationMs = defaultDurationMs;
    if (const Json *end = activity.value("end"); end && end->is_string()) {
        if (auto endMs = parseDateTimeMs(end->get_ref<const std::string &>()); endMs && *endMs > *startMs)
            t.durationMs = *endMs - *startMs;
    }
    if (const Json *weeks = activity.value("recurrenceWeeks"); weeks && weeks->is_number_integer())
        t.recurrenceWeeks = static_cast<int>(std::max<int64_t>(0, std::min<int64_t>(weeks->get<int64_t>(), 1000)));
    return t;
}

int64_t sessionStartMs(const ActivityTimes &times, int index)
{
    // The first session is the start itself, also in the hour that happens twice when summer time ends, where the
    // mapping back below would pick the other 02:30 (found by tests/fuzz/fuzz_recurrence).
    if (index == 0)
        return times.startMs;
    // Same local wall-clock time k weeks later, then back to UTC with that day's offset.
    const int64_t local = times.startMs + osloOffsetMs(times.startMs) + index * msPerWeek;
    int64_t utc = local - osloOffsetMs(local - 3'600'000);
    if (local - osloOffsetMs(utc) != utc)
        utc = local - osloOffsetMs(utc);
    return utc;
}

std::vector<Session> sessionsBetween(const ActivityTimes &times, int64_t fromMs, int64_t toMs)
{
    std::vector<Session> out;
    for (int i = 0; i <= times.recurrenceWeeks; ++i) {
        const int64_t start = sessionStartMs(times, i);
        if (start >= toMs)
            break;
        if (start + times.durationMs > fromMs || (times.durationMs == 0 && start >= fromMs))
            out.push_back(Session{i, start, start + times.durationMs});
    }
    return out;
}

std::optional<Session> sessionAt(const ActivityTimes &times, int64_t startMs)
{
    // Weeks are never shorter than 6 days 23 h, so the index is within one of the plain division.
    const int64_t guess = (startMs - times.startMs) / msPerWeek;
    for (int64_t i = guess - 1; i <= guess + 1; ++i) {
        if (i < 0 || i > times.recurrenceWeeks)
            continue;
        const int64_t s = sessionStartMs(times, static_cast<int>(i));
        if (s == startMs)
            return Session{static_cast<int>(i), s, s + times.durationMs};
    }
    return std::nullopt;
}

} // namespace medvandrer::calendar
