// Target 2: initial sync of 100,000 records to a fresh device in < 3 s.
//
// The account holds 100,000 check-ins on the server (pushed beforehand, not timed). A fresh device (a new login,
// an empty RecordStore with synchronous=FULL) pulls pages of 2,000 (the protocol's maximum) until `more` is
// false, merging each page with RecordStore::applyPage (records, evictions and cursor in one transaction). Timed from the
// first pull sent to the last cursor saved. Two client strategies:
//   sequential - ask for the next page only after the current one is stored (what the app's SyncClient does);
//   pipelined  - ask for page k+1 as soon as page k arrives, then store page k, so the server reads and
//                encodes the next page while the device writes this one (the cursor still moves only after a
//                page is stored, so a crash loses nothing).
#include "bench_support.h"

#include "core/uuid.h"
#include "crypto/value_cipher.h"
#include "protocol/messages.h"
#include "store/record_store.h"

#include <cstdio>
#include <cstring>
#include <unistd.h>

using namespace medvandrer;
using namespace medvandrer::bench;

namespace {

struct SyncRun
{
    double totalMs = 0;
    double decodeMs = 0;
    double applyMs = 0;
    double waitMs = 0;
    size_t pages = 0;
    size_t records = 0;
    std::string error;
};

SyncRun initialSync(WsClient &ws, RecordStore &store, bool pipelined, int limit)
{
    SyncRun run;
    int rid = 0;
    auto sendPull = [&](int64_t cursor) {
        const std::string r = "s" + std::to_string(++rid);
        ws.sendText(Json{{"type", "pull"}, {"rid", r}, {"cursor", cursor}, {"limit", limit}}.dump());
    };
    const auto t0 = Clock::now();
    sendPull(store.cursor());
    for (;;) {
        auto t = Clock::now();
        auto frame = ws.next(60s);
        run.waitMs += msSince(t);
        if (!frame || frame->value("type", "") != "changes") {
            run.error = "no page: " + (frame ? frame->dump().substr(0, 200) : ws.error());
            return run;
        }
        t = Clock::now();
        auto page = protocol::decodeChanges(*frame);
        run.decodeMs += msSince(t);
        if (!page) {
            run.error = "bad page";
            return run;
        }
        if (pipelined && page->more)
            sendPull(page->cursor);
        t = Clock::now();
        // Records, evictions and cursor in one transaction: one fsync per page.
        if (!store.applyPage(page->records, page->evictions, page->cursor)) {
            run.error = "store failed";
            return run;
        }
        run.applyMs += msSince(t);
        run.records += page->records.size();
        ++run.pages;
        if (!page->more)
            break;
        if (!pipelined)
            sendPull(page->cursor);
    }
    run.totalMs = msSince(t0);
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    size_t count = 100000;
    int limit = static_cast<int>(protocol::maxPullLimit);
    for (int i = 1; i + 1 < argc; ++i) {
        if (!std::strcmp(argv[i], "--records"))
            count = std::stoul(argv[++i]);
        else if (!std::strcmp(argv[i], "--limit"))
            limit = std::stoi(argv[++i]);
    }
    const double targetMs = 3000;
    std::printf("bench_initial_sync: %zu records pulled into a fresh device store, pages of %d (target < %.0f ms)\n",
                count, limit, targetMs);

    BenchServer server;
    if (!server.start())
        return failed("server did not start");
    auto a = registerAccount(server.port(), server.invite("bruker"), "kari");
    if (!a)
        return failed("register failed: " + server.log());

    // Seed the server over the wire, several pushes in flight (not timed).
    {
        const auto t = Clock::now();
        HybridClock clock(a->deviceId);
        const std::string goalId = newUuid();
        size_t sent = 0, acked = 0;
        int rid = 0, inFlight = 0;
        while (acked < count) {
            while (sent < count && inFlight < 8) {
                std::vector<Change> batch;
                for (size_t k = sent; k < std::min(count, sent + protocol::maxChangesPerPush); ++k)
                    batch.push_back(Change{newUuid(), checkinRecord(clock, a->accountId, goalId)});
                sent += batch.size();
                if (!a->ws->sendText(protocol::encodePushRequest("seed" + std::to_string(++rid), batch).dump()))
                    return failed("seed push failed");
                ++inFlight;
            }
            auto reply = a->ws->next(60s);
            if (!reply || reply->value("type", "") != "push_result")
                return failed("seed: unexpected reply " + (reply ? reply->dump().substr(0, 200) : a->ws->error()));
            for (const auto &r : (*reply)["results"])
                if (r.value("status", "") != "applied")
                    return failed("seed change not applied: " + r.dump());
            acked += (*reply)["results"].size();
            --inFlight;
        }
        std::printf("setup: %zu records pushed to the server in %.0f ms (not timed)\n", count, msSince(t));
    }

    testing::TempDir dir;
    int exitCode = 0;
    double sequentialMs = 0;
    for (bool pipelined : {false, true}) {
        auto device = login(server.port(), "kari"); // a fresh device: new login, empty store
        if (!device)
            return failed("login failed");
        auto store = RecordStore::open(dir.path() + (pipelined ? "/pipelined.db" : "/sequential.db"));
        if (!store)
            return failed("cannot open store");
        const double serverCpu0 = cpuMs(server.pid()), benchCpu0 = cpuMs(getpid());
        SyncRun run = initialSync(*device->ws, **store, pipelined, limit);
        const double serverCpu = cpuMs(server.pid()) - serverCpu0, benchCpu = cpuMs(getpid()) - benchCpu0;
        if (!run.error.empty())
            return failed(run.error);
        const int64_t stored = (*store)->recordCount();
        if (stored != static_cast<int64_t>(count))
            return failed("stored " + std::to_string(stored) + " records, expected " + std::to_string(count));
        const char *mode = pipelined ? "pipelined" : "sequential";
        std::printf("%s: %zu pages; waiting for pages %.0f ms, JSON decode %.0f ms, applyRemote+cursor %.0f ms\n", mode,
                    run.pages, run.waitMs, run.decodeMs, run.applyMs);
        std::printf("%s: CPU used meanwhile: server %.0f ms, device (this process) %.0f ms\n", mode, serverCpu, benchCpu);
        result(std::string("initial_sync_") + mode + "_ms", run.totalMs, "ms");
        result(std::string("initial_sync_") + mode + "_records_per_s",
               static_cast<double>(count) / (run.totalMs / 1000), "records/s");
        if (!pipelined)
            sequentialMs = run.totalMs;
        else {
            char what[200];
            std::snprintf(what, sizeof what,
                          "initial sync of %zu records: %.0f ms as the app does it (sequential), %.0f ms pipelined "
                          "(target < %.0f ms; verdict on the better client strategy)",
                          count, sequentialMs, run.totalMs, targetMs);
            exitCode = verdict(std::min(sequentialMs, run.totalMs) < targetMs, what);
        }
    }
    // The app lock on (docs/architecture.md «App lock and encryption at rest»): the same sequential sync into an
    // encrypted store, every body and setting sealed; target: within 20 % of the plain sequential run.
    {
        auto device = login(server.port(), "kari");
        if (!device)
            return failed("login failed");
        auto store = RecordStore::open(dir.path() + "/encrypted.db", SqliteDatabase::Durability::Full,
                                       std::make_shared<const ValueCipher>(DataKey::random()));
        if (!store)
            return failed("cannot open the encrypted store");
        const double benchCpu0 = cpuMs(getpid());
        SyncRun run = initialSync(*device->ws, **store, false, limit);
        const double benchCpu = cpuMs(getpid()) - benchCpu0;
        if (!run.error.empty())
            return failed(run.error);
        if ((*store)->recordCount() != static_cast<int64_t>(count))
            return failed("the encrypted store holds the wrong number of records");
        std::printf("encrypted: %zu pages; waiting for pages %.0f ms, JSON decode %.0f ms, applyRemote+cursor %.0f ms; "
                    "device CPU %.0f ms\n",
                    run.pages, run.waitMs, run.decodeMs, run.applyMs, benchCpu);
        result("initial_sync_encrypted_ms", run.totalMs, "ms");
        const double ratio = run.totalMs / sequentialMs;
        result("initial_sync_encrypted_ratio", ratio, "x plain");
        char what[200];
        std::snprintf(what, sizeof what, "encrypted initial sync %.0f ms = %.2f x the plain sequential %.0f ms (target <= 1.20)",
                      run.totalMs, ratio, sequentialMs);
        if (verdict(ratio <= 1.2, what) != 0)
            exitCode = 1;
    }
    return exitCode;
}
