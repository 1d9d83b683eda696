#include "async_fleet.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/websocket.hpp>

#include <deque>

namespace medvandrer::bench {

namespace beast = boost::beast;
namespace websocket = beast::websocket;
namespace net = boost::asio;
using tcp = net::ip::tcp;

struct AsyncFleet::Impl
{
    net::io_context ioc{1};
};

struct AsyncFleet::Conn
{
    explicit Conn(net::io_context &ioc, size_t i, std::string frame)
        : ws(beast::tcp_stream(ioc)), index(i), signInFrame(std::move(frame))
    {
    }
    websocket::stream<beast::tcp_stream> ws;
    beast::flat_buffer buffer;
    std::deque<std::string> out;
    bool writing = false;
    bool ready = false;
    bool dead = false;
    size_t index;
    std::string signInFrame;
    std::string signInReply;
    std::string error;
};

AsyncFleet::AsyncFleet(unsigned short port) : m_impl(std::make_unique<Impl>()), m_port(port) {}

AsyncFleet::~AsyncFleet()
{
    for (auto &c : m_conns) {
        beast::error_code ignored;
        beast::get_lowest_layer(c->ws).socket().close(ignored);
    }
    m_impl->ioc.stop();
    m_conns.clear();
}

size_t AsyncFleet::open(const std::vector<std::string> &signInFrames, size_t parallel, std::chrono::milliseconds timeout)
{
    const size_t first = m_conns.size();
    for (const auto &f : signInFrames)
        m_conns.push_back(std::make_unique<Conn>(m_impl->ioc, m_conns.size(), f));
    m_parallel = std::max<size_t>(1, parallel);
    m_nextToStart = first;
    settled(); // starts the first batch
    runUntil([&] { return m_nextToStart == m_conns.size() && m_opening == 0; }, timeout);
    size_t ready = 0;
    for (size_t i = first; i < m_conns.size(); ++i)
        ready += m_conns[i]->ready;
    return ready;
}

void AsyncFleet::settled()
{
    while (m_opening < m_parallel && m_nextToStart < m_conns.size()) {
        ++m_opening;
        start(*m_conns[m_nextToStart++]);
    }
}

void AsyncFleet::start(Conn &c)
{
    // One loopback source address per 20,000 connections (127.0.0.1, .2, …): a source address has only ~28,000
    // ephemeral ports towards one server port, and a fleet may hold 50,000.
    beast::error_code bindError;
    auto &socket = c.ws.next_layer().socket();
    socket.open(tcp::v4(), bindError);
    const auto source = net::ip::address_v4(0x7f000001u + static_cast<unsigned>(c.index / 20000));
    if (!bindError)
        socket.bind(tcp::endpoint(source, 0), bindError);
    if (bindError)
        return fail(c, "bind " + source.to_string() + ": " + bindError.message());
    c.ws.next_layer().async_connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), m_port),
                                    [this, &c](beast::error_code ec) {
                                        if (ec)
                                            return fail(c, "connect: " + ec.message());
                                        beast::get_lowest_layer(c.ws).socket().set_option(tcp::no_delay(true));
                                        c.ws.read_message_max(8 * 1024 * 1024);
                                        c.ws.async_handshake("127.0.0.1:" + std::to_string(m_port), "/sync",
                                                             [this, &c](beast::error_code ec2) {
                                                                 if (ec2)
                                                                     return fail(c, "handshake: " + ec2.message());
                                                                 sendHello(c);
                                                             });
                                    });
}

void AsyncFleet::sendHello(Conn &c)
{
    send(c.index, R"({"type":"hello","rid":"h","protocol":1,"client":"bench"})");
    readSignIn(c, 0);
}

// step 0: waiting for welcome; step 1: waiting for the sign-in reply.
void AsyncFleet::readSignIn(Conn &c, int step)
{
    c.ws.async_read(c.buffer, [this, &c, step](beast::error_code ec, std::size_t) {
        if (ec)
            return fail(c, "read during sign-in: " + ec.message());
        std::string text = beast::buffers_to_string(c.buffer.data());
        c.buffer.consume(c.buffer.size());
        if (step == 0) {
            if (text.find(R"("type":"welcome")") == std::string::npos)
                return fail(c, "no welcome: " + text);
            if (c.signInFrame.empty()) {
                c.ready = true;
                --m_opening;
                settled();
                return readLoop(c);
            }
            send(c.index, c.signInFrame);
            return readSignIn(c, 1);
        }
        c.signInReply = text;
        if (text.find(R"("type":"authenticated")") == std::string::npos)
            return fail(c, "sign-in refused: " + text);
        c.ready = true;
        --m_opening;
        settled();
        readLoop(c);
    });
}

void AsyncFleet::readLoop(Conn &c)
{
    c.ws.async_read(c.buffer, [this, &c](beast::error_code ec, std::size_t) {
        const auto at = Clock::now();
        if (ec) {
            c.dead = true;
            c.ready = false;
            c.error = "read: " + ec.message();
            return;
        }
        const auto data = c.buffer.data();
        if (m_handler)
            m_handler(c.index, std::string_view(static_cast<const char *>(data.data()), data.size()), at);
        c.buffer.consume(c.buffer.size());
        readLoop(c);
    });
}

void AsyncFleet::send(size_t conn, std::string frame)
{
    Conn &c = *m_conns[conn];
    c.out.push_back(std::move(frame));
    if (!c.writing)
        writeNext(c);
}

void AsyncFleet::writeNext(Conn &c)
{
    if (c.out.empty() || c.dead) {
        c.writing = false;
        return;
    }
    c.writing = true;
    c.ws.text(true);
    c.ws.async_write(net::buffer(c.out.front()), [this, &c](beast::error_code ec, std::size_t) {
        c.out.pop_front();
        if (ec) {
            c.writing = false;
            c.dead = true;
            c.error = "write: " + ec.message();
            return;
        }
        writeNext(c);
    });
}

void AsyncFleet::fail(Conn &c, std::string what)
{
    c.error = std::move(what);
    c.dead = true;
    beast::error_code ignored;
    beast::get_lowest_layer(c.ws).socket().close(ignored);
    --m_opening;
    settled();
}

void AsyncFleet::runFor(std::chrono::milliseconds time)
{
    m_impl->ioc.restart();
    m_impl->ioc.run_for(time);
}

bool AsyncFleet::runUntil(const std::function<bool()> &done, std::chrono::milliseconds timeout)
{
    const auto deadline = Clock::now() + timeout;
    while (!done()) {
        const auto left = deadline - Clock::now();
        if (left <= Clock::duration::zero())
            return false;
        m_impl->ioc.restart();
        // Every handler that is ready, then the check: a wait with a deadline per handler cost the receivers
        // more than their reads.
        if (m_impl->ioc.poll() == 0) {
            m_impl->ioc.restart();
            m_impl->ioc.run_one_for(std::min<Clock::duration>(left, 50ms));
        }
    }
    return true;
}

size_t AsyncFleet::size() const
{
    return m_conns.size();
}

size_t AsyncFleet::readyCount() const
{
    size_t n = 0;
    for (const auto &c : m_conns)
        n += c->ready;
    return n;
}

size_t AsyncFleet::failedCount() const
{
    size_t n = 0;
    for (const auto &c : m_conns)
        n += c->dead;
    return n;
}

const std::string &AsyncFleet::signInReply(size_t conn) const
{
    return m_conns[conn]->signInReply;
}

int AsyncFleet::nativeHandle(size_t conn)
{
    return beast::get_lowest_layer(m_conns[conn]->ws).socket().native_handle();
}

const std::string &AsyncFleet::failure(size_t conn) const
{
    return m_conns[conn]->error;
}

} // namespace medvandrer::bench
