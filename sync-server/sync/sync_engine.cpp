#include "sync/sync_engine.h"

#include "live/changes_frame.h"
#include "merge/merge.h"
#include "privacy/access_log.h"
#include "protocol/error_codes.h"
#include "records/record_json.h"
#include "records/schema.h"
#include "suggestions/suggestion_box.h"

#include <algorithm>
#include <deque>
#include <limits>
#include <unordered_map>
#include <unordered_set>

namespace medvandrer::server {

using protocol::ChangeResult;

namespace {

ChangeResult rejected(const std::string &changeId, const Error &e)
{
    return ChangeResult{changeId, "rejected", e.code, e.message, 0};
}

bool helperMayRead(const StoredRecord &rec)
{
    return rec.record.kind != kinds::reflection || rec.shared;
}

bool consentActive(const Record &consent)
{
    if (consent.isDeleted())
        return false;
    const Json *active = consent.value("active");
    // A consent is a grant unless it says otherwise.
    return !active || !active->is_boolean() || active->get<bool>();
}

bool includesNotes(const Record &consent)
{
    const Json *v = consent.value("includeNotes");
    return v && v->is_boolean() && v->get<bool>();
}

bool hasNote(const StoredRecord &rec)
{
    if (rec.record.kind != kinds::checkIn || rec.record.isDeleted())
        return false;
    const Json *note = rec.record.value(std::string(noteField));
    return note && !note->is_null();
}

} // namespace

void SyncEngine::noteTouched(std::vector<Touched> &touched, StoredRecord state, uint64_t session)
{
    if (m_touchedIndexed > touched.size()) { // another group's list: start over
        m_touchedAt.clear();
        m_touchedIndexed = 0;
    }
    // The first entry of an id wins, as the linear search it replaces found it.
    for (; m_touchedIndexed < touched.size(); ++m_touchedIndexed)
        m_touchedAt.emplace(touched[m_touchedIndexed].state.record.id, m_touchedIndexed);
    if (auto at = m_touchedAt.find(state.record.id); at != m_touchedAt.end()) {
        Touched &t = touched[at->second];
        t.state = std::move(state);
        // Pushed by several connections in one group: none of them holds the merged state, all get it.
        if (t.originSession != session)
            t.originSession = 0;
        return;
    }
    m_touchedAt.emplace(state.record.id, touched.size());
    touched.push_back(Touched{std::move(state), session});
    m_touchedIndexed = touched.size();
}

Result<StoredRecord> SyncEngine::store(ServerStorage &storage, const std::optional<StoredRecord> &existing,
                                       Record merged, const Record &patch)
{
    StoredRecord next;
    auto seq = storage.nextSeq();
    if (!seq)
        return seq.error();
    next.seq = *seq;
    if (!merged.isDeleted()) {
        next.scope = scopeKeyOf(merged);
        next.shared = isSharedReflection(merged);
    } else if (existing) {
        // A tombstone has no fields; it still travels to whoever could read the record.
        next.scope = existing->scope;
        next.shared = existing->shared;
    } else {
        next.scope = isScopeRoot(merged.kind) ? merged.id : patch.stringValue("goalId");
    }
    next.record = std::move(merged);
    if (Status s = storage.saveRecord(next); !s)
        return s.error();
    return next;
}

Result<ChangeResult> SyncEngine::applyOne(ServerStorage &storage, const Principal &who,
                                          const protocol::DecodedChange &decoded, int64_t now, uint64_t sessionId,
                                          GroupOutcome &outcome, std::vector<Touched> &touched)
{
    if (!decoded.change)
        return rejected(decoded.changeId, decoded.change.error());
    const Change &change = *decoded.change;
    Record patch = change.patch;

    if (!kindSpec(patch.kind))
        return rejected(change.changeId, Error{std::string(errc::unknownKind), "unknown record kind"});
    // Anonymous: into the suggestion inbox, never into this account's records, sequence or change ids.
    if (patch.kind == kinds::suggestion)
        return suggestions::accept(storage, change, now);
    // Only the "has answered" mark here: the answers are written after this transaction, in one of their own.
    if (patch.kind == kinds::surveyAnswer)
        return surveys::claim(storage, who, change, now, outcome.surveyAnswers);

    const std::string &accountKey = who.accountId;
    auto seen = storage.appliedChange(accountKey, change.changeId);
    if (!seen)
        return seen.error();
    if (*seen)
        return ChangeResult{change.changeId, "duplicate", {}, {}, **seen};

    if (patch.latestStamp().wallMs > now + maxFutureSkewMs)
        return rejected(change.changeId, Error{std::string(errc::clockSkew),
                                               "a stamp is more than 24 hours ahead of the server clock"});
    // Hybrid logical clock: whatever the server writes next (a seat decision, a seat count) orders after this
    // change, even from a device whose clock runs ahead; otherwise that device would keep its own "requested".
    m_clock.observe(patch.latestStamp());

    auto existing = storage.loadRecord(patch.id);
    if (!existing)
        return existing.error();
    const StoredRecord *before = *existing ? &**existing : nullptr;
    // Another kind or owner under the same id: the exact code for a record the writer may write, else "forbidden".
    if (Status s = checkIdentity(who, patch, before, storage); !s)
        return isRefusal(s.error()) ? Result<ChangeResult>(rejected(change.changeId, s.error())) : s.error();
    // Seat counts are the server's to write; a client that sends one has a bug worth noticing.
    if (patch.kind == kinds::activity && patch.value("seatsTaken"))
        return rejected(change.changeId, Error{std::string(errc::forbidden), "seatsTaken is written by the server"});
    // Seats are decided here, by the server, in the order changes arrive.
    if (patch.kind == kinds::booking)
        return applyBooking(storage, who, change, before, now, touched);
    if (Status s = checkWrite(who, patch, before, storage); !s) {
        if (!isRefusal(s.error()))
            return s.error();
        return rejected(change.changeId, s.error());
    }

    if (Status s = validateChange(patch, before ? &before->record : nullptr); !s)
        return rejected(change.changeId, s.error());

    Record merged = before ? before->record : Record{};
    int64_t seq = before ? before->seq : 0;
    const bool changed = merge(merged, patch);
    // An edit of an activity's times moves its sessions, and with them their bookings and cancellations.
    std::optional<ScheduleMove> move;
    bool serverWrote = false;
    if (changed && before && patch.kind == kinds::activity) {
        move = ScheduleMove::between(before->record, merged);
        if (patch.value("capacity") || move) {
            if (Status s = checkCapacity(storage, merged, move ? &*move : nullptr, now); !s) {
                if (s.error().code != errc::capacityBelowSeatsTaken)
                    return s.error();
                return rejected(change.changeId, s.error());
            }
        }
        if (move)
            serverWrote = remapCancelledSessions(merged, *move);
    }
    if (changed) {
        auto saved = store(storage, *existing, std::move(merged), patch);
        if (!saved)
            return saved.error();
        seq = saved->seq;
        if (patch.kind == kinds::consent) {
            if (Status s = afterConsent(storage, *saved, sessionId, outcome, touched); !s)
                return s.error();
        } else if (patch.kind == kinds::reflection) {
            if (Status s = afterReflection(storage, before, *saved, outcome); !s)
                return s.error();
        } else if (patch.kind == kinds::activity) {
            if (Status s = afterActivity(storage, *saved, move ? &*move : nullptr, now, touched); !s)
                return s.error();
        }
        // The pushing connection holds the state it sent, not what the server added to it.
        noteTouched(touched, std::move(*saved), serverWrote ? 0 : sessionId);
    }
    if (Status s = storage.recordAppliedChange(accountKey, change.changeId, seq, now); !s)
        return s.error();
    return ChangeResult{change.changeId, "applied", {}, {}, seq};
}

Status SyncEngine::afterConsent(ServerStorage &storage, const StoredRecord &consent, uint64_t sessionId,
                                GroupOutcome &outcome, std::vector<Touched> &touched)
{
    const Record &r = consent.record;
    auto old = storage.grant(r.id);
    if (!old)
        return old.error();
    Grant g;
    if (*old) {
        g = **old;
    } else {
        g.consentId = r.id;
        g.owner = r.owner;
        g.helper = r.stringValue("helperId");
        g.goalId = r.stringValue("goalId");
    }
    if (g.helper.empty() || g.goalId.empty())
        return {}; // a tombstone for a consent never seen grants nothing
    if (!r.isDeleted()) {
        g.level = r.stringValue("level");
        g.includeNotes = includesNotes(r);
    }

    bool wantActive = consentActive(r);
    if (wantActive) {
        // Only an erfaringskonsulent can be given access; a grant naming anyone else stays inert.
        auto helper = storage.accountById(g.helper);
        if (!helper)
            return helper.error();
        wantActive = *helper && (*helper)->role == Role::Erfaringskonsulent;
    }
    const bool wasActive = *old && (*old)->active;
    g.active = wantActive;
    auto viewBefore = helperView(storage, g.owner, g.goalId, g.helper);
    if (!viewBefore)
        return viewBefore.error();
    if (Status s = storage.saveGrant(g); !s)
        return s;
    auto viewAfter = helperView(storage, g.owner, g.goalId, g.helper);
    if (!viewAfter)
        return viewAfter.error();

    if (wantActive && !wasActive) {
        // Re-stamp the goal's records with fresh sequence numbers so the helper's next pull picks them up.
        auto records = storage.recordsInScope(g.owner, g.goalId);
        if (!records)
            return records.error();
        for (auto &rec : *records) {
            if (!helperMayRead(rec))
                continue;
            auto seq = storage.nextSeq();
            if (!seq)
                return seq.error();
            rec.seq = *seq;
            if (Status s = storage.saveRecord(rec); !s)
                return s;
            noteTouched(touched, std::move(rec), sessionId);
        }
    } else if (wasActive && !wantActive) {
        auto remaining = helpersOf(storage, g.owner, g.goalId);
        if (!remaining)
            return remaining.error();
        std::vector<std::string> ids{r.id};
        if (std::find(remaining->begin(), remaining->end(), g.helper) == remaining->end()) {
            auto records = storage.recordsInScope(g.owner, g.goalId);
            if (!records)
                return records.error();
            // Only what the helper could read: a private reflection's id is not theirs to learn.
            for (const auto &rec : *records) {
                if (helperMayRead(rec))
                    ids.push_back(rec.record.id);
            }
        }
        for (const auto &id : ids) {
            auto seq = storage.nextSeq();
            if (!seq)
                return seq.error();
            if (Status s = storage.addEviction(g.helper, id, *seq); !s)
                return s;
            outcome.evictions.push_back(LiveEviction{g.helper, id, *seq});
        }
    }
    // Still reading, but notes turned on or off: the noted check-ins go again, as the helper may now see them.
    const bool allResent = wantActive && !wasActive;
    if (viewBefore->reads && viewAfter->reads && viewBefore->notes != viewAfter->notes && !allResent)
        return resendCheckIns(storage, g, viewAfter->notes, sessionId, outcome, touched);
    return {};
}

Status SyncEngine::resendCheckIns(ServerStorage &storage, const Grant &g, bool withNotes, uint64_t sessionId,
                                  GroupOutcome &outcome, std::vector<Touched> &touched)
{
    auto records = storage.recordsInScope(g.owner, g.goalId);
    if (!records)
        return records.error();
    std::vector<StoredRecord> noted;
    for (auto &rec : *records) {
        if (hasNote(rec))
            noted.push_back(std::move(rec));
    }
    // Notes withdrawn: devices merge field by field, so the helper's copies are evicted first (a lower seq than the
    // re-sent state, which pull and live deliver after the eviction) and come back without the note.
    if (!withNotes) {
        for (const auto &rec : noted) {
            auto seq = storage.nextSeq();
            if (!seq)
                return seq.error();
            if (Status s = storage.addEviction(g.helper, rec.record.id, *seq); !s)
                return s;
            outcome.evictions.push_back(LiveEviction{g.helper, rec.record.id, *seq});
        }
    }
    for (auto &rec : noted) {
        auto seq = storage.nextSeq();
        if (!seq)
            return seq.error();
        rec.seq = *seq;
        if (Status s = storage.saveRecord(rec); !s)
            return s;
        noteTouched(touched, std::move(rec), sessionId);
    }
    return {};
}

Status SyncEngine::afterReflection(ServerStorage &storage, const StoredRecord *before, const StoredRecord &after,
                                   GroupOutcome &outcome)
{
    if (!before || !before->shared)
        return {};
    auto oldHelpers = helpersOf(storage, before->record.owner, before->scope);
    if (!oldHelpers)
        return oldHelpers.error();
    std::vector<std::string> newHelpers;
    if (after.shared) {
        auto h = helpersOf(storage, after.record.owner, after.scope);
        if (!h)
            return h.error();
        newHelpers = std::move(*h);
    }
    for (const auto &helper : *oldHelpers) {
        if (std::find(newHelpers.begin(), newHelpers.end(), helper) != newHelpers.end())
            continue;
        auto seq = storage.nextSeq();
        if (!seq)
            return seq.error();
        if (Status s = storage.addEviction(helper, after.record.id, *seq); !s)
            return s;
        outcome.evictions.push_back(LiveEviction{helper, after.record.id, *seq});
    }
    return {};
}

Result<GroupOutcome> SyncEngine::applyPushes(ServerStorage &storage, const std::vector<const PushInput *> &pushes,
                                             int64_t now)
{
    GroupOutcome outcome;
    std::vector<Touched> touched;
    m_touchedAt.clear();
    m_touchedIndexed = 0;
    for (const PushInput *push : pushes) {
        std::vector<ChangeResult> results;
        results.reserve(push->changes.size());
        for (const auto &change : push->changes) {
            const size_t claimsBefore = outcome.surveyAnswers.size();
            auto r = applyOne(storage, push->principal, change, now, push->sessionId, outcome, touched);
            if (!r)
                return r.error();
            for (size_t i = claimsBefore; i < outcome.surveyAnswers.size(); ++i)
                outcome.surveyAnswers[i].push = outcome.results.size();
            // Suggestions and survey answers are counted nowhere: a counter ticking at a known moment is a timestamp.
            if (change.change && (change.change->patch.kind == kinds::suggestion ||
                                  change.change->patch.kind == kinds::surveyAnswer)) {
                results.push_back(std::move(*r));
                continue;
            }
            if (r->status == "applied")
                ++outcome.applied;
            else if (r->status == "duplicate")
                ++outcome.duplicates;
            else
                ++outcome.rejected;
            results.push_back(std::move(*r));
        }
        outcome.results.push_back(std::move(results));
    }
    if (Status s = publishSeatCounts(storage, touched); !s)
        return s.error();
    if (Status s = saveClockIfUsed(storage); !s)
        return s.error();
    // Suggestion batches are published by the storage worker in a transaction of their own
    // (worker/suggestion_transaction.h), never beside rows that name their writers.
    // Audiences are computed once all grants in the group are settled.
    for (auto &t : touched) {
        auto audience = audienceOf(t.state, storage);
        if (!audience)
            return audience.error();
        outcome.live.push_back(LiveRecord{std::move(t.state), std::move(*audience), t.originSession});
    }
    if (Status s = accesslog::noteCommitted(storage, outcome.live, now); !s)
        return s.error();
    return outcome;
}

Result<std::string> SyncEngine::pullFrame(ServerStorage &storage, const Principal &who, int64_t cursor, size_t limit,
                                          std::string_view rid, bool count)
{
    // Several instances on one PostgreSQL commit between the two reads below (each a snapshot of its own): read
    // only up to the sequence committed before them (all of it is visible to both, the counter row being held to
    // commit), or a record committed between them could fall behind an eviction's larger seq and the page cursor.
    auto head = storage.meta("seq");
    if (!head)
        return head.error();
    const int64_t committed = *head && !(*head)->empty() ? std::stoll(**head) : std::numeric_limits<int64_t>::max();
    auto records = storage.pullRecords(ReadScope{who.accountId, who.role}, cursor, limit + 1, pageByteBudget);
    if (!records)
        return records.error();
    auto evictions = storage.pullEvictions(who.accountId, cursor, limit + 1);
    if (!evictions)
        return evictions.error();
    bool beyondCommitted = false; // rows committed since: the next page (or a live frame) brings them
    for (auto *rows : {&*records, &*evictions}) {
        const auto past = std::find_if(rows->begin(), rows->end(), [committed](const PulledRow &r) { return r.seq > committed; });
        beyondCommitted = beyondCommitted || past != rows->end();
        rows->erase(past, rows->end());
    }

    int64_t pageCursor = cursor;
    // Merge both streams by seq; within one page an id appears once, as its newest event.
    struct Event
    {
        int64_t seq;
        const PulledRow *row;
        bool eviction;
    };
    std::vector<Event> events;
    std::unordered_set<std::string_view> evictedHere;
    size_t ri = 0, ei = 0, bytes = 0;
    while (events.size() < limit && (ri < records->size() || ei < evictions->size())) {
        if (!events.empty() && bytes >= pageByteBudget)
            break;
        const bool takeRecord =
            ei >= evictions->size() || (ri < records->size() && (*records)[ri].seq < (*evictions)[ei].seq);
        const PulledRow &row = takeRecord ? (*records)[ri] : (*evictions)[ei];
        // A check-in re-sent without its note after its eviction starts the next page, so the device deletes its
        // copy before it merges the new state: merging alone never removes a note it holds.
        if (takeRecord && row.hideNotes && evictedHere.count(row.recordId))
            break;
        if (!takeRecord)
            evictedHere.insert(row.recordId);
        const size_t rowBytes = row.body.size() + row.recordId.size();
        if (!events.empty() && bytes + rowBytes > pageByteCeiling)
            break;
        (takeRecord ? ri : ei)++;
        bytes += rowBytes;
        events.push_back(Event{row.seq, &row, !takeRecord});
    }
    const bool more = ri < records->size() || ei < evictions->size() || beyondCommitted;
    // Ids repeat only between a record and an eviction (records hold one row per id): without evictions, no map.
    std::unordered_map<std::string_view, size_t> newest;
    if (!evictions->empty()) {
        newest.reserve(events.size());
        for (size_t i = 0; i < events.size(); ++i)
            newest[events[i].row->recordId] = i;
    }
    std::vector<std::string_view> bodies, evicted;
    bodies.reserve(events.size());
    std::deque<std::string> projected; // bodies cut to what this reader may see; stable addresses
    std::vector<std::string> delivered;
    for (size_t i = 0; i < events.size(); ++i) {
        const Event &e = events[i];
        pageCursor = std::max(pageCursor, e.seq);
        if (!newest.empty() && newest[e.row->recordId] != i)
            continue;
        if (e.eviction) {
            evicted.push_back(e.row->recordId);
            continue;
        }
        // Stored bodies are written by saveRecord as recordJsonText(...): already the wire form.
        if (e.row->body.empty() || e.row->body.front() != '{')
            return Error{"storage_error", "stored record unreadable"};
        if (e.row->hideNotes)
            bodies.push_back(projected.emplace_back(withoutField(e.row->body, noteField)));
        else
            bodies.push_back(e.row->body);
        if (who.role != Role::Bruker) // a bruker reads only own records and the calendar: no access log (privacy/access_log.cpp)
            delivered.push_back(e.row->recordId);
    }
    // Every record of someone else's in this page goes into their access log.
    if (Status s = accesslog::notePulled(storage, who, delivered, systemMillis()); !s)
        return s.error();
    std::optional<int64_t> remaining;
    if (count) {
        if (more) {
            auto pending = storage.countPending(ReadScope{who.accountId, who.role}, pageCursor, committed);
            if (!pending)
                return pending.error();
            remaining = *pending;
        } else {
            remaining = 0;
        }
    }
    return encodeChangesFrame(rid, bodies, evicted, pageCursor, more, false, remaining);
}

Result<StoredRecord> SyncEngine::writeServerRecord(ServerStorage &storage, const std::string &id,
                                                   const std::string &kind, const std::string &owner,
                                                   const Json &fieldValues)
{
    Record patch;
    patch.id = id;
    patch.kind = kind;
    patch.owner = owner;
    patch.originDevice = "server";
    auto existing = storage.loadRecord(id);
    if (!existing)
        return existing.error();
    if (*existing) {
        patch.owner = (*existing)->record.owner;
        // After the record's stamps, whichever instance's clock made them: an older stamp would lose the merge.
        m_clock.observe((*existing)->record.latestStamp());
    }
    const Hlc stamp = m_clock.tick();
    for (const auto &[name, value] : fieldValues.items()) {
        // Unchanged values keep their stamps, so re-running an import changes nothing.
        if (*existing) {
            const Json *old = (*existing)->record.value(name);
            if (old && *old == value)
                continue;
        }
        patch.fields[name] = FieldValue{value, stamp};
    }
    if (Status s = validateChange(patch, *existing ? &(*existing)->record : nullptr); !s)
        return s.error();
    Record merged = *existing ? (*existing)->record : Record{};
    if (!merge(merged, patch))
        return **existing;
    auto saved = store(storage, *existing, std::move(merged), patch);
    if (!saved)
        return saved.error();
    if (Status s = storage.setMeta("clock", m_clock.last().toString()); !s)
        return s.error();
    return saved;
}

} // namespace medvandrer::server
