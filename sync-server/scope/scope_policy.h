#pragma once

#include "core/result.h"
#include "records/record.h"
#include "storage/server_storage.h"

#include <string>
#include <string_view>
#include <vector>

namespace medvandrer::server {

// The authenticated account behind a connection.
struct Principal
{
    std::string accountId;
    Role role = Role::Bruker;
    std::string deviceId;
    std::string username;
    std::string displayName;
};

// Owner of records the server creates itself (the activity calendar from import or demo).
inline constexpr std::string_view serverOwner = "server";
// Owner stored on suggestions: the link to the writer's account is never kept.
inline constexpr std::string_view anonymousOwner = "anonymous";

// Who may read a record's current state; used for live fan-out. Pull answers the same question in SQL
// (SqliteServerStorage::pullRecords); keep the two in step.
struct Audience
{
    bool everyone = false;
    bool koordinators = false;
    std::vector<std::string> accounts;
    // Of `accounts`, those who get the record without noteField: helpers of a check-in whose grants leave notes out.
    std::vector<std::string> withoutNote;

    bool includes(const std::string &accountId, Role role) const;
    bool hidesNoteFrom(const std::string &accountId) const;
};

// A check-in's note reaches another account only through an active grant to it with includeNotes; the owner always
// gets it (docs/protocol.md §7). Pull answers the same question in SQL (SqliteServerStorage::pullRecords).
inline constexpr std::string_view noteField = "note";

// The scope a record belongs to: a goal's, plan's or «Om meg»'s own id, otherwise its goalId field.
std::string scopeKeyOf(const Record &record);
bool isSharedReflection(const Record &record);

// May this account write this change? Says "forbidden", never why, so nothing about other people's records leaks;
// or reference_outside_scope when a new consent or comment names a goal that is not its owner's (the same answer
// for a missing goal and someone else's). `existing` is the stored state of the record, if any.
Status checkWrite(const Principal &who, const Record &patch, const StoredRecord *existing, ServerStorage &storage);

// A change whose kind or owner differs from the stored record's. When the writer may write the stored record (it
// is theirs, or a koordinator's activity) the exact code, kind_mismatch or owner_mismatch; otherwise forbidden, so
// nothing about someone else's record leaks.
Status checkIdentity(const Principal &who, const Record &patch, const StoredRecord *existing, ServerStorage &storage);

// The refusals above (forbidden, kind_mismatch, owner_mismatch, reference_outside_scope): one change is rejected,
// the rest of the push goes on. Anything else is a storage failure.
bool isRefusal(const Error &e);

// Everyone who may read this record now (the owner, helpers with an active grant, koordinators, all).
Result<Audience> audienceOf(const StoredRecord &record, ServerStorage &storage);

// What one helper reads of one goal through all their active grants on it.
struct HelperView
{
    bool reads = false;
    bool notes = false; // check-in notes too
};
Result<HelperView> helperView(ServerStorage &storage, const std::string &owner, const std::string &goalId,
                              const std::string &helper);

// Helpers (erfaringskonsulenter) who can read records of this goal through an active consent.
Result<std::vector<std::string>> helpersOf(ServerStorage &storage, const std::string &owner, const std::string &goalId);

} // namespace medvandrer::server
