#include "lock/app_lock.h"

#include "store/device_store.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace medvandrer {

namespace {
AppLock *s_appLock = nullptr;
constexpr int minPinDigits = 4;
constexpr int maxPinDigits = 12;
constexpr int minPassphraseLength = 6;
} // namespace

AppLock::AppLock(QObject *parent) : QObject(parent)
{
    m_waitTimer.setInterval(1000);
    connect(&m_waitTimer, &QTimer::timeout, this, &AppLock::updateWait);
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        connect(app, &QGuiApplication::applicationStateChanged, this,
                [this](Qt::ApplicationState state) { noteApplicationState(int(state)); });
    }
}

void AppLock::setInstance(AppLock *instance)
{
    s_appLock = instance;
}

AppLock *AppLock::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_appLock);
    QJSEngine::setObjectOwnership(s_appLock, QJSEngine::CppOwnership);
    return s_appLock;
}

void AppLock::setDeviceStore(DeviceStore *store)
{
    if (m_store)
        m_store->disconnect(this);
    m_store = store;
    if (!m_store)
        return;
    auto takeInfo = [this] {
        const bool wasShielded = isShielded();
        m_info = m_store->lockInfo();
        Q_EMIT infoChanged();
        updateWait();
        if (!m_info.enabled)
            setLocked(false);
        setKeychainStatus(!m_info.enabled        ? QString()
                          : m_info.deviceSecret ? tr("The PIN's key is also bound to this phone's keychain.")
                                                : tr("No keychain answered on this device, so the PIN alone protects the key."));
        if (wasShielded != isShielded())
            Q_EMIT shieldedChanged();
    };
    connect(m_store, &DeviceStore::lockInfoChanged, this, takeInfo);
    connect(m_store, &DeviceStore::lockRequired, this, [this] { setLocked(true); });
    connect(m_store, &DeviceStore::unlockAnswered, this,
            [this](bool ok, const QString &code, qint64 waitMs, bool withPassword) {
                setBusy(false);
                if (ok) {
                    setMessage({});
                    if (withPassword && !m_choosingNewPin) {
                        m_choosingNewPin = true;
                        Q_EMIT choosingNewPinChanged();
                    }
                    setLocked(false);
                    Q_EMIT unlocked();
                    return;
                }
                setMessage(messageFor(code));
                if (waitMs > 0)
                    updateWait();
            });
    connect(m_store, &DeviceStore::lockPlanRead, this, [this](bool ok, const QByteArray &json, const QString &code) {
        if (!m_planLoading)
            return; // closed before the answer came
        m_planLoading = false;
        m_planCopy = ok ? QVariant(QJsonDocument::fromJson(json).object().toVariantMap()) : QVariant();
        m_planError = ok ? QString()
                    : code.startsWith(QLatin1String("keychain_"))
                        ? tr("The phone's keychain did not answer, so your plan cannot be shown now. The emergency numbers are below.")
                        : tr("Your plan could not be shown. The emergency numbers are below.");
        Q_EMIT planCopyChanged();
    });
    connect(m_store, &DeviceStore::lockActionDone, this, [this](const QString &action, bool ok, const QString &code) {
        if (action == QLatin1String("options") && code == QLatin1String("plan_needs_confirm")) {
            setBusy(false);
            setPlanNeedsConfirm(true);
            Q_EMIT actionFinished(action, false);
            return;
        }
        setBusy(false);
        if (ok && action == QLatin1String("change") && m_choosingNewPin) {
            m_choosingNewPin = false;
            Q_EMIT choosingNewPinChanged();
        }
        setMessage(ok ? QString() : messageFor(code));
        Q_EMIT actionFinished(action, ok);
    });
    if (m_store->waitingForKey())
        setLocked(true);
    takeInfo();
}

void AppLock::setLockAfterSeconds(int seconds)
{
    seconds = std::clamp(seconds, 0, 24 * 3600);
    if (m_store && m_info.enabled && seconds != m_info.lockAfterSeconds)
        m_store->setLockOptions(seconds, m_info.planOnLockScreen, false);
}

void AppLock::setPlanOnLockScreen(bool on)
{
    setPlanNeedsConfirm(false);
    if (m_store && m_info.enabled && on != m_info.planOnLockScreen)
        m_store->setLockOptions(m_info.lockAfterSeconds, on, false);
}

void AppLock::confirmPlainPlan()
{
    setPlanNeedsConfirm(false);
    if (m_store && m_info.enabled && !m_info.planOnLockScreen)
        m_store->setLockOptions(m_info.lockAfterSeconds, true, true);
}

void AppLock::cancelPlainPlan()
{
    setPlanNeedsConfirm(false);
}

void AppLock::setPlanNeedsConfirm(bool needed)
{
    if (needed != m_planNeedsConfirm) {
        m_planNeedsConfirm = needed;
        Q_EMIT planNeedsConfirmChanged();
    }
}

void AppLock::setKeychainStatus(const QString &status)
{
    if (status != m_keychainStatus) {
        m_keychainStatus = status;
        Q_EMIT keychainStatusChanged();
    }
}

QString AppLock::validate(const QString &secret, const QString &repeated, bool passphrase) const
{
    if (passphrase) {
        if (secret.size() < minPassphraseLength)
            return tr("Choose a passphrase of at least %n character(s).", "", minPassphraseLength);
    } else {
        const bool digits = std::all_of(secret.begin(), secret.end(), [](QChar c) { return c.isDigit(); });
        if (!digits || secret.size() < minPinDigits || secret.size() > maxPinDigits)
            return tr("A PIN is %1 to %2 digits.").arg(minPinDigits).arg(maxPinDigits);
    }
    if (secret != repeated)
        return passphrase ? tr("The two passphrases are not the same.") : tr("The two PINs are not the same.");
    return {};
}

void AppLock::unlock(const QString &secret)
{
    if (!m_store || m_busy || secret.isEmpty())
        return;
    if (m_waitSeconds > 0) {
        setMessage(messageFor(QStringLiteral("wait")));
        return;
    }
    setBusy(true);
    m_store->unlock(secret, false);
}

void AppLock::unlockWithPassword(const QString &password)
{
    if (!m_store || m_busy || password.isEmpty())
        return;
    if (!m_info.recovery) {
        setMessage(tr("This device has no password key. Only the PIN opens it."));
        return;
    }
    if (m_waitSeconds > 0) {
        setMessage(messageFor(QStringLiteral("wait")));
        return;
    }
    setBusy(true);
    m_store->unlock(password, true);
}

bool AppLock::setUp(const QString &secret, const QString &repeated, bool passphrase, const QString &password)
{
    if (!m_store || m_busy)
        return false;
    QString problem = validate(secret, repeated, passphrase);
    if (problem.isEmpty() && password.isEmpty())
        problem = tr("Type your account password too: it opens the app if you forget the PIN.");
    if (!problem.isEmpty()) {
        setMessage(problem);
        return false;
    }
    setMessage({});
    setBusy(true);
    m_store->enableLock(secret, passphrase, password);
    return true;
}

bool AppLock::change(const QString &current, const QString &secret, const QString &repeated, bool passphrase)
{
    if (!m_store || m_busy)
        return false;
    const QString problem = validate(secret, repeated, passphrase);
    if (!problem.isEmpty()) {
        setMessage(problem);
        return false;
    }
    setMessage({});
    setBusy(true);
    m_store->changeLock(current, secret, passphrase);
    return true;
}

void AppLock::turnOff(const QString &current)
{
    if (!m_store || m_busy)
        return;
    setBusy(true);
    m_store->disableLock(current);
}

void AppLock::lockNow()
{
    if (m_info.enabled)
        setLocked(true);
}

void AppLock::skipNewPin()
{
    if (m_choosingNewPin) {
        m_choosingNewPin = false;
        Q_EMIT choosingNewPinChanged();
    }
}

void AppLock::openPlan()
{
    if (!m_store || !m_info.planOnLockScreen || m_planLoading)
        return;
    m_planLoading = true;
    m_planCopy = QVariant();
    m_planError.clear();
    Q_EMIT planCopyChanged();
    m_store->readLockPlan();
}

void AppLock::closePlan()
{
    if (m_planCopy.isNull() && !m_planLoading && m_planError.isEmpty())
        return;
    m_planLoading = false;
    m_planCopy = QVariant();
    m_planError.clear();
    Q_EMIT planCopyChanged();
}

void AppLock::clearMessage()
{
    setMessage({});
}

void AppLock::noteApplicationState(int state)
{
    const bool inFront = state == Qt::ApplicationActive;
    if (!inFront && m_inFront) {
        m_inBackground.start();
        if (m_info.enabled && m_info.lockAfterSeconds == 0)
            setLocked(true);
    } else if (inFront && !m_inFront && m_info.enabled && m_inBackground.isValid() &&
               m_inBackground.elapsed() >= qint64(m_info.lockAfterSeconds) * 1000) {
        setLocked(true);
    }
    setInFront(inFront);
}

void AppLock::setInFront(bool inFront)
{
    if (inFront == m_inFront)
        return;
    const bool wasShielded = isShielded();
    m_inFront = inFront;
    // The task switcher's picture never holds the plan's text.
    if (!inFront)
        closePlan();
    Q_EMIT inFrontChanged();
    if (wasShielded != isShielded())
        Q_EMIT shieldedChanged();
}

void AppLock::setLocked(bool locked)
{
    if (locked == m_locked)
        return;
    const bool wasShielded = isShielded();
    m_locked = locked;
    if (!locked)
        closePlan();
    Q_EMIT lockedChanged();
    if (wasShielded != isShielded())
        Q_EMIT shieldedChanged();
}

void AppLock::setBusy(bool busy)
{
    if (busy != m_busy) {
        m_busy = busy;
        Q_EMIT busyChanged();
    }
}

void AppLock::setMessage(const QString &message)
{
    if (message != m_message) {
        m_message = message;
        Q_EMIT messageChanged();
    }
}

void AppLock::updateWait()
{
    const qint64 left = m_info.notBeforeMs - QDateTime::currentMSecsSinceEpoch();
    const int seconds = left > 0 ? int((left + 999) / 1000) : 0;
    if (seconds != m_waitSeconds) {
        m_waitSeconds = seconds;
        Q_EMIT waitSecondsChanged();
    }
    if (seconds > 0 && !m_waitTimer.isActive())
        m_waitTimer.start();
    else if (seconds == 0)
        m_waitTimer.stop();
}

QString AppLock::messageFor(const QString &code) const
{
    if (code == QLatin1String("wrong_secret")) {
        if (m_info.passphrase)
            return tr("That passphrase did not open the app. Nothing has been deleted.");
        return tr("That PIN did not open the app. Nothing has been deleted.");
    }
    if (code == QLatin1String("wait"))
        return tr("Wait a little before the next try. Nothing has been deleted.");
    if (code == QLatin1String("key_mismatch"))
        return tr("That did not open this device's data.");
    if (code.startsWith(QLatin1String("keychain_")))
        return tr("The phone's keychain did not answer, so the PIN cannot open the app now. Use your password.");
    if (code == QLatin1String("storage_full"))
        return tr("The phone's storage is full. Free some space and try again.");
    return tr("Something went wrong. Please try again.");
}

} // namespace medvandrer
