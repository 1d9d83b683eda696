#include "surveys/survey_demo.h"

#include "core/locale_format.h"
#include "surveys/survey_manager.h"

namespace medvandrer {

namespace {
std::string day(int fromToday)
{
    return LocaleFormat::osloToday().addDays(fromToday).toString(Qt::ISODate).toStdString();
}

Json cafeQuestions()
{
    // Demo text stays Norwegian, as the team would write it, whatever the app's language.
    return Json::array({
        Json{{"id", "trives"}, {"type", "scale"}, {"text", "Hvor godt trives du på Kafe X?"},
             {"low", "Ikke i det hele tatt"}, {"high", "Veldig godt"}},
        Json{{"id", "kveld"}, {"type", "one"}, {"text", "Bør kafeen ha åpent én kveld i uka?"},
             {"options", {"Ja", "Nei", "Vet ikke"}}},
        Json{{"id", "mer"}, {"type", "several"}, {"text", "Hva vil du ha mer av?"},
             {"options", {"Turer", "Kurs", "Felles middag", "Noen å prate med"}}},
        Json{{"id", "ord"}, {"type", "text"}, {"text", "Er det noe annet du vil si til oss?"}},
    });
}
} // namespace

void seedSurveyDemo(SurveyManager &surveys, bool koordinator)
{
    const Json open{{"id", "5d1c6f1e-3b0a-4c3e-9a55-0c7e2f1a9b01"},
                    {"title", "Hvordan har vi det på Kafe X?"},
                    {"intro", "Fire korte spørsmål. Svarene er anonyme, og du kan hoppe over det du vil."},
                    {"opensOn", day(-3)}, {"closesOn", day(11)}, {"audience", "everyone"}, {"activityId", nullptr},
                    {"questions", cafeQuestions()}};
    const Json closed{{"id", "5d1c6f1e-3b0a-4c3e-9a55-0c7e2f1a9b02"},
                      {"title", "Sommerturen til Bygdøy"},
                      {"intro", "Takk for at du var med! Hva synes du om turen?"},
                      {"opensOn", day(-40)}, {"closesOn", day(-20)}, {"audience", "everyone"}, {"activityId", nullptr},
                      {"questions", Json::array({
                           Json{{"id", "bra"}, {"type", "scale"}, {"text", "Hvor fornøyd var du med turen?"},
                                {"low", "Ikke fornøyd"}, {"high", "Veldig fornøyd"}},
                           Json{{"id", "igjen"}, {"type", "one"}, {"text", "Vil du være med neste år?"},
                                {"options", {"Ja", "Kanskje", "Nei"}}},
                           Json{{"id", "hilsen"}, {"type", "text"}, {"text", "Noe du vil si om turen?"}}})}};
    const Json draft{{"id", "5d1c6f1e-3b0a-4c3e-9a55-0c7e2f1a9b03"},
                     {"title", "Kurs i mestring til våren"},
                     {"intro", "Vi planlegger vårens kurs sammen med dere."},
                     {"opensOn", day(7)}, {"closesOn", day(21)}, {"audience", "everyone"}, {"activityId", nullptr},
                     {"questions", Json::array({Json{{"id", "tema"}, {"type", "several"},
                                                     {"text", "Hvilke temaer vil du lære mer om?"},
                                                     {"options", {"Søvn", "Stress", "Økonomi", "Å komme i jobb"}}}})}};
    const Json listing{
        {"type", "surveys"}, {"writer", true}, {"koordinator", koordinator}, {"minCount", 5},
        {"surveys", Json::array({
             Json{{"survey", open}, {"status", "published"}, {"state", "open"}, {"revision", 2}, {"answered", false},
                  {"mayEdit", false}, {"mayPublish", false}, {"mayAnswer", !koordinator}, {"mayReadResults", true}},
             Json{{"survey", closed}, {"status", "published"}, {"state", "closed"}, {"revision", 3}, {"answered", true},
                  {"mayEdit", false}, {"mayPublish", false}, {"mayAnswer", false}, {"mayReadResults", true}},
             Json{{"survey", draft}, {"status", "draft"}, {"state", "draft"}, {"revision", 1}, {"answered", false},
                  {"mayEdit", true}, {"mayPublish", koordinator}, {"mayAnswer", false}, {"mayReadResults", false}}})}};
    std::map<std::string, Json> results;
    results[closed["id"]] = Json{
        {"type", "survey_results"}, {"id", closed["id"]}, {"state", "closed"}, {"minCount", 5}, {"respondents", 9},
        {"filter", nullptr},
        {"questions", Json::array({
             Json{{"id", "bra"}, {"type", "scale"}, {"answered", 9}, {"spread", {0, 0, 0, 1, 0, 1, 1, 2, 2, 1, 1}}},
             Json{{"id", "igjen"}, {"type", "one"}, {"answered", 9}, {"counts", {6, 2, 1}}},
             Json{{"id", "hilsen"}, {"type", "text"}, {"answered", 5},
                  {"texts", {"Fin dag, god mat.", "Mer tid på stranda neste gang.", "Bussen var full, ellers bra.",
                             "Takk for at jeg fikk være med!", "Hyggelig å bli kjent med nye folk."}}}})}};
    results[open["id"]] = Json{{"type", "survey_results"}, {"id", open["id"]}, {"state", "open"}, {"minCount", 5},
                               {"respondents", nullptr}, {"filter", nullptr},
                               {"questions", Json::array({Json{{"id", "trives"}, {"suppressed", true}, {"answered", nullptr}},
                                                          Json{{"id", "kveld"}, {"suppressed", true}, {"answered", nullptr}},
                                                          Json{{"id", "mer"}, {"suppressed", true}, {"answered", nullptr}},
                                                          Json{{"id", "ord"}, {"suppressed", true}, {"answered", nullptr}}})}};
    surveys.setDemo(listing, results);
}

} // namespace medvandrer
