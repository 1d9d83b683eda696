#include "worker/suggestion_transaction.h"

#include "records/schema.h"
#include "suggestions/suggestion_box.h"

namespace medvandrer::server {

namespace {

bool isSuggestion(const protocol::DecodedChange &c)
{
    return c.change && c.change->patch.kind == kinds::suggestion;
}

} // namespace

SuggestionSplit splitOffSuggestions(const std::vector<const PushInput *> &pushes)
{
    SuggestionSplit split;
    for (size_t i = 0; i < pushes.size(); ++i)
        for (size_t j = 0; j < pushes[i]->changes.size(); ++j)
            if (isSuggestion(pushes[i]->changes[j]))
                split.places.push_back({i, j});
    if (split.places.empty())
        return split;
    split.rest.reserve(pushes.size());
    for (const PushInput *p : pushes) {
        PushInput rest{p->principal, {}, p->sessionId};
        for (const auto &c : p->changes)
            if (!isSuggestion(c))
                rest.changes.push_back(c);
        split.rest.push_back(std::move(rest));
    }
    return split;
}

Result<std::vector<LiveRecord>> publishDueSuggestions(ServerStorage &storage, int64_t now)
{
    auto published = suggestions::publishDue(storage, now);
    if (!published)
        return published.error();
    std::vector<LiveRecord> live;
    for (auto &state : *published) {
        auto audience = audienceOf(state, storage);
        if (!audience)
            return audience.error();
        live.push_back(LiveRecord{std::move(state), std::move(*audience), 0});
    }
    return live;
}

Result<SuggestionOutcome> acceptSuggestions(ServerStorage &storage, const std::vector<const PushInput *> &pushes,
                                            const SuggestionSplit &split, int64_t now)
{
    SuggestionOutcome out;
    for (const auto &place : split.places) {
        auto r = suggestions::accept(storage, *pushes[place.push]->changes[place.change].change, now);
        if (!r)
            return r.error();
        out.results.push_back(std::move(*r));
    }
    auto live = publishDueSuggestions(storage, now);
    if (!live)
        return live.error();
    out.live = std::move(*live);
    return out;
}

void mergeSuggestionResults(std::vector<std::vector<protocol::ChangeResult>> &results, const SuggestionSplit &split,
                            std::vector<protocol::ChangeResult> &&suggestionResults)
{
    // Places are in order, so inserting each at its index rebuilds the original order.
    for (size_t k = 0; k < split.places.size(); ++k) {
        auto &list = results[split.places[k].push];
        const size_t at = std::min(split.places[k].change, list.size());
        list.insert(list.begin() + static_cast<std::ptrdiff_t>(at), std::move(suggestionResults[k]));
    }
}

} // namespace medvandrer::server
