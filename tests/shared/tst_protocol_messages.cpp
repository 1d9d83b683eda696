#include "protocol/error_codes.h"
#include "protocol/messages.h"
#include "protocol/server_frame.h"
#include "records/record_json.h"
#include "test_records.h"

#include <gtest/gtest.h>

using namespace medvandrer;
using namespace medvandrer::protocol;

TEST(ProtocolMessages, EnvelopeCarriesTypeAndRequestId)
{
    auto env = parseEnvelope(R"({"type":"pull","rid":"r1","cursor":5,"newField":[1,2]})");
    ASSERT_TRUE(env);
    EXPECT_EQ(env->type, "pull");
    EXPECT_EQ(env->rid, "r1");
    auto cursor = optionalInt(env->body, "cursor", 0, 0, INT64_MAX);
    ASSERT_TRUE(cursor);
    EXPECT_EQ(*cursor, 5);
    auto numericRid = parseEnvelope(R"({"type":"pull","rid":7})");
    ASSERT_TRUE(numericRid);
    EXPECT_EQ(numericRid->rid, "7");
}

TEST(ProtocolMessages, BadFramesGetStableCodes)
{
    struct Row
    {
        std::string frame;
        std::string_view code;
    };
    const Row rows[] = {
        {"{not json", errc::badJson},
        {"", errc::badJson},
        {"[1,2]", errc::badMessage},
        {R"({"rid":"x"})", errc::badMessage},
        {R"({"type":5})", errc::badMessage},
        {R"({"type":""})", errc::badMessage},
        {R"({"type":"pull","rid":{"a":1}})", errc::badMessage},
        {std::string(maxFrameBytes + 1, ' '), errc::tooLarge},
    };
    for (const auto &row : rows) {
        auto env = parseEnvelope(row.frame);
        ASSERT_FALSE(env) << row.frame.substr(0, 40);
        EXPECT_EQ(env.error().code, row.code) << row.frame.substr(0, 40);
    }
}

TEST(ProtocolMessages, ServerFramesMayBeUpToTwoMebibytes)
{
    // A pull page or live frame over 1 MiB (the server splits near 1 MiB, stays below 1.8 MiB) must be read.
    const std::string big = R"({"type":"changes","records":[],"padding":")" + std::string(1536 * 1024, 'x') + R"("})";
    EXPECT_EQ(parseEnvelope(big).error().code, errc::tooLarge); // a client's frame stays at 1 MiB
    auto env = parseServerFrame(big);
    ASSERT_TRUE(env.ok()) << env.error().message;
    EXPECT_EQ(env->type, "changes");
    const std::string tooBig = R"({"type":"changes","padding":")" + std::string(maxServerFrameBytes, 'x') + R"("})";
    EXPECT_EQ(parseServerFrame(tooBig).error().code, errc::tooLarge);
}

TEST(ProtocolMessages, TypedReadersRejectWrongTypes)
{
    Json body{{"username", 5}, {"limit", "ten"}, {"name", std::string(300, 'x')}};
    EXPECT_EQ(requireString(body, "username", 64).error().code, errc::badMessage);
    EXPECT_EQ(requireString(body, "missing", 64).error().code, errc::badMessage);
    EXPECT_EQ(requireString(body, "name", 64).error().code, errc::badMessage);
    EXPECT_EQ(optionalInt(body, "limit", 1, 1, 10).error().code, errc::badMessage);
    EXPECT_EQ(*optionalInt(body, "absent", 3, 1, 10), 3);
    EXPECT_EQ(*optionalString(body, "absent", 10), "");
}

TEST(ProtocolMessages, PushChangesDecodeOneByOne)
{
    Change good = test::changeOf(test::goal(newUuid(), "acc-1", "Mål", test::stamp(5)));
    Json body = encodePushRequest("r", {good});
    body["changes"].push_back(Json{{"changeId", "c-2"}, {"record", "nope"}});
    body["changes"].push_back(42);
    auto decoded = decodePushChanges(body);
    ASSERT_TRUE(decoded);
    ASSERT_EQ(decoded->size(), 3u);
    EXPECT_TRUE((*decoded)[0].change);
    EXPECT_EQ((*decoded)[0].change->changeId, good.changeId);
    EXPECT_FALSE((*decoded)[1].change);
    EXPECT_EQ((*decoded)[1].changeId, "c-2");
    EXPECT_FALSE((*decoded)[2].change);

    Json huge{{"type", "push"}, {"changes", Json::array()}};
    for (size_t i = 0; i <= maxChangesPerPush; ++i)
        huge["changes"].push_back(changeToJson(good));
    EXPECT_EQ(decodePushChanges(huge).error().code, errc::tooLarge);
    EXPECT_EQ(decodePushChanges(Json{{"changes", "all"}}).error().code, errc::badMessage);
}

// A push_result comes from the network: a result whose code or message is not a string is refused as a frame, never
// thrown out of the decoder (Json::value() threw a type_error here, which would have ended the app).
TEST(ProtocolMessages, PushResultWithWrongTypesIsRefusedNotThrown)
{
    for (const char *text : {R"({"type":"push_result","results":[{"changeId":"c","status":"rejected","code":17}]})",
                             R"({"type":"push_result","results":[{"changeId":"c","status":"rejected","message":["x"]}]})",
                             R"({"type":"push_result","results":[{"changeId":"c","status":"applied","code":{}}]})"}) {
        auto env = parseEnvelope(text);
        ASSERT_TRUE(env) << text;
        Result<std::vector<ChangeResult>> decoded = Error{"", ""};
        EXPECT_NO_THROW(decoded = decodePushResult(env->body)) << text;
        ASSERT_FALSE(decoded) << text;
        EXPECT_EQ(decoded.error().code, errc::badMessage) << text;
    }
    auto nulls = parseEnvelope(R"({"type":"push_result","results":[{"changeId":"c","status":"applied","code":null}]})");
    ASSERT_TRUE(nulls);
    auto decoded = decodePushResult(nulls->body);
    ASSERT_TRUE(decoded);
    EXPECT_EQ((*decoded)[0].code, "");
}

TEST(ProtocolMessages, ResultsAndPagesRoundTrip)
{
    std::vector<ChangeResult> results{{"c1", "applied", "", "", 42}, {"c2", "rejected", "forbidden", "no", 0}};
    auto env = parseEnvelope(encodePushResult("r9", results));
    ASSERT_TRUE(env);
    EXPECT_EQ(env->type, type::pushResult);
    EXPECT_EQ(env->rid, "r9");
    auto back = decodePushResult(env->body);
    ASSERT_TRUE(back);
    ASSERT_EQ(back->size(), 2u);
    EXPECT_EQ((*back)[0].seq, 42);
    EXPECT_EQ((*back)[1].code, "forbidden");

    PulledPage page;
    page.records.push_back(test::goal(newUuid(), "acc-1", "Mål", test::stamp(5)));
    page.evictions = {newUuid()};
    page.cursor = 99;
    page.more = true;
    auto penv = parseEnvelope(encodeChanges("", page, true));
    ASSERT_TRUE(penv);
    EXPECT_TRUE(penv->body["live"].get<bool>());
    auto pback = decodeChanges(penv->body);
    ASSERT_TRUE(pback);
    EXPECT_EQ(pback->records, page.records);
    EXPECT_EQ(pback->evictions, page.evictions);
    EXPECT_EQ(pback->cursor, 99);
    EXPECT_TRUE(pback->more);
}

TEST(ProtocolMessages, ErrorFramesAreValidJsonEvenForBrokenUtf8)
{
    auto env = parseEnvelope(encodeError("r", errc::badJson, std::string("bad \xff byte")));
    ASSERT_TRUE(env);
    EXPECT_EQ(env->body["code"], "bad_json");
}

TEST(ProtocolMessages, DeeplyNestedFramesAreRefusedBeforeParsing)
{
    const std::string hostile = R"({"type":"push","x":)" + std::string(200000, '[') + std::string(200000, ']') + "}";
    auto env = parseEnvelope(hostile);
    ASSERT_FALSE(env);
    EXPECT_EQ(env.error().code, errc::badMessage);
    // Brackets inside strings do not count.
    auto fine = parseEnvelope(R"({"type":"hello","client":")" + std::string(100, '[') + R"("})");
    EXPECT_TRUE(fine);
    EXPECT_EQ(nestingDepth(R"({"a":[{"b":"[[["}]})"), 3u);
}

TEST(ProtocolMessages, TheRidOfARefusedFrameIsReadWhereverItCanBe)
{
    const std::string deep = std::string(200000, '[') + std::string(200000, ']');
    EXPECT_EQ(readableRid(R"({"rid":"q1"})"), "q1");
    EXPECT_EQ(readableRid(R"({"type":5,"rid":"q2"})"), "q2");
    EXPECT_EQ(readableRid(R"({"x":)" + deep + R"(,"rid":7})"), "7");
    EXPECT_EQ(readableRid(R"({"rid":"first","rid":"last"})"), "last"); // as Json::parse: the last one wins
    EXPECT_EQ(readableRid(R"({"a":{"rid":"inner"}})"), "");
    EXPECT_EQ(readableRid(R"({"rid":{"a":1}})"), "");
    EXPECT_EQ(readableRid(R"({"rid":1.5})"), "");
    EXPECT_EQ(readableRid(R"({"rid":")" + std::string(65, 'r') + R"("})"), "");
    EXPECT_EQ(readableRid(R"(["rid","q3"])"), "");
    EXPECT_EQ(readableRid(R"({"rid":"q4",)"), "");
}
