// Forslagskasse: nothing the server stores or logs ties a suggestion to its writer's account, device or time.
#include "support/server_harness.h"

#include <csignal>
#include <cstdlib>
#include <fstream>
#include <regex>
#include <sstream>

namespace medvandrer::testing {
namespace {

// Any epoch time in milliseconds or seconds within [from, to] written as decimal digits.
bool holdsTimeBetween(const std::string &bytes, int64_t fromMs, int64_t toMs)
{
    static const std::regex digits("[0-9]{10,18}");
    for (auto it = std::sregex_iterator(bytes.begin(), bytes.end(), digits); it != std::sregex_iterator(); ++it) {
        const std::string s = it->str();
        for (size_t len : {size_t(13), size_t(10)}) {
            for (size_t start = 0; start + len <= s.size(); ++start) {
                const int64_t v = std::stoll(s.substr(start, len));
                const int64_t ms = len == 10 ? v * 1000 : v;
                if (ms >= fromMs - (len == 10 ? 999 : 0) && ms <= toMs)
                    return true;
            }
        }
    }
    return false;
}

class SuggestionTest : public ServerTest
{
protected:
    // The real default: a batch of 5 before anything is published.
    void SetUp() override
    {
        ::setenv("MEDVANDRER_SUGGESTION_BATCH", "5", 1);
        startServer({"--log-level", "debug"});
    }
};

struct Writer
{
    Device device;
    Json change;
    std::string recordId;
    std::string text;
    int64_t from = 0, to = 0;
};

TEST_F(SuggestionTest, NothingStoredOrLoggedLinksASuggestionToItsWriter)
{
    Device lise = koordinator();
    std::vector<Writer> writers;
    for (int i = 0; i < 5; ++i) {
        Writer w{registerAs("bruker", "skriver" + std::to_string(i)), {}, {}, {}};
        w.text = "forslag-nummer-" + std::to_string(i) + "-kveldsapent";
        auto s = RecordBuilder("suggestion", w.device.accountId).set("category", "idea").set("text", w.text);
        w.change = s.change();
        w.recordId = s.id();
        writers.push_back(std::move(w));
    }

    for (size_t i = 0; i < writers.size(); ++i) {
        Writer &w = writers[i];
        // Pushed together with the writer's own goal, as an app's outbox would.
        auto g = goal(w.device.accountId);
        w.from = systemMillis();
        Json r = push(*w.device.ws, {g.change(), w.change});
        w.to = systemMillis();
        ASSERT_EQ(statusOf(r, 0), "applied");
        ASSERT_EQ(statusOf(r, 1), "applied");
        EXPECT_FALSE(r["results"][1].contains("seq"));
        EXPECT_EQ(statusOf(push(*w.device.ws, {w.change})), "duplicate");

        if (i < 4) {
            // Held in the inbox: not in the main database, its log, or any koordinator's pull.
            EXPECT_FALSE(pullAll(*lise.ws).has(w.recordId));
            const auto stored = storedBytes();
            EXPECT_EQ(stored.at("main").find(w.text), std::string::npos) << "not in the main database or its log";
            EXPECT_NE(stored.at("box").find(w.text), std::string::npos) << "waits in the inbox";
        }
    }

    // The fifth makes a batch: all five are published together.
    auto pulled = pullAll(*lise.ws);
    std::vector<int64_t> seqs;
    for (const auto &w : writers) {
        ASSERT_TRUE(pulled.has(w.recordId)) << w.text;
        for (const auto &r : pulled.records) {
            if (r["id"] != w.recordId)
                continue;
            EXPECT_EQ(r["owner"], "anonymous");
            EXPECT_FALSE(r.contains("origin"));
            std::string stamp;
            for (const auto &[name, f] : r["fields"].items()) {
                stamp = f["t"];
                EXPECT_EQ(stamp.substr(18), "-00000-server") << "no device clock, no counter";
                const int64_t wall = std::stoll(stamp.substr(0, 18));
                EXPECT_EQ((wall - 4 * 86'400'000) % (7 * 86'400'000), 0) << "a Monday 00:00 UTC: " << stamp;
                EXPECT_LE(w.from - wall, 7 * 86'400'000);
            }
            EXPECT_TRUE(std::regex_match(r["fields"]["week"]["v"].get<std::string>(), std::regex("[0-9]{4}-W[0-9]{2}")));
        }
    }

    // Koordinator view: five in one week and category, so the count is shown.
    Json list = lise.ws->request(Json{{"type", "list_suggestions"}});
    ASSERT_EQ(list["type"], "suggestions") << list.dump();
    ASSERT_EQ(list["suggestions"].size(), 5u);
    EXPECT_EQ(list["minCount"], 5);
    ASSERT_EQ(list["counts"].size(), 1u);
    EXPECT_EQ(list["counts"][0]["count"], 5);
    EXPECT_FALSE(list["suggestions"][0]["week"].is_null());
    Json mark = lise.ws->request(Json{{"type", "mark_suggestions_read"}, {"ids", {writers[0].recordId}}});
    EXPECT_EQ(mark["type"], "ok") << mark.dump();
    int read = 0;
    const Json relisted = lise.ws->request(Json{{"type", "list_suggestions"}});
    for (const auto &s : relisted["suggestions"])
        read += s["read"].get<bool>() ? 1 : 0;
    EXPECT_EQ(read, 1);
    EXPECT_EQ(writers[0].device.ws->request(Json{{"type", "list_suggestions"}})["code"], "forbidden");

    // Let the server settle, then read everything it stores (SQLite files, or a pg_dump of its database) and logs.
    writers[0].device.ws->request(Json{{"type", "pull"}});
    server().stop(SIGTERM);
    const auto stored = storedBytes();
    const std::vector<std::pair<std::string, std::string>> files{{"main", stored.at("main")}, {"box", stored.at("box")}};
    std::string log = server().log();
    // On PostgreSQL, the database server's own log (default settings) too.
    if (testOnPostgres())
        log += PgCluster::shared().log();

    for (const auto &w : writers) {
        // The inbox file holds nothing about any writer or any push time.
        const std::string &boxBytes = stored.at("box");
        for (const std::string &secret :
             {w.device.accountId, w.device.deviceId, w.device.token, w.device.username, w.change["changeId"].get<std::string>()})
            EXPECT_EQ(boxBytes.find(secret), std::string::npos) << secret;
        EXPECT_FALSE(holdsTimeBetween(boxBytes, w.from, w.to)) << "push time of " << w.text;
        // The main database keeps no change id of a suggestion (so none next to the writer's own).
        for (const auto &[name, bytes] : files)
            EXPECT_EQ(bytes.find(w.change["changeId"].get<std::string>()), std::string::npos) << name;
        // The stored suggestion: its body names nobody and no moment (a batch's neighbours are other records).
        const std::string &main = stored.at("main");
        const size_t at = main.find(w.text);
        ASSERT_NE(at, std::string::npos) << "published into the main database";
        const size_t start = main.rfind("{\"fields\"", at);
        const size_t end = main.find("\"owner\":\"anonymous\"}", at);
        ASSERT_TRUE(start != std::string::npos && end != std::string::npos);
        const std::string body = main.substr(start, end - start + 21);
        for (const auto &other : writers) {
            EXPECT_EQ(body.find(other.device.accountId), std::string::npos) << body;
            EXPECT_EQ(body.find(other.device.deviceId), std::string::npos) << body;
        }
        EXPECT_FALSE(holdsTimeBetween(body, w.from, w.to)) << body;
        // The server's log (at debug level) mentions neither the suggestion nor its change.
        EXPECT_EQ(log.find(w.recordId), std::string::npos);
        EXPECT_EQ(log.find(w.text), std::string::npos);
        EXPECT_EQ(log.find(w.change["changeId"].get<std::string>()), std::string::npos);
    }
}

} // namespace
} // namespace medvandrer::testing
