// The GUI thread during a long first sync, measured in the real app (issue #16 target 3).
#include "app/first_sync_report.h"

#include "records/schema.h"
#include "store/device_store.h"
#include "store/record_store.h"

#include <QCoreApplication>
#include <QQuickWindow>

#include <algorithm>
#include <cstdio>

namespace medvandrer {

namespace {

constexpr int frameEveryMs = 16;
constexpr int beatEveryMs = 4;

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return -1;
    std::sort(values.begin(), values.end());
    const size_t at = std::min(values.size() - 1, static_cast<size_t>(p * static_cast<double>(values.size() - 1) + 0.5));
    return values[at];
}

} // namespace

FirstSyncReport::FirstSyncReport(QQuickWindow *window, DeviceStore &store, QObject *parent)
    : QObject(parent), m_window(window), m_store(store)
{
    m_frameTimer.setTimerType(Qt::PreciseTimer);
    m_frameTimer.setInterval(frameEveryMs);
    connect(&m_frameTimer, &QTimer::timeout, window, [window] { window->update(); });
    m_heartbeat.setTimerType(Qt::PreciseTimer);
    m_heartbeat.setInterval(beatEveryMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &FirstSyncReport::onBeat);
    m_settle.setSingleShot(true);
    m_settle.setInterval(500);
    connect(&m_settle, &QTimer::timeout, this, &FirstSyncReport::finish);
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(10 * 60 * 1000);
    connect(&m_deadline, &QTimer::timeout, this, [] {
        std::fprintf(stderr, "the first sync did not end\n");
        QCoreApplication::exit(2);
    });
    m_deadline.start();
    connect(window, &QQuickWindow::frameSwapped, this, &FirstSyncReport::onFrame);
    connect(&store, &DeviceStore::syncStateChanged, this, &FirstSyncReport::onSyncState);
    connect(&store, &DeviceStore::pullProgressChanged, this, [this] {
        ++m_progressUpdates;
        m_progressTotal = std::max(m_progressTotal, m_store.pullTotal());
    });
    onSyncState();
}

void FirstSyncReport::onSyncState()
{
    const SyncState state = m_store.syncState();
    if (!m_started && (state == SyncState::Connecting || state == SyncState::Syncing)) {
        m_started = true;
        m_since.start();
        m_frameTimer.start();
        m_heartbeat.start();
    }
    if (state == SyncState::Syncing)
        m_syncing = true;
    if (m_syncing && state == SyncState::UpToDate && m_syncMs < 0) {
        m_syncMs = static_cast<double>(m_since.nsecsElapsed()) / 1e6;
        m_settle.start();
    }
}

void FirstSyncReport::onFrame()
{
    if (!m_started)
        return;
    const qint64 now = m_since.nsecsElapsed();
    if (m_lastFrameNs >= 0)
        m_frameIntervals.push_back(static_cast<double>(now - m_lastFrameNs) / 1e6);
    m_lastFrameNs = now;
}

void FirstSyncReport::onBeat()
{
    const qint64 now = m_since.nsecsElapsed();
    if (m_lastBeatNs >= 0)
        m_beatGaps.push_back(static_cast<double>(now - m_lastBeatNs) / 1e6);
    m_lastBeatNs = now;
}

void FirstSyncReport::finish()
{
    m_frameTimer.stop();
    m_heartbeat.stop();
    long long records = 0;
    for (const auto &kind : allKinds())
        records += static_cast<long long>(m_store.records(kind.kind).size());
    const long long guiCalls = static_cast<long long>(RecordStore::callsOnForbiddenThread());
    std::printf("first_sync_ms=%.1f records=%lld progress_updates=%lld progress_total=%lld frames=%zu "
                "frame_interval_p50_ms=%.2f frame_interval_p99_ms=%.2f frame_interval_max_ms=%.2f "
                "gui_stall_p99_ms=%.2f gui_stall_max_ms=%.2f gui_thread_store_calls=%lld\n",
                m_syncMs, records, static_cast<long long>(m_progressUpdates), static_cast<long long>(m_progressTotal),
                m_frameIntervals.size() + 1, percentile(m_frameIntervals, 0.5), percentile(m_frameIntervals, 0.99),
                percentile(m_frameIntervals, 1.0), percentile(m_beatGaps, 0.99), percentile(m_beatGaps, 1.0), guiCalls);
    std::fflush(stdout);
    QCoreApplication::exit(guiCalls == 0 ? 0 : 3);
}

} // namespace medvandrer
