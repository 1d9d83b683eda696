// The SQLite engine's pull (storage/sqlite/sqlite_records.cpp): each branch of the read scope read on its own and
// merged by seq. Paged with small limits and byte budgets over rows of several branches interleaved in seq, a reader
// gets exactly its own rows, once each, in seq order, and never another person's.
#include "storage/sqlite/sqlite_server_storage.h"

#include "../shared/temp_dir.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <map>

using namespace medvandrer;
using namespace medvandrer::server;

namespace {

// A server's SQLite storage in a temp dir, and the seq each saved record got.
struct PullFixture
{
    test::TempDir dir;
    std::unique_ptr<SqliteServerStorage> storage;
    std::map<std::string, int64_t> seqOf; // record id -> seq it was saved with

    PullFixture()
    {
        auto opened = SqliteServerStorage::open(dir.path().string());
        EXPECT_TRUE(opened) << (opened ? "" : opened.error().message);
        if (opened)
            storage = std::move(*opened);
    }

    // One record of `kind` by `owner` in goal `scope`, with a body of about `size` bytes.
    void save(const std::string &id, const std::string &kind, const std::string &owner, const std::string &scope,
              size_t size = 40, bool shared = false)
    {
        StoredRecord r;
        r.record.id = id;
        r.record.kind = kind;
        r.record.owner = owner;
        r.record.originDevice = "dev-" + owner;
        r.record.fields["title"] = FieldValue{std::string(size, 'x'), Hlc{1'700'000'000'000, 0, "dev-" + owner}};
        auto seq = storage->nextSeq();
        ASSERT_TRUE(seq);
        r.seq = *seq;
        r.scope = scope;
        r.shared = shared;
        ASSERT_TRUE(storage->saveRecord(r));
        seqOf[id] = r.seq;
    }

    // Every page from cursor 0 until a page comes back empty.
    std::vector<PulledRow> pullAll(const ReadScope &reader, size_t limit, size_t maxBytes, size_t *pages = nullptr)
    {
        std::vector<PulledRow> all;
        int64_t cursor = 0;
        for (size_t n = 0;; ++n) {
            auto page = storage->pullRecords(reader, cursor, limit, maxBytes);
            EXPECT_TRUE(page);
            if (!page || page->empty()) {
                if (pages)
                    *pages = n;
                return all;
            }
            EXPECT_LE(page->size(), limit);
            for (auto &row : *page) {
                EXPECT_GT(row.seq, cursor) << "a page went back to rows before its cursor";
                cursor = row.seq;
                all.push_back(std::move(row));
            }
        }
    }

    // The ids `reader` should see, in seq order, from the rule given.
    std::vector<std::string> idsWhere(const std::function<bool(const std::string &)> &visible) const
    {
        std::vector<std::pair<int64_t, std::string>> bySeq;
        for (const auto &[id, seq] : seqOf) {
            if (visible(id))
                bySeq.emplace_back(seq, id);
        }
        std::sort(bySeq.begin(), bySeq.end());
        std::vector<std::string> ids;
        for (const auto &p : bySeq)
            ids.push_back(p.second);
        return ids;
    }
};

std::vector<std::string> idsOf(const std::vector<PulledRow> &rows)
{
    std::vector<std::string> ids;
    for (const auto &r : rows)
        ids.push_back(r.recordId);
    return ids;
}

} // namespace

TEST(SqlitePull, ABrukersPagesMergeHerOwnRowsAndTheTeamsInSeqOrder)
{
    PullFixture fixture;
    ASSERT_TRUE(fixture.storage);
    // Kari's goal rows, the coordinator's activities and Ola's goal rows, interleaved in seq.
    for (int i = 0; i < 20; ++i) {
        fixture.save("kari-" + std::to_string(i), i % 2 ? "checkin" : "step", "kari", "kari-goal");
        if (i % 3 == 0)
            fixture.save("act-" + std::to_string(i), "activity", "koord", "");
        fixture.save("ola-" + std::to_string(i), "goal", "ola", "ola-goal");
        if (i % 5 == 0)
            fixture.save("booking-" + std::to_string(i), "booking", "ola", ""); // only coordinators read bookings
    }
    const auto expected =
        fixture.idsWhere([](const std::string &id) { return id.starts_with("kari-") || id.starts_with("act-"); });
    ASSERT_EQ(expected.size(), 27u);

    const ReadScope kari{"kari", Role::Bruker};
    for (size_t limit : std::initializer_list<size_t>{1, 2, 3, 7, 100}) {
        size_t pages = 0;
        const auto rows = fixture.pullAll(kari, limit, 1 << 20, &pages);
        EXPECT_EQ(idsOf(rows), expected) << "limit " << limit;
        EXPECT_EQ(pages, (expected.size() + limit - 1) / limit) << "limit " << limit;
        for (const auto &row : rows)
            EXPECT_FALSE(row.hideNotes) << row.recordId; // her own check-ins, with their notes
    }

    // The coordinator reads her own rows (none), every activity and every booking, nobody's goals.
    const auto forKoord =
        fixture.idsWhere([](const std::string &id) { return id.starts_with("act-") || id.starts_with("booking-"); });
    EXPECT_EQ(idsOf(fixture.pullAll({"koord", Role::Koordinator}, 2, 1 << 20)), forKoord);
}

TEST(SqlitePull, AByteBudgetEndsAPageOneRowAfterItIsReached)
{
    PullFixture fixture;
    ASSERT_TRUE(fixture.storage);
    for (int i = 0; i < 12; ++i) {
        fixture.save("kari-" + std::to_string(i), "checkin", "kari", "kari-goal", 1000);
        fixture.save("act-" + std::to_string(i), "activity", "koord", "", 1000);
    }
    const ReadScope kari{"kari", Role::Bruker};
    auto first = fixture.storage->pullRecords(kari, 0, 100, 2500);
    ASSERT_TRUE(first);
    // Bodies of ≈ 1.1 kB: after three rows the budget is reached, the fourth says more follow, from both branches.
    ASSERT_EQ(first->size(), 4u);
    EXPECT_EQ(idsOf(*first), (std::vector<std::string>{"kari-0", "act-0", "kari-1", "act-1"}));
    for (const auto &row : *first)
        EXPECT_GT(row.body.size(), 1000u);

    // A budget below one body still moves: one row and the one after it.
    auto tight = fixture.storage->pullRecords(kari, 0, 100, 1);
    ASSERT_TRUE(tight);
    EXPECT_EQ(tight->size(), 2u);

    // Paged by budget, nothing lost, nothing twice.
    size_t pages = 0;
    const auto rows = fixture.pullAll(kari, 100, 2500, &pages);
    EXPECT_EQ(idsOf(rows), fixture.idsWhere([](const std::string &) { return true; }));
    EXPECT_EQ(pages, 6u);
}

TEST(SqlitePull, AHelperReadsTheGrantedGoalOnlyAndItsNotesOnlyWhenIncluded)
{
    PullFixture fixture;
    ASSERT_TRUE(fixture.storage);
    fixture.save("g1", "goal", "kari", "g1");
    fixture.save("g2", "goal", "kari", "g2"); // not shared with anyone
    fixture.save("consent-1", "consent", "kari", "g1");
    ASSERT_TRUE(fixture.storage->saveGrant({"consent-1", "kari", "eva", "g1", "comment", true, false}));
    for (int i = 0; i < 6; ++i) {
        fixture.save("c1-" + std::to_string(i), "checkin", "kari", "g1");
        fixture.save("c2-" + std::to_string(i), "checkin", "kari", "g2");
        fixture.save("r1-" + std::to_string(i), "reflection", "kari", "g1", 40, i % 2 == 0); // every other one shared
        if (i % 2)
            fixture.save("act-" + std::to_string(i), "activity", "koord", "");
    }
    fixture.save("eva-note", "comment", "eva", "g1");

    auto visibleToEva = [](const std::string &id) {
        if (id == "g1" || id == "consent-1" || id == "eva-note" || id.starts_with("c1-") || id.starts_with("act-"))
            return true;
        return id.starts_with("r1-") && (id.back() - '0') % 2 == 0;
    };
    const ReadScope eva{"eva", Role::Erfaringskonsulent};
    for (size_t limit : std::initializer_list<size_t>{1, 4, 100}) {
        const auto rows = fixture.pullAll(eva, limit, 1 << 20);
        EXPECT_EQ(idsOf(rows), fixture.idsWhere(visibleToEva)) << "limit " << limit;
        for (const auto &row : rows)
            EXPECT_EQ(row.hideNotes, row.recordId.starts_with("c1-")) << row.recordId;
    }

    // With notes included, her check-ins come whole; once the consent is withdrawn, nothing of the goal comes.
    ASSERT_TRUE(fixture.storage->saveGrant({"consent-1", "kari", "eva", "g1", "comment", true, true}));
    for (const auto &row : fixture.pullAll(eva, 3, 1 << 20))
        EXPECT_FALSE(row.hideNotes) << row.recordId;
    ASSERT_TRUE(fixture.storage->saveGrant({"consent-1", "kari", "eva", "g1", "comment", false, true}));
    EXPECT_EQ(idsOf(fixture.pullAll(eva, 3, 1 << 20)),
              fixture.idsWhere([](const std::string &id) { return id == "eva-note" || id.starts_with("act-"); }));
}
