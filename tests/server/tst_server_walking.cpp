// Walking beside (issue #6): the consent scope matrix with leak checks, connect codes, the access log,
// «Du sa – vi gjorde» answers, export and account deletion. All against the real server process.
#include "support/server_harness.h"

#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>

namespace medvandrer::testing {
namespace {

// Every frame this connection ever received, as one text.
std::string everything(const WsClient &ws)
{
    std::string all;
    for (const auto &f : ws.rawLog())
        all += f + "\n";
    return all;
}

// Every text cell of every table, with its table name: (table, text).
std::vector<std::pair<std::string, std::string>> sqliteCells(const std::string &dbPath)
{
    std::vector<std::pair<std::string, std::string>> out;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(dbPath.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        ADD_FAILURE() << "cannot open " << dbPath;
        sqlite3_close(db);
        return out;
    }
    std::vector<std::string> tables;
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db, "SELECT name FROM sqlite_master WHERE type = 'table'", -1, &st, nullptr);
    while (sqlite3_step(st) == SQLITE_ROW)
        tables.emplace_back(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    for (const auto &t : tables) {
        sqlite3_prepare_v2(db, ("SELECT * FROM \"" + t + "\"").c_str(), -1, &st, nullptr);
        while (sqlite3_step(st) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(st); ++c) {
                const unsigned char *txt = sqlite3_column_text(st, c);
                if (txt)
                    out.emplace_back(t, reinterpret_cast<const char *>(txt));
            }
        }
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return out;
}

class WalkingTest : public ServerTest
{
protected:
    Json consentChange(const Device &owner, const Device &helper, const std::string &goalId, const std::string &level,
                       const std::string &consentId, bool active = true)
    {
        return RecordBuilder("consent", owner.accountId, consentId)
            .set("helperId", helper.accountId)
            .set("goalId", goalId)
            .set("level", level)
            .set("active", active)
            .change();
    }
};

TEST_F(WalkingTest, ConnectCodeFindsTheHelperAndOnlyHelpersHaveOne)
{
    Device jonas = registerAs("erfaringskonsulent", "jonas");
    Device kari = registerAs("bruker", "kari");

    Json mine = kari.ws->request(Json{{"type", "request_connect_code"}});
    EXPECT_EQ(mine["code"], "forbidden") << mine.dump();

    Json code = jonas.ws->request(Json{{"type", "request_connect_code"}});
    ASSERT_EQ(code["type"], "connect_code") << code.dump();
    const std::string shown = code["code"];
    ASSERT_EQ(shown.size(), 9u);
    EXPECT_EQ(shown[4], '-');
    EXPECT_EQ(shown.find_first_of("01OIL"), std::string::npos) << "no look-alike characters";
    EXPECT_GT(code["expiresAt"].get<int64_t>(), systemMillis());
    EXPECT_LE(code["expiresAt"].get<int64_t>(), systemMillis() + 16 * 60 * 1000);

    std::string typed;
    for (char c : shown)
        if (c != '-')
            typed.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    Json found = kari.ws->request(Json{{"type", "resolve_connect_code"}, {"code", typed.substr(0, 4) + " " + typed.substr(4)}});
    ASSERT_EQ(found["type"], "helper") << found.dump();
    EXPECT_EQ(found["accountId"], jonas.accountId);
    EXPECT_EQ(found["displayName"], "jonas Testesen");

    // A new code replaces the old one.
    Json second = jonas.ws->request(Json{{"type", "request_connect_code"}});
    ASSERT_EQ(second["type"], "connect_code");
    if (second["code"] != code["code"]) {
        Json old = kari.ws->request(Json{{"type", "resolve_connect_code"}, {"code", shown}});
        EXPECT_EQ(old["code"], "code_invalid") << old.dump();
    }

    // Guessing is cut off after ten misses, even for a right code.
    int invalid = 0;
    for (int i = 0; i < 10; ++i) {
        Json r = kari.ws->request(Json{{"type", "resolve_connect_code"}, {"code", "AAAA-AAA" + std::string(1, char('A' + i))}});
        invalid += r["code"] == "code_invalid";
    }
    EXPECT_GE(invalid, 9);
    Json blocked = kari.ws->request(Json{{"type", "resolve_connect_code"}, {"code", second["code"]}});
    EXPECT_EQ(blocked["code"], "rate_limited") << blocked.dump();
    // Another account is not blocked by Kari's guesses.
    Device per = registerAs("bruker", "per");
    Json ok = per.ws->request(Json{{"type", "resolve_connect_code"}, {"code", second["code"]}});
    EXPECT_EQ(ok["accountId"], jonas.accountId) << ok.dump();
}

TEST_F(WalkingTest, ConsentScopeMatrixLeaksNothing)
{
    Device lise = koordinator();
    Device jonas = registerAs("erfaringskonsulent", "jonas");
    Device anna = registerAs("erfaringskonsulent", "anna");
    Device kari = registerAs("bruker", "kari");
    Device per = registerAs("bruker", "per");

    auto G = goal(kari.accountId, "Flytte for meg selv");
    auto S = step(kari.accountId, G.id());
    auto C = RecordBuilder("checkin", kari.accountId).set("goalId", G.id()).set("rating", 4).set("date", "2025-03-04")
                 .set("note", "tungt-i-dag-hemmelig");
    auto Rshared = reflection(kari.accountId, G.id(), true);
    auto Rprivate = RecordBuilder("reflection", kari.accountId).set("text", "privat-refleksjon-hemmelig")
                        .set("goalId", G.id()).set("shareWithHelpers", false);
    auto K = comment(kari.accountId, G.id(), kari.accountId);
    auto G2 = goal(kari.accountId, "Annet-mal-hemmelig");
    auto S2 = step(kari.accountId, G2.id());
    Json r = push(*kari.ws, {G.change(), S.change(), C.change(), Rshared.change(), Rprivate.change(), K.change(),
                             G2.change(), S2.change()});
    for (size_t i = 0; i < 8; ++i)
        ASSERT_EQ(statusOf(r, i), "applied") << i;
    const std::vector<std::string> goalRecords{G.id(), S.id(), C.id(), Rshared.id(), K.id()};
    const std::vector<std::string> neverShared{Rprivate.id(), G2.id(), S2.id(), "privat-refleksjon-hemmelig",
                                               "Annet-mal-hemmelig"};

    // 1. No grant: the helper reads nothing of Kari's and cannot comment.
    EXPECT_TRUE(pullAll(*jonas.ws).records.empty());
    auto early = comment(kari.accountId, G.id(), jonas.accountId);
    EXPECT_EQ(statusOf(push(*jonas.ws, {early.change()})), "rejected:forbidden");
    EXPECT_EQ(statusOf(push(*jonas.ws, {RecordBuilder("goal", kari.accountId, G.id()).set("title", "x").change()})),
              "rejected:forbidden");

    // 2. Read grant: Jonas gets the goal's records (live too), nothing else; still cannot comment.
    const std::string consentId = newUuid();
    ASSERT_EQ(statusOf(push(*kari.ws, {consentChange(kari, jonas, G.id(), "read", consentId)})), "applied");
    EXPECT_TRUE(jonas.ws->waitFor([&](const Json &j) {
        return j["type"] == "changes" && j["live"] == true && j["records"].dump().find(C.id()) != std::string::npos;
    })) << "the goal's records reach the connected helper live";
    int64_t jonasCursor = 0;
    auto read = pullAll(*jonas.ws, jonasCursor);
    for (const auto &id : goalRecords)
        EXPECT_TRUE(read.has(id)) << id;
    EXPECT_TRUE(read.has(consentId));
    EXPECT_EQ(read.records.size(), goalRecords.size() + 1);
    auto underRead = comment(kari.accountId, G.id(), jonas.accountId);
    EXPECT_EQ(statusOf(push(*jonas.ws, {underRead.change()})), "rejected:forbidden") << "a read grant cannot comment";
    EXPECT_EQ(statusOf(push(*jonas.ws, {RecordBuilder("step", kari.accountId, S.id()).set("title", "endret").change()})),
              "rejected:forbidden") << "the helper edits nothing of the person's";
    EXPECT_EQ(statusOf(push(*jonas.ws, {RecordBuilder("goal", kari.accountId, G.id()).deleted().change()})),
              "rejected:forbidden");

    // 3. Comment grant: Jonas can comment; Kari sees it and can reply.
    ASSERT_EQ(statusOf(push(*kari.ws, {consentChange(kari, jonas, G.id(), "comment", consentId)})), "applied");
    auto jc = comment(kari.accountId, G.id(), jonas.accountId);
    ASSERT_EQ(statusOf(push(*jonas.ws, {jc.change()})), "applied");
    auto reply = RecordBuilder("comment", kari.accountId).set("goalId", G.id()).set("authorId", kari.accountId)
                     .set("text", "Takk!").set("replyTo", jc.id());
    ASSERT_EQ(statusOf(push(*kari.ws, {reply.change()})), "applied");
    int64_t kariCursor = 0;
    EXPECT_TRUE(pullAll(*kari.ws, kariCursor).has(jc.id()));
    EXPECT_TRUE(pullAll(*jonas.ws, jonasCursor).has(reply.id()));
    // A comment on the other goal, without a grant for it, stays forbidden.
    EXPECT_EQ(statusOf(push(*jonas.ws, {comment(kari.accountId, G2.id(), jonas.accountId).change()})),
              "rejected:forbidden");

    // Another helper and the koordinator see nothing of it, with or without asking.
    EXPECT_TRUE(pullAll(*anna.ws).records.empty());
    EXPECT_EQ(statusOf(push(*anna.ws, {comment(kari.accountId, G.id(), anna.accountId).change()})), "rejected:forbidden");
    for (const auto &rec : pullAll(*lise.ws).records)
        EXPECT_NE(rec["owner"], kari.accountId) << rec.dump();
    EXPECT_EQ(statusOf(push(*lise.ws, {comment(kari.accountId, G.id(), lise.accountId).change()})), "rejected:forbidden");

    // 4. Revoke: evictions for everything Jonas had; later writes never reach him.
    ASSERT_EQ(statusOf(push(*kari.ws, {consentChange(kari, jonas, G.id(), "comment", consentId, false)})), "applied");
    auto after = pullAll(*jonas.ws, jonasCursor);
    for (const auto &id : goalRecords)
        EXPECT_TRUE(after.evicted(id)) << id;
    EXPECT_TRUE(after.evicted(consentId));
    EXPECT_TRUE(after.evicted(jc.id()));
    auto late = RecordBuilder("step", kari.accountId).set("goalId", G.id()).set("title", "etter-tilbaketrekking-hemmelig");
    ASSERT_EQ(statusOf(push(*kari.ws, {late.change()})), "applied");
    EXPECT_TRUE(pullAll(*jonas.ws, jonasCursor).records.empty());
    EXPECT_EQ(statusOf(push(*jonas.ws, {comment(kari.accountId, G.id(), jonas.accountId).change()})),
              "rejected:forbidden");
    jonas.ws->silentFor(std::chrono::milliseconds(300));

    // Every reply and live frame any other account received: no trace of what was never theirs.
    for (Device *d : {&jonas, &anna, &lise, &per}) {
        const std::string seen = everything(*d->ws);
        for (const auto &secret : neverShared)
            EXPECT_EQ(seen.find(secret), std::string::npos) << d->username << " saw " << secret;
        EXPECT_EQ(seen.find(late.id()), std::string::npos) << d->username;
        EXPECT_EQ(seen.find("etter-tilbaketrekking-hemmelig"), std::string::npos) << d->username;
    }
    for (Device *d : {&anna, &lise, &per}) {
        const std::string seen = everything(*d->ws);
        for (const auto &id : goalRecords)
            EXPECT_EQ(seen.find(id), std::string::npos) << d->username << " saw " << id;
        EXPECT_EQ(seen.find("tungt-i-dag-hemmelig"), std::string::npos) << d->username;
    }
}

// What one device holds after applying frames as the app does: evictions delete, records merge field by field (a
// field missing from a record deletes nothing).
struct DeviceCopy
{
    std::map<std::string, Json> records;

    void apply(const Json &frame)
    {
        std::set<std::string> ids;
        for (const auto &e : frame["evictions"])
            EXPECT_TRUE(ids.insert(e.get<std::string>()).second) << "an id once per frame: " << frame.dump();
        for (const auto &r : frame["records"])
            EXPECT_TRUE(ids.insert(r["id"].get<std::string>()).second) << "an id once per frame: " << frame.dump();
        // Any order within a frame must give the same result: records first here, then evictions.
        for (const auto &r : frame["records"]) {
            Json &mine = records[r["id"].get<std::string>()];
            if (mine.is_null()) {
                mine = r;
                continue;
            }
            for (const auto &[name, value] : r["fields"].items())
                mine["fields"][name] = value;
        }
        for (const auto &e : frame["evictions"])
            records.erase(e.get<std::string>());
    }
    bool has(const std::string &id) const { return records.count(id) > 0; }
    std::string note(const std::string &id) const
    {
        auto it = records.find(id);
        if (it == records.end() || !it->second["fields"].contains("note"))
            return {};
        return it->second["fields"]["note"]["v"];
    }
    // Pulls every page from cursor into the copy, page by page as a device stores them.
    void pull(WsClient &ws, int64_t &cursor, int limit = 500)
    {
        for (int guard = 0; guard < 100; ++guard) {
            Json page = ws.request(Json{{"type", "pull"}, {"cursor", cursor}, {"limit", limit}});
            ASSERT_EQ(page["type"], "changes") << page.dump();
            apply(page);
            cursor = page["cursor"];
            if (!page["more"].get<bool>())
                return;
        }
        ADD_FAILURE() << "pull never ended";
    }
    // Applies every live frame that arrives until the connection is quiet.
    void drainLive(WsClient &ws)
    {
        while (auto f = ws.next(std::chrono::milliseconds(500))) {
            if ((*f)["type"] == "changes" && (*f)["live"] == true)
                apply(*f);
        }
    }
};

TEST_F(WalkingTest, CheckInNotesReachAHelperOnlyWhenTheGrantIncludesThem)
{
    Device jonas = registerAs("erfaringskonsulent", "jonas");
    Device kari = registerAs("bruker", "kari");
    Device tablet = login("kari");
    uint32_t tick = 0;
    auto consentAt = [&](const std::string &id, const std::string &goalId, bool active, std::optional<bool> notes) {
        const std::string t = stampAt(systemMillis(), ++tick);
        auto c = RecordBuilder("consent", kari.accountId, id)
                     .set("helperId", jonas.accountId, t)
                     .set("goalId", goalId, t)
                     .set("level", "read", t)
                     .set("active", active, t);
        if (notes)
            c.set("includeNotes", *notes, t);
        return c.change();
    };
    auto noted = [&](const std::string &goalId, const std::string &note) {
        return RecordBuilder("checkin", kari.accountId).set("goalId", goalId).set("rating", 3).set("date", "2025-03-04")
            .set("note", note);
    };

    auto G = goal(kari.accountId);
    auto C1 = noted(G.id(), "notat-en-hemmelig");
    auto C2 = checkin(kari.accountId, G.id());
    const std::string consentId = newUuid();
    ASSERT_EQ(statusOf(push(*kari.ws, {G.change(), C1.change(), C2.change()})), "applied");
    ASSERT_EQ(statusOf(push(*kari.ws, {consentAt(consentId, G.id(), true, std::nullopt)})), "applied");

    // Default: the numbers and days, not the notes — pulled and live.
    DeviceCopy live, pulled, own;
    int64_t jonasCursor = 0, tabletCursor = 0;
    live.drainLive(*jonas.ws);
    pulled.pull(*jonas.ws, jonasCursor);
    for (DeviceCopy *copy : {&live, &pulled}) {
        ASSERT_TRUE(copy->has(C1.id()) && copy->has(C2.id()));
        EXPECT_EQ(copy->records[C1.id()]["fields"]["rating"]["v"], 3);
        EXPECT_EQ(copy->note(C1.id()), "");
    }
    own.pull(*tablet.ws, tabletCursor);
    EXPECT_EQ(own.note(C1.id()), "notat-en-hemmelig") << "the owner's devices get everything";

    auto C3 = noted(G.id(), "notat-tre-hemmelig");
    ASSERT_EQ(statusOf(push(*kari.ws, {C3.change()})), "applied");
    live.drainLive(*jonas.ws);
    own.drainLive(*tablet.ws);
    ASSERT_TRUE(live.has(C3.id()));
    EXPECT_EQ(live.note(C3.id()), "");
    EXPECT_EQ(own.note(C3.id()), "notat-tre-hemmelig");
    EXPECT_EQ(everything(*jonas.ws).find("hemmelig"), std::string::npos) << "no note in any frame so far";

    // includeNotes on: the notes of existing check-ins arrive, live and on the next pull.
    ASSERT_EQ(statusOf(push(*kari.ws, {consentAt(consentId, G.id(), true, true)})), "applied");
    live.drainLive(*jonas.ws);
    pulled.pull(*jonas.ws, jonasCursor);
    for (DeviceCopy *copy : {&live, &pulled}) {
        EXPECT_EQ(copy->note(C1.id()), "notat-en-hemmelig");
        EXPECT_EQ(copy->note(C3.id()), "notat-tre-hemmelig");
    }

    // includeNotes off: the notes leave the helper's devices (evicted, then re-sent without them).
    ASSERT_EQ(statusOf(push(*kari.ws, {consentAt(consentId, G.id(), true, false)})), "applied");
    live.drainLive(*jonas.ws);
    pulled.pull(*jonas.ws, jonasCursor);
    for (DeviceCopy *copy : {&live, &pulled}) {
        for (const auto &id : {C1.id(), C2.id(), C3.id()}) {
            ASSERT_TRUE(copy->has(id)) << "still shared: " << id;
            EXPECT_EQ(copy->note(id), "") << id;
        }
        EXPECT_TRUE(copy->has(G.id()));
    }
    // Pages of one record each: the eviction and the re-sent state never share a page.
    DeviceCopy small;
    int64_t smallCursor = 0;
    small.pull(*jonas.ws, smallCursor, 1);
    EXPECT_EQ(small.note(C1.id()), "");
    EXPECT_TRUE(small.has(C1.id()));
    DeviceCopy fresh;
    int64_t freshCursor = 0;
    fresh.pull(*jonas.ws, freshCursor);
    EXPECT_TRUE(fresh.has(C1.id()));
    EXPECT_EQ(fresh.note(C1.id()), "");

    // Revoked with notes on, granted again without them before the helper pulls: still no note afterwards.
    ASSERT_EQ(statusOf(push(*kari.ws, {consentAt(consentId, G.id(), true, true)})), "applied");
    live.drainLive(*jonas.ws);
    pulled.pull(*jonas.ws, jonasCursor);
    EXPECT_EQ(pulled.note(C1.id()), "notat-en-hemmelig");
    ASSERT_EQ(statusOf(push(*kari.ws, {consentAt(consentId, G.id(), false, true)})), "applied");
    ASSERT_EQ(statusOf(push(*kari.ws, {consentAt(consentId, G.id(), true, false)})), "applied");
    live.drainLive(*jonas.ws);
    pulled.pull(*jonas.ws, jonasCursor);
    for (DeviceCopy *copy : {&live, &pulled}) {
        ASSERT_TRUE(copy->has(C1.id()));
        EXPECT_EQ(copy->note(C1.id()), "");
        EXPECT_EQ(copy->note(C3.id()), "");
    }

    // A second grant on the goal that includes notes is enough; the owner kept every note throughout.
    const std::string second = newUuid();
    ASSERT_EQ(statusOf(push(*kari.ws, {consentAt(second, G.id(), true, true)})), "applied");
    pulled.pull(*jonas.ws, jonasCursor);
    EXPECT_EQ(pulled.note(C1.id()), "notat-en-hemmelig");
    own.drainLive(*tablet.ws);
    own.pull(*tablet.ws, tabletCursor);
    EXPECT_EQ(own.note(C1.id()), "notat-en-hemmelig");
    EXPECT_EQ(own.note(C3.id()), "notat-tre-hemmelig");
}

TEST_F(WalkingTest, AccessLogShowsWhoReadWhatOnlyToTheOwner)
{
    Device lise = koordinator();
    Device jonas = registerAs("erfaringskonsulent", "jonas");
    Device kari = registerAs("bruker", "kari");
    Device per = registerAs("bruker", "per");

    auto G = goal(kari.accountId);
    std::vector<Json> changes{G.change()};
    for (int i = 0; i < 30; ++i)
        changes.push_back(checkin(kari.accountId, G.id()).change());
    ASSERT_EQ(statusOf(push(*kari.ws, changes)), "applied");
    pullAll(*kari.ws); // own reads are never logged

    Json none = kari.ws->request(Json{{"type", "list_access_log"}});
    ASSERT_EQ(none["type"], "access_log") << none.dump();
    EXPECT_TRUE(none["entries"].empty()) << none.dump();

    ASSERT_EQ(statusOf(push(*kari.ws, {consent(kari.accountId, jonas.accountId, G.id()).change()})), "applied");
    pullAll(*jonas.ws);

    Json log = kari.ws->request(Json{{"type", "list_access_log"}, {"limit", 50}});
    ASSERT_EQ(log["type"], "access_log") << log.dump();
    bool sawCheckins = false, sawGoal = false;
    for (const auto &e : log["entries"]) {
        EXPECT_EQ(e["readerId"], jonas.accountId) << e.dump();
        EXPECT_EQ(e["readerRole"], "erfaringskonsulent");
        EXPECT_EQ(e["readerName"], "jonas Testesen");
        EXPECT_EQ(e["goalId"], G.id());
        EXPECT_FALSE(e.dump().find("Gå en tur") != std::string::npos) << "no content in the log";
        if (e["kind"] == "checkin") {
            sawCheckins = true;
            EXPECT_LE(e["count"].get<int>(), 3) << "aggregated, not one row per record: " << e.dump();
        }
        sawGoal = sawGoal || e["kind"] == "goal";
    }
    EXPECT_TRUE(sawCheckins && sawGoal) << log.dump();
    EXPECT_LE(log["entries"].size(), 6u) << "30 check-ins make one row per kind, not 30";

    // Nobody else sees Kari's log, and Jonas's own log is about him only.
    for (Device *d : {&jonas, &per, &lise}) {
        Json other = d->ws->request(Json{{"type", "list_access_log"}});
        EXPECT_EQ(other["type"], "access_log");
        EXPECT_TRUE(other["entries"].empty()) << d->username << ": " << other.dump();
    }

    // A koordinator's participants list is a read of each booking.
    auto A = activity(lise.accountId);
    ASSERT_EQ(statusOf(push(*lise.ws, {A.change()})), "applied");
    auto B = booking(per.accountId, A.id());
    ASSERT_EQ(statusOf(push(*per.ws, {B.change()})), "applied");
    Json list = lise.ws->request(Json{{"type", "participants"}, {"activityId", A.id()}});
    ASSERT_EQ(list["type"], "participants") << list.dump();
    Json perLog = per.ws->request(Json{{"type", "list_access_log"}});
    bool sawBooking = false;
    for (const auto &e : perLog["entries"])
        sawBooking = sawBooking || (e["readerId"] == lise.accountId && e["kind"] == "booking" && e["recordId"] == B.id());
    EXPECT_TRUE(sawBooking) << perLog.dump();

    // Paging: one entry per page, newest first.
    Json first = kari.ws->request(Json{{"type", "list_access_log"}, {"limit", 1}});
    ASSERT_EQ(first["entries"].size(), 1u);
    EXPECT_TRUE(first["more"].get<bool>());
    Json second = kari.ws->request(Json{{"type", "list_access_log"}, {"limit", 1}, {"offset", 1}});
    ASSERT_EQ(second["entries"].size(), 1u);
    EXPECT_GE(first["entries"][0]["lastAt"].get<int64_t>(), second["entries"][0]["lastAt"].get<int64_t>());
}

TEST_F(WalkingTest, AnswersAreReadByEveryoneAndWrittenByKoordinatorer)
{
    Device lise = koordinator();
    Device kari = registerAs("bruker", "kari");
    Device jonas = registerAs("erfaringskonsulent", "jonas");
    auto answer = RecordBuilder("answer", lise.accountId).set("title", "Kveldsåpent").set("text", "Du sa – vi gjorde: kafeen er åpen til 21")
                      .set("category", "missing").set("period", "2025-W10");
    ASSERT_EQ(statusOf(push(*lise.ws, {answer.change()})), "applied");
    EXPECT_TRUE(pullAll(*kari.ws).has(answer.id()));
    EXPECT_TRUE(pullAll(*jonas.ws).has(answer.id()));
    EXPECT_EQ(statusOf(push(*kari.ws, {RecordBuilder("answer", kari.accountId).set("text", "x").change()})),
              "rejected:forbidden");
    EXPECT_EQ(statusOf(push(*jonas.ws, {RecordBuilder("answer", lise.accountId, answer.id()).set("text", "y").change()})),
              "rejected:forbidden");
}

TEST_F(WalkingTest, ExportHoldsEveryRecordThePersonOwns)
{
    Device jonas = registerAs("erfaringskonsulent", "jonas");
    Device kari = registerAs("bruker", "kari");
    auto G = goal(kari.accountId);
    std::vector<Json> changes{G.change(), consent(kari.accountId, jonas.accountId, G.id(), "comment").change()};
    for (int i = 0; i < 40; ++i)
        changes.push_back(step(kari.accountId, G.id()).change());
    changes.push_back(reflection(kari.accountId, "", false).change());
    ASSERT_EQ(statusOf(push(*kari.ws, changes)), "applied");
    auto jc = comment(kari.accountId, G.id(), jonas.accountId);
    ASSERT_EQ(statusOf(push(*jonas.ws, {jc.change()})), "applied");
    auto gone = goal(kari.accountId, "slettes");
    ASSERT_EQ(statusOf(push(*kari.ws, {gone.change()})), "applied");
    ASSERT_EQ(statusOf(push(*kari.ws, {RecordBuilder("goal", kari.accountId, gone.id()).deleted().change()})), "applied");

    std::set<std::string> owned;
    for (const auto &r : pullAll(*kari.ws).records)
        if (r["owner"] == kari.accountId)
            owned.insert(r["id"]);
    ASSERT_TRUE(owned.count(jc.id())) << "the helper's comment is Kari's record";

    std::set<std::string> exported;
    int64_t cursor = 0;
    for (int guard = 0; guard < 100; ++guard) {
        Json page = kari.ws->request(Json{{"type", "export_account"}, {"cursor", cursor}, {"limit", 7}});
        ASSERT_EQ(page["type"], "account_export") << page.dump();
        EXPECT_EQ(page["account"]["accountId"], kari.accountId);
        EXPECT_EQ(page["account"]["username"], "kari");
        EXPECT_EQ(page["devices"].size(), 1u);
        EXPECT_LE(page["records"].size(), 7u);
        for (const auto &r : page["records"]) {
            EXPECT_EQ(r["owner"], kari.accountId);
            EXPECT_TRUE(exported.insert(r["id"]).second) << "each record once";
        }
        cursor = page["cursor"];
        if (!page["more"].get<bool>())
            break;
    }
    EXPECT_EQ(exported, owned);
    EXPECT_TRUE(exported.count(gone.id())) << "tombstones are part of the record";
    // Jonas's export holds nothing of Kari's.
    Json his = jonas.ws->request(Json{{"type", "export_account"}});
    EXPECT_TRUE(his["records"].empty()) << his.dump();
}

TEST_F(WalkingTest, DeletingAnAccountLeavesNothingAndTellsEveryone)
{
    Device lise = koordinator();
    Device jonas = registerAs("erfaringskonsulent", "jonas");
    Device kari = registerAs("bruker", "kari");
    Device tablet = login("kari");
    Device per = registerAs("bruker", "per");

    auto A = RecordBuilder("activity", lise.accountId).set("title", "Turgruppe").set("start", "2030-03-05T11:00:00+01:00")
                 .set("capacity", 1);
    ASSERT_EQ(statusOf(push(*lise.ws, {A.change()})), "applied");
    auto B = booking(kari.accountId, A.id());
    ASSERT_EQ(statusOf(push(*kari.ws, {B.change()})), "applied");
    auto PB = booking(per.accountId, A.id());
    ASSERT_EQ(statusOf(push(*per.ws, {PB.change()})), "applied");

    auto G = goal(kari.accountId, "kari-sitt-mal");
    auto S = step(kari.accountId, G.id());
    auto C = checkin(kari.accountId, G.id());
    const std::string consentId = newUuid();
    ASSERT_EQ(statusOf(push(*kari.ws, {G.change(), S.change(), C.change(),
                                       consentChange(kari, jonas, G.id(), "comment", consentId)})),
              "applied");
    auto jc = comment(kari.accountId, G.id(), jonas.accountId);
    ASSERT_EQ(statusOf(push(*jonas.ws, {jc.change()})), "applied");
    pullAll(*jonas.ws);
    lise.ws->request(Json{{"type", "participants"}, {"activityId", A.id()}});
    const std::vector<std::string> karis{G.id(), S.id(), C.id(), consentId, jc.id(), B.id()};

    Json wrong = kari.ws->request(Json{{"type", "delete_account"}, {"password", "feil-passord-her"}});
    EXPECT_EQ(wrong["code"], "auth_failed") << wrong.dump();

    Json done = kari.ws->request(Json{{"type", "delete_account"}, {"password", testPassword}}, std::chrono::seconds(20));
    ASSERT_EQ(done["type"], "account_deleted") << done.dump();
    EXPECT_TRUE(tablet.ws->waitFor([](const Json &j) { return j["type"] == "account_deleted" && !j.contains("rid"); }))
        << "the other device is told to wipe";
    EXPECT_EQ(tablet.ws->request(Json{{"type", "pull"}})["code"], "not_authenticated");
    EXPECT_EQ(kari.ws->request(Json{{"type", "pull"}})["code"], "not_authenticated");

    // Jonas's devices lose the shared goal; Per is offered the freed seat.
    auto evicted = pullAll(*jonas.ws);
    for (const auto &id : {G.id(), S.id(), C.id(), consentId, jc.id()})
        EXPECT_TRUE(evicted.evicted(id)) << id;
    bool offered = false;
    for (const auto &r : pullAll(*per.ws).records)
        offered = offered || (r["id"] == PB.id() && r["fields"]["status"]["v"] == "offered");
    EXPECT_TRUE(offered);
    EXPECT_FALSE(pullAll(*lise.ws).has(B.id())) << "the booking is gone, not cancelled-and-kept";

    // Nothing can sign in as Kari any more.
    auto ws = connect();
    EXPECT_EQ(ws->request(Json{{"type", "resume"}, {"token", tablet.token}})["code"], "token_invalid");
    EXPECT_EQ(ws->request(Json{{"type", "login"}, {"username", "kari"}, {"password", testPassword}})["code"], "auth_failed");

    // The database: no byte anywhere holds the account id or the username; record ids survive only as the
    // evictions that tell Jonas's offline devices to delete their copies.
    for (const auto &[file, bytes] : storedBytes()) {
        if (file == "log")
            continue;
        EXPECT_EQ(bytes.find(kari.accountId), std::string::npos) << file;
        EXPECT_EQ(bytes.find(kari.deviceId), std::string::npos) << file;
        EXPECT_EQ(bytes.find(tablet.deviceId), std::string::npos) << file;
        EXPECT_EQ(bytes.find("kari-sitt-mal"), std::string::npos) << file;
    }
    const auto cells = testOnPostgres() ? PgCluster::shared().allCells(databaseNameFor(dataDir()))
                                        : sqliteCells(dataDir() + "/server.db");
    ASSERT_FALSE(cells.empty());
    for (const auto &[table, text] : cells) {
        EXPECT_EQ(text.find(kari.accountId), std::string::npos) << table;
        EXPECT_NE(text, "kari") << table;
        for (const auto &id : karis) {
            if (text.find(id) != std::string::npos) {
                EXPECT_TRUE(table == "evictions" || table == "public.evictions") << id << " left in " << table;
            }
        }
    }
    for (const auto &r : pullAll(*lise.ws).records)
        EXPECT_EQ(r.dump().find(kari.accountId), std::string::npos);
}

// The seat a deleted account held is free again in the count everyone sees, not only in the bookings table.
TEST_F(WalkingTest, DeletingAnAccountFreesItsSeatInTheSeatCount)
{
    Device lise = koordinator();
    Device kari = registerAs("bruker", "kari");
    Device per = registerAs("bruker", "per");
    auto A = RecordBuilder("activity", lise.accountId).set("title", "Turgruppe").set("start", "2030-03-05T11:00:00+01:00")
                 .set("capacity", 3);
    ASSERT_EQ(statusOf(push(*lise.ws, {A.change()})), "applied");
    ASSERT_EQ(statusOf(push(*kari.ws, {booking(kari.accountId, A.id()).change()})), "applied");
    ASSERT_EQ(statusOf(push(*per.ws, {booking(per.accountId, A.id()).change()})), "applied");
    auto seatsSeenBy = [&](WsClient &ws) {
        Json seats = Json::object();
        for (const auto &r : pullAll(ws).records) {
            if (r["id"] == A.id() && r["fields"].contains("seatsTaken"))
                seats = r["fields"]["seatsTaken"]["v"];
        }
        return seats;
    };
    const Json before = seatsSeenBy(*per.ws);
    ASSERT_EQ(before.size(), 1u) << before.dump();
    const std::string session = before.begin().key();
    EXPECT_EQ(before.value(session, -1), 2);

    Json done = kari.ws->request(Json{{"type", "delete_account"}, {"password", testPassword}}, std::chrono::seconds(20));
    ASSERT_EQ(done["type"], "account_deleted") << done.dump();
    EXPECT_EQ(seatsSeenBy(*per.ws).value(session, -1), 1) << "per sees the freed seat";
    EXPECT_EQ(seatsSeenBy(*lise.ws).value(session, -1), 1) << "so does the koordinator";
}

} // namespace
} // namespace medvandrer::testing
