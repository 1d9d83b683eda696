#pragma once

#include "core/result.h"
#include "storage/privacy_rows.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace medvandrer::server {

// Walking beside and data rights (sync-server/privacy/, sync-server/suggestions/): connect codes, the access log,
// the anonymous suggestion inbox and the purge of a deleted account.
class PrivacyStorage
{
public:
    virtual ~PrivacyStorage() = default;

    // A helper's connect code (hashed); a new one replaces the helper's previous code.
    virtual Status putConnectCode(const std::string &helperId, const std::string &codeHash, int64_t expiresAt) = 0;
    virtual Result<std::optional<std::string>> helperForConnectCode(const std::string &codeHash, int64_t now) = 0;
    virtual Result<std::vector<RecordHeader>> recordHeaders(const std::vector<std::string> &ids) = 0;
    // Adds one delivery to the entry's aggregated row (count + 1, lastAt).
    virtual Status noteAccess(const AccessEntry &entry) = 0;
    virtual Result<std::vector<AccessEntry>> accessLogOf(const std::string &owner, size_t limit, size_t offset) = 0;
    virtual Status purgeAccessLogBefore(const std::string &day) = 0;
    // The suggestion inbox is kept apart from the writer's records, sequence and applied-change ids.
    // "" for a new suggestion, "duplicate" for a change id seen before, "taken" for an id already in the inbox.
    virtual Result<std::string> suggestionState(const std::string &recordId, const std::string &changeHash) = 0;
    virtual Status putSuggestion(const InboxSuggestion &suggestion, const std::string &changeHash) = 0;
    virtual Result<std::vector<InboxSuggestion>> inboxSuggestions() = 0;
    virtual Status removeFromInbox(const std::vector<std::string> &ids) = 0;
    virtual Result<std::vector<ListedSuggestion>> publishedSuggestions() = 0;
    // Outside a transaction, after one that wrote the inbox: removes the row versions it left behind, so no earlier
    // version of an inbox row (with its own transaction id) stays in the table files. PostgreSQL only.
    virtual Status compactInbox() { return {}; }
    virtual Status markSuggestionsRead(const std::vector<std::string> &ids, bool read) = 0;
    // Deletes everything of one account without tombstones.
    virtual Status purgeAccount(const std::string &accountId) = 0;
    // Makes deleted rows unreadable from the engine's own log files where it can (SQLite: empties the WAL).
    virtual Status checkpoint() = 0;
};

} // namespace medvandrer::server
