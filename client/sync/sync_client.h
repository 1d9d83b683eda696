#pragma once

#include "core/qt_records.h"
#include "core/result.h"
#include "protocol/changes_frame.h"
#include "sync/backoff.h"
#include "store/record_store.h"
#include "sync/server_addresses.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

#include <map>
#include <optional>
#include <set>

namespace medvandrer {


// The device side of the sync protocol (docs/protocol.md), on the store thread next to the RecordStore it
// reads the outbox from and merges into. Connects when it can, resumes with the saved token, pushes the
// outbox in batches, pulls pages until caught up, merges live changes, and reconnects with backoff.
// It only reports through signals; it never touches the GUI.
class SyncClient : public QObject
{
    Q_OBJECT
public:
    // While the device's clock is further ahead of the server's than this, new edits are stamped at the server's time.
    static constexpr qint64 restampMarginMs = 3600 * 1000;
    // Own stamps further ahead than this (those the server would refuse, less an hour for delays) are re-stamped at
    // the server's time (protocol §5.1). Not less: a stamp the server already accepted must stay as the server has it.
    static constexpr qint64 restampBeyondMs = 23 * 3600 * 1000;
    // Pushes of ≤ 500 changes outstanding at once while the outbox drains.
    static constexpr size_t pushesInFlight = 4;

    explicit SyncClient(RecordStore *store, QObject *parent = nullptr);
    ~SyncClient() override;

    // Connects with the saved session, if there is one.
    void start();
    // false = work offline: close the connection and stop reconnecting until enabled again.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    void login(const QString &server, const QString &username, const QString &password, const QString &deviceName);
    void registerAccount(const QString &server, const QString &invite, const QString &username,
                         const QString &password, const QString &displayName, const QString &deviceName);
    // Local edits were queued in the outbox: push them soon.
    void outboxChanged();
    // Forget the token and close (the store decides whether to keep data).
    void forgetSession();
    // A request that is not a record push (list_helpers, access log, …): sent now if signed in, else it fails
    // with code "offline". The answer comes back by tag through requestAnswered/requestFailed.
    void request(const QString &tag, const Json &frame);

    SyncState state() const { return m_state; }
    // A write on the device failed for want of space (true), or one succeeded again (false).
    void noteDeviceStorage(bool full);
    SessionInfo session() const;

    // "host:port", "http://…" or "ws://…" → a ws(s) URL with the sync path. Several addresses: ServerAddresses.
    static QUrl normalizeServerUrl(const QString &text);

Q_SIGNALS:
    void stateChanged(medvandrer::SyncState state);
    // Records merged from the server (pulled or live), and ids that left this account's scope.
    void remoteApplied(const medvandrer::RecordBatch &changed, const QStringList &evicted);
    void sessionChanged(const medvandrer::SessionInfo &session);
    // Login, registration or resume refused; code is the protocol's error code.
    void authError(const QString &code, const QString &message);
    void pendingCountChanged(qint64 count);
    void synced(const QDateTime &when);
    // The server refused some changes for good; they were taken out of the outbox.
    void changesRejected(int count, const QString &message);
    // The reply to request(): the whole frame (its type may be "ok" or a named answer).
    void requestAnswered(const QString &tag, const medvandrer::Json &body);
    void requestFailed(const QString &tag, const QString &code, const QString &message);
    // The account was deleted from another device (protocol §4.14): this device should forget everything.
    void accountDeleted();
    // The server's clock now (from welcome), after this device's own future stamps were re-stamped at it: the
    // clock that stamps new edits should follow it when the device's clock is far ahead.
    void serverTimeLearned(qint64 serverNowMs);
    // No room left on this device's disk, or on the server's (storage_full): writes wait, reads go on.
    void storageFullChanged(bool onDevice, bool onServer);
    // A pull longer than one page (a first sync): entries stored so far of about total; (0, 0) when caught up.
    // Carried across a lost connection: the pull goes on from the saved cursor and the server counts again.
    void pullProgress(qint64 done, qint64 total);

private:
    enum class Phase { Closed, Opening, Hello, Authenticating, Pushing, Pulling, Idle };

    void openSocket(const QUrl &url);
    void closeSocket();
    void onConnected();
    void onDisconnected();
    void onTextMessage(const QString &text);
    void handleAuthenticated(const Json &body);
    void handleError(const Json &body, const std::string &rid);
    // A changes frame read the general way (from its JSON tree) or the quick way (protocol::readChangesFrame).
    void handleChanges(const Json &body, const std::string &rid);
    void handleChanges(protocol::ChangesFrame frame);
    void handlePushResult(const Json &body, const std::string &rid);
    // Pushes what the window has room for, or pulls when nothing is in flight.
    void pushNext();
    // Sends the next batches while the window has room; true when a push is in flight (sent now or before).
    bool fillPushWindow();
    void noteHeldBack(const RecordStore::HeldBack &held);
    // Asks for the page after `cursor` (the saved cursor when none is given).
    void pullNext(std::optional<int64_t> cursor = std::nullopt);
    void becomeIdle();
    // Saves and announces the time of the last exchange with the server.
    void noteSynced();
    void send(const Json &frame);
    std::string nextRid();
    void setState(SyncState state);
    void scheduleReconnect();
    // Closes the connection, says offline and reconnects after the backoff; NextServer::Yes when the server was at
    // fault (an unusable answer, a whole request refused), so a device with several addresses moves on.
    enum class NextServer { No, Yes };
    void retryLater(NextServer next);
    void armWatchdog();
    void emitPending();
    void failPendingAuth(const QString &code, const QString &message);
    void failOpenRequests();
    // Re-stamps this device's unsent stamps more than an hour ahead of the server (protocol §5.1, clock jumps).
    // Returns how many outbox changes were re-stamped.
    size_t restampAheadOfServer();
    // The server's clock now, as welcome gave it plus the time since; 0 when unknown.
    qint64 serverNow() const;
    void setStorageFull(bool onDevice, bool onServer);
    // A store write failed: tells whether for want of space, and says so.
    void noteStoreFailure(const Error &error);

    RecordStore *m_store;
    QWebSocket *m_socket = nullptr;
    QTimer m_reconnectTimer;
    QTimer m_watchdog;
    QTimer m_pushSoon;
    QTimer m_pushRetry; // after storage_full from the server: push again later, pulls go on meanwhile
    Backoff m_backoff;
    Phase m_phase = Phase::Closed;
    SyncState m_state = SyncState::Offline;
    bool m_enabled = true;
    std::optional<Json> m_pendingAuth;
    ServerAddresses m_pendingAuthServers;
    // Which of the session's server addresses the next connect tries: moves on after each failed or lost
    // connection, so a device carries on through another instance (issue #13).
    qsizetype m_serverTry = 0;
    qsizetype m_authTries = 0; // addresses tried for the pending login or registration
    std::string m_requestRid; // the pull in flight
    // Pushes in flight by rid (up to pushesInFlight, docs/protocol.md §2 allows 64 requests): the server commits one
    // group while the next push is on its way.
    struct PushInFlight
    {
        std::map<std::string, std::string> records; // changeId → record id, to undo a refused change
    };
    std::map<std::string, PushInFlight> m_pushes;
    int64_t m_sentUpTo = 0;      // outbox place of the last change sent (or held back) on this connection
    std::set<int64_t> m_heldBackNoted; // outbox entries that cannot be sent, already logged
    bool m_skewPending = false;  // a push came back clock_skew: send no more until the window drains, then re-stamp
    // request() tags by rid, answered in any order.
    std::map<std::string, QString> m_requests;
    quint64 m_ridCounter = 0;
    qint64 m_serverTimeAtWelcome = 0;
    QElapsedTimer m_sinceWelcome;
    // A clock_skew answer is re-stamped and pushed again once per connection; a second one waits for the next.
    bool m_restampedAfterSkew = false;
    bool m_deviceFull = false;
    bool m_serverFull = false;
    // Progress of a pull of more than one page: entries stored, and about how many in all (0: no long pull).
    qint64 m_pullDone = 0;
    qint64 m_pullTotal = 0;
    void endPullProgress();
};

} // namespace medvandrer
