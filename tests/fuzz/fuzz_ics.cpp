// The iCalendar export (shared/calendar/ics_export). Input: JSON text
//   {"full": bool, "now": "<date-time>", "events": [{"id", "sessionStart", "status", "activity": {fields…}}]}
// The output must pass a strict structural reading of RFC 5545 done here: CRLF lines of at most 75 octets that never
// split a UTF-8 character, unfolded content lines NAME:VALUE, balanced components, one of each required property,
// UTC times that are the event's, TEXT whose unescaping gives back what was written (the round trip), and nothing
// but "Avtale" and the time without fullDetails. With MEDVANDRER_ICS_OUT=DIR each output and what it must say are
// written there, so tests/fuzz/check_ics_corpus.py can read the corpus with a real parser (python3-icalendar).
#include "calendar/calendar_time.h"
#include "calendar/ics_export.h"
#include "calendar/recurrence.h"
#include "records/record.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <map>
#include <string>
#include <string_view>
#include <vector>

using namespace medvandrer;

namespace {

void require(bool ok)
{
    if (!ok)
        __builtin_trap();
}

bool validUtf8(std::string_view s)
{
    for (size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (len == 0 || i + len > s.size())
            return false;
        for (size_t k = 1; k < len; ++k) {
            if ((static_cast<unsigned char>(s[i + k]) >> 6) != 0x2)
                return false;
        }
        i += len;
    }
    return true;
}

// RFC 5545 §3.3.11: \\ \; \, \n \N; an unescaped ';' or ',' is not TEXT.
std::optional<std::string> unescapeText(std::string_view v)
{
    std::string out;
    for (size_t i = 0; i < v.size(); ++i) {
        if (v[i] == ';' || v[i] == ',')
            return std::nullopt;
        if (v[i] != '\\') {
            out.push_back(v[i]);
            continue;
        }
        if (++i == v.size())
            return std::nullopt;
        if (v[i] == 'n' || v[i] == 'N')
            out.push_back('\n');
        else if (v[i] == '\\' || v[i] == ';' || v[i] == ',')
            out.push_back(v[i]);
        else
            return std::nullopt;
    }
    return out;
}

// What a TEXT value may keep: CR LF and lone CR become LF, other control characters except tab are dropped.
std::string expectedText(const std::string &s)
{
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c == '\r') {
            if (i + 1 < s.size() && s[i + 1] == '\n')
                ++i;
            out.push_back('\n');
        } else if (c == '\n' || c == '\t' || c >= 0x20) {
            out.push_back(char(c));
        }
    }
    return out;
}

struct Expected
{
    std::string start, end, summary, location, description, status;
};

using Properties = std::multimap<std::string, std::string>;

// Splits the file into unfolded content lines and checks the physical layer on the way.
std::vector<std::string> contentLines(const std::string &ics)
{
    require(ics.size() >= 2 && ics.compare(ics.size() - 2, 2, "\r\n") == 0);
    std::vector<std::string> lines;
    size_t pos = 0;
    while (pos < ics.size()) {
        const size_t end = ics.find("\r\n", pos);
        require(end != std::string::npos);
        const std::string_view physical(ics.data() + pos, end - pos);
        require(physical.size() <= 75 && physical.find('\r') == std::string_view::npos &&
                physical.find('\n') == std::string_view::npos && validUtf8(physical));
        if (!physical.empty() && physical[0] == ' ') {
            require(!lines.empty() && physical.size() > 1);
            lines.back().append(physical.substr(1));
        } else {
            require(!physical.empty());
            lines.emplace_back(physical);
        }
        pos = end + 2;
    }
    return lines;
}

bool utcStamp(const std::string &v)
{
    if (v.size() != 16 || v[8] != 'T' || v[15] != 'Z')
        return false;
    for (size_t i = 0; i < 15; ++i) {
        if (i != 8 && (v[i] < '0' || v[i] > '9'))
            return false;
    }
    return true;
}

void checkEvent(const Properties &p, const Expected &want, bool full)
{
    for (const char *once : {"UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "STATUS", "CLASS"})
        require(p.count(once) == 1);
    require(p.count("LOCATION") <= 1 && p.count("DESCRIPTION") <= 1);
    const std::string &start = p.find("DTSTART")->second, &end = p.find("DTEND")->second;
    require(utcStamp(start) && utcStamp(end) && utcStamp(p.find("DTSTAMP")->second));
    require(start == want.start && end == want.end && end > start);
    const auto summary = unescapeText(p.find("SUMMARY")->second);
    require(summary && *summary == want.summary);
    require(p.find("STATUS")->second == want.status);
    require(p.find("CLASS")->second == (full ? "PUBLIC" : "PRIVATE"));
    if (!full)
        require(!p.count("LOCATION") && !p.count("DESCRIPTION"));
    if (auto it = p.find("LOCATION"); it != p.end())
        require(unescapeText(it->second) == want.location);
    else
        require(want.location.empty());
    if (auto it = p.find("DESCRIPTION"); it != p.end())
        require(unescapeText(it->second) == want.description);
    else
        require(want.description.empty());
    require(unescapeText(p.find("UID")->second).has_value());
}

void check(const std::string &ics, const std::vector<Expected> &want, bool full)
{
    const auto lines = contentLines(ics);
    std::vector<std::string> stack;
    Properties calendarProps, eventProps;
    size_t events = 0;
    for (const auto &line : lines) {
        const size_t colon = line.find(':');
        require(colon != std::string::npos && colon > 0);
        const std::string name = line.substr(0, colon), value = line.substr(colon + 1);
        for (char c : name)
            require((c >= 'A' && c <= 'Z') || c == '-');
        if (name == "BEGIN") {
            require(stack.empty() ? value == "VCALENDAR" : (stack.size() == 1 && value == "VEVENT"));
            stack.push_back(value);
            eventProps.clear();
        } else if (name == "END") {
            require(!stack.empty() && stack.back() == value);
            if (value == "VEVENT") {
                require(events < want.size());
                checkEvent(eventProps, want[events], full);
                ++events;
            }
            stack.pop_back();
            require(!stack.empty() || &line == &lines.back());
        } else {
            require(!stack.empty());
            (stack.size() == 1 ? calendarProps : eventProps).emplace(name, value);
        }
    }
    require(stack.empty() && events == want.size());
    require(calendarProps.count("VERSION") == 1 && calendarProps.find("VERSION")->second == "2.0");
    require(calendarProps.count("PRODID") == 1);
}

Record recordFrom(const Json &j, const char *kind)
{
    Record r;
    r.kind = kind;
    if (!j.is_object())
        return r;
    if (auto id = j.find("id"); id != j.end() && id->is_string())
        r.id = id->get<std::string>();
    for (const auto &item : j.items()) {
        if (item.key() != "id" && item.key() != "activity")
            r.fields[item.key()] = FieldValue{item.value(), {}};
    }
    return r;
}

void dump(const std::string &ics, const std::vector<Expected> &want, const uint8_t *data, size_t size)
{
    const char *dir = std::getenv("MEDVANDRER_ICS_OUT");
    if (!dir)
        return;
    // Named by a hash of the input, so a corpus replay writes each case once.
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < size; ++i)
        h = (h ^ data[i]) * 1099511628211ull;
    const std::string base = std::string(dir) + "/" + std::to_string(h);
    std::ofstream(base + ".ics", std::ios::binary) << ics;
    Json events = Json::array();
    for (const auto &e : want) {
        events.push_back(Json{{"start", e.start}, {"end", e.end}, {"summary", e.summary}, {"location", e.location},
                              {"description", e.description}, {"status", e.status}});
    }
    std::ofstream(base + ".json", std::ios::binary) << events.dump();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Json input = Json::parse(std::string_view(reinterpret_cast<const char *>(data), size), nullptr, false);
    if (input.is_discarded() || !input.is_object())
        return 0;
    calendar::IcsOptions options;
    // (value("full", false) throws when "full" is not a boolean: found by the long run, input {"full":825}.)
    const auto full = input.find("full");
    options.fullDetails = full != input.end() && full->is_boolean() && full->get<bool>();
    if (auto now = input.find("now"); now != input.end() && now->is_string())
        options.nowMs = calendar::parseDateTimeMs(now->get<std::string>()).value_or(0);
    auto list = input.find("events");
    if (list == input.end() || !list->is_array() || list->size() > 8)
        return 0;

    std::vector<calendar::IcsEvent> events;
    std::vector<Expected> want;
    for (const auto &e : *list) {
        Record booking = recordFrom(e, "booking");
        std::optional<Record> activity;
        if (e.is_object() && e.contains("activity"))
            activity = recordFrom(e["activity"], "activity");
        auto event = calendar::icsEventFor(booking, activity ? &*activity : nullptr);
        if (!event) {
            // Refused only for an unreadable time, or a session that would end after 9999.
            const auto start = calendar::parseDateTimeMs(booking.stringValue("sessionStart"));
            const auto times = activity ? calendar::activityTimes(*activity) : std::nullopt;
            require(!start || *start + (times ? times->durationMs : 3'600'000) > calendar::lastInstantMs - 999);
            continue;
        }
        const bool cancelled = activity && activity->value("cancelled") && *activity->value("cancelled") == true;
        const std::string status = cancelled ? "cancelled" : booking.stringValue("status");
        Expected x;
        x.start = calendar::formatIcsUtc(event->startMs);
        // DTEND is the end rounded up to the second.
        const int64_t endMs = event->endMs > event->startMs ? event->endMs : event->startMs + 3'600'000;
        x.end = calendar::formatIcsUtc(endMs + (1000 - ((endMs % 1000) + 1000) % 1000) % 1000);
        const bool titled = options.fullDetails && activity && !activity->stringValue("title").empty();
        x.summary = expectedText(titled ? activity->stringValue("title") : options.neutralTitle);
        if (options.fullDetails && activity) {
            x.location = expectedText(activity->stringValue("address"));
            x.description = expectedText(activity->stringValue("description"));
        }
        x.status = status == "confirmed" || status == "attended"   ? "CONFIRMED"
                   : status == "cancelled" || status == "declined" ? "CANCELLED"
                                                                  : "TENTATIVE";
        events.push_back(std::move(*event));
        want.push_back(std::move(x));
    }
    const std::string ics = calendar::exportIcs(events, options);
    check(ics, want, options.fullDetails);
    dump(ics, want, data, size);
    return 0;
}
