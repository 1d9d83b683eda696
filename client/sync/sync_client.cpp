#include "sync/sync_client.h"

#include "protocol/error_codes.h"
#include "protocol/messages.h"
#include "protocol/server_frame.h"
#include "store/record_store.h"

#include <QLoggingCategory>

#include <limits>
#include <set>

namespace medvandrer {

Q_LOGGING_CATEGORY(lcSync, "medvandrer.sync")

namespace {
constexpr auto syncPath = "/sync";
constexpr int requestTimeoutMs = 30000;
// The largest page the protocol allows (the server still ends one near 1 MiB): each page is one durable transaction
// and one round trip, so a first sync of 100,000 records commits 50 times instead of 200.
constexpr size_t pullLimit = protocol::maxPullLimit;

bool isAuthCode(const std::string &code)
{
    return code == errc::authFailed || code == errc::tokenInvalid || code == errc::inviteInvalid ||
           code == errc::usernameTaken || code == errc::weakPassword || code == errc::notAuthenticated;
}
} // namespace

SyncClient::SyncClient(RecordStore *store, QObject *parent) : QObject(parent), m_store(store)
{
    m_socket = new QWebSocket(QStringLiteral("medvandrer-app"), QWebSocketProtocol::VersionLatest, this);
    // The parser's limit for server frames: a larger one closes the connection rather than being read and dropped.
    m_socket->setMaxAllowedIncomingMessageSize(protocol::maxServerFrameBytes);
    connect(m_socket, &QWebSocket::connected, this, &SyncClient::onConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &SyncClient::onDisconnected);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &SyncClient::onTextMessage);
    // Qt 6.4 names this signal error(); errorOccurred() came in 6.5.
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError) {
                qCDebug(lcSync) << "socket error" << m_socket->errorString();
                onDisconnected();
            });

    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &SyncClient::start);
    m_watchdog.setSingleShot(true);
    m_watchdog.setInterval(requestTimeoutMs);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        qCWarning(lcSync) << "no answer from the server, reconnecting";
        m_socket->abort();
        onDisconnected();
    });
    // Coalesces a burst of edits (a reorder, five quick check-ins) into one push.
    m_pushSoon.setSingleShot(true);
    m_pushSoon.setInterval(150);
    m_pushRetry.setSingleShot(true);
    connect(&m_pushRetry, &QTimer::timeout, this, [this] {
        if (m_phase == Phase::Idle)
            pushNext();
    });
    connect(&m_pushSoon, &QTimer::timeout, this, [this] {
        // While the server's disk is full the retry timer's backoff decides when to push, not each new edit.
        // While pushing or pulling, the next push (or becomeIdle) reads the outbox anyway.
        if (m_phase == Phase::Idle && !m_pushRetry.isActive())
            pushNext();
    });
}

SyncClient::~SyncClient()
{
    m_socket->disconnect(this);
    m_socket->abort();
}

QUrl SyncClient::normalizeServerUrl(const QString &text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    if (!t.contains(QLatin1String("://")))
        t.prepend(QLatin1String("ws://"));
    QUrl url(t, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return {};
    if (url.scheme() == QLatin1String("http"))
        url.setScheme(QStringLiteral("ws"));
    else if (url.scheme() == QLatin1String("https"))
        url.setScheme(QStringLiteral("wss"));
    if (url.scheme() != QLatin1String("ws") && url.scheme() != QLatin1String("wss"))
        return {};
    if (url.path().isEmpty() || url.path() == QLatin1String("/"))
        url.setPath(QLatin1String(syncPath));
    return url;
}

SessionInfo SyncClient::session() const
{
    SessionInfo s;
    s.accountId = qs(m_store->setting("accountId").value_or(""));
    s.deviceId = qs(m_store->setting("deviceId").value_or(""));
    s.username = qs(m_store->setting("username").value_or(""));
    s.displayName = qs(m_store->setting("displayName").value_or(""));
    s.role = qs(m_store->setting("role").value_or(""));
    s.serverUrl = qs(m_store->setting("serverUrl").value_or(""));
    s.hasToken = !m_store->setting("token").value_or("").empty();
    return s;
}

void SyncClient::setState(SyncState state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void SyncClient::start()
{
    m_reconnectTimer.stop();
    if (!m_enabled || m_phase != Phase::Closed)
        return;
    if (m_pendingAuth) {
        openSocket(m_pendingAuthServers.at(m_serverTry));
        return;
    }
    const SessionInfo s = session();
    if (!s.hasToken) {
        setState(s.isSignedIn() ? SyncState::NeedsLogin : SyncState::Offline);
        return;
    }
    const QUrl url = ServerAddresses::parse(s.serverUrl).at(m_serverTry);
    if (!url.isValid()) {
        setState(SyncState::Offline);
        return;
    }
    openSocket(url);
}

void SyncClient::setEnabled(bool enabled)
{
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    if (enabled) {
        m_backoff.reset();
        start();
    } else {
        m_reconnectTimer.stop();
        closeSocket();
        failPendingAuth(QStringLiteral("offline"), tr("Working offline"));
        setState(SyncState::Offline);
    }
}

void SyncClient::login(const QString &server, const QString &username, const QString &password,
                       const QString &deviceName)
{
    const ServerAddresses servers = ServerAddresses::parse(server);
    if (servers.isEmpty()) {
        Q_EMIT authError(QStringLiteral("bad_url"), tr("That server address does not look right."));
        return;
    }
    m_pendingAuth = Json{{"type", protocol::type::login},
                         {"username", ss(username.trimmed())},
                         {"password", ss(password)},
                         {"deviceName", ss(deviceName)}};
    m_pendingAuthServers = servers;
    m_serverTry = 0;
    m_authTries = 0;
    closeSocket();
    m_enabled = true;
    m_backoff.reset();
    start();
}

void SyncClient::registerAccount(const QString &server, const QString &invite, const QString &username,
                                 const QString &password, const QString &displayName, const QString &deviceName)
{
    const ServerAddresses servers = ServerAddresses::parse(server);
    if (servers.isEmpty()) {
        Q_EMIT authError(QStringLiteral("bad_url"), tr("That server address does not look right."));
        return;
    }
    m_pendingAuth = Json{{"type", protocol::type::registerAccount},
                         {"invite", ss(invite.trimmed())},
                         {"username", ss(username.trimmed())},
                         {"password", ss(password)},
                         {"displayName", ss(displayName.trimmed())},
                         {"deviceName", ss(deviceName)}};
    m_pendingAuthServers = servers;
    m_serverTry = 0;
    m_authTries = 0;
    closeSocket();
    m_enabled = true;
    m_backoff.reset();
    start();
}

void SyncClient::forgetSession()
{
    m_pendingAuth.reset();
    closeSocket();
    endPullProgress();
    setState(SyncState::Offline);
}

void SyncClient::endPullProgress()
{
    const bool shown = m_pullTotal > 0;
    m_pullDone = 0;
    m_pullTotal = 0;
    if (shown)
        Q_EMIT pullProgress(0, 0);
}

void SyncClient::outboxChanged()
{
    emitPending();
    m_pushSoon.start();
}

void SyncClient::request(const QString &tag, const Json &frame)
{
    const bool signedIn = m_phase == Phase::Pushing || m_phase == Phase::Pulling || m_phase == Phase::Idle;
    if (!signedIn || !frame.is_object()) {
        Q_EMIT requestFailed(tag, QStringLiteral("offline"), tr("Not connected to the server."));
        return;
    }
    Json out = frame;
    out["rid"] = nextRid();
    m_requests[out["rid"].get<std::string>()] = tag;
    send(out);
}

void SyncClient::failOpenRequests()
{
    auto open = std::exchange(m_requests, {});
    for (const auto &[rid, tag] : open)
        Q_EMIT requestFailed(tag, QStringLiteral("offline"), tr("The connection was lost."));
}

void SyncClient::openSocket(const QUrl &url)
{
    m_phase = Phase::Opening;
    setState(SyncState::Connecting);
    qCDebug(lcSync) << "connecting to" << url.toString();
    m_socket->open(url);
    armWatchdog();
}

void SyncClient::closeSocket()
{
    m_watchdog.stop();
    m_pushSoon.stop();
    m_pushRetry.stop();
    m_pushes.clear();
    m_sentUpTo = 0;
    m_skewPending = false;
    m_requestRid.clear();
    m_phase = Phase::Closed;
    failOpenRequests();
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->abort();
}

void SyncClient::onConnected()
{
    m_phase = Phase::Hello;
    send(Json{{"type", protocol::type::hello},
              {"rid", nextRid()},
              {"protocol", protocol::version},
              {"client", "medvandrer-app/0.1"}});
    armWatchdog();
}

void SyncClient::onDisconnected()
{
    if (m_phase == Phase::Closed)
        return;
    const bool wasConnecting = m_phase == Phase::Opening || m_phase == Phase::Hello;
    closeSocket();
    // The next connect tries the next address (one address: the same again).
    ++m_serverTry;
    if (m_pendingAuth && wasConnecting && ++m_authTries < m_pendingAuthServers.size()) {
        // A login or registration tries each address once before it fails; from the event loop, not from inside
        // the socket's own signal.
        m_reconnectTimer.start(0);
        return;
    }
    if (m_pendingAuth) {
        failPendingAuth(QStringLiteral("unreachable"),
                        wasConnecting ? tr("Could not reach the server. Check the address and your connection.")
                                      : tr("The connection was lost. Please try again."));
    }
    if (m_state == SyncState::NeedsLogin)
        return;
    setState(SyncState::Offline);
    scheduleReconnect();
}

void SyncClient::retryLater(NextServer next)
{
    closeSocket();
    if (next == NextServer::Yes)
        ++m_serverTry; // with one address, the same again
    setState(SyncState::Offline); // closeSocket() keeps onDisconnected from saying so
    scheduleReconnect();
}

void SyncClient::scheduleReconnect()
{
    if (!m_enabled || !session().hasToken)
        return;
    const auto delay = m_backoff.next();
    qCDebug(lcSync) << "reconnecting in" << delay.count() << "ms";
    m_reconnectTimer.start(delay);
}

void SyncClient::failPendingAuth(const QString &code, const QString &message)
{
    if (!m_pendingAuth)
        return;
    m_pendingAuth.reset();
    Q_EMIT authError(code, message);
}

void SyncClient::armWatchdog()
{
    m_watchdog.start();
}

std::string SyncClient::nextRid()
{
    return "c" + std::to_string(++m_ridCounter);
}

void SyncClient::send(const Json &frame)
{
    m_socket->sendTextMessage(qs(frame.dump(-1, ' ', false, Json::error_handler_t::replace)));
}

void SyncClient::emitPending()
{
    Q_EMIT pendingCountChanged(m_store->pendingCount());
}

void SyncClient::setStorageFull(bool onDevice, bool onServer)
{
    if (onDevice == m_deviceFull && onServer == m_serverFull)
        return;
    m_deviceFull = onDevice;
    m_serverFull = onServer;
    Q_EMIT storageFullChanged(onDevice, onServer);
}

void SyncClient::noteDeviceStorage(bool full)
{
    setStorageFull(full, m_serverFull);
}

void SyncClient::noteStoreFailure(const Error &error)
{
    if (error.code == errc::storageFull)
        noteDeviceStorage(true);
}

void SyncClient::onTextMessage(const QString &text)
{
    const std::string utf8 = ss(text);
    // Pages and live frames, nearly all of what a first sync reads, go the quick way (no JSON tree, each record's
    // text kept), unless one answers a request of the app's own; everything else, and anything unusual, as before.
    if (auto frame = protocol::readChangesFrame(utf8); frame && (frame->rid.empty() || !m_requests.count(frame->rid))) {
        handleChanges(std::move(*frame));
        return;
    }
    // Pages and live frames may be over 1 MiB (up to 2 MiB): refusing one stalled the sync on it.
    auto env = protocol::parseServerFrame(utf8);
    if (!env) {
        qCWarning(lcSync) << "unreadable frame from server:" << qs(env.error().message);
        return;
    }
    const std::string &type = env->type;
    if (auto asked = m_requests.find(env->rid); !env->rid.empty() && asked != m_requests.end()) {
        const QString tag = asked->second;
        m_requests.erase(asked);
        if (type == protocol::type::error) {
            auto field = [&](const char *key) {
                auto v = protocol::optionalString(env->body, key, 4096);
                return v.ok() ? qs(*v) : QString();
            };
            Q_EMIT requestFailed(tag, field("code"), field("message"));
        } else {
            Q_EMIT requestAnswered(tag, env->body);
        }
        return;
    }
    if (type == protocol::type::welcome) {
        m_watchdog.stop();
        const auto serverTime = env->body.find("serverTime");
        m_serverTimeAtWelcome =
            serverTime != env->body.end() && serverTime->is_number_integer() ? serverTime->get<qint64>() : 0;
        m_sinceWelcome.start();
        m_restampedAfterSkew = false;
        if (m_pendingAuth) {
            Json frame = *m_pendingAuth;
            frame["rid"] = nextRid();
            m_phase = Phase::Authenticating;
            send(frame);
        } else if (auto token = m_store->setting("token"); token && !token->empty()) {
            m_phase = Phase::Authenticating;
            send(Json{{"type", protocol::type::resume}, {"rid", nextRid()}, {"token", *token}});
        } else {
            closeSocket();
            setState(SyncState::Offline);
            return;
        }
        armWatchdog();
    } else if (type == protocol::type::authenticated) {
        handleAuthenticated(env->body);
    } else if (type == protocol::type::error) {
        handleError(env->body, env->rid);
    } else if (type == protocol::type::pushResult) {
        handlePushResult(env->body, env->rid);
    } else if (type == protocol::type::changes) {
        handleChanges(env->body, env->rid);
    } else if (type == "account_deleted") {
        closeSocket();
        Q_EMIT accountDeleted();
    } else {
        qCDebug(lcSync) << "ignoring frame" << qs(type);
    }
}

void SyncClient::handleAuthenticated(const Json &body)
{
    m_watchdog.stop();
    auto str = [&](const char *key) { return protocol::optionalString(body, key, 4096); };
    auto accountId = str("accountId");
    auto token = str("token");
    if (!accountId || !token || accountId->empty()) {
        qCWarning(lcSync) << "malformed authenticated frame";
        retryLater(NextServer::Yes);
        return;
    }
    const std::string previous = m_store->setting("accountId").value_or("");
    if (!previous.empty() && previous != *accountId) {
        // This device holds another person's data: never mix two people's records.
        m_pendingAuth.reset();
        closeSocket();
        Q_EMIT authError(QStringLiteral("other_account"),
                         tr("This device holds another person's data. Log out on this device first."));
        setState(m_store->setting("token") ? SyncState::Offline : SyncState::NeedsLogin);
        return;
    }
    const bool freshLogin = m_pendingAuth.has_value();
    Status saved;
    // Only what changed is written: a device whose disk is full still resumes, pulls and pushes.
    auto keep = [&](const char *key, const std::string &value) {
        if (saved && m_store->setting(key) != value)
            saved = m_store->setSetting(key, value);
    };
    keep("accountId", *accountId);
    // `resume` answers without a token (the device keeps the one it has); only login and register issue one.
    if (!token->empty())
        keep("token", *token);
    if (auto v = str("deviceId"); v && !v->empty())
        keep("deviceId", *v);
    if (auto v = str("username"); v && !v->empty())
        keep("username", *v);
    if (auto v = str("displayName"); v)
        keep("displayName", *v);
    if (auto v = str("role"); v)
        keep("role", *v);
    if (freshLogin)
        keep("serverUrl", ss(m_pendingAuthServers.toString()));
    m_pendingAuth.reset();
    if (!saved) {
        qCWarning(lcSync) << "could not save the session:" << qs(saved.error().message);
        noteStoreFailure(saved.error());
        retryLater(NextServer::No);
        return;
    }
    // While this device's disk is full the sync fails after signing in: keep backing off instead of retrying each second.
    if (!m_deviceFull)
        m_backoff.reset();
    Q_EMIT sessionChanged(session());
    // Before anything is pushed: edits stamped by a clock set far ahead would be refused (clock_skew) and lost.
    restampAheadOfServer();
    pushNext();
}

qint64 SyncClient::serverNow() const
{
    if (m_serverTimeAtWelcome <= 0 || !m_sinceWelcome.isValid())
        return 0;
    return m_serverTimeAtWelcome + m_sinceWelcome.elapsed();
}

size_t SyncClient::restampAheadOfServer()
{
    const qint64 now = serverNow();
    if (now <= 0)
        return 0;
    // The saved clock is the newest stamp written or seen: when it is not ahead, no stamp of this device is.
    size_t restamped = 0;
    if (m_store->lastStamp().wallMs > now + restampBeyondMs) {
        // Every stamp in the outbox is this device's own, under whichever id it had when the edit was made (the
        // local id before the first login, an older device id before a new login).
        std::set<std::string> nodes;
        std::set<std::string> ids;
        for (const auto &c : m_store->pendingChanges(std::numeric_limits<int32_t>::max())) {
            ids.insert(c.patch.id);
            for (const auto &[name, fv] : c.patch.fields)
                nodes.insert(fv.stamp.node);
            if (c.patch.deleted)
                nodes.insert(c.patch.deleted->node);
        }
        if (auto device = m_store->setting("deviceId"); device && !device->empty())
            nodes.insert(*device);
        for (const auto &node : nodes) {
            auto done = m_store->restampAhead(now + restampBeyondMs, now, node);
            if (!done) {
                qCWarning(lcSync) << "could not re-stamp changes made with the clock ahead:" << qs(done.error().message);
                continue;
            }
            restamped += *done;
        }
        if (restamped > 0) {
            // The records now hold the new stamps too: the app's copy must show what will reach the server.
            std::vector<Record> changed;
            for (const auto &id : ids) {
                if (auto r = m_store->get(id))
                    changed.push_back(std::move(*r));
            }
            Q_EMIT remoteApplied(std::make_shared<std::vector<Record>>(std::move(changed)), {});
        }
    }
    if (restamped > 0)
        qCInfo(lcSync) << restamped << "changes made with the clock ahead were re-stamped at the server's time";
    Q_EMIT serverTimeLearned(now);
    return restamped;
}

void SyncClient::handleError(const Json &body, const std::string &rid)
{
    const std::string code = protocol::optionalString(body, "code", 128).ok()
                                 ? *protocol::optionalString(body, "code", 128)
                                 : std::string();
    const std::string message = protocol::optionalString(body, "message", 4096).ok()
                                    ? *protocol::optionalString(body, "message", 4096)
                                    : std::string();
    qCDebug(lcSync) << "server error" << qs(code) << qs(message) << "rid" << qs(rid);
    if (m_phase == Phase::Authenticating || isAuthCode(code)) {
        const bool resuming = !m_pendingAuth;
        closeSocket();
        if (resuming && (code == errc::tokenInvalid || code == errc::notAuthenticated || code == errc::authFailed)) {
            // Keep records and outbox; only the token is gone, so the person logs in again.
            if (Status s = m_store->setSetting("token", ""); !s)
                qCWarning(lcSync) << "could not clear the token";
            setState(SyncState::NeedsLogin);
            Q_EMIT sessionChanged(session());
            Q_EMIT authError(qs(code), qs(message));
            return;
        }
        if (!resuming) {
            failPendingAuth(qs(code), qs(message));
            setState(session().hasToken ? SyncState::Offline : (session().isSignedIn() ? SyncState::NeedsLogin
                                                                                    : SyncState::Offline));
            if (session().hasToken)
                scheduleReconnect();
            return;
        }
        setState(SyncState::Offline);
        scheduleReconnect();
        return;
    }
    const bool ourPush = !rid.empty() && m_pushes.count(rid) > 0;
    if (ourPush && m_phase == Phase::Pushing && code == errc::storageFull) {
        // The server's disk is full: nothing of the push was stored, everything stays in the outbox. Reads still
        // work there, so pull meanwhile, and push again later (from the oldest: answers to the other pushes in
        // flight are ignored now; what they stored comes back duplicate).
        m_watchdog.stop();
        m_pushes.clear();
        m_sentUpTo = 0;
        m_skewPending = false;
        m_requestRid.clear();
        setStorageFull(m_deviceFull, true);
        m_pushRetry.start(m_backoff.next());
        pullNext();
        return;
    }
    if (ourPush || (!rid.empty() && rid == m_requestRid)) {
        // A whole request failed (unavailable, overloaded, internal): try again later, on the next instance if there
        // are several (this one's database may be down while another's link works).
        retryLater(NextServer::Yes);
    }
}

void SyncClient::pushNext()
{
    if (fillPushWindow()) {
        setState(SyncState::Syncing);
        armWatchdog();
        return;
    }
    pullNext();
}

bool SyncClient::fillPushWindow()
{
    // Fills the window: the next batches after the last change sent. Answers come in any order (§2); each is
    // acknowledged on its own, so a lost answer only means a resend that comes back duplicate.
    // With nothing in flight every push was answered: what is left in the outbox is new or was not acknowledged,
    // so read from the oldest, as the client did with one push at a time.
    if (m_pushes.empty())
        m_sentUpTo = 0;
    if (!m_skewPending) {
        while (m_pushes.size() < pushesInFlight) {
            RecordStore::PendingBatch batch =
                m_store->pendingAfter(m_sentUpTo, protocol::maxChangesPerPush, protocol::maxPushChangesBytes);
            for (const auto &held : batch.heldBack)
                noteHeldBack(held);
            if (batch.scannedUpTo <= m_sentUpTo)
                break;
            // Past what was held back too: an entry that cannot be sent never stops the ones after it.
            m_sentUpTo = batch.scannedUpTo;
            if (batch.changes.empty())
                continue;
            std::vector<Change> changes;
            changes.reserve(batch.changes.size());
            PushInFlight push;
            for (auto &p : batch.changes) {
                push.records[p.change.changeId] = p.change.patch.id;
                changes.push_back(std::move(p.change));
            }
            const std::string rid = nextRid();
            m_pushes[rid] = std::move(push);
            m_phase = Phase::Pushing;
            send(protocol::encodePushRequest(rid, changes));
        }
    }
    emitPending();
    return !m_pushes.empty();
}

void SyncClient::noteHeldBack(const RecordStore::HeldBack &held)
{
    // Once per entry and run: the entry is read again at every push.
    if (!m_heldBackNoted.insert(held.seq).second)
        return;
    if (held.why == RecordStore::HeldBack::Why::Unreadable)
        qCWarning(lcSync) << "outbox entry" << held.seq
                          << "does not open or decode; it is kept on the device and not sent, the others go on";
    else
        qCWarning(lcSync) << "outbox entry" << held.seq
                          << "is larger than a push may carry; it is kept on the device and not sent, the others go on";
}

void SyncClient::handlePushResult(const Json &body, const std::string &rid)
{
    auto it = m_pushes.find(rid);
    if (m_phase != Phase::Pushing || it == m_pushes.end())
        return;
    const PushInFlight push = std::move(it->second);
    m_pushes.erase(it);
    if (m_pushes.empty())
        m_watchdog.stop();
    else
        armWatchdog();
    auto results = protocol::decodePushResult(body);
    if (!results) {
        qCWarning(lcSync) << "bad push_result:" << qs(results.error().message);
        retryLater(NextServer::Yes);
        return;
    }
    std::vector<std::string> done;
    std::vector<std::string> refused; // records holding a change the server will never have
    int rejected = 0;
    int skewed = 0; // stamped too far ahead: kept, re-stamped and sent again, never dropped
    QString firstMessage;
    for (const auto &r : *results) {
        const auto sent = push.records.find(r.changeId);
        if (sent == push.records.end())
            continue;
        if (r.status == "applied" || r.status == "duplicate") {
            done.push_back(r.changeId);
        } else if (r.status == "rejected" && r.code == errc::clockSkew) {
            ++skewed;
        } else if (r.status == "rejected") {
            done.push_back(r.changeId);
            refused.push_back(sent->second);
            ++rejected;
            if (firstMessage.isEmpty())
                firstMessage = qs(r.code + ": " + r.message);
        }
    }
    setStorageFull(m_deviceFull, false);
    if (Status s = m_store->acknowledge(done); !s) {
        // Sending them again is safe (they come back duplicate), but not in a tight loop while the disk is full.
        qCWarning(lcSync) << "could not acknowledge pushed changes:" << qs(s.error().message);
        noteStoreFailure(s.error());
        retryLater(NextServer::No);
        return;
    }
    if (rejected > 0) {
        qCWarning(lcSync) << rejected << "changes rejected by the server, first:" << firstMessage;
        // Otherwise the device would show the refused change for ever (a booking "requested" that never comes):
        // drop those records here and pull everything again, which brings back the server's state of each.
        // Other changes to the same records still waiting to be sent stay, and stay visible.
        auto kept = m_store->dropRefused(refused);
        if (!kept) {
            qCWarning(lcSync) << "could not drop refused records:" << qs(kept.error().message);
        } else {
            QStringList evicted;
            for (const auto &id : refused) {
                if (std::none_of(kept->begin(), kept->end(), [&](const Record &r) { return r.id == id; }))
                    evicted.push_back(qs(id));
            }
            Q_EMIT remoteApplied(std::make_shared<std::vector<Record>>(std::move(*kept)), evicted);
        }
        Q_EMIT changesRejected(rejected, firstMessage);
    }
    if (skewed > 0)
        m_skewPending = true;
    else if (done.empty()) {
        // Nothing was acknowledged: avoid a tight loop, retry on the next connection.
        retryLater(NextServer::Yes);
        return;
    }
    if (m_skewPending && m_pushes.empty()) {
        // The clock jumped ahead while connected. Re-stamp at the server's time and send again from the oldest, once
        // per connection; if the server still refuses, the changes wait in the outbox for the next connection.
        m_skewPending = false;
        if (!m_restampedAfterSkew && restampAheadOfServer() > 0) {
            m_restampedAfterSkew = true;
            m_sentUpTo = 0;
            pushNext();
            return;
        }
        qCWarning(lcSync) << "changes still ahead of the server's clock; they wait in the outbox";
        retryLater(NextServer::No);
        return;
    }
    pushNext();
}

void SyncClient::pullNext(std::optional<int64_t> cursor)
{
    m_phase = Phase::Pulling;
    setState(SyncState::Syncing);
    m_requestRid = nextRid();
    Json frame{{"type", protocol::type::pull},
               {"rid", m_requestRid},
               {"cursor", cursor ? *cursor : m_store->cursor()},
               {"limit", pullLimit}};
    // The first page of a pull says how many entries follow it, for the progress of a long (first) sync.
    if (!cursor)
        frame["count"] = true;
    send(frame);
    armWatchdog();
}

void SyncClient::handleChanges(const Json &body, const std::string &rid)
{
    auto page = protocol::decodeChanges(body);
    if (!page) {
        qCWarning(lcSync) << "bad changes frame:" << qs(page.error().message);
        return;
    }
    protocol::ChangesFrame frame;
    frame.rid = rid;
    // Not Json::value(): it throws when a (broken) server sends "live" as something other than a boolean.
    const auto liveField = body.find("live");
    frame.live = liveField != body.end() && liveField->is_boolean() && liveField->get<bool>();
    frame.page = std::move(*page);
    handleChanges(std::move(frame));
}

void SyncClient::handleChanges(protocol::ChangesFrame frame)
{
    protocol::PulledPage *page = &frame.page;
    const bool live = frame.live;
    const bool answersPull = !live && m_phase == Phase::Pulling && frame.rid == m_requestRid;
    if (!live && !answersPull)
        return;
    if (answersPull) {
        m_watchdog.stop();
        m_requestRid.clear();
        // Pipelined: the server reads and sends the next page while this one is stored. The cursor saved is still
        // only ever that of a stored page; if storing fails, the connection closes and that answer is dropped.
        if (page->more)
            pullNext(page->cursor);
    }

    // A pulled page is stored with its evictions and its cursor in one transaction (one fsync); a live frame with
    // its evictions and «last synced» (the last exchange with the server, live changes included) likewise.
    const bool noteLive = live && m_phase == Phase::Idle;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto entries = static_cast<qint64>(page->records.size() + page->evictions.size());
    auto applied = answersPull
                       ? m_store->applyPage(std::move(page->records), page->evictions, page->cursor, frame.recordTexts)
                       : m_store->applyLive(std::move(page->records), page->evictions,
                                            noteLive ? ss(now.toString(Qt::ISODateWithMs)) : std::string(),
                                            frame.recordTexts);
    if (!applied) {
        qCWarning(lcSync) << "could not merge remote records:" << qs(applied.error().message);
        noteStoreFailure(applied.error());
        retryLater(NextServer::No);
        return;
    }
    if (answersPull)
        noteDeviceStorage(false);
    QStringList evicted;
    for (const auto &id : page->evictions)
        evicted.push_back(qs(id));
    if (!applied->empty() || !evicted.isEmpty())
        Q_EMIT remoteApplied(std::make_shared<std::vector<Record>>(std::move(*applied)), evicted);
    if (!answersPull) {
        if (noteLive)
            Q_EMIT synced(now);
        return;
    }
    if (!page->more) {
        endPullProgress();
        becomeIdle();
        return;
    }
    // Counted again after a lost connection: what was stored before, plus what the server has still to send.
    if (page->remaining && *page->remaining > 0)
        m_pullTotal = m_pullDone + entries + *page->remaining;
    m_pullDone += entries;
    if (m_pullTotal > 0)
        Q_EMIT pullProgress(std::min(m_pullDone, m_pullTotal), std::max(m_pullDone, m_pullTotal));
}

void SyncClient::noteSynced()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (Status s = m_store->setSetting("lastSynced", ss(now.toString(Qt::ISODateWithMs))); !s)
        qCWarning(lcSync) << "could not save the sync time";
    Q_EMIT synced(now);
}

void SyncClient::becomeIdle()
{
    m_phase = Phase::Idle;
    noteSynced();
    if (m_serverFull && m_pushRetry.isActive()) {
        // Pulled what there was; the outbox waits for the server's disk (the retry timer pushes again).
        return;
    }
    // What the outbox holds now (edits made during the pull among it). When nothing could be sent, the pull just done
    // is the last word: an entry held back (unreadable) kept the outbox non-empty and looped pulls for ever.
    if (fillPushWindow()) {
        setState(SyncState::Syncing);
        armWatchdog();
        return;
    }
    setState(SyncState::UpToDate);
}

} // namespace medvandrer
