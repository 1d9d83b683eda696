#include "bench_support.h"

#include "support/pg_cluster.h"

#include "core/uuid.h"
#include "protocol/messages.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <numeric>
#include <sstream>
#include <sys/resource.h>
#include <unistd.h>

namespace medvandrer::bench {

namespace {
// Result lines appear as they happen, also when stdout is a pipe or a file (run-all.sh, tee).
[[maybe_unused]] const int lineBuffered = std::setvbuf(stdout, nullptr, _IOLBF, 0);
} // namespace

double msBetween(Clock::time_point from, Clock::time_point to)
{
    return std::chrono::duration<double, std::milli>(to - from).count();
}

double msSince(Clock::time_point from)
{
    return msBetween(from, Clock::now());
}

long raiseFdLimit()
{
    rlimit lim{};
    if (getrlimit(RLIMIT_NOFILE, &lim) != 0)
        return -1;
    lim.rlim_cur = lim.rlim_max;
    if (setrlimit(RLIMIT_NOFILE, &lim) != 0)
        return -1;
    return static_cast<long>(lim.rlim_cur);
}

long rssKiB(int pid)
{
    std::ifstream in("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("VmRSS:", 0) == 0)
            return std::stol(line.substr(6));
    }
    return -1;
}

std::string loadAverage()
{
    std::ifstream in("/proc/loadavg");
    std::string one, five, fifteen;
    in >> one >> five >> fifteen;
    return one + " " + five + " " + fifteen;
}

double cpuMs(int pid)
{
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string stat((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    // Fields after the command name (which may contain spaces) start after the last ')'.
    const auto close = stat.rfind(')');
    if (close == std::string::npos)
        return -1;
    std::istringstream fields(stat.substr(close + 2));
    std::string skip;
    for (int i = 3; i < 14; ++i)
        fields >> skip;
    long utime = 0, stime = 0;
    fields >> utime >> stime;
    return static_cast<double>(utime + stime) * 1000.0 / static_cast<double>(sysconf(_SC_CLK_TCK));
}

namespace {

// ServerProcess does not expose its pid: find the serve process by its (unique) data directory.
int findServerPid(const std::string &dataDir)
{
    for (const auto &entry : std::filesystem::directory_iterator("/proc")) {
        const std::string name = entry.path().filename().string();
        if (name.empty() || !std::all_of(name.begin(), name.end(), ::isdigit))
            continue;
        std::ifstream in(entry.path() / "cmdline", std::ios::binary);
        std::string cmdline((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        std::replace(cmdline.begin(), cmdline.end(), '\0', ' ');
        if (cmdline.find(" serve ") != std::string::npos && cmdline.find(" " + dataDir + " ") != std::string::npos)
            return std::stoi(name);
    }
    return -1;
}

} // namespace

BenchServer::BenchServer(std::vector<std::string> extraArgs)
    : m_process(std::make_unique<testing::ServerProcess>(serverBinary, m_dir.path(), std::move(extraArgs)))
{
}

BenchServer::~BenchServer() = default;

bool BenchServer::start()
{
    if (!m_process->start())
        return false;
    m_pid = findServerPid(m_dir.path());
    return true;
}

testing::CommandResult BenchServer::admin(std::vector<std::string> args, const std::string &input)
{
    std::vector<std::string> argv{serverBinary};
    argv.insert(argv.end(), args.begin(), args.end());
    // The server's storage: SQLite in the data directory, or (MEDVANDRER_TEST_ENGINE=postgresql) its database.
    for (auto &a : testing::storageArgs(m_dir.path()))
        argv.push_back(std::move(a));
    return testing::runCommand(argv, input);
}

std::string BenchServer::invite(const std::string &role)
{
    auto r = admin({"invite", "--role", role, "--json"});
    if (r.exitCode != 0)
        return {};
    return Json::parse(r.out, nullptr, false).value("code", std::string());
}

bool BenchServer::createKoordinator(const std::string &username)
{
    auto r = admin({"create-koordinator", "--username", username, "--display-name", "Bench Koordinator",
                    "--password-stdin", "--json"},
                   std::string(benchPassword) + "\n");
    return r.exitCode == 0;
}

namespace {

std::optional<SignedIn> signIn(unsigned short port, Json request)
{
    auto ws = std::make_unique<WsClient>(port);
    if (!ws->isOpen())
        return std::nullopt;
    Json welcome = ws->request(Json{{"type", "hello"}, {"protocol", 1}, {"client", "bench"}});
    if (welcome.value("type", "") != "welcome")
        return std::nullopt;
    Json reply = ws->request(std::move(request), 60s);
    if (reply.value("type", "") != "authenticated") {
        std::fprintf(stderr, "sign-in failed: %s\n", reply.dump().c_str());
        return std::nullopt;
    }
    SignedIn d;
    d.ws = std::move(ws);
    d.accountId = reply.value("accountId", "");
    d.deviceId = reply.value("deviceId", "");
    d.token = reply.value("token", "");
    d.role = reply.value("role", "");
    return d;
}

} // namespace

std::optional<SignedIn> registerAccount(unsigned short port, const std::string &invite, const std::string &username)
{
    return signIn(port, Json{{"type", "register"},
                             {"invite", invite},
                             {"username", username},
                             {"password", benchPassword},
                             {"displayName", username},
                             {"deviceName", "bench"}});
}

std::optional<SignedIn> login(unsigned short port, const std::string &username)
{
    return signIn(port,
                  Json{{"type", "login"}, {"username", username}, {"password", benchPassword}, {"deviceName", "bench"}});
}

Record checkinRecord(HybridClock &clock, const std::string &owner, const std::string &goalId)
{
    Record r;
    r.id = newUuid();
    r.kind = "checkin";
    r.owner = owner;
    r.originDevice = clock.node();
    const Hlc at = clock.tick();
    r.fields["goalId"] = {goalId, at};
    r.fields["rating"] = {7, at};
    r.fields["date"] = {"2026-11-23", at};
    r.fields["note"] = {"Gikk en tur med naboen i dag.", at};
    return r;
}

std::string pushAll(SignedIn &device, const std::vector<Record> &records)
{
    size_t sent = 0, acked = 0;
    int rid = 0, inFlight = 0;
    while (acked < records.size()) {
        while (sent < records.size() && inFlight < 8) {
            std::vector<Change> batch;
            for (size_t k = sent; k < std::min(records.size(), sent + protocol::maxChangesPerPush); ++k)
                batch.push_back(Change{newUuid(), records[k]});
            sent += batch.size();
            if (!device.ws->sendText(protocol::encodePushRequest("seed" + std::to_string(++rid), batch).dump()))
                return "seed push failed";
            ++inFlight;
        }
        auto reply = device.ws->next(60s);
        if (!reply || reply->value("type", "") != "push_result")
            return "seed: unexpected reply " + (reply ? reply->dump().substr(0, 200) : device.ws->error());
        for (const auto &r : (*reply)["results"])
            if (r.value("status", "") != "applied")
                return "seed change not applied: " + r.dump();
        acked += (*reply)["results"].size();
        --inFlight;
    }
    return {};
}

Summary summarize(std::vector<double> values)
{
    Summary s;
    s.n = values.size();
    if (values.empty())
        return s;
    std::sort(values.begin(), values.end());
    // Nearest-rank percentiles.
    auto rank = [&](double p) {
        size_t i = static_cast<size_t>(std::ceil(p * static_cast<double>(values.size())));
        return values[std::clamp<size_t>(i, 1, values.size()) - 1];
    };
    s.min = values.front();
    s.max = values.back();
    s.p50 = rank(0.50);
    s.p90 = rank(0.90);
    s.p99 = rank(0.99);
    s.mean = std::accumulate(values.begin(), values.end(), 0.0) / static_cast<double>(values.size());
    return s;
}

std::string describe(const Summary &s, const char *unit)
{
    char buf[256];
    std::snprintf(buf, sizeof buf, "n=%zu min=%.2f p50=%.2f p90=%.2f p99=%.2f max=%.2f mean=%.2f %s", s.n, s.min, s.p50,
                  s.p90, s.p99, s.max, s.mean, unit);
    return buf;
}

void result(const std::string &name, double value, const std::string &unit)
{
    std::printf("result %s = %.2f %s\n", name.c_str(), value, unit.c_str());
    std::fflush(stdout);
}

int verdict(bool pass, const std::string &what)
{
    std::printf("%s %s\n", pass ? "PASS" : "MISS", what.c_str());
    std::fflush(stdout);
    return pass ? 0 : 1;
}

int failed(const std::string &what)
{
    std::printf("ERROR %s\n", what.c_str());
    std::fflush(stdout);
    return 2;
}

} // namespace medvandrer::bench
