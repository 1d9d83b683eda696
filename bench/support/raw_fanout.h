#pragma once

#include "bench_support.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace medvandrer::bench {

// Reads WebSocket frames from many already-open connections with one epoll loop and a plain recv per ready
// socket: what a device costs on this machine is then little more than the kernel's own receive path, so a
// fan-out bench on the same two cores measures the server rather than a heavy receiver. Server frames are
// unmasked; text frames go to the handler, anything else (ping, close) is skipped.
class RawFrameReader
{
public:
    using Handler = std::function<void(size_t conn, std::string_view payload, Clock::time_point at)>;

    // fds[i] is connection i (left open; the caller owns them).
    RawFrameReader(std::vector<int> fds, Handler handler);
    ~RawFrameReader();
    RawFrameReader(const RawFrameReader &) = delete;
    RawFrameReader &operator=(const RawFrameReader &) = delete;

    bool runUntil(const std::function<bool()> &done, std::chrono::milliseconds timeout);
    void runFor(std::chrono::milliseconds time);
    // Connections the peer closed or that failed.
    size_t closedCount() const { return m_closed; }
    // Connections whose bytes were not a server frame where one had to start (then dropped, never guessed at).
    size_t garbledCount() const { return m_garbled; }

private:
    void readReady(size_t conn);

    int m_epoll = -1;
    std::vector<int> m_fds;
    std::vector<std::string> m_pending;
    std::vector<bool> m_open;
    Handler m_handler;
    size_t m_closed = 0;
    size_t m_garbled = 0;
};

// A client frame (masked, as RFC 6455 requires from a client) with this text.
std::string maskedTextFrame(std::string_view text);
// Writes all of it to a socket, waiting while it is full; false on an error.
bool writeAllTo(int fd, std::string_view bytes);

// The floor for a fan-out on this machine, measured in the same run: `connections` loopback TCP connections
// whose far ends belong to a forked sender process with `threads` threads (as many as the server's io threads). Each round the sender writes one
// prebuilt unmasked text frame of `payloadBytes` to every connection, its threads splitting them, and this
// process reads them with RawFrameReader: no sync server, no WebSocket library, no JSON, only the kernel's
// per-socket send and receive work and the same reader. Latency = frame read - round started.
struct FanOutFloor
{
    std::vector<double> all;       // every (round, connection)
    std::vector<double> last;      // the last connection per round
    double senderCpuMsPerRound = 0;
};
std::optional<FanOutFloor> measureFanOutFloor(size_t connections, unsigned threads, size_t payloadBytes, int rounds,
                                              std::string &error);

} // namespace medvandrer::bench
