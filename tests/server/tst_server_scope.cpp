#include "support/server_harness.h"

#include "records/schema.h"

#include <set>

using namespace medvandrer::testing;

namespace {

// Roles: lise (koordinator), kari and per (brukere), jonas and anna (erfaringskonsulenter).
class ScopeTest : public ServerTest
{
protected:
    void SetUp() override
    {
        ServerTest::SetUp();
        lise = koordinator("lise");
        kari = registerAs("bruker", "kari");
        per = registerAs("bruker", "per");
        jonas = registerAs("erfaringskonsulent", "jonas");
        anna = registerAs("erfaringskonsulent", "anna");
    }

    // Fails if any frame this client ever received mentions one of the ids.
    static void expectNeverSeen(const WsClient &ws, const std::vector<std::string> &ids, const std::string &who)
    {
        for (const auto &frame : ws.rawLog()) {
            for (const auto &id : ids)
                EXPECT_EQ(frame.find(id), std::string::npos) << who << " received " << id << " in " << frame;
        }
    }

    // Fails if a record (not an eviction) with one of the ids is in any frame received from index `from` on.
    static void expectNoRecordsSince(const WsClient &ws, size_t from, const std::vector<std::string> &ids,
                                     const std::string &who)
    {
        for (size_t i = from; i < ws.rawLog().size(); ++i) {
            Json j = Json::parse(ws.rawLog()[i], nullptr, false);
            if (!j.contains("records"))
                continue;
            for (const auto &r : j["records"])
                for (const auto &id : ids)
                    EXPECT_NE(r["id"], id) << who << " received record " << id;
        }
    }

    static std::string expectStatus(Device &d, const RecordBuilder &b)
    {
        return statusOf(push(*d.ws, {b.change()}));
    }

    Device lise, kari, per, jonas, anna;
};

TEST_F(ScopeTest, ReadAndWriteMatrixWithoutAGrant)
{
    auto A = activity(lise.accountId, "Kafe X");
    ASSERT_EQ(expectStatus(lise, A), "applied");
    auto G = goal(kari.accountId);
    auto S = step(kari.accountId, G.id());
    auto C = checkin(kari.accountId, G.id());
    auto R1 = reflection(kari.accountId, G.id(), true);
    auto R2 = reflection(kari.accountId, G.id(), false);
    auto B = booking(kari.accountId, A.id());
    auto K = comment(kari.accountId, G.id(), kari.accountId);
    auto G2 = goal(kari.accountId, "Søke jobb");
    Json r = push(*kari.ws, {G.change(), S.change(), C.change(), R1.change(), R2.change(), B.change(), K.change(),
                             G2.change()});
    for (size_t i = 0; i < 8; ++i)
        EXPECT_EQ(statusOf(r, i), "applied") << i;
    auto Q = suggestion(per.accountId);
    ASSERT_EQ(expectStatus(per, Q), "applied");

    const std::vector<std::string> private_{G.id(), S.id(), C.id(), R1.id(), R2.id(), K.id(), G2.id()};

    // Reads.
    auto karis = pullAll(*kari.ws);
    for (const auto &id : private_)
        EXPECT_TRUE(karis.has(id)) << id;
    EXPECT_TRUE(karis.has(B.id()));
    EXPECT_TRUE(karis.has(A.id()));
    EXPECT_FALSE(karis.has(Q.id()));
    for (Device *d : {&per, &jonas, &anna})
        EXPECT_EQ(pullAll(*d->ws).ids(), std::vector<std::string>{A.id()}) << d->username;
    auto lises = pullAll(*lise.ws);
    EXPECT_EQ(lises.records.size(), 3u);
    EXPECT_TRUE(lises.has(A.id()) && lises.has(B.id()) && lises.has(Q.id()));

    // Writes outside scope are forbidden, whatever the kind.
    struct Row
    {
        Device *who;
        RecordBuilder change;
        std::string expected;
    };
    const std::string other = medvandrer::newUuid();
    std::vector<Row> rows{
        {&per, goal(kari.accountId), "rejected:forbidden"},
        {&per, step(kari.accountId, G.id()), "rejected:forbidden"},
        {&per, checkin(kari.accountId, G.id()), "rejected:forbidden"},
        {&per, reflection(kari.accountId, G.id(), true), "rejected:forbidden"},
        {&per, consent(kari.accountId, jonas.accountId, G.id()), "rejected:forbidden"},
        {&per, comment(kari.accountId, G.id(), per.accountId), "rejected:forbidden"},
        {&per, booking(kari.accountId, A.id()), "rejected:forbidden"},
        {&per, activity(per.accountId), "rejected:forbidden"},
        {&per, RecordBuilder("goal", per.accountId, G.id()).set("title", "kapret"), "rejected:forbidden"},
        {&per, RecordBuilder("goal", kari.accountId, G.id()).set("title", "kapret"), "rejected:forbidden"},
        {&per, RecordBuilder("goal", kari.accountId, G.id()).deleted(), "rejected:forbidden"},
        {&per, RecordBuilder("step", per.accountId, S.id()).set("title", "x"), "rejected:forbidden"},
        {&jonas, goal(jonas.accountId), "rejected:forbidden"},
        {&jonas, comment(kari.accountId, G.id(), jonas.accountId), "rejected:forbidden"},
        {&jonas, step(kari.accountId, G.id()), "rejected:forbidden"},
        {&jonas, activity(jonas.accountId), "rejected:forbidden"},
        {&lise, goal(lise.accountId), "rejected:forbidden"},
        {&lise, checkin(lise.accountId, other), "rejected:forbidden"},
        {&lise, comment(kari.accountId, G.id(), lise.accountId), "rejected:forbidden"},
        {&lise, activity(kari.accountId), "rejected:forbidden"},
        {&lise, RecordBuilder("goal", kari.accountId, G.id()).set("title", "x"), "rejected:forbidden"},
        {&kari, activity(kari.accountId), "rejected:forbidden"},
        {&kari, comment(kari.accountId, G.id(), jonas.accountId), "rejected:forbidden"},
        {&kari, RecordBuilder("activity", lise.accountId, A.id()).set("title", "x"), "rejected:forbidden"},
        // Allowed: own records, the koordinator's calendar, own bookings, anonymous suggestions.
        {&kari, goal(kari.accountId), "applied"},
        {&kari, suggestion(kari.accountId), "applied"},
        {&per, booking(per.accountId, A.id()), "applied"},
        {&jonas, suggestion(jonas.accountId), "applied"},
        {&lise, activity(lise.accountId, "Kurs i mestring av depresjon"), "applied"},
        {&lise, RecordBuilder("activity", lise.accountId, A.id()).set("title", "Kafe X (ny tid)"), "applied"},
    };
    for (auto &row : rows)
        EXPECT_EQ(expectStatus(*row.who, row.change), row.expected)
            << row.who->username << " writing " << row.change.record().dump();

    // Nothing of kari's private records reached anyone else, in any reply or live frame.
    for (Device *d : {&per, &jonas, &anna, &lise})
        expectNeverSeen(*d->ws, private_, d->username);
    for (Device *d : {&per, &jonas, &anna})
        expectNeverSeen(*d->ws, {B.id()}, d->username);
}

TEST_F(ScopeTest, ConsentGrantsReadThenCommentAndRevokeEvicts)
{
    auto G = goal(kari.accountId);
    auto S = step(kari.accountId, G.id());
    auto C = checkin(kari.accountId, G.id());
    auto R1 = reflection(kari.accountId, G.id(), true);
    auto R2 = reflection(kari.accountId, G.id(), false);
    auto K = comment(kari.accountId, G.id(), kari.accountId);
    auto G2 = goal(kari.accountId, "Privat mål");
    auto S2 = step(kari.accountId, G2.id());
    Json r = push(*kari.ws, {G.change(), S.change(), C.change(), R1.change(), R2.change(), K.change(), G2.change(),
                             S2.change()});
    ASSERT_EQ(statusOf(r, 7), "applied");
    int64_t jonasCursor = 0;
    EXPECT_TRUE(pullAll(*jonas.ws, jonasCursor).records.empty());
    EXPECT_EQ(statusOf(push(*jonas.ws, {comment(kari.accountId, G.id(), jonas.accountId).change()})),
              "rejected:forbidden");

    // Grant: jonas may read goal G.
    auto X = consent(kari.accountId, jonas.accountId, G.id(), "read");
    ASSERT_EQ(expectStatus(kari, X), "applied");
    const std::vector<std::string> shared{G.id(), S.id(), C.id(), R1.id(), K.id(), X.id()};
    const std::vector<std::string> notShared{R2.id(), G2.id(), S2.id()};

    // Live: the goal's existing records reach jonas's connected device.
    std::set<std::string> liveIds;
    while (liveIds.size() < shared.size()) {
        auto live = jonas.ws->waitFor([](const Json &j) { return j["type"] == "changes" && j["live"] == true; }, 3s);
        ASSERT_TRUE(live) << "live got only " << liveIds.size();
        for (const auto &rec : (*live)["records"])
            liveIds.insert(rec["id"]);
    }
    for (const auto &id : shared)
        EXPECT_TRUE(liveIds.count(id)) << id;

    auto granted = pullAll(*jonas.ws, jonasCursor);
    for (const auto &id : shared)
        EXPECT_TRUE(granted.has(id)) << id;
    for (const auto &id : notShared)
        EXPECT_FALSE(granted.has(id)) << id;
    EXPECT_TRUE(pullAll(*anna.ws).records.empty());

    // Read level: no comments; and a helper can never edit the person's records.
    EXPECT_EQ(expectStatus(jonas, comment(kari.accountId, G.id(), jonas.accountId)), "rejected:forbidden");
    EXPECT_EQ(expectStatus(jonas, RecordBuilder("goal", kari.accountId, G.id()).set("title", "x")), "rejected:forbidden");
    EXPECT_EQ(expectStatus(jonas, RecordBuilder("step", kari.accountId, S.id()).deleted()), "rejected:forbidden");
    EXPECT_EQ(expectStatus(jonas, step(kari.accountId, G.id())), "rejected:forbidden");

    // Comment level: jonas may comment on G as himself, not on G2, not as someone else.
    auto X2 = RecordBuilder("consent", kari.accountId, X.id()).set("level", "comment");
    ASSERT_EQ(expectStatus(kari, X2), "applied");
    auto J = comment(kari.accountId, G.id(), jonas.accountId);
    EXPECT_EQ(expectStatus(jonas, J), "applied");
    EXPECT_EQ(expectStatus(jonas, comment(kari.accountId, G2.id(), jonas.accountId)), "rejected:forbidden");
    EXPECT_EQ(expectStatus(jonas, comment(kari.accountId, G.id(), kari.accountId)), "rejected:forbidden");
    EXPECT_EQ(expectStatus(anna, comment(kari.accountId, G.id(), anna.accountId)), "rejected:forbidden");
    auto karisLive = kari.ws->waitFor([&](const Json &j) {
        return j["type"] == "changes" && j["live"] == true && j["records"].dump().find(J.id()) != std::string::npos;
    });
    EXPECT_TRUE(karisLive) << "kari sees jonas's comment live";

    // Un-sharing one reflection evicts just that one.
    ASSERT_EQ(expectStatus(kari, RecordBuilder("reflection", kari.accountId, R1.id()).set("shareWithHelpers", false)),
              "applied");
    auto afterUnshare = pullAll(*jonas.ws, jonasCursor);
    EXPECT_TRUE(afterUnshare.evicted(R1.id()));
    EXPECT_FALSE(afterUnshare.has(R1.id()));

    // Revoke: everything of G leaves jonas at his next pull.
    const size_t logMark = jonas.ws->rawLog().size();
    ASSERT_EQ(expectStatus(kari, RecordBuilder("consent", kari.accountId, X.id()).set("active", false)), "applied");
    auto revoked = pullAll(*jonas.ws, jonasCursor);
    for (const auto &id : {G.id(), S.id(), C.id(), K.id(), J.id(), X.id()}) {
        EXPECT_TRUE(revoked.evicted(id)) << id;
        EXPECT_FALSE(revoked.has(id)) << id;
    }
    int64_t fromZero = 0;
    auto fresh = pullAll(*jonas.ws, fromZero);
    EXPECT_TRUE(fresh.records.empty()) << fresh.records.size();

    // Later writes to G are not sent to jonas, live or on pull; he cannot comment any more.
    auto C3 = checkin(kari.accountId, G.id());
    ASSERT_EQ(expectStatus(kari, C3), "applied");
    EXPECT_TRUE(jonas.ws->silentFor(200ms));
    EXPECT_TRUE(pullAll(*jonas.ws, jonasCursor).records.empty());
    EXPECT_EQ(expectStatus(jonas, comment(kari.accountId, G.id(), jonas.accountId)), "rejected:forbidden");
    expectNoRecordsSince(*jonas.ws, logMark, {G.id(), S.id(), C.id(), K.id(), J.id(), X.id(), C3.id(), R1.id()},
                         "jonas after revoke");

    // A new grant brings G back, already-existing records included.
    auto Y = consent(kari.accountId, jonas.accountId, G.id(), "read");
    ASSERT_EQ(expectStatus(kari, Y), "applied");
    auto regranted = pullAll(*jonas.ws, jonasCursor);
    for (const auto &id : {G.id(), S.id(), C.id(), C3.id(), J.id(), Y.id()}) {
        EXPECT_TRUE(regranted.has(id)) << id;
        EXPECT_FALSE(regranted.evicted(id)) << id;
    }
    // Deleting the consent record revokes too.
    ASSERT_EQ(expectStatus(kari, RecordBuilder("consent", kari.accountId, Y.id()).deleted()), "applied");
    auto deleted = pullAll(*jonas.ws, jonasCursor);
    EXPECT_TRUE(deleted.evicted(G.id()));
    EXPECT_TRUE(deleted.evicted(Y.id()));

    // Nobody else ever saw any of it.
    std::vector<std::string> all = shared;
    all.insert(all.end(), notShared.begin(), notShared.end());
    all.push_back(J.id());
    for (Device *d : {&per, &anna, &lise})
        expectNeverSeen(*d->ws, all, d->username);
    expectNeverSeen(*jonas.ws, notShared, "jonas");
}

// «Min plan for tunge dager» and «Om meg»: the owner's alone until shared, read only by a named helper, evicted on
// revoke, every delivery in the access log; their history (snapshots) never leaves the owner.
RecordBuilder plan(const std::string &owner)
{
    return std::move(RecordBuilder("plan", owner)
                         .set("signs", "Jeg slutter å svare på meldinger")
                         .set("contacts", Json::array({"Mamma\t+47 900 00 000"}))
                         .set("createdAt", "2026-12-01T10:00:00.000Z"));
}
RecordBuilder aboutMe(const std::string &owner)
{
    return std::move(RecordBuilder("about", owner).set("calledName", "Kari").set("avoid", "Barndommen min"));
}
RecordBuilder snapshotOf(const RecordBuilder &of, const std::string &ofKind)
{
    return std::move(RecordBuilder("snapshot", of.record()["owner"].get<std::string>())
                         .set("recordId", of.id())
                         .set("ofKind", ofKind)
                         .set("body", of.record()["fields"].dump())
                         .set("savedAt", "2026-12-01T10:00:00.000Z"));
}

TEST_F(ScopeTest, PlanAndAboutMeAreSharedReadOnlyAndRevokeEvicts)
{
    auto P = plan(kari.accountId);
    auto V = snapshotOf(P, "plan");
    auto O = aboutMe(kari.accountId);
    auto W = snapshotOf(O, "about");
    auto G = goal(kari.accountId);
    Json r = push(*kari.ws, {P.change(), V.change(), O.change(), W.change(), G.change()});
    for (size_t i = 0; i < 5; ++i)
        ASSERT_EQ(statusOf(r, i), "applied") << i << r.dump();

    // Owner reads and writes; nobody else reads or writes anything of it.
    auto karis = pullAll(*kari.ws);
    for (const auto &id : {P.id(), V.id(), O.id(), W.id()})
        EXPECT_TRUE(karis.has(id)) << id;
    EXPECT_EQ(expectStatus(kari, RecordBuilder("plan", kari.accountId, P.id()).set("after", "Gå en tur med Per")), "applied");
    EXPECT_EQ(expectStatus(kari, RecordBuilder("snapshot", kari.accountId, V.id()).set("body", "{}")), "rejected:append_only");
    int64_t jonasCursor = 0, annaCursor = 0;
    EXPECT_TRUE(pullAll(*jonas.ws, jonasCursor).records.empty());
    EXPECT_TRUE(pullAll(*anna.ws, annaCursor).records.empty());
    for (Device *d : {&per, &jonas, &anna, &lise}) {
        EXPECT_EQ(expectStatus(*d, RecordBuilder("plan", kari.accountId, P.id()).set("signs", "x")), "rejected:forbidden")
            << d->username;
        EXPECT_EQ(expectStatus(*d, RecordBuilder("about", kari.accountId, O.id()).deleted()), "rejected:forbidden")
            << d->username;
        EXPECT_EQ(expectStatus(*d, plan(kari.accountId)), "rejected:forbidden") << d->username;
    }
    // Helpers and koordinators keep no plan of their own; a consent names only the owner's own plan.
    EXPECT_EQ(expectStatus(jonas, plan(jonas.accountId)), "rejected:forbidden");
    EXPECT_EQ(expectStatus(lise, aboutMe(lise.accountId)), "rejected:forbidden");
    EXPECT_EQ(expectStatus(per, consent(per.accountId, jonas.accountId, P.id(), "read")), "rejected:reference_outside_scope");
    EXPECT_EQ(expectStatus(kari, consent(kari.accountId, jonas.accountId, V.id(), "read")), "rejected:reference_outside_scope")
        << "history is not shareable";
    // Nobody comments on a plan, whatever the grant says.
    EXPECT_EQ(expectStatus(kari, comment(kari.accountId, P.id(), kari.accountId)), "rejected:reference_outside_scope");

    // Shared with jonas (read): he gets the plan and «Om meg», not their history, not the goal; anna nothing.
    auto XP = consent(kari.accountId, jonas.accountId, P.id(), "read");
    auto XO = consent(kari.accountId, jonas.accountId, O.id(), "comment");
    ASSERT_EQ(statusOf(push(*kari.ws, {XP.change(), XO.change()}), 1), "applied");
    auto granted = pullAll(*jonas.ws, jonasCursor);
    for (const auto &id : {P.id(), O.id(), XP.id(), XO.id()})
        EXPECT_TRUE(granted.has(id)) << id;
    for (const auto &id : {V.id(), W.id(), G.id()})
        EXPECT_FALSE(granted.has(id)) << id;
    for (const auto &rec : granted.records) {
        if (rec["id"] == P.id()) {
            EXPECT_EQ(rec["fields"]["after"]["v"], "Gå en tur med Per") << "the plan as it is now";
        }
    }
    EXPECT_TRUE(pullAll(*anna.ws, annaCursor).records.empty());
    EXPECT_EQ(expectStatus(jonas, RecordBuilder("plan", kari.accountId, P.id()).set("signs", "x")), "rejected:forbidden");
    EXPECT_EQ(expectStatus(jonas, RecordBuilder("about", kari.accountId, O.id()).set("avoid", "")), "rejected:forbidden");
    EXPECT_EQ(expectStatus(jonas, comment(kari.accountId, O.id(), jonas.accountId)), "rejected:reference_outside_scope")
        << "read only, even at comment level: a comment belongs to a goal";

    // A later edit reaches him live and on pull.
    auto edit = RecordBuilder("plan", kari.accountId, P.id()).set("safety", "Mamma tar vare på pillene");
    ASSERT_EQ(expectStatus(kari, edit), "applied");
    EXPECT_TRUE(jonas.ws->waitFor([&](const Json &j) {
        return j["type"] == "changes" && j["live"] == true && j["records"].dump().find("pillene") != std::string::npos;
    })) << "jonas gets the edit live";
    EXPECT_TRUE(pullAll(*jonas.ws, jonasCursor).has(P.id()));

    // Every delivery to jonas is in kari's access log, by kind and record, with no content.
    Json log = kari.ws->request(Json{{"type", "list_access_log"}, {"limit", 50}});
    ASSERT_EQ(log["type"], "access_log") << log.dump();
    bool sawPlan = false, sawAbout = false;
    for (const auto &e : log["entries"]) {
        EXPECT_EQ(e["readerId"], jonas.accountId) << e.dump();
        EXPECT_EQ(e.dump().find("pillene"), std::string::npos) << "no content in the log";
        EXPECT_NE(e["kind"], "snapshot") << e.dump();
        sawPlan = sawPlan || (e["kind"] == "plan" && e["goalId"] == P.id());
        sawAbout = sawAbout || (e["kind"] == "about" && e["goalId"] == O.id());
    }
    EXPECT_TRUE(sawPlan) << log.dump();
    EXPECT_TRUE(sawAbout) << log.dump();

    // Revoke the plan: it leaves jonas's device; «Om meg» stays until that is revoked too (by deleting the consent).
    ASSERT_EQ(expectStatus(kari, RecordBuilder("consent", kari.accountId, XP.id()).set("active", false)), "applied");
    const size_t logMark = jonas.ws->rawLog().size();
    auto revoked = pullAll(*jonas.ws, jonasCursor);
    EXPECT_TRUE(revoked.evicted(P.id()));
    EXPECT_TRUE(revoked.evicted(XP.id()));
    EXPECT_FALSE(revoked.evicted(O.id()));
    ASSERT_EQ(expectStatus(kari, RecordBuilder("plan", kari.accountId, P.id()).set("after", "Ny tekst etter stopp")), "applied");
    EXPECT_TRUE(jonas.ws->silentFor(200ms));
    int64_t fromZero = 0;
    auto fresh = pullAll(*jonas.ws, fromZero);
    EXPECT_FALSE(fresh.has(P.id()));
    EXPECT_TRUE(fresh.has(O.id()));
    ASSERT_EQ(expectStatus(kari, RecordBuilder("consent", kari.accountId, XO.id()).deleted()), "applied");
    EXPECT_TRUE(pullAll(*jonas.ws, jonasCursor).evicted(O.id()));
    int64_t again = 0;
    EXPECT_TRUE(pullAll(*jonas.ws, again).records.empty());
    expectNoRecordsSince(*jonas.ws, logMark, {P.id()}, "jonas after revoke");

    // Nobody else ever saw any of it; jonas never saw the history.
    for (Device *d : {&per, &anna, &lise})
        expectNeverSeen(*d->ws, {P.id(), O.id(), V.id(), W.id()}, d->username);
    expectNeverSeen(*jonas.ws, {V.id(), W.id()}, "jonas");
}

TEST_F(ScopeTest, PlanFieldsAreValidated)
{
    const std::string longText(static_cast<size_t>(medvandrer::planTextMax) + 1, 'x');
    const std::string longContact = "Navn\t" + std::string(100, '9');
    struct Row
    {
        RecordBuilder change;
        std::string expected;
    };
    std::vector<Row> rows{
        {RecordBuilder("plan", kari.accountId).set("signs", longText), "rejected:invalid_record"},
        {RecordBuilder("plan", kari.accountId).set("contacts", Json::array({longContact})), "rejected:invalid_record"},
        {RecordBuilder("plan", kari.accountId).set("contacts", "Mamma"), "rejected:invalid_record"},
        {RecordBuilder("about", kari.accountId).set("interpreter", "ja"), "rejected:invalid_record"},
        {RecordBuilder("snapshot", kari.accountId).set("ofKind", "plan").set("body", "{}").set("savedAt", "2026-12-01T10:00:00Z"),
         "rejected:invalid_record"}, // no recordId
        {RecordBuilder("snapshot", kari.accountId).set("recordId", medvandrer::newUuid()).set("ofKind", "goal")
             .set("body", "{}").set("savedAt", "2026-12-01T10:00:00Z"), "rejected:invalid_record"},
        {RecordBuilder("plan", kari.accountId).set("signs", "Jeg sover dårlig"), "applied"},
        {RecordBuilder("about", kari.accountId).set("interpreter", true).set("language", "Arabisk"), "applied"},
    };
    for (auto &row : rows)
        EXPECT_EQ(expectStatus(kari, row.change), row.expected) << row.change.record().dump();
}

// A first sync's progress (protocol §6.2, count: true): the first page says how many entries follow it in the
// reader's own scope, exactly what the later pages then bring; records, evictions and helpers' scopes alike.
TEST_F(ScopeTest, PullCountSaysWhatTheLaterPagesBring)
{
    auto A = activity(lise.accountId, "Turgruppe");
    ASSERT_EQ(expectStatus(lise, A), "applied");
    auto G = goal(kari.accountId);
    auto G2 = goal(kari.accountId, "Privat mål");
    std::vector<Json> changes{G.change(), G2.change(), step(kari.accountId, G.id()).change()};
    for (int i = 0; i < 6; ++i)
        changes.push_back(checkin(kari.accountId, G.id()).change());
    changes.push_back(checkin(kari.accountId, G2.id()).change());
    ASSERT_EQ(statusOf(push(*kari.ws, changes), changes.size() - 1), "applied");
    auto X = consent(kari.accountId, jonas.accountId, G.id(), "read");
    ASSERT_EQ(expectStatus(kari, X), "applied");

    struct Counted
    {
        int64_t remaining = -1; // the first page's
        size_t first = 0, later = 0;
        bool laterCounted = false; // a page after the first said remaining too
        Json last;
    };
    auto pullCounted = [](WsClient &ws, int limit) {
        Counted out;
        int64_t cursor = 0;
        for (int page = 0; page < 100; ++page) {
            Json request{{"type", "pull"}, {"cursor", cursor}, {"limit", limit}};
            if (page == 0)
                request["count"] = true;
            Json reply = ws.request(request);
            EXPECT_EQ(reply["type"], "changes") << reply.dump();
            if (reply["type"] != "changes")
                break;
            const size_t entries = reply["records"].size() + reply["evictions"].size();
            if (page == 0) {
                out.first = entries;
                out.remaining = reply.value("remaining", int64_t(-1));
            } else {
                out.later += entries;
                out.laterCounted = out.laterCounted || reply.contains("remaining");
            }
            cursor = reply["cursor"];
            out.last = reply;
            if (!reply["more"].get<bool>())
                break;
        }
        return out;
    };

    // Kari: her ten records, her consent and the team's activity, three at a time.
    auto k = pullCounted(*kari.ws, 3);
    EXPECT_EQ(k.first, 3u);
    EXPECT_EQ(k.first + k.later, 12u);
    EXPECT_EQ(k.remaining, int64_t(k.later));
    EXPECT_FALSE(k.laterCounted);
    // Jonas: the shared goal, its step and six check-ins, the consent, the activity; nothing of the private goal.
    auto j = pullCounted(*jonas.ws, 4);
    EXPECT_EQ(j.first + j.later, 10u);
    EXPECT_EQ(j.remaining, int64_t(j.later));
    // One page holds it all: nothing remains.
    auto whole = pullCounted(*jonas.ws, 500);
    EXPECT_EQ(whole.remaining, 0);
    EXPECT_FALSE(whole.last["more"].get<bool>());

    // Sharing ends: jonas's pull from the start brings evictions, and they are counted too.
    ASSERT_EQ(expectStatus(kari, RecordBuilder("consent", kari.accountId, X.id()).set("active", false)), "applied");
    auto after = pullCounted(*jonas.ws, 2);
    EXPECT_GE(after.first + after.later, 9u) << "the goal's records as evictions";
    EXPECT_EQ(after.remaining, int64_t(after.later));

    // count must be a boolean.
    Json bad = kari.ws->request(Json{{"type", "pull"}, {"cursor", 0}, {"count", 1}});
    EXPECT_EQ(bad["type"], "error");
    EXPECT_EQ(bad["code"], "bad_message");
}

TEST_F(ScopeTest, ConsentNamingANonHelperGrantsNothing)
{
    auto G = goal(kari.accountId);
    ASSERT_EQ(expectStatus(kari, G), "applied");
    ASSERT_EQ(expectStatus(kari, consent(kari.accountId, lise.accountId, G.id(), "comment")), "applied");
    ASSERT_EQ(expectStatus(kari, consent(kari.accountId, per.accountId, G.id(), "comment")), "applied");
    EXPECT_TRUE(pullAll(*lise.ws).records.empty());
    EXPECT_TRUE(pullAll(*per.ws).records.empty());
    EXPECT_EQ(expectStatus(per, comment(kari.accountId, G.id(), per.accountId)), "rejected:forbidden");
    expectNeverSeen(*lise.ws, {G.id()}, "lise");
    expectNeverSeen(*per.ws, {G.id()}, "per");
}

TEST_F(ScopeTest, KoordinatorSeesBookingsAndAnonymousSuggestions)
{
    auto A = activity(lise.accountId);
    ASSERT_EQ(expectStatus(lise, A), "applied");
    auto everyone = [&](const std::string &id) {
        for (Device *d : {&kari, &per, &jonas, &anna})
            EXPECT_TRUE(d->ws->waitFor([&](const Json &j) {
                return j["type"] == "changes" && j["records"].dump().find(id) != std::string::npos;
            })) << d->username << " gets the activity live";
    };
    everyone(A.id());

    auto B = booking(kari.accountId, A.id());
    ASSERT_EQ(expectStatus(kari, B), "applied");
    EXPECT_TRUE(lise.ws->waitFor([&](const Json &j) { return j["records"].dump().find(B.id()) != std::string::npos; }));
    auto Q = suggestion(kari.accountId);
    const Json change = Q.change();
    Json first = push(*kari.ws, {change});
    EXPECT_EQ(statusOf(first), "applied");
    EXPECT_FALSE(first["results"][0].contains("seq")) << "no sequence number that could tie it to the writer";
    Json again = push(*kari.ws, {change});
    EXPECT_EQ(statusOf(again), "duplicate");

    auto seen = pullAll(*lise.ws);
    ASSERT_TRUE(seen.has(Q.id()));
    for (const auto &r : seen.records) {
        if (r["id"] != Q.id())
            continue;
        EXPECT_EQ(r["owner"], "anonymous");
        EXPECT_FALSE(r.contains("origin"));
        for (const auto &[name, f] : r["fields"].items())
            EXPECT_NE(f["t"].get<std::string>().find("-server"), std::string::npos) << "stamp from the server clock";
    }
    EXPECT_FALSE(pullAll(*kari.ws).has(Q.id())) << "not even the writer reads it back";
    for (Device *d : {&per, &jonas, &anna})
        expectNeverSeen(*d->ws, {B.id(), Q.id()}, d->username);
}

} // namespace
