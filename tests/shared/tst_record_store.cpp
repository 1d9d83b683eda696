#include "crypto/value_cipher.h"
#include "records/record_json.h"
#include "store/record_store.h"
#include "temp_dir.h"
#include "test_records.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <cstdio>

using namespace medvandrer;
using medvandrer::test::stamp;

namespace {

std::unique_ptr<RecordStore> openStore(const std::string &path)
{
    auto store = RecordStore::open(path);
    EXPECT_TRUE(store) << (store ? "" : store.error().message);
    return store ? std::move(*store) : nullptr;
}

Record step(const std::string &goalId, const std::string &title, const Hlc &at)
{
    Record r;
    r.id = newUuid();
    r.kind = "step";
    r.owner = "acc-1";
    r.originDevice = at.node;
    r.fields["goalId"] = {goalId, at};
    r.fields["title"] = {title, at};
    r.fields["done"] = {false, at};
    return r;
}

} // namespace

TEST(RecordStore, CreatesSchemaWithWalAndVersion)
{
    test::TempDir dir;
    auto store = openStore(dir.file("device.db"));
    ASSERT_TRUE(store);
    EXPECT_EQ(store->database().userVersion(), 1);
    auto mode = store->database().prepare("PRAGMA journal_mode");
    ASSERT_TRUE(mode);
    ASSERT_TRUE(*(*mode)->step());
    EXPECT_EQ((*mode)->text(0), "wal");
    (*mode)->reset();
}

TEST(RecordStore, RefusesADatabaseFromANewerVersion)
{
    test::TempDir dir;
    {
        auto store = openStore(dir.file("device.db"));
        ASSERT_TRUE(store->database().exec("PRAGMA user_version=99"));
    }
    auto again = RecordStore::open(dir.file("device.db"));
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, "storage_too_new");
}

TEST(RecordStore, LocalChangesAreMergedAndQueuedTogether)
{
    test::TempDir dir;
    auto store = openStore(dir.file("device.db"));
    const std::string goalId = newUuid();
    Change create = test::changeOf(test::goal(goalId, "acc-1", "Få meg en jobb", stamp(100)));
    Change s1 = test::changeOf(step(goalId, "Snakke med IPS-veileder", stamp(101)));
    ASSERT_TRUE(store->applyLocal({create, s1}));

    Record rename;
    rename.id = goalId;
    rename.kind = "goal";
    rename.owner = "acc-1";
    rename.fields["title"] = {"Få meg en deltidsjobb", stamp(200)};
    ASSERT_TRUE(store->applyLocal({test::changeOf(rename)}));

    EXPECT_EQ(store->get(goalId)->stringValue("title"), "Få meg en deltidsjobb");
    EXPECT_EQ(store->byScope("step", goalId).size(), 1u);
    EXPECT_EQ(store->pendingCount(), 3);
    auto pending = store->pendingChanges(10);
    ASSERT_EQ(pending.size(), 3u);
    EXPECT_EQ(pending[0].changeId, create.changeId); // oldest first
    EXPECT_EQ(store->lastStamp(), stamp(200));
}

TEST(RecordStore, AnInvalidChangeInABatchWritesNothing)
{
    test::TempDir dir;
    auto store = openStore(dir.file("device.db"));
    Record bad = test::goal(newUuid(), "acc-1", "", stamp(5));
    auto result = store->applyLocal({test::changeOf(test::goal(newUuid(), "acc-1", "ok", stamp(4))), test::changeOf(bad)});
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, "invalid_record");
    EXPECT_EQ(store->recordCount(), 0);
    EXPECT_EQ(store->pendingCount(), 0);
}

TEST(RecordStore, RemoteStateNeverEchoesIntoTheOutbox)
{
    test::TempDir dir;
    auto store = openStore(dir.file("device.db"));
    const std::string goalId = newUuid();
    auto changed = store->applyRemote({test::goal(goalId, "acc-1", "Fra den andre telefonen", stamp(50, 0, "dev-b"))});
    ASSERT_TRUE(changed);
    EXPECT_EQ(changed->size(), 1u);
    EXPECT_EQ(store->pendingCount(), 0);
    // Applying the same state again changes nothing.
    auto again = store->applyRemote({test::goal(goalId, "acc-1", "Fra den andre telefonen", stamp(50, 0, "dev-b"))});
    ASSERT_TRUE(again);
    EXPECT_TRUE(again->empty());
    EXPECT_EQ(store->lastStamp(), stamp(50, 0, "dev-b"));
}

TEST(RecordStore, RemoteMergeKeepsNewerLocalEdits)
{
    test::TempDir dir;
    auto store = openStore(dir.file("device.db"));
    const std::string goalId = newUuid();
    ASSERT_TRUE(store->applyLocal({test::changeOf(test::goal(goalId, "acc-1", "Lokal tittel", stamp(300)))}));
    ASSERT_TRUE(store->applyRemote({test::goal(goalId, "acc-1", "Eldre tittel", stamp(200, 0, "dev-b"))}));
    EXPECT_EQ(store->get(goalId)->stringValue("title"), "Lokal tittel");
    EXPECT_EQ(store->pendingCount(), 1);
}

TEST(RecordStore, AcknowledgeRemovesOnlyThoseChanges)
{
    test::TempDir dir;
    auto store = openStore(dir.file("device.db"));
    Change a = test::changeOf(test::goal(newUuid(), "acc-1", "A", stamp(1)));
    Change b = test::changeOf(test::goal(newUuid(), "acc-1", "B", stamp(2)));
    ASSERT_TRUE(store->applyLocal({a, b}));
    ASSERT_TRUE(store->acknowledge({a.changeId, "unknown-id"}));
    auto pending = store->pendingChanges(10);
    ASSERT_EQ(pending.size(), 1u);
    EXPECT_EQ(pending[0].changeId, b.changeId);
}

TEST(RecordStore, EverythingSurvivesReopen)
{
    test::TempDir dir;
    const std::string goalId = newUuid();
    {
        auto store = openStore(dir.file("device.db"));
        ASSERT_TRUE(store->applyLocal({test::changeOf(test::goal(goalId, "acc-1", "Varig", stamp(10)))}));
        ASSERT_TRUE(store->setCursor(77));
        ASSERT_TRUE(store->setSetting("token", "secret"));
    }
    auto store = openStore(dir.file("device.db"));
    EXPECT_EQ(store->get(goalId)->stringValue("title"), "Varig");
    EXPECT_EQ(store->pendingCount(), 1);
    EXPECT_EQ(store->cursor(), 77);
    EXPECT_EQ(store->setting("token").value_or(""), "secret");
    EXPECT_EQ(store->lastStamp(), stamp(10));
}

TEST(RecordStore, DeletesLeaveContentFreeTombstones)
{
    test::TempDir dir;
    auto store = openStore(dir.file("device.db"));
    const std::string goalId = newUuid();
    ASSERT_TRUE(store->applyLocal({test::changeOf(test::goal(goalId, "acc-1", "Privat", stamp(10)))}));
    Record tomb;
    tomb.id = goalId;
    tomb.kind = "goal";
    tomb.owner = "acc-1";
    tomb.deleted = stamp(20);
    ASSERT_TRUE(store->applyLocal({test::changeOf(tomb)}));
    EXPECT_TRUE(store->byKind("goal").empty());
    auto all = store->byKind("goal", true);
    ASSERT_EQ(all.size(), 1u);
    EXPECT_TRUE(all[0].fields.empty());
}

TEST(RecordStore, EvictionRemovesRecordsEntirely)
{
    test::TempDir dir;
    auto store = openStore(dir.file("device.db"));
    const std::string goalId = newUuid();
    ASSERT_TRUE(store->applyRemote({test::goal(goalId, "acc-2", "Delt mål", stamp(10, 0, "dev-b"))}));
    ASSERT_TRUE(store->evict({goalId}));
    EXPECT_FALSE(store->get(goalId));
    EXPECT_EQ(store->byKind("goal", true).size(), 0u);
}

// A refused change: the record leaves the device, except for what is still waiting to be sent for it.
TEST(RecordStore, DroppingARefusedRecordKeepsItsUnsentChanges)
{
    test::TempDir dir;
    auto store = openStore(dir.file("device.db"));
    const std::string refusedOnly = newUuid(), stillPending = newUuid();
    const Change refused = test::changeOf(test::goal(refusedOnly, "acc-1", "Avvist", stamp(10)));
    const Change first = test::changeOf(test::goal(stillPending, "acc-1", "Først", stamp(11)));
    Record later = test::goal(stillPending, "acc-1", "Senere", stamp(12));
    const Change second = test::changeOf(later);
    ASSERT_TRUE(store->applyLocal({refused, first, second}));
    Record fromServer = test::goal(stillPending, "acc-1", "Fra serveren", stamp(5, 0, "server"));
    fromServer.fields["why"] = {"fra serveren", stamp(5, 0, "server")};
    ASSERT_TRUE(store->applyRemote({fromServer}));
    // The server refused `refused` and `first`; `second` is still in the outbox.
    ASSERT_TRUE(store->acknowledge({refused.changeId, first.changeId}));
    ASSERT_TRUE(store->setCursor(42));
    auto kept = store->dropRefused({refusedOnly, stillPending});
    ASSERT_TRUE(kept);
    EXPECT_EQ(store->cursor(), 0); // the next pull brings the server's state of both again
    EXPECT_FALSE(store->get(refusedOnly));
    ASSERT_EQ(kept->size(), 1u);
    EXPECT_EQ((*kept)[0].id, stillPending);
    auto now = store->get(stillPending);
    ASSERT_TRUE(now);
    EXPECT_EQ(now->stringValue("title"), "Senere");
    EXPECT_FALSE(now->value("why")); // the server's state comes back with the pull that follows, not from here
    EXPECT_EQ(store->pendingCount(), 1);
}

TEST(RecordStore, AFailedCommitLeavesNothingBehind)
{
    test::TempDir dir;
    auto store = openStore(dir.file("device.db"));
    store->database().setCommitHook([] { return false; });
    auto result = store->applyLocal({test::changeOf(test::goal(newUuid(), "acc-1", "Tapt?", stamp(10)))});
    ASSERT_FALSE(result);
    store->database().setCommitHook({});
    EXPECT_EQ(store->recordCount(), 0);
    EXPECT_EQ(store->pendingCount(), 0);
    EXPECT_TRUE(store->lastStamp().isNull());
    // The store still works afterwards.
    ASSERT_TRUE(store->applyLocal({test::changeOf(test::goal(newUuid(), "acc-1", "Neste", stamp(11)))}));
    EXPECT_EQ(store->pendingCount(), 1);
}

TEST(RecordStore, RefusesACorruptFile)
{
    test::TempDir dir;
    {
        FILE *f = std::fopen(dir.file("device.db").c_str(), "wb");
        ASSERT_TRUE(f);
        std::string junk(8192, 'x');
        std::fwrite(junk.data(), 1, junk.size(), f);
        std::fclose(f);
    }
    auto store = RecordStore::open(dir.file("device.db"));
    EXPECT_FALSE(store);
}

TEST(RecordStore, WipeForgetsEverything)
{
    test::TempDir dir;
    auto store = openStore(dir.file("device.db"));
    ASSERT_TRUE(store->applyLocal({test::changeOf(test::goal(newUuid(), "acc-1", "A", stamp(1)))}));
    ASSERT_TRUE(store->setCursor(5));
    ASSERT_TRUE(store->wipe());
    EXPECT_EQ(store->recordCount(), 0);
    EXPECT_EQ(store->pendingCount(), 0);
    EXPECT_EQ(store->cursor(), 0);
}

// Issue 17: a clock that ran a year ahead. Only this device's future stamps change, in outbox order, after every
// stamp kept; the merged records get the same stamps as their changes; a failed commit changes nothing.
TEST(RecordStore, RestampAheadRewritesOnlyThisDevicesFutureStamps)
{
    test::TempDir dir;
    auto store = openStore(dir.file("device.db"));
    const int64_t now = 1'790'000'000'000, year = int64_t(365) * 86'400'000;
    Record remote = test::goal(newUuid(), "acc-1", "fra nettbrettet", stamp(now + 600'000, 0, "dev-b"));
    ASSERT_TRUE(store->applyRemote({remote}));
    Record mine = test::goal(newUuid(), "acc-1", "skrevet i går", stamp(now - 86'400'000));
    ASSERT_TRUE(store->applyLocal({test::changeOf(mine)}));
    Record ahead1 = test::goal(newUuid(), "acc-1", "et år fram", stamp(now + year));
    Record ahead2 = ahead1;
    ahead2.fields.clear();
    ahead2.fields["why"] = {"enda senere", stamp(now + year + 5)};
    ASSERT_TRUE(store->applyLocal({test::changeOf(ahead1), test::changeOf(ahead2)}));
    const auto before = store->pendingChanges(10);

    store->database().setCommitHook([] { return false; });
    EXPECT_FALSE(store->restampAhead(now + 3'600'000, now, "dev-a"));
    store->database().setCommitHook({});
    EXPECT_EQ(store->pendingChanges(10), before);
    EXPECT_EQ(store->lastStamp().wallMs, now + year + 5);

    auto restamped = store->restampAhead(now + 3'600'000, now, "dev-a");
    ASSERT_TRUE(restamped) << restamped.error().message;
    EXPECT_EQ(*restamped, 2u);
    const auto after = store->pendingChanges(10);
    ASSERT_EQ(after.size(), 3u);
    EXPECT_EQ(after[0], before[0]) << "a stamp in the past is kept";
    const Hlc first = after[1].patch.fields.at("title").stamp, second = after[2].patch.fields.at("why").stamp;
    EXPECT_EQ(first.node, "dev-a");
    EXPECT_GE(first.wallMs, now);
    EXPECT_LE(second.wallMs, now + 3'600'000) << "never ahead again";
    EXPECT_LT(first, second) << "the order they were made in";
    EXPECT_GT(first, remote.fields.at("title").stamp) << "after every stamp kept, the other device's too";
    EXPECT_EQ(store->get(remote.id), remote) << "another device's stamps are never touched";
    const auto merged = store->get(ahead1.id);
    ASSERT_TRUE(merged);
    EXPECT_EQ(merged->fields.at("title").stamp, first);
    EXPECT_EQ(merged->fields.at("why").stamp, second);
    EXPECT_EQ(store->lastStamp(), second);
    EXPECT_EQ(store->restampAhead(now + 3'600'000, now, "dev-a").value(), 0u) << "nothing left ahead";
}

// A push may carry 500 changes but not more bytes than a frame holds: each batch stops before the change that would
// pass the budget; what does not decode, or alone is over it, is passed over and reported, and stays in the outbox.
TEST(RecordStore, PendingBatchesStayUnderTheirByteBudget)
{
    test::TempDir dir;
    auto store = openStore(dir.file("device.db"));
    const std::string goalId = newUuid();
    std::vector<Change> changes;
    for (int i = 0; i < 20; ++i)
        changes.push_back(test::changeOf(step(goalId, std::string(250, 'a' + i % 26), stamp(100 + i))));
    ASSERT_TRUE(store->applyLocal(changes));
    ASSERT_TRUE(store->database().exec("UPDATE outbox SET body = 'not json' WHERE seq = 5"));
    const size_t budget = 1500;

    std::vector<std::string> sent;
    std::vector<int64_t> unreadable;
    int64_t after = 0;
    for (;;) {
        auto batch = store->pendingAfter(after, 500, budget);
        if (batch.scannedUpTo <= after)
            break;
        size_t bytes = 0;
        for (const auto &p : batch.changes) {
            bytes += changeToJson(p.change).dump().size() + 1;
            sent.push_back(p.change.changeId);
        }
        EXPECT_LE(bytes, budget);
        for (const auto &held : batch.heldBack) {
            EXPECT_EQ(held.why, RecordStore::HeldBack::Why::Unreadable);
            unreadable.push_back(held.seq);
        }
        after = batch.scannedUpTo;
    }
    ASSERT_EQ(sent.size(), 19u);
    EXPECT_EQ(sent.front(), changes.front().changeId);
    EXPECT_EQ(sent.back(), changes.back().changeId);
    EXPECT_EQ(unreadable, std::vector<int64_t>{5});
    EXPECT_EQ(store->pendingCount(), 20);

    // A budget below one change: it is held back as too large, never sent in an endless first batch.
    auto tiny = store->pendingAfter(0, 500, 100);
    EXPECT_TRUE(tiny.changes.empty());
    EXPECT_EQ(tiny.scannedUpTo, 20);
    EXPECT_EQ(tiny.heldBack.size(), 20u);
}

// Within the schema's 256 KiB a change can still be too large for any push once escaped as JSON (a control character
// takes six bytes): refused when written, so it never sits in an outbox that cannot send it.
TEST(RecordStore, AChangeTooLargeForAnyPushIsRefusedWhenWritten)
{
    test::TempDir dir;
    auto store = openStore(dir.file("device.db"));
    Record big = step(newUuid(), "Stor", stamp(10));
    for (int i = 0; i < 12; ++i)
        big.fields["x" + std::to_string(i)] = {std::string(20000, '\x01'), stamp(10)};
    auto result = store->applyLocal({test::changeOf(big)});
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, "too_large");
    EXPECT_EQ(store->pendingCount(), 0);
    EXPECT_EQ(store->recordCount(), 0);
}

// Opening the app reads every kind in one pass over the table: the same records as byKind gives per kind, in the
// same order within a kind, a window at a time, with tombstones and unlisted kinds left out.
TEST(RecordStore, ByKindsIsByKindForEachKindInOnePass)
{
    test::TempDir dir;
    auto store = openStore(dir.file("device.db"));
    ASSERT_TRUE(store);
    std::vector<Record> all;
    std::string goneId;
    for (int g = 0; g < 150; ++g) {
        const std::string goalId = newUuid();
        all.push_back(test::goal(goalId, "acc-1", "Mål " + std::to_string(g), stamp(10 + g)));
        for (int s = 0; s < 60; ++s)
            all.push_back(step(goalId, "Steg " + std::to_string(s), stamp(10 + g, s)));
        if (g == 75)
            goneId = goalId;
    }
    ASSERT_TRUE(store->applyRemote(all));
    Record tomb;
    tomb.id = goneId;
    tomb.kind = "goal";
    tomb.owner = "acc-1";
    tomb.deleted = stamp(900);
    ASSERT_TRUE(store->applyRemote({tomb}));

    std::vector<std::vector<Record>> windows;
    store->byKinds({"goal", "step"}, [&](std::vector<Record> &&part) { windows.push_back(std::move(part)); });
    EXPECT_GE(windows.size(), 2u); // 9,149 records: more than one window of rows
    std::vector<std::string> goals, steps;
    for (const auto &w : windows) {
        for (const auto &r : w)
            (r.kind == "goal" ? goals : steps).push_back(r.id);
    }
    auto ids = [](const std::vector<Record> &records) {
        std::vector<std::string> out;
        for (const auto &r : records)
            out.push_back(r.id);
        return out;
    };
    EXPECT_EQ(goals, ids(store->byKind("goal")));
    EXPECT_EQ(steps, ids(store->byKind("step")));
    EXPECT_EQ(goals.size(), 149u);
    EXPECT_EQ(steps.size(), 150u * 60);

    size_t onlySteps = 0;
    store->byKinds({"step"}, [&](std::vector<Record> &&part) {
        for (const auto &r : part)
            onlySteps += r.kind == "step" ? 1 : 1000; // a goal here would count a thousand
    });
    EXPECT_EQ(onlySteps, 150u * 60);
}

// The integrity check left to the caller: an open that has to write (a store to encrypt) checks first all the same,
// and SqliteDatabase::checkIntegrity finds what the open did not look for.
TEST(RecordStore, AnOpenWithTheCheckSeparateStillChecksBeforeWriting)
{
    test::TempDir dir;
    const std::string path = dir.file("device.db");
    {
        auto store = openStore(path);
        ASSERT_TRUE(store);
        std::vector<Record> all;
        for (int g = 0; g < 3000; ++g)
            all.push_back(test::goal(newUuid(), "acc-1", std::string(200, 'x'), stamp(10 + g)));
        ASSERT_TRUE(store->applyRemote(all));
    }
    EXPECT_TRUE(SqliteDatabase::checkIntegrity(path));
    {
        FILE *f = std::fopen(path.c_str(), "r+b");
        ASSERT_TRUE(f);
        std::fseek(f, 0, SEEK_END);
        const long pages = std::ftell(f) / 4096;
        ASSERT_GT(pages, 50);
        std::fseek(f, pages * 2 / 3 * 4096, SEEK_SET);
        const std::string junk(4096, '\x5a');
        ASSERT_EQ(std::fwrite(junk.data(), 1, junk.size(), f), junk.size());
        std::fclose(f);
    }
    const Status found = SqliteDatabase::checkIntegrity(path);
    ASSERT_FALSE(found);
    EXPECT_EQ(found.error().code, "storage_corrupt");
    // Reading only: opens, and leaves the check to the caller.
    EXPECT_TRUE(RecordStore::open(path, SqliteDatabase::Durability::Full, nullptr, SqliteDatabase::IntegrityCheck::Separate));
    // Encrypting would write every row: refused before it starts.
    auto encrypting = RecordStore::open(path, SqliteDatabase::Durability::Full,
                                        std::make_shared<const ValueCipher>(DataKey::random()),
                                        SqliteDatabase::IntegrityCheck::Separate);
    ASSERT_FALSE(encrypting);
    EXPECT_EQ(encrypting.error().code, "storage_corrupt");
}
