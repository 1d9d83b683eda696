// Issue #16, target 3: initial sync of 100,000 records to a fresh device, as the app does it: at least 80,000
// records per second, beside the straight line measured in the same run.
//
// The account holds 100,000 check-ins on the server (pushed beforehand, not timed). A fresh device — the app's
// RecordStore (synchronous=FULL, empty) and the app's own SyncClient on a thread of their own
// (bench/support/app_device.*) — holds a new login's session and starts: hello, resume, pull pages the way the client
// does (its page size, its requests in flight) until caught up. Timed from start() to the client saying up to date,
// every page committed with its cursor.
// Then the same into an encrypted store (the app lock on, docs/architecture.md «App lock and encryption at rest»):
// within 20 % of the plain run (issue 7).
#include "app_device.h"
#include "bench_support.h"
#include "straight_line.h"

#include "core/uuid.h"
#include "crypto/value_cipher.h"
#include "protocol/messages.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>
#include <cstring>
#include <unistd.h>

using namespace medvandrer;
using namespace medvandrer::bench;

namespace {

struct SyncRun
{
    double totalMs = 0;
    double serverCpuMs = 0;
    double deviceCpuMs = 0;
    int64_t stored = 0;
    std::string error;
};

SyncRun initialSync(BenchServer &server, const std::string &path, std::shared_ptr<const ValueCipher> cipher)
{
    SyncRun run;
    auto fresh = login(server.port(), "kari"); // a fresh device: new login, empty store
    if (!fresh) {
        run.error = "login failed";
        return run;
    }
    fresh->ws.reset();
    AppDevice device(path, std::move(cipher));
    if (!device.isOpen()) {
        run.error = "cannot open the store: " + device.error();
        return run;
    }
    device.adopt(*fresh, "kari", server.port());
    const double serverCpu0 = cpuMs(server.pid()), benchCpu0 = cpuMs(getpid());
    const int seen = device.upToDateCount();
    const auto t0 = Clock::now();
    device.start();
    if (!device.waitUpToDate(seen, 300s)) {
        run.error = "the device did not get up to date";
        return run;
    }
    run.totalMs = msSince(t0);
    run.serverCpuMs = cpuMs(server.pid()) - serverCpu0;
    run.deviceCpuMs = cpuMs(getpid()) - benchCpu0;
    device.run([&](RecordStore &store) { run.stored = store.recordCount(); });
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("medvandrer.sync.debug=false"));
    size_t count = 100000;
    for (int i = 1; i + 1 < argc; ++i) {
        if (!std::strcmp(argv[i], "--records"))
            count = std::stoul(argv[++i]);
    }
    const double targetPerS = 80000;
    std::printf("bench_initial_sync: %zu records pulled into a fresh device store by the app's SyncClient (target >= "
                "%.0f records/s)\n",
                count, targetPerS);
    std::printf("load: %s\n", loadAverage().c_str());

    BenchServer server;
    if (!server.start())
        return failed("server did not start");
    auto a = registerAccount(server.port(), server.invite("bruker"), "kari");
    if (!a)
        return failed("register failed: " + server.log());

    // Seed the server over the wire, several pushes in flight (not timed).
    std::vector<Record> seeded;
    {
        const auto t = Clock::now();
        HybridClock clock(a->deviceId);
        const std::string goalId = newUuid();
        for (size_t k = 0; k < count; ++k)
            seeded.push_back(checkinRecord(clock, a->accountId, goalId));
        if (const std::string error = pushAll(*a, seeded); !error.empty())
            return failed(error);
        std::printf("setup: %zu records pushed to the server in %.0f ms (not timed)\n", count, msSince(t));
    }

    testing::TempDir dir;
    SyncRun plain = initialSync(server, dir.path() + "/plain.db", nullptr);
    if (!plain.error.empty())
        return failed(plain.error);
    if (plain.stored != static_cast<int64_t>(count))
        return failed("stored " + std::to_string(plain.stored) + " records, expected " + std::to_string(count));
    const double perS = static_cast<double>(count) / (plain.totalMs / 1000);
    std::printf("app: %zu records in %.0f ms (%.0f records/s); CPU meanwhile: server %.0f ms, device %.0f ms\n", count,
                plain.totalMs, perS, plain.serverCpuMs, plain.deviceCpuMs);

    StraightLine line;
    try {
        line = bestOf(3, [&](const std::string &where) { return straightLineInitialSync(seeded, where); }, dir.path());
    } catch (const std::exception &e) {
        return failed(e.what());
    }
    std::printf("straight line (best of 3): %.1f ms (server read and splice %.1f, device decode and one durable transaction %.1f)\n",
                line.totalMs, line.serverMs, line.deviceBMs);
    const double ratio = plain.totalMs / line.totalMs;
    result("initial_sync_ms", plain.totalMs, "ms");
    result("initial_sync_records_per_s", perS, "records/s");
    result("initial_sync_straight_line_ms", line.totalMs, "ms");
    result("initial_sync_ratio", ratio, "x straight line");
    result("initial_sync_server_cpu_us_per_record", plain.serverCpuMs * 1000 / static_cast<double>(count), "us");
    char what[220];
    std::snprintf(what, sizeof what,
                  "initial sync of %zu records as the app does it: %.0f ms, %.0f records/s = %.2f x the straight line "
                  "%.0f ms (target >= %.0f records/s)",
                  count, plain.totalMs, perS, ratio, line.totalMs, targetPerS);
    int exitCode = verdict(perS >= targetPerS, what);

    SyncRun sealed = initialSync(server, dir.path() + "/encrypted.db",
                                 std::make_shared<const ValueCipher>(DataKey::random()));
    if (!sealed.error.empty())
        return failed(sealed.error);
    if (sealed.stored != static_cast<int64_t>(count))
        return failed("the encrypted store holds the wrong number of records");
    const double sealedRatio = sealed.totalMs / plain.totalMs;
    std::printf("encrypted: %.0f ms; device CPU %.0f ms\n", sealed.totalMs, sealed.deviceCpuMs);
    result("initial_sync_encrypted_ms", sealed.totalMs, "ms");
    result("initial_sync_encrypted_ratio", sealedRatio, "x plain");
    std::printf("load after: %s\n", loadAverage().c_str());
    std::snprintf(what, sizeof what, "encrypted initial sync %.0f ms = %.2f x the plain %.0f ms (target <= 1.20)",
                  sealed.totalMs, sealedRatio, plain.totalMs);
    if (verdict(sealedRatio <= 1.2, what) != 0)
        exitCode = 1;
    return exitCode;
}
