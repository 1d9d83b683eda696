#pragma once

#include "net/beast.h"
#include "net/http_routes.h"
#include "net/server_context.h"
#include "net/websocket_session.h"

#include <chrono>
#include <memory>
#include <optional>
#include <string>

namespace medvandrer::server {

// A plain HTTP connection (TLS after its handshake): answers /healthz and /metrics, and hands a WebSocket
// upgrade on /sync to a WebSocketSession.
template <class Stream>
class HttpSession : public std::enable_shared_from_this<HttpSession<Stream>>
{
public:
    static constexpr auto requestTimeout = std::chrono::seconds(30);

    HttpSession(Stream &&stream, ServerContext &ctx, std::string remote, unsigned lane)
        : m_stream(std::move(stream)), m_ctx(ctx), m_remote(std::move(remote)), m_lane(lane)
    {
    }

    void run()
    {
        if constexpr (isTls<Stream>) {
            beast::get_lowest_layer(m_stream).expires_after(requestTimeout);
            m_stream.async_handshake(ssl::stream_base::server,
                                     beast::bind_front_handler(&HttpSession::onHandshake, this->shared_from_this()));
        } else {
            doRead();
        }
    }

private:
    void onHandshake(beast::error_code ec)
    {
        if (ec) {
            spdlog::debug("event=tls_handshake_failed error=\"{}\"", ec.message());
            return;
        }
        doRead();
    }

    void doRead()
    {
        m_parser.emplace();
        m_parser->header_limit(16 * 1024);
        m_parser->body_limit(64 * 1024);
        beast::get_lowest_layer(m_stream).expires_after(requestTimeout);
        http::async_read(m_stream, m_buffer, *m_parser,
                         beast::bind_front_handler(&HttpSession::onRead, this->shared_from_this()));
    }

    void onRead(beast::error_code ec, std::size_t)
    {
        if (ec == http::error::end_of_stream) {
            doClose();
            return;
        }
        if (ec)
            return;
        auto &req = m_parser->get();
        if (websocket::is_upgrade(req)) {
            if (targetPath(std::string_view(req.target().data(), req.target().size())) != syncPath) {
                respond(PlainResponse{404, "text/plain; charset=utf-8", "not found\n"}, req.version(), false);
                return;
            }
            if (m_ctx.shuttingDown.load()) {
                respond(PlainResponse{503, "text/plain; charset=utf-8", "shutting down\n"}, req.version(), false);
                return;
            }
            // The WebSocket layer keeps its own timeouts from here on.
            beast::get_lowest_layer(m_stream).expires_never();
            std::make_shared<WebSocketSession<Stream>>(std::move(m_stream), m_ctx, m_remote, m_lane)->run(m_parser->release());
            return;
        }
        const bool keepAlive = req.keep_alive();
        respond(routeHttp(std::string_view(req.method_string().data(), req.method_string().size()),
                          std::string_view(req.target().data(), req.target().size()), m_ctx.metrics,
                          m_ctx.shuttingDown.load()),
                req.version(), keepAlive, req.method() == http::verb::head);
    }

    void respond(PlainResponse plain, unsigned version, bool keepAlive, bool headOnly = false)
    {
        auto res = std::make_shared<http::response<http::string_body>>(static_cast<http::status>(plain.status), version);
        res->set(http::field::server, "medvandrer");
        res->set(http::field::content_type, plain.contentType);
        res->set(http::field::cache_control, "no-store");
        res->keep_alive(keepAlive);
        if (!headOnly)
            res->body() = std::move(plain.body);
        res->prepare_payload();
        m_response = res;
        http::async_write(m_stream, *res,
                          beast::bind_front_handler(&HttpSession::onWrite, this->shared_from_this(), res->need_eof()));
    }

    void onWrite(bool close, beast::error_code ec, std::size_t)
    {
        m_response.reset();
        if (ec)
            return;
        if (close) {
            doClose();
            return;
        }
        doRead();
    }

    void doClose()
    {
        if constexpr (isTls<Stream>) {
            beast::get_lowest_layer(m_stream).expires_after(std::chrono::seconds(5));
            m_stream.async_shutdown([self = this->shared_from_this()](beast::error_code) {});
        } else {
            beast::error_code ignored;
            m_stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
        }
    }

    Stream m_stream;
    ServerContext &m_ctx;
    std::string m_remote;
    unsigned m_lane; // the io pool's context this connection lives on
    beast::flat_buffer m_buffer;
    std::optional<http::request_parser<http::string_body>> m_parser;
    std::shared_ptr<http::response<http::string_body>> m_response;
};

} // namespace medvandrer::server
