#include "net/listener.h"

#include "net/http_session.h"

#include <spdlog/spdlog.h>

namespace medvandrer::server {

Listener::Listener(IoPool &pool, ServerContext &ctx, ssl::context *tls)
    : m_pool(pool), m_ctx(ctx), m_tls(tls), m_acceptor(pool.context(0))
{
}

std::string Listener::listen(const tcp::endpoint &endpoint)
{
    beast::error_code ec;
    m_acceptor.open(endpoint.protocol(), ec);
    if (!ec)
        m_acceptor.set_option(net::socket_base::reuse_address(true), ec);
    if (!ec)
        m_acceptor.bind(endpoint, ec);
    if (!ec)
        m_acceptor.listen(net::socket_base::max_listen_connections, ec);
    return ec ? ec.message() : std::string();
}

unsigned short Listener::port() const
{
    beast::error_code ec;
    const auto ep = m_acceptor.local_endpoint(ec);
    return ec ? 0 : ep.port();
}

void Listener::run()
{
    doAccept();
}

void Listener::stop()
{
    net::post(m_acceptor.get_executor(), [self = shared_from_this()] {
        beast::error_code ignored;
        self->m_acceptor.close(ignored);
    });
}

void Listener::doAccept()
{
    const unsigned lane = m_pool.nextLane();
    m_acceptor.async_accept(m_pool.context(lane),
                            beast::bind_front_handler(&Listener::onAccept, shared_from_this(), lane));
}

void Listener::onAccept(unsigned lane, beast::error_code ec, tcp::socket socket)
{
    if (ec == net::error::operation_aborted || !m_acceptor.is_open())
        return;
    if (ec) {
        spdlog::warn("event=accept_failed error=\"{}\"", ec.message());
    } else {
        beast::error_code epError;
        const auto remote = socket.remote_endpoint(epError);
        std::string remoteText = epError ? std::string("unknown") : remote.address().to_string();
        if (m_tls) {
            std::make_shared<HttpSession<TlsStream>>(TlsStream(std::move(socket), *m_tls), m_ctx, std::move(remoteText),
                                                 lane)
                ->run();
        } else {
            std::make_shared<HttpSession<PlainStream>>(PlainStream(std::move(socket)), m_ctx, std::move(remoteText),
                                                   lane)
                ->run();
        }
    }
    doAccept();
}

} // namespace medvandrer::server
