#pragma once

#include "records/record.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace medvandrer::calendar {

// One booked session as a calendar event.
struct IcsEvent
{
    std::string uid;      // stable per booking, so re-importing updates the entry
    int64_t startMs = 0;
    int64_t endMs = 0;
    std::string status;   // booking status: decides STATUS (CONFIRMED / TENTATIVE / CANCELLED)
    std::string title;    // only written with fullDetails
    std::string address;  // only written with fullDetails
    std::string description; // only written with fullDetails
};

struct IcsOptions
{
    // Off by default: the file then says only "Avtale" and the time, nothing about health or place.
    bool fullDetails = false;
    int64_t nowMs = 0; // DTSTAMP
    std::string neutralTitle = "Avtale";
};

// A booking and its activity as an event; nothing if the booking's session time is unreadable or the session would
// end after 9999-12-31T23:59:59Z.
std::optional<IcsEvent> icsEventFor(const Record &booking, const Record *activity);

// An RFC 5545 VCALENDAR with one VEVENT per event: CRLF line ends, lines folded at 75 octets, TEXT escaped,
// all times in UTC (DTSTART rounded down to the second, DTEND up).
std::string exportIcs(const std::vector<IcsEvent> &events, const IcsOptions &options);

// TEXT value escaping (backslash, semicolon, comma, newline) and line folding, exposed for tests.
std::string escapeIcsText(const std::string &text);
std::string foldIcsLine(const std::string &line);

} // namespace medvandrer::calendar
