#pragma once

#include "lock/device_lock.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>
#include <QVariant>

namespace medvandrer {

class DeviceStore;

// The app lock for QML: locked at start and after the chosen time in the background, the window covered while
// the app is not in front (the task switcher's picture), wrong secrets slowed down. Holds no key and no secret:
// every secret goes to the store thread at once (DeviceStore), where the Argon2id work and lock.json live.
//
// The plan for hard days on the lock screen: with planOnLockScreen on, the store thread keeps one copy of the plan
// (client/lock/lock_plan_copy.h) that openPlan() reads without the PIN; planCopy then holds it for the lock
// screen's read-only PlanPage until closePlan(). Without a keychain, turning it on first asks planNeedsConfirm.
class AppLock : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool enabled READ isEnabled NOTIFY infoChanged)
    Q_PROPERTY(bool passphrase READ isPassphrase NOTIFY infoChanged)
    Q_PROPERTY(bool recoveryAvailable READ recoveryAvailable NOTIFY infoChanged)
    Q_PROPERTY(int lockAfterSeconds READ lockAfterSeconds WRITE setLockAfterSeconds NOTIFY infoChanged)
    Q_PROPERTY(bool planOnLockScreen READ planOnLockScreen WRITE setPlanOnLockScreen NOTIFY infoChanged)
    // The keychain answered when the PIN was set: the plan's copy will be sealed with a key kept there.
    Q_PROPERTY(bool keychainAvailable READ keychainAvailable NOTIFY infoChanged)
    // The plan's copy is on and kept in plain text (no keychain; the person confirmed it).
    Q_PROPERTY(bool planCopyPlain READ planCopyPlain NOTIFY infoChanged)
    // Turning the plan on found no keychain: the settings ask the person to confirm a plain copy.
    Q_PROPERTY(bool planNeedsConfirm READ planNeedsConfirm NOTIFY planNeedsConfirmChanged)
    // The plan as read for the lock screen ({} when none is written); null when not open.
    Q_PROPERTY(QVariant planCopy READ planCopy NOTIFY planCopyChanged)
    Q_PROPERTY(bool planLoading READ planLoading NOTIFY planCopyChanged)
    Q_PROPERTY(QString planError READ planError NOTIFY planCopyChanged)
    Q_PROPERTY(bool locked READ isLocked NOTIFY lockedChanged)
    // Locked, or the app is not in front with a lock set: nothing of the pages may show.
    Q_PROPERTY(bool shielded READ isShielded NOTIFY shieldedChanged)
    // The app is in front (Qt.application.state); the lock screen closes the plan when it is not (task switcher).
    Q_PROPERTY(bool inFront READ isInFront NOTIFY inFrontChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(int waitSeconds READ waitSeconds NOTIFY waitSecondsChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    // Opened with the account password: the lock screen asks for a new PIN.
    Q_PROPERTY(bool choosingNewPin READ choosingNewPin NOTIFY choosingNewPinChanged)
    Q_PROPERTY(QString keychainStatus READ keychainStatus NOTIFY keychainStatusChanged)
public:
    explicit AppLock(QObject *parent);

    void setDeviceStore(DeviceStore *store);
    static void setInstance(AppLock *instance);
    static AppLock *create(QQmlEngine *, QJSEngine *);

    bool isEnabled() const { return m_info.enabled; }
    bool isPassphrase() const { return m_info.passphrase; }
    bool recoveryAvailable() const { return m_info.recovery; }
    int lockAfterSeconds() const { return m_info.lockAfterSeconds; }
    void setLockAfterSeconds(int seconds);
    bool planOnLockScreen() const { return m_info.planOnLockScreen; }
    void setPlanOnLockScreen(bool on);
    bool keychainAvailable() const { return m_info.deviceSecret; }
    bool planCopyPlain() const { return m_info.planCopyPlain; }
    bool planNeedsConfirm() const { return m_planNeedsConfirm; }
    QVariant planCopy() const { return m_planCopy; }
    bool planLoading() const { return m_planLoading; }
    QString planError() const { return m_planError; }
    bool isLocked() const { return m_locked; }
    bool isShielded() const { return m_locked || (m_info.enabled && !m_inFront); }
    bool isInFront() const { return m_inFront; }
    bool isBusy() const { return m_busy; }
    int waitSeconds() const { return m_waitSeconds; }
    QString message() const { return m_message; }
    bool choosingNewPin() const { return m_choosingNewPin; }
    QString keychainStatus() const { return m_keychainStatus; }
    void setKeychainStatus(const QString &status);

    Q_INVOKABLE void unlock(const QString &secret);
    Q_INVOKABLE void unlockWithPassword(const QString &password);
    // Validates and turns the lock on; false (and message) when the PIN or passphrase is not acceptable.
    Q_INVOKABLE bool setUp(const QString &secret, const QString &repeated, bool passphrase, const QString &password);
    Q_INVOKABLE bool change(const QString &current, const QString &secret, const QString &repeated, bool passphrase);
    Q_INVOKABLE void turnOff(const QString &current);
    Q_INVOKABLE void lockNow();
    Q_INVOKABLE void skipNewPin();
    // Reads the lock screen's copy (store thread); planCopy follows.
    Q_INVOKABLE void openPlan();
    // Forgets the plan's text shown on the lock screen.
    Q_INVOKABLE void closePlan();
    // After planNeedsConfirm: keep the copy in plain text after all, or leave the setting off.
    Q_INVOKABLE void confirmPlainPlan();
    Q_INVOKABLE void cancelPlainPlan();
    Q_INVOKABLE void clearMessage();
    // What the platform reports (Qt.application.state); public so a test can play the task switcher.
    Q_INVOKABLE void noteApplicationState(int state);

Q_SIGNALS:
    void infoChanged();
    void planNeedsConfirmChanged();
    void planCopyChanged();
    void lockedChanged();
    void shieldedChanged();
    void inFrontChanged();
    void busyChanged();
    void waitSecondsChanged();
    void messageChanged();
    void choosingNewPinChanged();
    void keychainStatusChanged();
    void unlocked();
    // enableLock/changeLock/disableLock finished ("enable", "change", "disable", "options").
    void actionFinished(const QString &action, bool ok);

private:
    QString validate(const QString &secret, const QString &repeated, bool passphrase) const;
    void setLocked(bool locked);
    void setBusy(bool busy);
    void setMessage(const QString &message);
    void setInFront(bool inFront);
    void updateWait();
    QString messageFor(const QString &code) const;
    void setPlanNeedsConfirm(bool needed);

    QPointer<DeviceStore> m_store;
    LockInfo m_info;
    bool m_planNeedsConfirm = false;
    QVariant m_planCopy;
    bool m_planLoading = false;
    QString m_planError;
    bool m_locked = false;
    bool m_inFront = true;
    bool m_busy = false;
    int m_waitSeconds = 0;
    QString m_message;
    bool m_choosingNewPin = false;
    QString m_keychainStatus;
    QElapsedTimer m_inBackground;
    QTimer m_waitTimer;
};

} // namespace medvandrer
