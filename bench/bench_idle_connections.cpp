// Target 4: 10,000 concurrent idle connections, server RSS < 400 MB.
//
// Every connection is a signed-in device session: a number of devices log in once (Argon2id each), and the
// rest of the 10,000 connections `resume` with those tokens (round-robin), as phones do after every reconnect.
// All connections live in this process on one io_context. RSS is VmRSS of the server process from
// /proc/PID/status: before any connection, right after all are signed in, and after they have idled.
#include "async_fleet.h"

#include <cstdio>
#include <algorithm>
#include <cstring>
#include <unistd.h>

using namespace medvandrer;
using namespace medvandrer::bench;

int main(int argc, char **argv)
{
    size_t connections = 10000;
    size_t devices = 100;
    int idleSeconds = 5;
    bool helloOnly = false;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--connections") && i + 1 < argc)
            connections = std::stoul(argv[++i]);
        else if (!std::strcmp(argv[i], "--devices") && i + 1 < argc)
            devices = std::stoul(argv[++i]);
        else if (!std::strcmp(argv[i], "--idle") && i + 1 < argc)
            idleSeconds = std::stoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--hello-only"))
            helloOnly = true;
    }
    const double targetMiB = 400;
    devices = std::min(devices, connections);
    const long fds = raiseFdLimit();
    std::printf("bench_idle_connections: %zu idle %s connections (open files limit %ld; target server RSS < %.0f MB)\n",
                connections, helloOnly ? "hello'd" : "signed-in (login/resume)", fds, targetMiB);
    if (fds < static_cast<long>(connections) + 100)
        return failed("open files limit too low for " + std::to_string(connections) + " connections");

    BenchServer server;
    if (!server.start())
        return failed("server did not start");
    if (server.pid() <= 0)
        return failed("cannot find the server's pid");
    auto invite = server.invite("bruker");
    if (!registerAccount(server.port(), invite, "kari"))
        return failed("register failed");
    const long baseline = rssKiB(server.pid());
    std::printf("server pid %d, RSS before connections: %.1f MiB\n", server.pid(), baseline / 1024.0);

    AsyncFleet fleet(server.port());
    const auto t0 = Clock::now();
    std::vector<std::string> tokens;
    if (!helloOnly) {
        std::vector<std::string> logins;
        for (size_t i = 0; i < devices; ++i)
            logins.push_back(Json{{"type", "login"},
                                  {"rid", "a"},
                                  {"username", "kari"},
                                  {"password", benchPassword},
                                  {"deviceName", "bench " + std::to_string(i)}}
                                 .dump());
        // At most 4 logins of one username in flight: the login rate limit counts attempts as they arrive.
        if (fleet.open(logins, 4, 300s) != devices)
            return failed("logins failed: " + fleet.failure(0));
        for (size_t i = 0; i < devices; ++i)
            tokens.push_back(Json::parse(fleet.signInReply(i)).value("token", ""));
        std::printf("setup: %zu device logins in %.0f ms\n", devices, msSince(t0));
    }
    std::vector<std::string> rest;
    for (size_t i = fleet.size(); i < connections; ++i)
        rest.push_back(helloOnly ? std::string()
                                 : Json{{"type", "resume"}, {"rid", "a"}, {"token", tokens[i % tokens.size()]}}.dump());
    const auto t1 = Clock::now();
    const size_t opened = fleet.open(rest, 64, 600s);
    const double openMs = msSince(t1);
    std::printf("opened %zu more connections (%s) in %.0f ms = %.0f per second\n", opened,
                helloOnly ? "hello" : "hello + resume", openMs, opened / (openMs / 1000));
    if (fleet.readyCount() != connections)
        return failed(std::to_string(fleet.readyCount()) + " of " + std::to_string(connections) +
                      " connections ready; a failure: " + fleet.failure(fleet.size() - 1));
    const long connected = rssKiB(server.pid());
    fleet.runFor(std::chrono::seconds(idleSeconds));
    const long idle = rssKiB(server.pid());
    const auto metrics = testing::httpRequest(server.port(), "GET", "/metrics");
    size_t serverSide = 0;
    if (auto pos = metrics.body.find("\nmedvandrer_connections "); pos != std::string::npos)
        serverSide = std::stoul(metrics.body.substr(pos + 24));
    const long stillOpen = static_cast<long>(fleet.readyCount());
    std::printf("server reports %zu open connections; %ld still open here after %d s idle\n", serverSide, stillOpen,
                idleSeconds);
    std::printf("server RSS: %.1f MiB all connected, %.1f MiB after idling; %.1f KiB per connection over baseline\n",
                connected / 1024.0, idle / 1024.0,
                static_cast<double>(std::max(connected, idle) - baseline) / static_cast<double>(connections));
    std::printf("bench process RSS (the clients): %.1f MiB\n", rssKiB(getpid()) / 1024.0);
    const double peakMiB = std::max(connected, idle) / 1024.0;
    result("idle_server_rss_mib", peakMiB, "MiB");
    result("idle_rss_per_connection_kib", static_cast<double>(std::max(connected, idle) - baseline) / connections, "KiB");
    if (stillOpen != static_cast<long>(connections))
        return failed("connections dropped while idle");
    char what[200];
    std::snprintf(what, sizeof what, "%zu idle %s connections: server RSS %.0f MiB (target < %.0f MB)", connections,
                  helloOnly ? "hello'd" : "signed-in", peakMiB, targetMiB);
    return verdict(peakMiB * 1.048576 < targetMiB, what);
}
