// protocol::readChangesFrame: a changes frame read in one pass, with each record's text. Whenever it answers, the
// answer is the general path's (parseServerFrame + decodeChanges); when in doubt it leaves the frame to that path.
#include "protocol/changes_frame.h"
#include "protocol/server_frame.h"
#include "records/record_json.h"
#include "test_records.h"

#include <gtest/gtest.h>

#include <limits>
#include <optional>

using namespace medvandrer;
using namespace medvandrer::protocol;
using medvandrer::test::stamp;

namespace {

// The quick reader's answer is the general path's, and each record's text reads back as that record.
void expectAgreement(std::string_view text)
{
    SCOPED_TRACE(std::string(text.substr(0, 300)));
    const auto quick = readChangesFrame(text);
    if (!quick)
        return; // left to the general path: always allowed
    auto env = parseServerFrame(text);
    ASSERT_TRUE(env) << "read quickly, refused by the general path";
    EXPECT_EQ(env->type, "changes");
    EXPECT_EQ(env->rid, quick->rid);
    auto page = decodeChanges(env->body);
    ASSERT_TRUE(page) << "read quickly, refused by decodeChanges: " << page.error().message;
    const auto live = env->body.find("live");
    EXPECT_EQ(quick->live, live != env->body.end() && live->is_boolean() && live->get<bool>());
    EXPECT_EQ(quick->page.cursor, page->cursor);
    EXPECT_EQ(quick->page.more, page->more);
    EXPECT_EQ(quick->page.remaining, page->remaining);
    EXPECT_EQ(quick->page.evictions, page->evictions);
    ASSERT_EQ(quick->page.records.size(), page->records.size());
    ASSERT_EQ(quick->recordTexts.size(), page->records.size());
    for (size_t i = 0; i < page->records.size(); ++i) {
        EXPECT_EQ(quick->page.records[i], page->records[i]);
        auto again = recordFromJson(Json::parse(quick->recordTexts[i]));
        ASSERT_TRUE(again);
        EXPECT_EQ(*again, page->records[i]);
    }
}

Record checkin(const std::string &owner, const Hlc &at)
{
    Record r;
    r.id = newUuid();
    r.kind = "checkin";
    r.owner = owner;
    r.originDevice = at.node;
    r.fields["goalId"] = {newUuid(), at};
    r.fields["rating"] = {7, at};
    r.fields["score"] = {-2.5, at};
    r.fields["note"] = {"Gikk en tur med naboen i dag. «Fint» \"vær\" \\ \n", at};
    r.fields["tags"] = {Json::array({"a", 1, nullptr, Json::object({{"x", Json::array({true, false})}})}), at};
    return r;
}

const std::string goalId = "00000000-0000-4000-8000-000000000001";

} // namespace

TEST(ChangesFrame, APageAsTheServerWritesItIsReadWithEachRecordsText)
{
    PulledPage page;
    for (int i = 0; i < 50; ++i)
        page.records.push_back(checkin("acc-1", stamp(100 + i)));
    Record gone = test::goal(newUuid(), "acc-1", "x", stamp(5));
    gone.fields.clear();
    gone.deleted = stamp(9);
    page.records.push_back(gone);
    page.evictions = {newUuid(), newUuid()};
    page.cursor = 4711;
    page.more = true;
    for (bool live : {false, true}) {
        const std::string text = encodeChanges(live ? "" : "c12", page, live);
        auto quick = readChangesFrame(text);
        ASSERT_TRUE(quick);
        EXPECT_EQ(quick->live, live);
        EXPECT_EQ(quick->rid, live ? "" : "c12");
        EXPECT_EQ(quick->page.records, page.records);
        EXPECT_EQ(quick->page.evictions, page.evictions);
        EXPECT_EQ(quick->page.cursor, 4711);
        EXPECT_TRUE(quick->page.more);
        ASSERT_EQ(quick->recordTexts.size(), page.records.size());
        for (size_t i = 0; i < page.records.size(); ++i)
            EXPECT_EQ(quick->recordTexts[i], recordToJson(page.records[i]).dump(-1, ' ', false, Json::error_handler_t::replace));
        expectAgreement(text);
    }
}

TEST(ChangesFrame, AnEmptyLastPageIsRead)
{
    auto quick = readChangesFrame(R"({"cursor":0,"evictions":[],"live":false,"more":false,"records":[],"rid":"c3","type":"changes"})");
    ASSERT_TRUE(quick);
    EXPECT_TRUE(quick->page.records.empty());
    EXPECT_FALSE(quick->page.more);
    EXPECT_EQ(quick->rid, "c3");
}

TEST(ChangesFrame, RemainingIsReadAsTheGeneralPathReadsIt)
{
    // A first page asked with count: true says how many entries follow it; anything but a whole number >= 0 is none.
    const std::pair<std::string, std::optional<int64_t>> cases[] = {
        {"301", 301}, {"0", 0}, {"-1", std::nullopt}, {"1.5", std::nullopt}, {"\"7\"", std::nullopt},
        {"null", std::nullopt}, {"[3]", std::nullopt}, {"{\"n\":3}", std::nullopt}, {"true", std::nullopt},
        {"18446744073709551615", std::numeric_limits<int64_t>::max()}};
    for (const auto &[value, expected] : cases) {
        const std::string text = R"({"cursor":12,"evictions":[],"live":false,"more":true,"records":[],"remaining":)" +
                                 value + R"(,"rid":"c4","type":"changes"})";
        SCOPED_TRACE(text);
        auto quick = readChangesFrame(text);
        ASSERT_TRUE(quick);
        EXPECT_EQ(quick->page.remaining, expected);
        expectAgreement(text);
    }
    // Twice in one frame: left to the general path (the last one counts there).
    const std::string twice =
        R"({"cursor":1,"evictions":[],"more":true,"records":[],"remaining":5,"remaining":6,"type":"changes"})";
    EXPECT_FALSE(readChangesFrame(twice));
    EXPECT_EQ(decodeChanges(Json::parse(twice))->remaining, 6);
}

TEST(ChangesFrame, WhitespaceAndUnknownMembersReadAsTheGeneralPathReadsThem)
{
    const std::string text =
        " {\n \"type\" : \"changes\", \"rid\": 17, \"extra\": {\"records\": [1, 2]}, \"more\": [true],\n"
        "  \"records\" : [ {\"kind\":\"goal\", \"fields\" : { \"title\" : { \"t\":\"" + stamp(3).toString() +
        "\", \"v\" : {\"a\":1, \"a\":2, \"b\":[1.5e3, -0, 18446744073709551615]}, \"x\":[{}] } },\n"
        "  \"id\":\"" + goalId + "\", \"owner\":\"acc\", \"origin\":null, \"deleted\":null, \"future\":[[]]} ,"
        " {\"id\":\"" + goalId + "\",\"kind\":\"goal\",\"owner\":\"acc\",\"fields\":null,\"rating\":5} ],"
        "  \"cursor\": 9, \"evictions\": null, \"live\": \"no\" } ";
    auto quick = readChangesFrame(text);
    ASSERT_TRUE(quick);
    EXPECT_EQ(quick->rid, "17");
    EXPECT_FALSE(quick->page.more);
    EXPECT_FALSE(quick->live);
    ASSERT_EQ(quick->page.records.size(), 2u);
    EXPECT_EQ(quick->page.records[0].fields.at("title").value, Json::parse(R"({"a":2,"b":[1.5e3,-0,18446744073709551615]})"));
    EXPECT_EQ(quick->recordTexts[1], "{\"id\":\"" + goalId + "\",\"kind\":\"goal\",\"owner\":\"acc\",\"fields\":null,\"rating\":5}");
    expectAgreement(text);
}

TEST(ChangesFrame, AnythingUnusualIsLeftToTheGeneralPath)
{
    const std::string id = goalId;
    const std::string t = stamp(3).toString();
    const std::string rec = R"({"id":")" + id + R"(","kind":"goal","owner":"acc","fields":{"title":{"v":"x","t":")" + t + R"("}}})";
    auto frame = [](const std::string &records, const std::string &rest = R"("type":"changes")") {
        return "{\"records\":[" + records + "]," + rest + "}";
    };
    const std::string unusual[] = {
        frame(rec, R"("type":"invites")"),                       // another type
        frame(rec, R"("type":"changes","type":"changes")"),      // a repeated member
        frame(rec, R"("type":"changes","records":[])"),          // a repeated member
        frame(rec, R"("type":"changes","rid":{"a":1})"),         // an unreadable rid
        frame(rec, R"("type":"changes","rid":")" + std::string(65, 'r') + "\""),
        frame(rec, R"("type":"changes","cursor":-1)"),           // cursor out of range
        frame(rec, R"("type":"changes","cursor":1.5)"),
        frame(rec, R"("type":"changes","cursor":"5")"),
        frame(rec, R"("type":"changes","evictions":"x")"),
        frame(rec, R"("type":"changes","evictions":[1])"),
        frame(rec, R"("type")"),                                 // not JSON
        "{\"type\":\"changes\",\"records\":{}}",
        "{\"type\":\"changes\"}",                                // no records
        "[" + frame(rec) + "]",
        frame(rec) + " x",
        frame("5"),
        frame("[" + rec + "]"),
        frame(R"({"id":"not-a-uuid","kind":"goal","owner":"acc"})"),
        frame(R"({"id":")" + id + R"(","owner":"acc"})"),        // no kind
        frame(R"({"id":")" + id + R"(","kind":null,"owner":"acc"})"),
        frame(R"({"id":")" + id + R"(","kind":"goal","owner":"acc","kind":"step"})"),
        frame(R"({"id":")" + id + R"(","kind":")" + std::string(33, 'k') + R"(","owner":"acc"})"),
        frame(R"({"id":")" + id + R"(","kind":"goal","owner":"acc","deleted":"soon"})"),
        frame(R"({"id":")" + id + R"(","kind":"goal","owner":"acc","deleted":5})"),
        frame(R"({"id":")" + id + R"(","kind":"goal","owner":"acc","fields":[]})"),
        frame(R"({"id":")" + id + R"(","kind":"goal","owner":"acc","fields":{"a":1}})"),
        frame(R"({"id":")" + id + R"(","kind":"goal","owner":"acc","fields":{"a":{"v":1}}})"),
        frame(R"({"id":")" + id + R"(","kind":"goal","owner":"acc","fields":{"a":{"v":1,"t":"x"}}})"),
        frame(R"({"id":")" + id + R"(","kind":"goal","owner":"acc","fields":{"a":{"v":1,"t":")" + t + R"(","v":2}}})"),
        frame(R"({"id":")" + id + R"(","kind":"goal","owner":"acc","fields":{"a":{"v":1,"t":")" + t + R"("},"a":{"v":2,"t":")" + t + R"("}}})"),
        frame(rec + "," + R"({"id":")" + id + R"(","kind":"goal"})"), // one bad record refuses the page
        frame(std::string(40, '[') + std::string(40, ']')),
    };
    for (const auto &text : unusual) {
        EXPECT_FALSE(readChangesFrame(text)) << text;
        expectAgreement(text);
    }
    // 65 fields: too many for a record.
    std::string fields;
    for (int i = 0; i < 65; ++i)
        fields += (i ? "," : "") + ("\"f" + std::to_string(i) + "\":{\"v\":1,\"t\":\"" + t + "\"}");
    EXPECT_FALSE(readChangesFrame(frame(R"({"id":")" + id + R"(","kind":"goal","owner":"acc","fields":{)" + fields + "}}")));
    EXPECT_FALSE(readChangesFrame(std::string(maxServerFrameBytes + 1, ' ')));
}

TEST(ChangesFrame, ATombstoneThatStillCarriesFieldsIsReadAsTheGeneralPathReadsIt)
{
    const std::string t = stamp(3).toString();
    const std::string text = R"({"type":"changes","records":[{"id":")" + goalId + R"(","kind":"goal","owner":"acc","deleted":")" + t +
                             R"(","fields":{"title":{"v":"x","t":")" + t + R"("}}}]})";
    auto quick = readChangesFrame(text);
    ASSERT_TRUE(quick);
    ASSERT_EQ(quick->page.records.size(), 1u);
    EXPECT_TRUE(quick->page.records[0].deleted);
    EXPECT_EQ(quick->page.records[0].fields.size(), 1u);
    expectAgreement(text);
}

TEST(ChangesFrame, StoredRecordTextsAreReadAsEachAloneWouldBe)
{
    // A device's store reads its bodies a batch at a time (RecordStore::readRecords, a cold start's load).
    const Hlc at = stamp(5);
    std::vector<std::string> stored;
    std::vector<Record> expected;
    for (int i = 0; i < 3; ++i) {
        expected.push_back(checkin("acc", at));
        stored.push_back(recordToJson(expected.back()).dump());
    }
    std::vector<std::string_view> texts(stored.begin(), stored.end());
    auto read = readRecordTexts(texts);
    ASSERT_TRUE(read);
    EXPECT_EQ(*read, expected);
    EXPECT_TRUE(readRecordTexts({}).has_value());

    // Anything one body alone would read otherwise is left to the body-by-body path.
    const std::string two = stored[0] + "," + stored[1]; // two records in one body: alone, not a record at all
    EXPECT_FALSE(readRecordTexts({two}));
    const std::string spaced = " " + stored[0];
    EXPECT_FALSE(readRecordTexts({spaced}));
    EXPECT_FALSE(readRecordTexts({std::string_view("{\"id\":1}")}));
    const std::string open = stored[0] + "]}";
    EXPECT_FALSE(readRecordTexts({std::string_view(stored[1]), std::string_view(open)}));
    EXPECT_FALSE(readRecordTexts({std::string_view("")}));
}
