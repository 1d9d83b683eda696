#pragma once

#include "scope/scope_policy.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace medvandrer::server {

// What the dispatcher remembers about one connection. Touched only on that connection's io thread.
struct ConnectionState
{
    std::string remote;
    bool helloDone = false;
    std::optional<Principal> principal;
    size_t failedAuth = 0; // failed login/register/resume on this connection
    size_t inFlight = 0;   // requests handed to the storage or hashing threads, not yet answered
};

// One WebSocket connection as the rest of the server sees it (plain or TLS). send/post/closeGoingAway
// may be called from any thread; they hop onto the connection's io thread.
class Session : public std::enable_shared_from_this<Session>
{
public:
    explicit Session(uint64_t id, unsigned lane = 0) : m_id(id), m_lane(lane) {}
    virtual ~Session() = default;
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    uint64_t id() const { return m_id; }
    // The io pool's context (and thread) this connection lives on.
    unsigned lane() const { return m_lane; }

    virtual void send(std::shared_ptr<const std::string> frame) = 0;
    virtual void post(std::function<void()> fn) = 0;
    virtual void closeGoingAway() = 0;

    ConnectionState &state() { return m_state; }

private:
    uint64_t m_id;
    unsigned m_lane;
    ConnectionState m_state;
};

} // namespace medvandrer::server
