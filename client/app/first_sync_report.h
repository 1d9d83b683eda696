#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <vector>

class QQuickWindow;

namespace medvandrer {

class DeviceStore;

// --exit-after-first-sync (bench/bench_app_first_sync.cpp): from the first connection until the first sync is done,
// a frame is asked for every 16 ms (as a running animation would) and the GUI thread is timed by a heartbeat; then
// prints how long the sync took, the frame intervals and the GUI thread's longest stalls, and exits.
class FirstSyncReport : public QObject
{
    Q_OBJECT
public:
    FirstSyncReport(QQuickWindow *window, DeviceStore &store, QObject *parent = nullptr);

private:
    void onSyncState();
    void onFrame();
    void onBeat();
    void finish();

    QQuickWindow *m_window;
    DeviceStore &m_store;
    QTimer m_frameTimer;
    QTimer m_heartbeat;
    QTimer m_settle;   // frames a little after «up to date», while the pages take in the last records
    QTimer m_deadline; // a sync that never ends is an error, not a hang
    QElapsedTimer m_since; // from the first connection
    qint64 m_lastFrameNs = -1;
    qint64 m_lastBeatNs = -1;
    bool m_started = false;
    bool m_syncing = false;
    double m_syncMs = -1;
    qint64 m_progressUpdates = 0;
    qint64 m_progressTotal = 0;
    std::vector<double> m_frameIntervals;
    std::vector<double> m_beatGaps;
};

} // namespace medvandrer
