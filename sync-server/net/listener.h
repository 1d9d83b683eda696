#pragma once

#include "net/beast.h"
#include "net/io_pool.h"
#include "net/server_context.h"

#include <memory>

namespace medvandrer::server {

// Accepts TCP connections, deals each to the next lane of the io pool, and starts an HttpSession there (TLS when a
// context is given).
class Listener : public std::enable_shared_from_this<Listener>
{
public:
    Listener(IoPool &pool, ServerContext &ctx, ssl::context *tls);

    // Opens, binds and listens; an error message on failure.
    [[nodiscard]] std::string listen(const tcp::endpoint &endpoint);
    unsigned short port() const;
    void run();
    // Stops accepting; safe from any thread.
    void stop();

private:
    void doAccept();
    void onAccept(unsigned lane, beast::error_code ec, tcp::socket socket);

    IoPool &m_pool;
    ServerContext &m_ctx;
    ssl::context *m_tls;
    tcp::acceptor m_acceptor;
};

} // namespace medvandrer::server
