// Issue 13, point 7: several server instances on one PostgreSQL (a cluster of the bench's own, initdb in a temp
// folder, on loopback). Four measurements, each with fresh databases, all in one run so ratios share the machine's
// load (printed at the start and end):
//   throughput  push throughput (records/s) with 1 and with 3 instances: the same devices pushing batches of goals
//               as fast as they are acknowledged, spread over the instances.
//   fanout      1,000 devices spread over 3 instances, a koordinator on instance 1 edits an activity all of them
//               read; latency push sent -> live frame read, separately for devices on the writer's instance and on
//               the others (target: p99 < 50 ms on another instance).
//   booking     200 devices over 3 instances book one session of 20 seats at once: time to the last decision,
//               exactly 20 confirmed and waiting positions 1..180.
//   pglimit     3 instances, more and more pushing devices: records/s, PostgreSQL commits/s (pg_stat_database) and
//               its connections, until doubling the devices no longer raises the commits.
// Usage: bench_instances [--scenario all|throughput|fanout|booking|pglimit] [--seconds S] [--devices N]
#include "async_fleet.h"
#include "support/pg_cluster.h"

#include "core/uuid.h"
#include "protocol/messages.h"

#include <libpq-fe.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <mutex>
#include <set>
#include <thread>

using namespace medvandrer;
using namespace medvandrer::bench;

namespace {

// One PostgreSQL cluster for the whole run; a fresh database and fresh instances per measurement.
class Region
{
public:
    bool startCluster()
    {
        m_cluster = testing::PgCluster::start(m_dir.path() + "/pg");
        return m_cluster != nullptr;
    }
    bool open(const std::string &database, int instances)
    {
        m_servers.clear();
        m_dirs.clear();
        if (!m_cluster->createDatabase(database))
            return false;
        m_url = m_cluster->url(database);
        for (int i = 0; i < instances; ++i) {
            m_dirs.push_back(std::make_unique<testing::TempDir>());
            m_servers.push_back(std::make_unique<testing::ServerProcess>(
                serverBinary, m_dirs.back()->path(), std::vector<std::string>{"--database", m_url}));
            if (!m_servers.back()->start())
                return false;
        }
        return true;
    }
    void close() { m_servers.clear(); }
    unsigned short port(size_t i) const { return m_servers[i % m_servers.size()]->port(); }
    size_t size() const { return m_servers.size(); }
    testing::CommandResult admin(std::vector<std::string> args, const std::string &input = {}) const
    {
        std::vector<std::string> argv{serverBinary};
        argv.insert(argv.end(), args.begin(), args.end());
        argv.push_back("--database");
        argv.push_back(m_url);
        return testing::runCommand(argv, input);
    }
    Json accounts(const std::string &prefix, size_t n) const
    {
        auto r = admin({"create-accounts", "--count", std::to_string(n), "--prefix", prefix, "--role", "bruker", "--json"});
        return r.exitCode == 0 ? Json::parse(r.out, nullptr, false) : Json();
    }
    // One number from the database (pg_stat_*), -1 on failure.
    double scalar(const std::string &sql) const
    {
        PGconn *c = PQconnectdb(m_url.c_str());
        double v = -1;
        if (PQstatus(c) == CONNECTION_OK) {
            PGresult *r = PQexec(c, sql.c_str());
            if (PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1)
                v = std::atof(PQgetvalue(r, 0, 0));
            PQclear(r);
        }
        PQfinish(c);
        return v;
    }
    double commits() const
    {
        return scalar("SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()");
    }

private:
    testing::TempDir m_dir;
    std::unique_ptr<testing::PgCluster> m_cluster;
    std::string m_url;
    std::vector<std::unique_ptr<testing::TempDir>> m_dirs;
    std::vector<std::unique_ptr<testing::ServerProcess>> m_servers;
};

std::unique_ptr<WsClient> resumed(unsigned short port, const std::string &token)
{
    auto ws = std::make_unique<WsClient>(port);
    if (!ws->isOpen() || ws->request(Json{{"type", "hello"}, {"protocol", 1}, {"client", "bench"}})["type"] != "welcome")
        return nullptr;
    if (ws->request(Json{{"type", "resume"}, {"token", token}})["type"] != "authenticated")
        return nullptr;
    return ws;
}

Json goalChange(HybridClock &clock, const std::string &owner, int n)
{
    Record r;
    r.id = newUuid();
    r.kind = "goal";
    r.owner = owner;
    r.originDevice = "bench";
    const Hlc at = clock.tick();
    r.fields["title"] = {"mål " + std::to_string(n), at};
    r.fields["status"] = {"active", at};
    return protocol::encodePushRequest("", {Change{newUuid(), r}})["changes"][0];
}

struct PushLoad
{
    double recordsPerSecond = 0;
    double pushesPerSecond = 0;
    Summary latency;
    double commitsPerSecond = 0;
    double connections = 0;
    bool ok = false;
};

// `devices` devices spread over the region's instances push batches of `batch` new goals for `seconds`.
PushLoad pushFor(Region &region, const std::string &prefix, size_t devices, int batch, double seconds)
{
    PushLoad out;
    const Json list = region.accounts(prefix, devices);
    if (!list.is_array() || list.size() != devices)
        return out;
    std::vector<std::unique_ptr<WsClient>> ws;
    for (size_t i = 0; i < devices; ++i) {
        ws.push_back(resumed(region.port(i), list[i]["token"]));
        if (!ws.back())
            return out;
    }
    std::atomic<bool> running{false};
    std::atomic<bool> stop{false};
    std::atomic<long> records{0}, pushes{0};
    std::mutex latencyMutex;
    std::vector<double> latencies;
    std::vector<std::thread> threads;
    for (size_t i = 0; i < devices; ++i)
        threads.emplace_back([&, i] {
            HybridClock clock("bench" + std::to_string(i));
            const std::string owner = list[i]["accountId"];
            std::vector<double> mine;
            int n = 0;
            while (!running && !stop)
                std::this_thread::sleep_for(1ms);
            while (!stop) {
                Json push{{"type", "push"}, {"changes", Json::array()}};
                for (int k = 0; k < batch; ++k)
                    push["changes"].push_back(goalChange(clock, owner, n++));
                const auto sent = Clock::now();
                Json r = ws[i]->request(push, 30s);
                if (stop)
                    break; // the window closed while this push was out: not counted
                if (!r.contains("results"))
                    continue;
                mine.push_back(msSince(sent));
                ++pushes;
                for (const auto &res : r["results"])
                    records += res.value("status", "") == "applied" ? 1 : 0;
            }
            std::lock_guard lock(latencyMutex);
            latencies.insert(latencies.end(), mine.begin(), mine.end());
        });
    const double commits0 = region.commits();
    const auto start = Clock::now();
    running = true;
    std::this_thread::sleep_for(std::chrono::duration<double>(seconds / 2));
    out.connections = region.scalar("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()");
    std::this_thread::sleep_for(std::chrono::duration<double>(seconds / 2));
    const double elapsed = msSince(start) / 1000;
    const long recordsAtEnd = records, pushesAtEnd = pushes;
    const double commits1 = region.commits();
    stop = true;
    for (auto &t : threads)
        t.join();
    out.recordsPerSecond = recordsAtEnd / elapsed;
    out.pushesPerSecond = pushesAtEnd / elapsed;
    out.commitsPerSecond = (commits1 - commits0) / elapsed;
    out.latency = summarize(latencies);
    out.ok = recordsAtEnd > 0;
    return out;
}

int throughput(Region &region, size_t devices, double seconds)
{
    std::printf("\n== throughput: %zu devices pushing batches of 10 goals for %.0f s, 1 instance vs 3 ==\n", devices,
                seconds);
    std::map<int, PushLoad> byInstances;
    for (int n : {1, 3}) {
        if (!region.open("throughput" + std::to_string(n), n))
            return failed("instances did not start");
        PushLoad l = pushFor(region, "tp" + std::to_string(n) + "x", devices, 10, seconds);
        region.close();
        if (!l.ok)
            return failed("no push was acknowledged with " + std::to_string(n) + " instance(s)");
        std::printf("%d instance(s): %.0f records/s, %.0f pushes/s, %.0f PostgreSQL commits/s; push latency %s\n", n,
                    l.recordsPerSecond, l.pushesPerSecond, l.commitsPerSecond, describe(l.latency).c_str());
        result("push_records_per_s_" + std::to_string(n) + "_instances", l.recordsPerSecond, "records/s");
        byInstances[n] = l;
    }
    std::printf("ratio 3 instances / 1 instance: %.2f\n", byInstances[3].recordsPerSecond / byInstances[1].recordsPerSecond);
    return 0;
}

int fanout(Region &region, size_t devices, int edits)
{
    constexpr double targetMs = 50;
    std::printf("\n== fanout: %zu devices over 3 instances, %d activity edits by a koordinator on instance 1 "
                "(target p99 < %.0f ms on another instance) ==\n",
                devices, edits, targetMs);
    if (!region.open("fanout", 3))
        return failed("instances did not start");
    auto k = region.admin({"create-koordinator", "--username", "lise", "--display-name", "Lise", "--password-stdin", "--json"},
                          std::string(benchPassword) + "\n");
    auto lise = k.exitCode == 0 ? login(region.port(0), "lise") : std::nullopt;
    if (!lise)
        return failed("koordinator login failed");
    const Json list = region.accounts("fan", devices);
    if (!list.is_array() || list.size() != devices)
        return failed("create-accounts failed");

    // One fleet (one io_context, one thread) per instance; fleet 0's connection 0 is the koordinator.
    std::vector<std::unique_ptr<AsyncFleet>> fleets;
    std::vector<std::vector<std::string>> signIns(3);
    signIns[0].push_back(Json{{"type", "resume"}, {"rid", "a"}, {"token", lise->token}}.dump());
    for (size_t i = 0; i < devices; ++i)
        signIns[i % 3].push_back(Json{{"type", "resume"}, {"rid", "a"}, {"token", list[i]["token"]}}.dump());
    size_t ready = 0;
    for (size_t f = 0; f < 3; ++f) {
        fleets.push_back(std::make_unique<AsyncFleet>(region.port(f)));
        ready += fleets.back()->open(signIns[f], 64, 120s);
    }
    if (ready != devices + 1)
        return failed("only " + std::to_string(ready) + " connections signed in");

    const auto total = static_cast<size_t>(edits) + 1;
    std::vector<std::atomic<int64_t>> sentNs(total);
    std::vector<std::atomic<int>> arrived(total);
    std::array<std::vector<std::vector<double>>, 3> latencies;
    for (auto &l : latencies)
        l.resize(total);
    std::atomic<bool> acked{false};
    for (size_t f = 0; f < 3; ++f)
        fleets[f]->setHandler([&, f](size_t conn, std::string_view frame, Clock::time_point at) {
            if (f == 0 && conn == 0) {
                if (frame.find(R"("type":"push_result")") != std::string_view::npos)
                    acked = true;
                return;
            }
            const auto pos = frame.find("bench-edit-");
            if (pos == std::string_view::npos || frame.find(R"("live":true)") == std::string_view::npos)
                return;
            const size_t e = std::strtoul(frame.data() + pos + 11, nullptr, 10);
            if (e >= total)
                return;
            const Clock::time_point sent{Clock::duration(sentNs[e].load())};
            latencies[f][e].push_back(msBetween(sent, at));
            ++arrived[e];
        });
    std::atomic<bool> stop{false};
    std::vector<std::thread> runners;
    for (size_t f = 1; f < 3; ++f)
        runners.emplace_back([&, f] { fleets[f]->runUntil([&] { return stop.load(); }, 600s); });

    const std::string activityId = newUuid();
    HybridClock clock(lise->deviceId);
    auto edit = [&](int e) {
        Record r;
        r.id = activityId;
        r.kind = "activity";
        r.owner = lise->accountId;
        r.originDevice = lise->deviceId;
        const Hlc at = clock.tick();
        r.fields["title"] = {"bench-edit-" + std::to_string(e), at};
        if (e == 0)
            r.fields["start"] = {"2030-12-01T11:00:00+01:00", at};
        acked = false;
        const std::string frame = protocol::encodePushRequest("e" + std::to_string(e), {Change{newUuid(), r}}).dump();
        sentNs[static_cast<size_t>(e)] = Clock::now().time_since_epoch().count();
        fleets[0]->send(0, frame);
        return fleets[0]->runUntil(
            [&] { return acked && arrived[static_cast<size_t>(e)].load() == static_cast<int>(devices); }, 10s);
    };
    bool ok = edit(0);
    fleets[0]->runFor(300ms);
    for (int e = 1; ok && e <= edits; ++e) {
        ok = edit(e);
        fleets[0]->runFor(50ms);
    }
    stop = true;
    for (auto &t : runners)
        t.join();
    region.close();
    if (!ok)
        return failed("an edit did not reach every device within 10 s");
    std::vector<double> local, remote;
    for (size_t f = 0; f < 3; ++f)
        for (size_t e = 1; e < total; ++e)
            (f == 0 ? local : remote).insert((f == 0 ? local : remote).end(), latencies[f][e].begin(), latencies[f][e].end());
    const Summary l = summarize(local), r = summarize(remote);
    std::printf("devices on the writer's instance: %s\n", describe(l).c_str());
    std::printf("devices on the other two instances: %s\n", describe(r).c_str());
    result("fanout_instances_local_p99_ms", l.p99, "ms");
    result("fanout_instances_remote_p99_ms", r.p99, "ms");
    char what[200];
    std::snprintf(what, sizeof what, "fan-out across instances: p99 %.1f ms on another instance (target < %.0f ms)",
                  r.p99, targetMs);
    return verdict(r.p99 < targetMs, what);
}

int booking(Region &region, size_t devices, int64_t seats)
{
    std::printf("\n== booking race: %zu devices over 3 instances, %lld seats ==\n", devices, static_cast<long long>(seats));
    if (!region.open("booking", 3))
        return failed("instances did not start");
    auto k = region.admin({"create-koordinator", "--username", "lise", "--display-name", "Lise", "--password-stdin", "--json"},
                          std::string(benchPassword) + "\n");
    auto lise = k.exitCode == 0 ? login(region.port(0), "lise") : std::nullopt;
    if (!lise)
        return failed("koordinator login failed");
    const std::string activityId = newUuid();
    const std::string session = "2030-03-05T11:00:00+01:00";
    {
        HybridClock clock(lise->deviceId);
        Record a;
        a.id = activityId;
        a.kind = "activity";
        a.owner = lise->accountId;
        a.originDevice = lise->deviceId;
        const Hlc at = clock.tick();
        a.fields["title"] = {"Kafé med plass til få", at};
        a.fields["start"] = {session, at};
        a.fields["capacity"] = {seats, at};
        Json r = lise->ws->request(protocol::encodePushRequest("", {Change{newUuid(), a}}));
        if (r.value("type", "") != "push_result")
            return failed("activity push: " + r.dump());
    }
    const Json list = region.accounts("racer", devices);
    if (!list.is_array() || list.size() != devices)
        return failed("create-accounts failed");
    std::vector<std::vector<std::string>> signIns(3), pushes(3), ids(3);
    for (size_t i = 0; i < devices; ++i) {
        HybridClock clock("racer" + std::to_string(i));
        Record b;
        b.id = newUuid();
        b.kind = "booking";
        b.owner = list[i]["accountId"];
        b.originDevice = "racer";
        const Hlc at = clock.tick();
        b.fields["activityId"] = {activityId, at};
        b.fields["sessionStart"] = {session, at};
        b.fields["status"] = {"requested", at};
        signIns[i % 3].push_back(Json{{"type", "resume"}, {"rid", "a"}, {"token", list[i]["token"]}}.dump());
        pushes[i % 3].push_back(protocol::encodePushRequest("b", {Change{newUuid(), b}}).dump());
        ids[i % 3].push_back(b.id);
    }
    std::vector<std::unique_ptr<AsyncFleet>> fleets;
    for (size_t f = 0; f < 3; ++f) {
        fleets.push_back(std::make_unique<AsyncFleet>(region.port(f)));
        if (fleets.back()->open(signIns[f], 64, 60s) != signIns[f].size())
            return failed("sign-in failed");
    }
    std::mutex m;
    std::map<std::string, std::pair<std::string, int64_t>> decided;
    std::vector<double> decidedMs;
    Clock::time_point start;
    for (size_t f = 0; f < 3; ++f)
        fleets[f]->setHandler([&, f](size_t conn, std::string_view frame, Clock::time_point at) {
            const std::string &id = ids[f][conn];
            if (frame.find(id) == std::string_view::npos || frame.find(R"("type":"changes")") == std::string_view::npos)
                return;
            const Json j = Json::parse(frame, nullptr, false);
            for (const auto &r : j.value("records", Json::array())) {
                if (r.value("id", "") != id || !r["fields"].contains("status"))
                    continue;
                const std::string status = r["fields"]["status"]["v"];
                if (status == "requested")
                    continue;
                std::lock_guard lock(m);
                if (decided.count(id))
                    continue;
                decided[id] = {status, r["fields"].contains("position") ? r["fields"]["position"]["v"].get<int64_t>() : 0};
                decidedMs.push_back(msBetween(start, at));
            }
        });
    start = Clock::now();
    for (size_t f = 0; f < 3; ++f)
        for (size_t c = 0; c < pushes[f].size(); ++c)
            fleets[f]->send(c, pushes[f][c]);
    std::vector<std::thread> runners;
    for (size_t f = 0; f < 3; ++f)
        runners.emplace_back([&, f] {
            fleets[f]->runUntil(
                [&] {
                    std::lock_guard lock(m);
                    return decided.size() == devices;
                },
                30s);
        });
    for (auto &t : runners)
        t.join();
    region.close();
    int confirmed = 0;
    std::set<int64_t> positions;
    for (const auto &[id, d] : decided) {
        confirmed += d.first == "confirmed";
        if (d.first == "waitlisted")
            positions.insert(d.second);
    }
    const Summary s = summarize(decidedMs);
    std::printf("decided %zu of %zu: %d confirmed, %zu distinct waiting positions (%lld..%lld); time to decision %s\n",
                decided.size(), devices, confirmed, positions.size(),
                positions.empty() ? 0LL : static_cast<long long>(*positions.begin()),
                positions.empty() ? 0LL : static_cast<long long>(*positions.rbegin()), describe(s).c_str());
    result("booking_instances_last_decision_ms", s.max, "ms");
    const bool exact = decided.size() == devices && confirmed == seats && positions.size() == devices - seats &&
                       *positions.begin() == 1 && *positions.rbegin() == static_cast<int64_t>(devices - seats);
    return verdict(exact, "booking race across 3 instances exact: " + std::to_string(confirmed) + " confirmed");
}

int pgLimit(Region &region, double seconds)
{
    std::printf("\n== pglimit: 3 instances, more pushing devices (batches of 1 goal, each push its own transaction "
                "unless grouped), %.0f s per step ==\n",
                seconds);
    std::printf("%8s %12s %12s %14s %12s %14s\n", "devices", "records/s", "pushes/s", "pg commits/s", "pg conns",
                "push p99 ms");
    double best = 0;
    size_t bestAt = 0;
    for (size_t devices : {3, 6, 12, 24, 48, 96, 192}) {
        if (!region.open("pglimit" + std::to_string(devices), 3))
            return failed("instances did not start");
        PushLoad l = pushFor(region, "pl" + std::to_string(devices) + "x", devices, 1, seconds);
        region.close();
        if (!l.ok)
            return failed("no push acknowledged at " + std::to_string(devices) + " devices");
        std::printf("%8zu %12.0f %12.0f %14.0f %12.0f %14.1f\n", devices, l.recordsPerSecond, l.pushesPerSecond,
                    l.commitsPerSecond, l.connections, l.latency.p99);
        std::fflush(stdout);
        if (l.recordsPerSecond > best * 1.1) {
            best = l.recordsPerSecond;
            bestAt = devices;
        }
    }
    std::printf("records/s stopped rising by 10%% per doubling after %zu devices (%.0f records/s)\n", bestAt, best);
    result("pglimit_records_per_s", best, "records/s");
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    std::string scenario = "all";
    double seconds = 5;
    size_t devices = 1000;
    size_t pushers = 24;
    int edits = 30;
    for (int i = 1; i + 1 < argc; ++i) {
        if (!std::strcmp(argv[i], "--scenario"))
            scenario = argv[++i];
        else if (!std::strcmp(argv[i], "--seconds"))
            seconds = std::stod(argv[++i]);
        else if (!std::strcmp(argv[i], "--devices"))
            devices = std::stoul(argv[++i]);
        else if (!std::strcmp(argv[i], "--pushers"))
            pushers = std::stoul(argv[++i]);
        else if (!std::strcmp(argv[i], "--edits"))
            edits = std::stoi(argv[++i]);
    }
    raiseFdLimit();
    std::printf("bench_instances: %u cores, load average at start %s\n", std::thread::hardware_concurrency(),
                loadAverage().c_str());
    Region region;
    if (!region.startCluster())
        return failed("PostgreSQL did not start");
    int worst = 0;
    auto run = [&](const std::string &name, const std::function<int()> &f) {
        if (scenario == "all" || scenario == name)
            worst = std::max(worst, f());
    };
    run("throughput", [&] { return throughput(region, pushers, seconds); });
    run("fanout", [&] { return fanout(region, devices, edits); });
    run("booking", [&] { return booking(region, 200, 20); });
    run("pglimit", [&] { return pgLimit(region, seconds); });
    std::printf("\nload average at end %s\n", loadAverage().c_str());
    return worst;
}
