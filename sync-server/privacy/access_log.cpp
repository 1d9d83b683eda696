#include "privacy/access_log.h"

#include "records/schema.h"
#include "sync/sync_engine.h"

#include <chrono>
#include <cstdio>
#include <map>
#include <tuple>

namespace medvandrer::server::accesslog {

namespace {

constexpr int64_t dayMs = 86'400'000;

Status purgeOldRows(ServerStorage &storage, int64_t now)
{
    // Once a day per process is enough; the storage thread is the only caller while serving.
    static std::string lastPurgedOn;
    const std::string today = utcDay(now);
    if (lastPurgedOn == today)
        return {};
    if (Status s = storage.purgeAccessLogBefore(utcDay(now - retentionDays * dayMs)); !s)
        return s;
    lastPurgedOn = today;
    return {};
}

} // namespace

std::string utcDay(int64_t epochMs)
{
    using namespace std::chrono;
    const year_month_day ymd{sys_days{days{epochMs / dayMs}}};
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                  static_cast<unsigned>(ymd.day()));
    return buf;
}

bool isPersonal(const std::string &kind, const std::string &owner)
{
    return owner != serverOwner && owner != anonymousOwner && kind != kinds::activity && kind != kinds::answer &&
           kind != kinds::suggestion;
}

Status noteDelivery(ServerStorage &storage, const Reader &reader, const std::vector<RecordHeader> &records, int64_t now)
{
    // owner, kind, goal id, record id → one row; a page of 500 check-ins of one goal is one delivery.
    std::map<std::tuple<std::string, std::string, std::string, std::string>, bool> rows;
    for (const auto &r : records) {
        if (r.owner == reader.accountId || !isPersonal(r.kind, r.owner))
            continue;
        const bool inGoal = !r.scope.empty() && r.kind != kinds::booking;
        rows[{r.owner, r.kind, inGoal ? r.scope : std::string(), inGoal ? std::string() : r.id}] = true;
    }
    if (rows.empty())
        return {};
    if (Status s = purgeOldRows(storage, now); !s)
        return s;
    const std::string day = utcDay(now);
    for (const auto &[key, unused] : rows) {
        AccessEntry e{std::get<0>(key), reader.accountId, reader.displayName, std::string(roleName(reader.role)),
                      std::get<1>(key), std::get<2>(key), std::get<3>(key), day, 1, now, now};
        if (Status s = storage.noteAccess(e); !s)
            return s;
    }
    return {};
}

Status notePulled(ServerStorage &storage, const Principal &who, const std::vector<std::string> &recordIds, int64_t now)
{
    if (recordIds.empty() || who.role == Role::Bruker)
        return {}; // a bruker reads only own records and the shared calendar
    auto headers = storage.recordHeaders(recordIds);
    if (!headers)
        return headers.error();
    return noteRead(storage, who, *headers, now);
}

Status noteRead(ServerStorage &storage, const Principal &who, const std::vector<RecordHeader> &records, int64_t now)
{
    bool any = false;
    for (const auto &h : records)
        any = any || (h.owner != who.accountId && isPersonal(h.kind, h.owner));
    if (!any)
        return {};
    if (Status s = storage.begin(); !s)
        return s;
    if (Status s = noteDelivery(storage, Reader{who.accountId, who.displayName, who.role}, records, now); !s) {
        storage.rollback();
        return s;
    }
    return storage.commit();
}

Status noteCommitted(ServerStorage &storage, const std::vector<LiveRecord> &live, int64_t now)
{
    std::map<std::string, std::vector<RecordHeader>> byReader;
    std::optional<std::vector<Account>> koordinators;
    for (const auto &l : live) {
        const Record &r = l.state.record;
        if (!isPersonal(r.kind, r.owner))
            continue;
        const RecordHeader h{r.id, r.kind, r.owner, l.state.scope};
        for (const auto &account : l.audience.accounts) {
            if (account != r.owner)
                byReader[account].push_back(h);
        }
        if (l.audience.koordinators) {
            if (!koordinators) {
                auto k = storage.accountsWithRole(Role::Koordinator);
                if (!k)
                    return k.error();
                koordinators = std::move(*k);
            }
            for (const auto &k : *koordinators) {
                if (k.id != r.owner)
                    byReader[k.id].push_back(h);
            }
        }
    }
    for (const auto &[readerId, headers] : byReader) {
        auto account = storage.accountById(readerId);
        if (!account)
            return account.error();
        if (!*account)
            continue;
        if (Status s = noteDelivery(storage, Reader{readerId, (*account)->displayName, (*account)->role}, headers, now);
            !s)
            return s;
    }
    return {};
}

} // namespace medvandrer::server::accesslog
