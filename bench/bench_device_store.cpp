// The device store's hot paths: local writes into the outbox, and applying pulled pages on a fresh device.
#include "core/uuid.h"
#include "crypto/value_cipher.h"
#include "records/record_json.h"
#include "store/record_store.h"

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>

using namespace medvandrer;

namespace {

std::string freshPath()
{
    auto dir = std::filesystem::temp_directory_path() / ("medvandrer-bench-" + newUuid());
    std::filesystem::create_directories(dir);
    return (dir / "device.db").string();
}

// The app lock on: every body and setting sealed with one data key (docs/architecture.md).
std::shared_ptr<const ValueCipher> benchCipher(bool encrypted)
{
    static const auto cipher = std::make_shared<const ValueCipher>(DataKey::random());
    return encrypted ? cipher : nullptr;
}

SqliteDatabase::Durability benchDurability()
{
    return std::getenv("BENCH_NORMAL") ? SqliteDatabase::Durability::Normal : SqliteDatabase::Durability::Full;
}

void removeDb(const std::string &path)
{
    std::filesystem::remove_all(std::filesystem::path(path).parent_path());
}

Record checkIn(HybridClock &clock, const std::string &goalId)
{
    Record r;
    r.id = newUuid();
    r.kind = "checkin";
    r.owner = "6f1c1b7e-2d3a-4c5b-9e8f-0a1b2c3d4e5f";
    r.originDevice = clock.node();
    const Hlc at = clock.tick();
    r.fields["goalId"] = {goalId, at};
    r.fields["rating"] = {7, at};
    r.fields["date"] = {"2026-11-23", at};
    r.fields["note"] = {"Gikk en tur med naboen i dag.", at};
    return r;
}

// 10,000 check-ins written offline, in batches as the app's worker would write them.
void BM_ApplyLocal10k(benchmark::State &state)
{
    const int batch = static_cast<int>(state.range(0));
    for (auto _ : state) {
        state.PauseTiming();
        const std::string path = freshPath();
        auto store = std::move(*RecordStore::open(path, std::getenv("BENCH_NORMAL") ? SqliteDatabase::Durability::Normal : SqliteDatabase::Durability::Full));
        HybridClock clock("dev-a");
        const std::string goalId = newUuid();
        std::vector<std::vector<Change>> batches;
        for (int i = 0; i < 10000; i += batch) {
            std::vector<Change> changes;
            for (int k = 0; k < batch; ++k)
                changes.push_back(Change{newUuid(), checkIn(clock, goalId)});
            batches.push_back(std::move(changes));
        }
        state.ResumeTiming();
        for (const auto &b : batches) {
            if (!store->applyLocal(b))
                state.SkipWithError("applyLocal failed");
        }
        state.PauseTiming();
        store.reset();
        removeDb(path);
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * 10000);
}
BENCHMARK(BM_ApplyLocal10k)->Arg(1)->Arg(100)->Arg(500)->Unit(benchmark::kMillisecond)->UseRealTime();

// A fresh device storing 100,000 pulled records in pages of 2,000 (encrypted: the same with the app lock on).
void applyRemote100k(benchmark::State &state, bool encrypted)
{
    HybridClock clock("dev-b");
    const std::string goalId = newUuid();
    std::vector<Record> records;
    for (int i = 0; i < 100000; ++i)
        records.push_back(checkIn(clock, goalId));
    for (auto _ : state) {
        state.PauseTiming();
        const std::string path = freshPath();
        auto store = std::move(*RecordStore::open(path, benchDurability(), benchCipher(encrypted)));
        state.ResumeTiming();
        for (size_t i = 0; i < records.size(); i += 2000) {
            std::vector<Record> page(records.begin() + static_cast<long>(i),
                                     records.begin() + static_cast<long>(std::min(records.size(), i + 2000)));
            if (!store->applyRemote(page))
                state.SkipWithError("applyRemote failed");
        }
        state.PauseTiming();
        store.reset();
        removeDb(path);
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * 100000);
}
void BM_ApplyRemote100k(benchmark::State &state)
{
    applyRemote100k(state, false);
}
void BM_ApplyRemote100kEncrypted(benchmark::State &state)
{
    applyRemote100k(state, true);
}
BENCHMARK(BM_ApplyRemote100k)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(2);
BENCHMARK(BM_ApplyRemote100kEncrypted)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(2);

// Cold start: open a store holding 10,000 records and read every goal-scoped record kind once.
void openAndReadAll10k(benchmark::State &state, bool encrypted)
{
    const std::string path = freshPath();
    {
        auto store = std::move(*RecordStore::open(path, benchDurability(), benchCipher(encrypted)));
        HybridClock clock("dev-a");
        std::vector<Record> records;
        for (int i = 0; i < 10000; ++i)
            records.push_back(checkIn(clock, newUuid()));
        (void)store->applyRemote(records);
    }
    for (auto _ : state) {
        auto store = std::move(*RecordStore::open(path, benchDurability(), benchCipher(encrypted)));
        benchmark::DoNotOptimize(store->byKind("checkin").size());
    }
    removeDb(path);
}
void BM_OpenAndReadAll10k(benchmark::State &state)
{
    openAndReadAll10k(state, false);
}
void BM_OpenAndReadAll10kEncrypted(benchmark::State &state)
{
    openAndReadAll10k(state, true);
}
BENCHMARK(BM_OpenAndReadAll10k)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_OpenAndReadAll10kEncrypted)->Unit(benchmark::kMillisecond)->UseRealTime();

// Encoding and decoding one pull page of 2,000 records (the wire cost on both ends).
void BM_CodecPage2000(benchmark::State &state)
{
    HybridClock clock("dev-a");
    std::vector<Record> records;
    for (int i = 0; i < 2000; ++i)
        records.push_back(checkIn(clock, newUuid()));
    for (auto _ : state) {
        Json arr = Json::array();
        for (const auto &r : records)
            arr.push_back(recordToJson(r));
        const std::string text = arr.dump();
        Json back = Json::parse(text);
        size_t n = 0;
        for (const auto &j : back)
            n += recordFromJson(j).ok();
        benchmark::DoNotOptimize(n);
    }
    state.SetItemsProcessed(state.iterations() * 2000);
}
BENCHMARK(BM_CodecPage2000)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

BENCHMARK_MAIN();
