// Issue 18: what an independent client, written from docs/protocol.md alone, found where server and document
// disagreed. Each case here is the document's word, checked against the real server.
#include "support/server_harness.h"

#include <cctype>

using namespace medvandrer::testing;

namespace {

class ProtocolExactnessTest : public ServerTest
{
protected:
    Json raw(WsClient &ws, const std::string &frame)
    {
        EXPECT_TRUE(ws.sendText(frame));
        auto reply = ws.next(5s);
        return reply ? *reply : Json{{"type", "nothing"}};
    }

    Json registerWith(WsClient &ws, const std::string &username, const std::string &password)
    {
        return ws.request(Json{{"type", "register"},
                               {"invite", invite("bruker")},
                               {"username", username},
                               {"password", password},
                               {"displayName", username}});
    }
};

// §3/§4.2: a password the server will not take, too short or too long, is weak_password.
TEST_F(ProtocolExactnessTest, PasswordOutsideItsLengthsIsWeak)
{
    auto ws = connect();
    EXPECT_EQ(registerWith(*ws, "kari", std::string(1025, 'p'))["code"], "weak_password");
    EXPECT_EQ(registerWith(*ws, "kari", "kort")["code"], "weak_password");
    EXPECT_EQ(registerWith(*ws, "kari", std::string(1024, 'p'))["type"], "authenticated");
    // Too long for any account is simply the wrong password.
    auto other = connect();
    EXPECT_EQ(other->request(Json{{"type", "login"}, {"username", "kari"}, {"password", std::string(5000, 'p')}})["code"],
              "auth_failed");
}

// §3: an error carries the rid whenever it can be read, whatever else is wrong with the frame.
TEST_F(ProtocolExactnessTest, ErrorsCarryTheRidWheneverItCanBeRead)
{
    auto ws = connect();
    struct Case
    {
        std::string frame, code, rid;
    };
    const std::string deep = std::string(40, '[') + std::string(40, ']');
    const std::vector<Case> cases{
        {R"({"rid":"q1"})", "bad_message", "q1"},
        {R"({"type":5,"rid":"q2"})", "bad_message", "q2"},
        {R"({"type":"","rid":"m3"})", "bad_message", "m3"},
        {R"({"type":null,"rid":7})", "bad_message", "7"},
        {R"({"rid":"q4","type":"pull","deep":)" + deep + "}", "bad_message", "q4"},
        {R"({"type":"nope","rid":"q5"})", "unknown_type", "q5"},
        // Unreadable: not JSON, not an object, a rid that is not a short string or whole number.
        {R"({"rid":"q6",)", "bad_json", ""},
        {R"(["rid","q7"])", "bad_message", ""},
        {R"({"type":"pull","rid":{"a":1}})", "bad_message", ""},
        {R"({"type":"pull","rid":1.5})", "bad_message", ""},
    };
    for (const auto &c : cases) {
        Json reply = raw(*ws, c.frame);
        EXPECT_EQ(reply["type"], "error") << c.frame;
        EXPECT_EQ(reply["code"], c.code) << c.frame << " -> " << reply.dump();
        if (c.rid.empty()) {
            EXPECT_FALSE(reply.contains("rid")) << c.frame << " -> " << reply.dump();
        } else {
            EXPECT_EQ(reply.value("rid", ""), c.rid) << c.frame << " -> " << reply.dump();
        }
    }
    // A frame over 1 MiB is answered too_large with its rid.
    Json big = raw(*ws, Json{{"type", "pull"}, {"rid", "q8"}, {"pad", std::string(1024 * 1024 + 100, 'x')}}.dump());
    EXPECT_EQ(big["code"], "too_large");
    EXPECT_EQ(big.value("rid", ""), "q8");
}

// §5.3: dates and times that do not exist are invalid_record; lower-case t and z are RFC 3339.
TEST_F(ProtocolExactnessTest, ImpossibleDatesAndTimesAreRefused)
{
    Device kari = registerAs("bruker", "kari");
    for (const char *date : {"2027-02-30", "2025-02-29", "2024-02-30", "2025-04-31", "2025-00-10"}) {
        auto g = goal(kari.accountId).set("targetDate", date);
        EXPECT_EQ(statusOf(push(*kari.ws, {g.change()})), "rejected:invalid_record") << date;
    }
    for (const char *at : {"2025-01-01T25:00:00Z", "2025-01-01T10:00:00+25:00", "2025-01-01T10:00:00+24:00",
                           "2025-06-30T23:59:60Z", "2025-01-01T10:60:00Z", "2025-01-01T10:00:00+01:60"}) {
        auto g = goal(kari.accountId).set("createdAt", at);
        EXPECT_EQ(statusOf(push(*kari.ws, {g.change()})), "rejected:invalid_record") << at;
    }
    for (const char *at : {"2024-02-29t10:00:00z", "2024-02-29T10:00:00.5+01:00", "2024-02-29 10:00:00Z"}) {
        auto g = goal(kari.accountId).set("createdAt", at).set("targetDate", "2024-02-29");
        EXPECT_EQ(statusOf(push(*kari.ws, {g.change()})), "applied") << at;
    }
}

// §5.2/§6.1: one's own record re-sent with another kind or owner gets the exact code; a record outside one's
// scope gets forbidden, exactly as if it did not exist.
TEST_F(ProtocolExactnessTest, KindAndOwnerMismatchForOwnRecordsForbiddenForOthers)
{
    Device kari = registerAs("bruker", "kari");
    Device per = registerAs("bruker", "per");
    Device lise = koordinator();
    auto g = goal(kari.accountId);
    auto s = step(kari.accountId, g.id());
    ASSERT_EQ(statusOf(push(*kari.ws, {g.change(), s.change()})), "applied");
    auto a = activity(lise.accountId);
    ASSERT_EQ(statusOf(push(*lise.ws, {a.change()})), "applied");

    // Kari's own goal as a step, her own step as a goal, her goal with Per as owner.
    EXPECT_EQ(statusOf(push(*kari.ws, {RecordBuilder("step", kari.accountId, g.id()).set("goalId", g.id()).set("title", "x").change()})),
              "rejected:kind_mismatch");
    EXPECT_EQ(statusOf(push(*kari.ws, {RecordBuilder("goal", kari.accountId, s.id()).set("title", "x").change()})),
              "rejected:kind_mismatch");
    EXPECT_EQ(statusOf(push(*kari.ws, {RecordBuilder("goal", per.accountId, g.id()).set("title", "x").change()})),
              "rejected:owner_mismatch");
    // A koordinator's answer reusing an activity's id; an activity re-sent with another owner.
    EXPECT_EQ(statusOf(push(*lise.ws, {RecordBuilder("answer", lise.accountId, a.id()).set("text", "x").change()})),
              "rejected:kind_mismatch");
    EXPECT_EQ(statusOf(push(*lise.ws, {RecordBuilder("activity", kari.accountId, a.id()).set("title", "x").change()})),
              "rejected:owner_mismatch");

    // Per knows Kari's ids: whatever kind or owner he sends, the answer is forbidden, as for an unknown record
    // of someone else.
    const std::string unknownGoal = medvandrer::newUuid();
    const std::string unknownReply = statusOf(push(*per.ws, {RecordBuilder("goal", kari.accountId, unknownGoal).set("title", "x").change()}));
    EXPECT_EQ(unknownReply, "rejected:forbidden");
    EXPECT_EQ(statusOf(push(*per.ws, {RecordBuilder("step", per.accountId, g.id()).set("goalId", g.id()).set("title", "x").change()})),
              unknownReply);
    EXPECT_EQ(statusOf(push(*per.ws, {RecordBuilder("goal", per.accountId, g.id()).set("title", "x").change()})), unknownReply);
    EXPECT_EQ(statusOf(push(*per.ws, {RecordBuilder("goal", kari.accountId, g.id()).set("title", "x").change()})), unknownReply);
    // A bruker re-sending an activity's id as a goal: not hers to write.
    EXPECT_EQ(statusOf(push(*kari.ws, {RecordBuilder("goal", kari.accountId, a.id()).set("title", "x").change()})),
              "rejected:forbidden");
    // A koordinator sending a person's goal id as an activity learns nothing either.
    EXPECT_EQ(statusOf(push(*lise.ws, {RecordBuilder("activity", lise.accountId, g.id()).set("title", "x").set("start", "2030-01-01T10:00:00Z").change()})),
              "rejected:forbidden");
}

// §7: a consent shares the owner's own goal; a comment is written on a goal the writer may comment on.
TEST_F(ProtocolExactnessTest, ReferencesOutsideTheWritersScopeAreRefused)
{
    Device kari = registerAs("bruker", "kari");
    Device per = registerAs("bruker", "per");
    Device jonas = registerAs("erfaringskonsulent", "jonas");
    auto karisGoal = goal(kari.accountId);
    auto persGoal = goal(per.accountId);
    ASSERT_EQ(statusOf(push(*kari.ws, {karisGoal.change()})), "applied");
    ASSERT_EQ(statusOf(push(*per.ws, {persGoal.change()})), "applied");

    // A consent naming Per's goal, or a goal that does not exist: the same answer.
    const std::string outside = "rejected:reference_outside_scope";
    EXPECT_EQ(statusOf(push(*kari.ws, {consent(kari.accountId, jonas.accountId, persGoal.id(), "comment").change()})), outside);
    EXPECT_EQ(statusOf(push(*kari.ws, {consent(kari.accountId, jonas.accountId, medvandrer::newUuid(), "comment").change()})),
              outside);
    // Kari's own step id is not a goal either.
    auto s = step(kari.accountId, karisGoal.id());
    ASSERT_EQ(statusOf(push(*kari.ws, {s.change()})), "applied");
    EXPECT_EQ(statusOf(push(*kari.ws, {consent(kari.accountId, jonas.accountId, s.id(), "comment").change()})), outside);

    // Kari's comment (owner and author herself) on Per's goal.
    EXPECT_EQ(statusOf(push(*kari.ws, {comment(kari.accountId, persGoal.id(), kari.accountId).change()})), outside);
    EXPECT_EQ(statusOf(push(*kari.ws, {comment(kari.accountId, karisGoal.id(), kari.accountId).change()})), "applied");

    // Goal and consent in one push, in that order, are fine; then Jonas may comment on that goal only.
    auto newGoal = goal(kari.accountId, "Sove bedre");
    auto grant = consent(kari.accountId, jonas.accountId, newGoal.id(), "comment");
    Json both = push(*kari.ws, {newGoal.change(), grant.change()});
    ASSERT_EQ(statusOf(both, 0), "applied");
    ASSERT_EQ(statusOf(both, 1), "applied");
    EXPECT_EQ(statusOf(push(*jonas.ws, {comment(kari.accountId, newGoal.id(), jonas.accountId).change()})), "applied");
    EXPECT_EQ(statusOf(push(*jonas.ws, {comment(kari.accountId, karisGoal.id(), jonas.accountId).change()})),
              "rejected:forbidden");
    EXPECT_EQ(statusOf(push(*jonas.ws, {comment(kari.accountId, persGoal.id(), jonas.accountId).change()})),
              "rejected:forbidden");
}

// §5: ids are lower-case UUIDs, compared byte for byte; an upper-case spelling is invalid_record.
TEST_F(ProtocolExactnessTest, UpperCaseIdsAreInvalid)
{
    Device kari = registerAs("bruker", "kari");
    Device per = registerAs("bruker", "per");
    auto g = goal(per.accountId);
    ASSERT_EQ(statusOf(push(*per.ws, {g.change()})), "applied");
    std::string upper = g.id();
    for (auto &c : upper)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    EXPECT_EQ(statusOf(push(*kari.ws, {RecordBuilder("goal", kari.accountId, upper).set("title", "x").change()})),
              "rejected:invalid_record");
    auto own = goal(kari.accountId);
    ASSERT_EQ(statusOf(push(*kari.ws, {own.change()})), "applied");
    std::string ownUpper = own.id();
    for (auto &c : ownUpper)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    // In a reference too, and as a changeId.
    EXPECT_EQ(statusOf(push(*kari.ws, {step(kari.accountId, ownUpper).change()})), "rejected:invalid_record");
    std::string cid = medvandrer::newUuid();
    for (auto &c : cid)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    EXPECT_EQ(statusOf(push(*kari.ws, {goal(kari.accountId).change(cid)})), "rejected:invalid_record");
    EXPECT_EQ(pullAll(*kari.ws).records.size(), 1u);
}

// §4.3: a failed sign-in on a connection that was signed in leaves it signed out.
TEST_F(ProtocolExactnessTest, FailedLoginOnASignedInConnectionSignsItOut)
{
    Device kari = registerAs("bruker", "kari");
    ASSERT_EQ(kari.ws->request(Json{{"type", "list_devices"}})["type"], "devices");
    EXPECT_EQ(kari.ws->request(Json{{"type", "login"}, {"username", "kari"}, {"password", "feil passord"}})["code"],
              "auth_failed");
    EXPECT_EQ(kari.ws->request(Json{{"type", "list_devices"}})["code"], "not_authenticated");
    EXPECT_EQ(kari.ws->request(Json{{"type", "resume"}, {"token", kari.token}})["type"], "authenticated");
    EXPECT_EQ(kari.ws->request(Json{{"type", "resume"}, {"token", "nope"}})["code"], "token_invalid");
    EXPECT_EQ(kari.ws->request(Json{{"type", "pull"}})["code"], "not_authenticated");
}

// §1: HTTP paths and statuses as documented.
TEST_F(ProtocolExactnessTest, HttpPathsAndStatuses)
{
    EXPECT_EQ(httpRequest(port(), "GET", "/healthz").status, 200);
    EXPECT_EQ(httpRequest(port(), "POST", "/healthz").status, 405);
    EXPECT_EQ(httpRequest(port(), "GET", "/sync").status, 404);
    EXPECT_EQ(httpRequest(port(), "GET", "/sync/").status, 404);
    EXPECT_EQ(httpRequest(port(), "GET", "/nothing").status, 404);
    WsClient::Options query;
    query.path = "/sync?x=1";
    WsClient withQuery(port(), query);
    EXPECT_TRUE(withQuery.isOpen()) << withQuery.error();
    WsClient::Options slash;
    slash.path = "/sync/";
    WsClient withSlash(port(), slash);
    EXPECT_FALSE(withSlash.isOpen());
}

} // namespace
