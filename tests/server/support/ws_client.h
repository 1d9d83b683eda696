#pragma once

#include <nlohmann/json.hpp>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace medvandrer::testing {

using Json = nlohmann::json;
using namespace std::chrono_literals;

// A small synchronous WebSocket client for driving the real server in tests (plain ws:// or wss://).
// Every frame received is kept in rawLog(), so a test can check that nothing leaked in any reply.
// Frames read while waiting for a particular reply are stashed and returned by next()/waitFor().
class WsClient
{
public:
    struct Options
    {
        bool tls = false;
        std::string caFile; // with tls: trust this certificate (else no verification)
        std::string path = "/sync";
    };

    explicit WsClient(unsigned short port, Options options);
    explicit WsClient(unsigned short port) : WsClient(port, Options{}) {}
    ~WsClient();
    WsClient(const WsClient &) = delete;
    WsClient &operator=(const WsClient &) = delete;

    bool isOpen() const;
    const std::string &error() const;

    // Returns false if the write failed (e.g. the server already closed).
    bool sendText(const std::string &text);
    bool sendBinary(const std::string &data);
    bool sendJson(const Json &message) { return sendText(message.dump()); }

    // The next frame (stashed ones first), parsed; nothing on timeout or when the connection closed.
    std::optional<Json> next(std::chrono::milliseconds timeout = 5s);
    // The first frame (stashed or new) that satisfies pred; frames skipped over stay stashed.
    std::optional<Json> waitFor(const std::function<bool(const Json &)> &pred, std::chrono::milliseconds timeout = 5s);
    // Sends message with a fresh "rid" (unless it has one) and returns the reply carrying that rid;
    // {"type":"timeout"} if none came.
    Json request(Json message, std::chrono::milliseconds timeout = 10s);
    // True when no new frame arrives within the time.
    bool silentFor(std::chrono::milliseconds time);

    // Close code the server sent, once the connection has been closed by it.
    std::optional<int> closeCode() const;
    // Waits for the server to close the connection; returns its close code (or -1 for a plain TCP close).
    std::optional<int> waitClosed(std::chrono::milliseconds timeout = 5s);

    void close();
    // Drops the TCP connection without a closing handshake (a lost network).
    void drop();

    const std::vector<std::string> &rawLog() const { return m_log; }

private:
    struct Impl;
    std::optional<std::string> readRaw(std::chrono::milliseconds timeout);

    std::unique_ptr<Impl> m_impl;
    std::vector<Json> m_stash;
    std::vector<std::string> m_log;
    int m_nextRid = 1;
};

struct HttpResult
{
    int status = 0;
    std::string contentType;
    std::string body;
};

// One plain HTTP/1.1 request to the server.
HttpResult httpRequest(unsigned short port, const std::string &method, const std::string &target);

} // namespace medvandrer::testing
