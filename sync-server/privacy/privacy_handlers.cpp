// Dispatcher handlers for walking beside and data rights: connect codes, the access log, the forslagskasse,
// export and account deletion (docs/protocol.md §4.10–4.14).
#include "dispatch/dispatcher.h"

#include "auth/password_hasher.h"
#include "auth/rate_limiter.h"
#include "core/uuid.h"
#include "privacy/connect_codes.h"
#include "privacy/privacy_messages.h"
#include "protocol/error_codes.h"
#include "records/record_json.h"
#include "suggestions/suggestion_box.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <map>

namespace medvandrer::server {

namespace ptype = protocol::privacy::type;

namespace {

// Failed connect-code lookups per account: a code space of 31^8 cannot be walked at this pace.
RateLimiter &codeLookups()
{
    static RateLimiter limiter(10, std::chrono::minutes(15));
    return limiter;
}

Json entryJson(const AccessEntry &e)
{
    return Json{{"day", e.day},
                {"readerId", e.readerId},
                {"readerName", e.readerName},
                {"readerRole", e.readerRole},
                {"kind", e.kind},
                {"goalId", e.goalId.empty() ? Json(nullptr) : Json(e.goalId)},
                {"recordId", e.recordId.empty() ? Json(nullptr) : Json(e.recordId)},
                {"count", e.count},
                {"firstAt", e.firstAt},
                {"lastAt", e.lastAt}};
}

Result<std::vector<std::string>> uuidList(const Json &body, const char *key, size_t max)
{
    auto it = body.find(key);
    if (it == body.end() || !it->is_array() || it->empty() || it->size() > max)
        return Error{std::string(errc::badMessage), std::string("'") + key + "' must be an array of 1–" +
                                                        std::to_string(max) + " ids"};
    std::vector<std::string> ids;
    for (const auto &v : *it) {
        if (!v.is_string() || !isUuid(v.get<std::string>()))
            return Error{std::string(errc::badMessage), std::string("'") + key + "' must hold UUIDs"};
        ids.push_back(v.get<std::string>());
    }
    return ids;
}

} // namespace

void Dispatcher::onPrivacyRequest(const SessionPtr &s, const protocol::Envelope &env)
{
    const std::string &t = env.type;
    if (t == ptype::requestConnectCode)
        return onRequestConnectCode(s, env);
    if (t == ptype::resolveConnectCode)
        return onResolveConnectCode(s, env);
    if (t == ptype::listAccessLog)
        return onListAccessLog(s, env);
    if (t == ptype::listSuggestions)
        return onListSuggestions(s, env);
    if (t == ptype::markSuggestionsRead)
        return onMarkSuggestionsRead(s, env);
    if (t == ptype::exportAccount)
        return onExportAccount(s, env);
    if (t == ptype::deleteAccount)
        return onDeleteAccount(s, env);
    fail(s, env.rid, errc::unknownType, "unknown message type");
}

void Dispatcher::onRequestConnectCode(const SessionPtr &s, const protocol::Envelope &env)
{
    const Principal p = *s->state().principal;
    if (p.role != Role::Erfaringskonsulent) {
        fail(s, env.rid, errc::forbidden, "only an erfaringskonsulent has a connect code");
        return;
    }
    const std::string rid = env.rid;
    const std::string code = connectcodes::newCode();
    viaStorage<Json>(
        s, rid,
        [p, code](ServerStorage &storage) -> Result<Json> {
            const int64_t expiresAt = systemMillis() + connectcodes::validMs;
            if (Status st = storage.putConnectCode(p.accountId, connectcodes::hash(*connectcodes::normalize(code)),
                                                   expiresAt);
                !st)
                return st.error();
            return Json{{"type", ptype::connectCode}, {"code", code}, {"expiresAt", expiresAt}};
        },
        [this, s, rid](Result<Json> &r) {
            if (!r)
                return fail(s, rid, r.error());
            reply(s, rid, std::move(*r));
        });
}

void Dispatcher::onResolveConnectCode(const SessionPtr &s, const protocol::Envelope &env)
{
    auto typed = protocol::requireString(env.body, "code", 32);
    if (!typed) {
        fail(s, env.rid, typed.error());
        return;
    }
    const Principal p = *s->state().principal;
    const std::string limiterKey = "connect:" + p.accountId;
    if (!codeLookups().allowed(limiterKey)) {
        fail(s, env.rid, errc::rateLimited, "too many wrong codes; wait a few minutes");
        return;
    }
    const auto code = connectcodes::normalize(*typed);
    const std::string rid = env.rid;
    if (!code) {
        codeLookups().recordFailure(limiterKey);
        fail(s, rid, protocol::privacy::errc::codeInvalid, "no such code, or it has expired");
        return;
    }
    viaStorage<Json>(
        s, rid,
        [hashed = connectcodes::hash(*code)](ServerStorage &storage) -> Result<Json> {
            auto helper = storage.helperForConnectCode(hashed, systemMillis());
            if (!helper)
                return helper.error();
            if (!*helper)
                return Json();
            auto account = storage.accountById(**helper);
            if (!account)
                return account.error();
            if (!*account || (*account)->role != Role::Erfaringskonsulent)
                return Json();
            return Json{{"type", ptype::helper}, {"accountId", (*account)->id}, {"displayName", (*account)->displayName}};
        },
        [this, s, rid, limiterKey](Result<Json> &r) {
            if (!r)
                return fail(s, rid, r.error());
            if (r->is_null()) {
                codeLookups().recordFailure(limiterKey);
                return fail(s, rid, protocol::privacy::errc::codeInvalid, "no such code, or it has expired");
            }
            reply(s, rid, std::move(*r));
        });
}

void Dispatcher::onListAccessLog(const SessionPtr &s, const protocol::Envelope &env)
{
    auto limit = protocol::optionalInt(env.body, "limit", 100, 1, 500);
    auto offset = protocol::optionalInt(env.body, "offset", 0, 0, INT32_MAX);
    if (!limit || !offset) {
        fail(s, env.rid, !limit ? limit.error() : offset.error());
        return;
    }
    const std::string rid = env.rid;
    const std::string owner = s->state().principal->accountId;
    viaStorage<Json>(
        s, rid,
        [owner, limit = static_cast<size_t>(*limit), offset = static_cast<size_t>(*offset)](
            ServerStorage &storage) -> Result<Json> {
            auto rows = storage.accessLogOf(owner, limit + 1, offset);
            if (!rows)
                return rows.error();
            Json entries = Json::array();
            for (size_t i = 0; i < rows->size() && i < limit; ++i)
                entries.push_back(entryJson((*rows)[i]));
            return Json{{"type", ptype::accessLog}, {"entries", std::move(entries)}, {"more", rows->size() > limit}};
        },
        [this, s, rid](Result<Json> &r) {
            if (!r)
                return fail(s, rid, r.error());
            reply(s, rid, std::move(*r));
        });
}

void Dispatcher::onListSuggestions(const SessionPtr &s, const protocol::Envelope &env)
{
    if (s->state().principal->role != Role::Koordinator) {
        fail(s, env.rid, errc::forbidden, "only koordinatorer read the forslagskasse");
        return;
    }
    const std::string rid = env.rid;
    viaStorage<Json>(
        s, rid,
        [](ServerStorage &storage) -> Result<Json> {
            auto rows = storage.publishedSuggestions();
            if (!rows)
                return rows.error();
            std::map<std::string, int64_t> perWeek;
            std::map<std::pair<std::string, std::string>, int64_t> perCategory;
            for (const auto &r : *rows) {
                ++perWeek[r.week];
                ++perCategory[{r.week, r.category}];
            }
            // Newest week first; inside a week by category and text, never by arrival.
            std::sort(rows->begin(), rows->end(), [](const ListedSuggestion &a, const ListedSuggestion &b) {
                return std::tie(b.week, a.category, a.text, a.id) < std::tie(a.week, b.category, b.text, b.id);
            });
            Json list = Json::array();
            for (const auto &r : *rows) {
                const bool weekShown = perWeek[r.week] >= suggestions::minCount;
                list.push_back(Json{{"id", r.id},
                                    {"category", r.category},
                                    {"text", r.text},
                                    {"week", weekShown ? Json(r.week) : Json(nullptr)},
                                    {"read", r.read}});
            }
            Json counts = Json::array();
            for (auto it = perCategory.rbegin(); it != perCategory.rend(); ++it) {
                counts.push_back(Json{{"week", it->first.first},
                                      {"category", it->first.second},
                                      {"count", it->second >= suggestions::minCount ? Json(it->second) : Json(nullptr)}});
            }
            return Json{{"type", ptype::suggestions},
                        {"suggestions", std::move(list)},
                        {"counts", std::move(counts)},
                        {"minCount", suggestions::minCount}};
        },
        [this, s, rid](Result<Json> &r) {
            if (!r)
                return fail(s, rid, r.error());
            reply(s, rid, std::move(*r));
        });
}

void Dispatcher::onMarkSuggestionsRead(const SessionPtr &s, const protocol::Envelope &env)
{
    if (s->state().principal->role != Role::Koordinator) {
        fail(s, env.rid, errc::forbidden, "only koordinatorer read the forslagskasse");
        return;
    }
    auto ids = uuidList(env.body, "ids", 500);
    if (!ids) {
        fail(s, env.rid, ids.error());
        return;
    }
    bool read = true;
    if (auto it = env.body.find("read"); it != env.body.end()) {
        if (!it->is_boolean()) {
            fail(s, env.rid, errc::badMessage, "'read' must be true or false");
            return;
        }
        read = it->get<bool>();
    }
    const std::string rid = env.rid;
    viaStorage<Json>(
        s, rid,
        [ids = *ids, read](ServerStorage &storage) -> Result<Json> {
            if (Status st = storage.markSuggestionsRead(ids, read); !st)
                return st.error();
            return Json{{"type", protocol::type::ok}};
        },
        [this, s, rid](Result<Json> &r) {
            if (!r)
                return fail(s, rid, r.error());
            reply(s, rid, std::move(*r));
        });
}

void Dispatcher::onExportAccount(const SessionPtr &s, const protocol::Envelope &env)
{
    auto cursor = protocol::optionalInt(env.body, "cursor", 0, 0, INT64_MAX);
    auto limit = protocol::optionalInt(env.body, "limit", protocol::defaultPullLimit, 1, protocol::maxPullLimit);
    if (!cursor || !limit) {
        fail(s, env.rid, !cursor ? cursor.error() : limit.error());
        return;
    }
    const std::string rid = env.rid;
    const Principal p = *s->state().principal;
    viaStorage<Json>(
        s, rid,
        [p, cursor = *cursor, limit = static_cast<size_t>(*limit)](ServerStorage &storage) -> Result<Json> {
            auto account = storage.accountById(p.accountId);
            if (!account)
                return account.error();
            if (!*account)
                return Error{std::string(errc::notAuthenticated), "this account no longer exists"};
            auto devices = storage.devicesOf(p.accountId);
            if (!devices)
                return devices.error();
            auto records = storage.recordsOwnedBy(p.accountId, cursor, limit + 1);
            if (!records)
                return records.error();
            Json list = Json::array();
            int64_t next = cursor;
            size_t bytes = 0;
            size_t taken = 0;
            for (const auto &r : *records) {
                if (taken == limit || (taken > 0 && bytes >= SyncEngine::pageByteBudget))
                    break;
                Json j = recordToJson(r.record);
                bytes += j.dump().size();
                list.push_back(std::move(j));
                next = r.seq;
                ++taken;
            }
            Json deviceList = Json::array();
            for (const auto &d : *devices) {
                deviceList.push_back(Json{{"deviceId", d.id},
                                          {"name", d.name},
                                          {"createdAt", d.createdAt},
                                          {"lastSeen", d.lastSeen},
                                          {"revoked", d.revokedAt.has_value()}});
            }
            const Account &a = **account;
            return Json{{"type", ptype::accountExport},
                        {"account",
                         {{"accountId", a.id},
                          {"username", a.username},
                          {"displayName", a.displayName},
                          {"role", roleName(a.role)},
                          {"createdAt", a.createdAt}}},
                        {"devices", std::move(deviceList)},
                        {"records", std::move(list)},
                        {"cursor", next},
                        {"more", taken < records->size()}};
        },
        [this, s, rid](Result<Json> &r) {
            if (!r)
                return fail(s, rid, r.error());
            reply(s, rid, std::move(*r));
        });
}

void Dispatcher::onDeleteAccount(const SessionPtr &s, const protocol::Envelope &env)
{
    auto password = protocol::requireString(env.body, "password", protocol::maxFrameBytes, 0); // too long: auth_failed
    if (!password) {
        fail(s, env.rid, password.error());
        return;
    }
    const Principal p = *s->state().principal;
    const std::string limiterKey = "login:" + p.username;
    if (!m_loginLimiter.tryAcquire(limiterKey)) {
        fail(s, env.rid, errc::rateLimited, "too many failed attempts; wait a few minutes");
        return;
    }
    const std::string rid = env.rid;
    viaStorage<Json>(
        s, rid,
        [p](ServerStorage &storage) -> Result<Json> {
            auto account = storage.accountById(p.accountId);
            if (!account)
                return account.error();
            return Json((*account) ? (*account)->passwordHash : std::string());
        },
        [this, s, rid, p, limiterKey, password = *password](Result<Json> &stored) {
            if (!stored)
                return fail(s, rid, stored.error());
            ++s->state().inFlight;
            m_hashing([this, s, rid, p, limiterKey, password, hash = stored->get<std::string>()] {
                const bool ok = PasswordHasher::verify(hash.empty() ? PasswordHasher::dummyHash() : hash, password) &&
                                !hash.empty();
                if (ok)
                    m_loginLimiter.reset(limiterKey);
                s->post([this, s, rid, p, ok] {
                    --s->state().inFlight;
                    if (!ok)
                        return fail(s, rid, errc::authFailed, "wrong password");
                    auto outcome = std::make_shared<GroupOutcome>();
                    auto devices = std::make_shared<std::vector<std::string>>();
                    viaStorage<Json>(
                        s, rid,
                        [this, p, outcome, devices](ServerStorage &storage) -> Result<Json> {
                            auto list = storage.devicesOf(p.accountId);
                            if (!list)
                                return list.error();
                            for (const auto &d : *list)
                                devices->push_back(d.id);
                            if (Status st = storage.begin(); !st)
                                return st.error();
                            auto done = m_engine.deleteAccount(storage, p.accountId, systemMillis());
                            Status st = done ? storage.commit() : Status{done.error()};
                            if (!st) {
                                storage.rollback();
                                return st.error();
                            }
                            *outcome = std::move(*done);
                            // Deleted rows must not live on in the write-ahead log.
                            if (Status c = storage.checkpoint(); !c)
                                spdlog::warn("event=checkpoint_after_delete_failed code={}", c.error().code);
                            return Json{{"type", ptype::accountDeleted}};
                        },
                        [this, s, rid, outcome, devices](Result<Json> &r) {
                            if (!r)
                                return fail(s, rid, r.error());
                            accountGone(s, rid, *devices, *outcome);
                        });
                });
            });
        });
}

void Dispatcher::accountGone(const SessionPtr &s, const std::string &rid, const std::vector<std::string> &deviceIds,
                             GroupOutcome &outcome)
{
    spdlog::info("event=account_deleted session={}", s->id());
    s->state().principal.reset();
    m_registry.forget(s->id());
    reply(s, rid, Json{{"type", ptype::accountDeleted}});
    if (!outcome.live.empty() || !outcome.evictions.empty())
        m_registry.fanOut(std::move(outcome.live), std::move(outcome.evictions));
    // The account's other open connections wipe their stores and are signed out.
    for (const auto &deviceId : deviceIds) {
        for (const auto &other : m_registry.byDevice(deviceId)) {
            if (other->id() == s->id())
                continue;
            other->post([this, other, deviceId] {
                auto &principal = other->state().principal;
                if (!principal || principal->deviceId != deviceId)
                    return;
                principal.reset();
                m_registry.forget(other->id());
                reply(other, "", Json{{"type", ptype::accountDeleted}});
            });
        }
    }
}

} // namespace medvandrer::server
