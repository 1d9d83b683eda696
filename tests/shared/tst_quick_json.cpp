// protocol::QuickJson: whatever it reads, nlohmann's parser reads to the same value; what nlohmann refuses, it refuses.
#include "protocol/quick_json.h"

#include <gtest/gtest.h>

#include <random>

using namespace medvandrer;
using namespace medvandrer::protocol;

namespace {

// The value QuickJson's events build (with nlohmann's own tree builder as the handler), or nothing when it refuses.
std::optional<Json> quick(std::string_view text, size_t maxDepth = 32)
{
    Json out;
    nlohmann::detail::json_sax_dom_parser<Json> builder(out, false);
    QuickJson<nlohmann::detail::json_sax_dom_parser<Json>> reader(text, builder, maxDepth);
    if (!reader.read())
        return std::nullopt;
    return out;
}

// Same value, same types (1 and 1.0 differ; so do unsigned and signed whole numbers).
bool identical(const Json &a, const Json &b)
{
    return a.type() == b.type() && a.dump() == b.dump() && a == b;
}

void expectAgreement(std::string_view text)
{
    const auto mine = quick(text);
    const Json theirs = Json::parse(text, nullptr, false);
    if (mine) {
        ASSERT_FALSE(theirs.is_discarded()) << "read, but nlohmann refuses: " << text;
        ASSERT_TRUE(identical(*mine, theirs)) << text << "\n" << mine->dump() << "\n" << theirs.dump();
        // Inside too: each element's type (dump() alone hides unsigned against signed).
        std::function<void(const Json &, const Json &)> deep = [&](const Json &x, const Json &y) {
            ASSERT_EQ(x.type(), y.type()) << text;
            if (x.is_structured()) {
                ASSERT_EQ(x.size(), y.size());
                auto i = x.begin();
                auto j = y.begin();
                for (; i != x.end(); ++i, ++j)
                    deep(*i, *j);
            }
        };
        deep(*mine, theirs);
    } else {
        // Refusing a text nlohmann reads is allowed only for what is not decided here (see quick_json.h).
        SUCCEED();
    }
}

} // namespace

TEST(QuickJson, ReadsWhatNlohmannReads)
{
    const char *texts[] = {
        "{}", "[]", " { } ", "[1,2,3]", "0", "-0", "1", "-1", "18446744073709551615", "18446744073709551616",
        "-9223372036854775808", "-9223372036854775809", "1.5", "-1.5e3", "1E-2", "2e+5", "0.0", "-0.0",
        "123456789012345678901234567890", "1e308", "4.9e-324", "true", "false", "null", R"("")", R"("abc")",
        R"("\" \\ \/ \b \f \n \r \t")", R"("\u0000x\u0041\u00e6\u20ac\ud83d\ude00")", "\"\xc3\xa6\xe2\x82\xac\xf0\x9f\x98\x80\x7f\"",
        R"({"a":1,"a":2})", R"({"a":{"b":[{"c":null}]}})", " [ 1 , { \"k\" : [ ] } ] \n\t\r",
        R"({"type":"changes","records":[{"id":"x","fields":{"t":{"v":[1,-2,3.5,"s",true,null,{}],"t":"y"}}}]})",
    };
    for (const char *text : texts) {
        EXPECT_TRUE(quick(text)) << text;
        expectAgreement(text);
    }
}

TEST(QuickJson, RefusesWhatNlohmannRefuses)
{
    const char *texts[] = {
        "", " ", "{", "}", "[", "[1,]", "[,1]", "{,}", R"({"a":1,})", R"({"a" 1})", R"({"a":})", R"({1:2})", "01",
        "-", "1.", ".5", "1e", "1e+", "+1", "--1", "0x10", "NaN", "Infinity", "-Infinity", "1e999", "tru", "nul",
        "True", R"("abc)", "\"a\x01\"", "\"\t\"", R"("\x")", R"("\u12")", R"("\u12g4")", R"("\ud800")",
        R"("\ud800\u0041")", R"("\udc00")", R"("\ud800\ud800")", "\"\xc0\x80\"", "\"\xc1\xbf\"", "\"\xe0\x80\x80\"",
        "\"\xed\xa0\x80\"", "\"\xf0\x80\x80\x80\"", "\"\xf4\x90\x80\x80\"", "\"\xf5\x80\x80\x80\"", "\"\x80\"",
        "\"\xc3\"", "\"\xe2\x82\"", "{} {}", "[] x", "1 2", "/* c */ {}",
    };
    for (const char *text : texts) {
        EXPECT_FALSE(quick(text)) << text;
        expectAgreement(text);
    }
    EXPECT_FALSE(quick(std::string_view("{\"a\":1}\0", 8)));
}

TEST(QuickJson, RefusesWhatNestsDeeperThanAllowed)
{
    EXPECT_TRUE(quick(std::string(32, '[') + std::string(32, ']')));
    EXPECT_FALSE(quick(std::string(33, '[') + std::string(33, ']')));
    EXPECT_TRUE(quick("{\"a\":" + std::string(31, '[') + std::string(31, ']') + "}"));
    EXPECT_FALSE(quick("{\"a\":" + std::string(32, '[') + std::string(32, ']') + "}"));
}

TEST(QuickJson, AgreesWithNlohmannOnMangledText)
{
    const std::string seeds[] = {
        R"({"cursor":12,"evictions":["a"],"live":false,"more":true,"records":[{"fields":{"note":{"t":"000001790000000000-00000-dev-a","v":"Gikk \u00e6 \"tur\"\n"},"rating":{"t":"000001790000000000-00000-dev-a","v":7}},"id":"6f1c1b7e-2d3a-4c5b-9e8f-0a1b2c3d4e5f","kind":"checkin","owner":"acc-1"}],"rid":"c4","type":"changes"})",
        "[1, -2, 3.25e-2, 18446744073709551615, -9223372036854775808, \"\xc3\xa6\xf0\x9f\x98\x80\", \"\\ud83d\\ude00\", true, null, {}]",
    };
    const std::string alphabet = "{}[],:\"\\-+.eE0123456789 tfnaulrsux\t\n\x01\x7f\x80\xbf\xc3\xe2\xed\xf0\xf4\xff";
    std::mt19937 random(20261202);
    for (const auto &seed : seeds) {
        for (int round = 0; round < 20000; ++round) {
            std::string text = seed;
            const int edits = 1 + static_cast<int>(random() % 3);
            for (int e = 0; e < edits; ++e) {
                const size_t at = random() % (text.size() + 1);
                switch (random() % 3) {
                case 0: text.insert(at, 1, alphabet[random() % alphabet.size()]); break;
                case 1:
                    if (at < text.size())
                        text.erase(at, 1);
                    break;
                default:
                    if (at < text.size())
                        text[at] = alphabet[random() % alphabet.size()];
                }
            }
            expectAgreement(text);
            if (HasFatalFailure())
                return;
        }
    }
}
