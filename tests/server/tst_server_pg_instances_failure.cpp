// Issue 13, point 5 (failure) with three real server processes on one real PostgreSQL: an instance SIGKILLed in the
// middle of pushes, a rolling restart of all three under load, and PostgreSQL restarted under load. The devices
// behave like the app's outbox: a change is sent again, with the same change id, until an instance acknowledges it,
// and a device whose instance is gone carries on through another. Runs only as server.pg.*.
#include "support/instances_fixture.h"

#include <atomic>
#include <csignal>
#include <map>
#include <mutex>
#include <set>
#include <thread>

using namespace medvandrer::testing;
using namespace std::chrono;

namespace {

// A device pushing new goals through whichever instance is up.
struct FleetDevice
{
    std::string accountId;
    std::string token;
    int instance = 0;
    std::unique_ptr<WsClient> ws;
    std::set<std::string> acknowledged;
    std::map<std::string, int> applied; // record id → how often an instance answered "applied" for it
    std::map<std::string, int> errors;  // error code (or "no reply") → count
    std::set<int> instancesUsed;
    int moves = 0;
};

class InstancesFailureTest : public InstancesFixture
{
protected:
    // The port each instance listens on now; 0 while it is down. Read by the device threads.
    std::array<std::atomic<unsigned short>, instances> m_live{};

    void SetUp() override
    {
        InstancesFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        for (int i = 0; i < instances; ++i)
            m_live[static_cast<size_t>(i)] = port(i);
    }

    void down(int i) { m_live[static_cast<size_t>(i)] = 0; }
    bool up(int i)
    {
        if (!startInstance(i))
            return false;
        m_live[static_cast<size_t>(i)] = port(i);
        return true;
    }

    // Connects the device to the first instance that is up, starting after the one it was on.
    bool reconnect(FleetDevice &d)
    {
        for (int round = 0; round < 100; ++round) {
            for (int k = 1; k <= instances; ++k) {
                const int i = (d.instance + k) % instances;
                const unsigned short p = m_live[static_cast<size_t>(i)];
                if (p == 0)
                    continue;
                auto ws = std::make_unique<WsClient>(p);
                if (!ws->isOpen())
                    continue;
                if (ws->request(Json{{"type", "hello"}, {"protocol", 1}, {"client", "tests"}}, 3s)["type"] != "welcome")
                    continue;
                if (ws->request(Json{{"type", "resume"}, {"token", d.token}}, 3s)["type"] != "authenticated")
                    continue;
                if (!d.instancesUsed.empty())
                    ++d.moves; // not its first connection
                d.ws = std::move(ws);
                d.instance = i;
                d.instancesUsed.insert(i);
                return true;
            }
            std::this_thread::sleep_for(50ms * std::min(round + 1, 10)); // back off while everything is down
        }
        return false;
    }

    std::vector<std::unique_ptr<FleetDevice>> makeFleet(int count)
    {
        const Json accounts = createAccounts("enhet", count);
        EXPECT_EQ(accounts.size(), static_cast<size_t>(count));
        std::vector<std::unique_ptr<FleetDevice>> fleet;
        for (int i = 0; i < count && i < static_cast<int>(accounts.size()); ++i) {
            auto d = std::make_unique<FleetDevice>();
            d->accountId = accounts[static_cast<size_t>(i)]["accountId"];
            d->token = accounts[static_cast<size_t>(i)]["token"];
            d->instance = (i + instances - 1) % instances; // reconnect() starts after it: device i on instance i % 3
            EXPECT_TRUE(reconnect(*d));
            fleet.push_back(std::move(d));
        }
        return fleet;
    }

    // Pushes batches of 1–3 new goals until `running` is false; the batch in hand is finished (acknowledged) even
    // after that, within a deadline.
    void drive(FleetDevice &d, const std::atomic<bool> &running)
    {
        int n = 0;
        while (running) {
            std::vector<Json> changes;
            std::vector<std::string> ids;
            for (int k = 0; k < 1 + n % 3; ++k) {
                auto g = goal(d.accountId, "mål " + std::to_string(n) + "." + std::to_string(k));
                changes.push_back(g.change());
                ids.push_back(g.id());
            }
            ++n;
            const auto deadline = steady_clock::now() + 30s;
            while (steady_clock::now() < deadline) {
                if (!d.ws || !d.ws->isOpen()) {
                    if (!reconnect(d))
                        return;
                    continue;
                }
                Json r = d.ws->request(Json{{"type", "push"}, {"changes", changes}}, 5s);
                if (r.contains("results") && r["results"].size() == ids.size()) {
                    bool all = true;
                    for (size_t k = 0; k < ids.size(); ++k) {
                        const std::string status = r["results"][k].value("status", "");
                        if (status == "applied")
                            ++d.applied[ids[k]];
                        if (status == "applied" || status == "duplicate")
                            d.acknowledged.insert(ids[k]);
                        else
                            all = false;
                    }
                    if (all)
                        break;
                    ++d.errors["rejected"];
                    return;
                }
                const std::string code = r.value("code", r.value("type", std::string("?")));
                ++d.errors[code];
                if (code == "timeout" || code == "send_failed" || code == "not_authenticated" || !d.ws->isOpen())
                    d.ws.reset(); // the instance went away (or stopped answering): carry on through another
                else
                    std::this_thread::sleep_for(50ms); // unavailable / overloaded: the same instance, again shortly
            }
        }
    }

    // Everything each device's account holds, read through instance i from cursor 0: record id → copies.
    std::map<std::string, int> storedFor(FleetDevice &d, int i)
    {
        std::map<std::string, int> stored;
        auto ws = resume(d.token, i);
        int64_t cursor = 0;
        for (int guard = 0; guard < 1000; ++guard) {
            Json page = ws->request(Json{{"type", "pull"}, {"cursor", cursor}, {"limit", 500}});
            EXPECT_EQ(page["type"], "changes") << page.dump();
            if (page["type"] != "changes")
                break;
            for (const auto &r : page["records"])
                ++stored[r["id"].get<std::string>()];
            cursor = page["cursor"];
            if (!page["more"].get<bool>())
                break;
        }
        return stored;
    }

    // Nothing acknowledged lost, nothing stored twice, no change applied twice (a retry must be a duplicate).
    void checkFleet(std::vector<std::unique_ptr<FleetDevice>> &fleet)
    {
        size_t acknowledged = 0;
        for (size_t k = 0; k < fleet.size(); ++k) {
            FleetDevice &d = *fleet[k];
            acknowledged += d.acknowledged.size();
            for (const auto &[id, times] : d.applied)
                EXPECT_EQ(times, 1) << "a change applied " << times << " times";
            int reader = static_cast<int>(k % instances);
            while (m_live[static_cast<size_t>(reader)] == 0)
                reader = (reader + 1) % instances; // read through an instance that is up
            const auto stored = storedFor(d, reader);
            for (const auto &id : d.acknowledged)
                EXPECT_EQ(stored.count(id) ? stored.at(id) : 0, 1) << "acknowledged change " << id;
            EXPECT_EQ(stored.size(), d.acknowledged.size()) << "stored changes no device was told of";
        }
        EXPECT_GT(acknowledged, 50u) << "too little load to prove anything";
    }

    static std::string errorSummary(const std::vector<std::unique_ptr<FleetDevice>> &fleet)
    {
        std::map<std::string, int> all;
        int moves = 0;
        for (const auto &d : fleet) {
            for (const auto &[code, n] : d->errors)
                all[code] += n;
            moves += d->moves;
        }
        std::string out = "moves=" + std::to_string(moves);
        for (const auto &[code, n] : all)
            out += " " + code + "=" + std::to_string(n);
        return out;
    }
};

TEST_F(InstancesFailureTest, AnInstanceKilledMidPushLosesNothingAndItsDevicesCarryOnElsewhere)
{
    auto fleet = makeFleet(9);
    std::atomic<bool> running{true};
    std::vector<std::thread> threads;
    for (auto &d : fleet)
        threads.emplace_back([this, &running, &d = *d] { drive(d, running); });
    std::this_thread::sleep_for(800ms);
    // SIGKILL: no draining, pushes in flight on instance 1 lose their answers.
    down(1);
    ASSERT_TRUE(instance(1).stop(SIGKILL).has_value());
    std::this_thread::sleep_for(1500ms);
    running = false;
    for (auto &t : threads)
        t.join();
    std::printf("after SIGKILL: %s\n", errorSummary(fleet).c_str());

    // The devices that were on instance 1 went on through another, and their acknowledged changes are there.
    for (size_t k = 1; k < fleet.size(); k += instances) {
        EXPECT_GE(fleet[k]->moves, 1) << "device " << k;
        EXPECT_NE(fleet[k]->instance, 1);
    }
    checkFleet(fleet);
}

TEST_F(InstancesFailureTest, ARollingRestartUnderLoadLosesAndDuplicatesNothing)
{
    auto fleet = makeFleet(9);
    std::atomic<bool> running{true};
    std::vector<std::thread> threads;
    for (auto &d : fleet)
        threads.emplace_back([this, &running, &d = *d] { drive(d, running); });
    std::this_thread::sleep_for(500ms);
    for (int i = 0; i < instances; ++i) {
        // As an operator would: out of rotation, a clean stop (what was queued is committed and answered), back.
        down(i);
        ASSERT_TRUE(instance(i).stop(SIGTERM).has_value());
        std::this_thread::sleep_for(300ms);
        ASSERT_TRUE(up(i)) << instance(i).log();
        std::this_thread::sleep_for(500ms);
    }
    running = false;
    for (auto &t : threads)
        t.join();
    std::printf("after the rolling restart: %s\n", errorSummary(fleet).c_str());
    for (auto &d : fleet)
        EXPECT_GE(d->moves, 1) << "every device lost its instance once";
    checkFleet(fleet);
}

class InstancesPostgresRestartTest : public InstancesFailureTest
{
protected:
    bool ownCluster() const override { return true; }
};

TEST_F(InstancesPostgresRestartTest, PostgresRestartedUnderLoadWithThreeInstancesLosesNothing)
{
    auto fleet = makeFleet(9);
    std::atomic<bool> running{true};
    std::vector<std::thread> threads;
    for (auto &d : fleet)
        threads.emplace_back([this, &running, &d = *d] { drive(d, running); });
    std::this_thread::sleep_for(500ms);
    // A clean stop, then a crash; each about a second, under load.
    for (bool immediate : {false, true}) {
        ASSERT_TRUE(cluster().stopServer(immediate));
        std::this_thread::sleep_for(1000ms);
        for (int i = 0; i < instances; ++i)
            EXPECT_EQ(httpRequest(port(i), "GET", "/healthz").status, 200) << "instance " << i << " stays up";
        ASSERT_TRUE(cluster().startServer());
        std::this_thread::sleep_for(1000ms);
    }
    running = false;
    for (auto &t : threads)
        t.join();
    std::printf("after the PostgreSQL restarts: %s\n", errorSummary(fleet).c_str());
    std::map<std::string, int> codes;
    for (auto &d : fleet)
        for (const auto &[code, n] : d->errors)
            codes[code] += n;
    EXPECT_GT(codes["unavailable"], 0) << "no push fell into an outage";
    for (const auto &[code, n] : codes)
        EXPECT_TRUE(code == "unavailable" || code == "timeout") << code << " x" << n;
    checkFleet(fleet);
}

} // namespace
