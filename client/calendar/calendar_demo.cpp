#include "calendar/calendar_demo.h"

#include "calendar/calendar_time.h"
#include "core/qt_records.h"
#include "core/uuid.h"
#include "records/schema.h"
#include "store/device_store.h"

#include <QDateTime>

namespace medvandrer {

namespace {
struct DemoActivity
{
    const char *title;
    const char *description;
    const char *organiser;
    const char *kind;
    const char *address;
    int dayOffset;
    int hour;
    int minutes;
    int recurrenceWeeks;
    int capacity; // 0 = open
    std::vector<std::string> tags;
};

std::string utc(const QDateTime &t)
{
    return calendar::formatUtc(t.toMSecsSinceEpoch());
}
} // namespace

int seedCalendarDemo(DeviceStore &store)
{
    if (!store.records(kinds::activity).empty())
        return 0;
    const DemoActivity list[] = {
        {"Kafé 103: frokost", "Gratis frokost og en prat. Ingen påmelding.", "Kirkens Bymisjon", "frivillig",
         "Storgata 103", 0, 9, 120, 12, 0, {"kafé", "lavterskel", "rusfritt"}},
        {"Kurs i mestring av depresjon", "Åtte kvelder i en liten gruppe.", "Frisklivssentralen", "kommune",
         "Helsehuset, 2. etasje", 1, 18, 120, 7, 12, {"kurs"}},
        {"Turgruppe i Bymarka", "Rolig tur, rundt en time. Gode sko.", "Mental Helse", "brukerorganisasjon",
         "Oppmøte ved Skistua", 2, 11, 90, 8, 8, {"lavterskel", "rusfritt"}},
        {"Fontenehuset: arbeidsdag", "Vær med på kjøkkenet eller i resepsjonen.", "Fontenehuset", "brukerorganisasjon",
         "Kongens gate 30", 3, 10, 240, 20, 0, {"lavterskel"}},
        {"Øran aktivitetshus: spillkveld", "Brettspill og kaffe. Rusfritt.", "Øran aktivitetshus", "kommune",
         "Øran 4", 4, 17, 150, 4, 6, {"rusfritt", "kafé"}},
    };
    const QDate today = QDate::currentDate();
    std::vector<LocalEdit> edits;
    for (const auto &a : list) {
        const QDateTime start(today.addDays(a.dayOffset), QTime(a.hour, 0));
        LocalEdit e{newUuid(), std::string(kinds::activity), {}, false};
        e.values = {{"title", a.title},
                    {"description", a.description},
                    {"organiser", a.organiser},
                    {"organiserKind", a.kind},
                    {"address", a.address},
                    {"start", utc(start)},
                    {"end", utc(start.addSecs(a.minutes * 60))},
                    {"recurrenceWeeks", a.recurrenceWeeks},
                    {"capacity", a.capacity > 0 ? Json(a.capacity) : Json(nullptr)},
                    {"bookingDeadlineHours", 2},
                    {"tags", a.tags}};
        if (a.capacity > 0)
            e.values["seatsTaken"] = Json{{utc(start), a.capacity - 2}};
        edits.push_back(std::move(e));
    }
    // Bookings of the three bookable activities, as made offline.
    for (int i : {1, 2, 4}) {
        const QDateTime start(today.addDays(list[i].dayOffset), QTime(list[i].hour, 0));
        edits.push_back(LocalEdit{newUuid(),
                                  std::string(kinds::booking),
                                  {{"activityId", edits[size_t(i)].id},
                                   {"sessionStart", utc(start)},
                                   {"status", "requested"},
                                   {"requestedAt", nowDateTime()}},
                                  false});
    }
    const size_t count = edits.size();
    store.apply(std::move(edits));
    return int(count);
}

int decideCalendarDemo(DeviceStore &store)
{
    std::vector<LocalEdit> edits;
    const char *states[] = {"confirmed", "waitlisted", "offered"};
    size_t i = 0;
    for (const Record *r : store.records(kinds::booking)) {
        if (r->stringValue("status") != "requested" || i >= 3)
            continue;
        LocalEdit e{r->id, std::string(kinds::booking), {{"status", states[i]}}, false};
        if (i == 1)
            e.values["position"] = 2;
        if (i == 2)
            e.values["offerExpires"] = utc(QDateTime::currentDateTimeUtc().addSecs(2 * 3600));
        edits.push_back(std::move(e));
        ++i;
    }
    const size_t count = edits.size();
    if (count > 0)
        store.apply(std::move(edits));
    return int(count);
}

} // namespace medvandrer
