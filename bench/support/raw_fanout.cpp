#include "raw_fanout.h"

#include <arpa/inet.h>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <algorithm>
#include <random>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace medvandrer::bench {

RawFrameReader::RawFrameReader(std::vector<int> fds, Handler handler)
    : m_fds(std::move(fds)), m_pending(m_fds.size()), m_open(m_fds.size(), true), m_handler(std::move(handler))
{
    m_epoll = epoll_create1(EPOLL_CLOEXEC);
    for (size_t i = 0; i < m_fds.size(); ++i) {
        fcntl(m_fds[i], F_SETFL, fcntl(m_fds[i], F_GETFL) | O_NONBLOCK);
        epoll_event ev{};
        ev.events = EPOLLIN;
        ev.data.u64 = i;
        epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_fds[i], &ev);
    }
}

RawFrameReader::~RawFrameReader()
{
    if (m_epoll >= 0)
        close(m_epoll);
}

void RawFrameReader::readReady(size_t conn)
{
    std::string &buf = m_pending[conn];
    char chunk[65536];
    for (;;) {
        const ssize_t n = recv(m_fds[conn], chunk, sizeof chunk, 0);
        if (n > 0) {
            buf.append(chunk, static_cast<size_t>(n));
            if (static_cast<size_t>(n) < sizeof chunk)
                break;
            continue;
        }
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            break;
        if (n < 0 && errno == EINTR)
            continue;
        m_open[conn] = false; // closed by the peer, or an error
        ++m_closed;
        epoll_ctl(m_epoll, EPOLL_CTL_DEL, m_fds[conn], nullptr);
        break;
    }
    const auto at = Clock::now();
    size_t pos = 0;
    for (;;) {
        if (buf.size() - pos < 2)
            break;
        const auto *p = reinterpret_cast<const unsigned char *>(buf.data() + pos);
        const unsigned opcode = p[0] & 0x0f;
        // A server frame: FIN set, no reserved bits, no mask, a known opcode. Anything else means this reader lost
        // step with the stream (bytes a library read before the hand-over): say so, never guess.
        if ((p[0] & 0xf0) != 0x80 || (p[1] & 0x80) != 0 || !(opcode == 0x1 || opcode == 0x2 || opcode >= 0x8)) {
            ++m_garbled;
            m_open[conn] = false;
            epoll_ctl(m_epoll, EPOLL_CTL_DEL, m_fds[conn], nullptr);
            buf.clear();
            return;
        }
        uint64_t len = p[1] & 0x7f;
        size_t header = 2;
        if (len == 126) {
            if (buf.size() - pos < 4)
                break;
            len = (uint64_t(p[2]) << 8) | p[3];
            header = 4;
        } else if (len == 127) {
            if (buf.size() - pos < 10)
                break;
            len = 0;
            for (int i = 0; i < 8; ++i)
                len = (len << 8) | p[2 + i];
            header = 10;
        }
        if (buf.size() - pos - header < len)
            break;
        if (opcode == 0x1 && m_handler)
            m_handler(conn, std::string_view(buf.data() + pos + header, len), at);
        pos += header + len;
    }
    buf.erase(0, pos);
}

bool RawFrameReader::runUntil(const std::function<bool()> &done, std::chrono::milliseconds timeout)
{
    const auto deadline = Clock::now() + timeout;
    epoll_event events[256];
    while (!done()) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        if (left.count() <= 0)
            return false;
        const int n = epoll_wait(m_epoll, events, 256, static_cast<int>(std::min<long>(left.count(), 50)));
        for (int i = 0; i < n; ++i)
            readReady(static_cast<size_t>(events[i].data.u64));
    }
    return true;
}

void RawFrameReader::runFor(std::chrono::milliseconds time)
{
    runUntil([] { return false; }, time);
}

std::string maskedTextFrame(std::string_view text)
{
    std::string out;
    out.push_back(static_cast<char>(0x81));
    if (text.size() < 126) {
        out.push_back(static_cast<char>(0x80 | text.size()));
    } else if (text.size() <= 0xffff) {
        out.push_back(static_cast<char>(0x80 | 126));
        out.push_back(static_cast<char>(text.size() >> 8));
        out.push_back(static_cast<char>(text.size() & 0xff));
    } else {
        out.push_back(static_cast<char>(0x80 | 127));
        for (int i = 7; i >= 0; --i)
            out.push_back(static_cast<char>((uint64_t(text.size()) >> (8 * i)) & 0xff));
    }
    static std::mt19937 random{std::random_device{}()};
    unsigned char mask[4];
    for (auto &m : mask)
        m = static_cast<unsigned char>(random());
    out.append(reinterpret_cast<const char *>(mask), 4);
    for (size_t i = 0; i < text.size(); ++i)
        out.push_back(static_cast<char>(static_cast<unsigned char>(text[i]) ^ mask[i % 4]));
    return out;
}

bool writeAllTo(int fd, std::string_view bytes)
{
    while (!bytes.empty()) {
        const ssize_t n = send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL);
        if (n > 0) {
            bytes.remove_prefix(static_cast<size_t>(n));
        } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)) {
            std::this_thread::yield();
        } else {
            return false;
        }
    }
    return true;
}

namespace {

std::string serverTextFrame(size_t payloadBytes)
{
    std::string out;
    out.push_back(static_cast<char>(0x81));
    if (payloadBytes < 126) {
        out.push_back(static_cast<char>(payloadBytes));
    } else if (payloadBytes <= 0xffff) {
        out.push_back(static_cast<char>(126));
        out.push_back(static_cast<char>(payloadBytes >> 8));
        out.push_back(static_cast<char>(payloadBytes & 0xff));
    } else {
        out.push_back(static_cast<char>(127));
        for (int i = 7; i >= 0; --i)
            out.push_back(static_cast<char>((uint64_t(payloadBytes) >> (8 * i)) & 0xff));
    }
    out.append(payloadBytes, 'x');
    return out;
}

// The forked sender: accepts the connections, then for every byte on `control` sends the frame to all of them.
[[noreturn]] void runSender(int listener, int control, size_t connections, unsigned threads, size_t payloadBytes)
{
    std::vector<int> peers;
    peers.reserve(connections);
    while (peers.size() < connections) {
        const int fd = accept(listener, nullptr, nullptr);
        if (fd < 0)
            _exit(2);
        const int one = 1;
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        peers.push_back(fd);
    }
    const std::string frame = serverTextFrame(payloadBytes);
    char c;
    while (read(control, &c, 1) == 1) {
        std::vector<std::thread> workers;
        for (unsigned t = 0; t < threads; ++t) {
            workers.emplace_back([&, t] {
                for (size_t i = t; i < peers.size(); i += threads)
                    writeAllTo(peers[i], frame);
            });
        }
        for (auto &w : workers)
            w.join();
    }
    _exit(0);
}

} // namespace

std::optional<FanOutFloor> measureFanOutFloor(size_t connections, unsigned threads, size_t payloadBytes, int rounds,
                                              std::string &error)
{
    const int listener = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t addrLen = sizeof addr;
    if (bind(listener, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 || listen(listener, 4096) != 0 ||
        getsockname(listener, reinterpret_cast<sockaddr *>(&addr), &addrLen) != 0) {
        error = std::string("floor listener: ") + std::strerror(errno);
        close(listener);
        return std::nullopt;
    }
    int control[2];
    if (pipe(control) != 0) {
        error = "pipe";
        close(listener);
        return std::nullopt;
    }
    const pid_t sender = fork();
    if (sender < 0) {
        error = std::string("fork: ") + std::strerror(errno);
        close(listener);
        close(control[0]);
        close(control[1]);
        return std::nullopt;
    }
    if (sender == 0) {
        close(control[1]);
        runSender(listener, control[0], connections, threads, payloadBytes);
    }
    close(control[0]);
    close(listener);
    // On an error the sender may still wait in accept(): it is killed, not waited for.
    auto finish = [&](bool failed) {
        close(control[1]);
        if (failed)
            kill(sender, SIGKILL);
        int status = 0;
        waitpid(sender, &status, 0);
    };

    std::vector<int> fds;
    fds.reserve(connections);
    for (size_t i = 0; i < connections; ++i) {
        const int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        // As AsyncFleet does: one loopback source address per 20,000 connections.
        sockaddr_in source{};
        source.sin_family = AF_INET;
        source.sin_addr.s_addr = htonl(0x7f000001u + static_cast<uint32_t>(i / 20000));
        if (fd < 0 || bind(fd, reinterpret_cast<sockaddr *>(&source), sizeof source) != 0 ||
            connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
            error = std::string("floor connection ") + std::to_string(i) + ": " + std::strerror(errno);
            if (fd >= 0)
                close(fd);
            for (int f : fds)
                close(f);
            finish(true);
            return std::nullopt;
        }
        const int one = 1;
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        fds.push_back(fd);
    }

    FanOutFloor result;
    std::vector<double> round;
    Clock::time_point startedAt;
    RawFrameReader reader(fds, [&](size_t, std::string_view, Clock::time_point at) {
        round.push_back(msBetween(startedAt, at));
    });
    rounds = std::max(1, rounds);
    double cpu0 = 0;
    for (int r = 0; r <= rounds; ++r) { // round 0 warms up (and the sender has accepted them all once it is done)
        round.clear();
        startedAt = Clock::now();
        const char go = 'g';
        if (write(control[1], &go, 1) != 1 || !reader.runUntil([&] { return round.size() == connections; }, 10s)) {
            error = "floor round " + std::to_string(r) + " reached " + std::to_string(round.size()) + " of " +
                    std::to_string(connections);
            break;
        }
        if (r == 0)
            cpu0 = cpuMs(sender);
        if (r > 0) {
            result.all.insert(result.all.end(), round.begin(), round.end());
            result.last.push_back(*std::max_element(round.begin(), round.end()));
        }
        reader.runFor(50ms);
    }
    result.senderCpuMsPerRound = (cpuMs(sender) - cpu0) / rounds;
    if (error.empty() && reader.closedCount() + reader.garbledCount() > 0)
        error = "floor: " + std::to_string(reader.closedCount()) + " connections closed, " +
                std::to_string(reader.garbledCount()) + " garbled";
    for (int f : fds)
        close(f);
    finish(!error.empty());
    if (!error.empty())
        return std::nullopt;
    return result;
}

} // namespace medvandrer::bench
