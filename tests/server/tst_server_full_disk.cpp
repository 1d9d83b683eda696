// Issue 17: the server's data directory on a small file system that fills up (tests/common/small_disk.h: a real
// tmpfs the test mounts, or SQLite's injected SQLITE_FULL where it cannot mount). While the disk is full, writes are
// refused with the stable code storage_full and nothing of them is stored; everything acknowledged before stays;
// reads (pull, resume) keep working; the server never crashes. When space returns, the same pushes are applied, and
// after a restart everything acknowledged is still there. SQLite only: on PostgreSQL the disk is the database's.
#include "core/uuid.h"
#include "small_disk.h"
#include "support/server_harness.h"

#include <csignal>
#include <set>

using namespace medvandrer;
using namespace medvandrer::testing;

namespace {

constexpr size_t diskBytes = size_t(24) << 20;

class FullDiskTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_disk = std::make_unique<SmallDisk>(m_dir.path() + "/data", diskBytes);
        std::cout << "[ disk     ] " << m_disk->how() << std::endl;
        if (!m_disk->mounted())
            ::setenv("MEDVANDRER_TEST_FULL_DISK_FLAG", m_disk->flagPath().c_str(), 1);
        startServer();
    }
    void TearDown() override
    {
        m_server.reset();
        ::unsetenv("MEDVANDRER_TEST_FULL_DISK_FLAG");
        m_disk.reset();
    }
    void startServer()
    {
        m_server = std::make_unique<ServerProcess>(serverBinary, m_disk->dir());
        ASSERT_TRUE(m_server->start()) << "server did not start: " << m_server->log();
    }

    std::unique_ptr<WsClient> connect()
    {
        auto ws = std::make_unique<WsClient>(m_server->port());
        EXPECT_TRUE(ws->isOpen()) << ws->error();
        EXPECT_EQ(ws->request(Json{{"type", "hello"}, {"protocol", 1}, {"client", "tests"}})["type"], "welcome");
        return ws;
    }
    CommandResult admin(std::vector<std::string> args)
    {
        std::vector<std::string> argv{serverBinary};
        argv.insert(argv.end(), args.begin(), args.end());
        argv.insert(argv.end(), {"--data-dir", m_disk->dir()});
        return runCommand(argv);
    }
    Json registerAs(WsClient &ws, const std::string &username)
    {
        auto code = admin({"invite", "--role", "bruker", "--json"});
        EXPECT_EQ(code.exitCode, 0) << code.err;
        return ws.request(Json{{"type", "register"},
                               {"invite", Json::parse(code.out, nullptr, false).value("code", "")},
                               {"username", username},
                               {"password", testPassword},
                               {"displayName", username},
                               {"deviceName", "telefon"}});
    }
    // A push of `n` goals with 2 KB of text each; returns the ids and the changes.
    static std::pair<std::vector<std::string>, std::vector<Json>> goals(const std::string &owner, int n)
    {
        std::vector<std::string> ids;
        std::vector<Json> changes;
        for (int i = 0; i < n; ++i) {
            auto g = goal(owner, "Mål " + std::to_string(i)).set("why", std::string(2000, 'a' + i % 26));
            ids.push_back(g.id());
            changes.push_back(g.change());
        }
        return {ids, changes};
    }
    static std::set<std::string> pulledIds(WsClient &ws)
    {
        std::set<std::string> ids;
        int64_t cursor = 0;
        for (int guard = 0; guard < 1000; ++guard) {
            Json page = ws.request(Json{{"type", "pull"}, {"cursor", cursor}, {"limit", 500}});
            EXPECT_EQ(page["type"], "changes") << page.dump().substr(0, 300);
            if (page["type"] != "changes")
                break;
            for (const auto &r : page["records"])
                ids.insert(r["id"].get<std::string>());
            cursor = page["cursor"];
            if (!page["more"].get<bool>())
                break;
        }
        return ids;
    }

    TempDir m_dir;
    std::unique_ptr<SmallDisk> m_disk;
    std::unique_ptr<ServerProcess> m_server;
};

TEST_F(FullDiskTest, WritesRefusedWithStorageFullReadsGoOnNothingAcknowledgedLost)
{
    auto ws = connect();
    const Json kari = registerAs(*ws, "kari");
    ASSERT_EQ(kari["type"], "authenticated") << kari.dump();
    const std::string owner = kari["accountId"], token = kari["token"];

    std::set<std::string> acknowledged;
    auto pushGoals = [&](int n) {
        auto [ids, changes] = goals(owner, n);
        Json reply = ws->request(Json{{"type", "push"}, {"changes", changes}}, 30s);
        if (reply["type"] == "push_result") {
            for (size_t i = 0; i < ids.size(); ++i) {
                EXPECT_EQ(reply["results"][i]["status"], "applied") << reply.dump().substr(0, 300);
                acknowledged.insert(ids[i]);
            }
        }
        return std::make_pair(reply, changes);
    };
    for (int i = 0; i < 3; ++i)
        ASSERT_EQ(pushGoals(50).first["type"], "push_result");

    // The disk fills. Pushes go on until the database cannot grow any more: then refused, with a stable code.
    m_disk->fill();
    Json refused;
    std::vector<Json> refusedChanges;
    for (int i = 0; i < 400 && refused.is_null(); ++i) {
        auto [reply, changes] = pushGoals(50);
        if (reply["type"] == "error") {
            refused = reply;
            refusedChanges = changes;
        } else {
            ASSERT_EQ(reply["type"], "push_result") << reply.dump().substr(0, 300);
        }
    }
    ASSERT_FALSE(refused.is_null()) << "the disk never filled (" << m_disk->how() << ")";
    EXPECT_EQ(refused["code"], "storage_full") << refused.dump();
    EXPECT_EQ(m_disk->freeBytes(), 0u);
    std::cout << "[ disk     ] full after " << acknowledged.size() << " goals acknowledged" << std::endl;

    // Still full: every further write is refused the same way, never a crash.
    EXPECT_EQ(ws->request(Json{{"type", "push"}, {"changes", refusedChanges}}, 30s)["code"], "storage_full");
    // Reads keep working: pull, and a second device resuming with its token.
    EXPECT_EQ(pulledIds(*ws), acknowledged) << "everything acknowledged, nothing refused";
    auto second = connect();
    EXPECT_EQ(second->request(Json{{"type", "resume"}, {"token", token}})["type"], "authenticated");
    EXPECT_EQ(pulledIds(*second), acknowledged);
    // A login must store a token: refused with the same code, and the connection stays usable.
    auto third = connect();
    const Json login = third->request(
        Json{{"type", "login"}, {"username", "kari"}, {"password", testPassword}, {"deviceName", "nettbrett"}}, 30s);
    EXPECT_EQ(login["code"], "storage_full") << login.dump();
    EXPECT_TRUE(third->isOpen());

    // Space returns: the refused push, sent again unchanged, is applied; and the server takes new writes.
    m_disk->release();
    Json again = ws->request(Json{{"type", "push"}, {"changes", refusedChanges}}, 30s);
    ASSERT_EQ(again["type"], "push_result") << again.dump().substr(0, 300);
    for (const auto &r : again["results"]) {
        EXPECT_EQ(r["status"], "applied");
        acknowledged.insert(r["changeId"].get<std::string>());
    }
    // changeIds are not record ids: take the ids from the changes.
    for (const auto &c : refusedChanges) {
        acknowledged.erase(c["changeId"].get<std::string>());
        acknowledged.insert(c["record"]["id"].get<std::string>());
    }
    EXPECT_EQ(third->request(Json{{"type", "login"}, {"username", "kari"}, {"password", testPassword},
                                  {"deviceName", "nettbrett"}},
                             30s)["type"],
              "authenticated");
    EXPECT_EQ(pulledIds(*ws), acknowledged);

    // A clean restart: the files pass SQLite's check at open, and everything acknowledged is there.
    ws.reset();
    second.reset();
    third.reset();
    EXPECT_EQ(m_server->stop(SIGTERM), 0) << m_server->log();
    startServer();
    auto after = connect();
    ASSERT_EQ(after->request(Json{{"type", "resume"}, {"token", token}})["type"], "authenticated");
    EXPECT_EQ(pulledIds(*after), acknowledged);
}

} // namespace
