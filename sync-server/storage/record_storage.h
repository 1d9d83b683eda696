#pragma once

#include "core/result.h"
#include "records/record.h"

#include "storage/account_storage.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace medvandrer::server {

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

struct PulledRow
{
    int64_t seq = 0;
    std::string recordId;
    std::string body; // stored record JSON, for records; empty for evictions
    bool hideNotes = false; // someone else's check-in, read through no grant that includes notes
};

// Records, the grants derived from consents, the change feed (one sequence for records and evictions) and the
// change ids already applied.
class RecordStorage
{
public:
    virtual ~RecordStorage() = default;

    // Next value of the one global, monotonic sequence (records and evictions share it). Engines that allow
    // several writers hand it out under a lock held until commit, so sequence order is commit order and a reader
    // that saw seq N never later finds a committed row below N.
    virtual Result<int64_t> nextSeq() = 0;

    virtual Result<std::optional<StoredRecord>> loadRecord(const std::string &id) = 0;
    virtual Status saveRecord(const StoredRecord &record) = 0;
    // Records of one person's goal (the goal, its steps, check-ins, comments, reflections).
    virtual Result<std::vector<StoredRecord>> recordsInScope(const std::string &owner, const std::string &goalId) = 0;
    // Everything one account owns, by seq.
    virtual Result<std::vector<StoredRecord>> recordsOwnedBy(const std::string &owner, int64_t afterSeq,
                                                             size_t limit) = 0;

    virtual Result<std::optional<int64_t>> appliedChange(const std::string &accountKey, const std::string &changeId) = 0;
    virtual Status recordAppliedChange(const std::string &accountKey, const std::string &changeId, int64_t seq,
                                       int64_t now) = 0;

    virtual Result<std::optional<Grant>> grant(const std::string &consentId) = 0;
    virtual Status saveGrant(const Grant &grant) = 0;
    virtual Result<std::vector<Grant>> activeGrantsOn(const std::string &owner, const std::string &goalId) = 0;
    virtual Result<std::vector<Grant>> grantsGivenBy(const std::string &owner) = 0;

    virtual Status addEviction(const std::string &accountId, const std::string &recordId, int64_t seq) = 0;

    // Rows with seq > cursor, oldest first, at most limit of each; hideNotes set as scope/scope_policy.h says.
    // Records also stop one row after their bodies reach maxBytes: that last row only tells the caller more
    // follow, so a page never reads far past its budget. The cost follows the reader's scope, not the server's size.
    virtual Result<std::vector<PulledRow>> pullRecords(const ReadScope &scope, int64_t cursor, size_t limit,
                                                       size_t maxBytes) = 0;
    // How many rows a pull from cursor would still bring, up to seq upTo: the reader's records and evictions (an id
    // both evicted and recorded counts twice, a page brings it once). For a first sync's progress (count: true).
    virtual Result<int64_t> countPending(const ReadScope &scope, int64_t cursor, int64_t upTo) = 0;
    virtual Result<std::vector<PulledRow>> pullEvictions(const std::string &accountId, int64_t cursor,
                                                         size_t limit) = 0;
};

} // namespace medvandrer::server
