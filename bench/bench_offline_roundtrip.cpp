// Issue #16, target 2: 10,000 records written offline on device A reach device B's store, all durable, as the
// app does it, in at most twice the straight line measured in the same run.
//
// Both devices are the app's own sync code: a RecordStore (synchronous=FULL) and the app's SyncClient on a
// thread of their own (bench/support/app_device.*), as StoreWorker runs them. A has synced before and went offline;
// its 10,000 check-ins wait in the outbox (written beforehand, not timed). The clock starts when A comes back online
// (SyncClient::setEnabled(true): connect, hello, resume, push the outbox with the client's own batches and requests in
// flight, pull) and stops when B — same account, another device, online and idle — has committed the last of them
// into its store from live frames. The server commits every push with synchronous=FULL before answering.
#include "app_device.h"
#include "bench_support.h"
#include "straight_line.h"

#include "core/uuid.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>
#include <cstring>
#include <unistd.h>

using namespace medvandrer;
using namespace medvandrer::bench;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("medvandrer.sync.debug=false"));
    size_t count = 10000;
    for (int i = 1; i + 1 < argc; ++i) {
        if (!std::strcmp(argv[i], "--records"))
            count = std::stoul(argv[++i]);
    }
    const double targetRatio = 2.0;
    std::printf("bench_offline_roundtrip: %zu check-ins offline on A -> server -> B's store, the app's SyncClient on "
                "both (target <= %.1f x the straight line)\n",
                count, targetRatio);
    std::printf("load: %s\n", loadAverage().c_str());

    BenchServer server;
    if (!server.start())
        return failed("server did not start");
    auto a = registerAccount(server.port(), server.invite("bruker"), "kari");
    if (!a)
        return failed("register failed: " + server.log());
    auto b = login(server.port(), "kari");
    if (!b)
        return failed("login failed");
    a->ws.reset(); // the devices sign in with their own client below
    b->ws.reset();

    testing::TempDir dir;
    AppDevice deviceA(dir.path() + "/a.db"), deviceB(dir.path() + "/b.db");
    if (!deviceA.isOpen() || !deviceB.isOpen())
        return failed("cannot open device stores: " + deviceA.error() + deviceB.error());
    deviceA.adopt(*a, "kari", server.port());
    deviceB.adopt(*b, "kari", server.port());
    for (AppDevice *d : {&deviceA, &deviceB}) {
        const int seen = d->upToDateCount();
        d->start();
        if (!d->waitUpToDate(seen, 30s))
            return failed("a device did not get up to date: " + server.log());
    }
    deviceA.setEnabled(false);

    // Offline on A, not timed: the app's worker writes edits in small transactions.
    std::vector<Change> written;
    {
        const auto t = Clock::now();
        HybridClock clock(a->deviceId);
        const std::string goalId = newUuid();
        bool ok = true;
        for (size_t i = 0; i < count && ok; i += 100) {
            std::vector<Change> batch;
            for (size_t k = i; k < std::min(count, i + 100); ++k)
                batch.push_back(Change{newUuid(), checkinRecord(clock, a->accountId, goalId)});
            written.insert(written.end(), batch.begin(), batch.end());
            deviceA.run([&](RecordStore &store) { ok = store.applyLocal(batch).ok(); });
        }
        if (!ok)
            return failed("applyLocal failed");
        std::printf("setup: %zu records written offline on A in %.0f ms (not timed)\n", count, msSince(t));
    }

    const size_t mergedBefore = deviceB.merged();
    const int aSeen = deviceA.upToDateCount();
    const double serverCpu0 = cpuMs(server.pid()), benchCpu0 = cpuMs(getpid());
    const auto t0 = Clock::now();
    deviceA.setEnabled(true);
    auto last = deviceB.waitMerged(mergedBefore + count, 120s);
    if (!last)
        return failed("B merged " + std::to_string(deviceB.merged() - mergedBefore) + " of " + std::to_string(count));
    if (!deviceA.waitUpToDate(aSeen, 60s))
        return failed("A did not get up to date");
    const auto aDone = Clock::now();
    const double serverCpu = cpuMs(server.pid()) - serverCpu0, benchCpu = cpuMs(getpid()) - benchCpu0;
    int64_t stored = 0, pending = -1;
    deviceB.run([&](RecordStore &store) { stored = store.recordCount(); });
    deviceA.run([&](RecordStore &store) { pending = store.pendingCount(); });
    if (stored != static_cast<int64_t>(count))
        return failed("B stored " + std::to_string(stored) + " records, expected " + std::to_string(count));
    if (pending != 0)
        return failed("A's outbox still holds " + std::to_string(pending) + " changes");

    const double total = msBetween(t0, *last);
    std::printf("app: last record committed on B at %.1f ms; A up to date (outbox empty, pulled) at %.1f ms\n", total,
                msBetween(t0, aDone));
    std::printf("CPU used meanwhile: server %.0f ms, devices A+B (this process) %.0f ms\n", serverCpu, benchCpu);

    // The straight line, in the same run, on the same records: the best of three, so a slow moment of the machine
    // makes the ratio worse, never better.
    StraightLine line;
    try {
        line = bestOf(3, [&](const std::string &where) { return straightLineRoundTrip(written, where); }, dir.path());
    } catch (const std::exception &e) {
        return failed(e.what());
    }
    std::printf("straight line (best of 3): %.1f ms (A %.1f, server %.1f, B %.1f ms; encode, decode, one durable "
                "transaction per hop)\n",
                line.totalMs, line.deviceAMs, line.serverMs, line.deviceBMs);
    const double ratio = total / line.totalMs;
    result("offline_roundtrip_ms", total, "ms");
    result("offline_roundtrip_records_per_s", static_cast<double>(count) / (total / 1000), "records/s");
    result("offline_roundtrip_straight_line_ms", line.totalMs, "ms");
    result("offline_roundtrip_ratio", ratio, "x straight line");
    result("offline_roundtrip_server_cpu_us_per_record", serverCpu * 1000 / static_cast<double>(count), "us");
    std::printf("load after: %s\n", loadAverage().c_str());
    char what[200];
    std::snprintf(what, sizeof what, "%zu records A -> server -> B stored: %.0f ms = %.2f x the straight line %.0f ms "
                  "(target <= %.1f x)", count, total, ratio, line.totalMs, targetRatio);
    return verdict(ratio <= targetRatio, what);
}
