// Issue 13, point 8: the HAProxy configuration of docs/deploy.md (scripts/haproxy/medvandrer.cfg) as it stands, run
// by the real haproxy in front of three real server instances on one real PostgreSQL: WebSocket upgrade through it,
// health checks against /healthz, and an instance drained, restarted and back in rotation under load, losing
// nothing. Runs only as server.pg.*.
#include "support/instances_fixture.h"

#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <regex>
#include <sstream>
#include <set>
#include <thread>

using namespace medvandrer::testing;
using namespace std::chrono;

namespace {

#ifndef MEDVANDRER_HAPROXY_CONFIG
#error "define MEDVANDRER_HAPROXY_CONFIG to scripts/haproxy/medvandrer.cfg"
#endif

unsigned short freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    socklen_t len = sizeof addr;
    (void)::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
    (void)::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len);
    ::close(fd);
    return ntohs(addr.sin_port);
}

std::string findHaproxy()
{
    for (const char *p : {"/usr/sbin/haproxy", "/usr/bin/haproxy", "/usr/local/sbin/haproxy"})
        if (::access(p, X_OK) == 0)
            return p;
    return {};
}

// One command on HAProxy's admin socket; its whole answer.
std::string adminCommand(const std::string &socketPath, const std::string &command)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    std::snprintf(addr.sun_path, sizeof addr.sun_path, "%s", socketPath.c_str());
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        ::close(fd);
        return {};
    }
    const std::string line = command + "\n";
    (void)!::write(fd, line.data(), line.size());
    std::string out;
    char buf[4096];
    for (ssize_t n; (n = ::read(fd, buf, sizeof buf)) > 0;)
        out.append(buf, static_cast<size_t>(n));
    ::close(fd);
    return out;
}

class LoadBalancerTest : public InstancesFixture
{
protected:
    unsigned short m_lbPort = 0;
    std::string m_adminSocket;
    pid_t m_haproxy = -1;
    TempDir m_lbDir;

    void SetUp() override
    {
        if (!testOnPostgres())
            GTEST_SKIP() << "PostgreSQL only";
        const std::string haproxy = findHaproxy();
        ASSERT_FALSE(haproxy.empty()) << "haproxy is not installed (scripts/install-deps.sh installs it)";
        for (auto &p : m_fixedPorts)
            p = freePort();
        InstancesFixture::SetUp();
        if (HasFatalFailure())
            return;
        m_lbPort = freePort();
        m_adminSocket = m_lbDir.path() + "/admin.sock";
        const std::string log = m_lbDir.path() + "/haproxy.log";
        m_haproxy = ::fork();
        if (m_haproxy == 0) {
            ::setenv("MEDVANDRER_LB_BIND", ("127.0.0.1:" + std::to_string(m_lbPort)).c_str(), 1);
            ::setenv("MEDVANDRER_LB_ADMIN", m_adminSocket.c_str(), 1);
            for (int i = 0; i < instances; ++i)
                ::setenv(("MEDVANDRER_INSTANCE_" + std::to_string(i + 1)).c_str(),
                         ("127.0.0.1:" + std::to_string(m_fixedPorts[static_cast<size_t>(i)])).c_str(), 1);
            const int fd = ::open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
            if (fd >= 0) {
                ::dup2(fd, 1);
                ::dup2(fd, 2);
            }
            // -db: in the foreground, no daemon; -W off: one process this test can stop.
            ::execl(haproxy.c_str(), haproxy.c_str(), "-db", "-f", MEDVANDRER_HAPROXY_CONFIG, static_cast<char *>(nullptr));
            ::_exit(127);
        }
        // Up once every instance passed its health checks.
        const auto deadline = steady_clock::now() + 15s;
        while (steady_clock::now() < deadline && upCount() < instances)
            std::this_thread::sleep_for(100ms);
        ASSERT_EQ(upCount(), instances) << "haproxy did not see three healthy instances: " << stat() << "\n"
                                         << readFile(log);
    }
    void TearDown() override
    {
        if (m_haproxy > 0) {
            ::kill(m_haproxy, SIGTERM);
            int status = 0;
            ::waitpid(m_haproxy, &status, 0);
        }
        InstancesFixture::TearDown();
    }

    static std::string readFile(const std::string &path)
    {
        std::ifstream in(path);
        std::stringstream s;
        s << in.rdbuf();
        return s.str();
    }
    std::string stat() { return adminCommand(m_adminSocket, "show stat"); }
    // The state haproxy gives instance i ("UP", "DOWN", "DRAIN", "MAINT", …).
    std::string state(int i)
    {
        std::istringstream lines(stat());
        const std::string name = "medvandrer,i" + std::to_string(i + 1) + ",";
        for (std::string line; std::getline(lines, line);) {
            if (line.rfind(name, 0) != 0)
                continue;
            // Field 18 (0-based 17) is status.
            std::vector<std::string> fields;
            std::stringstream f(line);
            for (std::string field; std::getline(f, field, ',');)
                fields.push_back(field);
            return fields.size() > 17 ? fields[17] : std::string();
        }
        return {};
    }
    int upCount()
    {
        int n = 0;
        for (int i = 0; i < instances; ++i)
            n += state(i).rfind("UP", 0) == 0 ? 1 : 0;
        return n;
    }
    bool waitState(int i, const std::string &prefix, milliseconds timeout = 10s)
    {
        const auto deadline = steady_clock::now() + timeout;
        while (steady_clock::now() < deadline) {
            if (state(i).rfind(prefix, 0) == 0)
                return true;
            std::this_thread::sleep_for(50ms);
        }
        return false;
    }
    // Open WebSocket connections on instance i, from its own /metrics.
    int connectionsOn(int i)
    {
        const HttpResult r = httpRequest(port(i), "GET", "/metrics");
        std::smatch m;
        static const std::regex line("\nmedvandrer_connections ([0-9]+)");
        return std::regex_search(r.body, m, line) ? std::stoi(m[1]) : -1;
    }
    std::unique_ptr<WsClient> throughBalancer(const std::string &token)
    {
        auto ws = std::make_unique<WsClient>(m_lbPort);
        if (!ws->isOpen())
            return nullptr;
        if (ws->request(Json{{"type", "hello"}, {"protocol", 1}, {"client", "tests"}}, 5s)["type"] != "welcome")
            return nullptr;
        if (ws->request(Json{{"type", "resume"}, {"token", token}}, 5s)["type"] != "authenticated")
            return nullptr;
        return ws;
    }
};

TEST_F(LoadBalancerTest, DevicesSyncThroughHaproxyWhileAnInstanceIsDrainedAndRestarted)
{
    // Health checks: /healthz through the balancer answers like an instance's.
    EXPECT_EQ(httpRequest(m_lbPort, "GET", "/healthz").status, 200);

    constexpr int devices = 12;
    const Json accounts = createAccounts("via", devices);
    ASSERT_EQ(accounts.size(), static_cast<size_t>(devices));
    struct Dev
    {
        std::string accountId, token;
        std::unique_ptr<WsClient> ws;
        std::set<std::string> acknowledged;
        int moves = 0;
    };
    std::vector<Dev> fleet(devices);
    for (int i = 0; i < devices; ++i) {
        fleet[static_cast<size_t>(i)].accountId = accounts[static_cast<size_t>(i)]["accountId"];
        fleet[static_cast<size_t>(i)].token = accounts[static_cast<size_t>(i)]["token"];
        fleet[static_cast<size_t>(i)].ws = throughBalancer(fleet[static_cast<size_t>(i)].token);
        ASSERT_TRUE(fleet[static_cast<size_t>(i)].ws) << "WebSocket upgrade through haproxy failed";
    }
    // leastconn spreads them over the three instances.
    for (int i = 0; i < instances; ++i)
        EXPECT_GE(connectionsOn(i), devices / instances - 1) << "instance " << i;

    // Live through the balancer: a koordinator's activity reaches every device, whichever instance it is on.
    createKoordinator("lise");
    auto ws = std::make_unique<WsClient>(m_lbPort);
    ASSERT_EQ(ws->request(Json{{"type", "hello"}, {"protocol", 1}, {"client", "tests"}})["type"], "welcome");
    Json lise = ws->request(Json{{"type", "login"}, {"username", "lise"}, {"password", testPassword}, {"deviceName", "pc"}});
    ASSERT_EQ(lise["type"], "authenticated");
    auto act = activity(lise["accountId"], "Gjennom balansereren");
    ASSERT_EQ(ws->request(Json{{"type", "push"}, {"changes", {act.change()}}})["results"][0]["status"], "applied");
    for (auto &d : fleet)
        EXPECT_TRUE(d.ws->waitFor(
            [&](const Json &m) { return m.value("type", "") == "changes" && m.dump().find(act.id()) != std::string::npos; },
            5s))
            << "a live change did not come through the balancer";

    // Load: every device pushes goals, moving through the balancer again whenever its connection closes.
    std::atomic<bool> running{true};
    std::vector<std::thread> threads;
    for (auto &d : fleet)
        threads.emplace_back([this, &running, &d] {
            int n = 0;
            while (running) {
                auto g = goal(d.accountId, "mål " + std::to_string(n++));
                const Json push{{"type", "push"}, {"changes", {g.change()}}};
                for (int tries = 0; tries < 200; ++tries) {
                    if (!d.ws || !d.ws->isOpen()) {
                        d.ws = throughBalancer(d.token);
                        ++d.moves;
                        if (!d.ws) {
                            std::this_thread::sleep_for(100ms);
                            continue;
                        }
                    }
                    Json r = d.ws->request(push, 5s);
                    if (r.contains("results") && (r["results"][0]["status"] == "applied" ||
                                                  r["results"][0]["status"] == "duplicate")) {
                        d.acknowledged.insert(g.id());
                        break;
                    }
                    if (r.value("type", "") == "timeout" || r.value("type", "") == "send_failed")
                        d.ws.reset();
                    else
                        std::this_thread::sleep_for(50ms);
                }
            }
        });
    std::this_thread::sleep_for(500ms);

    // Drain instance 1: it keeps its connections but gets no new ones.
    EXPECT_EQ(adminCommand(m_adminSocket, "set server medvandrer/i1 state drain"), "\n");
    ASSERT_TRUE(waitState(0, "DRAIN"));
    const int before = connectionsOn(0);
    std::vector<std::unique_ptr<WsClient>> late;
    for (int i = 0; i < 6; ++i) {
        late.push_back(throughBalancer(fleet[static_cast<size_t>(i)].token));
        ASSERT_TRUE(late.back());
    }
    EXPECT_EQ(connectionsOn(0), before) << "a drained instance got new connections";
    late.clear();

    // Restart it: SIGTERM commits and answers what it has, closes with 1001; its devices come back through the
    // balancer on the others. Then it is started again on its port and put back in rotation.
    ASSERT_TRUE(instance(0).stop(SIGTERM).has_value());
    ASSERT_TRUE(waitState(0, "DOWN") || state(0).rfind("DRAIN", 0) == 0 || state(0).rfind("MAINT", 0) == 0) << stat();
    std::this_thread::sleep_for(500ms);
    ASSERT_TRUE(startInstance(0)) << instance(0).log();
    EXPECT_EQ(adminCommand(m_adminSocket, "set server medvandrer/i1 state ready"), "\n");
    ASSERT_TRUE(waitState(0, "UP")) << stat();
    // Back in rotation: with the fewest connections, new ones go to it first.
    std::vector<std::unique_ptr<WsClient>> back;
    for (int i = 0; i < 3; ++i)
        back.push_back(throughBalancer(fleet[static_cast<size_t>(i)].token));
    EXPECT_GE(connectionsOn(0), 1) << "the restarted instance got no connections";

    // A crash (SIGKILL): the health checks take it out within about two seconds; devices go on through the others.
    ASSERT_TRUE(instance(1).stop(SIGKILL).has_value());
    EXPECT_TRUE(waitState(1, "DOWN", 5s)) << stat();
    std::this_thread::sleep_for(1s);
    running = false;
    for (auto &t : threads)
        t.join();

    // Nothing acknowledged is lost; every device moved at least once or stayed put, and all of it is readable.
    size_t acknowledged = 0;
    int moved = 0;
    for (auto &d : fleet) {
        acknowledged += d.acknowledged.size();
        moved += d.moves > 0 ? 1 : 0;
        auto reader = throughBalancer(d.token);
        ASSERT_TRUE(reader);
        std::set<std::string> stored;
        int64_t cursor = 0;
        for (int page = 0; page < 100; ++page) {
            Json p = reader->request(Json{{"type", "pull"}, {"cursor", cursor}, {"limit", 500}});
            ASSERT_EQ(p["type"], "changes") << p.dump();
            for (const auto &r : p["records"])
                stored.insert(r["id"].get<std::string>());
            cursor = p["cursor"];
            if (!p["more"].get<bool>())
                break;
        }
        for (const auto &id : d.acknowledged)
            EXPECT_TRUE(stored.count(id)) << "acknowledged, then lost: " << id;
    }
    EXPECT_GT(acknowledged, 50u);
    EXPECT_GT(moved, 0) << "no device's instance went away";
    std::printf("through haproxy: %zu changes acknowledged, %d of %d devices moved instance\n", acknowledged, moved,
                devices);
}

} // namespace
