#pragma once

#include "records/record.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace medvandrer::calendar {

// When an activity happens. `recurrenceWeeks` is the number of further weekly sessions after the first
// (0 = one-off, 3 = four sessions). Every session keeps the first one's Norwegian wall-clock time
// (Europe/Oslo), so an 18:00 group stays at 18:00 across summer-time changes. Each session lasts end − start
// (one hour when `end` is missing or not after `start`).
struct ActivityTimes
{
    int64_t startMs = 0;
    int64_t durationMs = 0;
    int recurrenceWeeks = 0;
};

struct Session
{
    int index = 0; // 0 = the first session
    int64_t startMs = 0;
    int64_t endMs = 0;
};

// Nothing if the record has no readable `start`.
std::optional<ActivityTimes> activityTimes(const Record &activity);

// The start of session `index` (0-based), without checking it exists.
int64_t sessionStartMs(const ActivityTimes &times, int index);
// Every session overlapping [fromMs, toMs), in order.
std::vector<Session> sessionsBetween(const ActivityTimes &times, int64_t fromMs, int64_t toMs);
// The session starting exactly at startMs, if there is one.
std::optional<Session> sessionAt(const ActivityTimes &times, int64_t startMs);

} // namespace medvandrer::calendar
