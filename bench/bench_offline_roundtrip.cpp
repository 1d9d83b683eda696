// Target 1: 10,000 small records written offline on device A reach device B's store, all durable, in < 0.2 s.
//
// Measured from A starting to push its outbox (the records were written offline beforehand, not timed) until B
// has stored the last of them in its own RecordStore. A pushes like the app's sync client: the oldest ≤ 500
// outbox changes, one push in flight, acknowledge, next. B is online (same account, another device) and merges
// each live frame with applyRemote as it arrives. Both stores are RecordStore files with synchronous=FULL; the
// server commits every push with synchronous=FULL before answering.
#include "bench_support.h"

#include "core/uuid.h"
#include "protocol/messages.h"
#include "store/record_store.h"

#include <atomic>
#include <cstdio>
#include <cstring>
#include <deque>
#include <filesystem>
#include <thread>
#include <unistd.h>

using namespace medvandrer;
using namespace medvandrer::bench;

namespace {

struct Receiver
{
    size_t received = 0;
    size_t frames = 0;
    double applyMs = 0;
    Clock::time_point done;
    std::string error;
};

void receive(WsClient &ws, RecordStore &store, size_t expected, std::atomic<bool> &ready, Receiver &out)
{
    ready = true;
    while (out.received < expected) {
        auto frame = ws.next(30s);
        if (!frame) {
            out.error = "B: no live frame within 30 s (" + ws.error() + ")";
            return;
        }
        if (frame->value("type", "") != "changes")
            continue;
        auto page = protocol::decodeChanges(*frame);
        if (!page) {
            out.error = "B: bad changes frame: " + page.error().message;
            return;
        }
        const auto t = Clock::now();
        auto applied = store.applyRemote(page->records);
        out.applyMs += msSince(t);
        if (!applied) {
            out.error = "B: applyRemote failed: " + applied.error().message;
            return;
        }
        out.received += page->records.size();
        ++out.frames;
    }
    out.done = Clock::now();
}

} // namespace

int main(int argc, char **argv)
{
    size_t count = 10000;
    size_t inFlight = 1; // 1 = what the app's SyncClient does; the protocol allows up to 64 requests in flight
    for (int i = 1; i + 1 < argc; ++i) {
        if (!std::strcmp(argv[i], "--records"))
            count = std::stoul(argv[++i]);
        else if (!std::strcmp(argv[i], "--in-flight"))
            inFlight = std::max<size_t>(1, std::stoul(argv[++i]));
    }
    const double targetMs = 200;
    std::printf("bench_offline_roundtrip: %zu check-ins offline on A -> server -> B's store (target < %.0f ms)\n",
                count, targetMs);

    BenchServer server;
    if (!server.start())
        return failed("server did not start");
    auto a = registerAccount(server.port(), server.invite("bruker"), "kari");
    if (!a)
        return failed("register failed: " + server.log());
    auto b = login(server.port(), "kari");
    if (!b)
        return failed("login failed");

    testing::TempDir dir;
    auto storeA = RecordStore::open(dir.path() + "/a.db");
    auto storeB = RecordStore::open(dir.path() + "/b.db");
    if (!storeA || !storeB)
        return failed("cannot open device stores");

    // Offline on A, not timed: the app's worker writes edits in small transactions.
    {
        const auto t = Clock::now();
        HybridClock clock(a->deviceId);
        const std::string goalId = newUuid();
        for (size_t i = 0; i < count; i += 100) {
            std::vector<Change> batch;
            for (size_t k = i; k < std::min(count, i + 100); ++k)
                batch.push_back(Change{newUuid(), checkinRecord(clock, a->accountId, goalId)});
            if (!(*storeA)->applyLocal(batch))
                return failed("applyLocal failed");
        }
        std::printf("setup: %zu records written offline on A in %.0f ms (not timed)\n", count, msSince(t));
    }

    Receiver recv;
    std::atomic<bool> bReady{false};
    std::thread deviceB(receive, std::ref(*b->ws), std::ref(**storeB), count, std::ref(bReady), std::ref(recv));
    while (!bReady)
        std::this_thread::yield();

    // A: push the outbox like the sync client does.
    RecordStore &sa = **storeA;
    double readMs = 0, ackMs = 0, waitMs = 0;
    size_t pushes = 0, rejected = 0;
    int rid = 0;
    const double serverCpu0 = cpuMs(server.pid()), benchCpu0 = cpuMs(getpid());
    const auto t0 = Clock::now();
    if (inFlight > 1) {
        // Pipelined: the outbox is read once, then up to inFlight pushes of 500 are outstanding; each reply is
        // acknowledged as it comes, so the server commits one group while the next push is on its way.
        auto t = Clock::now();
        std::vector<Change> outbox = sa.pendingChanges(count);
        readMs += msSince(t);
        std::deque<std::string> waiting;
        size_t next = 0;
        while (next < outbox.size() || !waiting.empty()) {
            while (waiting.size() < inFlight && next < outbox.size()) {
                const size_t end = std::min(outbox.size(), next + protocol::maxChangesPerPush);
                std::vector<Change> batch(outbox.begin() + static_cast<long>(next), outbox.begin() + static_cast<long>(end));
                next = end;
                waiting.push_back("p" + std::to_string(++rid));
                if (!a->ws->sendText(protocol::encodePushRequest(waiting.back(), batch).dump()))
                    return failed("A: push send failed");
            }
            t = Clock::now();
            const std::string r = waiting.front();
            auto reply = a->ws->waitFor([&](const Json &j) { return j.value("rid", "") == r; }, 30s);
            waitMs += msSince(t);
            waiting.pop_front();
            if (!reply || reply->value("type", "") != "push_result")
                return failed("A: no push_result: " + (reply ? reply->dump() : a->ws->error()));
            auto results = protocol::decodePushResult(*reply);
            if (!results)
                return failed("A: bad push_result");
            std::vector<std::string> done;
            for (const auto &res : *results) {
                done.push_back(res.changeId);
                rejected += res.status == "rejected";
            }
            t = Clock::now();
            if (!sa.acknowledge(done))
                return failed("A: acknowledge failed");
            ackMs += msSince(t);
            ++pushes;
        }
    }
    for (;;) {
        auto t = Clock::now();
        std::vector<Change> batch = sa.pendingChanges(protocol::maxChangesPerPush);
        readMs += msSince(t);
        if (batch.empty())
            break;
        const std::string r = "p" + std::to_string(++rid);
        t = Clock::now();
        if (!a->ws->sendText(protocol::encodePushRequest(r, batch).dump()))
            return failed("A: push send failed");
        auto reply = a->ws->waitFor([&](const Json &j) { return j.value("rid", "") == r; }, 30s);
        waitMs += msSince(t);
        if (!reply || reply->value("type", "") != "push_result")
            return failed("A: no push_result: " + (reply ? reply->dump() : a->ws->error()));
        auto results = protocol::decodePushResult(*reply);
        if (!results)
            return failed("A: bad push_result");
        std::vector<std::string> done;
        for (const auto &res : *results) {
            done.push_back(res.changeId);
            rejected += res.status == "rejected";
        }
        t = Clock::now();
        if (!sa.acknowledge(done))
            return failed("A: acknowledge failed");
        ackMs += msSince(t);
        ++pushes;
    }
    const auto pushed = Clock::now();
    deviceB.join();
    const double serverCpu = cpuMs(server.pid()) - serverCpu0, benchCpu = cpuMs(getpid()) - benchCpu0;
    if (!recv.error.empty())
        return failed(recv.error);
    if (rejected)
        return failed(std::to_string(rejected) + " changes rejected");
    const int64_t stored = (*storeB)->recordCount();
    if (stored != static_cast<int64_t>(count))
        return failed("B stored " + std::to_string(stored) + " records, expected " + std::to_string(count));

    const double total = msBetween(t0, recv.done);
    std::printf("A: %zu pushes, %zu in flight; outbox read %.1f ms, push round trips %.1f ms, acknowledge %.1f ms; all acked at %.1f ms\n",
                pushes, inFlight, readMs, waitMs, ackMs, msBetween(t0, pushed));
    std::printf("B: %zu live frames, applyRemote %.1f ms in total; last record stored at %.1f ms\n", recv.frames,
                recv.applyMs, total);
    std::printf("CPU used meanwhile: server %.0f ms, devices A+B (this process) %.0f ms\n", serverCpu, benchCpu);
    result("offline_roundtrip_ms", total, "ms");
    result("offline_roundtrip_records_per_s", static_cast<double>(count) / (total / 1000), "records/s");
    char what[160];
    std::snprintf(what, sizeof what, "%zu records A -> server -> B stored: %.0f ms (target < %.0f ms)", count, total,
                  targetMs);
    return verdict(total < targetMs, what);
}
