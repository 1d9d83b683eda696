// Recurrence expansion (shared/calendar/recurrence): an activity's start, end and recurrenceWeeks from the input,
// then the laws of its sessions: in order, a week apart (± the hour summer time adds or takes), at the first
// session's Norwegian wall-clock time unless that hour does not exist that day, found again by sessionAt, and
// sessionsBetween equal to a brute-force filter of all sessions.
#include "calendar/calendar_time.h"
#include "calendar/recurrence.h"

#include "fuzz_input.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

using namespace medvandrer;
using medvandrer::fuzz::FuzzInput;

namespace {

constexpr int64_t hourMs = 3'600'000;
constexpr int64_t weekMs = 7 * 24 * hourMs;

void require(bool ok)
{
    if (!ok)
        __builtin_trap();
}

int64_t localTimeOfDay(int64_t utc)
{
    const int64_t local = utc + calendar::osloOffsetMs(utc);
    return ((local % 86'400'000) + 86'400'000) % 86'400'000;
}

std::string dateTime(FuzzInput &in)
{
    if (in.boolean())
        return in.text(40);
    // A well-formed one near the summer-time changes, where the interesting cases are.
    char buf[64];
    const int year = in.inRange(1, 9999);
    const int month = in.boolean() ? (in.boolean() ? 3 : 10) : in.inRange(1, 12);
    const int day = in.inRange(1, 31);
    const int hour = in.inRange(0, 23), minute = in.inRange(0, 59);
    const int offset = in.inRange(-14, 14);
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:00%c%02d:00", year, month, day, hour, minute,
                  offset < 0 ? '-' : '+', offset < 0 ? -offset : offset);
    return buf;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput in(data, size);
    Record activity;
    activity.id = "00000000-0000-4000-8000-000000000001";
    activity.kind = "activity";
    activity.fields["start"] = FieldValue{dateTime(in), {}};
    if (in.boolean())
        activity.fields["end"] = FieldValue{dateTime(in), {}};
    if (in.boolean())
        activity.fields["recurrenceWeeks"] = FieldValue{in.inRange(-5, 1200), {}};
    const int64_t probeFrom = int32_t(in.bits64()) * int64_t(60'000);
    const int64_t probeLength = in.inRange(0, 60 * weekMs);

    const auto times = calendar::activityTimes(activity);
    if (!times)
        return 0;
    require(times->durationMs > 0);
    require(times->recurrenceWeeks >= 0 && times->recurrenceWeeks <= 1000);
    require(calendar::sessionStartMs(*times, 0) == times->startMs);

    std::vector<calendar::Session> all;
    for (int i = 0; i <= times->recurrenceWeeks; ++i)
        all.push_back(calendar::Session{i, calendar::sessionStartMs(*times, i), 0});
    const int64_t firstClock = localTimeOfDay(times->startMs);
    for (size_t i = 0; i < all.size(); ++i) {
        all[i].endMs = all[i].startMs + times->durationMs;
        if (i > 0) {
            const int64_t gap = all[i].startMs - all[i - 1].startMs;
            require(gap >= weekMs - hourMs && gap <= weekMs + hourMs);
        }
        // Same wall-clock time; an hour off only where summer time makes that hour missing or double.
        const int64_t drift = std::abs(localTimeOfDay(all[i].startMs) - firstClock);
        require(drift == 0 || drift == hourMs || drift == 86'400'000 - hourMs);
        auto found = calendar::sessionAt(*times, all[i].startMs);
        require(found && found->index == int(i) && found->startMs == all[i].startMs);
        require(!calendar::sessionAt(*times, all[i].startMs + 1));
    }

    const int64_t from = times->startMs + probeFrom, to = from + probeLength;
    const auto between = calendar::sessionsBetween(*times, from, to);
    std::vector<calendar::Session> expected;
    for (const auto &s : all) {
        if (s.startMs < to && (s.endMs > from || (times->durationMs == 0 && s.startMs >= from)))
            expected.push_back(s);
    }
    require(between.size() == expected.size());
    for (size_t i = 0; i < between.size(); ++i)
        require(between[i].index == expected[i].index && between[i].startMs == expected[i].startMs &&
                between[i].endMs == expected[i].endMs);
    return 0;
}
