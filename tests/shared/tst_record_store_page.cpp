// RecordStore::applyPage (a pulled page in one transaction) and the GUI-thread guard.
#include "store/record_store.h"
#include "temp_dir.h"
#include "test_records.h"

#include <gtest/gtest.h>

#include <thread>

using namespace medvandrer;
using medvandrer::test::stamp;

namespace {

std::unique_ptr<RecordStore> openStore(const std::string &path)
{
    auto store = RecordStore::open(path);
    EXPECT_TRUE(store) << (store ? "" : store.error().message);
    return store ? std::move(*store) : nullptr;
}

} // namespace

TEST(RecordStorePage, MergesEvictsAndSavesTheCursorTogether)
{
    test::TempDir dir;
    auto store = openStore(dir.file("device.db"));
    ASSERT_TRUE(store);
    const std::string a = newUuid(), b = newUuid(), c = newUuid();
    ASSERT_TRUE(store->applyPage({test::goal(a, "acc-1", "Første", stamp(10)), test::goal(b, "acc-1", "Andre", stamp(11))},
                                 {}, 7));
    EXPECT_EQ(store->cursor(), 7);
    EXPECT_EQ(store->recordCount(), 2);

    // Same as applyRemote: a newer state wins, an older one changes nothing.
    auto changed = store->applyPage({test::goal(a, "acc-1", "Nyere", stamp(20)), test::goal(b, "acc-1", "Eldre", stamp(5)),
                                     test::goal(c, "acc-1", "Tredje", stamp(21))},
                                    {b}, 12);
    ASSERT_TRUE(changed);
    EXPECT_EQ(changed->size(), 2u); // a and c; b's older state lost, then b was evicted
    EXPECT_EQ(store->get(a)->stringValue("title"), "Nyere");
    EXPECT_FALSE(store->get(b));
    EXPECT_TRUE(store->get(c));
    EXPECT_EQ(store->cursor(), 12);
    EXPECT_GE(store->lastStamp(), stamp(21));
}

TEST(RecordStorePage, AFailedPageLeavesTheCursorWhereItWas)
{
    test::TempDir dir;
    const std::string path = dir.file("device.db");
    auto store = openStore(path);
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->applyPage({test::goal(newUuid(), "acc-1", "Første", stamp(10))}, {}, 3));
    // A second connection holds the write lock: the page cannot commit, so nothing of it may stick.
    auto other = openStore(path);
    ASSERT_TRUE(other);
    ASSERT_TRUE(other->database().exec("BEGIN IMMEDIATE"));
    auto failed = store->applyPage({test::goal(newUuid(), "acc-1", "Andre", stamp(11))}, {}, 9);
    EXPECT_FALSE(failed);
    ASSERT_TRUE(other->database().exec("ROLLBACK"));
    EXPECT_EQ(store->cursor(), 3);
    EXPECT_EQ(store->recordCount(), 1);
}

TEST(RecordStoreThreadGuard, CountsCallsOnTheForbiddenThreadOnly)
{
    test::TempDir dir;
    auto store = openStore(dir.file("device.db"));
    ASSERT_TRUE(store);
    const int64_t before = RecordStore::callsOnForbiddenThread();
    // Another thread is the "GUI thread": calls here are fine.
    std::thread gui([] {});
    RecordStore::forbidThread(gui.get_id());
    gui.join();
    (void)store->recordCount();
    EXPECT_EQ(RecordStore::callsOnForbiddenThread(), before);
    // This thread forbidden: every call counts.
    RecordStore::forbidThread(std::this_thread::get_id());
    (void)store->recordCount();
    (void)store->get("x");
    EXPECT_EQ(RecordStore::callsOnForbiddenThread(), before + 2);
    RecordStore::forbidThread(std::thread::id{});
    (void)store->recordCount();
    EXPECT_EQ(RecordStore::callsOnForbiddenThread(), before + 2);
}
