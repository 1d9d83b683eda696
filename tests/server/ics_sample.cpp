// Writes a sample .ics (neutral, or with --full the real titles) for the Python icalendar check.
#include "calendar/calendar_time.h"
#include "calendar/ics_export.h"
#include "records/record_json.h"

#include <cstring>
#include <iostream>

using namespace medvandrer;

int main(int argc, char **argv)
{
    const bool full = argc > 1 && std::strcmp(argv[1], "--full") == 0;
    Record activity;
    activity.id = "7b0e2c4e-1d1f-4c8e-9a6b-3f2d1c0b9a87";
    activity.kind = "activity";
    activity.fields["title"] = FieldValue{"Samtalegruppe; rus, angst og mestring – «åpen» for alle som vil komme innom", {}};
    activity.fields["address"] = FieldValue{"Storgata 1, 0155 Oslo", {}};
    activity.fields["description"] = FieldValue{"Linje én\nLinje to, med komma; og semikolon \\ slutt", {}};
    activity.fields["start"] = FieldValue{"2025-03-18T18:00:00+01:00", {}};
    activity.fields["end"] = FieldValue{"2025-03-18T19:30:00+01:00", {}};
    activity.fields["recurrenceWeeks"] = FieldValue{3, {}};

    std::vector<calendar::IcsEvent> events;
    const char *sessions[] = {"2025-03-18T18:00:00+01:00", "2025-04-01T18:00:00+02:00"};
    const char *statuses[] = {"confirmed", "waitlisted"};
    for (int i = 0; i < 2; ++i) {
        Record booking;
        booking.id = std::string("0d9a3c1e-6b2f-4a7d-9e8c-1f2a3b4c5d6") + char('0' + i);
        booking.kind = "booking";
        booking.fields["sessionStart"] = FieldValue{sessions[i], {}};
        booking.fields["status"] = FieldValue{statuses[i], {}};
        events.push_back(*calendar::icsEventFor(booking, &activity));
    }
    calendar::IcsOptions options;
    options.fullDetails = full;
    options.nowMs = *calendar::parseDateTimeMs("2025-03-01T12:00:00Z");
    std::cout << calendar::exportIcs(events, options);
    return 0;
}
