// RecordStore::applyPage (a pulled page in one transaction) and the GUI-thread guard.
#include "records/record_json.h"
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

namespace {

std::string wireText(const Record &r)
{
    // As the server writes a body: the same codec, with extra whitespace and a member the device does not know.
    std::string text = recordToJson(r).dump();
    return "{ \"later\": [1, {\"x\": null}], " + text.substr(1);
}

std::vector<std::string_view> views(const std::vector<std::string> &texts)
{
    return {texts.begin(), texts.end()};
}

std::string storedBody(RecordStore &store, const std::string &id)
{
    auto st = store.database().prepare("SELECT body FROM records WHERE id = ?1");
    (*st)->bind(1, id);
    auto row = (*st)->step();
    std::string body = row && *row ? (*st)->text(0) : std::string();
    (*st)->reset();
    return body;
}

} // namespace

TEST(RecordStorePage, ARecordNewToTheDeviceIsStoredAsItsWireText)
{
    for (bool encrypted : {false, true}) {
        SCOPED_TRACE(encrypted ? "encrypted" : "plain");
        test::TempDir dir;
        auto opened = RecordStore::open(dir.file("device.db"), SqliteDatabase::Durability::Full,
                                        encrypted ? std::make_shared<const ValueCipher>(DataKey::random()) : nullptr);
        ASSERT_TRUE(opened);
        auto &store = **opened;
        const std::string a = newUuid(), b = newUuid(), c = newUuid();
        ASSERT_TRUE(store.applyPage({test::goal(a, "acc-1", "Første", stamp(10))}, {}, 1));

        Record newer = test::goal(a, "acc-1", "Nyere", stamp(20));
        Record fresh = test::goal(b, "acc-1", "Ny", stamp(21));
        // A tombstone that still carries fields: merged, its fields dropped, so its text is not what is stored.
        Record tombstone = test::goal(c, "acc-1", "Borte", stamp(22));
        tombstone.deleted = stamp(23);
        const std::vector<Record> page{newer, fresh, tombstone};
        std::vector<std::string> texts;
        for (const auto &r : page)
            texts.push_back(wireText(r));
        auto changed = store.applyPage(page, {}, 2, views(texts));
        ASSERT_TRUE(changed) << changed.error().message;
        ASSERT_EQ(changed->size(), 3u);
        EXPECT_EQ((*changed)[0].stringValue("title"), "Nyere"); // merged with what the device had
        EXPECT_EQ((*changed)[1], fresh);
        EXPECT_TRUE((*changed)[2].fields.empty());
        EXPECT_EQ(store.get(a)->stringValue("title"), "Nyere");
        EXPECT_EQ(*store.get(b), fresh);
        EXPECT_TRUE(store.get(c)->isDeleted());
        EXPECT_TRUE(store.get(c)->fields.empty());
        EXPECT_EQ(store.cursor(), 2);
        EXPECT_GE(store.lastStamp(), stamp(23));
        if (!encrypted) {
            EXPECT_EQ(storedBody(store, b), texts[1]);
            EXPECT_EQ(storedBody(store, a), recordToJson(*store.get(a)).dump());
            EXPECT_EQ(storedBody(store, c), recordToJson(*store.get(c)).dump());
        } else {
            EXPECT_TRUE(ValueCipher::isSealed(storedBody(store, b)));
        }
        EXPECT_EQ(store.byScope("goal", b).size(), 1u);

        // The same record again, as a live frame: the device holds it now, so it is merged, not inserted twice.
        Record later = test::goal(b, "acc-1", "Senere", stamp(30));
        const std::vector<std::string> liveTexts{wireText(later)};
        ASSERT_TRUE(store.applyLive({later}, {}, "", views(liveTexts)));
        EXPECT_EQ(store.get(b)->stringValue("title"), "Senere");
        EXPECT_EQ(store.recordCount(), 2); // a and b; c is a tombstone
    }
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
