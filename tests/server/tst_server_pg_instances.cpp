// Issue 13: several server processes on one PostgreSQL database. Any device on any instance (its token and change
// ids hold everywhere), and one order of changes with no gaps: readers following their cursor on one instance never
// skip a change another instance commits later with a smaller sequence number. Runs only as server.pg.*.
#include "support/server_harness.h"

#include <libpq-fe.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <atomic>
#include <csignal>
#include <set>
#include <thread>

using namespace medvandrer::testing;

namespace {

class PgInstancesTest : public ::testing::Test
{
protected:
    static constexpr int instances = 3;

    void SetUp() override
    {
        if (!testOnPostgres())
            GTEST_SKIP() << "PostgreSQL only";
        m_name = databaseNameFor(m_dirs[0].path());
        ASSERT_TRUE(PgCluster::shared().createDatabase(m_name));
        m_url = PgCluster::shared().url(m_name);
        for (int i = 0; i < instances; ++i) {
            m_servers.push_back(std::make_unique<ServerProcess>(serverBinary, m_dirs[i].path(),
                                                                std::vector<std::string>{"--database", m_url}));
            ASSERT_TRUE(m_servers.back()->start()) << m_servers.back()->log();
        }
    }
    void TearDown() override
    {
        m_servers.clear();
        if (!m_name.empty())
            PgCluster::shared().dropDatabase(m_name);
    }

    unsigned short port(int instance) const { return m_servers[static_cast<size_t>(instance)]->port(); }

    std::unique_ptr<WsClient> connect(int instance)
    {
        auto ws = std::make_unique<WsClient>(port(instance));
        EXPECT_EQ(ws->request(Json{{"type", "hello"}, {"protocol", 1}, {"client", "tests"}})["type"], "welcome");
        return ws;
    }

    // A koordinator account made by the admin command, signed in on the given instance.
    Device koordinator(const std::string &username, int instance)
    {
        auto r = runCommand({serverBinary, "create-koordinator", "--username", username, "--display-name", username,
                             "--password-stdin", "--json", "--database", m_url},
                            std::string(testPassword) + "\n");
        EXPECT_EQ(r.exitCode, 0) << r.err;
        return login(username, instance);
    }

    Device login(const std::string &username, int instance)
    {
        auto ws = connect(instance);
        Json reply = ws->request(
            Json{{"type", "login"}, {"username", username}, {"password", testPassword}, {"deviceName", "nettbrett"}});
        EXPECT_EQ(reply["type"], "authenticated") << reply.dump();
        Device d;
        d.ws = std::move(ws);
        d.accountId = reply.value("accountId", "");
        d.token = reply.value("token", "");
        return d;
    }

    std::array<TempDir, instances> m_dirs;
    std::string m_name;
    std::string m_url;
    std::vector<std::unique_ptr<ServerProcess>> m_servers;
};

TEST_F(PgInstancesTest, ATokenAndAChangeIdHoldOnEveryInstance)
{
    Device lise = koordinator("lise", 0);
    auto a = activity(lise.accountId, "Kafe på tvers");
    const Json change = a.change();
    Json first = lise.ws->request(Json{{"type", "push"}, {"changes", {change}}});
    ASSERT_EQ(first["results"][0]["status"], "applied") << first.dump();

    // The same device on another instance, by its token: the same change again (an ack lost on the way) is a
    // duplicate with the same sequence number, never a second copy.
    auto ws = connect(1);
    Json resumed = ws->request(Json{{"type", "resume"}, {"token", lise.token}});
    ASSERT_EQ(resumed["type"], "authenticated") << resumed.dump();
    Json again = ws->request(Json{{"type", "push"}, {"changes", {change}}});
    EXPECT_EQ(again["results"][0]["status"], "duplicate") << again.dump();
    EXPECT_EQ(again["results"][0]["seq"], first["results"][0]["seq"]);

    // A third instance serves it once, and a cursor from one instance is good on another.
    Device ola = koordinator("ola", 2);
    Json page = ola.ws->request(Json{{"type", "pull"}, {"cursor", 0}});
    ASSERT_EQ(page["type"], "changes") << page.dump();
    int copies = 0;
    for (const auto &r : page["records"])
        copies += r["id"] == a.id() ? 1 : 0;
    EXPECT_EQ(copies, 1);
    auto ws0 = connect(0);
    ASSERT_EQ(ws0->request(Json{{"type", "resume"}, {"token", ola.token}})["type"], "authenticated");
    Json after = ws0->request(Json{{"type", "pull"}, {"cursor", page["cursor"]}});
    ASSERT_EQ(after["type"], "changes") << after.dump();
    EXPECT_TRUE(after["records"].empty()) << after.dump();
}

// Writers on all three instances commit concurrently; a reader on each instance pulls from its cursor in a tight
// loop. A change committed after a reader passed its sequence number would never reach that reader: every
// acknowledged change must be in every reader's stream, each once.
TEST_F(PgInstancesTest, ReadersFollowingTheirCursorSkipNoChangeCommittedOnAnyInstance)
{
    constexpr int writersPerInstance = 2;
    struct Writer
    {
        Device device;
        std::vector<std::string> acknowledged;
    };
    struct Reader
    {
        Device device;
        std::vector<std::string> seen;
        int64_t cursor = 0;
        int pulls = 0;
        bool ok = true;
    };
    std::vector<std::unique_ptr<Writer>> writers;
    std::vector<std::unique_ptr<Reader>> readers;
    for (int i = 0; i < instances * writersPerInstance; ++i) {
        auto w = std::make_unique<Writer>();
        w->device = koordinator("skriver" + std::to_string(i), i % instances);
        writers.push_back(std::move(w));
    }
    for (int i = 0; i < instances; ++i) {
        auto r = std::make_unique<Reader>();
        r->device = koordinator("leser" + std::to_string(i), i);
        readers.push_back(std::move(r));
    }

    // One pull page after the reader's cursor; false on any error.
    auto pullOnce = [](Reader &r) {
        Json page = r.device.ws->request(Json{{"type", "pull"}, {"cursor", r.cursor}, {"limit", 200}});
        ++r.pulls;
        if (page["type"] != "changes")
            return false;
        for (const auto &rec : page["records"])
            r.seen.push_back(rec["id"].get<std::string>());
        const int64_t next = page["cursor"];
        if (next < r.cursor)
            return false;
        r.cursor = next;
        return page["more"].get<bool>();
    };

    std::atomic<bool> writing{true};
    std::atomic<bool> reading{true};
    std::vector<std::thread> threads;
    for (auto &w : writers)
        threads.emplace_back([&writing, &w = *w] {
            int n = 0;
            while (writing) {
                // Several records per push, so transactions are of different lengths and overlap.
                std::vector<Json> changes;
                std::vector<std::string> ids;
                for (int k = 0; k < 1 + n % 4; ++k) {
                    auto a = activity(w.device.accountId, "Aktivitet " + std::to_string(n) + "." + std::to_string(k));
                    changes.push_back(a.change());
                    ids.push_back(a.id());
                }
                ++n;
                Json r = w.device.ws->request(Json{{"type", "push"}, {"changes", changes}});
                if (!r.contains("results"))
                    continue;
                for (size_t k = 0; k < ids.size(); ++k)
                    if (r["results"][k]["status"] == "applied")
                        w.acknowledged.push_back(ids[k]);
            }
        });
    for (auto &r : readers)
        threads.emplace_back([&reading, &pullOnce, &r = *r] {
            while (reading)
                (void)pullOnce(r);
        });

    std::this_thread::sleep_for(std::chrono::seconds(4));
    writing = false;
    for (size_t i = 0; i < writers.size(); ++i)
        threads[i].join();
    reading = false;
    for (size_t i = writers.size(); i < threads.size(); ++i)
        threads[i].join();

    std::set<std::string> acknowledged;
    for (auto &w : writers)
        acknowledged.insert(w->acknowledged.begin(), w->acknowledged.end());
    ASSERT_GT(acknowledged.size(), 100u) << "too little concurrency to prove anything";
    for (auto &r : readers) {
        // Catch up from where the reader stopped: never from 0.
        for (int i = 0; i < 1000 && pullOnce(*r); ++i) {
        }
        const std::set<std::string> seen(r->seen.begin(), r->seen.end());
        EXPECT_EQ(seen.size(), r->seen.size()) << "a change came twice";
        size_t holes = 0;
        for (const auto &id : acknowledged)
            holes += seen.count(id) ? 0 : 1;
        EXPECT_EQ(holes, 0u) << "a reader with " << r->pulls << " pulls skipped " << holes << " of "
                             << acknowledged.size() << " committed changes";
        EXPECT_GT(r->pulls, 20) << "the reader hardly read while writers wrote";
    }
}

// The booking race across instances: 200 devices spread over three instances book one session of 20 seats at
// once. Exactly 20 are confirmed and the rest wait-listed 1..180, in the order their bookings were decided.
TEST_F(PgInstancesTest, BookingRaceAcrossThreeInstancesIsExact)
{
    constexpr int devices = 200;
    constexpr int seats = 20;
    Device lise = koordinator("lise", 0);
    auto act = activity(lise.accountId, "Kafe med få plasser").set("capacity", seats);
    Json made = lise.ws->request(Json{{"type", "push"}, {"changes", {act.change()}}});
    ASSERT_EQ(made["results"][0]["status"], "applied") << made.dump();
    lise.ws->close();

    auto created = runCommand({serverBinary, "create-accounts", "--count", std::to_string(devices), "--prefix", "racer",
                               "--role", "bruker", "--json", "--database", m_url});
    ASSERT_EQ(created.exitCode, 0) << created.err;
    const Json list = Json::parse(created.out, nullptr, false);
    ASSERT_TRUE(list.is_array() && list.size() == static_cast<size_t>(devices)) << created.out;

    std::vector<std::unique_ptr<WsClient>> clients;
    std::vector<std::string> bookingIds;
    std::vector<Json> pushes;
    for (int i = 0; i < devices; ++i) {
        const Json &acc = list[static_cast<size_t>(i)];
        auto ws = connect(i % instances);
        ASSERT_EQ(ws->request(Json{{"type", "resume"}, {"token", acc["token"]}})["type"], "authenticated");
        auto b = booking(acc["accountId"], act.id());
        bookingIds.push_back(b.id());
        pushes.push_back(Json{{"type", "push"}, {"rid", "book"}, {"changes", {b.change()}}});
        clients.push_back(std::move(ws));
    }
    for (int i = 0; i < devices; ++i)
        ASSERT_TRUE(clients[static_cast<size_t>(i)]->sendJson(pushes[static_cast<size_t>(i)]));

    // Each device's decision: its booking as the server wrote it, sent to the device's own connection.
    std::map<std::string, std::pair<std::string, int64_t>> decided;
    for (int i = 0; i < devices; ++i) {
        const std::string &id = bookingIds[static_cast<size_t>(i)];
        auto frame = clients[static_cast<size_t>(i)]->waitFor(
            [&id](const Json &m) {
                if (m.value("type", "") != "changes")
                    return false;
                for (const auto &r : m.value("records", Json::array()))
                    if (r.value("id", "") == id && r["fields"].contains("status") &&
                        r["fields"]["status"]["v"] != "requested")
                        return true;
                return false;
            },
            std::chrono::seconds(20));
        ASSERT_TRUE(frame) << "device " << i << " got no decision";
        for (const auto &r : (*frame)["records"])
            if (r["id"] == id)
                decided[id] = {r["fields"]["status"]["v"].get<std::string>(),
                               r["fields"].contains("position") ? r["fields"]["position"]["v"].get<int64_t>() : 0};
    }
    int confirmed = 0;
    std::set<int64_t> positions;
    for (const auto &[id, d] : decided) {
        confirmed += d.first == "confirmed" ? 1 : 0;
        if (d.first == "waitlisted")
            EXPECT_TRUE(positions.insert(d.second).second) << "position " << d.second << " twice";
        else
            EXPECT_EQ(d.first, "confirmed");
    }
    EXPECT_EQ(confirmed, seats);
    ASSERT_EQ(positions.size(), static_cast<size_t>(devices - seats));
    EXPECT_EQ(*positions.begin(), 1);
    EXPECT_EQ(*positions.rbegin(), devices - seats);

    // Arrival order: the wait-list follows the order in which the bookings were decided (their sequence numbers),
    // and every confirmed booking was decided before every wait-listed one.
    Device ola = koordinator("ola", 1);
    int64_t cursor = 0;
    std::vector<std::pair<int64_t, std::string>> bySeq; // first time each booking appears, in stream order
    std::set<std::string> listed;
    for (int page = 0; page < 100; ++page) {
        Json p = ola.ws->request(Json{{"type", "pull"}, {"cursor", cursor}, {"limit", 500}});
        ASSERT_EQ(p["type"], "changes") << p.dump();
        for (const auto &r : p["records"])
            if (r["kind"] == "booking" && listed.insert(r["id"].get<std::string>()).second)
                bySeq.emplace_back(static_cast<int64_t>(bySeq.size()), r["id"].get<std::string>());
        cursor = p["cursor"];
        if (!p["more"].get<bool>())
            break;
    }
    ASSERT_EQ(bySeq.size(), static_cast<size_t>(devices));
    int64_t expectPosition = 0;
    for (const auto &[order, id] : bySeq) {
        const auto &d = decided.at(id);
        if (order < seats)
            EXPECT_EQ(d.first, "confirmed") << "booking " << order << " in order";
        else
            EXPECT_EQ(d.second, ++expectPosition) << "booking " << order << " in order";
    }
}

// Live across instances: a change accepted by one instance reaches a device connected to another (woken by
// LISTEN/NOTIFY, read by sequence). The 50 ms p99 is measured by the benchmark; here each must arrive
// within a second (CI machines are shared), and the p99 is printed.
TEST_F(PgInstancesTest, AChangeOnOneInstanceReachesADeviceOnAnotherLive)
{
    Device lise = koordinator("lise", 0);
    Device ola = koordinator("ola", 1);
    Device kari = koordinator("kari", 2);
    std::vector<double> ms;
    for (int i = 0; i < 40; ++i) {
        auto a = activity(lise.accountId, "Live " + std::to_string(i));
        const auto sent = std::chrono::steady_clock::now();
        Json r = lise.ws->request(Json{{"type", "push"}, {"changes", {a.change()}}});
        ASSERT_EQ(r["results"][0]["status"], "applied") << r.dump();
        for (Device *reader : {&ola, &kari}) {
            auto frame = reader->ws->waitFor(
                [&a](const Json &m) {
                    if (m.value("type", "") != "changes" || m.contains("rid"))
                        return false;
                    for (const auto &rec : m.value("records", Json::array()))
                        if (rec.value("id", "") == a.id())
                            return true;
                    return false;
                },
                std::chrono::seconds(1));
            ASSERT_TRUE(frame) << "change " << i << " did not reach the other instance within 1 s";
            ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - sent).count());
        }
    }
    std::sort(ms.begin(), ms.end());
    std::printf("live across instances: p50 %.1f ms, p99 %.1f ms over %zu deliveries (push sent -> frame read)\n",
                ms[ms.size() / 2], ms[ms.size() * 99 / 100], ms.size());

    // The waiting connections lost (as when PostgreSQL restarts): notifications sent meanwhile are gone, yet the
    // change arrives, as the follower listens again and catches up by sequence.
    PGconn *admin = PQconnectdb(m_url.c_str());
    ASSERT_EQ(PQstatus(admin), CONNECTION_OK);
    PGresult *killed = PQexec(admin, "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                     "WHERE datname = current_database() AND query LIKE 'LISTEN%'");
    ASSERT_EQ(PQresultStatus(killed), PGRES_TUPLES_OK);
    EXPECT_EQ(std::string(PQgetvalue(killed, 0, 0)), "3") << "one waiting connection per instance";
    PQclear(killed);
    PQfinish(admin);
    auto after = activity(lise.accountId, "Etter omstart");
    Json r;
    for (int i = 0; i < 50; ++i) {
        r = lise.ws->request(Json{{"type", "push"}, {"changes", {after.change()}}});
        if (r.contains("results"))
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    ASSERT_EQ(r["results"][0]["status"], "applied") << r.dump();
    auto frame = ola.ws->waitFor(
        [&after](const Json &m) {
            for (const auto &rec : m.value("records", Json::array()))
                if (rec.value("id", "") == after.id())
                    return m.value("type", "") == "changes";
            return false;
        },
        std::chrono::seconds(5));
    EXPECT_TRUE(frame) << "no live change after the waiting connections were lost";
}

} // namespace
