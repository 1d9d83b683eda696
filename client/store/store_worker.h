#pragma once

#include "core/qt_records.h"

#include "lock/device_lock.h"
#include "lock/keychain_secret.h"
#include "lock/lock_plan_copy.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <deque>
#include <memory>

namespace medvandrer {

class HybridClock;
class RecordStore;
class SyncClient;
class ValueCipher;

// Lives on the store thread: owns the device's RecordStore, the clock and the SyncClient, so neither SQLite
// nor the socket ever runs on the GUI thread. Called only through DeviceStore (queued), answers by signals.
class StoreWorker : public QObject
{
    Q_OBJECT
public:
    explicit StoreWorker(QString dataDir);
    ~StoreWorker() override;

    // Opens the store, or, when the device is locked (lock.json), answers lockRequired() and waits for unlock().
    void open(bool syncEnabled);
    // The PIN/passphrase, or (withPassword) the account password for a forgotten PIN. Opens the store the first
    // time; later (the app locked again in the background) only checks the secret against the open key.
    void unlock(const QString &secret, bool withPassword);
    // Turns encryption on: a new data key, wrapped by the PIN and the account password; the store re-encrypted.
    void enableLock(const QString &secret, bool passphrase, const QString &password);
    // A new PIN (re-keying: only the wrapped key changes). `current` must open the key, unless the app was just
    // opened with the account password (a forgotten PIN).
    void changeLock(const QString &current, const QString &secret, bool passphrase);
    void disableLock(const QString &current);
    // Turning the plan on for the lock screen makes its copy (lockplan.json); without a keychain only with
    // plainAccepted (else the answer is "plan_needs_confirm"). Turning it off deletes the copy and its key.
    void setLockOptions(int lockAfterSeconds, bool planOnLockScreen, bool plainAccepted);
    // The plan as CareManager shows it, kept for the lock screen while that is on (ignored otherwise).
    void keepLockPlan(const QByteArray &planJson);
    // The lock screen's copy, readable without the PIN; answered by lockPlanRead().
    void readLockPlan();
    // Test hook: cheaper Argon2id.
    void setKdfCost(const KdfCost &cost) { m_lock.setCost(cost); }
    // Stores edits in one transaction. When the phone's disk is full they are held in memory, in order, and
    // stored as soon as there is room again (applyHeld(), then applied()); refused for good only when they can
    // never be stored (applyFailed(), in words).
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
    // A small value a part of the app keeps on the device (the walking pages' cache): in the store's settings,
    // so it is encrypted with everything else when the lock is on. Ignored while the store is not open.
    void readAppSetting(const QString &key);
    void writeAppSetting(const QString &key, const QByteArray &value);

Q_SIGNALS:
    // Opening: the stored records come as openingRecords, a few thousand at a time as they are read (the GUI takes
    // each in while the next is read), each with how many rows there are in all (an upper bound), then opened.
    void openingRecords(const medvandrer::RecordBatch &records, qint64 storedRows);
    void opened(const medvandrer::SessionInfo &session, qint64 pending, const QDateTime &lastSynced);
    void openFailed(const QString &message);
    void recordsChanged(const medvandrer::RecordBatch &records, const QStringList &evicted);
    // A local edit was committed (ticket as passed to apply()), or refused.
    void applied(quint64 ticket);
    void applyFailed(quint64 ticket, const QString &message);
    // The disk was full: this edit is held in memory and stored when there is room (then applied(ticket)).
    void applyHeld(quint64 ticket);
    // How many edits wait in memory for room on the disk (0 when all are stored).
    void heldCountChanged(int count);
    void pendingCountChanged(qint64 count);
    void sessionChanged(const medvandrer::SessionInfo &session);
    void syncStateChanged(medvandrer::SyncState state);
    void synced(const QDateTime &when);
    void authError(const QString &code, const QString &message);
    void changesRejected(int count, const QString &message);
    // No room left on this device's disk, or on the server's: writes wait, nothing unsent is lost.
    void storageFullChanged(bool onDevice, bool onServer);
    // A long pull (first sync): entries stored of about total; (0, 0) when done.
    void pullProgress(qint64 done, qint64 total);
    void wiped();
    void requestAnswered(const QString &tag, const QByteArray &body);
    void requestFailed(const QString &tag, const QString &code, const QString &message);
    void appSettingRead(const QString &key, const QByteArray &value);
    // The lock's state changed (or was read at open); nothing personal.
    void lockChanged(const medvandrer::LockInfo &info);
    void lockRequired(const medvandrer::LockInfo &info);
    // An answer to unlock(): ok, or a stable code ("wrong_secret", "wait", "key_mismatch", …) with a wait.
    void unlockAnswered(bool ok, const QString &code, qint64 waitMs, bool withPassword);
    // An answer to enableLock/changeLock/disableLock/setLockOptions.
    void lockActionDone(const QString &action, bool ok, const QString &code);
    // The copy for the lock screen: its JSON (empty when no plan is written), or a code ("keychain_…", …).
    void lockPlanRead(bool ok, const QByteArray &planJson, const QString &code);
    // keepLockPlan() could not write the copy (keychain locked, disk full): the caller tries again later.
    void lockPlanKeepFailed(const QString &code);

private:
    void openStore(std::shared_ptr<const ValueCipher> cipher);
    void resetClock();
    void followServerTime(qint64 serverNowMs);
    std::vector<Change> stamp(const std::vector<LocalEdit> &edits);
    enum class Stored { Yes, DiskFull, Refused };
    Stored store(const std::vector<LocalEdit> &edits, quint64 ticket);
    // Stores the held edits, oldest first, until the disk is full again; a retry follows while any are left.
    void storeHeld();
    void forgetHeld();

    QString m_dataDir;
    std::unique_ptr<RecordStore> m_store;
    std::unique_ptr<HybridClock> m_clock;
    SyncClient *m_sync = nullptr;
    qint64 m_clockSkewMs = 0;
    // The server's clock as last learned, and when (steady clock): while this device's clock is more than an hour
    // ahead of it, new edits are stamped at the server's time instead.
    qint64 m_serverTimeMs = 0;
    qint64 m_serverTimeLearnedAt = 0;
    bool m_syncEnabled = true;
    DeviceLock m_lock;
    KeychainSecret m_keychain;
    LockPlanCopy m_planCopy;
    LockInfo lockInfo() const;
    std::shared_ptr<const ValueCipher> m_cipher;
    bool m_openedWithPassword = false;
    // Edits typed while the disk was full, in the order they were made: nothing typed is lost while the app runs.
    struct HeldEdit
    {
        std::vector<LocalEdit> edits;
        quint64 ticket = 0;
    };
    std::deque<HeldEdit> m_held;
    QTimer *m_heldRetry = nullptr; // made on the store thread, at the first held edit
    // The password of a login in flight, kept only until the server answers: then it renews the recovery wrap.
    QString m_loginPassword;
};

} // namespace medvandrer
