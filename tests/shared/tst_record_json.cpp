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

namespace {

std::string treeText(const Record &r)
{
    return recordToJson(r).dump(-1, ' ', false, Json::error_handler_t::replace);
}

} // namespace

// The direct writer must give the tree's bytes exactly: stored bodies and frames are compared and cut as text.
TEST(RecordJson, DirectTextEqualsTheTreeDump)
{
    const std::vector<std::string> strings = {
        "",
        "Gå en tur – hver dag 🌿",
        "quote \" backslash \\ slash /",
        std::string("controls \b\t\n\f\r \x01\x1f\x7f", 20),
        std::string("nul \0 inside", 12),
        "\xc3\x28",                 // bad continuation
        "\xe2\x82",                 // cut short
        "\xed\xa0\x80",             // surrogate
        "\xc0\xaf",                 // overlong
        "\xf4\x90\x80\x80",         // above U+10FFFF
        "\xf0\x9f\x98\x80 ok \xff", // good then bad
        "\xe0\xa0\x80\xef\xbf\xbd\xf0\x90\x80\x80\xf4\x8f\xbf\xbf", // edges that are well-formed
        "\x80",
    };
    std::vector<Json> values = {nullptr, true, false, 0, -17, 3.5, 1e300, 123456789012345LL, Json::array(),
                                Json::object(), Json::array({"a\nb", 1, Json{{"z", "\xff"}, {"a", nullptr}}})};
    for (const auto &s : strings)
        values.emplace_back(s);

    size_t checked = 0;
    for (size_t i = 0; i < values.size(); ++i) {
        Record r = test::goal(newUuid(), "acc-1", "Mål", stamp(1000 + int64_t(i), uint32_t(i), "dev-" + std::to_string(i)));
        r.fields["value"] = {values[i], stamp(5, 99999, "n")};
        r.fields[strings[i % strings.size()]] = {values[(i * 7) % values.size()], stamp(0)};
        r.kind = strings[(i + 3) % strings.size()];
        r.owner = strings[(i + 5) % strings.size()];
        r.originDevice = i % 3 == 0 ? std::string() : strings[(i + 1) % strings.size()];
        if (i % 4 == 1)
            r.deleted = stamp(999'999'999'999'999'999LL, 0, "x");
        EXPECT_EQ(recordJsonText(r), treeText(r)) << "value " << i;
        ++checked;

        Record odd = r;
        odd.fields["stamp"] = {1, Hlc{-5, 100000, "node \"with\" quotes"}};
        odd.deleted = Hlc{1'000'000'000'000'000'000LL, 1, "ø"};
        EXPECT_EQ(recordJsonText(odd), treeText(odd)) << "odd stamps " << i;

        std::string appended = "prefix";
        appendRecordJson(appended, odd);
        EXPECT_EQ(appended, "prefix" + treeText(odd));
    }
    Record empty;
    EXPECT_EQ(recordJsonText(empty), treeText(empty));
    EXPECT_EQ(checked, values.size());
}

TEST(RecordJson, StampTextIsFixedWidth)
{
    EXPECT_EQ(stamp(1, 2, "dev").toString(), "000000000000000001-00002-dev");
    EXPECT_EQ((Hlc{999'999'999'999'999'999LL, 99999, "n"}).toString(), "999999999999999999-99999-n");
    char buf[32];
    EXPECT_FALSE((Hlc{-1, 0, "n"}).writeFixedPart(buf));
    EXPECT_FALSE((Hlc{0, 100000, "n"}).writeFixedPart(buf));
}
