// Issue 17: a device's clock set back a year and then forward a year while offline, then synced with the real
// server. The device is the real RecordStore (its own SQLite file) stamping edits with a HybridClock whose wall
// clock the test sets (injected, the system clock is never touched) — what the app's StoreWorker does — and
// syncing over a real WebSocket. Nothing may be lost, and the order is the one docs/protocol.md §5.1 documents:
// - clock behind: the hybrid clock never goes back, so edits are stamped just after the newest stamp the device
//   holds; an edit made meanwhile on another device with a right clock wins over them;
// - clock ahead: the server would refuse the stamps (clock_skew, > 24 h ahead) and the edits would be lost, so
//   at sync the device re-stamps its own future stamps at the server's time (RecordStore::restampAhead), in the
//   order they were made; they then win over what other devices wrote before the sync.
#include "core/uuid.h"
#include "protocol/messages.h"
#include "records/record_json.h"
#include "store/record_store.h"
#include "support/server_harness.h"

#include <map>

using namespace medvandrer;
using namespace medvandrer::testing;

namespace {

constexpr int64_t yearMs = int64_t(365) * 24 * 3600 * 1000;

class ClockJumpTest : public ServerTest
{
};

// One device: the store, a clock whose wall time is systemMillis() + offset, and how it talks to the server.
struct TestDevice
{
    std::unique_ptr<RecordStore> store;
    int64_t offsetMs = 0;
    std::unique_ptr<HybridClock> clock;
    std::string owner, node;

    void resetClock()
    {
        clock = std::make_unique<HybridClock>(node, [this] { return systemMillis() + offsetMs; });
        clock->restore(store->lastStamp());
    }

    // What StoreWorker::stamp does: order after everything seen, one stamp per edit.
    void edit(const std::string &id, const std::string &kind, const std::map<std::string, Json> &values)
    {
        clock->observe(store->lastStamp());
        const Hlc now = clock->tick();
        Change c;
        c.changeId = newUuid();
        c.patch.id = id;
        c.patch.kind = kind;
        c.patch.owner = owner;
        c.patch.originDevice = node;
        for (const auto &[name, v] : values)
            c.patch.fields[name] = FieldValue{v, now};
        auto applied = store->applyLocal({c});
        ASSERT_TRUE(applied) << applied.error().message;
    }

    // Pushes the whole outbox; returns the results' statuses (with codes) and acknowledges what was applied.
    std::vector<std::string> pushAll(WsClient &ws)
    {
        std::vector<std::string> statuses;
        const auto pending = store->pendingChanges(500);
        std::vector<Json> changes;
        for (const auto &c : pending)
            changes.push_back(changeToJson(c));
        const Json result = ws.request(Json{{"type", "push"}, {"changes", changes}});
        std::vector<std::string> done;
        for (const auto &r : result["results"]) {
            statuses.push_back(r.value("status", "") + (r.contains("code") ? ":" + r["code"].get<std::string>() : ""));
            if (r["status"] == "applied" || r["status"] == "duplicate")
                done.push_back(r["changeId"]);
        }
        EXPECT_TRUE(store->acknowledge(done));
        return statuses;
    }

    void pullAll(WsClient &ws)
    {
        for (int64_t cursor = store->cursor();;) {
            const Json page = ws.request(Json{{"type", "pull"}, {"cursor", cursor}});
            auto decoded = protocol::decodeChanges(page);
            ASSERT_TRUE(decoded) << page.dump().substr(0, 300);
            ASSERT_TRUE(store->applyPage(decoded->records, decoded->evictions, decoded->cursor));
            cursor = decoded->cursor;
            if (!decoded->more)
                break;
        }
    }
};

TEST_F(ClockJumpTest, BackAndForwardAYearWhileOfflineLosesNothing)
{
    Device kari = registerAs("bruker", "kari");
    Device tablet = login("kari");
    TempDir dir;
    TestDevice phone;
    auto opened = RecordStore::open(dir.path() + "/phone.db");
    ASSERT_TRUE(opened) << opened.error().message;
    phone.store = std::move(*opened);
    phone.owner = kari.accountId;
    phone.node = kari.deviceId;
    phone.resetClock();

    // Clock right: a goal, synced.
    const std::string g = newUuid();
    phone.edit(g, "goal", {{"title", "Gå tur"}, {"status", "active"}});
    ASSERT_EQ(phone.pushAll(*kari.ws), std::vector<std::string>{"applied"});
    const Hlc synced = phone.store->lastStamp();

    // Offline. The clock is set back a year: edits still order after what the phone holds.
    kari.ws->close();
    phone.offsetMs = -yearMs;
    const std::string back = newUuid();
    phone.edit(g, "goal", {{"why", "skrevet da klokka gikk et år bak"}});
    phone.edit(back, "goal", {{"title", "Laget et år bak"}});
    EXPECT_EQ(phone.store->lastStamp().wallMs, synced.wallMs) << "the hybrid clock never goes back";
    EXPECT_GT(phone.store->lastStamp(), synced);

    // Meanwhile the tablet, whose clock is right, edits the goal's title.
    {
        Change c;
        c.changeId = newUuid();
        c.patch.id = g;
        c.patch.kind = "goal";
        c.patch.owner = kari.accountId;
        c.patch.fields["title"] = FieldValue{"Tittel fra nettbrettet", Hlc{systemMillis(), 0, tablet.deviceId}};
        c.patch.fields["status"] = FieldValue{"paused", Hlc{systemMillis(), 0, tablet.deviceId}};
        ASSERT_EQ(statusOf(push(*tablet.ws, {changeToJson(c)})), "applied");
    }

    // Then forward a year: these stamps are a year in the future.
    phone.offsetMs = yearMs;
    const std::string forward = newUuid();
    phone.edit(g, "goal", {{"title", "Tittel skrevet et år fram"}});
    phone.edit(forward, "goal", {{"title", "Laget et år fram"}});
    phone.edit(back, "goal", {{"lifeArea", "helse"}});
    ASSERT_EQ(phone.store->pendingCount(), 5);

    // Sync. The server's clock comes with welcome; the phone's own future stamps are re-stamped at it.
    kari.ws = connect(false);
    const Json welcome = kari.ws->request(Json{{"type", "hello"}, {"protocol", 1}, {"client", "tests"}});
    ASSERT_EQ(welcome["type"], "welcome");
    const int64_t serverNow = welcome["serverTime"];
    ASSERT_EQ(kari.ws->request(Json{{"type", "resume"}, {"token", kari.token}})["type"], "authenticated");
    auto restamped = phone.store->restampAhead(serverNow + 3'600'000, serverNow, phone.node);
    ASSERT_TRUE(restamped) << restamped.error().message;
    EXPECT_EQ(*restamped, 3u) << "the three edits made a year ahead";
    EXPECT_LE(phone.store->lastStamp().wallMs, serverNow + 3'600'000);
    phone.offsetMs = 0;
    phone.resetClock();

    EXPECT_EQ(phone.pushAll(*kari.ws), std::vector<std::string>(5, "applied")) << "nothing refused, nothing lost";
    EXPECT_EQ(phone.store->pendingCount(), 0);
    phone.pullAll(*kari.ws);

    // The order: the tablet's title beat the edits made with the clock behind, the edits made a year ahead (now
    // stamped at the sync) beat the tablet's. The status only the tablet wrote stays the tablet's.
    std::map<std::string, Json> server;
    for (const auto &r : pullAll(*tablet.ws).records)
        server[r["id"]] = r;
    ASSERT_EQ(server.count(g) + server.count(back) + server.count(forward), 3u);
    auto value = [&](const std::string &id, const char *field) { return server[id]["fields"][field]["v"]; };
    EXPECT_EQ(value(g, "title"), "Tittel skrevet et år fram");
    EXPECT_EQ(value(g, "why"), "skrevet da klokka gikk et år bak");
    EXPECT_EQ(value(g, "status"), "paused");
    EXPECT_EQ(value(back, "title"), "Laget et år bak");
    EXPECT_EQ(value(back, "lifeArea"), "helse");
    EXPECT_EQ(value(forward, "title"), "Laget et år fram");

    // Phone and server hold the same states, stamps included.
    for (const std::string &id : {g, back, forward}) {
        auto onServer = recordFromJson(server[id]);
        ASSERT_TRUE(onServer);
        EXPECT_EQ(phone.store->get(id), *onServer) << id;
    }

    // The clock is right again: the next edit is accepted.
    phone.edit(g, "goal", {{"why", "klokka går rett igjen"}});
    EXPECT_EQ(phone.pushAll(*kari.ws), std::vector<std::string>{"applied"});
}

} // namespace
