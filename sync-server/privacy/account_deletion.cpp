// SyncEngine::deleteAccount: the right to erasure (GDPR art. 17) as one transaction.
#include "sync/sync_engine.h"

#include "records/schema.h"

#include <algorithm>
#include <set>
#include <utility>

namespace medvandrer::server {

Result<GroupOutcome> SyncEngine::deleteAccount(ServerStorage &storage, const std::string &accountId, int64_t now)
{
    GroupOutcome outcome;
    std::vector<Touched> touched;

    // Seats first, exactly as a cancellation: the next person waiting is offered the freed seat.
    auto bookings = storage.bookingsOf(accountId);
    if (!bookings)
        return bookings.error();
    std::set<std::pair<std::string, int64_t>> sessions;
    for (const auto &b : *bookings) {
        auto cancelled = cancelBooking(storage, b, touched);
        if (!cancelled)
            return cancelled.error();
        if (*cancelled)
            sessions.insert({b.activityId, b.sessionMs});
    }
    for (const auto &[activityId, sessionMs] : sessions) {
        if (Status s = fillSeats(storage, activityId, sessionMs, now, touched); !s)
            return s.error();
    }
    // The counts everyone sees, as after any cancellation (the freed seats, less any offered on).
    if (Status s = publishSeatCounts(storage, touched); !s)
        return s.error();

    // Helpers who could read a goal lose the consent and every record of it from their devices.
    auto grants = storage.grantsGivenBy(accountId);
    if (!grants)
        return grants.error();
    std::set<std::pair<std::string, std::string>> evict;
    for (const auto &g : *grants) {
        if (!g.active)
            continue;
        evict.insert({g.helper, g.consentId});
        auto records = storage.recordsInScope(g.owner, g.goalId);
        if (!records)
            return records.error();
        for (const auto &rec : *records) {
            if (rec.record.kind != kinds::reflection || rec.shared)
                evict.insert({g.helper, rec.record.id});
        }
    }
    for (const auto &[helper, id] : evict) {
        auto seq = storage.nextSeq();
        if (!seq)
            return seq.error();
        if (Status s = storage.addEviction(helper, id, *seq); !s)
            return s.error();
        outcome.evictions.push_back(LiveEviction{helper, id, *seq});
    }

    if (Status s = saveClockIfUsed(storage); !s)
        return s.error();
    if (Status s = storage.purgeAccount(accountId); !s)
        return s.error();

    // Only other people's bookings (offers) travel on; the deleted account's own states are gone.
    for (auto &t : touched) {
        if (t.state.record.owner == accountId)
            continue;
        auto audience = audienceOf(t.state, storage);
        if (!audience)
            return audience.error();
        outcome.live.push_back(LiveRecord{std::move(t.state), std::move(*audience), 0});
    }
    return outcome;
}

} // namespace medvandrer::server
