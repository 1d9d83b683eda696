#pragma once

#include "core/result.h"
#include "storage/server_storage.h"
#include "sync/sync_engine.h"

#include <cstdint>
#include <vector>

namespace medvandrer::server {

// A group of pushes with its suggestions taken out: they are written in a transaction of their own that holds
// nothing else, so on PostgreSQL no suggestion row shares a transaction id (xmin) with a row naming its writer.
struct SuggestionSplit
{
    struct Place
    {
        size_t push = 0;   // index into the group
        size_t change = 0; // index into that push's changes
    };
    std::vector<Place> places;    // where each suggestion stood, in order
    std::vector<PushInput> rest;  // the pushes without their suggestions (empty when there were none)
};

// Splits the group; `places` is empty (and `rest` too) when no push carries a suggestion.
SuggestionSplit splitOffSuggestions(const std::vector<const PushInput *> &pushes);

// Inside the caller's own transaction: takes the suggestions into the inbox and publishes a batch if one is due.
// `results` gets one result per place, in order.
struct SuggestionOutcome
{
    std::vector<protocol::ChangeResult> results;
    std::vector<LiveRecord> live; // a published batch, for koordinatorer
};
Result<SuggestionOutcome> acceptSuggestions(ServerStorage &storage, const std::vector<const PushInput *> &pushes,
                                            const SuggestionSplit &split, int64_t now);

// Inside the caller's own transaction: publishes what is due (a full batch, weeks that have ended).
Result<std::vector<LiveRecord>> publishDueSuggestions(ServerStorage &storage, int64_t now);

// Puts the suggestions' results back where they stood in each push's list of results.
void mergeSuggestionResults(std::vector<std::vector<protocol::ChangeResult>> &results, const SuggestionSplit &split,
                            std::vector<protocol::ChangeResult> &&suggestionResults);

} // namespace medvandrer::server
