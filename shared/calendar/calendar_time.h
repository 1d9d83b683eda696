#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace medvandrer::calendar {

// The instants every date-time must lie in, in UTC: 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z. Outside them
// formatUtc could not write a four-digit year, and calendar programs (Python's datetime among them) know no year 0.
inline constexpr int64_t firstInstantMs = -62'135'596'800'000;
inline constexpr int64_t lastInstantMs = 253'402'300'799'999;

// Milliseconds since the Unix epoch of an RFC 3339 date-time ("2025-03-04T18:00:00+01:00", "…Z"). The one parser
// of the server and the app: a day that does not exist in its month, hour 24 or more, second 60 (a leap second),
// offsets of ±24:00 or more and instants outside [firstInstantMs, lastInstantMs] (year 0000, or an offset that
// carries 9999-12-31 into year 10000) are refused; 'T' may also be 't' or a space, 'Z' may be 'z'.
std::optional<int64_t> parseDateTimeMs(std::string_view text);
// Days since 1970-01-01 of a calendar date "YYYY-MM-DD" that exists (no 2025-02-29), years 0001–9999.
std::optional<int64_t> parseDateDays(std::string_view text);
// "2025-03-04T17:00:00Z": the canonical UTC form the server writes (milliseconds dropped). Parses back to the same
// second for every instant in [firstInstantMs, lastInstantMs].
std::string formatUtc(int64_t epochMs);
// "20250304T170000Z": the iCalendar UTC DATE-TIME form.
std::string formatIcsUtc(int64_t epochMs);

// Days since 1970-01-01 of a proleptic Gregorian date, and back (Howard Hinnant's algorithms).
int64_t daysFromCivil(int64_t y, unsigned m, unsigned d);
void civilFromDays(int64_t days, int64_t &y, unsigned &m, unsigned &d);

// UTC offset of Norwegian local time (Europe/Oslo: CET, CEST from the last Sunday of March 01:00 UTC
// to the last Sunday of October 01:00 UTC) at an instant.
int64_t osloOffsetMs(int64_t epochMs);

} // namespace medvandrer::calendar
