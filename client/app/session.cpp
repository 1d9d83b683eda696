#include "app/session.h"

#include "team/invite_link.h"

#include "store/device_store.h"

namespace medvandrer {

namespace {
Session *s_session = nullptr;
}

Session::Session(QObject *parent) : QObject(parent) {}

void Session::setInstance(Session *instance)
{
    s_session = instance;
}

Session *Session::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_session);
    QJSEngine::setObjectOwnership(s_session, QJSEngine::CppOwnership);
    return s_session;
}

void Session::setDeviceStore(DeviceStore *store)
{
    if (m_store)
        m_store->disconnect(this);
    m_store = store;
    if (m_store) {
        connect(m_store, &DeviceStore::loaded, this, &Session::loadedChanged);
        connect(m_store, &DeviceStore::loaded, this, &Session::sessionChanged);
        connect(m_store, &DeviceStore::sessionChanged, this, [this] {
            if (isSignedIn() && m_store->session().hasToken) {
                setBusy(false);
                setLastError({});
            }
            Q_EMIT sessionChanged();
        });
        connect(m_store, &DeviceStore::syncStateChanged, this, &Session::syncStateChanged);
        connect(m_store, &DeviceStore::syncStateChanged, this, &Session::sessionChanged);
        connect(m_store, &DeviceStore::pendingCountChanged, this, &Session::pendingChangesChanged);
        connect(m_store, &DeviceStore::lastSyncedChanged, this, &Session::lastSyncedChanged);
        connect(m_store, &DeviceStore::syncEnabledChanged, this, &Session::workOfflineChanged);
        connect(m_store, &DeviceStore::storageFullChanged, this, &Session::storageFullChanged);
        connect(m_store, &DeviceStore::pullProgressChanged, this, &Session::syncProgressChanged);
        connect(m_store, &DeviceStore::heldCountChanged, this, &Session::heldChangesChanged);
        connect(m_store, &DeviceStore::applyHeld, this, &Session::changeHeld);
        connect(m_store, &DeviceStore::authError, this, [this](const QString &code, const QString &message) {
            setBusy(false);
            setLastError(messageFor(code, message));
        });
        connect(m_store, &DeviceStore::changesRejected, this, [this](int count, const QString &) {
            Q_EMIT changesRejected(count);
        });
    }
}

bool Session::isLoaded() const
{
    return m_store && m_store->isLoaded();
}

bool Session::isSignedIn() const
{
    return m_store && m_store->session().isSignedIn();
}

bool Session::needsLogin() const
{
    return m_store && m_store->syncState() == SyncState::NeedsLogin;
}

QString Session::username() const
{
    return m_store ? m_store->session().username : QString();
}

QString Session::displayName() const
{
    if (!m_store)
        return {};
    const auto s = m_store->session();
    return s.displayName.isEmpty() ? s.username : s.displayName;
}

QString Session::role() const
{
    return m_store ? m_store->session().role : QString();
}

QString Session::accountId() const
{
    return m_store ? m_store->session().accountId : QString();
}

QString Session::serverUrl() const
{
    return m_store ? m_store->session().serverUrl : QString();
}

Session::State Session::syncState() const
{
    return m_store ? static_cast<State>(m_store->syncState()) : Offline;
}

int Session::pendingChanges() const
{
    return m_store ? int(m_store->pendingCount()) : 0;
}

QDateTime Session::lastSynced() const
{
    return m_store ? m_store->lastSynced().toLocalTime() : QDateTime();
}

bool Session::workOffline() const
{
    return m_store && !m_store->syncEnabled();
}

void Session::setWorkOffline(bool offline)
{
    if (m_store)
        m_store->setSyncEnabled(!offline);
}

void Session::setBusy(bool busy)
{
    if (m_busy != busy) {
        m_busy = busy;
        Q_EMIT busyChanged();
    }
}

void Session::setLastError(const QString &message)
{
    if (m_lastError != message) {
        m_lastError = message;
        Q_EMIT lastErrorChanged();
    }
}

void Session::clearError()
{
    setLastError({});
}

bool Session::useInviteLink(const QString &text)
{
    const auto link = InviteLink::parse(text);
    if (!link)
        return false;
    m_inviteCode = link->code;
    m_inviteServer = link->server;
    Q_EMIT inviteChanged();
    return true;
}

void Session::login(const QString &server, const QString &username, const QString &password)
{
    if (!m_store)
        return;
    setLastError({});
    setBusy(true);
    m_store->login(server, username, password);
}

void Session::registerAccount(const QString &server, const QString &invite, const QString &username,
                              const QString &password, const QString &displayName)
{
    if (!m_store)
        return;
    setLastError({});
    setBusy(true);
    m_store->registerAccount(server, invite, username, password, displayName);
}

void Session::logOutAndForget()
{
    if (m_store)
        m_store->wipe();
}

QString Session::messageFor(const QString &code, const QString &serverMessage) const
{
    if (code == QLatin1String("auth_failed"))
        return tr("The username or password did not match.");
    if (code == QLatin1String("token_invalid") || code == QLatin1String("not_authenticated"))
        return tr("Please log in again. Everything on this device is kept.");
    if (code == QLatin1String("invite_invalid"))
        return tr("That invite code is not valid any more. Ask your team for a new one.");
    if (code == QLatin1String("username_taken"))
        return tr("That username is taken. Try another one.");
    if (code == QLatin1String("weak_password"))
        return tr("Choose a longer password.");
    if (code == QLatin1String("rate_limited"))
        return tr("Too many attempts. Wait a little and try again.");
    if (code == QLatin1String("unreachable") || code == QLatin1String("bad_url") ||
        code == QLatin1String("other_account") || code == QLatin1String("offline"))
        return serverMessage;
    return serverMessage.isEmpty() ? tr("Something went wrong. Please try again.") : serverMessage;
}

} // namespace medvandrer
