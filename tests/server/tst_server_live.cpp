// Pull pages, live fan-out and the auth queue after the performance work (issue 7): the same answers as before,
// plus the review fixes M1 (echo to every pushing connection of a shared commit), M2 (an id once per live frame)
// and H1 (invite checked before hashing; a bounded hashing queue).
#include "support/server_harness.h"

#include <chrono>
#include <map>
#include <set>
#include <thread>

using namespace medvandrer::testing;

namespace {

class LiveTest : public ServerTest
{
protected:
    static Json push(WsClient &ws, const std::vector<Json> &changes)
    {
        return ws.request(Json{{"type", "push"}, {"changes", changes}});
    }

    static bool isLive(const Json &j) { return j["type"] == "changes" && j["live"] == true; }
};

TEST_F(LiveTest, LargePullPagesStopNearOneMebibyteAndLoseNothing)
{
    Device kari = registerAs("bruker", "kari");
    auto g = goal(kari.accountId);
    ASSERT_EQ(push(*kari.ws, {g.change()})["results"][0]["status"], "applied");
    // 200 reflections of ~10 KB each: about 2 MB, so a pull of limit 2000 must be cut by bytes.
    std::map<std::string, std::string> texts;
    for (int batch = 0; batch < 4; ++batch) {
        std::vector<Json> changes;
        for (int i = 0; i < 50; ++i) {
            auto r = reflection(kari.accountId, g.id(), false);
            const std::string text = std::string(9990, char('a' + (batch * 50 + i) % 26)) + std::to_string(batch * 50 + i);
            r.set("text", text);
            texts[r.id()] = text;
            changes.push_back(r.change());
        }
        Json reply = push(*kari.ws, changes);
        ASSERT_EQ(reply["results"].size(), 50u) << reply.dump().substr(0, 300);
        for (const auto &res : reply["results"])
            ASSERT_EQ(res["status"], "applied") << res.dump();
    }

    Device tablet = login("kari");
    int64_t cursor = 0;
    std::map<std::string, int> seen;
    size_t pages = 0;
    for (;;) {
        const size_t logBefore = tablet.ws->rawLog().size();
        Json page = tablet.ws->request(Json{{"type", "pull"}, {"cursor", cursor}, {"limit", 2000}});
        ASSERT_EQ(page["type"], "changes") << page.dump().substr(0, 300);
        ++pages;
        const std::string &raw = tablet.ws->rawLog().at(logBefore);
        EXPECT_LT(raw.size(), size_t(2) * 1024 * 1024) << "clients need only accept 2 MiB";
        if (page["more"].get<bool>()) {
            EXPECT_GE(raw.size(), size_t(900) * 1024) << "a page cut well short of the 1 MiB budget";
        }
        EXPECT_GT(page["cursor"].get<int64_t>(), cursor);
        for (const auto &r : page["records"]) {
            ++seen[r["id"]];
            if (texts.count(r["id"])) {
                EXPECT_EQ(r["fields"]["text"]["v"], texts[r["id"]]);
            }
        }
        cursor = page["cursor"];
        if (!page["more"].get<bool>())
            break;
        ASSERT_LT(pages, 10u);
    }
    EXPECT_GE(pages, 2u);
    EXPECT_LE(pages, 3u);
    EXPECT_EQ(seen.size(), texts.size() + 1);
    for (const auto &[id, n] : seen)
        EXPECT_EQ(n, 1) << id << " delivered " << n << " times";
    // The end is stable: nothing more after the last cursor.
    Json last = tablet.ws->request(Json{{"type", "pull"}, {"cursor", cursor}, {"limit", 2000}});
    EXPECT_TRUE(last["records"].empty());
    EXPECT_EQ(last["cursor"], cursor);
    EXPECT_EQ(last["more"], false);
}

// M1: two devices of one account change the same record in the same group commit; each must get the merged
// state live (the other's field), since neither pushed it whole.
TEST_F(LiveTest, EveryPushingDeviceOfASharedCommitGetsTheMergedState)
{
    Device phone = registerAs("bruker", "kari");
    Device tablet = login("kari");
    Device laptop = login("kari");
    auto g = goal(phone.accountId);
    ASSERT_EQ(push(*phone.ws, {g.change()})["results"][0]["status"], "applied");
    ASSERT_TRUE(tablet.ws->waitFor([](const Json &j) { return j["type"] == "changes" && j["live"] == true; }));
    ASSERT_TRUE(laptop.ws->waitFor([](const Json &j) { return j["type"] == "changes" && j["live"] == true; }));

    for (int round = 0; round < 3; ++round) {
        // A big push from the laptop keeps the storage thread busy, so the next two queue into one group.
        std::vector<Json> busy;
        for (int i = 0; i < 500; ++i)
            busy.push_back(checkin(phone.accountId, g.id()).change());
        ASSERT_TRUE(laptop.ws->sendJson(Json{{"type", "push"}, {"rid", "busy"}, {"changes", busy}}));
        const std::string why = "phone " + std::to_string(round), lifeArea = round % 2 ? "helse" : "arbeid_utdanning";
        auto fromPhone = RecordBuilder("goal", phone.accountId, g.id()).set("why", why);
        auto fromTablet = RecordBuilder("goal", phone.accountId, g.id()).set("lifeArea", lifeArea);
        ASSERT_TRUE(phone.ws->sendJson(Json{{"type", "push"}, {"rid", "p"}, {"changes", {fromPhone.change()}}}));
        ASSERT_TRUE(tablet.ws->sendJson(Json{{"type", "push"}, {"rid", "t"}, {"changes", {fromTablet.change()}}}));

        auto hasField = [&](const std::string &field, const std::string &value) {
            return [&, field, value](const Json &j) {
                if (!isLive(j))
                    return false;
                for (const auto &r : j["records"])
                    if (r["id"] == g.id() && r["fields"].contains(field) && r["fields"][field]["v"] == value)
                        return true;
                return false;
            };
        };
        EXPECT_TRUE(phone.ws->waitFor(hasField("lifeArea", lifeArea), 10s)) << "phone missed the tablet's edit, round " << round;
        EXPECT_TRUE(tablet.ws->waitFor(hasField("why", why), 10s)) << "tablet missed the phone's edit, round " << round;
        EXPECT_EQ(laptop.ws->waitFor([](const Json &j) { return j.value("rid", "") == "busy"; }, 20s).value_or(Json())["type"],
                  "push_result");
    }
}

// M2: revoke and re-grant in one push: the helper's live frame names each id once, as its newest event.
TEST_F(LiveTest, LiveFrameNamesAnIdOnceAsItsNewestEvent)
{
    Device kari = registerAs("bruker", "kari");
    Device jonas = registerAs("erfaringskonsulent", "jonas");
    auto g = goal(kari.accountId);
    auto s = step(kari.accountId, g.id());
    auto x = consent(kari.accountId, jonas.accountId, g.id());
    Json first = push(*kari.ws, {g.change(), s.change(), x.change()});
    ASSERT_EQ(first["results"][2]["status"], "applied") << first.dump();
    std::set<std::string> got;
    while (got.size() < 3) {
        auto live = jonas.ws->waitFor([](const Json &j) { return j["type"] == "changes" && j["live"] == true; }, 5s);
        ASSERT_TRUE(live);
        for (const auto &r : (*live)["records"])
            got.insert(r["id"]);
    }

    const size_t mark = jonas.ws->rawLog().size();
    const int64_t now = medvandrer::systemMillis();
    auto revoke = RecordBuilder("consent", kari.accountId, x.id()).set("active", false, stampAt(now + 1));
    auto regrant = RecordBuilder("consent", kari.accountId, x.id()).set("active", true, stampAt(now + 2));
    Json r = push(*kari.ws, {revoke.change(), regrant.change()});
    ASSERT_EQ(r["results"][0]["status"], "applied") << r.dump();
    ASSERT_EQ(r["results"][1]["status"], "applied") << r.dump();

    std::set<std::string> records, evictions;
    while (!records.count(g.id()) || !records.count(s.id())) {
        auto live = jonas.ws->waitFor([](const Json &j) { return j["type"] == "changes" && j["live"] == true; }, 5s);
        ASSERT_TRUE(live) << "the re-granted records never came";
        std::set<std::string> frameIds;
        for (const auto &rec : (*live)["records"]) {
            EXPECT_TRUE(frameIds.insert(rec["id"]).second) << rec["id"] << " twice in one frame";
            records.insert(rec["id"]);
        }
        for (const auto &id : (*live)["evictions"]) {
            EXPECT_TRUE(frameIds.insert(id).second) << id << " both a record and an eviction in one frame";
            evictions.insert(id);
        }
    }
    EXPECT_EQ(evictions.count(g.id()), 0u) << "the newer grant must win over the older revoke";
    EXPECT_GT(jonas.ws->rawLog().size(), mark);
    // And a pull agrees: jonas holds the goal.
    int64_t cursor = 0;
    bool hasGoal = false;
    for (;;) {
        Json page = jonas.ws->request(Json{{"type", "pull"}, {"cursor", cursor}, {"limit", 500}});
        for (const auto &rec : page["records"])
            hasGoal = hasGoal || rec["id"] == g.id();
        cursor = page["cursor"];
        if (!page["more"].get<bool>())
            break;
    }
    EXPECT_TRUE(hasGoal);
}

// H1: a wrong invite is answered without waiting for password hashing, and a flood of hashing work is
// refused with `overloaded` instead of queued without bound.
TEST_F(LiveTest, WrongInviteSkipsHashingAndAHashingFloodIsRefused)
{
    using Clock = std::chrono::steady_clock;
    std::vector<std::unique_ptr<WsClient>> flooders;
    for (int c = 0; c < 3; ++c)
        flooders.push_back(connect());
    const int perConnection = 50; // 150 logins: more than the 64 hashes that may wait
    const auto started = Clock::now();
    for (int c = 0; c < 3; ++c)
        for (int i = 0; i < perConnection; ++i)
            ASSERT_TRUE(flooders[c]->sendJson(Json{{"type", "login"},
                                                   {"rid", std::to_string(i)},
                                                   {"username", "ghost" + std::to_string(c * perConnection + i)},
                                                   {"password", testPassword}}));

    auto registering = connect();
    const auto regSent = Clock::now();
    Json reg = registering->request(Json{{"type", "register"},
                                         {"invite", "AAAAA-BBBBB"},
                                         {"username", "newcomer"},
                                         {"password", testPassword},
                                         {"displayName", "Ny"}},
                                    30s);
    const auto regMs = std::chrono::duration<double, std::milli>(Clock::now() - regSent).count();
    EXPECT_EQ(reg["type"], "error") << reg.dump();
    EXPECT_EQ(reg["code"], "invite_invalid") << reg.dump();

    std::map<std::string, int> codes;
    for (auto &ws : flooders) {
        for (int i = 0; i < perConnection; ++i) {
            auto reply = ws->waitFor([](const Json &j) { return j["type"] == "error"; }, 60s);
            ASSERT_TRUE(reply) << "a login got no answer";
            ++codes[(*reply)["code"]];
        }
    }
    const auto floodMs = std::chrono::duration<double, std::milli>(Clock::now() - started).count();
    EXPECT_GT(codes["overloaded"], 0) << "150 queued hashes were all accepted";
    EXPECT_GE(codes["auth_failed"], 1);
    EXPECT_EQ(codes["overloaded"] + codes["auth_failed"], 3 * perConnection);
    // Not behind the hashing queue: far quicker than working through it.
    EXPECT_LT(regMs, floodMs / 2) << "register " << regMs << " ms, flood " << floodMs << " ms";
    std::cout << "register answered in " << regMs << " ms; flood of logins took " << floodMs << " ms; overloaded "
              << codes["overloaded"] << "\n";

    // A good invite still registers once the queue has drained.
    Device ok = registerAs("bruker", "kari");
    EXPECT_EQ(ok.role, "bruker");
}

// Resume no longer writes lastSeen in its own transaction; the batched write still lands.
TEST_F(LiveTest, ResumeUpdatesLastSeen)
{
    Device phone = registerAs("bruker", "kari");
    Json before = phone.ws->request(Json{{"type", "list_devices"}});
    const int64_t seenBefore = before["devices"][0]["lastSeen"];
    std::this_thread::sleep_for(20ms);
    auto ws = connect();
    Json r = ws->request(Json{{"type", "resume"}, {"token", phone.token}});
    ASSERT_EQ(r["type"], "authenticated") << r.dump();
    Json after = ws->request(Json{{"type", "list_devices"}});
    ASSERT_EQ(after["devices"].size(), 1u);
    EXPECT_GT(after["devices"][0]["lastSeen"].get<int64_t>(), seenBefore);
}

} // namespace
