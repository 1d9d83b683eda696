#include "demo/demo_seed.h"

#include "calendar/calendar_time.h"

#include <cstdio>
#include <ctime>

namespace medvandrer::server::demo {

namespace {

// "2025-03-04T11:00:00+01:00": Norwegian local time with the Europe/Oslo offset of that moment.
std::string localTime(int64_t mondayMs, int weekday, int hour, int minute)
{
    const int64_t local = mondayMs + int64_t(weekday) * 86400000 + (int64_t(hour) * 60 + minute) * 60000;
    int64_t offset = calendar::osloOffsetMs(local - 3600000);
    offset = calendar::osloOffsetMs(local - offset);
    const std::time_t secs = static_cast<std::time_t>(local / 1000);
    std::tm tm{};
    gmtime_r(&secs, &tm);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:00+%02d:00", tm.tm_year + 1900, tm.tm_mon + 1,
                  tm.tm_mday, tm.tm_hour, tm.tm_min, static_cast<int>(offset / 3600000));
    return buf;
}

int64_t mondayOfWeek(int64_t nowMs)
{
    const int64_t day = nowMs / 86400000;
    // 1970-01-01 was a Thursday: days since a Monday is (day + 3) % 7.
    return (day - (day + 3) % 7) * 86400000;
}

Json activity(int64_t monday, std::string title, std::string description, std::string organiser,
              std::string organiserKind, std::string address, int weekday, int startHour, int startMinute, int endHour,
              int endMinute, Json capacity, std::vector<std::string> tags, int bookingDeadlineHours = 0)
{
    Json a{{"title", std::move(title)},
           {"description", std::move(description)},
           {"organiser", std::move(organiser)},
           {"organiserKind", std::move(organiserKind)},
           {"address", std::move(address)},
           {"start", localTime(monday, weekday, startHour, startMinute)},
           {"end", localTime(monday, weekday, endHour, endMinute)},
           {"recurrenceWeeks", 11}, // twelve weekly sessions: the first and eleven more
           {"capacity", std::move(capacity)},
           {"tags", std::move(tags)},
           {"cancelled", false}};
    if (bookingDeadlineHours > 0)
        a["bookingDeadlineHours"] = bookingDeadlineHours;
    return a;
}

} // namespace

const std::vector<DemoAccount> &accounts()
{
    static const std::vector<DemoAccount> list{
        {"lise", "Lise Koordinator", "koordinator"},
        {"jonas", "Jonas Erfaringskonsulent", "erfaringskonsulent"},
        {"kari", "Kari", "bruker"},
        {"per", "Per", "bruker"},
        {"sara", "Sara", "bruker"},
        {"mona", "Mona", "bruker"},
    };
    return list;
}

Json activities(int64_t nowMs)
{
    const int64_t m = mondayOfWeek(nowMs);
    const Json dropIn = nullptr;
    Json list = Json::array();
    list.push_back(activity(m, "Kafe X – åpen kafé",
                            "Lavterskel kafé drevet av og for folk med erfaring fra psykiske helseutfordringer. "
                            "Kaffe, vafler og noen å prate med. Ingen påmelding, bare kom innom.",
                            "Mental Helse", "brukerorganisasjon", "Storgata 60, 9008 Tromsø", 1, 11, 0, 14, 0, dropIn,
                            {"kafé", "lavterskel", "rusfritt"}));
    list.push_back(activity(m, "Brukerbasen – møteplass og kafé",
                            "Treffsted for brukere av rus- og psykisk helsetjenester. Her kan du få hjelp med "
                            "skjema, låne PC eller bare ta en kopp kaffe.",
                            "A-Larm", "brukerorganisasjon", "Grønnegata 47, 9008 Tromsø", 3, 12, 0, 15, 0, dropIn,
                            {"kafé", "lavterskel"}));
    list.push_back(activity(m, "Kafe 103 – fredagskafé",
                            "Rusfri kafé med felles lunsj. Drevet av brukere, for brukere.", "RIO",
                            "brukerorganisasjon", "Skippergata 103, 9008 Tromsø", 4, 10, 0, 13, 0, dropIn,
                            {"kafé", "rusfritt", "lavterskel"}));
    list.push_back(activity(m, "Kurs i mestring av depresjon",
                            "Kurs over åtte kvelder om å forstå og mestre nedstemthet, med hjemmeoppgaver og "
                            "samtale i gruppe. Gratis, uten henvisning.",
                            "Frisklivssentralen", "kommune", "Fr. Langes gate 8, 9008 Tromsø", 2, 17, 0, 19, 30, 12,
                            {"kurs"}, 48));
    list.push_back(activity(m, "Kurs i mestring av belastning",
                            "For deg som kjenner på stress og slitenhet i hverdagen. Seks samlinger med praktiske "
                            "verktøy og erfaringsdeling.",
                            "Frisklivssentralen", "kommune", "Fr. Langes gate 8, 9008 Tromsø", 0, 17, 0, 19, 0, 12,
                            {"kurs"}, 48));
    list.push_back(activity(m, "Trening for alle",
                            "Rolig styrke- og bevegelsestrening i gruppe, tilpasset alle. Ta med joggesko.",
                            "Frisklivssentralen", "kommune", "Stakkevollvegen 1, 9010 Tromsø", 4, 13, 0, 14, 0, 20,
                            {"trening", "lavterskel"}, 2));
    list.push_back(activity(m, "Felles middag på Huset",
                            "Huset er et rusfritt aktivitetshus med gruppeaktiviteter og et sosialt treffsted. "
                            "Vi lager middag sammen og spiser i fellesskap.",
                            "Huset aktivitetshus", "kommune", "Sjøgata 14, 9008 Tromsø", 3, 16, 0, 18, 0, 25,
                            {"rusfritt", "lavterskel"}, 24));
    list.push_back(activity(m, "Turgruppe fra Øran aktivitetshus",
                            "Korte turer i nærområdet i rolig tempo. Vi møtes utenfor aktivitetshuset.",
                            "Øran aktivitetshus", "kommune", "Øranveien 9, 6412 Molde", 2, 10, 0, 12, 0, 15,
                            {"rusfritt", "lavterskel", "tur"}, 12));
    list.push_back(activity(m, "Arbeidsdag på Fontenehuset",
                            "Klubbhus der medlemmer og ansatte driver huset sammen: kjøkken, kontor og "
                            "arbeidsrettede oppgaver. Kom innom for en omvisning.",
                            "Fontenehuset", "frivillig", "Kirkegata 2, 9008 Tromsø", 1, 9, 0, 15, 0, dropIn,
                            {"lavterskel", "arbeid"}));
    list.push_back(activity(m, "Pårørendetreff",
                            "Samtalegruppe for pårørende til personer med rusproblemer. Taushetsplikt gjelder.",
                            "LPP", "brukerorganisasjon", "Strandgata 33, 9008 Tromsø", 0, 18, 0, 20, 0, 10,
                            {"pårørende", "samtalegruppe"}, 24));
    list.push_back(activity(m, "Søndagskafé",
                            "Varm mat, kaffe og godt selskap hver søndag. Alle er velkomne.", "Kirkens Bymisjon",
                            "frivillig", "Sjøgata 39, 9008 Tromsø", 6, 12, 0, 15, 0, dropIn,
                            {"kafé", "lavterskel", "rusfritt"}));
    return list;
}

} // namespace medvandrer::server::demo
