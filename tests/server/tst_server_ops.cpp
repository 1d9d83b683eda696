#include "support/server_harness.h"

#include <atomic>
#include <csignal>
#include <thread>
#include <filesystem>
#include <fstream>
#include <map>

using namespace medvandrer::testing;

namespace {

class OpsTest : public ServerTest
{
};

TEST_F(OpsTest, HealthzAndMetricsOverHttp)
{
    Device kari = registerAs("bruker", "kari");
    ASSERT_EQ(statusOf(push(*kari.ws, {goal(kari.accountId).change()})), "applied");
    pullAll(*kari.ws);
    (void)kari.ws->request(Json{{"type", "nonsense"}});

    HttpResult health = httpRequest(port(), "GET", "/healthz");
    EXPECT_EQ(health.status, 200);
    EXPECT_EQ(Json::parse(health.body, nullptr, false)["status"], "ok");

    HttpResult metrics = httpRequest(port(), "GET", "/metrics");
    EXPECT_EQ(metrics.status, 200);
    EXPECT_NE(metrics.contentType.find("text/plain"), std::string::npos);
    for (const char *name : {"medvandrer_connections 1", "medvandrer_messages_in_total", "medvandrer_messages_out_total",
                             "medvandrer_push_total 1", "medvandrer_pull_total", "medvandrer_push_seconds_bucket",
                             "medvandrer_pull_seconds_count", "medvandrer_commit_seconds_sum",
                             "medvandrer_errors_total{code=\"unknown_type\"} 1", "medvandrer_changes_applied_total 1"})
        EXPECT_NE(metrics.body.find(name), std::string::npos) << name << "\n" << metrics.body;
    // Metrics carry no secrets or content.
    EXPECT_EQ(metrics.body.find(kari.token), std::string::npos);

    EXPECT_EQ(httpRequest(port(), "GET", "/nope").status, 404);
    EXPECT_EQ(httpRequest(port(), "POST", "/healthz").status, 405);
    WsClient wrongPath(port(), WsClient::Options{false, "", "/elsewhere"});
    EXPECT_FALSE(wrongPath.isOpen());
}

TEST_F(OpsTest, LogsHoldNoSecrets)
{
    Device kari = registerAs("bruker", "kari");
    auto g = goal(kari.accountId, "Hemmelig helsemål");
    ASSERT_EQ(statusOf(push(*kari.ws, {g.change()})), "applied");
    kari.ws->close();
    ASSERT_EQ(server().stop(SIGTERM), 0);
    const std::string log = server().log();
    EXPECT_NE(log.find("event=listening"), std::string::npos);
    for (const std::string &secret : {kari.token, std::string(testPassword), std::string("Hemmelig helsemål")})
        EXPECT_EQ(log.find(secret), std::string::npos) << secret;
}

TEST_F(OpsTest, RefusesNonLoopbackWithoutTls)
{
    TempDir dir;
    auto refused = runCommand({serverBinary, "serve", "--data-dir", dir.path(), "--listen", "0.0.0.0", "--port", "0"});
    EXPECT_NE(refused.exitCode, 0);
    EXPECT_NE(refused.err.find("TLS"), std::string::npos) << refused.err;

    ServerProcess insecure(serverBinary, dir.path(), {"--listen", "0.0.0.0", "--allow-insecure-remote"});
    ASSERT_TRUE(insecure.start()) << insecure.log();
    EXPECT_EQ(insecure.stop(SIGINT), 0);
}

TEST_F(OpsTest, ServesWssWithACertificate)
{
    TempDir certs;
    const std::string cert = certs.path() + "/cert.pem", key = certs.path() + "/key.pem";
    auto made = runCommand({"/usr/bin/openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                            "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", key, "-out", cert, "-days", "1",
                            "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1"});
    ASSERT_EQ(made.exitCode, 0) << made.err;

    TempDir dir;
    ServerProcess tls(serverBinary, dir.path(), {"--tls-cert", cert, "--tls-key", key});
    ASSERT_TRUE(tls.start()) << tls.log();
    WsClient client(tls.port(), WsClient::Options{true, cert, "/sync"});
    ASSERT_TRUE(client.isOpen()) << client.error();
    Json w = client.request(Json{{"type", "hello"}, {"protocol", 1}});
    EXPECT_EQ(w["type"], "welcome");
    // Plain ws:// to a TLS port does not work.
    WsClient plain(tls.port());
    EXPECT_FALSE(plain.isOpen());
    client.close();
    EXPECT_EQ(tls.stop(SIGTERM), 0);

    TempDir dir2;
    auto noKey = runCommand({serverBinary, "serve", "--data-dir", dir2.path(), "--tls-cert", cert});
    EXPECT_NE(noKey.exitCode, 0);
}

TEST_F(OpsTest, DemoSeedIsIdempotentAndUsable)
{
    auto first = admin({"demo", "--json"});
    ASSERT_EQ(first.exitCode, 0) << first.err;
    Json j = Json::parse(first.out, nullptr, false);
    ASSERT_TRUE(j.contains("accounts")) << first.out;
    EXPECT_GE(j["activities"].get<int>(), 8);
    std::map<std::string, std::string> roles;
    for (const auto &a : j["accounts"]) {
        roles[a["username"]] = a["role"];
        EXPECT_EQ(a["password"], "demo-passord");
        EXPECT_TRUE(medvandrer::isUuid(a["accountId"].get<std::string>()));
    }
    EXPECT_EQ(roles["lise"], "koordinator");
    EXPECT_EQ(roles["jonas"], "erfaringskonsulent");
    EXPECT_EQ(roles["kari"], "bruker");
    EXPECT_EQ(roles["per"], "bruker");

    auto second = admin({"demo", "--json"});
    ASSERT_EQ(second.exitCode, 0) << second.err;
    EXPECT_EQ(Json::parse(second.out)["accounts"], j["accounts"]);

    // The running server serves the seeded data: kari logs in with the demo password and pulls the calendar.
    Device kari = login("kari", "demo-passord");
    auto pulled = pullAll(*kari.ws);
    EXPECT_EQ(pulled.records.size(), static_cast<size_t>(j["activities"].get<int>()));
    bool found = false;
    for (const auto &r : pulled.records) {
        EXPECT_EQ(r["kind"], "activity");
        EXPECT_NE(r["fields"]["title"]["t"].get<std::string>().find("-server"), std::string::npos);
        found = found || r["fields"]["title"]["v"] == "Kurs i mestring av depresjon";
    }
    EXPECT_TRUE(found);
    auto text = admin({"demo"});
    EXPECT_NE(text.out.find("demo-passord"), std::string::npos);
}

TEST_F(OpsTest, ImportActivitiesFromJson)
{
    const std::string file = dataDir() + "/activities.json";
    {
        std::ofstream out(file);
        out << R"([{"title":"Kafe 103","organiser":"RIO","organiserKind":"brukerorganisasjon",
                   "address":"Skippergata 103, 9008 Tromsø","start":"2025-03-07T10:00:00+01:00",
                   "recurrenceWeeks":1,"tags":["kafé","rusfritt"]},
                  {"id":"0b7c8f7e-5a3e-4c43-9a1e-3c2b9f7d1a10","title":"Turgruppe","start":"2025-03-05T10:00:00+01:00",
                   "capacity":15}])";
    }
    Device lise = koordinator();
    auto r = admin({"import-activities", "--file", file, "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    Json j = Json::parse(r.out);
    EXPECT_EQ(j["imported"], 2);
    EXPECT_EQ(j["changed"], 2);
    auto again = admin({"import-activities", "--file", file, "--json"});
    EXPECT_EQ(Json::parse(again.out)["changed"], 0);
    auto pulled = pullAll(*lise.ws);
    EXPECT_EQ(pulled.records.size(), 2u);
    EXPECT_TRUE(pulled.has("0b7c8f7e-5a3e-4c43-9a1e-3c2b9f7d1a10"));

    std::ofstream(dataDir() + "/bad.json") << R"([{"title":""}])";
    EXPECT_NE(admin({"import-activities", "--file", dataDir() + "/bad.json"}).exitCode, 0);
    EXPECT_EQ(admin({"init", "--json"}).exitCode, 0);
}

// An online backup while the server serves and writes, restored into a new data directory that then serves it all.
// On PostgreSQL the command refuses and points at pg_dump (the database has its own tools).
TEST_F(OpsTest, OnlineBackupAndRestore)
{
    Device kari = registerAs("bruker", "kari");
    std::vector<std::string> ids;
    for (int i = 0; i < 20; ++i) {
        auto g = goal(kari.accountId, "mål " + std::to_string(i));
        ids.push_back(g.id());
        ASSERT_EQ(statusOf(push(*kari.ws, {g.change()})), "applied");
    }
    TempDir backupParent;
    const std::string backupDir = backupParent.path() + "/backup";
    if (testOnPostgres()) {
        auto refused = admin({"backup", "--to", backupDir});
        EXPECT_NE(refused.exitCode, 0);
        EXPECT_NE(refused.err.find("pg_dump"), std::string::npos) << refused.err;
        return;
    }
    // Pushes keep coming while the copy is taken.
    std::atomic<bool> writing{true};
    std::thread writer([&] {
        auto ws = connect(false);
        (void)ws->request(Json{{"type", "hello"}, {"protocol", 1}, {"client", "tests"}});
        (void)ws->request(Json{{"type", "resume"}, {"token", kari.token}});
        for (int i = 0; writing && i < 200; ++i)
            (void)push(*ws, {goal(kari.accountId, "under backup").change()});
    });
    auto made = admin({"backup", "--to", backupDir, "--json"});
    writing = false;
    writer.join();
    ASSERT_EQ(made.exitCode, 0) << made.err;
    EXPECT_NE(admin({"backup", "--to", backupDir}).exitCode, 0) << "never over an earlier backup";

    TempDir restored;
    const std::string target = restored.path() + "/data";
    auto r = runCommand({serverBinary, "restore", "--data-dir", target, "--from", backupDir, "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(runCommand({serverBinary, "restore", "--data-dir", target, "--from", backupDir}).exitCode, 0)
        << "never over a data directory in use";
    ServerProcess again(serverBinary, target);
    ASSERT_TRUE(again.start()) << again.log();
    auto ws = std::make_unique<WsClient>(again.port());
    (void)ws->request(Json{{"type", "hello"}, {"protocol", 1}, {"client", "tests"}});
    Json resumed = ws->request(Json{{"type", "resume"}, {"token", kari.token}});
    ASSERT_EQ(resumed["type"], "authenticated") << resumed.dump();
    auto pulled = pullAll(*ws);
    for (const auto &id : ids)
        EXPECT_TRUE(pulled.has(id)) << id;
}

// Issue 17: a damaged data file is refused at start with a clear message, never served. SQLite keeps no checksums
// of record text, so what is caught is damage to the file's structure (a page overwritten, the end cut off), which
// PRAGMA quick_check at open finds (shared/store/sqlite_database.cpp).
class CorruptFileTest : public OpsTest
{
protected:
    // Damage to SQLite's own data file: on PostgreSQL there is no server.db (it keeps and checks its own pages).
    void SetUp() override
    {
        if (testOnPostgres())
            GTEST_SKIP() << "the damaged file is SQLite's server.db";
        OpsTest::SetUp();
    }
    // A server.db of many pages, cleanly shut down (no write-ahead log left), copied aside.
    std::string filledDataFile()
    {
        Device kari = registerAs("bruker", "kari");
        std::vector<Json> changes;
        // Titles within the schema's 300 characters: the goals must be stored for their pages to be damaged.
        for (int i = 0; i < 300; ++i)
            changes.push_back(goal(kari.accountId, "Mål " + std::to_string(i) + " " + std::string(250, 'x')).change());
        const Json result = push(*kari.ws, changes);
        EXPECT_EQ(result["results"].size(), 300u) << result.dump().substr(0, 300);
        for (const auto &r : result["results"])
            EXPECT_EQ(r["status"], "applied") << r.dump();
        kari.ws->close();
        EXPECT_EQ(server().stop(SIGTERM), 0);
        const std::string db = dataDir() + "/server.db";
        EXPECT_FALSE(std::filesystem::exists(db + "-wal") && std::filesystem::file_size(db + "-wal") > 0);
        EXPECT_GT(std::filesystem::file_size(db), 40u * 4096);
        return db;
    }

    void expectRefusal(const std::string &what)
    {
        const std::string logPath = dataDir() + "/server.log";
        const size_t earlier = std::filesystem::exists(logPath) ? std::filesystem::file_size(logPath) : 0;
        ServerProcess again(serverBinary, dataDir());
        EXPECT_FALSE(again.start()) << what << ": the server started on a damaged file";
        const std::string log = again.log().substr(earlier); // this start's lines only
        EXPECT_NE(log.find("server.db"), std::string::npos) << what << ": the message names no file\n" << log;
        EXPECT_NE(log.find("damaged"), std::string::npos) << what << "\n" << log;
        EXPECT_NE(log.find("restore"), std::string::npos) << what << "\n" << log;
    }
};

TEST_F(CorruptFileTest, TruncatedDataFileIsRefused)
{
    const std::string db = filledDataFile();
    std::filesystem::resize_file(db, std::filesystem::file_size(db) / 2);
    expectRefusal("truncated to half");
}

TEST_F(CorruptFileTest, OverwrittenPageIsRefused)
{
    const std::string db = filledDataFile();
    const auto pages = std::filesystem::file_size(db) / 4096;
    std::fstream f(db, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(std::streamoff(pages / 2) * 4096);
    const std::string garbage(4096, '\x5a');
    f.write(garbage.data(), std::streamsize(garbage.size()));
    f.close();
    expectRefusal("page " + std::to_string(pages / 2) + " of " + std::to_string(pages) + " overwritten");
}

TEST_F(CorruptFileTest, GarbledHeaderIsRefused)
{
    const std::string db = filledDataFile();
    std::fstream f(db, std::ios::in | std::ios::out | std::ios::binary);
    f.write("this is not SQLite", 18);
    f.close();
    expectRefusal("header overwritten");
}

} // namespace

namespace {

// The whole way back from a damaged file: a backup taken while serving, the file damaged after a clean stop, the
// server refusing it, the damaged folder moved away (restore never writes over one), `restore` into an empty one,
// and the restored server serving everything the backup held to the same device token.
TEST_F(CorruptFileTest, DamagedFileIsRefusedAndRestoreBringsTheBackupBack)
{
    Device kari = registerAs("bruker", "kari");
    std::vector<Json> changes;
    std::vector<std::string> ids;
    for (int i = 0; i < 300; ++i) {
        auto g = goal(kari.accountId, "Mål nummer " + std::to_string(i));
        ids.push_back(g.id());
        changes.push_back(g.change());
    }
    const Json pushed = push(*kari.ws, changes);
    ASSERT_EQ(pushed["results"].size(), 300u);
    for (const auto &r : pushed["results"])
        ASSERT_EQ(r["status"], "applied") << r.dump();
    TempDir backupParent;
    const std::string backupDir = backupParent.path() + "/backup";
    auto made = admin({"backup", "--to", backupDir, "--json"});
    ASSERT_EQ(made.exitCode, 0) << made.err;
    kari.ws->close();
    ASSERT_EQ(server().stop(SIGTERM), 0);

    const std::string db = dataDir() + "/server.db";
    const auto pages = std::filesystem::file_size(db) / 4096;
    {
        std::fstream f(db, std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(std::streamoff(pages / 3) * 4096);
        const std::string garbage(4096, '\x33');
        f.write(garbage.data(), std::streamsize(garbage.size()));
    }
    expectRefusal("page " + std::to_string(pages / 3) + " of " + std::to_string(pages) + " overwritten");
    EXPECT_NE(runCommand({serverBinary, "restore", "--data-dir", dataDir(), "--from", backupDir}).exitCode, 0)
        << "restore must not write over the damaged folder";

    TempDir moved;
    const std::string damaged = moved.path() + "/damaged";
    std::filesystem::rename(dataDir(), damaged);
    auto r = runCommand({serverBinary, "restore", "--data-dir", dataDir(), "--from", backupDir, "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    ServerProcess again(serverBinary, dataDir());
    ASSERT_TRUE(again.start()) << again.log();
    auto ws = std::make_unique<WsClient>(again.port());
    (void)ws->request(Json{{"type", "hello"}, {"protocol", 1}, {"client", "tests"}});
    Json resumed = ws->request(Json{{"type", "resume"}, {"token", kari.token}});
    ASSERT_EQ(resumed["type"], "authenticated") << resumed.dump();
    auto pulled = pullAll(*ws);
    for (const auto &id : ids)
        EXPECT_TRUE(pulled.has(id)) << id;
    ws->close();
    EXPECT_EQ(again.stop(SIGTERM), 0);
}

} // namespace
