#pragma once

#include "core/qt_records.h"
#include "lock/device_lock.h"

#include <QDateTime>
#include <QObject>
#include <QThread>

#include <deque>
#include <functional>
#include <map>
#include <string_view>
#include <unordered_map>

namespace medvandrer {

class StoreWorker;

// What happened to one record, as the GUI-side cache saw it.
struct RecordEvent
{
    enum Type { Added, Changed, Removed };
    Type type;
    std::string id;
    std::string kind;
    std::string scope; // a goal's id, or the goal a step/check-in/reflection belongs to (before removal)
};

// GUI-thread face of the device store: starts the store thread, keeps an in-memory snapshot of the
// person's records that the GUI reads without waiting, and forwards edits and account actions to the
// worker. Every change reaches the snapshot only after it is committed on disk.
class DeviceStore : public QObject
{
    Q_OBJECT
public:
    explicit DeviceStore(const QString &dataDir, QObject *parent = nullptr);
    ~DeviceStore() override;

    // Opens the database on the store thread; loaded() follows.
    void open(bool syncEnabled = true);
    bool isLoaded() const { return m_loaded; }
    QString dataDir() const { return m_dataDir; }
    // The thread SQLite and the socket live on (never the GUI thread).
    QThread *storeThread() { return &m_thread; }

    const Record *record(const std::string &id) const;
    std::vector<const Record *> records(std::string_view kind) const;
    std::vector<const Record *> records(std::string_view kind, const std::string &scope) const;

    // Queues edits for the store thread; returns a ticket echoed by applied()/applyFailed().
    quint64 apply(std::vector<LocalEdit> edits);

    SessionInfo session() const { return m_session; }
    SyncState syncState() const { return m_syncState; }
    qint64 pendingCount() const { return m_pending; }
    QDateTime lastSynced() const { return m_lastSynced; }
    bool syncEnabled() const { return m_syncEnabled; }
    // The device's disk is full (a write failed for want of space), or the server's (storage_full).
    bool deviceStorageFull() const { return m_deviceFull; }
    bool serverStorageFull() const { return m_serverFull; }
    // Edits made while the disk was full, held in memory until there is room (StoreWorker::apply).
    int heldCount() const { return m_held; }
    // A long pull (first sync) under way: records stored so far of about how many; both 0 otherwise.
    qint64 pullDone() const { return m_pullDone; }
    qint64 pullTotal() const { return m_pullTotal; }

    void login(const QString &server, const QString &username, const QString &password);
    void registerAccount(const QString &server, const QString &invite, const QString &username,
                         const QString &password, const QString &displayName);
    void setSyncEnabled(bool enabled);
    void useLocalSession(const QString &username, const QString &displayName);
    void wipe();
    // Simulation hook: this device's clock runs this many ms off the real time.
    void setClockSkew(qint64 ms);
    // A request that is not a record push (docs/protocol.md §4): sent by the sync client on the store thread;
    // the answer (the whole reply frame as JSON) comes back by tag.
    void request(const QString &tag, const QByteArray &frame);
    // A part of the app's own small value, kept encrypted with the store (StoreWorker::readAppSetting).
    void readAppSetting(const QString &key);
    void writeAppSetting(const QString &key, const QByteArray &value);

    // The app lock (client/lock/app_lock.h drives these; the work runs on the store thread).
    LockInfo lockInfo() const { return m_lockInfo; }
    // True from start until the first unlock when the device is locked: the store is not open yet.
    bool waitingForKey() const { return m_waitingForKey; }
    void unlock(const QString &secret, bool withPassword);
    void enableLock(const QString &secret, bool passphrase, const QString &password);
    void changeLock(const QString &current, const QString &secret, bool passphrase);
    void disableLock(const QString &current);
    void setLockOptions(int lockAfterSeconds, bool planOnLockScreen, bool plainAccepted = false);
    void keepLockPlan(const QByteArray &planJson);
    void readLockPlan();
    // Tests: a cheaper Argon2id, before open().
    void setKdfCost(const KdfCost &cost);

Q_SIGNALS:
    void loaded();
    void openFailed(const QString &message);
    // The last slice of a long batch of records (a first sync's pages) is in the snapshot.
    void caughtUp();
    void recordsUpdated(const std::vector<medvandrer::RecordEvent> &events);
    void applied(quint64 ticket);
    void applyFailed(quint64 ticket, const QString &message);
    // The disk is full: this edit waits in memory and is stored when there is room; applied() follows then.
    void applyHeld(quint64 ticket);
    void heldCountChanged();
    void sessionChanged();
    void syncStateChanged();
    void pendingCountChanged();
    void lastSyncedChanged();
    void syncEnabledChanged();
    void authError(const QString &code, const QString &message);
    void changesRejected(int count, const QString &message);
    void storageFullChanged();
    void pullProgressChanged();
    void requestAnswered(const QString &tag, const QByteArray &body);
    void requestFailed(const QString &tag, const QString &code, const QString &message);
    void appSettingRead(const QString &key, const QByteArray &value);
    // The device's data was wiped (log out for good, account deleted).
    void wiped();
    void lockInfoChanged();
    // At start, with a lock set: the store waits for unlock().
    void lockRequired();
    void unlockAnswered(bool ok, const QString &code, qint64 waitMs, bool withPassword);
    void lockActionDone(const QString &action, bool ok, const QString &code);
    void lockPlanRead(bool ok, const QByteArray &planJson, const QString &code);
    void lockPlanKeepFailed(const QString &code);

public:
    // Records from the store thread wait to be merged (a long page is taken in a slice at a time).
    bool catchingUp() const { return !m_incoming.empty(); }

private:
    // A page of many records is merged a slice at a time, one slice per turn of the event loop, so a long first
    // sync leaves the GUI thread free for frames between slices. Everything after it from the store thread (an
    // edit's answer, the sync state, a wipe) waits its turn: the order is the store thread's.
    static constexpr size_t mergeSlice = 250;
    struct Incoming
    {
        std::vector<Record> records;
        QStringList evicted; // applied after the last slice
        size_t next = 0;     // the first record not merged yet
        std::function<void()> then; // or a step that waits for the records before it
    };
    void receive(const RecordBatch &records, const QStringList &evicted);
    void inOrder(std::function<void()> step);
    void drainSoon();
    void drainIncoming();
    void forgetRecords();
    // Moves the records into the snapshot, then drops the evicted ids; one recordsUpdated for all of it, or, with
    // keepEvents, the events kept there to be sent later (the store's opening).
    void mergeRange(std::vector<Record>::iterator from, std::vector<Record>::iterator to, const QStringList &evicted,
                    std::vector<RecordEvent> *keepEvents = nullptr);
    template <typename F>
    void onWorker(F &&f);

    QString m_dataDir;
    QThread m_thread;
    StoreWorker *m_worker = nullptr;
    bool m_loaded = false;
    std::deque<Incoming> m_incoming;
    bool m_drainPosted = false;
    qint64 m_pullDone = 0;
    qint64 m_pullTotal = 0;
    std::unordered_map<std::string, Record> m_records;
    std::vector<RecordEvent> m_openingEvents; // of the records taken in while the store opens
    // kind → scope → m_records' entries by id: pages ask by kind (and goal) many times per update, and a long-used
    // phone holds 100,000 records, so a query must not walk them all. The ids are views of m_records' own keys and
    // the values its records (an unordered_map's nodes never move): no second copy of every id.
    std::unordered_map<std::string, std::map<std::string, std::map<std::string_view, const Record *>>> m_index;
    void unindexRecord(const Record &rec);
    SessionInfo m_session;
    SyncState m_syncState = SyncState::Offline;
    qint64 m_pending = 0;
    QDateTime m_lastSynced;
    bool m_syncEnabled = true;
    bool m_deviceFull = false;
    bool m_serverFull = false;
    int m_held = 0;
    quint64 m_nextTicket = 0;
    LockInfo m_lockInfo;
    bool m_waitingForKey = false;
};

} // namespace medvandrer
