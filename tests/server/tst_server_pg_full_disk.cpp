// Issue 17, on PostgreSQL: the disk under the server's tables fills up. The test puts the tables that grow with
// every push (records, applied_changes) in a tablespace on a small tmpfs it mounts (tests/common/small_disk.h) —
// PostgreSQL's own WAL stays on the cluster's disk — and fills it. PostgreSQL then refuses to extend the tables
// (SQLSTATE 53100 disk_full) and the server must answer storage_full, not crash, keep serving reads, and take the
// same push once space returns. Needs a mount (root with CAP_SYS_ADMIN, as in CI); where it cannot mount it says so
// and skips, since PostgreSQL offers no injected disk-full.
#include "core/uuid.h"
#include "small_disk.h"
#include "support/server_harness.h"

#include <libpq-fe.h>
#include <pwd.h>

#include <csignal>
#include <set>

using namespace medvandrer;
using namespace medvandrer::testing;

namespace {

// Runs SQL as the cluster's superuser; the error text, or empty on success.
std::string sql(const std::string &database, const std::string &statement)
{
    PGconn *conn = PQconnectdb(PgCluster::shared().url(database).c_str());
    std::string error;
    if (PQstatus(conn) != CONNECTION_OK) {
        error = PQerrorMessage(conn);
    } else {
        PGresult *r = PQexec(conn, statement.c_str());
        if (PQresultStatus(r) != PGRES_COMMAND_OK && PQresultStatus(r) != PGRES_TUPLES_OK)
            error = PQresultErrorMessage(r);
        PQclear(r);
    }
    PQfinish(conn);
    return error;
}

class PgFullDiskTest : public ::testing::Test
{
protected:
    void TearDown() override
    {
        m_server.reset();
        PgCluster::shared().dropDatabase(databaseNameFor(m_dir.path()));
        if (!m_tablespace.empty()) {
            EXPECT_EQ(sql("postgres", "DROP TABLESPACE IF EXISTS " + m_tablespace), "");
        }
        m_disk.reset();
    }

    std::unique_ptr<WsClient> connect()
    {
        auto ws = std::make_unique<WsClient>(m_server->port());
        EXPECT_TRUE(ws->isOpen()) << ws->error();
        EXPECT_EQ(ws->request(Json{{"type", "hello"}, {"protocol", 1}, {"client", "tests"}})["type"], "welcome");
        return ws;
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
    std::string m_tablespace;
};

TEST_F(PgFullDiskTest, TablesCannotGrowStorageFullReadsGoOn)
{
    ASSERT_TRUE(testOnPostgres()) << "registered for PostgreSQL only (server.pg.*)";
    m_disk = std::make_unique<SmallDisk>(m_dir.path() + "/tablespace", size_t(8) << 20);
    if (!m_disk->mounted())
        GTEST_SKIP() << "cannot mount a small file system here: " << m_disk->how();
    // The tablespace folder must belong to the cluster's user (postgres when the tests run as root), who must also
    // reach it.
    ::chmod(m_dir.path().c_str(), 0711);
    if (const passwd *pw = ::getpwnam("postgres"); pw && ::geteuid() == 0) {
        ASSERT_EQ(::chown(m_disk->dir().c_str(), pw->pw_uid, pw->pw_gid), 0);
    }
    ::chmod(m_disk->dir().c_str(), 0700);

    m_server = std::make_unique<ServerProcess>(serverBinary, m_dir.path());
    ASSERT_TRUE(m_server->start()) << m_server->log();
    m_tablespace = "full_disk_" + std::to_string(::getpid());
    ASSERT_EQ(sql("postgres", "CREATE TABLESPACE " + m_tablespace + " LOCATION '" + m_disk->dir() + "'"), "");
    const std::string db = databaseNameFor(m_dir.path());
    for (const char *table : {"records", "applied_changes"})
        ASSERT_EQ(sql(db, std::string("ALTER TABLE ") + table + " SET TABLESPACE " + m_tablespace), "");

    auto ws = connect();
    std::vector<std::string> invite{serverBinary, "invite", "--role", "bruker", "--json"};
    for (auto &a : storageArgs(m_dir.path()))
        invite.push_back(std::move(a));
    auto code = runCommand(invite);
    ASSERT_EQ(code.exitCode, 0) << code.err;
    const Json kari = ws->request(Json{{"type", "register"},
                                       {"invite", Json::parse(code.out, nullptr, false).value("code", "")},
                                       {"username", "kari"},
                                       {"password", testPassword},
                                       {"displayName", "Kari"},
                                       {"deviceName", "telefon"}});
    ASSERT_EQ(kari["type"], "authenticated") << kari.dump();
    const std::string owner = kari["accountId"];

    std::set<std::string> acknowledged;
    Json refused;
    std::vector<Json> refusedChanges;
    auto pushGoals = [&](int n) {
        std::vector<Json> changes;
        std::vector<std::string> ids;
        for (int i = 0; i < n; ++i) {
            auto g = goal(owner, "Mål " + std::to_string(i)).set("why", std::string(2000, 'a' + i % 26));
            ids.push_back(g.id());
            changes.push_back(g.change());
        }
        Json reply = ws->request(Json{{"type", "push"}, {"changes", changes}}, 30s);
        if (reply["type"] == "push_result") {
            for (const auto &id : ids)
                acknowledged.insert(id);
        } else {
            refused = reply;
            refusedChanges = changes;
        }
    };
    pushGoals(50);
    ASSERT_EQ(acknowledged.size(), 50u);
    m_disk->fill();
    for (int i = 0; i < 200 && refused.is_null(); ++i)
        pushGoals(50);
    ASSERT_FALSE(refused.is_null()) << "the tablespace never filled";
    EXPECT_EQ(refused["code"], "storage_full") << refused.dump();
    std::cout << "[ disk     ] tablespace full after " << acknowledged.size() << " goals" << std::endl;

    // Reads go on, the server is still there, nothing acknowledged is missing.
    EXPECT_EQ(pulledIds(*ws), acknowledged);
    auto second = connect();
    EXPECT_EQ(second->request(Json{{"type", "resume"}, {"token", kari["token"]}})["type"], "authenticated");

    // Space returns: the refused push, unchanged, is applied.
    m_disk->release();
    Json again = ws->request(Json{{"type", "push"}, {"changes", refusedChanges}}, 30s);
    ASSERT_EQ(again["type"], "push_result") << again.dump().substr(0, 300);
    for (const auto &c : refusedChanges)
        acknowledged.insert(c["record"]["id"].get<std::string>());
    for (const auto &r : again["results"])
        EXPECT_EQ(r["status"], "applied");
    EXPECT_EQ(pulledIds(*second), acknowledged);
    EXPECT_EQ(m_server->stop(SIGTERM), 0) << m_server->log();
}

} // namespace
