// Issue 13, point 4 (exact everywhere) with three real server processes on one real PostgreSQL: a revoked device
// and a deleted account are signed out on every instance within a second, login attempts count across instances,
// an offer expires once whichever instance sweeps, and suggestions are published once, as whole batches.
// Runs only as server.pg.*.
#include "calendar/calendar_time.h"
#include "support/instances_fixture.h"

#include <latch>
#include <map>
#include <set>
#include <thread>

using namespace medvandrer;
using namespace medvandrer::testing;
using namespace std::chrono;

namespace {

// The bound for a sign-out to reach every instance.
constexpr auto signOutBound = 1000ms;

bool isUnaskedError(const Json &m, const std::string &code)
{
    return m.value("type", "") == "error" && !m.contains("rid") && m.value("code", "") == code;
}

class InstancesExactTest : public InstancesFixture
{
};

TEST_F(InstancesExactTest, ARevokedDeviceIsSignedOutOnEveryInstanceWithinASecond)
{
    // Lise's phone on instance 0; her tablet on instance 1, with a second connection to instance 2.
    Device phone = koordinator("lise", 0);
    Device tablet = login("lise", 1);
    auto tabletElsewhere = resume(tablet.token, 2);

    const auto sent = steady_clock::now();
    Json ok = phone.ws->request(Json{{"type", "revoke_device"}, {"deviceId", tablet.deviceId}});
    ASSERT_EQ(ok["type"], "ok") << ok.dump();
    for (WsClient *ws : {tablet.ws.get(), tabletElsewhere.get()}) {
        auto told = ws->waitFor([](const Json &m) { return isUnaskedError(m, "token_invalid"); },
                                duration_cast<milliseconds>(signOutBound - (steady_clock::now() - sent)));
        ASSERT_TRUE(told) << "a connection of the revoked device was still signed in after 1 s";
        EXPECT_EQ(ws->request(Json{{"type", "pull"}, {"cursor", 0}})["code"], "not_authenticated");
    }
    std::printf("revocation reached both other instances in %.1f ms\n",
                duration<double, std::milli>(steady_clock::now() - sent).count());
    // Its token is refused by every instance; the phone carries on.
    for (int i = 0; i < instances; ++i)
        EXPECT_EQ(connect(i)->request(Json{{"type", "resume"}, {"token", tablet.token}})["code"], "token_invalid") << i;
    EXPECT_EQ(phone.ws->request(Json{{"type", "pull"}, {"cursor", 0}})["type"], "changes");

    // The admin command, a process of its own on the same database, signs a device out on every instance too.
    Device laptop = login("lise", 2);
    auto laptopElsewhere = resume(laptop.token, 0);
    auto revoked = admin({"revoke-device", "--device-id", laptop.deviceId, "--json"});
    ASSERT_EQ(revoked.exitCode, 0) << revoked.err;
    for (WsClient *ws : {laptop.ws.get(), laptopElsewhere.get()})
        EXPECT_TRUE(ws->waitFor([](const Json &m) { return isUnaskedError(m, "token_invalid"); }, signOutBound))
            << "an admin revocation did not reach an instance within 1 s";

    // Logging out is revoking one's own device: its other connections on other instances are signed out as well.
    auto phoneElsewhere = resume(phone.token, 1);
    ASSERT_EQ(phone.ws->request(Json{{"type", "logout"}})["type"], "ok");
    EXPECT_TRUE(phoneElsewhere->waitFor([](const Json &m) { return isUnaskedError(m, "token_invalid"); }, signOutBound));
}

TEST_F(InstancesExactTest, ADeletedAccountIsGoneFromEveryInstance)
{
    Device kari = koordinator("kari", 0);
    Device tablet = login("kari", 1);
    Device laptop = login("kari", 2);
    auto tabletSecond = resume(tablet.token, 0);
    Device ola = koordinator("ola", 2);
    auto a = activity(kari.accountId, "Karis kafe");
    ASSERT_EQ(kari.ws->request(Json{{"type", "push"}, {"changes", {a.change()}}})["results"][0]["status"], "applied");

    const auto sent = steady_clock::now();
    Json done = kari.ws->request(Json{{"type", "delete_account"}, {"password", testPassword}}, 20s);
    ASSERT_EQ(done["type"], "account_deleted") << done.dump();
    const auto answered = steady_clock::now();
    for (WsClient *ws : {tablet.ws.get(), laptop.ws.get(), tabletSecond.get()}) {
        auto told = ws->waitFor([](const Json &m) { return m.value("type", "") == "account_deleted" && !m.contains("rid"); },
                                duration_cast<milliseconds>(signOutBound - (steady_clock::now() - answered)));
        ASSERT_TRUE(told) << "a device of the deleted account was not told within 1 s";
        EXPECT_EQ(ws->request(Json{{"type", "pull"}, {"cursor", 0}})["code"], "not_authenticated");
    }
    std::printf("deletion reached the other instances %.1f ms after its answer (%.1f ms after the request)\n",
                duration<double, std::milli>(steady_clock::now() - answered).count(),
                duration<double, std::milli>(steady_clock::now() - sent).count());

    // No instance lets anyone in as Kari, and her activity is gone for Ola on another instance.
    for (int i = 0; i < instances; ++i) {
        auto ws = connect(i);
        for (const auto &token : {kari.token, tablet.token, laptop.token})
            EXPECT_EQ(ws->request(Json{{"type", "resume"}, {"token", token}})["code"], "token_invalid") << i;
        EXPECT_EQ(ws->request(Json{{"type", "login"}, {"username", "kari"}, {"password", testPassword}})["code"],
                  "auth_failed")
            << i;
    }
    Json page = ola.ws->request(Json{{"type", "pull"}, {"cursor", 0}, {"limit", 500}});
    ASSERT_EQ(page["type"], "changes") << page.dump();
    for (const auto &r : page["records"])
        EXPECT_NE(r["id"], a.id()) << "the deleted account's activity is still served";

    // Nothing in the database names her devices in plain, the sign-outs included.
    for (const auto &[table, text] : PgCluster::shared().allCells(m_name))
        for (const auto &id : {kari.accountId, kari.deviceId, tablet.deviceId, laptop.deviceId})
            EXPECT_EQ(text.find(id), std::string::npos) << table;
}

TEST_F(InstancesExactTest, LoginAttemptsCountAcrossInstances)
{
    createKoordinator("per");
    auto attempt = [this](int i, const std::string &password) {
        std::unique_ptr<WsClient> ws;
        return loginReply("per", i, ws, password).value("code", std::string());
    };
    // Three wrong guesses on three instances, then the right password: the count starts again.
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(attempt(i, "feil-passord-" + std::to_string(i)), "auth_failed");
    Device per = login("per", 0);
    EXPECT_FALSE(per.token.empty());

    // Five wrong guesses spread over the instances (no instance sees more than two of them)...
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(attempt((i + 1) % instances, "gjetning-" + std::to_string(i)), "auth_failed") << i;
    // ...and the limit holds on every instance, even for the right password.
    for (int i = 0; i < instances; ++i)
        EXPECT_EQ(attempt(i, testPassword), "rate_limited") << "instance " << i;

    // Parallel guesses on all instances at once cannot all slip under the limit of another user.
    createKoordinator("siri");
    std::atomic<int> failed{0};
    std::atomic<int> limited{0};
    std::vector<std::thread> threads;
    std::latch go(instances * 4);
    for (int t = 0; t < instances * 4; ++t)
        threads.emplace_back([&, t] {
            auto ws = connect(t % instances);
            go.arrive_and_wait();
            Json r = ws->request(Json{{"type", "login"}, {"username", "siri"}, {"password", "gjett-" + std::to_string(t)}});
            const std::string code = r.value("code", "");
            if (code == "auth_failed")
                ++failed;
            else if (code == "rate_limited")
                ++limited;
        });
    for (auto &t : threads)
        t.join();
    EXPECT_EQ(failed.load(), 5) << "exactly the limit of guesses was checked";
    EXPECT_EQ(limited.load(), instances * 4 - 5);
}

// Offers of one second on every instance; each instance sweeps every half second. A seat freed with three people
// waiting is offered to each in turn as the offers run out: each offer is made once and expires once.
class InstancesOfferTest : public InstancesFixture
{
protected:
    std::vector<std::string> instanceArgs() const override { return {"--offer-seconds", "1"}; }
};

TEST_F(InstancesOfferTest, AnOfferExpiresOnceWhicheverInstanceSweeps)
{
    Device lise = koordinator("lise", 0);
    const int64_t start = (systemMillis() / 1000 + 3 * 86400) * 1000;
    auto act = activity(lise.accountId, "Ett ledig sete")
                   .set("start", calendar::formatUtc(start))
                   .set("end", calendar::formatUtc(start + 5400000))
                   .set("capacity", 1)
                   .set("bookingDeadlineHours", 1);
    ASSERT_EQ(lise.ws->request(Json{{"type", "push"}, {"changes", {act.change()}}})["results"][0]["status"], "applied");
    const std::string session = calendar::formatUtc(start);

    // One confirmed, three waiting; each person on another instance than the one before.
    const Json people = createAccounts("venter", 4);
    ASSERT_EQ(people.size(), 4u);
    std::vector<std::unique_ptr<WsClient>> ws;
    std::vector<std::string> bookingIds;
    for (size_t i = 0; i < people.size(); ++i) {
        ws.push_back(resume(people[i]["token"], static_cast<int>(i % instances)));
        RecordBuilder b("booking", people[i]["accountId"]);
        b.set("activityId", act.id()).set("sessionStart", session).set("status", "requested");
        bookingIds.push_back(b.id());
        Json r = ws.back()->request(Json{{"type", "push"}, {"changes", {b.change()}}});
        ASSERT_EQ(r["results"][0]["status"], "applied") << r.dump();
    }
    // Every status each person's device is told about its own booking, live, in order of arrival.
    std::vector<std::vector<std::string>> told(people.size());
    // Until the person's offer has expired, then a while longer: a second expiry would come within a sweep or two.
    auto collect = [&](size_t i) {
        auto until = steady_clock::now() + 20s;
        bool expired = false;
        while (steady_clock::now() < until) {
            auto m = ws[i]->next(duration_cast<milliseconds>(until - steady_clock::now()));
            if (!m)
                continue;
            if (m->value("type", "") != "changes" || m->contains("rid"))
                continue;
            for (const auto &r : m->value("records", Json::array()))
                if (r.value("id", "") == bookingIds[i] && r["fields"].contains("status")) {
                    told[i].push_back(r["fields"]["status"]["v"]);
                    if (told[i].back() == "declined" && !expired) {
                        expired = true;
                        until = steady_clock::now() + 1500ms;
                    }
                }
        }
    };

    auto cancel = RecordBuilder("booking", people[0]["accountId"], bookingIds[0]).set("wantsCancel", true);
    ASSERT_EQ(ws[0]->request(Json{{"type", "push"}, {"changes", {cancel.change()}}})["results"][0]["status"], "applied");
    // Three offers of a second each run out one after another (each sweep may come half a second later).
    std::vector<std::thread> listeners;
    for (size_t i = 1; i < people.size(); ++i)
        listeners.emplace_back([&, i] { collect(i); });
    for (auto &t : listeners)
        t.join();

    for (size_t i = 1; i < people.size(); ++i) {
        const auto &seen = told[i];
        EXPECT_EQ(std::count(seen.begin(), seen.end(), "offered"), 1) << "person " << i << " offered more than once";
        EXPECT_EQ(std::count(seen.begin(), seen.end(), "declined"), 1) << "person " << i << "'s offer expired more than once";
        ASSERT_FALSE(seen.empty());
        EXPECT_EQ(seen.back(), "declined") << i;
    }
    Json list = lise.ws->request(Json{{"type", "participants"}, {"activityId", act.id()}, {"sessionStart", session}});
    ASSERT_EQ(list["type"], "participants") << list.dump();
    std::map<std::string, int> statuses;
    for (const auto &p : list["participants"])
        ++statuses[p["status"].get<std::string>()];
    EXPECT_EQ(statuses["declined"], 3) << list.dump();
    EXPECT_EQ(statuses["offered"] + statuses["confirmed"], 0) << list.dump();
}

// The real batch of five: suggestions sent through all three instances at once are each published once, and only
// as part of a batch of at least five published together (one transaction, one live frame).
class InstancesSuggestionTest : public InstancesFixture
{
protected:
    void SetUp() override
    {
        ::setenv("MEDVANDRER_SUGGESTION_BATCH", "5", 1);
        InstancesFixture::SetUp();
    }
};

TEST_F(InstancesSuggestionTest, SuggestionsArePublishedOnceAsWholeBatches)
{
    constexpr int writers = 15;
    std::vector<Device> readers;
    for (int i = 0; i < instances; ++i)
        readers.push_back(koordinator("koordinator" + std::to_string(i), i));
    const Json accounts = createAccounts("skriver", writers);
    ASSERT_EQ(accounts.size(), static_cast<size_t>(writers));
    std::vector<std::unique_ptr<WsClient>> ws;
    std::vector<Json> pushes;
    std::set<std::string> ids;
    for (int i = 0; i < writers; ++i) {
        ws.push_back(resume(accounts[static_cast<size_t>(i)]["token"], i % instances));
        auto s = suggestion(accounts[static_cast<size_t>(i)]["accountId"]).set("text", "Forslag " + std::to_string(i));
        ids.insert(s.id());
        pushes.push_back(Json{{"type", "push"}, {"rid", "s"}, {"changes", {s.change()}}});
    }
    for (int i = 0; i < writers; ++i)
        ASSERT_TRUE(ws[static_cast<size_t>(i)]->sendJson(pushes[static_cast<size_t>(i)]));
    for (int i = 0; i < writers; ++i) {
        auto r = ws[static_cast<size_t>(i)]->waitFor([](const Json &m) { return m.value("rid", "") == "s"; }, 20s);
        ASSERT_TRUE(r) << i;
        ASSERT_EQ((*r)["results"][0]["status"], "applied") << r->dump();
    }
    // Whatever is still below a batch waits; more suggestions through one instance make it whole.
    auto published = [&] {
        Json list = readers[0].ws->request(Json{{"type", "list_suggestions"}});
        EXPECT_EQ(list["type"], "suggestions") << list.dump();
        std::multiset<std::string> out;
        for (const auto &s : list["suggestions"])
            out.insert(s["id"].get<std::string>());
        return out;
    };
    for (int extra = 0; extra < 5; ++extra) {
        auto ours = published();
        size_t mine = 0;
        for (const auto &id : ids)
            mine += ours.count(id);
        if (mine == ids.size())
            break;
        auto s = suggestion(accounts[0]["accountId"]).set("text", "Påfyll " + std::to_string(extra));
        ids.insert(s.id());
        ASSERT_EQ(ws[0]->request(Json{{"type", "push"}, {"changes", {s.change()}}})["results"][0]["status"], "applied");
    }
    const auto list = published();
    for (const auto &id : list)
        EXPECT_EQ(list.count(id), 1u) << "published twice";
    const std::set<std::string> distinct(list.begin(), list.end());
    EXPECT_EQ(distinct, ids) << "every suggestion published, and nothing else";

    // Each koordinator, on its own instance, got every published suggestion once, in live frames of at least five.
    for (auto &reader : readers) {
        std::map<std::string, int> seen;
        for (;;) {
            auto frame = reader.ws->waitFor(
                [](const Json &m) {
                    if (m.value("type", "") != "changes" || m.contains("rid"))
                        return false;
                    for (const auto &r : m.value("records", Json::array()))
                        if (r.value("kind", "") == "suggestion")
                            return true;
                    return false;
                },
                seen.size() < distinct.size() ? 5s : 300ms);
            if (!frame)
                break;
            int inFrame = 0;
            for (const auto &r : (*frame)["records"])
                if (r.value("kind", "") == "suggestion") {
                    ++seen[r["id"].get<std::string>()];
                    ++inFrame;
                }
            EXPECT_GE(inFrame, 5) << "a live frame carried part of a batch";
        }
        EXPECT_EQ(seen.size(), distinct.size());
        for (const auto &[id, n] : seen)
            EXPECT_EQ(n, 1) << "a suggestion reached a koordinator twice";
    }
}

} // namespace
