// RFC 3339 date-time and date parsing (shared/calendar/calendar_time): what is accepted exists, and what the server
// writes back (formatUtc) parses to the same instant. The oracle is std::chrono's calendar, not our own arithmetic.
#include "calendar/calendar_time.h"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

using namespace medvandrer;
namespace ch = std::chrono;

namespace {

void require(bool ok)
{
    if (!ok)
        __builtin_trap();
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int num(std::string_view s, size_t pos, size_t n)
{
    int v = 0;
    for (size_t i = pos; i < pos + n; ++i)
        v = v * 10 + (s[i] - '0');
    return v;
}

// Days since 1970-01-01 by std::chrono, or nothing if the date does not exist.
std::optional<int64_t> chronoDays(int y, int m, int d)
{
    const ch::year_month_day ymd{ch::year{y}, ch::month{unsigned(m)}, ch::day{unsigned(d)}};
    if (!ymd.ok())
        return std::nullopt;
    return ch::sys_days{ymd}.time_since_epoch().count();
}

void checkDate(std::string_view s)
{
    const auto days = calendar::parseDateDays(s);
    if (!days)
        return;
    require(s.size() == 10 && s[4] == '-' && s[7] == '-');
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        require(isDigit(s[i]));
    const auto expected = chronoDays(num(s, 0, 4), num(s, 5, 2), num(s, 8, 2));
    require(expected && *expected == *days);
    // Written back (the date part of formatUtc), it is the same text.
    require(calendar::formatUtc(*days * 86'400'000).substr(0, 10) == s);
}

void checkDateTime(std::string_view s)
{
    const auto ms = calendar::parseDateTimeMs(s);
    if (!ms)
        return;
    // Accepted ⇒ the shape of RFC 3339 §5.6 and an instant that exists, computed independently.
    require(s.size() >= 16);
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15})
        require(isDigit(s[i]));
    require(s[4] == '-' && s[7] == '-' && s[13] == ':');
    const auto days = chronoDays(num(s, 0, 4), num(s, 5, 2), num(s, 8, 2));
    require(days.has_value());
    require(s[10] == 'T' || s[10] == 't' || s[10] == ' ');
    const int h = num(s, 11, 2), mi = num(s, 14, 2);
    require(h < 24 && mi < 60);
    int sec = 0;
    size_t i = 16;
    int64_t fracMs = 0;
    if (i < s.size() && s[i] == ':') {
        require(i + 2 < s.size() && isDigit(s[i + 1]) && isDigit(s[i + 2]));
        sec = num(s, i + 1, 2);
        i += 3;
        if (i < s.size() && s[i] == '.') {
            ++i;
            int64_t scale = 100;
            while (i < s.size() && isDigit(s[i])) {
                fracMs += (s[i] - '0') * scale;
                scale /= 10;
                ++i;
            }
        }
    }
    require(sec < 60);
    const std::string_view zone = s.substr(i);
    int64_t offsetMin = 0;
    if (zone != "Z" && zone != "z") {
        require(zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && zone[3] == ':');
        for (size_t k : {1, 2, 4, 5})
            require(isDigit(zone[k]));
        offsetMin = (num(zone, 1, 2) * 60 + num(zone, 4, 2)) * (zone[0] == '-' ? -1 : 1);
        require(num(zone, 1, 2) < 24 && num(zone, 4, 2) < 60);
    }
    const auto expected = ch::sys_days{ch::days{*days}} + ch::hours{h} + ch::minutes{mi - offsetMin} +
                          ch::seconds{sec} + ch::milliseconds{fracMs};
    require(expected.time_since_epoch().count() == *ms);

    // Round trip: the canonical UTC form parses to the same instant (to the second, which is all it keeps) and is
    // its own canonical form.
    const std::string utc = calendar::formatUtc(*ms);
    require(utc.size() == 20 && utc.back() == 'Z');
    const auto again = calendar::parseDateTimeMs(utc);
    const int64_t seconds = *ms - ((*ms % 1000) + 1000) % 1000;
    require(again && *again == seconds);
    require(calendar::formatUtc(*again) == utc);
    const std::string ics = calendar::formatIcsUtc(*ms);
    require(ics.size() == 16 && ics[8] == 'T' && ics[15] == 'Z');
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    checkDate(text);
    checkDateTime(text);
    if (size >= 10)
        checkDate(text.substr(0, 10));
    // Any instant the parser can produce must survive formatting; try the input's first 8 bytes as one.
    if (size >= 8) {
        int64_t raw;
        std::memcpy(&raw, data, sizeof raw);
        const int64_t ms = raw % (calendar::lastInstantMs + 1);
        if (ms >= calendar::firstInstantMs) {
            const auto again = calendar::parseDateTimeMs(calendar::formatUtc(ms));
            require(again && *again == ms - ((ms % 1000) + 1000) % 1000);
        }
    }
    return 0;
}
