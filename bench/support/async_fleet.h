#pragma once

#include "bench_support.h"

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace medvandrer::bench {

// Many WebSocket connections to the server driven by one io_context on the calling thread (no thread per
// connection). Each connection says hello, then sends its sign-in frame (login or resume; none = hello only),
// and from then on keeps a read pending, handing every frame to the handler with the time it arrived.
class AsyncFleet
{
public:
    using FrameHandler = std::function<void(size_t conn, std::string_view frame, Clock::time_point at)>;

    explicit AsyncFleet(unsigned short port);
    ~AsyncFleet();
    AsyncFleet(const AsyncFleet &) = delete;
    AsyncFleet &operator=(const AsyncFleet &) = delete;

    // Adds one connection per sign-in frame, at most `parallel` opening at once; runs until all are signed in
    // (or failed) or the timeout. Returns how many of the new ones are ready.
    size_t open(const std::vector<std::string> &signInFrames, size_t parallel, std::chrono::milliseconds timeout);

    void setHandler(FrameHandler handler) { m_handler = std::move(handler); }
    void send(size_t conn, std::string frame);

    void runFor(std::chrono::milliseconds time);
    bool runUntil(const std::function<bool()> &done, std::chrono::milliseconds timeout);

    size_t size() const;
    size_t readyCount() const;
    size_t failedCount() const;
    // The `authenticated` reply (or the error) each connection got to its sign-in frame.
    const std::string &signInReply(size_t conn) const;
    const std::string &failure(size_t conn) const;
    // The connection's socket, for a reader of its own (RawFrameReader) once this fleet is no longer run.
    int nativeHandle(size_t conn);

private:
    struct Conn;
    void start(Conn &c);
    void sendHello(Conn &c);
    void readSignIn(Conn &c, int step);
    void readLoop(Conn &c);
    void writeNext(Conn &c);
    void fail(Conn &c, std::string what);
    void settled();

    struct Impl;
    std::unique_ptr<Impl> m_impl;
    std::vector<std::unique_ptr<Conn>> m_conns;
    FrameHandler m_handler;
    unsigned short m_port;
    size_t m_nextToStart = 0;
    size_t m_opening = 0;
    size_t m_parallel = 1;
};

} // namespace medvandrer::bench
