// protocol::readPushFrame: a device's push read in one pass on the server's io thread. Whenever it answers, the
// answer is the general path's (parseEnvelope + decodePushChanges); when in doubt it leaves the frame to that path.
#include "protocol/changes_frame.h"
#include "records/record_json.h"
#include "test_records.h"

#include <gtest/gtest.h>

using namespace medvandrer;
using namespace medvandrer::protocol;
using medvandrer::test::stamp;

namespace {

void expectAgreement(std::string_view text)
{
    SCOPED_TRACE(std::string(text.substr(0, 300)));
    const auto quick = readPushFrame(text);
    if (!quick)
        return; // left to the general path: always allowed
    auto env = parseEnvelope(text);
    ASSERT_TRUE(env) << "read quickly, refused by the general path";
    EXPECT_EQ(env->type, "push");
    EXPECT_EQ(env->rid, quick->rid);
    auto changes = decodePushChanges(env->body);
    ASSERT_TRUE(changes) << "read quickly, refused by decodePushChanges: " << changes.error().message;
    ASSERT_EQ(quick->changes.size(), changes->size());
    for (size_t i = 0; i < changes->size(); ++i) {
        EXPECT_EQ(quick->changes[i].changeId, (*changes)[i].changeId);
        ASSERT_TRUE(quick->changes[i].change);
        ASSERT_TRUE((*changes)[i].change) << "read quickly, refused by changeFromJson";
        EXPECT_EQ(*quick->changes[i].change, *(*changes)[i].change);
    }
}

std::string dumped(const Json &j)
{
    return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

Change checkinChange(int i)
{
    const Hlc at = stamp(1000 + i, uint32_t(i), "dev-a");
    Record r;
    r.id = newUuid();
    r.kind = "checkin";
    r.owner = "acc-1";
    r.originDevice = at.node;
    r.fields["goalId"] = {newUuid(), at};
    r.fields["rating"] = {i % 11, at};
    r.fields["score"] = {-2.5 * i, at};
    r.fields["note"] = {"Gikk en tur i dag. «Fint» \"vær\" \\ \n 🌿", at};
    r.fields["tags"] = {Json::array({"a", 1, nullptr, Json::object({{"x", Json::array({true, false})}})}), at};
    if (i % 7 == 3) {
        r.fields.clear();
        r.deleted = stamp(5000 + i);
    }
    return Change{newUuid(), r};
}

const std::string uuid = "00000000-0000-4000-8000-000000000001";

} // namespace

TEST(PushFrame, APushAsTheAppWritesItIsRead)
{
    std::vector<Change> changes;
    for (int i = 0; i < 200; ++i)
        changes.push_back(checkinChange(i));
    const std::string text = dumped(encodePushRequest("17", changes));
    auto quick = readPushFrame(text);
    ASSERT_TRUE(quick);
    EXPECT_EQ(quick->rid, "17");
    ASSERT_EQ(quick->changes.size(), changes.size());
    for (size_t i = 0; i < changes.size(); ++i) {
        EXPECT_EQ(quick->changes[i].changeId, changes[i].changeId);
        ASSERT_TRUE(quick->changes[i].change);
        EXPECT_EQ(*quick->changes[i].change, changes[i]);
    }
    expectAgreement(text);

    auto empty = readPushFrame(R"({"type":"push","changes":[]})");
    ASSERT_TRUE(empty);
    EXPECT_TRUE(empty->rid.empty());
    EXPECT_TRUE(empty->changes.empty());
}

TEST(PushFrame, WhitespaceNumbersAndUnknownMembersReadAsTheGeneralPathReadsThem)
{
    const std::string t = stamp(3).toString();
    const std::string rec = R"({ "id" : ")" + uuid + R"(", "kind":"goal", "owner":"acc", "future":{"x":[1,2]},
        "fields":{"title":{"v":"x\u00e6\n","t":")" + t + R"(","extra":[{}]}, "n":{"v":[1e2,-0,18446744073709551615,-9223372036854775808],"t":")" + t + R"("}}})";
    const std::string texts[] = {
        R"({"rid":42,"type":"push","changes":[{"changeId":")" + uuid + R"(","record":)" + rec + R"(,"note":null}],"x":1})",
        "\n\t{ \"type\" : \"push\" , \"changes\" : [ { \"record\" : " + rec + " , \"changeId\" : \"" + uuid + "\" } ] }  ",
        R"({"type":"push","rid":null,"changes":[{"changeId":")" + uuid + R"(","record":{"id":")" + uuid +
            R"(","kind":"goal","owner":"acc","fields":null,"deleted":null,"origin":null}}]})",
    };
    for (const auto &text : texts) {
        EXPECT_TRUE(readPushFrame(text)) << text;
        expectAgreement(text);
    }
}

TEST(PushFrame, AnythingUnusualIsLeftToTheGeneralPath)
{
    const std::string t = stamp(3).toString();
    const std::string rec = R"({"id":")" + uuid + R"(","kind":"goal","owner":"acc","fields":{"title":{"v":"x","t":")" + t + R"("}}})";
    const std::string change = R"({"changeId":")" + uuid + R"(","record":)" + rec + "}";
    auto frame = [](const std::string &changes, const std::string &rest = R"("type":"push")") {
        return "{\"changes\":[" + changes + "]," + rest + "}";
    };
    auto changeOf = [&](const std::string &record, const std::string &id = uuid) {
        return R"({"changeId":")" + id + R"(","record":)" + record + "}";
    };
    const std::string unusual[] = {
        frame(change, R"("type":"pull")"),                      // another type
        frame(change, R"("type":"push","type":"push")"),        // a repeated member
        frame(change, R"("type":"push","changes":[])"),
        frame(change, R"("type":"push","rid":{"a":1})"),        // an unreadable rid
        frame(change, R"("type":"push","rid":")" + std::string(65, 'r') + "\""),
        frame(change, R"("type")"),                             // not JSON
        R"({"type":"push","changes":{}})",
        R"({"type":"push","changes":null})",
        R"({"type":"push"})",                                   // no changes
        "[" + frame(change) + "]",
        frame(change) + " x",
        frame("5"),
        frame("[" + change + "]"),
        frame(change + ",null"),
        frame(R"({"record":)" + rec + "}"),                     // no changeId
        frame(R"({"changeId":"x","record":)" + rec + "}"),      // not a UUID
        frame(R"({"changeId":5,"record":)" + rec + "}"),
        frame(R"({"changeId":")" + uuid + R"(","changeId":")" + uuid + R"(","record":)" + rec + "}"),
        frame(R"({"changeId":")" + uuid + R"("})"),             // no record
        frame(R"({"changeId":")" + uuid + R"(","record":null})"),
        frame(R"({"changeId":")" + uuid + R"(","record":[]})"),
        frame(R"({"changeId":")" + uuid + R"(","record":)" + rec + R"(,"record":)" + rec + "}"),
        frame(changeOf(R"({"id":"not-a-uuid","kind":"goal","owner":"acc"})")),
        frame(changeOf(R"({"id":")" + uuid + R"(","owner":"acc"})")),
        frame(changeOf(R"({"id":")" + uuid + R"(","kind":"goal","owner":"acc","deleted":"soon"})")),
        frame(changeOf(R"({"id":")" + uuid + R"(","kind":"goal","owner":"acc","fields":{"a":{"v":1}}})")),
        frame(change + "," + changeOf(R"({"id":")" + uuid + R"(","kind":"goal"})")), // one bad change: general path
        frame(std::string(40, '[') + std::string(40, ']')),
    };
    for (const auto &text : unusual) {
        EXPECT_FALSE(readPushFrame(text)) << text;
        expectAgreement(text);
    }
    // More changes than a push may carry: decodePushChanges answers too_large.
    std::string many;
    for (size_t i = 0; i <= maxChangesPerPush; ++i)
        many += (i ? "," : "") + change;
    EXPECT_FALSE(readPushFrame(frame(many)));
    many.resize(many.size() - change.size() - 1);
    EXPECT_TRUE(readPushFrame(frame(many)));
    EXPECT_FALSE(readPushFrame(std::string(maxFrameBytes + 1, ' ')));
    // A changes frame is not a push, and a push is not a changes frame.
    EXPECT_FALSE(readPushFrame(R"({"type":"changes","records":[]})"));
    EXPECT_FALSE(readChangesFrame(frame(change)));
}
