#include "admin/activity_import.h"

#include "auth/secrets.h"
#include "core/uuid.h"
#include "records/schema.h"
#include "scope/scope_policy.h"

namespace medvandrer::server {

std::string stableActivityId(const std::string &title, const std::string &organiser)
{
    std::string hex = hashSecret("medvandrer-activity-id", title + "\n" + organiser).substr(0, 32);
    hex[12] = '4';
    hex[16] = "89ab"[hex[16] % 4];
    return hex.substr(0, 8) + "-" + hex.substr(8, 4) + "-" + hex.substr(12, 4) + "-" + hex.substr(16, 4) + "-" +
           hex.substr(20, 12);
}

Result<ImportSummary> importActivities(ServerStorage &storage, SyncEngine &engine, const Json &list, bool onlyNew)
{
    const Json *items = &list;
    if (list.is_object() && list.contains("activities"))
        items = &list["activities"];
    if (!items->is_array())
        return Error{"bad_file", "expected a JSON array of activities (or {\"activities\": [...]})"};

    if (Status s = storage.begin(); !s)
        return s.error();
    ImportSummary summary;
    auto abort = [&storage](Error e) -> Result<ImportSummary> {
        storage.rollback();
        return e;
    };
    size_t index = 0;
    for (const auto &item : *items) {
        const std::string where = "activity #" + std::to_string(index++) + ": ";
        if (!item.is_object())
            return abort(Error{"bad_file", where + "must be an object"});
        Json values = item;
        std::string id;
        if (auto it = values.find("id"); it != values.end()) {
            if (!it->is_string() || !isUuid(it->get<std::string>()))
                return abort(Error{"bad_file", where + "'id' must be a UUID"});
            id = it->get<std::string>();
            values.erase("id");
        } else {
            id = stableActivityId(values.value("title", std::string()), values.value("organiser", std::string()));
        }
        if (onlyNew) {
            auto existing = storage.loadRecord(id);
            if (!existing)
                return abort(existing.error());
            if (*existing) {
                summary.ids.push_back(id);
                continue;
            }
        }
        auto before = storage.loadRecord(id);
        if (!before)
            return abort(before.error());
        auto saved = engine.writeServerRecord(storage, id, std::string(kinds::activity), std::string(serverOwner), values);
        if (!saved)
            return abort(Error{saved.error().code, where + saved.error().message});
        if (!*before || (*before)->seq != saved->seq)
            ++summary.changed;
        summary.ids.push_back(id);
    }
    if (Status s = storage.commit(); !s)
        return s.error();
    return summary;
}

} // namespace medvandrer::server
