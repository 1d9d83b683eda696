#include "dispatch/dispatcher.h"

#include "auth/account_service.h"
#include "auth/password_hasher.h"
#include "auth/secrets.h"
#include "calendar/calendar_time.h"
#include "core/uuid.h"
#include "privacy/access_log.h"
#include "privacy/privacy_messages.h"
#include "protocol/changes_frame.h"
#include "protocol/error_codes.h"
#include "protocol/survey_messages.h"
#include "storage/shared_attempt_limits.h"

#include <spdlog/spdlog.h>

#include <chrono>

namespace medvandrer::server {

namespace type = protocol::type;

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

bool known(std::string_view t)
{
    for (auto k : {type::hello, type::registerAccount, type::login, type::resume, type::logout, type::push, type::pull,
                   type::createInvite, type::listInvites, type::withdrawInvite, type::listDevices, type::revokeDevice, type::listHelpers, type::participants}) {
        if (t == k)
            return true;
    }
    return protocol::privacy::isRequest(t) || protocol::survey::isRequest(t);
}

Json accountJson(const Account &a, const Device &d)
{
    return Json{{"accountId", a.id},       {"username", a.username}, {"displayName", a.displayName},
                {"role", roleName(a.role)}, {"deviceId", d.id}};
}

} // namespace

Dispatcher::Dispatcher(StorageWorker &storage, SyncEngine &engine, Offload hashing, RateLimiter &loginLimiter,
                       Metrics &metrics, SessionRegistry &registry)
    : m_storage(storage), m_engine(engine), m_hashing(std::move(hashing)), m_loginLimiter(loginLimiter),
      m_metrics(metrics), m_registry(registry)
{
}

void Dispatcher::reply(const SessionPtr &s, const std::string &rid, Json body)
{
    if (!rid.empty())
        body["rid"] = rid;
    s->send(std::make_shared<const std::string>(body.dump(-1, ' ', false, Json::error_handler_t::replace)));
}

void Dispatcher::fail(const SessionPtr &s, std::string_view rid, std::string_view code, std::string_view message)
{
    m_metrics.countError(code);
    s->send(std::make_shared<const std::string>(protocol::encodeError(rid, code, message)));
}

void Dispatcher::fail(const SessionPtr &s, std::string_view rid, const Error &e)
{
    if (e.code == "storage_unavailable") {
        spdlog::warn("event=storage_unavailable session={}", s->id());
        fail(s, rid, errc::unavailable, "the database is unavailable; try again shortly");
        return;
    }
    if (e.code == "storage_full") {
        spdlog::warn("event=storage_full session={}", s->id());
        fail(s, rid, errc::storageFull, "the server's storage is full; nothing of this request was stored; send it again later");
        return;
    }
    if (e.code.rfind("storage_", 0) == 0) {
        spdlog::error("event=storage_failed session={} code={} error=\"{}\"", s->id(), e.code, e.message);
        fail(s, rid, errc::internal, "internal error; try again");
        return;
    }
    fail(s, rid, e.code, e.message);
}

template <typename T>
void Dispatcher::viaStorage(const SessionPtr &s, const std::string &rid, std::function<Result<T>(ServerStorage &)> work,
                            std::function<void(Result<T> &)> done)
{
    auto &st = s->state();
    if (st.inFlight >= maxInFlightPerConnection) {
        fail(s, rid, errc::overloaded, "too many requests in flight on this connection");
        return;
    }
    ++st.inFlight;
    const bool queued = m_storage.submit([this, s, rid, work = std::move(work), done = std::move(done)](ServerStorage &storage) {
        auto result = std::make_shared<Result<T>>(Error{std::string(errc::internal), "not run"});
        try {
            *result = work(storage);
        } catch (const std::exception &e) {
            spdlog::error("event=storage_work_failed error=\"{}\"", e.what());
            *result = Error{std::string(errc::internal), "internal error"};
        }
        s->post([this, s, rid, result, done] {
            --s->state().inFlight;
            try {
                done(*result);
            } catch (const std::exception &e) {
                spdlog::error("event=reply_failed error=\"{}\"", e.what());
                fail(s, rid, errc::internal, "internal error");
            }
        });
    });
    if (!queued) {
        --st.inFlight;
        fail(s, rid, errc::overloaded, "the server is busy; try again shortly");
    }
}

void Dispatcher::onOpen(const std::shared_ptr<Session> &session)
{
    m_registry.add(session);
}

void Dispatcher::onClosed(const std::shared_ptr<Session> &session)
{
    m_registry.remove(session->id());
}

void Dispatcher::onBinary(const std::shared_ptr<Session> &session)
{
    fail(session, "", errc::binaryFrame, "only JSON text frames are accepted");
}

void Dispatcher::onText(const std::shared_ptr<Session> &session, std::string_view text)
{
    // The frame a syncing device sends most, read in one pass without the tree: what it reads is what the general
    // path below reads; anything else (and a session not yet signed in) goes that way.
    if (session->state().helloDone && session->state().principal) {
        const auto started = Clock::now();
        if (auto push = protocol::readPushFrame(text)) {
            try {
                submitPush(session, push->rid, std::move(push->changes), started);
            } catch (const std::exception &e) {
                spdlog::error("event=handler_failed type=push error=\"{}\"", e.what());
                fail(session, push->rid, errc::internal, "internal error");
            }
            return;
        }
    }
    auto env = protocol::parseEnvelope(text);
    if (!env) {
        // "type" missing or wrong, nested too deep, too large: the reply still carries the rid if it can be read.
        fail(session, protocol::readableRid(text), env.error());
        return;
    }
    try {
        handle(session, *env);
    } catch (const std::exception &e) {
        spdlog::error("event=handler_failed type={} error=\"{}\"", env->type, e.what());
        fail(session, env->rid, errc::internal, "internal error");
    }
}

void Dispatcher::handle(const SessionPtr &s, const protocol::Envelope &env)
{
    const std::string &t = env.type;
    if (!known(t)) {
        fail(s, env.rid, errc::unknownType, "unknown message type");
        return;
    }
    if (t == type::hello) {
        onHello(s, env);
        return;
    }
    if (!s->state().helloDone) {
        fail(s, env.rid, errc::helloRequired, "send hello first");
        return;
    }
    if (t == type::registerAccount)
        return onRegister(s, env);
    if (t == type::login)
        return onLogin(s, env);
    if (t == type::resume)
        return onResume(s, env);
    if (!s->state().principal) {
        fail(s, env.rid, errc::notAuthenticated, "register, log in or resume first");
        return;
    }
    if (t == type::logout)
        return onLogout(s, env);
    if (t == type::listDevices)
        return onListDevices(s, env);
    if (t == type::revokeDevice)
        return onRevokeDevice(s, env);
    if (t == type::createInvite)
        return onCreateInvite(s, env);
    if (t == type::listInvites)
        return onListInvites(s, env);
    if (t == type::withdrawInvite)
        return onWithdrawInvite(s, env);
    if (t == type::listHelpers)
        return onListHelpers(s, env);
    if (t == type::participants)
        return onParticipants(s, env);
    if (t == type::push)
        return onPush(s, env);
    if (t == type::pull)
        return onPull(s, env);
    if (protocol::survey::isRequest(t))
        return onSurveyRequest(s, env);
    onPrivacyRequest(s, env);
}

void Dispatcher::onHello(const SessionPtr &s, const protocol::Envelope &env)
{
    auto it = env.body.find("protocol");
    if (it == env.body.end() || !it->is_number_integer()) {
        fail(s, env.rid, errc::badMessage, "'protocol' must be a whole number");
        return;
    }
    if (it->get<int64_t>() != protocol::version) {
        fail(s, env.rid, errc::unsupportedProtocol, "this server speaks protocol 1");
        return;
    }
    if (auto client = protocol::optionalString(env.body, "client", 200); !client) {
        fail(s, env.rid, client.error());
        return;
    }
    s->state().helloDone = true;
    reply(s, env.rid,
          Json{{"type", type::welcome},
               {"protocol", protocol::version},
               {"server", "medvandrer"},
               {"serverTime", systemMillis()},
               {"limits",
                {{"maxFrameBytes", protocol::maxFrameBytes},
                 {"maxChangesPerPush", protocol::maxChangesPerPush},
                 {"maxPullLimit", protocol::maxPullLimit}}}});
}

void Dispatcher::authFailure(const SessionPtr &s, const std::string &rid, const Error &e)
{
    ++s->state().failedAuth;
    // A connection that tried to become someone else and failed is no longer anyone (docs/protocol.md §4.3).
    if (s->state().principal) {
        s->state().principal.reset();
        m_registry.forget(s->id());
    }
    fail(s, rid, e);
}

void Dispatcher::signIn(const SessionPtr &s, const std::string &rid, const Account &account, const Device &device,
                        const std::string &token)
{
    Principal p{account.id, account.role, device.id, account.username, account.displayName};
    s->state().principal = p;
    s->state().failedAuth = 0;
    m_registry.identify(s->id(), p);
    m_metrics.logins.fetch_add(1);
    Json body = accountJson(account, device);
    body["type"] = type::authenticated;
    if (!token.empty())
        body["token"] = token;
    spdlog::info("event=signed_in session={} device={} role={}", s->id(), device.id, roleName(account.role));
    reply(s, rid, std::move(body));
}

void Dispatcher::onRegister(const SessionPtr &s, const protocol::Envelope &env)
{
    if (s->state().failedAuth >= maxFailedAuthPerConnection) {
        fail(s, env.rid, errc::rateLimited, "too many failed attempts on this connection");
        return;
    }
    auto invite = protocol::requireString(env.body, "invite", 32);
    auto username = protocol::requireString(env.body, "username", 64);
    // Read at any length: a password the server will not take is weak_password (checkStrength), not bad_message.
    auto password = protocol::requireString(env.body, "password", protocol::maxFrameBytes, 0);
    auto displayName = protocol::requireString(env.body, "displayName", 100);
    auto deviceName = protocol::optionalString(env.body, "deviceName", 100);
    for (const Error *e : {invite ? nullptr : &invite.error(), username ? nullptr : &username.error(),
                           password ? nullptr : &password.error(), displayName ? nullptr : &displayName.error(),
                           deviceName ? nullptr : &deviceName.error()}) {
        if (e) {
            fail(s, env.rid, *e);
            return;
        }
    }
    const auto name = normalizeUsername(*username);
    if (!name) {
        fail(s, env.rid, errc::invalidUsername, "3–32 characters: letters a–z, digits, '.', '_' or '-'");
        return;
    }
    if (Status strong = PasswordHasher::checkStrength(*password); !strong) {
        fail(s, env.rid, strong.error());
        return;
    }
    // The invite first: a wrong or used code is answered without spending Argon2 time on it.
    const std::string rid = env.rid;
    viaStorage<bool>(
        s, rid,
        [invite = *invite](ServerStorage &storage) { return accounts::inviteUsable(storage, invite, systemMillis()); },
        [this, s, rid, invite = *invite, name = *name, password = *password, displayName = *displayName,
         deviceName = *deviceName](Result<bool> &usable) {
            if (!usable) {
                fail(s, rid, usable.error());
                return;
            }
            if (!*usable) {
                authFailure(s, rid, Error{std::string(errc::inviteInvalid), "the invite code is unknown, used or expired"});
                return;
            }
            hashForRegister(s, rid, invite, name, password, displayName, deviceName);
        });
}

bool Dispatcher::offloadHashing(std::function<void()> job)
{
    if (m_hashesQueued.fetch_add(1) >= maxQueuedHashes) {
        m_hashesQueued.fetch_sub(1);
        return false;
    }
    m_hashing([this, job = std::move(job)] {
        job();
        m_hashesQueued.fetch_sub(1);
    });
    return true;
}

void Dispatcher::hashForRegister(const SessionPtr &s, const std::string &rid, const std::string &invite,
                                 const std::string &name, const std::string &password, const std::string &displayName,
                                 const std::string &deviceName)
{
    ++s->state().inFlight;
    const bool queued = offloadHashing([this, s, rid, invite, name, password, displayName, deviceName] {
        auto hash = PasswordHasher::hash(password);
        s->post([=, this] {
            --s->state().inFlight;
            if (!hash) {
                fail(s, rid, hash.error());
                return;
            }
            viaStorage<AuthOutcome>(
                s, rid,
                [=](ServerStorage &storage) {
                    return accounts::registerWithInvite(storage, invite, name, displayName, *hash, deviceName,
                                                        systemMillis());
                },
                [=, this](Result<AuthOutcome> &r) {
                    if (!r) {
                        if (r.error().code == errc::inviteInvalid)
                            authFailure(s, rid, r.error());
                        else
                            fail(s, rid, r.error());
                        return;
                    }
                    spdlog::info("event=registered account={} role={}", r->account.id, roleName(r->account.role));
                    signIn(s, rid, r->account, r->device, r->token);
                });
        });
    });
    if (!queued) {
        --s->state().inFlight;
        fail(s, rid, errc::overloaded, "the server is busy; try again shortly");
    }
}

void Dispatcher::onLogin(const SessionPtr &s, const protocol::Envelope &env)
{
    auto username = protocol::requireString(env.body, "username", 64);
    // Read at any length: a password longer than any the server takes is simply wrong (auth_failed).
    auto password = protocol::requireString(env.body, "password", protocol::maxFrameBytes, 0);
    auto deviceName = protocol::optionalString(env.body, "deviceName", 100);
    for (const Error *e : {username ? nullptr : &username.error(), password ? nullptr : &password.error(),
                           deviceName ? nullptr : &deviceName.error()}) {
        if (e) {
            fail(s, env.rid, *e);
            return;
        }
    }
    const std::string name = normalizeUsername(*username).value_or(std::string());
    const std::string limiterKey = "login:" + name;
    // The attempt counts from here: guesses in flight in parallel cannot all slip under the limit.
    if (s->state().failedAuth >= maxFailedAuthPerConnection || !m_loginLimiter.tryAcquire(limiterKey)) {
        fail(s, env.rid, errc::rateLimited, "too many failed logins; wait a few minutes");
        return;
    }
    const std::string rid = env.rid;
    const auto maxAttempts = static_cast<int64_t>(m_loginLimiter.maxFailures());
    const auto windowMs = std::chrono::duration_cast<std::chrono::milliseconds>(m_loginLimiter.window()).count();
    viaStorage<std::optional<Account>>(
        s, rid,
        [name, limiterKey, maxAttempts, windowMs](ServerStorage &storage) -> Result<std::optional<Account>> {
            // Several instances on one database count the attempts there, so each sees the others' (issue #13).
            if (auto *shared = dynamic_cast<SharedAttemptLimits *>(&storage)) {
                auto allowed = shared->countAttempt(limiterKey, systemMillis(), maxAttempts, windowMs);
                if (!allowed)
                    return allowed.error();
                if (!*allowed)
                    return Error{std::string(errc::rateLimited), "too many failed logins; wait a few minutes"};
            }
            return storage.accountByUsername(name);
        },
        [this, s, rid, limiterKey, password = *password, deviceName = *deviceName](Result<std::optional<Account>> &found) {
            if (!found) {
                fail(s, rid, found.error());
                return;
            }
            ++s->state().inFlight;
            const bool queued = offloadHashing([this, s, rid, limiterKey, password, deviceName, account = *found] {
                // Unknown usernames cost the same as wrong passwords.
                const bool ok = PasswordHasher::verify(account ? account->passwordHash : PasswordHasher::dummyHash(),
                                                       password) &&
                                account.has_value();
                if (ok)
                    m_loginLimiter.reset(limiterKey);
                s->post([this, s, rid, ok, account, deviceName, limiterKey] {
                    --s->state().inFlight;
                    if (!ok) {
                        authFailure(s, rid, Error{std::string(errc::authFailed), "wrong username or password"});
                        return;
                    }
                    viaStorage<AuthOutcome>(
                        s, rid,
                        [account, deviceName, limiterKey](ServerStorage &storage) {
                            if (auto *shared = dynamic_cast<SharedAttemptLimits *>(&storage))
                                (void)shared->clearAttempts(limiterKey);
                            return accounts::openDevice(storage, *account, deviceName, systemMillis());
                        },
                        [this, s, rid](Result<AuthOutcome> &r) {
                            if (!r) {
                                fail(s, rid, r.error());
                                return;
                            }
                            signIn(s, rid, r->account, r->device, r->token);
                        });
                });
            });
            if (!queued) {
                --s->state().inFlight;
                fail(s, rid, errc::overloaded, "the server is busy; try again shortly");
            }
        });
}

void Dispatcher::onResume(const SessionPtr &s, const protocol::Envelope &env)
{
    if (s->state().failedAuth >= maxFailedAuthPerConnection) {
        fail(s, env.rid, errc::rateLimited, "too many failed attempts on this connection");
        return;
    }
    auto token = protocol::requireString(env.body, "token", 128);
    if (!token) {
        fail(s, env.rid, token.error());
        return;
    }
    const std::string rid = env.rid;
    using Found = std::optional<std::pair<Account, Device>>;
    viaStorage<Found>(
        s, rid,
        [this, token = *token](ServerStorage &storage) {
            auto found = accounts::resume(storage, token);
            if (found && *found)
                m_storage.noteDeviceSeen((*found)->second.id, systemMillis());
            return found;
        },
        [this, s, rid](Result<Found> &r) {
            if (!r) {
                fail(s, rid, r.error());
                return;
            }
            if (!*r) {
                authFailure(s, rid, Error{std::string(errc::tokenInvalid), "this device is signed out; log in again"});
                return;
            }
            signIn(s, rid, (*r)->first, (*r)->second, {});
        });
}

void Dispatcher::signOutDevice(const std::string &deviceId, uint64_t exceptSession)
{
    for (const auto &other : m_registry.byDevice(deviceId)) {
        if (other->id() == exceptSession)
            continue;
        other->post([this, other, deviceId] {
            auto &p = other->state().principal;
            if (!p || p->deviceId != deviceId)
                return;
            p.reset();
            m_registry.forget(other->id());
            fail(other, "", errc::tokenInvalid, "this device was signed out");
        });
    }
}

void Dispatcher::onLogout(const SessionPtr &s, const protocol::Envelope &env)
{
    const std::string rid = env.rid;
    const std::string deviceId = s->state().principal->deviceId;
    viaStorage<bool>(
        s, rid, [deviceId](ServerStorage &storage) { return storage.revokeDevice(deviceId, systemMillis()); },
        [this, s, rid, deviceId](Result<bool> &r) {
            if (!r) {
                fail(s, rid, r.error());
                return;
            }
            s->state().principal.reset();
            m_registry.forget(s->id());
            signOutDevice(deviceId, s->id());
            reply(s, rid, Json{{"type", type::ok}});
        });
}

void Dispatcher::onListDevices(const SessionPtr &s, const protocol::Envelope &env)
{
    const std::string rid = env.rid;
    const Principal p = *s->state().principal;
    viaStorage<std::vector<Device>>(
        s, rid, [p](ServerStorage &storage) { return storage.devicesOf(p.accountId); },
        [this, s, rid, p](Result<std::vector<Device>> &r) {
            if (!r) {
                fail(s, rid, r.error());
                return;
            }
            Json list = Json::array();
            for (const auto &d : *r) {
                list.push_back(Json{{"deviceId", d.id},
                                    {"name", d.name},
                                    {"createdAt", d.createdAt},
                                    {"lastSeen", d.lastSeen},
                                    {"current", d.id == p.deviceId},
                                    {"revoked", d.revokedAt.has_value()}});
            }
            reply(s, rid, Json{{"type", type::devices}, {"devices", std::move(list)}});
        });
}

void Dispatcher::onRevokeDevice(const SessionPtr &s, const protocol::Envelope &env)
{
    auto deviceId = protocol::requireString(env.body, "deviceId", 64);
    if (!deviceId) {
        fail(s, env.rid, deviceId.error());
        return;
    }
    const std::string rid = env.rid;
    const Principal p = *s->state().principal;
    viaStorage<bool>(
        s, rid,
        [p, id = *deviceId](ServerStorage &storage) -> Result<bool> {
            auto device = storage.deviceById(id);
            if (!device)
                return device.error();
            // Someone else's device is reported exactly like a missing one.
            if (!*device || (*device)->accountId != p.accountId)
                return Error{std::string(errc::notFound), "no such device"};
            auto revoked = storage.revokeDevice(id, systemMillis());
            if (!revoked)
                return revoked.error();
            return true;
        },
        [this, s, rid, id = *deviceId](Result<bool> &r) {
            if (!r) {
                fail(s, rid, r.error());
                return;
            }
            auto &principal = s->state().principal;
            if (principal && principal->deviceId == id) {
                principal.reset();
                m_registry.forget(s->id());
            }
            signOutDevice(id, s->id());
            reply(s, rid, Json{{"type", type::ok}});
        });
}

void Dispatcher::onCreateInvite(const SessionPtr &s, const protocol::Envelope &env)
{
    const Principal p = *s->state().principal;
    if (p.role != Role::Koordinator) {
        fail(s, env.rid, errc::forbidden, "only a koordinator can invite");
        return;
    }
    auto roleText = protocol::requireString(env.body, "role", 32);
    if (!roleText) {
        fail(s, env.rid, roleText.error());
        return;
    }
    const auto role = parseRole(*roleText);
    if (!role) {
        fail(s, env.rid, errc::badMessage, "'role' must be bruker, erfaringskonsulent or koordinator");
        return;
    }
    auto hours = protocol::optionalInt(env.body, "validHours", 72, 1, accounts::maxInviteHours);
    if (!hours) {
        fail(s, env.rid, hours.error());
        return;
    }
    const std::string rid = env.rid;
    viaStorage<IssuedInvite>(
        s, rid,
        [p, role = *role, hours = *hours](ServerStorage &storage) {
            return accounts::createInvite(storage, role, p.accountId, hours, systemMillis());
        },
        [this, s, rid](Result<IssuedInvite> &r) {
            if (!r) {
                fail(s, rid, r.error());
                return;
            }
            spdlog::info("event=invite_created session={} role={}", s->id(), roleName(r->role));
            reply(s, rid,
                  Json{{"type", type::invite},
                       {"code", r->code},
                       {"inviteId", r->inviteId},
                       {"role", roleName(r->role)},
                       {"expiresAt", r->expiresAt}});
        });
}

void Dispatcher::onListInvites(const SessionPtr &s, const protocol::Envelope &env)
{
    if (s->state().principal->role != Role::Koordinator) {
        fail(s, env.rid, errc::forbidden, "only a koordinator sees invites");
        return;
    }
    const std::string rid = env.rid;
    viaStorage<std::vector<Invite>>(
        s, rid, [](ServerStorage &storage) { return accounts::openInvites(storage, systemMillis()); },
        [this, s, rid](Result<std::vector<Invite>> &r) {
            if (!r) {
                fail(s, rid, r.error());
                return;
            }
            Json list = Json::array();
            for (const auto &inv : *r) {
                list.push_back(Json{{"inviteId", inv.inviteId},
                                    {"role", roleName(inv.role)},
                                    {"createdAt", inv.createdAt},
                                    {"expiresAt", inv.expiresAt}});
            }
            reply(s, rid, Json{{"type", type::invites}, {"invites", std::move(list)}});
        });
}

void Dispatcher::onWithdrawInvite(const SessionPtr &s, const protocol::Envelope &env)
{
    if (s->state().principal->role != Role::Koordinator) {
        fail(s, env.rid, errc::forbidden, "only a koordinator can withdraw an invite");
        return;
    }
    auto inviteId = protocol::requireString(env.body, "inviteId", 64);
    if (!inviteId) {
        fail(s, env.rid, inviteId.error());
        return;
    }
    const std::string rid = env.rid;
    viaStorage<bool>(
        s, rid,
        [id = *inviteId](ServerStorage &storage) -> Result<bool> {
            if (Status done = accounts::withdrawInvite(storage, id, systemMillis()); !done)
                return done.error();
            return true;
        },
        [this, s, rid](Result<bool> &r) {
            if (!r) {
                fail(s, rid, r.error());
                return;
            }
            spdlog::info("event=invite_withdrawn session={}", s->id());
            reply(s, rid, Json{{"type", type::ok}});
        });
}

void Dispatcher::onListHelpers(const SessionPtr &s, const protocol::Envelope &env)
{
    const std::string rid = env.rid;
    viaStorage<std::vector<Account>>(
        s, rid, [](ServerStorage &storage) { return storage.accountsWithRole(Role::Erfaringskonsulent); },
        [this, s, rid](Result<std::vector<Account>> &r) {
            if (!r) {
                fail(s, rid, r.error());
                return;
            }
            Json list = Json::array();
            for (const auto &a : *r)
                list.push_back(Json{{"accountId", a.id}, {"displayName", a.displayName}});
            reply(s, rid, Json{{"type", type::helpers}, {"helpers", std::move(list)}});
        });
}

void Dispatcher::onParticipants(const SessionPtr &s, const protocol::Envelope &env)
{
    if (s->state().principal->role != Role::Koordinator) {
        fail(s, env.rid, errc::forbidden, "only koordinatorer see participants");
        return;
    }
    auto activity = env.body.find("activityId");
    if (activity == env.body.end() || !activity->is_string() || !isUuid(activity->get<std::string>())) {
        fail(s, env.rid, errc::badMessage, "'activityId' must be a UUID");
        return;
    }
    std::optional<int64_t> session;
    if (auto it = env.body.find("sessionStart"); it != env.body.end() && !it->is_null()) {
        if (it->is_string())
            session = calendar::parseDateTimeMs(it->get<std::string>());
        if (!session) {
            fail(s, env.rid, errc::badMessage, "'sessionStart' must be an RFC 3339 date-time");
            return;
        }
    }
    const std::string rid = env.rid;
    const std::string activityId = activity->get<std::string>();
    viaStorage<Json>(
        s, rid,
        [activityId, session, who = *s->state().principal](ServerStorage &storage) -> Result<Json> {
            auto rows = storage.bookingsForActivity(activityId);
            if (!rows)
                return rows.error();
            std::vector<RecordHeader> shown;
            Json list = Json::array();
            for (const auto &r : *rows) {
                if (session && r.sessionMs != *session)
                    continue;
                auto account = storage.accountById(r.owner);
                if (!account)
                    return account.error();
                list.push_back(Json{{"bookingId", r.id},
                                    {"accountId", r.owner},
                                    {"displayName", *account ? (*account)->displayName : std::string()},
                                    {"sessionStart", calendar::formatUtc(r.sessionMs)},
                                    {"status", r.status},
                                    {"position", r.position > 0 ? Json(r.position) : Json(nullptr)},
                                    {"offerExpires", r.offerExpiresMs > 0 ? Json(calendar::formatUtc(r.offerExpiresMs))
                                                                          : Json(nullptr)}});
                shown.push_back(RecordHeader{r.id, "booking", r.owner, {}});
            }
            // Names on a participants list are a read of each person's booking.
            if (Status logged = accesslog::noteRead(storage, who, shown, systemMillis()); !logged)
                return logged.error();
            return list;
        },
        [this, s, rid, activityId, session](Result<Json> &r) {
            if (!r) {
                fail(s, rid, r.error());
                return;
            }
            Json body{{"type", type::participants}, {"activityId", activityId}, {"participants", std::move(*r)}};
            if (session)
                body["sessionStart"] = calendar::formatUtc(*session);
            reply(s, rid, std::move(body));
        });
}

void Dispatcher::onPush(const SessionPtr &s, const protocol::Envelope &env)
{
    const auto started = Clock::now();
    auto changes = protocol::decodePushChanges(env.body);
    if (!changes) {
        fail(s, env.rid, changes.error());
        return;
    }
    submitPush(s, env.rid, std::move(*changes), started);
}

void Dispatcher::submitPush(const SessionPtr &s, const std::string &rid, std::vector<protocol::DecodedChange> changes,
                            Clock::time_point started)
{
    m_metrics.pushes.fetch_add(1);
    auto &st = s->state();
    if (st.inFlight >= maxInFlightPerConnection) {
        fail(s, rid, errc::overloaded, "too many requests in flight on this connection");
        return;
    }
    ++st.inFlight;
    PushInput input{*st.principal, std::move(changes), s->id()};
    const bool queued =
        m_storage.submitPush(std::move(input), [this, s, rid, started](Result<std::vector<protocol::ChangeResult>> r) {
            auto result = std::make_shared<Result<std::vector<protocol::ChangeResult>>>(std::move(r));
            s->post([this, s, rid, started, result] {
                --s->state().inFlight;
                m_metrics.pushLatency.observe(secondsSince(started));
                if (!*result) {
                    fail(s, rid, result->error());
                    return;
                }
                s->send(std::make_shared<const std::string>(protocol::encodePushResult(rid, **result)));
            });
        });
    if (!queued) {
        --st.inFlight;
        fail(s, rid, errc::overloaded, "the server is busy; try again shortly");
    }
}

void Dispatcher::onPull(const SessionPtr &s, const protocol::Envelope &env)
{
    const auto started = Clock::now();
    auto cursor = protocol::optionalInt(env.body, "cursor", 0, 0, INT64_MAX);
    auto limit = protocol::optionalInt(env.body, "limit", protocol::defaultPullLimit, 1, protocol::maxPullLimit);
    if (!cursor || !limit) {
        fail(s, env.rid, !cursor ? cursor.error() : limit.error());
        return;
    }
    auto count = protocol::optionalBool(env.body, "count", false);
    if (!count) {
        fail(s, env.rid, count.error());
        return;
    }
    m_metrics.pulls.fetch_add(1);
    const std::string rid = env.rid;
    const Principal p = *s->state().principal;
    viaStorage<std::string>(
        s, rid,
        [this, p, rid, cursor = *cursor, limit = static_cast<size_t>(*limit), count = *count](ServerStorage &storage) -> Result<std::string> {
            return m_engine.pullFrame(storage, p, cursor, limit, rid, count);
        },
        [this, s, rid, started](Result<std::string> &r) {
            m_metrics.pullLatency.observe(secondsSince(started));
            if (!r) {
                fail(s, rid, r.error());
                return;
            }
            s->send(std::make_shared<const std::string>(std::move(*r)));
        });
}

// Used by privacy/privacy_handlers.cpp as well.
template void Dispatcher::viaStorage<Json>(const SessionPtr &, const std::string &,
                                           std::function<Result<Json>(ServerStorage &)>,
                                           std::function<void(Result<Json> &)>);

} // namespace medvandrer::server
