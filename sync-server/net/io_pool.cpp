#include "net/io_pool.h"

#include <algorithm>

namespace medvandrer::server {

IoPool::IoPool(unsigned threads)
{
    threads = std::max(1u, threads);
    m_contexts.reserve(threads);
    for (unsigned i = 0; i < threads; ++i)
        m_contexts.push_back(std::make_unique<boost::asio::io_context>(1)); // run by one thread: no strand needed
}

IoPool::~IoPool()
{
    stop();
    // Context 0 first: its pending accept holds a socket of another context, which must outlive it.
    for (auto &ctx : m_contexts)
        ctx.reset();
}

unsigned IoPool::nextLane()
{
    return m_next.fetch_add(1, std::memory_order_relaxed) % size();
}

void IoPool::run()
{
    for (auto &ctx : m_contexts)
        m_guards.push_back(boost::asio::make_work_guard(*ctx));
    for (auto &ctx : m_contexts)
        m_threads.emplace_back([c = ctx.get()] { c->run(); });
}

void IoPool::stop()
{
    m_guards.clear();
    for (auto &ctx : m_contexts)
        ctx->stop();
    for (auto &t : m_threads) {
        if (t.joinable())
            t.join();
    }
    m_threads.clear();
}

} // namespace medvandrer::server
