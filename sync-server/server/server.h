#pragma once

#include "core/result.h"
#include "storage/open_storage.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

namespace medvandrer::server {

struct ServerConfig
{
    StorageLocation storage;
    std::string listenAddress = "127.0.0.1";
    uint16_t port = 0;
    unsigned threads = 0; // 0: one per core
    std::string tlsCert;
    std::string tlsKey;
    bool allowInsecureRemote = false;
    int64_t offerMs = int64_t(120) * 60 * 1000; // how long a freed seat is offered to the next person waiting
};

// The running sync server: io threads, the storage thread, the hashing pool and the listener.
class Server
{
public:
    static Result<std::unique_ptr<Server>> create(const ServerConfig &config);
    ~Server();

    unsigned short port() const;
    // Serves until SIGTERM or SIGINT, then stops accepting, commits what is queued, tells clients "going away"
    // (1001) and returns. onListening runs once the port is open.
    void run(const std::function<void(unsigned short)> &onListening);

private:
    struct Impl;
    explicit Server(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace medvandrer::server
