// The live fan-out over the io pool's lanes (sync-server/live/session_registry.*, net/io_pool.*): every connection
// gets every group it may read, in commit order, sent on its own lane's thread by that lane's one job per group,
// and the pushing connection never gets its own change back.
#include "live/session_registry.h"
#include "net/io_pool.h"

#include <boost/asio/post.hpp>
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <future>
#include <mutex>
#include <thread>

using namespace medvandrer;
using namespace medvandrer::server;

namespace {

// A connection that only records what reached it and on which thread.
class RecordingSession final : public Session
{
public:
    RecordingSession(uint64_t id, unsigned lane) : Session(id, lane) {}

    void send(std::shared_ptr<const std::string> frame) override
    {
        std::lock_guard lock(m_mutex);
        m_frames.push_back(*frame);
        m_threads.push_back(std::this_thread::get_id());
    }
    void post(std::function<void()> fn) override { fn(); }
    void closeGoingAway() override {}

    std::vector<std::string> frames() const
    {
        std::lock_guard lock(m_mutex);
        return m_frames;
    }
    std::vector<std::thread::id> threads() const
    {
        std::lock_guard lock(m_mutex);
        return m_threads;
    }

private:
    mutable std::mutex m_mutex;
    std::vector<std::string> m_frames;
    std::vector<std::thread::id> m_threads;
};

LiveRecord activityEdit(int k, uint64_t originSession)
{
    LiveRecord live;
    live.state.record.id = "00000000-0000-4000-8000-000000000001";
    live.state.record.kind = "activity";
    live.state.record.owner = "00000000-0000-4000-8000-0000000000aa";
    live.state.record.fields["title"] = {"edit-" + std::to_string(k), Hlc{1000 + k, 0, "server"}};
    live.state.seq = k + 1;
    live.audience.everyone = true;
    live.originSession = originSession;
    return live;
}

std::thread::id threadOf(IoPool &pool, unsigned lane)
{
    std::promise<std::thread::id> id;
    boost::asio::post(pool.context(lane), [&id] { id.set_value(std::this_thread::get_id()); });
    return id.get_future().get();
}

void fanOutOverTwoLanes(uint64_t connections, int groups)
{
    Metrics metrics;
    SessionRegistry registry(metrics);
    std::atomic<int> laneJobs{0};
    IoPool pool(2);
    pool.run();
    registry.runFanOutOnLanes(2, [&](unsigned lane, std::function<void()> job) {
        ++laneJobs;
        boost::asio::post(pool.context(lane), std::move(job));
    });

    // Connections dealt out over the two lanes as the listener does; connection 1 is the koordinator who pushes.
    std::vector<std::shared_ptr<RecordingSession>> sessions;
    for (uint64_t id = 1; id <= connections; ++id) {
        auto s = std::make_shared<RecordingSession>(id, pool.nextLane());
        registry.add(s);
        registry.identify(id, Principal{"account-" + std::to_string(id), id == 1 ? Role::Koordinator : Role::Bruker,
                                        "device-" + std::to_string(id), "", ""});
        sessions.push_back(s);
    }
    for (int k = 0; k < groups; ++k) {
        std::vector<LiveRecord> records;
        records.push_back(activityEdit(k, 1));
        registry.fanOut(std::move(records), {});
    }

    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    auto allArrived = [&] {
        for (size_t i = 1; i < sessions.size(); ++i) {
            if (sessions[i]->frames().size() < size_t(groups))
                return false;
        }
        return true;
    };
    while (!allArrived() && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    ASSERT_TRUE(allArrived());
    std::this_thread::sleep_for(std::chrono::milliseconds(50)); // nothing more may come

    const std::thread::id laneThread[2] = {threadOf(pool, 0), threadOf(pool, 1)};
    EXPECT_NE(laneThread[0], laneThread[1]);
    EXPECT_TRUE(sessions[0]->frames().empty()) << "the pushing connection got its own change back";
    for (size_t i = 1; i < sessions.size(); ++i) {
        const auto frames = sessions[i]->frames();
        const auto threads = sessions[i]->threads();
        ASSERT_EQ(frames.size(), size_t(groups)) << "connection " << i + 1;
        for (int k = 0; k < groups; ++k) {
            EXPECT_NE(frames[k].find("\"edit-" + std::to_string(k) + "\""), std::string::npos)
                << "connection " << i + 1 << " frame " << k << ": " << frames[k];
            EXPECT_NE(frames[k].find("\"live\":true"), std::string::npos);
            EXPECT_EQ(threads[k], laneThread[sessions[i]->lane()]) << "sent off its lane's thread";
        }
    }
    // One job per lane per group, not one per connection.
    EXPECT_EQ(laneJobs.load(), groups * 2);
    EXPECT_EQ(metrics.liveFrames.load(), uint64_t(groups) * (connections - 1));

    registry.runFanOutOn({});
    pool.stop();
}

} // namespace

TEST(SessionRegistryLanes, EveryConnectionGetsEveryGroupInOrderOnItsOwnThread)
{
    fanOutOverTwoLanes(40, 50);
}

TEST(SessionRegistryLanes, ALargeFanOutKeepsOrderOnBothLanes)
{
    fanOutOverTwoLanes(1500, 6);
}
