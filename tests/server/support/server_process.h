#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace medvandrer::testing {

// A temporary directory removed on destruction.
class TempDir
{
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir &) = delete;
    TempDir &operator=(const TempDir &) = delete;
    const std::string &path() const { return m_path; }

private:
    std::string m_path;
};

struct CommandResult
{
    int exitCode = -1;
    std::string out;
    std::string err;
};

// Runs a program to completion, feeding `input` on stdin.
CommandResult runCommand(const std::vector<std::string> &argv, const std::string &input = {});

// The real medvandrer-server process, started with `serve --port 0` on a data directory (and, when the tests run on
// PostgreSQL, a database of its own: pg_cluster.h); finds its port from the `port=N` line on stdout. Its stderr goes to <dataDir>/server.log.
class ServerProcess
{
public:
    ServerProcess(std::string binary, std::string dataDir, std::vector<std::string> extraArgs = {});
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    bool start();
    unsigned short port() const { return m_port; }
    bool running() const { return m_pid > 0; }
    // Sends a signal and waits for exit; returns the exit code (128+signal if killed), or nothing on timeout.
    std::optional<int> stop(int signal, std::chrono::milliseconds timeout = std::chrono::seconds(10));
    // The server's log so far, for failure messages.
    std::string log() const;
    // Whatever the process printed on stdout (the port line, later lines).
    const std::string &stdoutText() const { return m_stdout; }

private:
    std::string m_binary;
    std::string m_dataDir;
    std::vector<std::string> m_extraArgs;
    int m_pid = -1;
    int m_stdoutFd = -1;
    unsigned short m_port = 0;
    std::string m_stdout;
};

} // namespace medvandrer::testing
