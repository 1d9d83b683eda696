#pragma once

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

namespace medvandrer::server {

// One io_context per io thread (Asio's «io_context per CPU» design). A connection lives on one of them for its
// whole life, so its handlers never need a strand, and a send from its own thread (the fan-out's, which runs on
// every lane for that lane's connections) is a call, not a hop: no lock and no wake-up of another thread per
// connection. Connections are dealt out in turn.
class IoPool
{
public:
    explicit IoPool(unsigned threads);
    ~IoPool();
    IoPool(const IoPool &) = delete;
    IoPool &operator=(const IoPool &) = delete;

    unsigned size() const { return static_cast<unsigned>(m_contexts.size()); }
    boost::asio::io_context &context(unsigned lane) { return *m_contexts[lane]; }
    // The lane the next connection goes to.
    unsigned nextLane();

    void run();
    // Stops every context (handlers not yet run are dropped with it) and joins the threads.
    void stop();

private:
    using Guard = boost::asio::executor_work_guard<boost::asio::io_context::executor_type>;
    std::vector<std::unique_ptr<boost::asio::io_context>> m_contexts;
    std::vector<Guard> m_guards;
    std::vector<std::thread> m_threads;
    std::atomic<unsigned> m_next{0};
};

} // namespace medvandrer::server
