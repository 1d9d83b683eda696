#pragma once

#include "core/result.h"
#include "records/record.h"
#include "storage/server_storage.h"
#include "sync/sync_engine.h"

#include <string>
#include <vector>

namespace medvandrer::server {

struct ImportSummary
{
    std::vector<std::string> ids;
    size_t changed = 0;
};

// The id an activity gets when the file gives none: derived from title and organiser, so importing the same
// file twice updates the same records instead of adding new ones.
std::string stableActivityId(const std::string &title, const std::string &organiser);

// Writes activities (objects of activity field values, optionally with "id") as server records owned by
// "server", in one transaction: all or nothing. With onlyNew, existing ids are left as they are.
Result<ImportSummary> importActivities(ServerStorage &storage, SyncEngine &engine, const Json &list, bool onlyNew);

} // namespace medvandrer::server
