#pragma once

#include "core/result.h"
#include "storage/privacy_rows.h"
#include "scope/scope_policy.h"
#include "storage/server_storage.h"

#include <cstdint>
#include <string>
#include <vector>

namespace medvandrer::server {
struct LiveRecord;
}

namespace medvandrer::server::accesslog {

// Rows older than this are deleted (checked at most once a day).
inline constexpr int64_t retentionDays = 730;

// Who received records: copied into each row so the log stays readable after the reader is gone.
struct Reader
{
    std::string accountId;
    std::string displayName;
    Role role = Role::Bruker;
};

// "YYYY-MM-DD" (UTC).
std::string utcDay(int64_t epochMs);

// Is this record a person's data whose delivery to someone else must be logged?
bool isPersonal(const std::string &kind, const std::string &owner);

// One delivery of these records to the reader: one aggregated row per owner × kind × goal (or record) × day.
// Own records and non-personal ones are skipped. Runs inside the caller's transaction.
Status noteDelivery(ServerStorage &storage, const Reader &reader, const std::vector<RecordHeader> &records,
                    int64_t now);

// A pull page handed these record ids to the principal; opens its own transaction when there is anything to log.
Status notePulled(ServerStorage &storage, const Principal &who, const std::vector<std::string> &recordIds,
                  int64_t now);

// Records handed to the principal by a read request (a participants list); its own transaction.
Status noteRead(ServerStorage &storage, const Principal &who, const std::vector<RecordHeader> &records, int64_t now);

// A commit made these states readable by other accounts (live, or at their next pull). Inside the transaction.
Status noteCommitted(ServerStorage &storage, const std::vector<LiveRecord> &live, int64_t now);

} // namespace medvandrer::server::accesslog
