// Calendar core (shared/calendar): time parsing, Norwegian weekly recurrence, iCalendar text rules.
#include "calendar/calendar_time.h"
#include "calendar/ics_export.h"
#include "calendar/recurrence.h"
#include "records/record_json.h"

#include <gtest/gtest.h>

namespace medvandrer::calendar {
namespace {

TEST(CalendarTime, ParsesOffsetsAndFormatsUtc)
{
    EXPECT_EQ(parseDateTimeMs("1970-01-01T00:00:00Z"), 0);
    EXPECT_EQ(parseDateTimeMs("2025-03-04T18:00:00+01:00"), parseDateTimeMs("2025-03-04T17:00:00Z"));
    EXPECT_EQ(parseDateTimeMs("2025-03-04T17:00Z"), parseDateTimeMs("2025-03-04T17:00:00.000Z"));
    EXPECT_EQ(*parseDateTimeMs("2025-03-04T17:00:00.250Z") % 1000, 250);
    EXPECT_FALSE(parseDateTimeMs("2025-03-04"));
    EXPECT_FALSE(parseDateTimeMs("2025-13-04T17:00:00Z"));
    EXPECT_FALSE(parseDateTimeMs("2025-03-04T17:00:00+0100"));
    EXPECT_EQ(formatUtc(*parseDateTimeMs("2025-03-04T18:05:09+01:00")), "2025-03-04T17:05:09Z");
    EXPECT_EQ(formatIcsUtc(*parseDateTimeMs("2025-03-04T18:05:09+01:00")), "20250304T170509Z");
    EXPECT_EQ(formatUtc(*parseDateTimeMs("1969-12-31T23:59:59Z")), "1969-12-31T23:59:59Z");
}

// One parser for server and app (issue 18): only instants that exist, RFC 3339's lower-case t and z too.
TEST(CalendarTime, RefusesDatesAndTimesThatDoNotExist)
{
    for (const char *bad : {"2027-02-30T10:00:00Z", "2025-02-29T10:00:00Z", "2100-02-29T10:00:00Z", "2025-04-31T10:00:00Z",
                            "2025-01-00T10:00:00Z", "2025-01-01T24:00:00Z", "2025-01-01T25:00:00Z",
                            "2025-01-01T10:60:00Z", "2025-06-30T23:59:60Z", "2025-01-01T10:00:00+25:00",
                            "2025-01-01T10:00:00+24:00", "2025-01-01T10:00:00-01:60", "2025-01-01x10:00:00Z",
                            "2025-01-01T10:00:00", "2025-01-01T10:00:00ZZ"})
        EXPECT_FALSE(parseDateTimeMs(bad)) << bad;
    EXPECT_EQ(parseDateTimeMs("2024-02-29t10:00:00z"), parseDateTimeMs("2024-02-29T10:00:00Z"));
    EXPECT_EQ(parseDateTimeMs("2000-02-29T23:59:59+23:59"), parseDateTimeMs("2000-02-29T00:00:59Z"));
    EXPECT_TRUE(parseDateTimeMs("2025-01-01 10:00:00Z"));
    EXPECT_EQ(parseDateDays("1970-01-02"), 1);
    EXPECT_EQ(parseDateDays("2024-02-29"), daysFromCivil(2024, 2, 29));
    for (const char *bad : {"2027-02-30", "2025-02-29", "2024-02-30", "1900-02-29", "2025-13-01", "2025-1-01",
                            "2025-01-01T", "25-01-01"})
        EXPECT_FALSE(parseDateDays(bad)) << bad;
}

// Found by tests/fuzz/fuzz_time (issue 17): an offset carried 0000-01-01 into year −1 and 9999-12-31 into 10000,
// which formatUtc wrote as "-001-…" and "10000-…", neither of which parses again.
TEST(CalendarTime, EveryAcceptedInstantFormatsBackToItself)
{
    for (const char *bad : {"0000-01-01T00:00:00+01:00", "0000-06-15T12:00:00Z", "9999-12-31T23:30:00-01:00",
                            "0001-01-01T00:59:59+01:00"})
        EXPECT_FALSE(parseDateTimeMs(bad)) << bad;
    EXPECT_FALSE(parseDateDays("0000-01-01"));
    EXPECT_EQ(parseDateTimeMs("0001-01-01T00:00:00Z"), firstInstantMs);
    EXPECT_EQ(parseDateTimeMs("9999-12-31T23:59:59.999Z"), lastInstantMs);
    EXPECT_EQ(parseDateTimeMs("0001-01-01T01:00:00+01:00"), firstInstantMs);
    for (int64_t ms : {firstInstantMs, lastInstantMs, int64_t(0), int64_t(-1)})
        EXPECT_EQ(parseDateTimeMs(formatUtc(ms)), ms - ((ms % 1000) + 1000) % 1000) << ms;
}

TEST(CalendarTime, OsloSummerTime)
{
    // 2025: CEST from 30 March 01:00 UTC to 26 October 01:00 UTC.
    EXPECT_EQ(osloOffsetMs(*parseDateTimeMs("2025-03-30T00:59:59Z")), 3600000);
    EXPECT_EQ(osloOffsetMs(*parseDateTimeMs("2025-03-30T01:00:00Z")), 7200000);
    EXPECT_EQ(osloOffsetMs(*parseDateTimeMs("2025-10-26T00:59:59Z")), 7200000);
    EXPECT_EQ(osloOffsetMs(*parseDateTimeMs("2025-10-26T01:00:00Z")), 3600000);
}

TEST(Recurrence, WeeklySessionsKeepLocalTimeAcrossSummerTime)
{
    // 18:00 Oslo on Tuesday 18 March 2025, three further weeks: the third and fourth sessions are in summer time.
    ActivityTimes t{*parseDateTimeMs("2025-03-18T18:00:00+01:00"), 5400000, 3};
    auto all = sessionsBetween(t, 0, INT64_MAX);
    ASSERT_EQ(all.size(), 4u);
    EXPECT_EQ(formatUtc(all[0].startMs), "2025-03-18T17:00:00Z");
    EXPECT_EQ(formatUtc(all[1].startMs), "2025-03-25T17:00:00Z");
    EXPECT_EQ(formatUtc(all[2].startMs), "2025-04-01T16:00:00Z");
    EXPECT_EQ(formatUtc(all[3].startMs), "2025-04-08T16:00:00Z");
    EXPECT_EQ(all[3].endMs - all[3].startMs, 5400000);
    EXPECT_TRUE(sessionAt(t, all[2].startMs));
    EXPECT_EQ(sessionAt(t, all[2].startMs)->index, 2);
    EXPECT_FALSE(sessionAt(t, all[2].startMs + 3600000));
    EXPECT_FALSE(sessionAt(t, sessionStartMs(t, 4)));
    // A window picks the sessions that overlap it.
    auto some = sessionsBetween(t, all[1].startMs + 1, all[3].startMs);
    ASSERT_EQ(some.size(), 2u);
    EXPECT_EQ(some[0].index, 1);
    EXPECT_EQ(some[1].index, 2);
}

// Found by tests/fuzz/fuzz_recurrence (issue 17): 02:30 summer time on the night summer time ends is also 02:30
// winter time an hour later; the first session moved to the later one, and sessionAt(start) found nothing.
TEST(Recurrence, FirstSessionIsTheStartInTheDoubledHour)
{
    const int64_t start = *parseDateTimeMs("2025-10-26T02:30:00+02:00");
    ActivityTimes t{start, 3600000, 2};
    EXPECT_EQ(sessionStartMs(t, 0), start);
    ASSERT_TRUE(sessionAt(t, start));
    EXPECT_EQ(sessionAt(t, start)->index, 0);
    EXPECT_EQ(formatUtc(sessionStartMs(t, 1)), "2025-11-02T01:30:00Z") << "02:30 winter time a week later";
}

TEST(Recurrence, OneOffAndRecordFields)
{
    Record a;
    a.id = "a";
    a.kind = "activity";
    a.fields["start"] = FieldValue{"2025-06-03T10:00:00+02:00", {}};
    auto t = activityTimes(a);
    ASSERT_TRUE(t);
    EXPECT_EQ(t->recurrenceWeeks, 0);
    EXPECT_EQ(t->durationMs, 3600000); // no end: one hour
    EXPECT_EQ(sessionsBetween(*t, 0, INT64_MAX).size(), 1u);
    a.fields["end"] = FieldValue{"2025-06-03T12:00:00+02:00", {}};
    a.fields["recurrenceWeeks"] = FieldValue{2, {}};
    t = activityTimes(a);
    EXPECT_EQ(t->durationMs, 7200000);
    EXPECT_EQ(sessionsBetween(*t, 0, INT64_MAX).size(), 3u);
}

TEST(Ics, EscapingAndFolding)
{
    EXPECT_EQ(escapeIcsText("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    const std::string longLine = "SUMMARY:" + std::string(100, 'x');
    const std::string folded = foldIcsLine(longLine);
    EXPECT_EQ(folded.substr(0, 75), longLine.substr(0, 75));
    EXPECT_EQ(folded.substr(75, 3), "\r\n ");
    // Multi-byte characters are never split across a fold.
    std::string norwegian = "SUMMARY:";
    for (int i = 0; i < 60; ++i)
        norwegian += "æ";
    const std::string f = foldIcsLine(norwegian);
    size_t start = 0;
    while (start < f.size()) {
        const size_t end = f.find("\r\n", start);
        ASSERT_NE(end, std::string::npos);
        EXPECT_LE(end - start, 75u);
        const auto first = static_cast<unsigned char>(f[start == 0 ? 0 : start + 1]);
        EXPECT_NE(first & 0xC0, 0x80) << "a line starts inside a UTF-8 character";
        start = end + 2;
    }
}

TEST(Ics, NeutralByDefault)
{
    IcsEvent e{"b1@medvandrer", 0, 3600000, "confirmed", "Samtalegruppe for rusavhengige", "Storgata 1", "Om rus"};
    const std::string neutral = exportIcs({e}, IcsOptions{false, 0});
    EXPECT_NE(neutral.find("SUMMARY:Avtale\r\n"), std::string::npos);
    EXPECT_EQ(neutral.find("rus"), std::string::npos);
    EXPECT_EQ(neutral.find("Storgata"), std::string::npos);
    EXPECT_EQ(neutral.find("LOCATION"), std::string::npos);
    const std::string full = exportIcs({e}, IcsOptions{true, 0});
    EXPECT_NE(full.find("SUMMARY:Samtalegruppe for rusavhengige\r\n"), std::string::npos);
    EXPECT_NE(full.find("LOCATION:Storgata 1\r\n"), std::string::npos);
}

// Found by tests/fuzz/fuzz_ics (issue 17): a session shorter than a second got DTEND equal to DTSTART (RFC 5545
// wants it later), and one ending in year 10000 got a five-digit year.
TEST(Ics, EndIsAlwaysAfterStartAndWritable)
{
    const int64_t start = *parseDateTimeMs("2025-03-04T17:00:00.500Z");
    IcsEvent e{"b1@medvandrer", start, start + 300, "confirmed", {}, {}, {}};
    const std::string ics = exportIcs({e}, IcsOptions{false, 0});
    EXPECT_NE(ics.find("DTSTART:20250304T170000Z\r\n"), std::string::npos) << ics;
    EXPECT_NE(ics.find("DTEND:20250304T170001Z\r\n"), std::string::npos) << ics;

    Record booking;
    booking.id = "0d9a3c1e-6b2f-4a7d-9e8c-1f2a3b4c5d60";
    booking.kind = "booking";
    booking.fields["sessionStart"] = FieldValue{"9999-12-31T23:30:00Z", {}};
    EXPECT_FALSE(icsEventFor(booking, nullptr)) << "an hour from 23:30 on 9999-12-31 ends in year 10000";
    booking.fields["sessionStart"] = FieldValue{"9999-12-31T22:59:59Z", {}};
    ASSERT_TRUE(icsEventFor(booking, nullptr));
    EXPECT_NE(exportIcs({*icsEventFor(booking, nullptr)}, IcsOptions{}).find("DTEND:99991231T235959Z"), std::string::npos);
}

} // namespace
} // namespace medvandrer::calendar
