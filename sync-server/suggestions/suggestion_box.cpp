#include "suggestions/suggestion_box.h"

#include "auth/secrets.h"
#include "protocol/error_codes.h"
#include "records/schema.h"
#include "scope/scope_policy.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>

namespace medvandrer::server::suggestions {

namespace {

using namespace std::chrono;

constexpr int64_t dayMs = 86'400'000;

protocol::ChangeResult rejected(const std::string &changeId, std::string_view code, std::string message)
{
    return protocol::ChangeResult{changeId, "rejected", std::string(code), std::move(message), 0};
}

// A suggestion's fields carry the start of its week, never the moment it was written.
Record anonymised(const Change &change, const std::string &week)
{
    Record r;
    r.id = change.patch.id;
    r.kind = std::string(kinds::suggestion);
    r.owner = std::string(anonymousOwner);
    const Hlc stamp{weekStartMs(week).value_or(0), 0, "server"};
    for (const auto &[name, fv] : change.patch.fields)
        r.fields[name] = FieldValue{fv.value, stamp};
    r.fields["week"] = FieldValue{week, stamp};
    return r;
}

} // namespace

std::string isoWeek(int64_t epochMs)
{
    const sys_days day{days{epochMs >= 0 ? epochMs / dayMs : (epochMs - dayMs + 1) / dayMs}};
    const weekday wd{day};
    const int fromMonday = static_cast<int>(wd.iso_encoding()) - 1;
    const sys_days thursday = day - days{fromMonday} + days{3};
    const year_month_day ymd{thursday};
    const sys_days jan1{ymd.year() / January / 1};
    const int week = static_cast<int>((thursday - jan1).count() / 7) + 1;
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d-W%02d", static_cast<int>(ymd.year()), week);
    return buf;
}

std::optional<int64_t> weekStartMs(const std::string &week)
{
    int y = 0, w = 0;
    if (week.size() != 8 || std::sscanf(week.c_str(), "%4d-W%2d", &y, &w) != 2 || w < 1 || w > 53)
        return std::nullopt;
    const sys_days jan4{year{y} / January / 4};
    const int fromMonday = static_cast<int>(weekday{jan4}.iso_encoding()) - 1;
    const sys_days monday = jan4 - days{fromMonday} + days{7 * (w - 1)};
    return static_cast<int64_t>(monday.time_since_epoch().count()) * dayMs;
}

size_t publishBatchSize()
{
    static const size_t size = [] {
        const char *env = std::getenv("MEDVANDRER_SUGGESTION_BATCH");
        const long v = env ? std::strtol(env, nullptr, 10) : 0;
        return v >= 1 && v <= 1000 ? static_cast<size_t>(v) : static_cast<size_t>(minCount);
    }();
    return size;
}

Result<protocol::ChangeResult> accept(ServerStorage &storage, const Change &change, int64_t now)
{
    const std::string &changeId = change.changeId;
    const std::string changeHash = hashSecret("suggestion-change", changeId);
    auto state = storage.suggestionState(change.patch.id, changeHash);
    if (!state)
        return state.error();
    if (*state == "duplicate")
        return protocol::ChangeResult{changeId, "duplicate", {}, {}, 0};
    auto published = storage.loadRecord(change.patch.id);
    if (!published)
        return published.error();
    // A stored suggestion can never be changed; an id in use by anything else says only "forbidden".
    if (*state == "taken" || *published || change.patch.isDeleted())
        return rejected(changeId, errc::forbidden, "outside your scope");

    const std::string week = isoWeek(now);
    Record r = anonymised(change, week);
    if (Status s = validateChange(r, nullptr); !s)
        return rejected(changeId, s.error().code, s.error().message);
    InboxSuggestion item{r.id, r.stringValue("category"), r.stringValue("text"), week};
    if (Status s = storage.putSuggestion(item, changeHash); !s)
        return s.error();
    return protocol::ChangeResult{changeId, "applied", {}, {}, 0};
}

Result<std::vector<StoredRecord>> publishDue(ServerStorage &storage, int64_t now)
{
    std::vector<StoredRecord> out;
    auto inbox = storage.inboxSuggestions();
    if (!inbox)
        return inbox.error();
    if (inbox->empty())
        return out;
    const std::string thisWeek = isoWeek(now);
    const bool batchFull = inbox->size() >= publishBatchSize();
    std::vector<std::string> moved;
    for (const auto &item : *inbox) {
        // A week that has ended goes out whole, however few it holds; otherwise only full batches.
        if (!batchFull && item.week >= thisWeek)
            continue;
        Change c;
        c.patch.id = item.id;
        c.patch.fields["category"] = FieldValue{item.category, {}};
        c.patch.fields["text"] = FieldValue{item.text, {}};
        StoredRecord stored;
        stored.record = anonymised(c, item.week);
        auto seq = storage.nextSeq();
        if (!seq)
            return seq.error();
        stored.seq = *seq;
        if (Status s = storage.saveRecord(stored); !s)
            return s.error();
        moved.push_back(item.id);
        out.push_back(std::move(stored));
    }
    if (!moved.empty()) {
        if (Status s = storage.removeFromInbox(moved); !s)
            return s.error();
    }
    return out;
}

} // namespace medvandrer::server::suggestions
