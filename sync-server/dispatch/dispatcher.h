#pragma once

#include "auth/rate_limiter.h"
#include "live/session_registry.h"
#include "metrics/metrics.h"
#include "net/session.h"
#include "protocol/messages.h"
#include "worker/storage_worker.h"

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace medvandrer::server {

// Turns each incoming frame into a reply: parses and checks it on the connection's io thread, hands storage
// work to the StorageWorker and password hashing to the hashing pool, and answers back on that thread.
// Never throws into the session: anything unexpected is answered with `internal`.
class Dispatcher
{
public:
    // Runs a job on the password-hashing threads.
    using Offload = std::function<void(std::function<void()>)>;

    static constexpr size_t maxInFlightPerConnection = 64;
    static constexpr size_t maxFailedAuthPerConnection = 10;
    // Password hashes queued or running (two hashing threads); past this, register/login answer `overloaded`.
    static constexpr size_t maxQueuedHashes = 64;

    Dispatcher(StorageWorker &storage, SyncEngine &engine, Offload hashing, RateLimiter &loginLimiter,
               Metrics &metrics, SessionRegistry &registry);

    void onText(const std::shared_ptr<Session> &session, std::string_view text);
    void onBinary(const std::shared_ptr<Session> &session);
    void onOpen(const std::shared_ptr<Session> &session);
    void onClosed(const std::shared_ptr<Session> &session);
    // Devices signed out through another instance (or this one: twice is harmless); any thread.
    void signedOutElsewhere(const std::vector<FeedSignOut> &signOuts);

private:
    using SessionPtr = std::shared_ptr<Session>;

    void handle(const SessionPtr &s, const protocol::Envelope &env);
    void onHello(const SessionPtr &s, const protocol::Envelope &env);
    void onRegister(const SessionPtr &s, const protocol::Envelope &env);
    void onLogin(const SessionPtr &s, const protocol::Envelope &env);
    void onResume(const SessionPtr &s, const protocol::Envelope &env);
    void onLogout(const SessionPtr &s, const protocol::Envelope &env);
    void onListDevices(const SessionPtr &s, const protocol::Envelope &env);
    void onRevokeDevice(const SessionPtr &s, const protocol::Envelope &env);
    void onCreateInvite(const SessionPtr &s, const protocol::Envelope &env);
    void onListInvites(const SessionPtr &s, const protocol::Envelope &env);
    void onWithdrawInvite(const SessionPtr &s, const protocol::Envelope &env);
    void onListHelpers(const SessionPtr &s, const protocol::Envelope &env);
    void onParticipants(const SessionPtr &s, const protocol::Envelope &env);
    void onPush(const SessionPtr &s, const protocol::Envelope &env);
    // A push's decoded changes to the storage worker, however the frame was read.
    void submitPush(const SessionPtr &s, const std::string &rid, std::vector<protocol::DecodedChange> changes,
                    std::chrono::steady_clock::time_point started);
    void onPull(const SessionPtr &s, const protocol::Envelope &env);
    // Walking beside and data rights (privacy/privacy_handlers.cpp, docs/protocol.md §4.10–4.14).
    void onPrivacyRequest(const SessionPtr &s, const protocol::Envelope &env);
    void onRequestConnectCode(const SessionPtr &s, const protocol::Envelope &env);
    void onResolveConnectCode(const SessionPtr &s, const protocol::Envelope &env);
    void onListAccessLog(const SessionPtr &s, const protocol::Envelope &env);
    void onListSuggestions(const SessionPtr &s, const protocol::Envelope &env);
    void onMarkSuggestionsRead(const SessionPtr &s, const protocol::Envelope &env);
    void onExportAccount(const SessionPtr &s, const protocol::Envelope &env);
    void onDeleteAccount(const SessionPtr &s, const protocol::Envelope &env);
    // «Spør brukerne» (surveys/survey_handlers.cpp, docs/protocol.md §4.15).
    void onSurveyRequest(const SessionPtr &s, const protocol::Envelope &env);
    void accountGone(const SessionPtr &s, const std::string &rid, const std::vector<std::string> &deviceIds,
                     GroupOutcome &outcome);

    // Queues a storage job whose result is delivered back on the session's io thread.
    template <typename T>
    void viaStorage(const SessionPtr &s, const std::string &rid, std::function<Result<T>(ServerStorage &)> work,
                    std::function<void(Result<T> &)> done);

    void signIn(const SessionPtr &s, const std::string &rid, const Account &account, const Device &device,
                const std::string &token);
    void signOutDevice(const std::string &deviceId, uint64_t exceptSession);
    void authFailure(const SessionPtr &s, const std::string &rid, const Error &e);

    // Queues a password hash unless too many are waiting; false means answer `overloaded`.
    [[nodiscard]] bool offloadHashing(std::function<void()> job);
    void hashForRegister(const SessionPtr &s, const std::string &rid, const std::string &invite, const std::string &name,
                         const std::string &password, const std::string &displayName, const std::string &deviceName);

    void reply(const SessionPtr &s, const std::string &rid, Json body);
    void fail(const SessionPtr &s, std::string_view rid, std::string_view code, std::string_view message);
    // Storage failures are logged and answered as `internal`; their text never reaches a client.
    void fail(const SessionPtr &s, std::string_view rid, const Error &e);

    StorageWorker &m_storage;
    SyncEngine &m_engine;
    Offload m_hashing;
    RateLimiter &m_loginLimiter;
    Metrics &m_metrics;
    SessionRegistry &m_registry;
    std::atomic<size_t> m_hashesQueued{0};
};

} // namespace medvandrer::server
