#include "server/server.h"

#include "auth/password_hasher.h"
#include "auth/rate_limiter.h"
#include "auth/secrets.h"
#include "dispatch/dispatcher.h"
#include "live/session_registry.h"
#include "metrics/metrics.h"
#include "net/io_pool.h"
#include "net/listener.h"
#include "worker/storage_worker.h"
#include "sync/sync_engine.h"
#include "tls/tls_context.h"

#include <boost/asio/signal_set.hpp>
#include <boost/asio/thread_pool.hpp>
#include <spdlog/spdlog.h>

#include <chrono>
#include <future>
#include <thread>
#include <vector>

namespace medvandrer::server {

struct Server::Impl
{
    ServerConfig config;
    Metrics metrics;
    HybridClock clock{"server"};
    SyncEngine engine{clock};
    std::unique_ptr<StorageWorker> worker;
    // Five failed logins per username in 15 minutes, then wait.
    RateLimiter loginLimiter{5, std::chrono::minutes(15)};
    SessionRegistry registry{metrics};
    net::thread_pool hashing{2};
    std::unique_ptr<Dispatcher> dispatcher;
    std::unique_ptr<ServerContext> context;
    std::unique_ptr<IoPool> io;
    std::unique_ptr<ssl::context> tls;
    std::shared_ptr<Listener> listener;

    ~Impl()
    {
        // Nothing posts to the io pool (destroyed before the registry) after this.
        registry.runFanOutOn({});
    }
};

Server::Server(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}

Server::~Server() = default;

Result<std::unique_ptr<Server>> Server::create(const ServerConfig &config)
{
    auto impl = std::make_unique<Impl>();
    impl->config = config;
    ensureSodium();

    beast::error_code ec;
    const auto address = net::ip::make_address(config.listenAddress, ec);
    if (ec)
        return Error{"config", "not an IP address: " + config.listenAddress};
    const bool tls = !config.tlsCert.empty() || !config.tlsKey.empty();
    if (tls && (config.tlsCert.empty() || config.tlsKey.empty()))
        return Error{"config", "--tls-cert and --tls-key go together"};
    if (!address.is_loopback() && !tls && !config.allowInsecureRemote)
        return Error{"config", "refusing to listen on " + config.listenAddress +
                                   " without TLS; give --tls-cert/--tls-key or --allow-insecure-remote"};
    if (tls) {
        auto ctx = makeTlsContext(config.tlsCert, config.tlsKey);
        if (!ctx)
            return ctx.error();
        impl->tls = std::move(*ctx);
    }

    auto storage = openServerStorage(config.storage);
    if (!storage)
        return Error{storage.error().code, "cannot open the " + config.storage.describe() + ": " + storage.error().message};
    // The server clock never goes back across restarts: activity stamps stay ordered.
    if (auto last = (*storage)->meta("clock"); last && *last) {
        if (auto stamp = Hlc::parse(**last))
            impl->clock.restore(*stamp);
    }
    impl->engine.setOfferDurationMs(config.offerMs);
    impl->worker = std::make_unique<StorageWorker>(std::move(*storage), impl->engine, impl->metrics);
    Impl *raw = impl.get();
    impl->worker->setLiveSink([raw](std::vector<LiveRecord> &&records, std::vector<LiveEviction> &&evictions) {
        raw->registry.fanOut(std::move(records), std::move(evictions));
    });
    impl->io = std::make_unique<IoPool>(config.threads ? config.threads
                                                       : std::max(1u, std::thread::hardware_concurrency()));
    // Each committed group goes to every io thread in commit order, and each sends its own connections' share,
    // while the storage thread goes on to the next group.
    impl->registry.runFanOutOnLanes(impl->io->size(), [raw](unsigned lane, std::function<void()> job) {
        net::post(raw->io->context(lane), std::move(job));
    });
    impl->dispatcher = std::make_unique<Dispatcher>(
        *impl->worker, impl->engine, [raw](std::function<void()> job) { net::post(raw->hashing, std::move(job)); },
        impl->loginLimiter, impl->metrics, impl->registry);
    // Several instances: a device signed out through another one is signed out here too.
    impl->worker->setSignOutSink([raw](std::vector<FeedSignOut> &&signOuts) { raw->dispatcher->signedOutElsewhere(signOuts); });
    impl->context.reset(new ServerContext{*impl->dispatcher, impl->metrics});
    // Warm the dummy hash now rather than on the first failed login.
    (void)PasswordHasher::dummyHash();

    impl->listener = std::make_shared<Listener>(*impl->io, *impl->context, impl->tls.get());
    if (std::string err = impl->listener->listen(tcp::endpoint(address, config.port)); !err.empty())
        return Error{"listen", "cannot listen on " + config.listenAddress + ":" + std::to_string(config.port) + ": " + err};
    return std::unique_ptr<Server>(new Server(std::move(impl)));
}

unsigned short Server::port() const
{
    return m_impl->listener->port();
}

void Server::run(const std::function<void(unsigned short)> &onListening)
{
    Impl &d = *m_impl;
    d.worker->start();
    d.listener->run();

    std::promise<int> stop;
    net::signal_set signals(d.io->context(0), SIGINT, SIGTERM);
    signals.async_wait([&stop](beast::error_code ec, int sig) {
        if (!ec)
            stop.set_value(sig);
    });

    d.io->run();

    spdlog::info("event=listening port={} threads={} tls={}", port(), d.io->size(), d.tls ? "on" : "off");
    onListening(port());

    const int sig = stop.get_future().get();
    spdlog::info("event=shutdown_started signal={}", sig);
    d.context->shuttingDown = true;
    d.listener->stop();
    // Everything already queued is committed and answered before the connections close.
    d.worker->drainAndStop();
    for (const auto &s : d.registry.all())
        s->closeGoingAway();
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(3);
    while (d.registry.size() > 0 && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));

    d.io->stop();
    d.hashing.join();
    spdlog::info("event=shutdown_complete");
}

} // namespace medvandrer::server
