#pragma once

#include "net/beast.h"
#include "net/server_context.h"
#include "net/session.h"
#include "protocol/messages.h"

#include <spdlog/spdlog.h>

#include <deque>
#include <memory>
#include <optional>
#include <string>

namespace medvandrer::server {

// One WebSocket connection (after the HTTP upgrade), plain or TLS. Everything runs on the connection's
// io context (one thread, its lane); one read and one write in flight; outgoing frames wait in a bounded queue, and a client that
// lets the queue fill up is disconnected rather than buffered for ever.
template <class NextLayer>
class WebSocketSession final : public Session
{
public:
    static constexpr size_t maxQueuedFrames = 1024;
    static constexpr size_t maxQueuedBytes = 32 * 1024 * 1024;
    // Frames a little over the protocol limit still arrive and get a `too_large` reply; bigger ones close (1009).
    static constexpr size_t readMessageMax = protocol::maxFrameBytes + 64 * 1024;

    WebSocketSession(NextLayer &&stream, ServerContext &ctx, std::string remote, unsigned lane)
        : Session(ctx.nextSessionId.fetch_add(1), lane), m_ws(std::move(stream)), m_ctx(ctx)
    {
        state().remote = std::move(remote);
        m_ctx.metrics.connections.fetch_add(1);
        m_ctx.metrics.connectionsTotal.fetch_add(1);
    }

    ~WebSocketSession() override { m_ctx.metrics.connections.fetch_sub(1); }

    void run(http::request<http::string_body> req)
    {
        m_ws.set_option(websocket::stream_base::timeout::suggested(beast::role_type::server));
        m_ws.set_option(websocket::stream_base::decorator(
            [](websocket::response_type &res) { res.set(http::field::server, "medvandrer"); }));
        m_ws.read_message_max(readMessageMax);
        // One frame per message: Qt 6.4 refuses (1007) a text message whose fragments split a UTF-8 character, and
        // Beast cuts fragments at its buffer size, so a page with «å» near a cut closed the app's connection.
        m_ws.auto_fragment(false);
        m_ws.async_accept(req, beast::bind_front_handler(&WebSocketSession::onAccept, self()));
    }

    void send(std::shared_ptr<const std::string> frame) override
    {
        // dispatch, not post: a reply sent from the connection's own thread must be queued before a close posted meanwhile.
        net::dispatch(m_ws.get_executor(), [s = self(), frame = std::move(frame)]() mutable { s->enqueue(std::move(frame)); });
    }

    void post(std::function<void()> fn) override
    {
        net::post(m_ws.get_executor(), [s = self(), fn = std::move(fn)] {
            if (s->m_ended)
                return;
            try {
                fn();
            } catch (const std::exception &e) {
                spdlog::error("event=session_task_failed session={} error=\"{}\"", s->id(), e.what());
            }
        });
    }

    void closeGoingAway() override
    {
        net::post(m_ws.get_executor(), [s = self()] { s->startClose(websocket::close_code::going_away); });
    }

private:
    std::shared_ptr<WebSocketSession> self()
    {
        return std::static_pointer_cast<WebSocketSession>(shared_from_this());
    }

    void onAccept(beast::error_code ec)
    {
        if (ec) {
            fail(ec, "accept");
            return;
        }
        m_ctx.dispatcher.onOpen(self());
        doRead();
    }

    void doRead()
    {
        m_ws.async_read(m_buffer, beast::bind_front_handler(&WebSocketSession::onRead, self()));
    }

    void onRead(beast::error_code ec, std::size_t)
    {
        if (ec) {
            if (ec == websocket::error::message_too_big)
                spdlog::info("event=closed_oversized session={}", id());
            fail(ec, "read");
            end();
            return;
        }
        m_ctx.metrics.messagesIn.fetch_add(1);
        if (!m_closing) {
            try {
                if (m_ws.got_binary()) {
                    m_ctx.dispatcher.onBinary(self());
                } else {
                    const auto data = m_buffer.data();
                    const std::string_view text(static_cast<const char *>(data.data()), data.size());
                    m_ctx.dispatcher.onText(self(), text);
                }
            } catch (const std::exception &e) {
                spdlog::error("event=dispatch_failed session={} error=\"{}\"", id(), e.what());
                enqueue(std::make_shared<const std::string>(protocol::encodeError("", "internal", "internal error")));
            }
        }
        m_buffer.consume(m_buffer.size());
        doRead();
    }

    void enqueue(std::shared_ptr<const std::string> frame)
    {
        if (m_ended || (m_closing && !m_closeAfterWrites))
            return;
        if (m_queue.size() >= maxQueuedFrames || m_queuedBytes + frame->size() > maxQueuedBytes) {
            m_ctx.metrics.slowClientsClosed.fetch_add(1);
            spdlog::warn("event=slow_client_closed session={} queued={}", id(), m_queue.size());
            m_closing = true;
            beast::error_code ignored;
            beast::get_lowest_layer(m_ws).socket().close(ignored);
            return;
        }
        m_queuedBytes += frame->size();
        m_queue.push_back(std::move(frame));
        if (m_queue.size() == 1)
            doWrite();
    }

    void doWrite()
    {
        m_ws.text(true);
        m_ws.async_write(net::buffer(*m_queue.front()), beast::bind_front_handler(&WebSocketSession::onWrite, self()));
    }

    void onWrite(beast::error_code ec, std::size_t)
    {
        if (ec) {
            fail(ec, "write");
            return;
        }
        m_ctx.metrics.messagesOut.fetch_add(1);
        m_queuedBytes -= m_queue.front()->size();
        m_queue.pop_front();
        if (!m_queue.empty())
            doWrite();
        else if (m_closeAfterWrites)
            sendClose(*m_closeAfterWrites);
    }

    void startClose(websocket::close_code code)
    {
        if (m_closing || m_ended)
            return;
        m_closing = true;
        // Replies already queued go out first; the read loop ends when the peer answers the close.
        if (m_queue.empty())
            sendClose(code);
        else
            m_closeAfterWrites = code;
    }

    void sendClose(websocket::close_code code)
    {
        m_closeAfterWrites.reset();
        m_ws.async_close(code, [s = self()](beast::error_code ec) {
            if (ec)
                s->fail(ec, "close");
        });
    }

    void end()
    {
        if (m_ended)
            return;
        m_ended = true;
        m_ctx.dispatcher.onClosed(self());
    }

    void fail(beast::error_code ec, const char *what)
    {
        if (ec == net::error::operation_aborted || ec == websocket::error::closed || ec == net::error::eof ||
            ec == beast::error::timeout)
            return;
        spdlog::debug("event=connection_error session={} op={} error=\"{}\"", id(), what, ec.message());
    }

    websocket::stream<NextLayer> m_ws;
    ServerContext &m_ctx;
    beast::flat_buffer m_buffer;
    std::deque<std::shared_ptr<const std::string>> m_queue;
    size_t m_queuedBytes = 0;
    bool m_closing = false;
    bool m_ended = false;
    std::optional<websocket::close_code> m_closeAfterWrites;
};

} // namespace medvandrer::server
