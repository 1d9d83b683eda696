#include "records/schema.h"
#include "test_records.h"

#include <gtest/gtest.h>

#include <cctype>

using namespace medvandrer;
using medvandrer::test::stamp;

namespace {
Record checkIn(const std::string &id, int rating)
{
    Record r;
    r.id = id;
    r.kind = "checkin";
    r.owner = "acc-1";
    r.fields["rating"] = {rating, stamp(10)};
    r.fields["date"] = {"2026-11-23", stamp(10)};
    return r;
}
} // namespace

TEST(Schema, EveryDomainKindHasItsPlace)
{
    for (const char *k : {"goal", "step", "checkin", "reflection", "activity", "booking", "consent", "comment",
                          "suggestion"})
        EXPECT_NE(kindSpec(k), nullptr) << k;
    EXPECT_EQ(kindSpec("recovery_star"), nullptr);
    EXPECT_TRUE(kindSpec("checkin")->appendOnly);
    EXPECT_TRUE(kindSpec("comment")->appendOnly);
    EXPECT_FALSE(kindSpec("goal")->appendOnly);
}

TEST(Schema, AcceptsAValidNewGoal)
{
    Record g = test::goal(newUuid(), "acc-1", "Få meg egen leilighet", stamp(10));
    g.fields["lifeArea"] = {"bolig", stamp(10)};
    g.fields["status"] = {"active", stamp(10)};
    g.fields["targetDate"] = {nullptr, stamp(10)};
    EXPECT_TRUE(validateChange(g, nullptr).ok()) << validateChange(g, nullptr).error().message;
}

TEST(Schema, RejectsWrongTypesWithAClearError)
{
    struct Row
    {
        const char *field;
        Json value;
    };
    const Row rows[] = {{"title", 42},           {"title", ""},           {"lifeArea", "moon"},
                        {"status", "failed"},    {"targetDate", "23.11"}, {"targetDate", "2026-13-01"},
                        {"chime", "hope"},       {"chime", Json::array({"recovery-star"})},
                        {"why", Json::object()}, {"createdAt", "yesterday"},
                        {"targetDate", "2025-02-29"}, {"createdAt", "2025-01-01T10:00:00+25:00"},
                        {"createdAt", "2025-06-30T23:59:60Z"}};
    for (const auto &row : rows) {
        Record g = test::goal(newUuid(), "acc-1", "Mål", stamp(10));
        g.fields[row.field] = {row.value, stamp(10)};
        Status s = validateChange(g, nullptr);
        ASSERT_FALSE(s.ok()) << row.field << " " << row.value.dump();
        EXPECT_EQ(s.error().code, "invalid_record");
        EXPECT_NE(s.error().message.find(row.field), std::string::npos);
    }
}

TEST(Schema, RatingIsZeroToTen)
{
    EXPECT_TRUE(validateChange(checkIn(newUuid(), 0), nullptr).ok());
    EXPECT_TRUE(validateChange(checkIn(newUuid(), 10), nullptr).ok());
    EXPECT_FALSE(validateChange(checkIn(newUuid(), 11), nullptr).ok());
    EXPECT_FALSE(validateChange(checkIn(newUuid(), -1), nullptr).ok());
}

TEST(Schema, RequiredFieldsOnlyOnCreation)
{
    Record g;
    g.id = newUuid();
    g.kind = "goal";
    g.owner = "acc-1";
    g.fields["why"] = {"fordi", stamp(10)};
    EXPECT_FALSE(validateChange(g, nullptr).ok()); // no title on a new goal
    Record existing = test::goal(g.id, "acc-1", "Mål", stamp(5));
    EXPECT_TRUE(validateChange(g, &existing).ok()); // editing only "why" later is fine
}

TEST(Schema, UnknownFieldsAreToleratedForForwardCompatibility)
{
    Record g = test::goal(newUuid(), "acc-1", "Mål", stamp(10));
    g.fields["colour"] = {"blue", stamp(10)};
    EXPECT_TRUE(validateChange(g, nullptr).ok());
    g.fields["colour"] = {std::string(maxStringLength + 1, 'x'), stamp(10)};
    EXPECT_FALSE(validateChange(g, nullptr).ok());
}

TEST(Schema, AppendOnlyRecordsCannotBeEditedButRedeliveryIsFine)
{
    const std::string id = newUuid();
    Record first = checkIn(id, 6);
    Record edited = checkIn(id, 7);
    edited.fields["rating"].stamp = stamp(20);
    EXPECT_EQ(validateChange(edited, &first).error().code, "append_only");
    EXPECT_TRUE(validateChange(first, &first).ok());
    Record tombstone;
    tombstone.id = id;
    tombstone.kind = "checkin";
    tombstone.owner = "acc-1";
    tombstone.deleted = stamp(30);
    EXPECT_TRUE(validateChange(tombstone, &first).ok());
}

TEST(Schema, ImmutableFieldsAndIdentityAreFixed)
{
    const std::string goalA = newUuid();
    Record step;
    step.id = newUuid();
    step.kind = "step";
    step.owner = "acc-1";
    step.fields["goalId"] = {goalA, stamp(1)};
    step.fields["title"] = {"Ringe NAV", stamp(1)};
    ASSERT_TRUE(validateChange(step, nullptr).ok());

    Record moved = step;
    moved.fields = {{"goalId", {newUuid(), stamp(2)}}};
    EXPECT_EQ(validateChange(moved, &step).error().code, "immutable_field");

    Record otherOwner = step;
    otherOwner.owner = "acc-2";
    EXPECT_EQ(validateChange(otherOwner, &step).error().code, "owner_mismatch");

    Record otherKind = step;
    otherKind.kind = "goal";
    EXPECT_EQ(validateChange(otherKind, &step).error().code, "kind_mismatch");
}

TEST(Schema, RejectsBadIdsAndKinds)
{
    Record g = test::goal("not-a-uuid", "acc-1", "Mål", stamp(10));
    EXPECT_EQ(validateChange(g, nullptr).error().code, "invalid_record");
    g.id = newUuid();
    g.kind = "diagnosis";
    EXPECT_EQ(validateChange(g, nullptr).error().code, "unknown_kind");
}

TEST(Schema, LimitsHoldForTheMergedRecordNotJustOneChange)
{
    Record existing = test::goal(newUuid(), "acc-1", "Mål", stamp(1));
    for (size_t i = 0; existing.fields.size() < maxFieldsPerRecord; ++i)
        existing.fields["extra" + std::to_string(i)] = {1, stamp(1)};
    Record more;
    more.id = existing.id;
    more.kind = "goal";
    more.owner = "acc-1";
    more.fields["oneTooMany"] = {1, stamp(2)};
    EXPECT_EQ(validateChange(more, &existing).error().code, "invalid_record");
    more.fields = {{"extra0", {2, stamp(2)}}}; // overwriting an existing field is fine
    EXPECT_TRUE(validateChange(more, &existing).ok());

    Record big = test::goal(newUuid(), "acc-1", "Mål", stamp(1));
    for (int i = 0; i < 20; ++i)
        big.fields["blob" + std::to_string(i)] = {std::string(maxStringLength, 'x'), stamp(1)};
    EXPECT_EQ(validateChange(big, nullptr).error().code, "invalid_record");
}

TEST(Schema, UnknownFieldValuesAreBoundedInShape)
{
    Record g = test::goal(newUuid(), "acc-1", "Mål", stamp(1));
    Json deep = 1;
    for (int i = 0; i < 10; ++i)
        deep = Json::array({deep});
    g.fields["future"] = {deep, stamp(1)};
    EXPECT_EQ(validateChange(g, nullptr).error().code, "invalid_record");
    Json wide = Json::array();
    for (int i = 0; i < 1000; ++i)
        wide.push_back(i);
    g.fields["future"] = {wide, stamp(1)};
    EXPECT_EQ(validateChange(g, nullptr).error().code, "invalid_record");
    g.fields["future"] = {Json{{"a", Json::array({1, 2})}}, stamp(1)};
    EXPECT_TRUE(validateChange(g, nullptr).ok());
}

// Ids are compared byte for byte, so only the lower-case spelling of a UUID is one (issue 18).
TEST(Schema, IdsAreLowerCaseUuids)
{
    const std::string id = newUuid();
    std::string upper = id;
    for (auto &c : upper)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    ASSERT_NE(upper, id);
    EXPECT_TRUE(isUuid(id));
    EXPECT_FALSE(isUuid(upper));
    Record g = test::goal(upper, "acc-1", "Mål", stamp(10));
    EXPECT_EQ(validateChange(g, nullptr).error().code, "invalid_record");
    Record s = test::goal(id, "acc-1", "Mål", stamp(10));
    s.kind = "step";
    s.fields["goalId"] = {upper, stamp(10)};
    EXPECT_EQ(validateChange(s, nullptr).error().code, "invalid_record");
}
