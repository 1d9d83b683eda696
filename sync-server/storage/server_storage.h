#pragma once

#include "core/result.h"
#include "privacy/privacy_rows.h"
#include "records/record.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace medvandrer::server {

enum class Role { Bruker, Erfaringskonsulent, Koordinator };

std::string_view roleName(Role role);
std::optional<Role> parseRole(std::string_view name);

struct Account
{
    std::string id;
    std::string username;
    std::string displayName;
    Role role = Role::Bruker;
    std::string passwordHash;
    int64_t createdAt = 0;
};

struct Device
{
    std::string id;
    std::string accountId;
    std::string name;
    int64_t createdAt = 0;
    int64_t lastSeen = 0;
    std::optional<int64_t> revokedAt;
};

struct Invite
{
    std::string codeHash;
    Role role = Role::Bruker;
    std::string createdBy;
    int64_t createdAt = 0;
    int64_t expiresAt = 0;
    std::string inviteId; // random, shown to koordinatorer to name the invite; never lets anyone register
};

// A record's merged state plus what the server derives from it to answer "who may read this".
struct StoredRecord
{
    Record record;
    int64_t seq = 0;
    std::string scope;   // goal id the record belongs to (a goal's own id); kept after deletion
    bool shared = false; // reflection shared with the goal's helpers
};

// The server's view of one consent record: a helper's read (or comment) access to one goal.
struct Grant
{
    std::string consentId;
    std::string owner;
    std::string helper;
    std::string goalId;
    std::string level; // "read" | "comment"
    bool active = false;
    bool includeNotes = false; // the helper also reads the goal's check-in notes (docs/protocol.md §7)
};

// Who may read what on pull: the storage turns this into its own query language.
struct ReadScope
{
    std::string accountId;
    Role role = Role::Bruker;
};

// The server's index of one booking: what seat decisions are made from, kept in step with the record.
struct BookingRow
{
    std::string id;
    std::string activityId;
    int64_t sessionMs = 0; // the session's start, epoch ms
    std::string owner;
    std::string status;
    int64_t position = 0;       // wait-list place, 1 = next; 0 when not wait-listed
    int64_t offerExpiresMs = 0; // 0 when no offer is open
    int64_t arrival = 0;        // seq at which the server first took the request: the order of arrival
};

struct PulledRow
{
    int64_t seq = 0;
    std::string recordId;
    std::string body; // stored record JSON, for records; empty for evictions
    bool hideNotes = false; // someone else's check-in, read through no grant that includes notes
};

// Storage primitives the sync engine and auth services are written against. One instance is used from one
// thread at a time (the storage thread, or an admin command). Everything dialect-specific lives in the
// implementation, so a PostgreSQL backend only has to provide these.
class ServerStorage
{
public:
    virtual ~ServerStorage() = default;

    virtual Status begin() = 0;
    virtual Status commit() = 0;
    virtual void rollback() = 0;

    // Next value of the one global, monotonic sequence (records and evictions share it).
    virtual Result<int64_t> nextSeq() = 0;
    virtual Result<std::optional<std::string>> meta(const std::string &key) = 0;
    virtual Status setMeta(const std::string &key, const std::string &value) = 0;

    virtual Result<std::optional<Account>> accountById(const std::string &id) = 0;
    virtual Result<std::optional<Account>> accountByUsername(const std::string &username) = 0;
    virtual Status insertAccount(const Account &account) = 0;
    virtual Result<std::vector<Account>> accountsWithRole(Role role) = 0;

    virtual Status insertDevice(const Device &device, const std::string &tokenHash) = 0;
    // The live (not revoked) device holding this token.
    virtual Result<std::optional<Device>> deviceByTokenHash(const std::string &tokenHash) = 0;
    virtual Result<std::optional<Device>> deviceById(const std::string &id) = 0;
    virtual Status touchDevice(const std::string &deviceId, int64_t now) = 0;
    virtual Result<std::vector<Device>> devicesOf(const std::string &accountId) = 0;
    virtual Result<bool> revokeDevice(const std::string &deviceId, int64_t now) = 0;

    virtual Status insertInvite(const Invite &invite) = 0;
    // Marks an unused, unexpired, not withdrawn invite used; returns its role, or nothing if there is no such invite.
    virtual Result<std::optional<Role>> consumeInvite(const std::string &codeHash, const std::string &accountId,
                                                      int64_t now) = 0;
    // Invites still open at `now` (not used, expired or withdrawn), oldest first; codeHash is left empty.
    virtual Result<std::vector<Invite>> openInvites(int64_t now) = 0;
    // Withdraws an open invite; false if there is no open invite with this id.
    virtual Result<bool> withdrawInvite(const std::string &inviteId, int64_t now) = 0;

    virtual Result<std::optional<StoredRecord>> loadRecord(const std::string &id) = 0;
    virtual Status saveRecord(const StoredRecord &record) = 0;
    // Records of one person's goal (the goal, its steps, check-ins, comments, reflections).
    virtual Result<std::vector<StoredRecord>> recordsInScope(const std::string &owner, const std::string &goalId) = 0;

    virtual Result<std::optional<int64_t>> appliedChange(const std::string &accountKey, const std::string &changeId) = 0;
    virtual Status recordAppliedChange(const std::string &accountKey, const std::string &changeId, int64_t seq,
                                       int64_t now) = 0;

    virtual Result<std::optional<Grant>> grant(const std::string &consentId) = 0;
    virtual Status saveGrant(const Grant &grant) = 0;
    virtual Result<std::vector<Grant>> activeGrantsOn(const std::string &owner, const std::string &goalId) = 0;

    virtual Status saveBooking(const BookingRow &booking) = 0;
    virtual Result<std::optional<BookingRow>> booking(const std::string &id) = 0;
    // One session's bookings in order of arrival.
    virtual Result<std::vector<BookingRow>> bookingsForSession(const std::string &activityId, int64_t sessionMs) = 0;
    // All of an activity's bookings, by session, then arrival.
    virtual Result<std::vector<BookingRow>> bookingsForActivity(const std::string &activityId) = 0;
    // Offers still open whose time ran out at or before nowMs.
    virtual Result<std::vector<BookingRow>> expiredOffers(int64_t nowMs) = 0;

    virtual Status addEviction(const std::string &accountId, const std::string &recordId, int64_t seq) = 0;

    // Rows with seq > cursor, oldest first, at most limit of each; hideNotes set as scope/scope_policy.h says. Records also stop one row after their bodies
    // reach maxBytes: that last row only tells the caller more follow, so a page never reads far past its budget.
    virtual Result<std::vector<PulledRow>> pullRecords(const ReadScope &scope, int64_t cursor, size_t limit,
                                                       size_t maxBytes) = 0;
    virtual Result<std::vector<PulledRow>> pullEvictions(const std::string &accountId, int64_t cursor,
                                                         size_t limit) = 0;

    // Walking beside and data rights (sync-server/privacy/, sync-server/suggestions/).
    // A helper's connect code (hashed); a new one replaces the helper's previous code.
    virtual Status putConnectCode(const std::string &helperId, const std::string &codeHash, int64_t expiresAt) = 0;
    virtual Result<std::optional<std::string>> helperForConnectCode(const std::string &codeHash, int64_t now) = 0;
    virtual Result<std::vector<RecordHeader>> recordHeaders(const std::vector<std::string> &ids) = 0;
    // Adds one delivery to the entry's aggregated row (count + 1, lastAt).
    virtual Status noteAccess(const AccessEntry &entry) = 0;
    virtual Result<std::vector<AccessEntry>> accessLogOf(const std::string &owner, size_t limit, size_t offset) = 0;
    virtual Status purgeAccessLogBefore(const std::string &day) = 0;
    // The suggestion inbox lives in its own file, never in the writer's transaction log.
    // "" for a new suggestion, "duplicate" for a change id seen before, "taken" for an id already in the inbox.
    virtual Result<std::string> suggestionState(const std::string &recordId, const std::string &changeHash) = 0;
    virtual Status putSuggestion(const InboxSuggestion &suggestion, const std::string &changeHash) = 0;
    virtual Result<std::vector<InboxSuggestion>> inboxSuggestions() = 0;
    virtual Status removeFromInbox(const std::vector<std::string> &ids) = 0;
    virtual Result<std::vector<ListedSuggestion>> publishedSuggestions() = 0;
    virtual Status markSuggestionsRead(const std::vector<std::string> &ids, bool read) = 0;
    // Everything one account owns, by seq; and the purge that deletes it without tombstones.
    virtual Result<std::vector<StoredRecord>> recordsOwnedBy(const std::string &owner, int64_t afterSeq,
                                                             size_t limit) = 0;
    virtual Result<std::vector<Grant>> grantsGivenBy(const std::string &owner) = 0;
    virtual Result<std::vector<BookingRow>> bookingsOf(const std::string &owner) = 0;
    virtual Status purgeAccount(const std::string &accountId) = 0;
    // Copies the write-ahead log into the database and empties it, so deleted rows live on in no log file.
    virtual Status checkpoint() = 0;
};

} // namespace medvandrer::server
