#pragma once

#include "net/beast.h"
#include "net/server_context.h"

#include <memory>

namespace medvandrer::server {

// Accepts TCP connections, each on its own strand, and starts an HttpSession (TLS when a context is given).
class Listener : public std::enable_shared_from_this<Listener>
{
public:
    Listener(net::io_context &ioc, ServerContext &ctx, ssl::context *tls);

    // Opens, binds and listens; an error message on failure.
    [[nodiscard]] std::string listen(const tcp::endpoint &endpoint);
    unsigned short port() const;
    void run();
    // Stops accepting; safe from any thread.
    void stop();

private:
    void doAccept();
    void onAccept(beast::error_code ec, tcp::socket socket);

    net::io_context &m_ioc;
    ServerContext &m_ctx;
    ssl::context *m_tls;
    tcp::acceptor m_acceptor;
};

} // namespace medvandrer::server
