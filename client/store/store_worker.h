#pragma once

#include "core/qt_records.h"

#include <QObject>
#include <QString>

#include <memory>

namespace medvandrer {

class HybridClock;
class RecordStore;
class SyncClient;

// Lives on the store thread: owns the device's RecordStore, the clock and the SyncClient, so neither SQLite
// nor the socket ever runs on the GUI thread. Called only through DeviceStore (queued), answers by signals.
class StoreWorker : public QObject
{
    Q_OBJECT
public:
    explicit StoreWorker(QString dataDir);
    ~StoreWorker() override;

    void open(bool syncEnabled);
    void apply(const std::vector<LocalEdit> &edits, quint64 ticket);
    void login(const QString &server, const QString &username, const QString &password);
    void registerAccount(const QString &server, const QString &invite, const QString &username,
                         const QString &password, const QString &displayName);
    void setSyncEnabled(bool enabled);
    // Demo and screenshot mode: a signed-in session with no server.
    void useLocalSession(const QString &username, const QString &displayName);
    // Forget this person's data on the device (log out for good).
    void wipe();
    // Offsets this device's physical clock (tests and the sync simulation: a phone whose clock is wrong).
    void setClockSkew(qint64 ms);
    // A request that is not a record push (frame as compact JSON); the answer comes back by tag.
    void request(const QString &tag, const QByteArray &frame);

Q_SIGNALS:
    void opened(const std::vector<medvandrer::Record> &records, const medvandrer::SessionInfo &session,
                qint64 pending, const QDateTime &lastSynced);
    void openFailed(const QString &message);
    void recordsChanged(const std::vector<medvandrer::Record> &records, const QStringList &evicted);
    // A local edit was committed (ticket as passed to apply()), or refused.
    void applied(quint64 ticket);
    void applyFailed(quint64 ticket, const QString &message);
    void pendingCountChanged(qint64 count);
    void sessionChanged(const medvandrer::SessionInfo &session);
    void syncStateChanged(medvandrer::SyncState state);
    void synced(const QDateTime &when);
    void authError(const QString &code, const QString &message);
    void changesRejected(int count, const QString &message);
    void wiped();
    void requestAnswered(const QString &tag, const QByteArray &body);
    void requestFailed(const QString &tag, const QString &code, const QString &message);

private:
    void resetClock();
    std::vector<Change> stamp(const std::vector<LocalEdit> &edits);

    QString m_dataDir;
    std::unique_ptr<RecordStore> m_store;
    std::unique_ptr<HybridClock> m_clock;
    SyncClient *m_sync = nullptr;
    qint64 m_clockSkewMs = 0;
};

} // namespace medvandrer
