#include "records/record_json.h"
#include "test_records.h"

#include <gtest/gtest.h>

using namespace medvandrer;
using medvandrer::test::stamp;

TEST(RecordJson, RoundTripsEveryPart)
{
    Record g = test::goal(newUuid(), "acc-1", "Komme i jobb – med IPS", stamp(1000, 2, "dev-b"));
    g.fields["targetDate"] = {nullptr, stamp(1001)};
    g.fields["chime"] = {Json::array({"hope", "meaning"}), stamp(1002)};
    auto back = recordFromJson(Json::parse(recordToJson(g).dump()));
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, g);

    Record gone = g;
    gone.fields.clear();
    gone.deleted = stamp(2000);
    auto back2 = recordFromJson(recordToJson(gone));
    ASSERT_TRUE(back2);
    EXPECT_EQ(*back2, gone);

    Change c{newUuid(), g};
    auto back3 = changeFromJson(changeToJson(c));
    ASSERT_TRUE(back3);
    EXPECT_EQ(*back3, c);
}

TEST(RecordJson, ToleratesUnknownKeys)
{
    Json j = recordToJson(test::goal(newUuid(), "acc-1", "Mål", stamp(5)));
    j["futureThing"] = {{"nested", true}};
    j["fields"]["title"]["extra"] = 1;
    EXPECT_TRUE(recordFromJson(j));
}

TEST(RecordJson, RejectsWrongTypesWithoutThrowing)
{
    const Json base = recordToJson(test::goal(newUuid(), "acc-1", "Mål", stamp(5)));
    auto mutate = [&](auto fn) {
        Json j = base;
        fn(j);
        return recordFromJson(j);
    };
    EXPECT_FALSE(recordFromJson(Json::array()));
    EXPECT_FALSE(recordFromJson("goal"));
    EXPECT_FALSE(mutate([](Json &j) { j["id"] = 12; }));
    EXPECT_FALSE(mutate([](Json &j) { j["id"] = "12"; }));
    EXPECT_FALSE(mutate([](Json &j) { j.erase("kind"); }));
    EXPECT_FALSE(mutate([](Json &j) { j["owner"] = Json::object(); }));
    EXPECT_FALSE(mutate([](Json &j) { j["fields"] = Json::array(); }));
    EXPECT_FALSE(mutate([](Json &j) { j["fields"]["title"] = "bare value"; }));
    EXPECT_FALSE(mutate([](Json &j) { j["fields"]["title"]["t"] = "yesterday"; }));
    EXPECT_FALSE(mutate([](Json &j) { j["fields"]["title"].erase("t"); }));
    EXPECT_FALSE(mutate([](Json &j) { j["deleted"] = true; }));
    auto err = mutate([](Json &j) { j["fields"] = 5; });
    ASSERT_FALSE(err);
    EXPECT_EQ(err.error().code, "invalid_record");
    EXPECT_NE(err.error().message.find("fields"), std::string::npos);

    EXPECT_FALSE(changeFromJson(Json{{"changeId", "x"}, {"record", base}}));
    EXPECT_FALSE(changeFromJson(Json{{"changeId", newUuid()}}));
}
