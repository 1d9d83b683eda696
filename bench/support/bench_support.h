#pragma once

#include "core/hlc.h"
#include "records/record.h"
#include "support/server_process.h"
#include "support/ws_client.h"

#include <chrono>
#include <cstdlib>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace medvandrer::bench {

using testing::Json;
using testing::WsClient;
using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

// This build's server, or MEDVANDRER_BENCH_SERVER (another build's binary, for a before/after in one run).
inline const std::string serverBinary = [] {
    const char *other = std::getenv("MEDVANDRER_BENCH_SERVER");
    return std::string(other && *other ? other : MEDVANDRER_SERVER_BINARY);
}();
inline constexpr const char *benchPassword = "bench-passord-1234";

double msBetween(Clock::time_point from, Clock::time_point to);
double msSince(Clock::time_point from);

// Raises the soft open-files limit to the hard limit (the server, started later, inherits it).
long raiseFdLimit();

// Resident set size of a process in KiB (VmRSS from /proc/PID/status), -1 if unreadable.
long rssKiB(int pid);

// The machine's load as /proc/loadavg says it (1, 5, 15 minutes), to print beside every result.
std::string loadAverage();

// CPU time (user + system, all threads) a process has used so far, in ms; -1 if unreadable.
double cpuMs(int pid);

// The real medvandrer-server on 127.0.0.1, port 0, fresh data directory, --threads = cores.
class BenchServer
{
public:
    explicit BenchServer(std::vector<std::string> extraArgs = {});
    ~BenchServer();
    BenchServer(const BenchServer &) = delete;
    BenchServer &operator=(const BenchServer &) = delete;

    [[nodiscard]] bool start();
    unsigned short port() const { return m_process->port(); }
    int pid() const { return m_pid; }
    const std::string &dataDir() const { return m_dir.path(); }
    std::string log() const { return m_process->log(); }

    testing::CommandResult admin(std::vector<std::string> args, const std::string &input = {});
    // A one-time invite code from the admin CLI; empty on failure.
    std::string invite(const std::string &role);
    [[nodiscard]] bool createKoordinator(const std::string &username);

private:
    testing::TempDir m_dir;
    std::unique_ptr<testing::ServerProcess> m_process;
    int m_pid = -1;
};

// A connection signed in as one device.
struct SignedIn
{
    std::unique_ptr<WsClient> ws;
    std::string accountId;
    std::string deviceId;
    std::string token;
    std::string role;
};

// hello, then register with an invite (a new account and its first device).
std::optional<SignedIn> registerAccount(unsigned short port, const std::string &invite, const std::string &username);
// hello, then login: every login is a new device with its own token.
std::optional<SignedIn> login(unsigned short port, const std::string &username);

// A small check-in, as the app writes it: four fields, all stamped by the device's clock.
Record checkinRecord(HybridClock &clock, const std::string &owner, const std::string &goalId);

// Pushes the records over the wire, several pushes in flight, each change applied; an error in words, or empty.
std::string pushAll(SignedIn &device, const std::vector<Record> &records);

struct Summary
{
    size_t n = 0;
    double min = 0, p50 = 0, p90 = 0, p99 = 0, max = 0, mean = 0;
};
Summary summarize(std::vector<double> values);
std::string describe(const Summary &s, const char *unit = "ms");

// Prints "result <name> = <value> <unit>".
void result(const std::string &name, double value, const std::string &unit);
// Prints the final "PASS ..." or "MISS ..." line; returns the process exit code (0 pass, 1 miss).
int verdict(bool pass, const std::string &what);
// Prints "ERROR ..." and returns exit code 2 (the bench could not run).
int failed(const std::string &what);

} // namespace medvandrer::bench
