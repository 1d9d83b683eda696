#pragma once

#include "calendar/recurrence.h"
#include "core/hlc.h"
#include "protocol/messages.h"
#include "scope/scope_policy.h"
#include "storage/server_storage.h"
#include "surveys/survey_answers.h"

#include <cstdint>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace medvandrer::server {

// One push request waiting for the group commit.
struct PushInput
{
    Principal principal;
    std::vector<protocol::DecodedChange> changes;
    uint64_t sessionId = 0;
};

// A record state to fan out after the commit, with who may see it.
struct LiveRecord
{
    StoredRecord state;
    Audience audience;
    uint64_t originSession = 0; // the pushing connection, which already has this state
};

struct LiveEviction
{
    std::string accountId;
    std::string recordId;
    int64_t seq = 0;
};

struct GroupOutcome
{
    std::vector<std::vector<protocol::ChangeResult>> results; // one list per PushInput, in order
    std::vector<LiveRecord> live;
    std::vector<LiveEviction> evictions;
    // Survey answers accepted in this group; their answers are stored after its commit, apart (surveys/).
    std::vector<surveys::AnswerClaim> surveyAnswers;
    size_t applied = 0, duplicates = 0, rejected = 0;
};

// An edit of an activity's times (start, end, recurrenceWeeks): session k of the old series becomes session k of
// the new one. Injective on sessions, so the bookings of two sessions never land in one (docs/protocol.md §6.4).
struct ScheduleMove
{
    calendar::ActivityTimes from, to;

    // Nothing when the activity's session starts are unchanged (an edit of the length alone moves no session).
    static std::optional<ScheduleMove> between(const Record &before, const Record &after);
    // Where the session starting at oldStartMs goes; nothing if it is not a session of `from` or its index is gone.
    std::optional<int64_t> target(int64_t oldStartMs) const;
};

// Push and pull against ServerStorage: validation, scope checks, merge, sequence numbers, consent side effects.
// Dialect-free: everything here goes through the ServerStorage primitives.
class SyncEngine
{
public:
    // Pull pages stop growing past this many bytes of records (about the 1 MiB frame limit), and never take a
    // record that would carry them past pageByteCeiling, so a reply stays within the 2 MiB clients must accept.
    static constexpr size_t pageByteBudget = 1024 * 1024;
    static constexpr size_t pageByteCeiling = 1792 * 1024;

    explicit SyncEngine(HybridClock &serverClock) : m_clock(serverClock) {}

    // Applies a group of pushes inside the caller's open transaction. On an Error the caller rolls back.
    Result<GroupOutcome> applyPushes(ServerStorage &storage, const std::vector<const PushInput *> &pushes, int64_t now);

    // One pull reply, encoded: the stored record bodies go into the frame as they are (no parse, no re-encode).
    // With count, a page that has more after it says how many entries remain (for a first sync's progress).
    Result<std::string> pullFrame(ServerStorage &storage, const Principal &who, int64_t cursor, size_t limit,
                                  std::string_view rid, bool count = false);

    // A record the server writes itself (activities): stamped with the server clock ("server" node) and merged
    // like any change. Runs inside the caller's transaction. Returns the stored state.
    Result<StoredRecord> writeServerRecord(ServerStorage &storage, const std::string &id, const std::string &kind,
                                           const std::string &owner, const Json &fieldValues);

    HybridClock &clock() { return m_clock; }

    // Deletes an account and everything it owns, without tombstones, inside the caller's transaction: bookings
    // are cancelled first (freed seats offered on), helpers get evictions. privacy/account_deletion.cpp.
    Result<GroupOutcome> deleteAccount(ServerStorage &storage, const std::string &accountId, int64_t now);

    // Attendance can be marked (and undone) from a session's start until this long after its end.
    static constexpr int64_t attendanceWindowAfterEndMs = int64_t(7) * 24 * 3600 * 1000;

    // How long a freed seat stays offered to the first person waiting.
    void setOfferDurationMs(int64_t ms) { m_offerMs = ms; }
    int64_t offerDurationMs() const { return m_offerMs; }
    // Ends offers whose time ran out and passes their seats on; inside the caller's transaction.
    Result<std::vector<LiveRecord>> sweepOffers(ServerStorage &storage, int64_t now);

    struct Touched
    {
        StoredRecord state;
        uint64_t originSession = 0;
    };

private:
    Result<protocol::ChangeResult> applyOne(ServerStorage &storage, const Principal &who,
                                            const protocol::DecodedChange &change, int64_t now, uint64_t sessionId,
                                            GroupOutcome &outcome, std::vector<Touched> &touched);
    Status afterConsent(ServerStorage &storage, const StoredRecord &consent, uint64_t sessionId, GroupOutcome &outcome,
                        std::vector<Touched> &touched);
    // A helper who keeps reading a goal gains or loses its check-in notes: the noted check-ins are sent again
    // (after an eviction, when notes are withdrawn).
    Status resendCheckIns(ServerStorage &storage, const Grant &grant, bool withNotes, uint64_t sessionId,
                          GroupOutcome &outcome, std::vector<Touched> &touched);
    Status afterReflection(ServerStorage &storage, const StoredRecord *before, const StoredRecord &after,
                           GroupOutcome &outcome);
    Result<protocol::ChangeResult> applyBooking(ServerStorage &storage, const Principal &who, const Change &change,
                                                const StoredRecord *before, int64_t now, std::vector<Touched> &touched);
    // A koordinator marks someone's booking attended, or undoes that, inside the attendance window.
    Result<protocol::ChangeResult> applyAttendance(ServerStorage &storage, const Principal &who, const Change &change,
                                                   const StoredRecord &before, int64_t now,
                                                   std::vector<Touched> &touched);
    // Bookings follow an edit of their activity: moved with its sessions, cancelled with it or with a session
    // that is gone, new seats offered to those waiting.
    Status afterActivity(ServerStorage &storage, const StoredRecord &after, const ScheduleMove *move, int64_t now,
                         std::vector<Touched> &touched);
    // Moves `cancelledSessions` entries of the old series with their sessions (server stamp); false if unchanged.
    bool remapCancelledSessions(Record &merged, const ScheduleMove &move);
    // Refuses a capacity below the seats already held in a session that has not ended (after `move`, if any):
    // seats once given are never taken back silently, and never more are held than exist.
    Status checkCapacity(ServerStorage &storage, const Record &merged, const ScheduleMove *move, int64_t now);
    // Writes the row's decision into the booking record with fresh server stamps, plus `serverFields`; a row
    // whose session moved also gets its new `sessionStart` and `movedFrom`. Returns the new seq.
    Result<int64_t> putBooking(ServerStorage &storage, Record record, BookingRow row, std::vector<Touched> &touched,
                               const Json &serverFields = Json::object());
    Result<int64_t> setBookingState(ServerStorage &storage, const BookingRow &row, std::vector<Touched> &touched,
                                    const Json &serverFields = Json::object());
    // Cancels a booking that still holds or wants a place (no place, no offer left); false if it was not active.
    // `reason` (activity_cancelled, session_cancelled, session_removed) becomes the booking's cancelReason.
    Result<bool> cancelBooking(ServerStorage &storage, const BookingRow &row, std::vector<Touched> &touched,
                               std::string_view reason = {});
    // Offers free seats of a session to the wait-list in order and renumbers who is still waiting.
    Status fillSeats(ServerStorage &storage, const std::string &activityId, int64_t sessionMs, int64_t now,
                     std::vector<Touched> &touched);
    Status saveClockIfUsed(ServerStorage &storage);
    // Writes `seatsTaken` (session start → seats held) on every activity whose bookings changed in `touched`, so
    // every device sees seats left as of its last sync; once per activity per group.
    Status publishSeatCounts(ServerStorage &storage, std::vector<Touched> &touched);
    Result<StoredRecord> store(ServerStorage &storage, const std::optional<StoredRecord> &existing, Record merged,
                               const Record &patch);

    // Notes a record this group wrote (its newest state replaces an earlier one of the same id), for the live
    // fan-out. Looked up by id through m_touchedAt: a linear search made a group of 2,000 pushed records quadratic.
    void noteTouched(std::vector<Touched> &touched, StoredRecord state, uint64_t session);

    HybridClock &m_clock;
    // Position in the group's `touched` of each id seen so far; entries the booking rules append themselves are
    // indexed when noteTouched next runs. Cleared at the start of each applyPushes.
    std::unordered_map<std::string, size_t> m_touchedAt;
    size_t m_touchedIndexed = 0;
    int64_t m_offerMs = int64_t(120) * 60 * 1000;
    bool m_clockUsed = false;
};

} // namespace medvandrer::server
