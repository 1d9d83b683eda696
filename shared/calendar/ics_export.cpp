#include "calendar/ics_export.h"

#include "calendar/calendar_time.h"
#include "calendar/recurrence.h"

#include <algorithm>

namespace medvandrer::calendar {

std::string escapeIcsText(const std::string &text)
{
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\\' || c == ';' || c == ',') {
            out.push_back('\\');
            out.push_back(c);
        } else if (c == '\r') {
            if (i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            out += "\\n";
        } else if (c == '\n') {
            out += "\\n";
        } else if (static_cast<unsigned char>(c) < 0x20 && c != '\t') {
            continue; // other control characters are not allowed in TEXT
        } else {
            out.push_back(c);
        }
    }
    return out;
}

std::string foldIcsLine(const std::string &line)
{
    std::string out;
    size_t used = 0; // octets on the current physical line
    size_t limit = 75;
    for (size_t i = 0; i < line.size();) {
        // Never split a UTF-8 sequence: measure the whole character first.
        const auto lead = static_cast<unsigned char>(line[i]);
        size_t len = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 1;
        len = std::min(len, line.size() - i);
        if (used + len > limit) {
            out += "\r\n ";
            used = 1;
        }
        out.append(line, i, len);
        used += len;
        i += len;
    }
    out += "\r\n";
    return out;
}

namespace {

// DTEND rounded up to the second, so a session shorter than a second still ends after it starts (RFC 5545
// §3.6.1: DTEND later than DTSTART), which is written rounded down.
int64_t endSecondMs(int64_t endMs)
{
    return endMs % 1000 == 0 ? endMs : endMs - ((endMs % 1000) + 1000) % 1000 + 1000;
}

} // namespace

std::optional<IcsEvent> icsEventFor(const Record &booking, const Record *activity)
{
    auto start = parseDateTimeMs(booking.stringValue("sessionStart"));
    if (!start)
        return std::nullopt;
    IcsEvent e;
    e.uid = booking.id + "@medvandrer";
    e.startMs = *start;
    e.endMs = *start + 3'600'000;
    e.status = booking.stringValue("status");
    if (activity) {
        if (auto times = activityTimes(*activity))
            e.endMs = *start + times->durationMs;
        e.title = activity->stringValue("title");
        e.address = activity->stringValue("address");
        e.description = activity->stringValue("description");
        if (const Json *c = activity->value("cancelled"); c && c->is_boolean() && c->get<bool>())
            e.status = "cancelled";
    }
    // A four-digit year cannot write an end after 9999 (found by tests/fuzz/fuzz_ics).
    if (endSecondMs(e.endMs) > lastInstantMs)
        return std::nullopt;
    return e;
}

std::string exportIcs(const std::vector<IcsEvent> &events, const IcsOptions &options)
{
    std::string out;
    auto line = [&out](const std::string &text) { out += foldIcsLine(text); };
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//Medvandrer//Medvandrer//NO");
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    for (const auto &e : events) {
        line("BEGIN:VEVENT");
        line("UID:" + escapeIcsText(e.uid));
        line("DTSTAMP:" + formatIcsUtc(options.nowMs));
        line("DTSTART:" + formatIcsUtc(e.startMs));
        line("DTEND:" + formatIcsUtc(endSecondMs(e.endMs > e.startMs ? e.endMs : e.startMs + 3'600'000)));
        const bool detailed = options.fullDetails && !e.title.empty();
        line("SUMMARY:" + escapeIcsText(detailed ? e.title : options.neutralTitle));
        if (options.fullDetails && !e.address.empty())
            line("LOCATION:" + escapeIcsText(e.address));
        if (options.fullDetails && !e.description.empty())
            line("DESCRIPTION:" + escapeIcsText(e.description));
        if (e.status == "confirmed" || e.status == "attended")
            line("STATUS:CONFIRMED");
        else if (e.status == "cancelled" || e.status == "declined")
            line("STATUS:CANCELLED");
        else
            line("STATUS:TENTATIVE");
        // Private by default in shared calendars too.
        line(std::string("CLASS:") + (options.fullDetails ? "PUBLIC" : "PRIVATE"));
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    return out;
}

} // namespace medvandrer::calendar
