// The seat rules of SyncEngine: bookings are decided by the server, in the order their changes arrive, inside the
// group-commit transaction, so no interleaving of devices, retries or crashes can hand out more seats than exist.
#include "sync/sync_engine.h"

#include "calendar/calendar_time.h"
#include "calendar/recurrence.h"
#include "merge/merge.h"
#include "protocol/error_codes.h"
#include "records/schema.h"
#include "storage/instance_locks.h"

#include <algorithm>
#include <map>
#include <set>

namespace medvandrer::server {

using protocol::ChangeResult;

namespace {

constexpr int64_t msPerHour = 3'600'000;

// Why the server cancelled a booking (its `cancelReason`); a person's own cancel has none.
constexpr std::string_view reasonActivityCancelled = "activity_cancelled";
constexpr std::string_view reasonSessionCancelled = "session_cancelled";
constexpr std::string_view reasonSessionRemoved = "session_removed";

bool isActive(const std::string &status)
{
    return status == "requested" || status == "confirmed" || status == "waitlisted" || status == "offered";
}

// Statuses that occupy one of the session's seats.
bool holdsSeat(const std::string &status)
{
    return status == "confirmed" || status == "offered" || status == "attended";
}

// Session start → seats held in it; sessions with none are absent.
std::map<int64_t, int64_t> seatsHeldPerSession(const std::vector<BookingRow> &rows)
{
    std::map<int64_t, int64_t> held;
    for (const auto &r : rows) {
        if (holdsSeat(r.status))
            ++held[r.sessionMs];
    }
    return held;
}

bool flagSet(const Record &r, const std::string &field)
{
    const Json *v = r.value(field);
    return v && v->is_boolean() && v->get<bool>();
}

std::optional<int64_t> capacityOf(const Record &activity)
{
    const Json *v = activity.value("capacity");
    if (!v || !v->is_number_integer())
        return std::nullopt;
    return v->get<int64_t>();
}

// Sessions a koordinator cancelled one by one, as UTC instants.
std::set<int64_t> cancelledSessions(const Record &activity)
{
    std::set<int64_t> out;
    if (const Json *list = activity.value("cancelledSessions"); list && list->is_array()) {
        for (const auto &item : *list) {
            if (item.is_string())
                if (auto ms = calendar::parseDateTimeMs(item.get<std::string>()))
                    out.insert(*ms);
        }
    }
    return out;
}

bool activityClosed(const Record &activity)
{
    return activity.isDeleted() || flagSet(activity, "cancelled");
}

void noteServerWrite(std::vector<SyncEngine::Touched> &touched, StoredRecord state)
{
    // Session 0: the pushing connection must see the server's decision live too.
    for (auto &t : touched) {
        if (t.state.record.id == state.record.id) {
            t.state = std::move(state);
            t.originSession = 0;
            return;
        }
    }
    touched.push_back(SyncEngine::Touched{std::move(state), 0});
}

} // namespace

Status SyncEngine::saveClockIfUsed(ServerStorage &storage)
{
    if (!m_clockUsed)
        return {};
    m_clockUsed = false;
    // Persisted with the decisions, so a restarted server's stamps still order after them.
    return storage.setMeta("clock", m_clock.last().toString());
}

Result<int64_t> SyncEngine::putBooking(ServerStorage &storage, Record record, BookingRow row,
                                       std::vector<Touched> &touched, const Json &serverFields)
{
    // After every stamp the record has: another instance's clock may be ahead of this one's, and a stamp older
    // than the field's would lose on every device (and in the merge of the next server write).
    m_clock.observe(record.latestStamp());
    const Hlc stamp = m_clock.tick();
    m_clockUsed = true;
    auto setField = [&](const std::string &name, Json value) {
        const Json *old = record.value(name);
        if (old ? *old == value : value.is_null())
            return;
        record.fields[name] = FieldValue{std::move(value), stamp};
    };
    // The row is the truth: a session the server moved the booking to is written into the record, with where it
    // came from. Devices never write sessionStart after creating (immutable for them).
    const auto recordedMs = calendar::parseDateTimeMs(record.stringValue("sessionStart"));
    if (recordedMs && *recordedMs != row.sessionMs) {
        setField("movedFrom", calendar::formatUtc(*recordedMs));
        setField("sessionStart", calendar::formatUtc(row.sessionMs));
    }
    setField("status", row.status);
    setField("position", row.position > 0 ? Json(row.position) : Json(nullptr));
    setField("offerExpires", row.offerExpiresMs > 0 ? Json(calendar::formatUtc(row.offerExpiresMs)) : Json(nullptr));
    for (const auto &[name, value] : serverFields.items())
        setField(name, value);

    auto seq = storage.nextSeq();
    if (!seq)
        return seq.error();
    if (row.arrival == 0)
        row.arrival = *seq;
    StoredRecord stored;
    stored.record = std::move(record);
    stored.seq = *seq;
    if (Status s = storage.saveRecord(stored); !s)
        return s.error();
    if (Status s = storage.saveBooking(row); !s)
        return s.error();
    noteServerWrite(touched, std::move(stored));
    return *seq;
}

Result<int64_t> SyncEngine::setBookingState(ServerStorage &storage, const BookingRow &row, std::vector<Touched> &touched,
                                            const Json &serverFields)
{
    auto rec = storage.loadRecord(row.id);
    if (!rec)
        return rec.error();
    if (!*rec)
        return Error{"storage_error", "booking index points at a missing record"};
    return putBooking(storage, std::move((*rec)->record), row, touched, serverFields);
}

Result<bool> SyncEngine::cancelBooking(ServerStorage &storage, const BookingRow &row, std::vector<Touched> &touched,
                                       std::string_view reason)
{
    // Attendance is final, except when its session is gone from the schedule: no seat may point outside it.
    const bool sessionGone = reason == reasonSessionRemoved;
    if (!isActive(row.status) && !(sessionGone && row.status == "attended"))
        return false;
    BookingRow next = row;
    next.status = "cancelled";
    next.position = 0;
    next.offerExpiresMs = 0;
    const Json extra = reason.empty() ? Json::object() : Json{{"cancelReason", std::string(reason)}};
    if (auto seq = setBookingState(storage, next, touched, extra); !seq)
        return seq.error();
    return true;
}

Status SyncEngine::fillSeats(ServerStorage &storage, const std::string &activityId, int64_t sessionMs, int64_t now,
                             std::vector<Touched> &touched)
{
    auto activity = storage.loadRecord(activityId);
    if (!activity)
        return activity.error();
    if (!*activity || activityClosed((*activity)->record))
        return {};
    const auto capacity = capacityOf((*activity)->record);
    auto rows = storage.bookingsForSession(activityId, sessionMs);
    if (!rows)
        return rows.error();
    int64_t held = 0;
    std::vector<BookingRow> waiting;
    for (const auto &r : *rows) {
        if (holdsSeat(r.status))
            ++held;
        else if (r.status == "waitlisted")
            waiting.push_back(r);
    }
    std::stable_sort(waiting.begin(), waiting.end(), [](const BookingRow &a, const BookingRow &b) {
        return a.position != b.position ? a.position < b.position : a.arrival < b.arrival;
    });
    int64_t position = 0;
    for (auto &w : waiting) {
        BookingRow next = w;
        if (capacity && held < *capacity) {
            next.status = "offered";
            next.position = 0;
            next.offerExpiresMs = now + m_offerMs;
            ++held;
        } else {
            next.position = ++position;
        }
        if (next.status == w.status && next.position == w.position)
            continue;
        if (auto seq = setBookingState(storage, next, touched); !seq)
            return seq.error();
    }
    return {};
}

Result<ChangeResult> SyncEngine::applyAttendance(ServerStorage &storage, const Principal &who, const Change &change,
                                                 const StoredRecord &before, int64_t now, std::vector<Touched> &touched)
{
    const Record &patch = change.patch;
    auto reject = [&](std::string_view code, std::string message) -> Result<ChangeResult> {
        return ChangeResult{change.changeId, "rejected", std::string(code), std::move(message), 0};
    };
    auto done = [&](int64_t seq) -> Result<ChangeResult> {
        if (Status s = storage.recordAppliedChange(who.accountId, change.changeId, seq, now); !s)
            return s.error();
        return ChangeResult{change.changeId, "applied", {}, {}, seq};
    };
    const Json *status = patch.value("status");
    if (patch.isDeleted() || patch.fields.size() != 1 || !status || (*status != "attended" && *status != "confirmed"))
        return reject(errc::forbidden, "a koordinator may only set status \"attended\" (or \"confirmed\" to undo it) "
                                       "on someone's booking");
    const std::string want = status->get<std::string>();
    auto row = storage.booking(patch.id);
    if (!row)
        return row.error();
    if (!*row)
        return reject(errc::forbidden, "outside your scope");
    if ((*row)->status == want)
        return done(before.seq); // already so: a retry, or two koordinatorer agreeing
    // Undo is "confirmed" on an attended booking, nothing else: the seat rules stay the server's.
    const std::string from = want == "attended" ? "confirmed" : "attended";
    if ((*row)->status != from)
        return reject(errc::forbidden, want == "attended" ? "only a confirmed booking can be marked attended"
                                                          : "only an attended booking can be set back to confirmed");
    // Nobody is told they attended a session that has not begun; old sessions are closed after a week.
    auto activity = storage.loadRecord((*row)->activityId);
    if (!activity)
        return activity.error();
    std::optional<calendar::Session> session;
    if (*activity && !(*activity)->record.isDeleted())
        if (const auto times = calendar::activityTimes((*activity)->record))
            session = calendar::sessionAt(*times, (*row)->sessionMs);
    if (!session || now < session->startMs || now > session->endMs + attendanceWindowAfterEndMs)
        return reject(errc::attendanceNotOpen, "attendance can be marked from the session's start until 7 days "
                                               "after its end");
    BookingRow next = **row;
    next.status = want;
    auto seq = putBooking(storage, before.record, next, touched);
    if (!seq)
        return seq.error();
    return done(*seq);
}

Result<ChangeResult> SyncEngine::applyBooking(ServerStorage &storage, const Principal &who, const Change &change,
                                              const StoredRecord *before, int64_t now, std::vector<Touched> &touched)
{
    const Record &patch = change.patch;
    auto reject = [&](std::string_view code, std::string message) -> Result<ChangeResult> {
        return ChangeResult{change.changeId, "rejected", std::string(code), std::move(message), 0};
    };
    auto done = [&](int64_t seq) -> Result<ChangeResult> {
        if (Status s = storage.recordAppliedChange(who.accountId, change.changeId, seq, now); !s)
            return s.error();
        return ChangeResult{change.changeId, "applied", {}, {}, seq};
    };

    const bool own = patch.owner == who.accountId && (!before || before->record.owner == who.accountId);
    if (!own) {
        // The one thing anyone else may do to a booking: a koordinator marks attendance, or undoes it.
        if (who.role != Role::Koordinator || !before || before->record.isDeleted() ||
            patch.owner != before->record.owner)
            return reject(errc::forbidden, "outside your scope");
        return applyAttendance(storage, who, change, *before, now, touched);
    }

    if (patch.isDeleted())
        return reject(errc::forbidden, "bookings are not deleted: set wantsCancel to true");
    if (patch.value("position") || patch.value("offerExpires") || patch.value("movedFrom") ||
        patch.value("cancelReason"))
        return reject(errc::forbidden, "position, offerExpires, movedFrom and cancelReason are set by the server");
    if (const Json *status = patch.value("status"); status && *status != "requested")
        return reject(errc::forbidden, "status is decided by the server; a device may only write \"requested\"");
    if (Status s = validateChange(patch, before ? &before->record : nullptr); !s)
        return reject(s.error().code, s.error().message);

    // The device's own fields merge as usual; status comes only from the server's stamps.
    Record clientPart = patch;
    clientPart.fields.erase("status");
    Record merged = before ? before->record : Record{};
    merge(merged, clientPart);

    std::optional<BookingRow> existing;
    if (before) {
        auto row = storage.booking(patch.id);
        if (!row)
            return row.error();
        existing = std::move(*row);
    }

    if (!existing) {
        const std::string activityId = merged.stringValue("activityId");
        const auto sessionMs = calendar::parseDateTimeMs(merged.stringValue("sessionStart"));
        if (!sessionMs)
            return reject(errc::invalidRecord, "field 'sessionStart': must be an RFC 3339 date-time");
        auto activity = storage.loadRecord(activityId);
        if (!activity)
            return activity.error();
        if (!*activity || (*activity)->record.kind != kinds::activity || (*activity)->record.isDeleted())
            return reject(errc::bookingClosed, "no such activity");
        const Record &act = (*activity)->record;
        if (flagSet(act, "cancelled"))
            return reject(errc::bookingClosed, "the activity is cancelled");
        const auto capacity = capacityOf(act);
        if (!capacity)
            return reject(errc::noBookingNeeded, "this activity is open: no booking needed");
        const auto times = calendar::activityTimes(act);
        if (!times || !calendar::sessionAt(*times, *sessionMs))
            return reject(errc::bookingClosed, "sessionStart is not a session of this activity");
        if (cancelledSessions(act).contains(*sessionMs))
            return reject(errc::bookingClosed, "this session is cancelled");
        int64_t deadlineHours = 0;
        if (const Json *d = act.value("bookingDeadlineHours"); d && d->is_number_integer())
            deadlineHours = d->get<int64_t>();
        if (now > *sessionMs - deadlineHours * msPerHour)
            return reject(errc::bookingClosed, "booking has closed for this session");

        auto rows = storage.bookingsForSession(activityId, *sessionMs);
        if (!rows)
            return rows.error();
        int64_t held = 0, waiting = 0;
        for (const auto &r : *rows) {
            if (r.owner == who.accountId && isActive(r.status))
                return reject(errc::alreadyBooked, "you already have a booking for this session");
            held += holdsSeat(r.status) ? 1 : 0;
            waiting += r.status == "waitlisted" ? 1 : 0;
        }
        BookingRow row;
        row.id = patch.id;
        row.activityId = activityId;
        row.sessionMs = *sessionMs;
        row.owner = who.accountId;
        // Nobody jumps the queue: a seat goes straight to a newcomer only when no one is waiting.
        if (held < *capacity && waiting == 0) {
            row.status = "confirmed";
        } else {
            row.status = "waitlisted";
            row.position = waiting + 1;
        }
        auto seq = putBooking(storage, std::move(merged), row, touched);
        if (!seq)
            return seq.error();
        return done(*seq);
    }

    BookingRow next = *existing;
    bool reshuffle = false; // a seat or a wait-list place was given up
    if (flagSet(patch, "wantsCancel") && isActive(next.status)) {
        reshuffle = true;
        next.status = "cancelled";
        next.position = 0;
        next.offerExpiresMs = 0;
    } else if (patch.value("acceptOffer") && next.status == "offered") {
        if (now > next.offerExpiresMs || !flagSet(patch, "acceptOffer")) {
            next.status = "declined"; // said no, or answered after the offer ran out
            reshuffle = true;
        } else {
            next.status = "confirmed";
        }
        next.offerExpiresMs = 0;
    }
    auto seq = putBooking(storage, std::move(merged), next, touched);
    if (!seq)
        return seq.error();
    if (reshuffle) {
        if (Status s = fillSeats(storage, next.activityId, next.sessionMs, now, touched); !s)
            return s.error();
    }
    return done(*seq);
}

std::optional<ScheduleMove> ScheduleMove::between(const Record &before, const Record &after)
{
    const auto from = calendar::activityTimes(before);
    const auto to = calendar::activityTimes(after);
    if (!from || !to || (from->startMs == to->startMs && from->recurrenceWeeks == to->recurrenceWeeks))
        return std::nullopt;
    return ScheduleMove{*from, *to};
}

std::optional<int64_t> ScheduleMove::target(int64_t oldStartMs) const
{
    const auto old = calendar::sessionAt(from, oldStartMs);
    if (!old || old->index > to.recurrenceWeeks)
        return std::nullopt;
    return calendar::sessionStartMs(to, old->index);
}

bool SyncEngine::remapCancelledSessions(Record &merged, const ScheduleMove &move)
{
    const Json *list = merged.value("cancelledSessions");
    if (!list || !list->is_array() || list->empty())
        return false;
    // Entries are read against the old series; one that names no session of it, or a session that is gone, goes.
    std::set<int64_t> moved;
    for (int64_t ms : cancelledSessions(merged)) {
        if (auto to = move.target(ms))
            moved.insert(*to);
    }
    Json next = Json::array();
    for (int64_t ms : moved)
        next.push_back(calendar::formatUtc(ms));
    if (next == *list)
        return false;
    m_clock.observe(merged.latestStamp()); // after the stamps it has, whichever instance wrote them
    merged.fields["cancelledSessions"] = FieldValue{std::move(next), m_clock.tick()};
    m_clockUsed = true;
    return true;
}

Status SyncEngine::afterActivity(ServerStorage &storage, const StoredRecord &after, const ScheduleMove *move,
                                 int64_t now, std::vector<Touched> &touched)
{
    auto rows = storage.bookingsForActivity(after.record.id);
    if (!rows)
        return rows.error();
    // A cancelled activity cancels every booking, a cancelled session that session's; everyone booked hears
    // about it at their next sync.
    const bool closed = activityClosed(after.record);
    const std::set<int64_t> cancelled = cancelledSessions(after.record);
    std::set<int64_t> open;
    for (BookingRow r : *rows) {
        if (move) {
            // Every booking follows its session to the same place in the new series; where that place is gone,
            // so is the booking (no seats there to pass on). Final ones there stay as they were: they hold nothing.
            const auto to = move->target(r.sessionMs);
            if (!to) {
                if (auto done = cancelBooking(storage, r, touched, reasonSessionRemoved); !done)
                    return done.error();
                continue;
            }
            if (*to != r.sessionMs) {
                r.sessionMs = *to;
                if (auto seq = setBookingState(storage, r, touched); !seq)
                    return seq.error();
            }
        }
        if (closed || cancelled.contains(r.sessionMs)) {
            if (auto done = cancelBooking(storage, r, touched,
                                          closed ? reasonActivityCancelled : reasonSessionCancelled);
                !done)
                return done.error();
        } else {
            open.insert(r.sessionMs);
        }
    }
    // The capacity may have grown: offer new seats to those waiting.
    for (int64_t sessionMs : open) {
        if (Status s = fillSeats(storage, after.record.id, sessionMs, now, touched); !s)
            return s;
    }
    return {};
}

Status SyncEngine::checkCapacity(ServerStorage &storage, const Record &merged, const ScheduleMove *move, int64_t now)
{
    if (activityClosed(merged))
        return {};
    const auto capacity = capacityOf(merged);
    if (!capacity)
        return {}; // open: nobody needs a seat
    const auto times = calendar::activityTimes(merged);
    const int64_t durationMs = times ? times->durationMs : 0;
    auto rows = storage.bookingsForActivity(merged.id);
    if (!rows)
        return rows.error();
    for (const auto &[heldMs, count] : seatsHeldPerSession(*rows)) {
        // Where these seats will be after the edit; a session that is gone holds none. The move is injective,
        // so the count per session is the same before and after.
        const auto sessionMs = move ? move->target(heldMs) : std::optional<int64_t>(heldMs);
        if (!sessionMs)
            continue;
        if (*sessionMs + durationMs > now && count > *capacity) // sessions that have ended keep their history
            return Error{std::string(errc::capacityBelowSeatsTaken),
                         "session " + calendar::formatUtc(*sessionMs) + " has " + std::to_string(count) +
                             " seats held; cancel bookings before lowering the capacity below that"};
    }
    return {};
}

Status SyncEngine::publishSeatCounts(ServerStorage &storage, std::vector<Touched> &touched)
{
    std::set<std::string> activities;
    for (const auto &t : touched) {
        if (t.state.record.kind == kinds::booking)
            activities.insert(t.state.record.stringValue("activityId"));
    }
    // In id order (std::set), after the transaction's session locks: several instances recount one at a time.
    auto *locks = dynamic_cast<InstanceLocks *>(&storage);
    for (const std::string &activityId : activities) {
        if (locks) {
            if (Status s = locks->lockSeatCounts(activityId); !s)
                return s;
        }
        auto activity = storage.loadRecord(activityId);
        if (!activity)
            return activity.error();
        if (!*activity || (*activity)->record.kind != kinds::activity || (*activity)->record.isDeleted())
            continue;
        auto rows = storage.bookingsForActivity(activityId);
        if (!rows)
            return rows.error();
        // Only counts, per session: nothing here says who booked.
        Json seats = Json::object();
        for (const auto &[sessionMs, count] : seatsHeldPerSession(*rows))
            seats[calendar::formatUtc(sessionMs)] = count;
        const Json *current = (*activity)->record.value("seatsTaken");
        if (current && *current == seats)
            continue;
        if (!current && seats.empty())
            continue;
        auto saved = writeServerRecord(storage, activityId, std::string(kinds::activity), (*activity)->record.owner,
                                       Json{{"seatsTaken", std::move(seats)}});
        if (!saved)
            return saved.error();
        m_clockUsed = true;
        noteServerWrite(touched, std::move(*saved));
    }
    return {};
}

Result<std::vector<LiveRecord>> SyncEngine::sweepOffers(ServerStorage &storage, int64_t now)
{
    std::vector<LiveRecord> live;
    auto expired = storage.expiredOffers(now);
    if (!expired)
        return expired.error();
    if (expired->empty())
        return live;
    std::vector<Touched> touched;
    for (const auto &r : *expired) {
        BookingRow next = r;
        next.status = "declined";
        next.offerExpiresMs = 0;
        if (auto seq = setBookingState(storage, next, touched); !seq)
            return seq.error();
        if (Status s = fillSeats(storage, r.activityId, r.sessionMs, now, touched); !s)
            return s.error();
    }
    if (Status s = publishSeatCounts(storage, touched); !s)
        return s.error();
    if (Status s = saveClockIfUsed(storage); !s)
        return s.error();
    for (auto &t : touched) {
        auto audience = audienceOf(t.state, storage);
        if (!audience)
            return audience.error();
        live.push_back(LiveRecord{std::move(t.state), std::move(*audience), 0});
    }
    return live;
}

} // namespace medvandrer::server
