#pragma once

// The child process the app-side tests start the server with. Under ThreadSanitizer it is a plain fork/exec:
// Qt 6.4's QProcess starts children with vfork semantics (the child shares the parent's memory until exec), and
// TSan's interceptors running in that child leave the parent's TSan state broken, so that no race is reported in
// the test process afterwards (docs/testing.md, «ThreadSanitizer»). Elsewhere it is QProcess.
#include <QProcess>

#if defined(__SANITIZE_THREAD__)
#include <QByteArray>
#include <QElapsedTimer>
#include <QProcessEnvironment>
#include <QStringList>

#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <string>
#include <vector>

namespace medvandrer::testing {

// The part of QProcess's interface the test harnesses use.
class ChildProcess
{
public:
    ChildProcess() = default;
    ChildProcess(const ChildProcess &) = delete;
    ChildProcess &operator=(const ChildProcess &) = delete;
    ~ChildProcess()
    {
        if (state() == QProcess::Running) {
            ::kill(m_pid, SIGKILL);
            ::waitpid(m_pid, nullptr, 0);
        }
        for (int fd : {m_in, m_out, m_err})
            if (fd >= 0)
                ::close(fd);
    }

    void setProcessChannelMode(QProcess::ProcessChannelMode) {}
    void setStandardErrorFile(const QString &path) { m_errFile = path.toStdString(); }
    void setProcessEnvironment(const QProcessEnvironment &env) { m_env = env.toStringList(); m_haveEnv = true; }

    void start(const QString &program, const QStringList &arguments)
    {
        std::vector<std::string> args{program.toStdString()};
        for (const auto &a : arguments)
            args.push_back(a.toStdString());
        std::vector<char *> argv;
        for (auto &a : args)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        std::vector<std::string> envs;
        for (const auto &e : m_env)
            envs.push_back(e.toStdString());
        std::vector<char *> envp;
        for (auto &e : envs)
            envp.push_back(e.data());
        envp.push_back(nullptr);
        int in[2], out[2], err[2] = {-1, -1};
        if (::pipe2(in, O_CLOEXEC) != 0 || ::pipe2(out, O_CLOEXEC) != 0)
            return;
        int errFile = -1;
        if (!m_errFile.empty())
            errFile = ::open(m_errFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        else if (::pipe2(err, O_CLOEXEC) != 0)
            return;
        const pid_t pid = ::fork();
        if (pid == 0) {
            // Only async-signal-safe calls until exec.
            ::dup2(in[0], 0);
            ::dup2(out[1], 1);
            ::dup2(errFile >= 0 ? errFile : err[1], 2);
            if (m_haveEnv)
                ::execve(argv[0], argv.data(), envp.data());
            else
                ::execv(argv[0], argv.data());
            ::_exit(127);
        }
        ::close(in[0]);
        ::close(out[1]);
        if (err[1] >= 0)
            ::close(err[1]);
        if (errFile >= 0)
            ::close(errFile);
        m_in = in[1];
        m_out = out[0];
        m_err = err[0];
        m_pid = pid;
    }

    qint64 write(const QByteArray &data) { return m_in >= 0 ? ::write(m_in, data.constData(), size_t(data.size())) : -1; }
    void closeWriteChannel()
    {
        if (m_in >= 0)
            ::close(m_in);
        m_in = -1;
    }
    bool waitForReadyRead(int ms)
    {
        if (m_out < 0)
            return false;
        pollfd p{m_out, POLLIN, 0};
        if (::poll(&p, 1, ms) <= 0)
            return false;
        return drain(m_out, m_stdout) > 0;
    }
    QByteArray readAllStandardOutput()
    {
        drainNow(m_out, m_stdout);
        return std::exchange(m_stdout, {});
    }
    QByteArray readAllStandardError()
    {
        drainNow(m_err, m_stderr);
        return std::exchange(m_stderr, {});
    }
    bool waitForFinished(int ms)
    {
        QElapsedTimer t;
        t.start();
        while (state() == QProcess::Running) {
            if (t.elapsed() > ms)
                return false;
            drainNow(m_out, m_stdout);
            drainNow(m_err, m_stderr);
            ::usleep(5000);
        }
        return true;
    }
    QProcess::ProcessState state()
    {
        if (m_pid <= 0)
            return QProcess::NotRunning;
        int status = 0;
        if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
            m_exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
            m_crashed = !WIFEXITED(status);
            m_exited = true;
            m_pid = -1;
            return QProcess::NotRunning;
        }
        return QProcess::Running;
    }
    int exitCode() const { return m_exitCode; }
    QProcess::ExitStatus exitStatus() const { return m_crashed ? QProcess::CrashExit : QProcess::NormalExit; }
    qint64 processId() const { return m_pid; }
    void terminate()
    {
        if (m_pid > 0)
            ::kill(m_pid, SIGTERM);
    }
    void kill()
    {
        if (m_pid > 0)
            ::kill(m_pid, SIGKILL);
    }

private:
    static qint64 drain(int fd, QByteArray &into)
    {
        char buf[4096];
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n > 0)
            into.append(buf, n);
        return n;
    }
    static void drainNow(int fd, QByteArray &into)
    {
        if (fd < 0)
            return;
        pollfd p{fd, POLLIN, 0};
        while (::poll(&p, 1, 0) > 0 && (p.revents & POLLIN) && drain(fd, into) > 0) {
        }
    }

    pid_t m_pid = -1;
    int m_in = -1, m_out = -1, m_err = -1;
    std::string m_errFile;
    QStringList m_env;
    bool m_haveEnv = false;
    QByteArray m_stdout, m_stderr;
    int m_exitCode = -1;
    bool m_crashed = false;
    bool m_exited = false;
};

} // namespace medvandrer::testing
#else
namespace medvandrer::testing {
using ChildProcess = QProcess;
} // namespace medvandrer::testing
#endif
