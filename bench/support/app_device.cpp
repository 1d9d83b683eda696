#include "app_device.h"

#include "sync/sync_client.h"

#include <QMetaObject>

namespace medvandrer::bench {

AppDevice::AppDevice(const std::string &path, std::shared_ptr<const ValueCipher> cipher)
{
    m_thread.setObjectName(QStringLiteral("bench-device"));
    m_thread.start();
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        m_context,
        [&] {
            auto store = RecordStore::open(path, SqliteDatabase::Durability::Full, std::move(cipher));
            if (!store) {
                m_error = store.error().message;
                return;
            }
            m_store = std::move(*store);
            m_sync = new SyncClient(m_store.get(), m_context);
            QObject::connect(m_sync, &SyncClient::stateChanged, m_context, [this](SyncState state) {
                if (state != SyncState::UpToDate)
                    return;
                std::lock_guard lock(m_mutex);
                ++m_upToDate;
                m_changed.notify_all();
            });
            QObject::connect(m_sync, &SyncClient::remoteApplied, m_context,
                             [this](const RecordBatch &changed, const QStringList &) {
                                 const auto now = Clock::now();
                                 std::lock_guard lock(m_mutex);
                                 m_merged += changed->size();
                                 m_mergedAt = now;
                                 m_changed.notify_all();
                             });
        },
        Qt::BlockingQueuedConnection);
}

AppDevice::~AppDevice()
{
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            delete m_sync; // closes the socket on its own thread
            m_sync = nullptr;
            m_store.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_context;
}

void AppDevice::run(const std::function<void(RecordStore &)> &f)
{
    QMetaObject::invokeMethod(m_context, [&] { f(*m_store); }, Qt::BlockingQueuedConnection);
}

void AppDevice::adopt(const SignedIn &signedIn, const std::string &username, unsigned short port)
{
    run([&](RecordStore &store) {
        (void)store.setSetting("accountId", signedIn.accountId);
        (void)store.setSetting("deviceId", signedIn.deviceId);
        (void)store.setSetting("token", signedIn.token);
        (void)store.setSetting("role", signedIn.role);
        (void)store.setSetting("username", username);
        (void)store.setSetting("serverUrl", "ws://127.0.0.1:" + std::to_string(port) + "/sync");
    });
}

void AppDevice::start()
{
    QMetaObject::invokeMethod(m_context, [this] { m_sync->start(); }, Qt::QueuedConnection);
}

void AppDevice::setEnabled(bool enabled)
{
    QMetaObject::invokeMethod(m_context, [this, enabled] { m_sync->setEnabled(enabled); },
                              Qt::BlockingQueuedConnection);
}

int AppDevice::upToDateCount()
{
    std::lock_guard lock(m_mutex);
    return m_upToDate;
}

bool AppDevice::waitUpToDate(int seen, std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    return m_changed.wait_for(lock, timeout, [&] { return m_upToDate > seen; });
}

size_t AppDevice::merged()
{
    std::lock_guard lock(m_mutex);
    return m_merged;
}

std::optional<Clock::time_point> AppDevice::waitMerged(size_t count, std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    if (!m_changed.wait_for(lock, timeout, [&] { return m_merged >= count; }))
        return std::nullopt;
    return m_mergedAt;
}

} // namespace medvandrer::bench
