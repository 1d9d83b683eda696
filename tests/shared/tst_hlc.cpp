#include "core/hlc.h"

#include <gtest/gtest.h>

using namespace medvandrer;

namespace {
constexpr int64_t hour = 3600 * 1000;
constexpr int64_t day = 24 * hour;
constexpr int64_t now = 1'790'000'000'000; // a fixed "true" time for the scenarios
} // namespace

TEST(Hlc, StringFormIsFixedWidthAndSortsLikeStamps)
{
    Hlc a{now, 7, "dev-a"};
    Hlc b{now, 12, "dev-a"};
    Hlc c{now + 1, 0, "dev-0"};
    EXPECT_EQ(a.toString(), "000001790000000000-00007-dev-a");
    EXPECT_LT(a.toString(), b.toString());
    EXPECT_LT(b.toString(), c.toString());
    EXPECT_LT(a, b);
    EXPECT_LT(b, c);
    auto parsed = Hlc::parse(a.toString());
    ASSERT_TRUE(parsed);
    EXPECT_EQ(*parsed, a);
}

TEST(Hlc, ParseRejectsMalformedText)
{
    for (const char *bad : {"", "123", "000001790000000000-00007", "000001790000000000x00007-dev",
                            "00000179000000000a-00007-dev", "000001790000000000-0000a-dev",
                            "000001790000000000-00007-has space", "-00001790000000000-00007-dev"})
        EXPECT_FALSE(Hlc::parse(bad)) << bad;
}

TEST(Hlc, TickIsStrictlyMonotonicEvenWhenTheWallClockStandsStillOrGoesBack)
{
    int64_t physical = now;
    HybridClock clock("dev-a", [&] { return physical; });
    Hlc previous = clock.tick();
    for (int i = 0; i < 1000; ++i) {
        if (i % 100 == 50)
            physical -= hour; // NTP step backwards
        Hlc next = clock.tick();
        EXPECT_LT(previous, next);
        previous = next;
    }
}

TEST(Hlc, CounterOverflowBorrowsTheNextMillisecond)
{
    HybridClock clock("dev-a", [] { return now; });
    Hlc last;
    for (int i = 0; i < 200000; ++i)
        last = clock.tick();
    EXPECT_GT(last.wallMs, now);
    EXPECT_LE(last.counter, 99999u);
}

TEST(Hlc, ObserveOrdersLaterLocalEventsAfterWhatWasSeen)
{
    HybridClock slow("slow", [] { return now - 2 * day; });
    Hlc remote{now, 5, "fast"};
    slow.observe(remote);
    Hlc mine = slow.tick();
    EXPECT_GT(mine, remote);
    EXPECT_EQ(mine.wallMs, now); // it adopts the seen time, not its own wrong clock
}

TEST(Hlc, RestoreNeverMovesTheClockBack)
{
    HybridClock clock("dev-a", [] { return now - day; });
    clock.restore(Hlc{now, 3, "dev-a"});
    EXPECT_GT(clock.tick(), (Hlc{now, 3, "dev-a"}));
    clock.restore(Hlc{now - 2 * day, 0, "dev-a"});
    EXPECT_GE(clock.tick().wallMs, now);
}

// The documented skew scenario: a phone two days behind and one an hour ahead edit the same field.
TEST(Hlc, SkewedDevicesStillOrderAsDocumented)
{
    HybridClock behind("behind", [] { return now - 2 * day; });
    HybridClock ahead("ahead", [] { return now + hour; });

    // Offline and unaware of each other: each stamp carries its own (wrong) wall time, so the device an hour
    // ahead wins a concurrent edit. That is last-writer-wins "as the devices saw it", documented in merge.h.
    Hlc a = ahead.tick();
    Hlc b = behind.tick();
    EXPECT_GT(a, b);

    // Once the slow device has seen the fast one's edit, its next edit is ordered after it: causality holds
    // however wrong its clock is, so a reply or correction is never lost to clock skew.
    behind.observe(a);
    Hlc reply = behind.tick();
    EXPECT_GT(reply, a);
    // The server's skew limit accepts a device an hour ahead.
    EXPECT_LT(a.wallMs - now, maxFutureSkewMs);
}
