#include "ws_client.h"

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/beast/websocket/ssl.hpp>

namespace medvandrer::testing {

namespace beast = boost::beast;
namespace websocket = beast::websocket;
namespace net = boost::asio;
namespace ssl = net::ssl;
namespace http = beast::http;
using tcp = net::ip::tcp;

struct WsClient::Impl
{
    net::io_context ioc;
    ssl::context tlsCtx{ssl::context::tls_client};
    std::unique_ptr<websocket::stream<beast::tcp_stream>> plain;
    std::unique_ptr<websocket::stream<beast::ssl_stream<beast::tcp_stream>>> tls;
    beast::flat_buffer buffer;
    bool open = false;
    std::string error;
    bool readPending = false;
    bool readDone = false;
    beast::error_code readEc;
    bool binary = false;
    std::optional<int> closeCode;

    template <class F>
    void with(F &&f)
    {
        if (plain)
            f(*plain);
        else if (tls)
            f(*tls);
    }

    // Runs the io_context until done() or the timeout.
    template <class Done>
    bool runUntil(Done done, std::chrono::milliseconds timeout)
    {
        const auto deadline = std::chrono::steady_clock::now() + timeout;
        while (!done()) {
            const auto left = deadline - std::chrono::steady_clock::now();
            if (left <= std::chrono::steady_clock::duration::zero())
                return false;
            ioc.restart();
            ioc.run_one_for(std::chrono::duration_cast<std::chrono::milliseconds>(left) + 1ms);
        }
        return true;
    }
};

WsClient::WsClient(unsigned short port, Options options) : m_impl(std::make_unique<Impl>())
{
    Impl &d = *m_impl;
    beast::error_code ec;
    tcp::socket socket(d.ioc);
    socket.connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), port), ec);
    if (ec) {
        d.error = "connect: " + ec.message();
        return;
    }
    socket.set_option(tcp::no_delay(true));
    const std::string host = "127.0.0.1:" + std::to_string(port);
    if (options.tls) {
        if (!options.caFile.empty()) {
            d.tlsCtx.set_verify_mode(ssl::verify_peer);
            d.tlsCtx.load_verify_file(options.caFile, ec);
        } else {
            d.tlsCtx.set_verify_mode(ssl::verify_none);
        }
        d.tls = std::make_unique<websocket::stream<beast::ssl_stream<beast::tcp_stream>>>(
            beast::tcp_stream(std::move(socket)), d.tlsCtx);
        d.tls->next_layer().handshake(ssl::stream_base::client, ec);
        if (ec) {
            d.error = "tls handshake: " + ec.message();
            d.tls.reset();
            return;
        }
        d.tls->handshake(host, options.path, ec);
    } else {
        d.plain = std::make_unique<websocket::stream<beast::tcp_stream>>(beast::tcp_stream(std::move(socket)));
        d.plain->handshake(host, options.path, ec);
    }
    if (ec) {
        d.error = "websocket handshake: " + ec.message();
        d.plain.reset();
        d.tls.reset();
        return;
    }
    d.with([](auto &ws) { ws.read_message_max(64 * 1024 * 1024); });
    d.open = true;
}

WsClient::~WsClient()
{
    if (m_impl->open)
        drop();
}

bool WsClient::isOpen() const
{
    return m_impl->open;
}

const std::string &WsClient::error() const
{
    return m_impl->error;
}

namespace {
template <class Impl>
bool writeFrame(Impl &d, const std::string &data, bool text)
{
    if (!d.open)
        return false;
    bool done = false;
    beast::error_code result;
    d.with([&](auto &ws) {
        ws.text(text);
        ws.async_write(net::buffer(data), [&](beast::error_code ec, std::size_t) {
            done = true;
            result = ec;
        });
    });
    if (!d.runUntil([&] { return done; }, 10s)) {
        d.error = "write timed out";
        return false;
    }
    if (result)
        d.error = "write: " + result.message();
    return !result;
}
} // namespace

bool WsClient::sendText(const std::string &text)
{
    return writeFrame(*m_impl, text, true);
}

bool WsClient::sendBinary(const std::string &data)
{
    return writeFrame(*m_impl, data, false);
}

std::optional<std::string> WsClient::readRaw(std::chrono::milliseconds timeout)
{
    Impl &d = *m_impl;
    if (!d.open)
        return std::nullopt;
    if (!d.readPending) {
        d.readPending = true;
        d.readDone = false;
        d.with([&](auto &ws) {
            ws.async_read(d.buffer, [&d](beast::error_code ec, std::size_t) {
                d.readDone = true;
                d.readEc = ec;
            });
        });
    }
    // A read that times out stays pending and is picked up by the next call: cancelling would break the stream.
    if (!d.runUntil([&] { return d.readDone; }, timeout))
        return std::nullopt;
    d.readPending = false;
    if (d.readEc) {
        d.open = false;
        d.error = "read: " + d.readEc.message();
        // A close frame may have arrived even if answering it failed (the server had already gone).
        d.with([&](auto &ws) {
            const auto code = static_cast<int>(ws.reason().code);
            d.closeCode = code != 0 ? code : -1;
        });
        return std::nullopt;
    }
    d.with([&](auto &ws) { d.binary = ws.got_binary(); });
    std::string text = beast::buffers_to_string(d.buffer.data());
    d.buffer.consume(d.buffer.size());
    m_log.push_back(text);
    return text;
}

std::optional<Json> WsClient::next(std::chrono::milliseconds timeout)
{
    if (!m_stash.empty()) {
        Json j = std::move(m_stash.front());
        m_stash.erase(m_stash.begin());
        return j;
    }
    auto raw = readRaw(timeout);
    if (!raw)
        return std::nullopt;
    return Json::parse(*raw, nullptr, false);
}

std::optional<Json> WsClient::waitFor(const std::function<bool(const Json &)> &pred, std::chrono::milliseconds timeout)
{
    for (size_t i = 0; i < m_stash.size(); ++i) {
        if (pred(m_stash[i])) {
            Json j = std::move(m_stash[i]);
            m_stash.erase(m_stash.begin() + static_cast<std::ptrdiff_t>(i));
            return j;
        }
    }
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left <= 0ms)
            return std::nullopt;
        auto raw = readRaw(left);
        if (!raw)
            return std::nullopt;
        Json j = Json::parse(*raw, nullptr, false);
        if (pred(j))
            return j;
        m_stash.push_back(std::move(j));
    }
}

Json WsClient::request(Json message, std::chrono::milliseconds timeout)
{
    if (!message.contains("rid"))
        message["rid"] = "r" + std::to_string(m_nextRid++);
    const Json rid = message["rid"];
    if (!sendJson(message))
        return Json{{"type", "send_failed"}, {"error", error()}};
    auto reply = waitFor([&rid](const Json &j) { return j.is_object() && j.contains("rid") && j["rid"] == rid; },
                         timeout);
    return reply ? *reply : Json{{"type", "timeout"}};
}

bool WsClient::silentFor(std::chrono::milliseconds time)
{
    auto raw = readRaw(time);
    if (!raw)
        return m_impl->readPending || !m_impl->open;
    m_stash.push_back(Json::parse(*raw, nullptr, false));
    return false;
}

std::optional<int> WsClient::closeCode() const
{
    return m_impl->closeCode;
}

std::optional<int> WsClient::waitClosed(std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (m_impl->open && std::chrono::steady_clock::now() < deadline) {
        auto raw = readRaw(std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now()));
        if (raw)
            m_stash.push_back(Json::parse(*raw, nullptr, false));
    }
    return m_impl->closeCode;
}

void WsClient::close()
{
    Impl &d = *m_impl;
    if (!d.open)
        return;
    bool done = false;
    d.with([&](auto &ws) { ws.async_close(websocket::close_code::normal, [&](beast::error_code) { done = true; }); });
    d.runUntil([&] { return done; }, 5s);
    // Let the pending read see the server's close reply.
    waitClosed(2s);
    drop();
}

void WsClient::drop()
{
    Impl &d = *m_impl;
    beast::error_code ignored;
    d.with([&](auto &ws) { beast::get_lowest_layer(ws).socket().close(ignored); });
    d.open = false;
    d.ioc.restart();
    d.ioc.poll();
}

HttpResult httpRequest(unsigned short port, const std::string &method, const std::string &target)
{
    net::io_context ioc;
    beast::tcp_stream stream(ioc);
    beast::error_code ec;
    stream.connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), port), ec);
    if (ec)
        return {};
    http::request<http::string_body> req{http::string_to_verb(method), target, 11};
    req.set(http::field::host, "127.0.0.1");
    http::write(stream, req, ec);
    if (ec)
        return {};
    beast::flat_buffer buffer;
    http::response<http::string_body> res;
    http::read(stream, buffer, res, ec);
    if (ec)
        return {};
    HttpResult r;
    r.status = static_cast<int>(res.result_int());
    r.contentType = std::string(res[http::field::content_type]);
    r.body = res.body();
    stream.socket().shutdown(tcp::socket::shutdown_both, ec);
    return r;
}

} // namespace medvandrer::testing
