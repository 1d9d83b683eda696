// The device store's page apply (RecordStore::applyPage in shared/store/record_store.cpp) on random pages and
// evictions, some with a failing commit (an injected disk error), some across a close and reopen. After each step:
// PRAGMA integrity_check is "ok"; the stored records are what the harness's own model says (merge of what arrived,
// minus evictions; all or nothing when the commit fails); the index columns (kind, owner, scope, deleted) match the
// bodies; the outbox is untouched; the cursor is the last committed page's; the clock is never behind a stamp seen.
#include "fuzz_input.h"
#include "stale_files.h"
#include "merge/merge.h"
#include "records/record_json.h"
#include "records/schema.h"
#include "store/record_store.h"

#include <sqlite3.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <string>
#include <unistd.h>

using namespace medvandrer;
using medvandrer::fuzz::FuzzInput;

namespace {

void require(bool ok)
{
    if (!ok)
        __builtin_trap();
}

const char *const ids[] = {"00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000002",
                           "00000000-0000-4000-8000-000000000003", "00000000-0000-4000-8000-000000000004",
                           "00000000-0000-4000-8000-000000000005", "00000000-0000-4000-8000-000000000006"};
const char *const kindsUsed[] = {"goal", "step", "checkin", "reflection", "activity", "unknown"};
const char *const owners[] = {"acc-a", "acc-b"};
const char *const fieldNames[] = {"title", "goalId", "status", "note", "rating", "x"};

// Pages come only from JSON, whose parser refuses ill-formed UTF-8: keep the text well-formed (bytes ≥ 0x80 → "æ").
std::string text(FuzzInput &in, size_t maxLength)
{
    std::string out;
    for (char c : in.text(maxLength)) {
        if (static_cast<unsigned char>(c) < 0x80)
            out.push_back(c);
        else
            out += "æ";
    }
    return out;
}

Json value(FuzzInput &in)
{
    switch (in.inRange(0, 5)) {
    case 0: return nullptr;
    case 1: return in.boolean();
    case 2: return in.inRange(-3, 3);
    case 3: return ids[in.inRange(0, 5)]; // a goalId that names one of the records
    case 4: return Json::array({text(in, 8)});
    default: return text(in, 24);
    }
}

Hlc stamp(FuzzInput &in)
{
    return Hlc{in.inRange(1, 6), uint32_t(in.inRange(0, 2)), in.boolean() ? "dev-a" : "server"};
}

Record record(FuzzInput &in)
{
    Record r;
    r.id = ids[in.inRange(0, 5)];
    r.kind = kindsUsed[in.inRange(0, 5)];
    r.owner = owners[in.inRange(0, 1)];
    r.originDevice = in.boolean() ? "dev-a" : "";
    const int64_t n = in.inRange(0, 4);
    for (int64_t i = 0; i < n; ++i)
        r.fields[fieldNames[in.inRange(0, 5)]] = FieldValue{value(in), stamp(in)};
    if (in.inRange(0, 5) == 0) {
        r.fields.clear();
        r.deleted = stamp(in);
    }
    return r;
}

std::string storePath()
{
    static const std::string path = [] {
        const char *shm = std::filesystem::exists("/dev/shm") ? "/dev/shm" : nullptr;
        const std::filesystem::path dir = shm ? std::filesystem::path(shm) : std::filesystem::temp_directory_path();
        medvandrer::fuzz::removeStaleFiles(dir, "medvandrer-fuzz-store-");
        return (dir / ("medvandrer-fuzz-store-" + std::to_string(getpid()) + ".db")).string();
    }();
    return path;
}

void removeStore()
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        std::filesystem::remove(storePath() + suffix);
}

std::unique_ptr<RecordStore> openStore()
{
    auto store = RecordStore::open(storePath(), SqliteDatabase::Durability::Normal);
    require(store.ok());
    return std::move(*store);
}

void checkStore(RecordStore &store, const std::map<std::string, Record> &model, const std::vector<Change> &outbox,
                int64_t cursor, const Hlc &newestSeen)
{
    auto &db = store.database();
    auto integrity = db.prepare("PRAGMA integrity_check");
    require(integrity.ok());
    auto row = (*integrity)->step();
    require(row.ok() && *row && (*integrity)->text(0) == "ok");
    (*integrity)->reset();

    auto all = db.prepare("SELECT id, kind, owner, scope, deleted, body FROM records");
    require(all.ok());
    size_t count = 0;
    for (auto r = (*all)->step(); r && *r; r = (*all)->step()) {
        ++count;
        auto rec = recordFromJson(Json::parse((*all)->text(5), nullptr, false));
        require(rec.ok());
        const auto it = model.find(rec->id);
        require(it != model.end() && it->second == *rec && (*all)->text(0) == rec->id);
        require((*all)->text(1) == rec->kind && (*all)->text(2) == rec->owner);
        require((*all)->text(3) == RecordStore::scopeOf(*rec) && (*all)->integer(4) == (rec->isDeleted() ? 1 : 0));
        require(!rec->isDeleted() || rec->fields.empty());
    }
    (*all)->reset();
    require(count == model.size());
    for (const auto &[id, want] : model)
        require(store.get(id) == want);
    require(store.pendingChanges(1000) == outbox && store.pendingCount() == int64_t(outbox.size()));
    require(store.cursor() == cursor);
    require(store.lastStamp() >= newestSeen);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput in(data, size);
    // One file for the whole run, emptied per input (creating a database per input made the target ten times slower).
    static std::unique_ptr<RecordStore> store = [] {
        removeStore();
        std::atexit(removeStore);
        return openStore();
    }();
    require(store->wipe().ok());
    std::map<std::string, Record> model;
    int64_t cursor = 0;
    Hlc newest;

    // A local edit waiting in the outbox: no page may touch it.
    Change local;
    local.changeId = "c0000000-0000-4000-8000-000000000001";
    local.patch.id = ids[0];
    local.patch.kind = "goal";
    local.patch.owner = owners[0];
    local.patch.originDevice = "dev-a";
    local.patch.fields["title"] = FieldValue{"Få egen bolig", Hlc{3, 0, "dev-a"}};
    std::vector<Change> outbox;
    if (in.boolean()) {
        require(store->applyLocal({local}).ok());
        outbox.push_back(local);
        model[local.patch.id] = local.patch;
        newest = local.patch.latestStamp();
    }

    for (int step = 0; step < 12 && in.remaining() > 0; ++step) {
        const int64_t op = in.inRange(0, 9);
        if (op == 0) {
            // Close and reopen: what was committed is what is read back.
            store.reset();
            store = openStore();
        } else {
            std::vector<Record> page;
            const int64_t n = in.inRange(0, 5);
            for (int64_t i = 0; i < n; ++i)
                page.push_back(record(in));
            std::vector<std::string> evictions;
            const int64_t e = in.inRange(0, 2);
            for (int64_t i = 0; i < e; ++i)
                evictions.push_back(ids[in.inRange(0, 5)]);
            const int64_t pageCursor = in.inRange(0, INT64_MAX);
            const bool diskFails = in.inRange(0, 7) == 0;
            store->database().setCommitHook([diskFails] { return !diskFails; });

            std::map<std::string, Record> next = model;
            std::vector<Record> changed;
            Hlc nextNewest = newest;
            for (const auto &incoming : page) {
                auto it = next.find(incoming.id);
                if (it != next.end() && (it->second.kind != incoming.kind || it->second.owner != incoming.owner))
                    continue;
                Record state = it != next.end() ? it->second : Record{};
                if (!merge(state, incoming))
                    continue;
                nextNewest = std::max(nextNewest, incoming.latestStamp());
                next[incoming.id] = state;
                changed.push_back(state);
            }
            for (const auto &id : evictions)
                next.erase(id);

            // Every other page comes with its records' wire texts, as the client's quick reader passes them: a record
            // new to the store is kept as that text, and must read back as the model says all the same.
            std::vector<std::string> texts;
            if (pageCursor % 2 == 0) {
                for (const auto &r : page)
                    texts.push_back(recordToJson(r).dump());
            }
            auto result = store->applyPage(page, evictions, pageCursor, {texts.begin(), texts.end()});
            store->database().setCommitHook({});
            if (diskFails) {
                require(!result.ok());
            } else {
                require(result.ok() && *result == changed);
                model = std::move(next);
                cursor = pageCursor;
                newest = nextNewest;
            }
        }
        checkStore(*store, model, outbox, cursor, newest);
    }
    return 0;
}
