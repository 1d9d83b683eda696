// «Spør brukerne»: drafting and publishing by role, answering once and anonymously (offline too),
// small-number suppression, and a database and log that hold nothing tying an answer to the person who gave
// it.
#include "support/server_harness.h"

#include "calendar/calendar_time.h"

#include <libpq-fe.h>
#include <sqlite3.h>

#include <csignal>
#include <cstdlib>
#include <regex>
#include <set>
#include <thread>

namespace medvandrer::testing {
namespace {

std::string dateFromToday(int days)
{
    const int64_t today = systemMillis() / 86'400'000;
    int64_t y = 0;
    unsigned m = 0, d = 0;
    calendar::civilFromDays(today + days, y, m, d);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(y), m, d);
    return buf;
}

Json questions()
{
    return Json::array({
        Json{{"id", "trives"},
             {"type", "scale"},
             {"text", "Hvor godt trives du på kaféen?"},
             {"low", "Ikke i det hele tatt"},
             {"high", "Veldig godt"}},
        Json{{"id", "apent"},
             {"type", "one"},
             {"text", "Bør kaféen ha åpent på kvelden?"},
             {"options", {"Ja", "Nei", "Vet ikke"}}},
        Json{{"id", "tilbud"},
             {"type", "several"},
             {"text", "Hva vil du ha mer av?"},
             {"options", {"Kafé", "Tur", "Kurs"}}},
        Json{{"id", "ord"}, {"type", "text"}, {"text", "Noe annet du vil si?"}},
    });
}

Json definition(const std::string &id, int opensIn = -1, const std::string &activityId = {})
{
    Json d{{"id", id},
           {"title", "Hvordan har vi det på kaféen?"},
           {"intro", "Svarene er anonyme."},
           {"opensOn", dateFromToday(opensIn)},
           {"closesOn", dateFromToday(14)},
           {"audience", activityId.empty() ? "everyone" : "activity"},
           {"questions", questions()}};
    if (!activityId.empty())
        d["activityId"] = activityId;
    return d;
}

Json answerChange(const Device &who, const std::string &surveyId, const Json &answers)
{
    return RecordBuilder("survey_answer", who.accountId)
        .set("surveyId", surveyId)
        .set("answers", answers.dump())
        .change();
}

class SurveyTest : public ServerTest
{
  protected:
    void SetUp() override
    {
        // Published at once unless a test sets the real batch of 5 itself.
        ::setenv("MEDVANDRER_SURVEY_BATCH", batch(), 1);
        startServer({"--log-level", "debug"});
    }
    virtual const char *batch() const { return "1"; }

    static Json save(Device &d, const Json &def, int64_t revision)
    {
        return d.ws->request(Json{{"type", "survey_save"}, {"survey", def}, {"revision", revision}});
    }
    static Json publish(Device &d, const std::string &id, int64_t revision)
    {
        return d.ws->request(Json{{"type", "survey_publish"}, {"id", id}, {"revision", revision}});
    }
    static Json results(Device &d, const std::string &id, const Json &filter = nullptr)
    {
        return d.ws->request(Json{{"type", "survey_results"}, {"id", id}, {"filter", filter}});
    }
    static Json listed(Device &d, const std::string &id)
    {
        Json list = d.ws->request(Json{{"type", "survey_list"}});
        EXPECT_EQ(list["type"], "surveys") << list.dump();
        for (const auto &s : list["surveys"])
            if (s["survey"]["id"] == id)
                return s;
        return nullptr;
    }
    // A survey for everyone, drafted by the koordinator and published.
    std::string openSurvey(Device &lise, const std::string &activityId = {})
    {
        const std::string id = newUuid();
        Json saved = save(lise, definition(id, -1, activityId), 0);
        EXPECT_EQ(saved["type"], "survey_saved") << saved.dump();
        Json pub = publish(lise, id, saved.value("revision", 0));
        EXPECT_EQ(pub["type"], "survey_saved") << pub.dump();
        return id;
    }
    std::string makeWriter(Device &lise, const Device &who)
    {
        Json r = lise.ws->request(
            Json{{"type", "set_survey_writer"}, {"accountId", who.accountId}, {"writer", true}});
        EXPECT_EQ(r["type"], "ok") << r.dump();
        return r.dump();
    }
};

class SurveyBatchTest : public SurveyTest
{
  protected:
    const char *batch() const override { return "5"; }
};

TEST_F(SurveyTest, ABrukerrepresentantDraftsAKoordinatorPublishes)
{
    Device lise = koordinator();
    Device rep = registerAs("bruker", "representant");
    Device kari = registerAs("bruker", "kari");
    const std::string id = newUuid();

    // Not yet marked: a bruker may not draft.
    EXPECT_EQ(save(rep, definition(id), 0)["code"], "forbidden");
    makeWriter(lise, rep);
    Json writers = lise.ws->request(Json{{"type", "list_survey_writers"}});
    ASSERT_EQ(writers["type"], "survey_writers") << writers.dump();
    int marked = 0;
    for (const auto &a : writers["accounts"])
        marked += a["writer"].get<bool>() ? 1 : 0;
    EXPECT_EQ(marked, 1);

    Json saved = save(rep, definition(id), 0);
    ASSERT_EQ(saved["type"], "survey_saved") << saved.dump();
    EXPECT_EQ(saved["revision"], 1);
    // The koordinator sees the draft and edits it; the representative's stale save is refused, not lost
    // silently.
    Json draft = listed(lise, id);
    ASSERT_FALSE(draft.is_null());
    EXPECT_EQ(draft["state"], "draft");
    Json edited = definition(id);
    edited["title"] = "Kaféen – hva synes du?";
    Json second = save(lise, edited, 1);
    ASSERT_EQ(second["revision"], 2) << second.dump();
    EXPECT_EQ(save(rep, definition(id), 1)["code"], "survey_conflict");
    EXPECT_EQ(listed(rep, id)["survey"]["title"], "Kaféen – hva synes du?");
    // Invisible to other brukere while a draft, and not answerable.
    EXPECT_TRUE(listed(kari, id).is_null());
    EXPECT_EQ(statusOf(push(*kari.ws, {answerChange(kari, id, Json{{"trives", 5}})})), "rejected:forbidden");

    // Only a koordinator publishes.
    EXPECT_EQ(publish(rep, id, 2)["code"], "forbidden");
    Json pub = publish(lise, id, 2);
    ASSERT_EQ(pub["status"], "published") << pub.dump();
    EXPECT_EQ(save(rep, definition(id), 3)["code"], "survey_not_draft");
    Json seen = listed(kari, id);
    ASSERT_FALSE(seen.is_null());
    EXPECT_EQ(seen["state"], "open");
    EXPECT_EQ(seen["mayAnswer"], true);
    EXPECT_EQ(seen["mayEdit"], false);
}

TEST_F(SurveyTest, DefinitionsBreakingARuleAreRefusedWithSurveyInvalid)
{
    Device lise = koordinator();
    auto refused = [&](const std::function<void(Json &)> &breakIt) {
        Json d = definition(newUuid());
        breakIt(d);
        return save(lise, d, 0).value("code", "");
    };
    EXPECT_EQ(refused([](Json &d) { d["questions"] = Json::array(); }), "survey_invalid");
    EXPECT_EQ(refused([](Json &d) {
                  for (int i = 0; i < 9; ++i)
                      d["questions"].push_back(
                          Json{{"id", "x" + std::to_string(i)}, {"type", "text"}, {"text", "?"}});
              }),
              "survey_invalid"); // 13 questions
    EXPECT_EQ(refused([](Json &d) { d["questions"][0].erase("low"); }), "survey_invalid");
    EXPECT_EQ(refused([](Json &d) { d["questions"][1]["options"] = {"Bare én"}; }), "survey_invalid");
    EXPECT_EQ(refused([](Json &d) { d["questions"][2]["id"] = "apent"; }), "survey_invalid");
    EXPECT_EQ(refused([](Json &d) { d["questions"][3]["type"] = "stjerner"; }), "survey_invalid");
    EXPECT_EQ(refused([](Json &d) { d["closesOn"] = "2020-01-01"; }), "survey_invalid");
    EXPECT_EQ(refused([](Json &d) { d["opensOn"] = "2025-02-30"; }), "survey_invalid");
    EXPECT_EQ(refused([](Json &d) {
                  d["audience"] = "activity";
                  d["activityId"] = newUuid();
              }),
              "survey_invalid");
    Json ok = save(lise, definition(newUuid()), 0);
    EXPECT_EQ(ok["type"], "survey_saved") << ok.dump();
}

TEST_F(SurveyTest, MalformedSurveyRequestsGetBadMessageAndTheConnectionStays)
{
    Device lise = koordinator();
    const std::vector<Json> bad{
        Json{{"type", "survey_save"}},
        Json{{"type", "survey_save"}, {"survey", "nei"}},
        Json{{"type", "survey_save"}, {"survey", definition(newUuid())}, {"revision", -1}},
        Json{{"type", "survey_save"}, {"survey", definition(newUuid())}, {"revision", "1"}},
        Json{{"type", "survey_publish"}, {"id", "ikke-en-uuid"}},
        Json{{"type", "survey_publish"}, {"id", newUuid()}, {"revision", 1.5}},
        Json{{"type", "survey_close"}},
        Json{{"type", "survey_results"}, {"id", 7}},
        Json{{"type", "survey_results"}, {"id", newUuid()}, {"filter", "apent"}},
        Json{{"type", "survey_results"},
             {"id", newUuid()},
             {"filter", {{"questionId", "apent"}, {"option", -1}}}},
        Json{{"type", "set_survey_writer"}, {"accountId", newUuid()}},
        Json{{"type", "set_survey_writer"}, {"accountId", "x"}, {"writer", true}},
    };
    for (const auto &request : bad) {
        Json r = lise.ws->request(request);
        EXPECT_EQ(r["type"], "error") << request.dump();
        EXPECT_EQ(r["code"], "bad_message") << request.dump() << " → " << r.dump();
    }
    EXPECT_EQ(lise.ws->request(Json{{"type", "survey_results"}, {"id", newUuid()}})["code"], "not_found");
    EXPECT_EQ(lise.ws->request(
                  Json{{"type", "set_survey_writer"}, {"accountId", newUuid()}, {"writer", true}})["code"],
              "not_found");
    // Before signing in, like every request.
    auto anonymous = connect();
    EXPECT_EQ(anonymous->request(Json{{"type", "survey_list"}})["code"], "not_authenticated");
    // A survey answer whose answers are no JSON, or name no survey.
    Device kari = registerAs("bruker", "kari");
    const std::string id = openSurvey(lise);
    Json notJson = RecordBuilder("survey_answer", kari.accountId)
                       .set("surveyId", id)
                       .set("answers", "{ikke json")
                       .change();
    EXPECT_EQ(statusOf(push(*kari.ws, {notJson})), "rejected:survey_answer_invalid");
    EXPECT_EQ(statusOf(push(*kari.ws, {answerChange(kari, newUuid(), Json::object())})),
              "rejected:forbidden");
    Json someoneElse =
        RecordBuilder("survey_answer", lise.accountId).set("surveyId", id).set("answers", "{}").change();
    EXPECT_EQ(statusOf(push(*kari.ws, {someoneElse})), "rejected:forbidden");
    EXPECT_EQ(statusOf(push(*kari.ws, {answerChange(kari, id, Json::object())})), "applied")
        << "every question skipped";
    EXPECT_EQ(lise.ws->request(Json{{"type", "survey_list"}})["type"], "surveys");
}

TEST_F(SurveyTest, SuppressionShowsNothingFromFourAnswersAndCountsFromFive)
{
    Device lise = koordinator();
    const std::string id = openSurvey(lise);
    std::vector<Device> people;
    for (int i = 0; i < 5; ++i)
        people.push_back(registerAs("bruker", "svarer" + std::to_string(i)));
    // Four say yes to evening opening; the fifth skips that question. Only two write a free text.
    for (int i = 0; i < 4; ++i) {
        Json a{{"trives", 6 + i}, {"apent", 0}, {"tilbud", {0, 2}}};
        if (i < 2)
            a["ord"] = "tekst " + std::to_string(i);
        ASSERT_EQ(statusOf(push(*people[i].ws, {answerChange(people[i], id, a)})), "applied");
    }
    Json four = results(lise, id);
    ASSERT_EQ(four["type"], "survey_results") << four.dump();
    EXPECT_TRUE(four["respondents"].is_null());
    for (const auto &q : four["questions"]) {
        EXPECT_EQ(q["suppressed"], true) << q.dump();
        EXPECT_FALSE(q.contains("spread") || q.contains("counts") || q.contains("texts")) << q.dump();
    }

    ASSERT_EQ(
        statusOf(push(*people[4].ws, {answerChange(people[4], id, Json{{"trives", 10}, {"tilbud", {1}}})})),
        "applied");
    Json five = results(lise, id);
    EXPECT_EQ(five["respondents"], 5) << five.dump();
    EXPECT_EQ(five["minCount"], 5);
    const Json &scale = five["questions"][0];
    EXPECT_EQ(scale["answered"], 5);
    EXPECT_EQ(scale["spread"], Json({0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1}));
    // Four answered the choice question: still suppressed, though five people answered the survey.
    EXPECT_EQ(five["questions"][1]["suppressed"], true);
    EXPECT_EQ(five["questions"][2]["counts"], Json({4, 1, 4}));
    // Two free texts: not shown.
    EXPECT_EQ(five["questions"][3]["suppressed"], true);
    // Per filter: those who chose "Kafé" are four, so nothing; those who chose "Kurs"… also four.
    Json filtered = results(lise, id, Json{{"questionId", "tilbud"}, {"option", 0}});
    EXPECT_TRUE(filtered["respondents"].is_null()) << filtered.dump();
    for (const auto &q : filtered["questions"])
        EXPECT_EQ(q["suppressed"], true);
    EXPECT_EQ(results(lise, id, Json{{"questionId", "trives"}, {"option", 0}})["code"], "bad_message");
}

TEST_F(SurveyTest, FreeTextsOnlyFromFiveShuffledAndNeverWithAFilter)
{
    Device lise = koordinator();
    const std::string id = openSurvey(lise);
    std::set<std::string> written;
    for (int i = 0; i < 6; ++i) {
        Device p = registerAs("bruker", "skriver" + std::to_string(i));
        const std::string text = "Ønsker meg mer turgåing " + std::to_string(i);
        written.insert(text);
        ASSERT_EQ(statusOf(push(*p.ws, {answerChange(p, id, Json{{"apent", i % 2}, {"ord", text}})})),
                  "applied");
    }
    Json r = results(lise, id);
    const Json &texts = r["questions"][3];
    ASSERT_EQ(texts["answered"], 6) << r.dump();
    std::set<std::string> shown(texts["texts"].begin(), texts["texts"].end());
    EXPECT_EQ(shown, written);
    // In random order: over a few reads, not always the order they were written in.
    std::set<std::string> orders;
    for (int i = 0; i < 8; ++i)
        orders.insert(results(lise, id)["questions"][3]["texts"].dump());
    EXPECT_GT(orders.size(), 1u);
    // A filter never shows texts (they would stand beside that person's other answers).
    Json filtered = results(lise, id, Json{{"questionId", "apent"}, {"option", 0}});
    EXPECT_TRUE(filtered["respondents"].is_null()) << "three chose yes: " << filtered.dump();
}

TEST_F(SurveyTest, OnePersonAnswersOnceAcrossTwoDevices)
{
    Device lise = koordinator();
    const std::string id = openSurvey(lise);
    Device phone = registerAs("bruker", "toenheter");
    Device tablet = login("toenheter");
    ASSERT_NE(phone.deviceId, tablet.deviceId);

    Json first = answerChange(phone, id, Json{{"trives", 8}});
    EXPECT_EQ(statusOf(push(*phone.ws, {first})), "applied");
    // The same change again (its reply was lost): duplicate. Another answer from the other device: refused.
    EXPECT_EQ(statusOf(push(*phone.ws, {first})), "duplicate");
    EXPECT_EQ(statusOf(push(*tablet.ws, {answerChange(tablet, id, Json{{"trives", 2}})})),
              "rejected:survey_already_answered");
    EXPECT_EQ(listed(tablet, id)["answered"], true);
    EXPECT_EQ(listed(tablet, id)["mayAnswer"], false);
    // Two answers in one push from one person: the second is refused too.
    Device other = registerAs("bruker", "dobbel");
    Json twice = push(*other.ws, {answerChange(other, id, Json{{"trives", 1}}),
                                  answerChange(other, id, Json{{"trives", 9}})});
    EXPECT_EQ(statusOf(twice, 0), "applied");
    EXPECT_EQ(statusOf(twice, 1), "rejected:survey_already_answered");
}

TEST_F(SurveyTest, AnAnswerMadeOfflineArrivesWithTheOutbox)
{
    Device lise = koordinator();
    const std::string id = openSurvey(lise);
    Device kari = registerAs("bruker", "kari");
    // Kari's phone has the survey (from an earlier survey_list) and goes offline.
    ASSERT_EQ(listed(kari, id)["mayAnswer"], true);
    const std::string token = kari.token;
    kari.ws->close();
    // Offline: a goal and the answer wait in the outbox, stamped now.
    auto g = goal(kari.accountId);
    Json outbox{g.change(),
                answerChange(kari, id, Json{{"trives", 3}, {"tilbud", Json::array({2})}, {"ord", "Fint"}})};
    // Back online on a new connection: resume, then the outbox in one push.
    auto ws = connect();
    Json resumed = ws->request(Json{{"type", "resume"}, {"token", token}});
    ASSERT_EQ(resumed["type"], "authenticated") << resumed.dump();
    Json r = push(*ws, outbox);
    EXPECT_EQ(statusOf(r, 0), "applied");
    EXPECT_EQ(statusOf(r, 1), "applied");
    EXPECT_FALSE(r["results"][1].contains("seq")) << "an answer is no record of Kari's";
    // The outbox sent again after a lost reply: both come back duplicate, the survey counts one answer.
    Json again = push(*ws, outbox);
    EXPECT_EQ(statusOf(again, 0), "duplicate");
    EXPECT_EQ(statusOf(again, 1), "duplicate");
    Json list = ws->request(Json{{"type", "survey_list"}});
    EXPECT_EQ(list["surveys"][0]["answered"], true);
    // Nothing of the answer is in Kari's pull.
    for (const auto &rec : pullAll(*ws).records)
        EXPECT_NE(rec["kind"], "survey_answer");
}

TEST_F(SurveyTest, AClosedSurveyRefusesAnswersAndAScheduledOneIsNotOpen)
{
    Device lise = koordinator();
    const std::string id = openSurvey(lise);
    Device kari = registerAs("bruker", "kari");
    Json late = answerChange(kari, id, Json{{"trives", 4}});
    Json closed = lise.ws->request(Json{{"type", "survey_close"}, {"id", id}});
    ASSERT_EQ(closed["type"], "ok") << closed.dump();
    EXPECT_EQ(listed(kari, id)["state"], "closed");
    EXPECT_EQ(statusOf(push(*kari.ws, {late})), "rejected:survey_closed");
    EXPECT_EQ(listed(kari, id)["answered"], false) << "a refused answer leaves no mark";
    EXPECT_EQ(kari.ws->request(Json{{"type", "survey_close"}, {"id", id}})["code"], "forbidden");

    const std::string later = newUuid();
    Json saved = save(lise, definition(later, 3), 0);
    ASSERT_EQ(publish(lise, later, saved["revision"])["status"], "published");
    EXPECT_EQ(listed(kari, later)["state"], "scheduled");
    EXPECT_EQ(statusOf(push(*kari.ws, {answerChange(kari, later, Json{{"trives", 4}})})),
              "rejected:survey_not_open");
    // Answers that break a question are refused whole, and leave no mark.
    const std::string open = openSurvey(lise);
    EXPECT_EQ(statusOf(push(*kari.ws, {answerChange(kari, open, Json{{"trives", 11}})})),
              "rejected:survey_answer_invalid");
    EXPECT_EQ(statusOf(push(*kari.ws, {answerChange(kari, open, Json{{"nope", 1}})})),
              "rejected:survey_answer_invalid");
    EXPECT_EQ(statusOf(push(*kari.ws, {answerChange(kari, open, Json{{"tilbud", {1, 1}}})})),
              "rejected:survey_answer_invalid");
    EXPECT_EQ(statusOf(push(*kari.ws, {answerChange(kari, open, Json{{"trives", 0}})})), "applied");
}

// Who may draft, publish, answer and read results (docs/protocol.md §7), for an activity's survey.
TEST_F(SurveyTest, ScopeMatrixOfSurveys)
{
    Device lise = koordinator();
    Device rep = registerAs("bruker", "representant");
    Device booked = registerAs("bruker", "booket");
    Device notBooked = registerAs("bruker", "ikkebooket");
    Device helper = registerAs("erfaringskonsulent", "helper");
    makeWriter(lise, rep);
    EXPECT_EQ(rep.ws->request(Json{
                  {"type", "set_survey_writer"}, {"accountId", booked.accountId}, {"writer", true}})["code"],
              "forbidden");
    EXPECT_EQ(lise.ws->request(Json{
                  {"type", "set_survey_writer"}, {"accountId", helper.accountId}, {"writer", true}})["code"],
              "not_found")
        << "only brukere are brukerrepresentanter";
    EXPECT_EQ(helper.ws->request(Json{{"type", "list_survey_writers"}})["code"], "forbidden");

    // An open activity with a seat for «booket».
    auto act = activity(lise.accountId, "Turgruppa");
    ASSERT_EQ(statusOf(push(*lise.ws, {act.change()})), "applied");
    auto b = RecordBuilder("booking", booked.accountId)
                 .set("activityId", act.id())
                 .set("sessionStart", "2030-03-05T11:00:00+01:00")
                 .set("status", "requested");
    Json booking = push(*booked.ws, {b.change()});
    ASSERT_EQ(statusOf(booking), "applied") << booking.dump();

    const std::string id = newUuid();
    const Json def = definition(id, -1, act.id());
    struct Row
    {
        const char *who;
        Device *device;
        bool drafts, publishes, seesDraft, answers, readsResults;
    };
    std::vector<Row> matrix{
        {"koordinator", &lise, true, true, true, false, true},
        {"brukerrepresentant", &rep, true, false, true, false, true},
        {"bruker booked on the activity", &booked, false, false, false, true, true},
        {"bruker not booked", &notBooked, false, false, false, false, false},
        {"erfaringskonsulent", &helper, false, false, false, false, true},
    };
    Json first = save(lise, def, 0);
    ASSERT_EQ(first["type"], "survey_saved") << first.dump();
    int64_t revision = first["revision"];
    for (auto &row : matrix) {
        SCOPED_TRACE(row.who);
        Json saved = save(*row.device, def, revision);
        EXPECT_EQ(saved["type"] == "survey_saved", row.drafts) << saved.dump();
        if (saved["type"] == "survey_saved")
            revision = saved["revision"];
        EXPECT_EQ(!listed(*row.device, id).is_null(), row.seesDraft);
        if (!row.publishes) {
            EXPECT_EQ(publish(*row.device, id, revision)["code"], "forbidden");
        }
    }
    ASSERT_EQ(publish(lise, id, revision)["status"], "published");
    for (auto &row : matrix) {
        SCOPED_TRACE(row.who);
        Json r = push(*row.device->ws, {answerChange(*row.device, id, Json{{"trives", 7}})});
        EXPECT_EQ(statusOf(r), row.answers ? "applied" : "rejected:forbidden");
        Json res = results(*row.device, id);
        EXPECT_EQ(res["type"] == "survey_results", row.readsResults) << res.dump();
        if (!row.readsResults) {
            EXPECT_EQ(res["code"], "not_found") << "the same answer as for no survey at all";
        }
        EXPECT_EQ(!listed(*row.device, id).is_null(), row.readsResults);
    }
}

// libpq rows of one query, as text.
std::vector<std::vector<std::string>> pgRows(const std::string &url, const std::string &sql)
{
    std::vector<std::vector<std::string>> out;
    PGconn *conn = PQconnectdb(url.c_str());
    EXPECT_EQ(PQstatus(conn), CONNECTION_OK) << PQerrorMessage(conn);
    PGresult *res = PQexec(conn, sql.c_str());
    EXPECT_EQ(PQresultStatus(res), PGRES_TUPLES_OK) << PQerrorMessage(conn);
    for (int r = 0; r < PQntuples(res); ++r) {
        std::vector<std::string> row;
        for (int c = 0; c < PQnfields(res); ++c)
            row.emplace_back(PQgetvalue(res, r, c));
        out.push_back(std::move(row));
    }
    PQclear(res);
    PQfinish(conn);
    return out;
}

// Any epoch time in milliseconds or seconds within [from, to] written as decimal digits.
bool holdsTimeBetween(const std::string &bytes, int64_t fromMs, int64_t toMs)
{
    static const std::regex digits("[0-9]{10,18}");
    for (auto it = std::sregex_iterator(bytes.begin(), bytes.end(), digits); it != std::sregex_iterator();
         ++it) {
        const std::string s = it->str();
        for (size_t len : {size_t(13), size_t(10)}) {
            for (size_t start = 0; start + len <= s.size(); ++start) {
                const int64_t v = std::stoll(s.substr(start, len));
                const int64_t ms = len == 10 ? v * 1000 : v;
                if (ms >= fromMs - (len == 10 ? 999 : 0) && ms <= toMs)
                    return true;
            }
        }
    }
    return false;
}

TEST_F(SurveyBatchTest, NothingStoredOrLoggedLinksAnAnswerToItsWriter)
{
    Device lise = koordinator();
    const std::string id = openSurvey(lise);
    struct Person
    {
        Device device;
        Json change;
        std::string text;
        int64_t from = 0, to = 0;
    };
    std::vector<Person> people;
    for (int i = 0; i < 5; ++i) {
        Person p{registerAs("bruker", "anonym" + std::to_string(i)), {}, {}};
        p.text = "hemmelig-svar-" + std::to_string(i) + "-kveldskafe";
        p.change = answerChange(p.device, id,
                                Json{{"trives", i}, {"apent", i % 3}, {"tilbud", {i % 3}}, {"ord", p.text}});
        people.push_back(std::move(p));
    }
    // PostgreSQL: rows inserted by one transaction share xmin. No answer row, waiting or published, shares
    // one with anything that names an account.
    auto checkXmins = [&] {
        if (!testOnPostgres())
            return;
        const std::string url = PgCluster::shared().url(databaseNameFor(dataDir()));
        std::set<std::string> answerXmins, accountXmins;
        for (const char *t : {"box.survey_inbox", "box.survey_responses", "box.survey_texts", "box.survey_answer_keys"})
            for (const auto &row : pgRows(url, std::string("SELECT xmin::text FROM ") + t))
                answerXmins.insert(row[0]);
        for (const char *t : {"survey_marks", "accounts", "devices", "records", "applied_changes",
                              "survey_writers", "survey_defs", "access_log", "bookings", "grants"})
            for (const auto &row : pgRows(url, std::string("SELECT xmin::text FROM ") + t))
                accountXmins.insert(row[0]);
        EXPECT_FALSE(answerXmins.empty());
        for (const auto &x : answerXmins)
            EXPECT_EQ(accountXmins.count(x), 0u)
                << "xmin " << x << " holds an answer and something naming an account";
    };
    for (size_t i = 0; i < people.size(); ++i) {
        Person &p = people[i];
        // With the person's own goal in the same push, as an outbox would send it.
        p.from = systemMillis();
        Json r = push(*p.device.ws, {goal(p.device.accountId).change(), p.change});
        p.to = systemMillis();
        ASSERT_EQ(statusOf(r, 1), "applied");
        if (i < 4) {
            // Waiting for a batch: in the inbox of the anonymous store only, no results yet.
            const auto stored = storedBytes();
            EXPECT_EQ(stored.at("main").find(p.text), std::string::npos);
            EXPECT_NE(stored.at("box").find(p.text), std::string::npos);
            EXPECT_TRUE(results(lise, id)["respondents"].is_null());
            checkXmins();
        }
    }
    Json r = results(lise, id);
    EXPECT_EQ(r["respondents"], 5) << r.dump();
    EXPECT_EQ(r["questions"][3]["texts"].size(), 5u);

    if (testOnPostgres()) {
        checkXmins();
        const std::string url = PgCluster::shared().url(databaseNameFor(dataDir()));
        // The five responses were published together; the marks were rewritten together after them.
        EXPECT_EQ(pgRows(url, "SELECT DISTINCT xmin::text FROM box.survey_responses").size(), 1u);
        EXPECT_EQ(pgRows(url, "SELECT DISTINCT xmin::text FROM survey_marks").size(), 1u);
        EXPECT_EQ(pgRows(url, "SELECT * FROM box.survey_inbox").size(), 0u);
    }

    server().stop(SIGTERM);
    const auto stored = storedBytes();
    std::string log = server().log();
    if (testOnPostgres())
        log += PgCluster::shared().log();
    const std::string &box = stored.at("box");
    const std::string &main = stored.at("main");
    for (const auto &p : people) {
        const std::string changeId = p.change["changeId"];
        const std::string recordId = p.change["record"]["id"];
        // The anonymous store holds nothing about any person, device, change or push time.
        for (const std::string &secret :
             {p.device.accountId, p.device.deviceId, p.device.token, p.device.username, changeId, recordId})
            EXPECT_EQ(box.find(secret), std::string::npos) << secret;
        EXPECT_FALSE(holdsTimeBetween(box, p.from, p.to)) << "push time of " << p.text;
        // The main database holds the "has answered" mark, never the answer, its change or its record id.
        EXPECT_EQ(main.find(p.text), std::string::npos);
        EXPECT_EQ(main.find(changeId), std::string::npos);
        EXPECT_EQ(main.find(recordId), std::string::npos);
        EXPECT_NE(main.find(p.device.accountId), std::string::npos);
        // The log (at debug level) mentions no answer, change or record.
        EXPECT_EQ(log.find(p.text), std::string::npos);
        EXPECT_EQ(log.find(changeId), std::string::npos);
        EXPECT_EQ(log.find(recordId), std::string::npos);
    }
    // A free text is stored apart from the person's other answers: no stored response carries one.
    for (const auto &p : people) {
        const size_t at = box.find(p.text);
        ASSERT_NE(at, std::string::npos);
        const std::string around = box.substr(at > 200 ? at - 200 : 0, 400);
        EXPECT_EQ(around.find("\"trives\""), std::string::npos) << around;
    }
}

TEST_F(SurveyBatchTest, FourAnswersWaitUnpublishedUntilTheSurveyCloses)
{
    Device lise = koordinator();
    const std::string id = openSurvey(lise);
    for (int i = 0; i < 4; ++i) {
        Device p = registerAs("bruker", "venter" + std::to_string(i));
        ASSERT_EQ(statusOf(push(*p.ws, {answerChange(p, id, Json{{"trives", 5}})})), "applied");
    }
    EXPECT_TRUE(results(lise, id)["respondents"].is_null());
    ASSERT_EQ(lise.ws->request(Json{{"type", "survey_close"}, {"id", id}})["type"], "ok");
    // Published at the close, and still shown only from five.
    Json r = results(lise, id);
    EXPECT_EQ(r["state"], "closed");
    EXPECT_TRUE(r["respondents"].is_null()) << r.dump();
}

// A statement that returns no rows (an UPDATE), on the test's own database: PostgreSQL or SQLite file `file`.
void execOn(const std::string &pgUrl, const std::string &file, const std::string &sql)
{
    if (!pgUrl.empty()) {
        PGconn *conn = PQconnectdb(pgUrl.c_str());
        PGresult *res = PQexec(conn, sql.c_str());
        EXPECT_EQ(PQresultStatus(res), PGRES_COMMAND_OK) << PQerrorMessage(conn);
        PQclear(res);
        PQfinish(conn);
        return;
    }
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(file.c_str(), &db), SQLITE_OK);
    char *error = nullptr;
    EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error), SQLITE_OK) << (error ? error : "");
    sqlite3_free(error);
    sqlite3_close(db);
}

int64_t countOn(const std::string &pgUrl, const std::string &file, const std::string &sql)
{
    if (!pgUrl.empty())
        return std::stoll(pgRows(pgUrl, sql).at(0).at(0));
    sqlite3 *db = nullptr;
    int64_t n = -1;
    if (sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
            n = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return n;
}

// The answer and its key as the app sends them (§4.15): a random key per answer, the same in every resend.
Json keyedAnswerChange(const Device &who, const std::string &surveyId, const Json &answers, const std::string &key)
{
    return RecordBuilder("survey_answer", who.accountId)
        .set("surveyId", surveyId)
        .set("answers", answers.dump())
        .set("answerKey", key)
        .change();
}

// A crash after the "has answered" mark committed and before the answers' own transaction: the device's
// resend (same change) stores the answers then, once; nothing typed is lost, nothing counted twice.
TEST_F(SurveyBatchTest, AnswersLostInACrashAfterTheMarkAreStoredOnceByTheResend)
{
    Device lise = koordinator();
    const std::string id = openSurvey(lise);
    for (int i = 0; i < 4; ++i) {
        Device p = registerAs("bruker", "tidlig" + std::to_string(i));
        ASSERT_EQ(statusOf(push(*p.ws, {answerChange(p, id, Json{{"trives", 6}, {"ord", "tekst " + std::to_string(i)}})})),
                  "applied");
    }
    Device kari = registerAs("bruker", "kari");
    const std::string key = newUuid();
    const Json answer = keyedAnswerChange(kari, id, Json{{"trives", 9}, {"ord", "kveldsapent-takk"}}, key);

    // The server dies between the two transactions (the hook raises SIGKILL there).
    ASSERT_TRUE(server().stop(SIGTERM));
    ::setenv("MEDVANDRER_TEST_KILL_BEFORE_SURVEY_ANSWERS", "1", 1);
    startServer({"--log-level", "debug"});
    ::unsetenv("MEDVANDRER_TEST_KILL_BEFORE_SURVEY_ANSWERS");
    {
        Device phone = login("kari");
        Json lost = push(*phone.ws, {answer});
        EXPECT_FALSE(lost.contains("results")) << "the reply came before the crash: " << lost.dump();
    }
    EXPECT_EQ(server().stop(SIGKILL, std::chrono::seconds(5)).value_or(0), 128 + SIGKILL);

    startServer({"--log-level", "debug"});
    Device phone = login("kari");
    Device koord = login("lise");
    // The mark was committed: the account counts as answered, but no answer is stored yet.
    EXPECT_EQ(listed(phone, id)["answered"], true);
    EXPECT_TRUE(results(koord, id)["respondents"].is_null());
    // The outbox sends the change again: seen as a resend, and its answers stored now (the fifth: published).
    EXPECT_EQ(statusOf(push(*phone.ws, {answer})), "duplicate");
    Json r = results(koord, id);
    EXPECT_EQ(r["respondents"], 5) << r.dump();
    EXPECT_EQ(r["questions"][0]["spread"][9], 1) << r.dump();
    // Sent yet again, and from the other device with the same change: still counted once.
    EXPECT_EQ(statusOf(push(*phone.ws, {answer})), "duplicate");
    Device tablet = login("kari");
    EXPECT_EQ(statusOf(push(*tablet.ws, {answer})), "duplicate");
    EXPECT_EQ(results(koord, id)["respondents"], 5);
    // Another answer of the same person stays refused.
    EXPECT_EQ(statusOf(push(*tablet.ws, {keyedAnswerChange(tablet, id, Json{{"trives", 1}}, newUuid())})),
              "rejected:survey_already_answered");
    EXPECT_EQ(results(koord, id)["respondents"], 5);
    // Nor is the marked change itself a way in: sent again under fresh keys it is no resend, and counts nothing
    // (five of them would fill a batch and show, if they were taken).
    for (int i = 0; i < 5; ++i) {
        Json rekeyed = keyedAnswerChange(tablet, id, Json{{"trives", 0}}, newUuid());
        rekeyed["changeId"] = answer["changeId"];
        EXPECT_EQ(statusOf(push(*tablet.ws, {rekeyed})), "rejected:survey_already_answered");
    }
    EXPECT_EQ(results(koord, id)["respondents"], 5);
    EXPECT_EQ(results(koord, id)["questions"][0]["spread"][0], 0);

    // Neither the key nor the change id is stored anywhere, and the mark keeps no hash of the key.
    server().stop(SIGTERM);
    const auto stored = storedBytes();
    for (const auto &part : {"main", "box"}) {
        EXPECT_EQ(stored.at(part).find(key), std::string::npos) << part;
        EXPECT_EQ(stored.at(part).find(answer["changeId"].get<std::string>()), std::string::npos) << part;
    }
}

// A survey closed by its date publishes what waits for a batch by itself (the storage worker's tick, also at
// start), without anyone asking for results; suppression still shows nothing of fewer than 5.
TEST_F(SurveyBatchTest, LeftoversOfASurveyClosedByItsDateArePublishedWithoutAResultsRequest)
{
    Device lise = koordinator();
    const std::string id = openSurvey(lise);
    for (int i = 0; i < 3; ++i) {
        Device p = registerAs("bruker", "sein" + std::to_string(i));
        ASSERT_EQ(statusOf(push(*p.ws, {answerChange(p, id, Json{{"trives", 4}})})), "applied");
    }
    const std::string pgUrl = testOnPostgres() ? PgCluster::shared().url(databaseNameFor(dataDir())) : "";
    const std::string mainFile = dataDir() + "/server.db";
    const std::string boxFile = dataDir() + "/suggestions.db";
    const std::string inbox = pgUrl.empty() ? "SELECT count(*) FROM survey_inbox" : "SELECT count(*) FROM box.survey_inbox";
    const std::string published =
        pgUrl.empty() ? "SELECT count(*) FROM survey_responses" : "SELECT count(*) FROM box.survey_responses";
    EXPECT_EQ(countOn(pgUrl, boxFile, inbox), 3);

    // Its dates pass while the server is down (a survey of last year, as the clock sees it now).
    ASSERT_TRUE(server().stop(SIGTERM));
    execOn(pgUrl, mainFile,
           pgUrl.empty()
               ? "UPDATE survey_defs SET definition = json_set(definition, '$.opensOn', '2025-01-01', "
                 "'$.closesOn', '2025-01-14')"
               : "UPDATE survey_defs SET definition = jsonb_set(jsonb_set(definition::jsonb, '{opensOn}', "
                 "'\"2025-01-01\"'), '{closesOn}', '\"2025-01-14\"')::text");
    startServer({"--log-level", "debug"});
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (countOn(pgUrl, boxFile, inbox) != 0 && std::chrono::steady_clock::now() < until)
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    EXPECT_EQ(countOn(pgUrl, boxFile, inbox), 0) << "the leftovers still wait";
    EXPECT_EQ(countOn(pgUrl, boxFile, published), 3);
    Device koord = login("lise");
    Json r = results(koord, id);
    EXPECT_EQ(r["state"], "closed");
    EXPECT_TRUE(r["respondents"].is_null()) << r.dump();
}

} // namespace
} // namespace medvandrer::testing
