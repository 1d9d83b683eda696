#pragma once

#include <cstdint>
#include <string>

namespace medvandrer::server {

// Just enough of a stored record to decide whether a delivery is logged, without parsing its body.
struct RecordHeader
{
    std::string id;
    std::string kind;
    std::string owner;
    std::string scope; // goal id, empty for records without one
};

// One aggregated access-log row: reader × owner × kind × goal (or record) × UTC day. Never content.
struct AccessEntry
{
    std::string owner;
    std::string readerId;
    std::string readerName;
    std::string readerRole;
    std::string kind;
    std::string goalId;   // set for records that belong to a goal
    std::string recordId; // set otherwise
    std::string day;      // YYYY-MM-DD, UTC
    int64_t count = 1;
    int64_t firstAt = 0;
    int64_t lastAt = 0;
};

// A suggestion waiting in the inbox of suggestions.db: no owner, device, stamp or time, only the ISO week.
struct InboxSuggestion
{
    std::string id;
    std::string category;
    std::string text;
    std::string week; // YYYY-Www
};

// A published suggestion as a koordinator lists it.
struct ListedSuggestion
{
    std::string id;
    std::string category;
    std::string text;
    std::string week;
    bool read = false;
};

} // namespace medvandrer::server
