#include "server_process.h"

#include "pg_cluster.h"

#include <algorithm>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <poll.h>
#include <sstream>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace medvandrer::testing {

TempDir::TempDir()
{
    std::string templ = (std::filesystem::temp_directory_path() / "medvandrer-test-XXXXXX").string();
    if (!mkdtemp(templ.data()))
        std::abort();
    m_path = templ;
}

TempDir::~TempDir()
{
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
}

namespace {

std::vector<char *> cArgs(const std::vector<std::string> &argv)
{
    std::vector<char *> out;
    for (const auto &a : argv)
        out.push_back(const_cast<char *>(a.c_str()));
    out.push_back(nullptr);
    return out;
}

std::string readAll(int fd)
{
    std::string out;
    char buf[4096];
    for (;;) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n <= 0)
            break;
        out.append(buf, static_cast<size_t>(n));
    }
    return out;
}

} // namespace

CommandResult runCommand(const std::vector<std::string> &argv, const std::string &input)
{
    int in[2], out[2], err[2];
    if (pipe(in) != 0 || pipe(out) != 0 || pipe(err) != 0)
        return {};
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(in[0], 0);
        dup2(out[1], 1);
        dup2(err[1], 2);
        for (int fd : {in[0], in[1], out[0], out[1], err[0], err[1]})
            close(fd);
        auto args = cArgs(argv);
        execv(args[0], args.data());
        _exit(127);
    }
    close(in[0]);
    close(out[1]);
    close(err[1]);
    if (!input.empty())
        (void)!write(in[1], input.data(), input.size());
    close(in[1]);
    CommandResult r;
    // Read stderr on a thread so neither pipe can fill up and block the child.
    std::thread errReader([&] { r.err = readAll(err[0]); });
    r.out = readAll(out[0]);
    errReader.join();
    close(out[0]);
    close(err[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return r;
}

ServerProcess::ServerProcess(std::string binary, std::string dataDir, std::vector<std::string> extraArgs)
    : m_binary(std::move(binary)), m_dataDir(std::move(dataDir)), m_extraArgs(std::move(extraArgs))
{
}

ServerProcess::~ServerProcess()
{
    if (m_pid > 0)
        (void)stop(SIGKILL);
}

bool ServerProcess::start()
{
    int out[2];
    if (pipe(out) != 0)
        return false;
    std::vector<std::string> argv{m_binary, "serve"};
    // A test that names its own database gets only the data directory (for the log) from the harness.
    const bool ownDatabase = std::find(m_extraArgs.begin(), m_extraArgs.end(), "--database") != m_extraArgs.end();
    for (auto &a : ownDatabase ? std::vector<std::string>{"--data-dir", m_dataDir} : storageArgs(m_dataDir))
        argv.push_back(std::move(a));
    // A test that needs a known port (behind a load balancer) names it; otherwise any free one.
    if (std::find(m_extraArgs.begin(), m_extraArgs.end(), "--port") == m_extraArgs.end()) {
        argv.push_back("--port");
        argv.push_back("0");
    }
    argv.push_back("--threads");
    argv.push_back("2");
    if (std::find(m_extraArgs.begin(), m_extraArgs.end(), "--listen") == m_extraArgs.end()) {
        argv.push_back("--listen");
        argv.push_back("127.0.0.1");
    }
    argv.insert(argv.end(), m_extraArgs.begin(), m_extraArgs.end());
    const std::string logPath = m_dataDir + "/server.log";
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(out[1], 1);
        const int logFd = ::open(logPath.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
        if (logFd >= 0)
            dup2(logFd, 2);
        close(out[0]);
        close(out[1]);
        auto args = cArgs(argv);
        execv(args[0], args.data());
        _exit(127);
    }
    close(out[1]);
    m_pid = pid;
    m_stdoutFd = out[0];
    m_stdout.clear();
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(15);
    while (std::chrono::steady_clock::now() < deadline) {
        pollfd p{m_stdoutFd, POLLIN, 0};
        if (poll(&p, 1, 100) <= 0)
            continue;
        char buf[256];
        const ssize_t n = ::read(m_stdoutFd, buf, sizeof buf);
        if (n <= 0)
            break;
        m_stdout.append(buf, static_cast<size_t>(n));
        const auto pos = m_stdout.find("port=");
        const auto eol = pos == std::string::npos ? std::string::npos : m_stdout.find('\n', pos);
        if (eol != std::string::npos) {
            m_port = static_cast<unsigned short>(std::stoi(m_stdout.substr(pos + 5, eol - pos - 5)));
            return true;
        }
    }
    (void)stop(SIGKILL);
    return false;
}

std::optional<int> ServerProcess::stop(int signal, std::chrono::milliseconds timeout)
{
    if (m_pid <= 0)
        return std::nullopt;
    kill(m_pid, signal);
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    int status = 0;
    for (;;) {
        const pid_t r = waitpid(m_pid, &status, WNOHANG);
        if (r == m_pid)
            break;
        if (std::chrono::steady_clock::now() > deadline) {
            kill(m_pid, SIGKILL);
            waitpid(m_pid, &status, 0);
            m_pid = -1;
            close(m_stdoutFd);
            return std::nullopt;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    m_pid = -1;
    // Keep what was printed after the port line.
    fcntl(m_stdoutFd, F_SETFL, O_NONBLOCK);
    m_stdout += readAll(m_stdoutFd);
    close(m_stdoutFd);
    m_stdoutFd = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

std::string ServerProcess::log() const
{
    std::ifstream in(m_dataDir + "/server.log");
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace medvandrer::testing
