#pragma once

#include "bench_support.h"
#include "core/qt_records.h"
#include "crypto/value_cipher.h"
#include "store/record_store.h"

#include <QObject>
#include <QThread>

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>

namespace medvandrer {
class SyncClient;
}

namespace medvandrer::bench {

// One device as the app runs it (issue #16): its RecordStore and the app's own SyncClient on a thread of their
// own with an event loop, exactly as StoreWorker keeps them (client/store/store_worker.cpp), talking to the real
// server over a QWebSocket. The bench drives it from its main thread and waits on what the client reports.
class AppDevice
{
public:
    AppDevice(const std::string &path, std::shared_ptr<const ValueCipher> cipher = nullptr);
    ~AppDevice();
    AppDevice(const AppDevice &) = delete;
    AppDevice &operator=(const AppDevice &) = delete;

    bool isOpen() const { return m_store != nullptr; }
    const std::string &error() const { return m_error; }

    // Runs f on the device's thread (the store's and the client's) and waits for it.
    void run(const std::function<void(RecordStore &)> &f);
    // Makes this device the one `signedIn` logged in (the settings a login leaves), without a login of its own:
    // start() then resumes with the token, as the app does after a restart.
    void adopt(const SignedIn &signedIn, const std::string &username, unsigned short port);
    void start();
    void setEnabled(bool enabled);

    // How many times the client said up to date so far; waitUpToDate waits for more than `seen`.
    int upToDateCount();
    bool waitUpToDate(int seen, std::chrono::milliseconds timeout);
    // Records merged from the server so far (pulled or live, as remoteApplied reported them).
    size_t merged();
    // Waits until `count` records were merged; the time the last of them was committed.
    std::optional<Clock::time_point> waitMerged(size_t count, std::chrono::milliseconds timeout);

private:
    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread
    std::unique_ptr<RecordStore> m_store;
    SyncClient *m_sync = nullptr;
    std::string m_error;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    int m_upToDate = 0;
    size_t m_merged = 0;
    Clock::time_point m_mergedAt{};
};

} // namespace medvandrer::bench
