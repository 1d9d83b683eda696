// What only the PostgreSQL engine has: a database that is not there at start, one that goes away while serving,
// a schema from a newer binary, and a password in the URL that must never show. Runs only as server.pg.*.
#include "storage/postgres/pg_connection.h"
#include "support/server_harness.h"

#include <libpq-fe.h>

#include <csignal>
#include <thread>

using namespace medvandrer::testing;

namespace {

// A password PostgreSQL ignores (trust authentication) but the server is given: it must not repeat it anywhere.
constexpr const char *secret = "s3cret-pw-9f2c";

std::string withPassword(const std::string &url)
{
    const std::string scheme = "postgresql://medvandrer@";
    return "postgresql://medvandrer:" + std::string(secret) + "@" + url.substr(scheme.size());
}

bool sql(const std::string &url, const std::string &statement)
{
    PGconn *c = PQconnectdb(url.c_str());
    bool ok = PQstatus(c) == CONNECTION_OK;
    if (ok) {
        PGresult *r = PQexec(c, statement.c_str());
        ok = PQresultStatus(r) == PGRES_COMMAND_OK || PQresultStatus(r) == PGRES_TUPLES_OK;
        PQclear(r);
    }
    PQfinish(c);
    return ok;
}

TEST(PostgresEngine, UnreachableDatabaseAtStartIsAClearErrorWithoutThePassword)
{
    TempDir dir;
    // A port nothing listens on: bound and released by the fixture cluster's free-port rule is not needed here.
    const std::string url = std::string("postgresql://medvandrer:") + secret + "@127.0.0.1:9/nowhere";
    const auto started = std::chrono::steady_clock::now();
    auto r = runCommand({serverBinary, "serve", "--database", url, "--port", "0"});
    EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(15));
    EXPECT_NE(r.exitCode, 0);
    EXPECT_NE(r.err.find("storage_unavailable"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("cannot be reached"), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find(secret), std::string::npos) << r.err;
    EXPECT_EQ(r.out.find(secret), std::string::npos) << r.out;
    // The admin commands say the same.
    auto init = runCommand({serverBinary, "init", "--database", url});
    EXPECT_NE(init.exitCode, 0);
    EXPECT_EQ(init.err.find(secret), std::string::npos) << init.err;
    // Not a PostgreSQL URL at all: refused before anything is opened.
    auto bad = runCommand({serverBinary, "init", "--database", "mysql://x@y/z"});
    EXPECT_NE(bad.exitCode, 0);
    EXPECT_NE(bad.err.find("postgresql://"), std::string::npos) << bad.err;
}

TEST(PostgresEngine, RefusesASchemaNewerThanTheBinary)
{
    PgCluster &cluster = PgCluster::shared();
    TempDir dir;
    const auto args = storageArgs(dir.path());
    std::vector<std::string> init{serverBinary, "init", "--json"};
    init.insert(init.end(), args.begin(), args.end());
    auto first = runCommand(init);
    ASSERT_EQ(first.exitCode, 0) << first.err;
    const Json info = Json::parse(first.out, nullptr, false);
    EXPECT_EQ(info["engine"], "postgresql");
    EXPECT_GE(info["schemaVersion"].get<int64_t>(), 1);
    // Migrations run once: a second init changes nothing.
    auto again = runCommand(init);
    ASSERT_EQ(again.exitCode, 0) << again.err;
    EXPECT_EQ(Json::parse(again.out, nullptr, false)["schemaVersion"], info["schemaVersion"]);

    ASSERT_TRUE(sql(cluster.url(databaseNameFor(dir.path())), "UPDATE schema_version SET version = 9999"));
    auto refused = runCommand(init);
    EXPECT_NE(refused.exitCode, 0);
    EXPECT_NE(refused.err.find("storage_too_new"), std::string::npos) << refused.err;
    ServerProcess server(serverBinary, dir.path());
    EXPECT_FALSE(server.start()) << "served a schema it does not know";
    cluster.dropDatabase(databaseNameFor(dir.path()));
}

// PostgreSQL answers COMMIT in a transaction where a statement failed with status OK and the tag ROLLBACK: the
// connection must report that as a failure, or a revocation whose cleanup failed would be answered «ok».
TEST(PostgresEngine, ACommitThatRolledBackIsAnError)
{
    PgCluster &cluster = PgCluster::shared();
    ASSERT_TRUE(cluster.createDatabase("commit_check"));
    auto db = medvandrer::server::PgConnection::connect(cluster.url("commit_check"));
    ASSERT_TRUE(db) << db.error().message;
    ASSERT_TRUE((*db)->script("BEGIN"));
    EXPECT_FALSE((*db)->script("SELECT 1/0"));
    auto failed = (*db)->commit();
    ASSERT_FALSE(failed);
    EXPECT_EQ(failed.error().code, "storage_error");
    // A transaction without a failure commits.
    ASSERT_TRUE((*db)->script("BEGIN; CREATE TABLE kept(x INTEGER)"));
    EXPECT_TRUE((*db)->commit());
    EXPECT_TRUE((*db)->script("SELECT x FROM kept"));
    db->reset();
    cluster.dropDatabase("commit_check");
}

// A cluster of this test's own, so stopping it disturbs no other test.
class PostgresRestartTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_cluster = PgCluster::start(m_clusterDir.path() + "/pg");
        ASSERT_TRUE(m_cluster);
        ASSERT_TRUE(m_cluster->createDatabase("restart"));
    }

    TempDir m_clusterDir;
    TempDir m_dataDir;
    std::unique_ptr<PgCluster> m_cluster;
};

TEST_F(PostgresRestartTest, LostDatabaseAnswersUnavailableThenReconnectsLosingNothingAcknowledged)
{
    const std::string url = withPassword(m_cluster->url("restart"));
    auto invite = runCommand({serverBinary, "invite", "--role", "bruker", "--json", "--database", url});
    ASSERT_EQ(invite.exitCode, 0) << invite.err;
    ServerProcess server(serverBinary, m_dataDir.path(), {"--database", url, "--log-level", "debug"});
    ASSERT_TRUE(server.start()) << server.log();

    auto ws = std::make_unique<WsClient>(server.port());
    ws->request(Json{{"type", "hello"}, {"protocol", 1}, {"client", "tests"}});
    Json reg = ws->request(Json{{"type", "register"},
                                {"invite", Json::parse(invite.out)["code"]},
                                {"username", "kari"},
                                {"password", testPassword},
                                {"displayName", "Kari"},
                                {"deviceName", "telefon"}});
    ASSERT_EQ(reg["type"], "authenticated") << reg.dump();
    const std::string owner = reg["accountId"];
    auto before = goal(owner, "lagret før stopp");
    Json acked = ws->request(Json{{"type", "push"}, {"changes", {before.change()}}});
    ASSERT_EQ(acked["results"][0]["status"], "applied") << acked.dump();

    ASSERT_TRUE(m_cluster->stopServer());
    auto during = goal(owner, "sendt mens databasen var borte");
    const Json duringChange = during.change();
    Json refused = ws->request(Json{{"type", "push"}, {"changes", {duringChange}}});
    EXPECT_EQ(refused["type"], "error") << refused.dump();
    EXPECT_EQ(refused["code"], "unavailable") << refused.dump();
    Json pullRefused = ws->request(Json{{"type", "pull"}, {"cursor", 0}});
    EXPECT_EQ(pullRefused["code"], "unavailable") << pullRefused.dump();
    HttpResult health = httpRequest(server.port(), "GET", "/healthz");
    EXPECT_EQ(health.status, 200) << "the process itself is alive";

    ASSERT_TRUE(m_cluster->startServer());
    // The same change again, as the app's outbox sends it: applied once the database is back.
    Json retried;
    for (int i = 0; i < 100; ++i) {
        retried = ws->request(Json{{"type", "push"}, {"changes", {duringChange}}});
        if (retried.contains("results"))
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    ASSERT_TRUE(retried.contains("results")) << retried.dump();
    EXPECT_EQ(retried["results"][0]["status"], "applied") << retried.dump();
    Json page = ws->request(Json{{"type", "pull"}, {"cursor", 0}});
    std::set<std::string> ids;
    for (const auto &r : page["records"])
        ids.insert(r["id"].get<std::string>());
    EXPECT_TRUE(ids.count(before.id())) << "acknowledged before the stop";
    EXPECT_TRUE(ids.count(during.id()));

    HttpResult metrics = httpRequest(server.port(), "GET", "/metrics");
    EXPECT_EQ(metrics.body.find(secret), std::string::npos);
    ASSERT_TRUE(server.stop(SIGTERM).has_value());
    const std::string log = server.log();
    EXPECT_EQ(log.find(secret), std::string::npos) << log;
    EXPECT_NE(log.find("storage_unavailable"), std::string::npos) << log;
}

} // namespace
