// PostgreSQL stopped and started under load: devices keep pushing while the database is down (a clean stop, then a
// crash); requests answer `unavailable` meanwhile (never another error, never the password), the server reconnects
// by itself, and every change it acknowledged is there afterwards. Runs only as server.pg.*.
#include "support/server_harness.h"

#include <atomic>
#include <csignal>
#include <mutex>
#include <set>
#include <thread>

using namespace medvandrer::testing;

namespace {

constexpr const char *secret = "outage-pw-71c0";

std::string withPassword(const std::string &url)
{
    const std::string scheme = "postgresql://medvandrer@";
    return "postgresql://medvandrer:" + std::string(secret) + "@" + url.substr(scheme.size());
}

// One device pushing new goals as fast as the server answers, resending a change until it is acknowledged.
struct Pusher
{
    Device device;
    std::set<std::string> acknowledged; // the pushing thread's own until it is joined
    // What the main thread reads while the pusher runs (reading the set's size then was a data race, found by TSan).
    std::atomic<size_t> acknowledgedCount{0};
    std::map<std::string, int> errorCodes;
    std::vector<std::string> errorTexts;
    int pushes = 0;
};

class PostgresOutageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_cluster = PgCluster::start(m_clusterDir.path() + "/pg");
        ASSERT_TRUE(m_cluster);
        ASSERT_TRUE(m_cluster->createDatabase("outage"));
        m_url = withPassword(m_cluster->url("outage"));
    }

    Device signUp(unsigned short port, const std::string &username)
    {
        auto invite = runCommand({serverBinary, "invite", "--role", "bruker", "--json", "--database", m_url});
        EXPECT_EQ(invite.exitCode, 0) << invite.err;
        auto ws = std::make_unique<WsClient>(port);
        ws->request(Json{{"type", "hello"}, {"protocol", 1}, {"client", "tests"}});
        Json reg = ws->request(Json{{"type", "register"},
                                    {"invite", Json::parse(invite.out)["code"]},
                                    {"username", username},
                                    {"password", testPassword},
                                    {"displayName", username},
                                    {"deviceName", "telefon"}});
        EXPECT_EQ(reg["type"], "authenticated") << reg.dump();
        Device d;
        d.accountId = reg.value("accountId", "");
        d.ws = std::move(ws);
        return d;
    }

    TempDir m_clusterDir;
    TempDir m_dataDir;
    std::unique_ptr<PgCluster> m_cluster;
    std::string m_url;
};

TEST_F(PostgresOutageTest, StoppedAndCrashedUnderLoadAnswersUnavailableAndLosesNothingAcknowledged)
{
    ServerProcess server(serverBinary, m_dataDir.path(), {"--database", m_url});
    ASSERT_TRUE(server.start()) << server.log();
    std::vector<std::unique_ptr<Pusher>> pushers;
    for (int i = 0; i < 8; ++i) {
        auto p = std::make_unique<Pusher>();
        p->device = signUp(server.port(), "skriver" + std::to_string(i));
        ASSERT_FALSE(p->device.accountId.empty());
        pushers.push_back(std::move(p));
    }

    std::atomic<bool> running{true};
    std::vector<std::thread> threads;
    for (auto &p : pushers) {
        threads.emplace_back([&running, &p = *p] {
            while (running) {
                // As the app's outbox: the same change again until the server acknowledges it.
                auto g = goal(p.device.accountId, "mål " + std::to_string(p.pushes));
                const Json change = g.change();
                while (running) {
                    ++p.pushes;
                    Json r = p.device.ws->request(Json{{"type", "push"}, {"changes", {change}}}, std::chrono::seconds(15));
                    if (r.contains("results") && (r["results"][0]["status"] == "applied" ||
                                                  r["results"][0]["status"] == "duplicate")) {
                        p.acknowledged.insert(g.id());
                        p.acknowledgedCount.fetch_add(1);
                        break;
                    }
                    p.errorCodes[r.is_object() ? r.value("code", r.value("type", "?")) : "no reply"]++;
                    p.errorTexts.push_back(r.dump());
                    std::this_thread::sleep_for(std::chrono::milliseconds(20));
                }
            }
        });
    }
    auto acknowledgedSoFar = [&] {
        size_t n = 0;
        for (auto &p : pushers)
            n += p->acknowledgedCount.load();
        return n;
    };
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    const size_t beforeStop = acknowledgedSoFar();
    // A clean stop, then a crash (recovered from the WAL): each for about a second under load.
    for (bool immediate : {false, true}) {
        ASSERT_TRUE(m_cluster->stopServer(immediate));
        std::this_thread::sleep_for(std::chrono::milliseconds(1000));
        HttpResult health = httpRequest(server.port(), "GET", "/healthz");
        EXPECT_EQ(health.status, 200) << "the process itself stays up";
        ASSERT_TRUE(m_cluster->startServer());
        std::this_thread::sleep_for(std::chrono::milliseconds(1000));
    }
    const size_t beforeEnd = acknowledgedSoFar();
    std::this_thread::sleep_for(std::chrono::milliseconds(700));
    running = false;
    for (auto &t : threads)
        t.join();

    EXPECT_GT(beforeStop, 0u);
    EXPECT_GT(acknowledgedSoFar(), beforeEnd) << "pushes are acknowledged again after the restarts";
    int unavailable = 0;
    for (auto &p : pushers) {
        for (const auto &[code, count] : p->errorCodes) {
            EXPECT_EQ(code, "unavailable") << count << " replies: " << p->errorTexts.front();
            unavailable += code == "unavailable" ? count : 0;
        }
        for (const auto &text : p->errorTexts)
            EXPECT_EQ(text.find(secret), std::string::npos) << text;
    }
    EXPECT_GT(unavailable, 0) << "no push fell into an outage";

    // Every acknowledged change is stored: each device pulls everything it owns.
    for (auto &p : pushers) {
        int64_t cursor = 0;
        std::set<std::string> stored;
        for (;;) {
            Json page = p->device.ws->request(Json{{"type", "pull"}, {"cursor", cursor}, {"limit", 500}});
            ASSERT_EQ(page["type"], "changes") << page.dump();
            for (const auto &r : page["records"])
                stored.insert(r["id"].get<std::string>());
            cursor = page["cursor"];
            if (!page["more"].get<bool>())
                break;
        }
        for (const auto &id : p->acknowledged)
            EXPECT_TRUE(stored.count(id)) << "acknowledged, then lost: " << id;
    }
    HttpResult metrics = httpRequest(server.port(), "GET", "/metrics");
    EXPECT_EQ(metrics.body.find(secret), std::string::npos);
    ASSERT_TRUE(server.stop(SIGTERM).has_value());
    EXPECT_EQ(server.log().find(secret), std::string::npos);
}

} // namespace
