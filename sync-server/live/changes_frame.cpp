#include "live/changes_frame.h"

#include "records/record_json.h"

namespace medvandrer::server {

namespace {

void appendJsonString(std::string &out, std::string_view text)
{
    out += Json(std::string(text)).dump(-1, ' ', false, Json::error_handler_t::replace);
}

} // namespace

std::string withoutField(std::string_view recordBody, std::string_view field)
{
    Json record = Json::parse(recordBody, nullptr, false);
    auto fields = record.is_object() ? record.find("fields") : record.end();
    if (fields == record.end() || !fields->is_object() || !fields->contains(field))
        return std::string(recordBody);
    fields->erase(std::string(field));
    return record.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string encodeChangesFrame(std::string_view rid, const std::vector<std::string_view> &recordBodies,
                               const std::vector<std::string_view> &evictions, int64_t cursor, bool more, bool live,
                               std::optional<int64_t> remaining)
{
    size_t size = 128 + rid.size();
    for (auto body : recordBodies)
        size += body.size() + 1;
    for (auto id : evictions)
        size += id.size() + 3;
    std::string out;
    out.reserve(size);
    out += "{\"cursor\":";
    out += std::to_string(cursor);
    out += ",\"evictions\":[";
    for (size_t i = 0; i < evictions.size(); ++i) {
        if (i)
            out += ',';
        appendJsonString(out, evictions[i]);
    }
    out += "],\"live\":";
    out += live ? "true" : "false";
    out += ",\"more\":";
    out += more ? "true" : "false";
    out += ",\"records\":[";
    for (size_t i = 0; i < recordBodies.size(); ++i) {
        if (i)
            out += ',';
        out += recordBodies[i];
    }
    out += ']';
    if (remaining) {
        out += ",\"remaining\":";
        out += std::to_string(*remaining);
    }
    if (!rid.empty()) {
        out += ",\"rid\":";
        appendJsonString(out, rid);
    }
    out += ",\"type\":\"changes\"}";
    return out;
}

} // namespace medvandrer::server
