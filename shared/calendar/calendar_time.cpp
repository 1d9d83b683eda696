#include "calendar/calendar_time.h"

#include <cstdio>

namespace medvandrer::calendar {

namespace {

constexpr int64_t msPerDay = 86'400'000;

bool digits(std::string_view s, size_t pos, size_t n, int64_t &out)
{
    if (pos + n > s.size())
        return false;
    out = 0;
    for (size_t i = pos; i < pos + n; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        out = out * 10 + (s[i] - '0');
    }
    return true;
}

int64_t floorDiv(int64_t a, int64_t b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

// Epoch ms of 01:00 UTC on the last Sunday of a month: when EU summer time starts or ends.
int64_t lastSundayOneUtc(int64_t year, unsigned month)
{
    const int64_t lastDay = daysFromCivil(year, month + 1, 1) - 1;
    const int64_t weekday = ((lastDay + 4) % 7 + 7) % 7; // 1970-01-01 was a Thursday (4); Sunday = 0
    return (lastDay - weekday) * msPerDay + 3'600'000;
}

unsigned daysInMonth(int64_t y, unsigned m)
{
    static constexpr unsigned lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : lengths[m - 1];
}

} // namespace

int64_t daysFromCivil(int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const int64_t era = floorDiv(y, 400);
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

void civilFromDays(int64_t z, int64_t &y, unsigned &m, unsigned &d)
{
    z += 719468;
    const int64_t era = floorDiv(z, 146097);
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = static_cast<int64_t>(yoe) + era * 400 + (m <= 2);
}

std::optional<int64_t> parseDateDays(std::string_view s)
{
    int64_t y, mo, d;
    if (s.size() != 10 || !digits(s, 0, 4, y) || s[4] != '-' || !digits(s, 5, 2, mo) || s[7] != '-' ||
        !digits(s, 8, 2, d))
        return std::nullopt;
    if (y < 1 || mo < 1 || mo > 12 || d < 1 || d > static_cast<int64_t>(daysInMonth(y, static_cast<unsigned>(mo))))
        return std::nullopt;
    return daysFromCivil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d));
}

std::optional<int64_t> parseDateTimeMs(std::string_view s)
{
    int64_t h, mi, sec = 0, ms = 0;
    if (s.size() < 16)
        return std::nullopt;
    const auto days = parseDateDays(s.substr(0, 10));
    if (!days || (s[10] != 'T' && s[10] != 't' && s[10] != ' ') || !digits(s, 11, 2, h) || s[13] != ':' ||
        !digits(s, 14, 2, mi))
        return std::nullopt;
    size_t i = 16;
    if (i < s.size() && s[i] == ':') {
        if (!digits(s, i + 1, 2, sec))
            return std::nullopt;
        i += 3;
        if (i < s.size() && s[i] == '.') {
            ++i;
            int64_t scale = 100;
            const size_t start = i;
            while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
                ms += (s[i] - '0') * scale;
                scale /= 10;
                ++i;
            }
            if (i == start)
                return std::nullopt;
        }
    }
    // Leap seconds are refused: an instant in milliseconds has no room for 23:59:60.
    if (h > 23 || mi > 59 || sec > 59)
        return std::nullopt;
    int64_t offsetMin = 0;
    const std::string_view zone = s.substr(i);
    if (zone == "Z" || zone == "z") {
        offsetMin = 0;
    } else {
        int64_t oh, om;
        if (zone.size() != 6 || (zone[0] != '+' && zone[0] != '-') || !digits(zone, 1, 2, oh) || zone[3] != ':' ||
            !digits(zone, 4, 2, om) || oh > 23 || om > 59)
            return std::nullopt;
        offsetMin = (oh * 60 + om) * (zone[0] == '-' ? -1 : 1);
    }
    const int64_t instant = *days * msPerDay + ((h * 60 + mi - offsetMin) * 60 + sec) * 1000 + ms;
    if (instant < firstInstantMs || instant > lastInstantMs)
        return std::nullopt;
    return instant;
}

std::string formatUtc(int64_t epochMs)
{
    const int64_t days = floorDiv(epochMs, msPerDay);
    const int64_t rest = (epochMs - days * msPerDay) / 1000;
    int64_t y;
    unsigned m, d;
    civilFromDays(days, y, m, d);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02lld:%02lld:%02lldZ", static_cast<long long>(y), m, d,
                  static_cast<long long>(rest / 3600), static_cast<long long>(rest / 60 % 60),
                  static_cast<long long>(rest % 60));
    return buf;
}

std::string formatIcsUtc(int64_t epochMs)
{
    std::string out;
    for (char c : formatUtc(epochMs)) {
        if (c != '-' && c != ':')
            out.push_back(c);
    }
    return out;
}

int64_t osloOffsetMs(int64_t epochMs)
{
    int64_t y;
    unsigned m, d;
    civilFromDays(floorDiv(epochMs, msPerDay), y, m, d);
    const bool summer = epochMs >= lastSundayOneUtc(y, 3) && epochMs < lastSundayOneUtc(y, 10);
    return summer ? 7'200'000 : 3'600'000;
}

} // namespace medvandrer::calendar
