#include "support/server_harness.h"

#include <csignal>
#include <set>

using namespace medvandrer::testing;

namespace {

class SyncTest : public ServerTest
{
};

TEST_F(SyncTest, PushPullAndLiveBetweenTwoDevicesOfOneAccount)
{
    Device phone = registerAs("bruker", "kari");
    Device tablet = login("kari");
    Device per = registerAs("bruker", "per");

    auto g = goal(phone.accountId);
    Json result = push(*phone.ws, {g.change()});
    ASSERT_EQ(statusOf(result), "applied") << result.dump();
    const int64_t seq = result["results"][0]["seq"];
    EXPECT_GT(seq, 0);

    // Live: the other device of the same account gets the merged record without asking.
    auto live = tablet.ws->waitFor([](const Json &j) { return j["type"] == "changes" && j["live"] == true; });
    ASSERT_TRUE(live);
    ASSERT_EQ((*live)["records"].size(), 1u);
    EXPECT_EQ((*live)["records"][0]["id"], g.id());
    EXPECT_EQ((*live)["records"][0]["fields"]["title"]["v"], "Gå en tur hver dag");
    EXPECT_EQ((*live)["cursor"], seq);
    EXPECT_EQ((*live)["more"], false);
    EXPECT_TRUE((*live)["evictions"].empty());
    // Not echoed to the pushing connection, and nothing for another account.
    EXPECT_TRUE(phone.ws->silentFor(150ms));
    EXPECT_TRUE(per.ws->silentFor(50ms));

    // An edit from the tablet wins by stamp; pull returns merged state, not a change log.
    auto edit = RecordBuilder("goal", phone.accountId, g.id()).set("title", "Gå en tur to ganger om dagen");
    ASSERT_EQ(statusOf(push(*tablet.ws, {edit.change()})), "applied");
    auto echo = phone.ws->waitFor([](const Json &j) { return j["type"] == "changes"; });
    ASSERT_TRUE(echo);
    int64_t cursor = 0;
    auto pulled = pullAll(*phone.ws, cursor);
    ASSERT_EQ(pulled.records.size(), 1u);
    EXPECT_EQ(pulled.records[0]["fields"]["title"]["v"], "Gå en tur to ganger om dagen");
    EXPECT_EQ(pulled.records[0]["fields"]["status"]["v"], "active");
    EXPECT_GT(cursor, seq);
    EXPECT_TRUE(pullAll(*per.ws).records.empty());

    // A stale write (older stamp) is accepted but changes nothing.
    auto stale = RecordBuilder("goal", phone.accountId, g.id()).set("title", "Gammel", stampAt(1000));
    Json staleResult = push(*phone.ws, {stale.change()});
    EXPECT_EQ(statusOf(staleResult), "applied");
    int64_t cursor2 = cursor;
    EXPECT_TRUE(pullAll(*phone.ws, cursor2).records.empty());
}

TEST_F(SyncTest, LiveArrivesQuicklyOnLoopback)
{
    Device phone = registerAs("bruker", "kari");
    Device tablet = login("kari");
    std::vector<double> ms;
    for (int i = 0; i < 20; ++i) {
        auto c = checkin(phone.accountId, medvandrer::newUuid());
        const auto start = std::chrono::steady_clock::now();
        ASSERT_TRUE(phone.ws->sendJson(Json{{"type", "push"}, {"changes", {c.change()}}}));
        auto live = tablet.ws->waitFor([](const Json &j) { return j["type"] == "changes"; }, 5s);
        ASSERT_TRUE(live);
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
        ASSERT_TRUE(phone.ws->waitFor([](const Json &j) { return j["type"] == "push_result"; }));
    }
    std::sort(ms.begin(), ms.end());
    RecordProperty("live_median_ms", std::to_string(ms[ms.size() / 2]));
    std::cout << "live latency median " << ms[ms.size() / 2] << " ms, max " << ms.back() << " ms\n";
    // Target is < 50 ms; the bound is looser so a loaded CI machine does not flake.
    EXPECT_LT(ms[ms.size() / 2], 50.0);
}

TEST_F(SyncTest, RetryAfterLostAckIsDuplicateAndStoresOnce)
{
    Device kari = registerAs("bruker", "kari");
    auto g = goal(kari.accountId);
    auto s = step(kari.accountId, g.id());
    const std::vector<Json> batch{g.change(), s.change()};

    // Send the push and drop the connection before reading the result: the ack is lost.
    ASSERT_TRUE(kari.ws->sendJson(Json{{"type", "push"}, {"rid", "p1"}, {"changes", batch}}));
    kari.ws->drop();

    auto ws = connect();
    ASSERT_EQ(ws->request(Json{{"type", "resume"}, {"token", kari.token}})["type"], "authenticated");
    Json again = push(*ws, batch);
    ASSERT_EQ(again["results"].size(), 2u);
    EXPECT_EQ(statusOf(again, 0), "duplicate");
    EXPECT_EQ(statusOf(again, 1), "duplicate");
    EXPECT_GT(again["results"][0]["seq"].get<int64_t>(), 0);
    // And once more: still nothing new.
    EXPECT_EQ(statusOf(push(*ws, batch), 1), "duplicate");

    auto pulled = pullAll(*ws);
    ASSERT_EQ(pulled.records.size(), 2u);
    std::set<std::string> ids{pulled.records[0]["id"], pulled.records[1]["id"]};
    EXPECT_EQ(ids, (std::set<std::string>{g.id(), s.id()}));
}

TEST_F(SyncTest, PullResumesMidPageFromTheSavedCursor)
{
    Device kari = registerAs("bruker", "kari");
    std::vector<Json> changes;
    std::set<std::string> expected;
    for (int i = 0; i < 25; ++i) {
        auto g = goal(kari.accountId, "Mål " + std::to_string(i));
        expected.insert(g.id());
        changes.push_back(g.change());
    }
    Json r = push(*kari.ws, changes);
    ASSERT_EQ(r["results"].size(), 25u);

    auto device = login("kari");
    Json first = device.ws->request(Json{{"type", "pull"}, {"cursor", 0}, {"limit", 10}});
    ASSERT_EQ(first["records"].size(), 10u);
    EXPECT_TRUE(first["more"].get<bool>());
    const int64_t saved = first["cursor"];
    // The connection drops while the second page is on its way.
    ASSERT_TRUE(device.ws->sendJson(Json{{"type", "pull"}, {"cursor", saved}, {"limit", 10}}));
    device.ws->drop();

    std::set<std::string> got;
    for (const auto &rec : first["records"])
        got.insert(rec["id"]);
    auto ws = connect();
    ASSERT_EQ(ws->request(Json{{"type", "resume"}, {"token", device.token}})["type"], "authenticated");
    int64_t cursor = saved;
    auto rest = pullAll(*ws, cursor, 10);
    EXPECT_EQ(rest.records.size(), 15u);
    for (const auto &rec : rest.records)
        EXPECT_TRUE(got.insert(rec["id"]).second) << "record delivered twice";
    EXPECT_EQ(got, expected);
    // Pages are ordered by seq and the cursor is the last seq in the page.
    Json last = ws->request(Json{{"type", "pull"}, {"cursor", cursor}});
    EXPECT_TRUE(last["records"].empty());
    EXPECT_EQ(last["cursor"], cursor);
    EXPECT_FALSE(last["more"].get<bool>());
}

TEST_F(SyncTest, DeletionIsATombstoneThatWins)
{
    Device phone = registerAs("bruker", "kari");
    Device tablet = login("kari");
    auto r = reflection(phone.accountId, medvandrer::newUuid(), false);
    ASSERT_EQ(statusOf(push(*phone.ws, {r.change()})), "applied");
    auto del = RecordBuilder("reflection", phone.accountId, r.id()).deleted();
    ASSERT_EQ(statusOf(push(*phone.ws, {del.change()})), "applied");
    // A later edit from an offline device does not bring the content back.
    auto late = RecordBuilder("reflection", phone.accountId, r.id()).set("text", "igjen", stampAt(medvandrer::systemMillis() + 5000));
    EXPECT_EQ(statusOf(push(*tablet.ws, {late.change()})), "applied");
    auto pulled = pullAll(*tablet.ws);
    ASSERT_EQ(pulled.records.size(), 1u);
    EXPECT_TRUE(pulled.records[0].contains("deleted"));
    EXPECT_TRUE(pulled.records[0]["fields"].empty());
}

TEST_F(SyncTest, RestartKeepsAllData)
{
    Device kari = registerAs("bruker", "kari");
    auto g = goal(kari.accountId);
    auto c = checkin(kari.accountId, g.id());
    ASSERT_EQ(statusOf(push(*kari.ws, {g.change(), c.change()}), 1), "applied");
    int64_t cursor = 0;
    ASSERT_EQ(pullAll(*kari.ws, cursor).records.size(), 2u);
    kari.ws->close();

    ASSERT_EQ(server().stop(SIGTERM), 0);
    startServer();

    auto ws = connect();
    ASSERT_EQ(ws->request(Json{{"type", "resume"}, {"token", kari.token}})["type"], "authenticated");
    auto all = pullAll(*ws);
    EXPECT_EQ(all.records.size(), 2u);
    int64_t from = cursor;
    EXPECT_TRUE(pullAll(*ws, from).records.empty()) << "cursor must stay valid across restarts";
    // Sequence numbers keep growing and change ids are still remembered.
    Json dup = push(*ws, {g.change()});
    EXPECT_EQ(statusOf(dup), "applied"); // a new change id for the same state
    auto d2 = login("kari");
    EXPECT_FALSE(d2.token.empty());
    auto next = goal(kari.accountId);
    Json r = push(*ws, {next.change()});
    EXPECT_GT(r["results"][0]["seq"].get<int64_t>(), cursor);
}

TEST_F(SyncTest, SigtermCommitsQueuedChangesAndSaysGoingAway)
{
    Device kari = registerAs("bruker", "kari");
    Device other = login("kari");
    std::vector<Json> changes;
    for (int i = 0; i < 200; ++i)
        changes.push_back(goal(kari.accountId, "Mål " + std::to_string(i)).change());
    // Fire pushes and stop the server right away.
    for (int i = 0; i < 4; ++i)
        ASSERT_TRUE(kari.ws->sendJson(Json{{"type", "push"}, {"rid", "p" + std::to_string(i)},
                                           {"changes", std::vector<Json>(changes.begin() + i * 50, changes.begin() + (i + 1) * 50)}}));
    auto acked = kari.ws->waitFor([](const Json &j) { return j["type"] == "push_result"; }, 5s);
    ASSERT_TRUE(acked);
    ASSERT_EQ(server().stop(SIGTERM), 0) << server().log();
    EXPECT_EQ(other.ws->waitClosed(3s), 1001) << other.ws->error() << server().log();

    startServer();
    auto ws = connect();
    ASSERT_EQ(ws->request(Json{{"type", "resume"}, {"token", kari.token}})["type"], "authenticated");
    // Every push that was acknowledged is there (and here all were queued before the signal).
    EXPECT_GE(pullAll(*ws).records.size(), 50u);
}

} // namespace
