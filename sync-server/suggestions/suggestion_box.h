#pragma once

#include "core/result.h"
#include "protocol/messages.h"
#include "storage/server_storage.h"

#include <cstdint>
#include <string>
#include <vector>

namespace medvandrer::server::suggestions {

// Published suggestions are counted per week and category only where at least this many exist.
inline constexpr int64_t minCount = 5;

// "YYYY-Www" (ISO 8601 week) of an instant; the finest time a suggestion keeps.
std::string isoWeek(int64_t epochMs);
// Monday 00:00 UTC of an ISO week, or nothing if the text is not one.
std::optional<int64_t> weekStartMs(const std::string &week);

// How many suggestions must wait in the inbox before they are published together (default 5;
// MEDVANDRER_SUGGESTION_BATCH overrides it, for tests).
size_t publishBatchSize();

// Takes a pushed suggestion into the inbox of suggestions.db: validated, re-stamped, without owner, device or
// time; never in the writer's records, sequence or applied-change ids. Inside the caller's transaction.
Result<protocol::ChangeResult> accept(ServerStorage &storage, const Change &change, int64_t now);

// Moves the inbox into the records koordinatorer pull, in random order, once it holds a batch or holds weeks that
// have ended. Returns the published states. Inside the caller's transaction.
Result<std::vector<StoredRecord>> publishDue(ServerStorage &storage, int64_t now);

} // namespace medvandrer::server::suggestions
