// Record schema validation (shared/records/schema.cpp) of every kind. Input: JSON text [patch] or [patch, existing].
// What validateChange accepts must be valid by an independent reading of the schema (std::chrono for dates, the
// canonical round trip for date-times, ranges, enums, caps, required and set-once fields), and the verdict must be
// the same after the record's wire round trip (recordToJson → recordFromJson).
#include "calendar/calendar_time.h"
#include "core/uuid.h"
#include "merge/merge.h"
#include "records/record_json.h"
#include "records/schema.h"

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace medvandrer;

namespace {

void require(bool ok)
{
    if (!ok)
        __builtin_trap();
}

bool dateExists(const std::string &s)
{
    if (s.size() != 10 || s[4] != '-' || s[7] != '-')
        return false;
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (s[i] < '0' || s[i] > '9')
            return false;
    }
    const int y = std::stoi(s.substr(0, 4));
    const unsigned m = unsigned(std::stoi(s.substr(5, 2))), d = unsigned(std::stoi(s.substr(8, 2)));
    return y >= 1 && std::chrono::year_month_day{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}}.ok();
}

bool uuidShape(const std::string &s)
{
    if (s.size() != 36)
        return false;
    for (size_t i = 0; i < 36; ++i) {
        const char c = s[i];
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash != (c == '-'))
            return false;
        if (!dash && !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            return false;
    }
    return true;
}

bool contains(const std::vector<std::string> &values, const std::string &s)
{
    for (const auto &v : values) {
        if (v == s)
            return true;
    }
    return false;
}

// The schema's promise for one accepted value, read from the FieldSpec alone.
void checkAccepted(const FieldSpec &f, const Json &v)
{
    if (v.is_null()) {
        require(f.nullable);
        return;
    }
    switch (f.type) {
    case FieldType::String: {
        require(v.is_string());
        const size_t len = v.get_ref<const std::string &>().size();
        require(len <= (f.max > 0 ? size_t(f.max) : maxStringLength) && int64_t(len) >= f.min);
        break;
    }
    case FieldType::Bool: require(v.is_boolean()); break;
    case FieldType::Int:
        // An unsigned number above INT64_MAX must not wrap into the range.
        require(v.is_number_integer());
        if (v.is_number_unsigned())
            require(v.get<uint64_t>() <= uint64_t(f.max));
        require(v.get<int64_t>() >= f.min && v.get<int64_t>() <= f.max);
        break;
    case FieldType::Number: require(v.is_number()); break;
    case FieldType::Date: require(v.is_string() && dateExists(v.get<std::string>())); break;
    case FieldType::DateTime: {
        require(v.is_string());
        const auto ms = calendar::parseDateTimeMs(v.get<std::string>());
        require(ms && calendar::parseDateTimeMs(calendar::formatUtc(*ms)).has_value());
        break;
    }
    case FieldType::Uuid: require(v.is_string() && uuidShape(v.get<std::string>())); break;
    case FieldType::Enum: require(v.is_string() && contains(f.values, v.get<std::string>())); break;
    case FieldType::StringList:
        require(v.is_array() && v.size() <= (f.max > 0 ? size_t(f.max) : 50));
        for (const auto &item : v) {
            require(item.is_string() && item.get_ref<const std::string &>().size() <= 100);
            if (!f.values.empty())
                require(contains(f.values, item.get<std::string>()));
        }
        break;
    }
}

size_t depthOf(const Json &v)
{
    if (!v.is_structured())
        return 0;
    size_t deepest = 0;
    for (const auto &item : v)
        deepest = std::max(deepest, depthOf(item));
    return deepest + 1;
}

void checkAccepted(const Record &patch, const Record *existing)
{
    const KindSpec *spec = kindSpec(patch.kind);
    require(spec && uuidShape(patch.id) && !patch.owner.empty() && patch.fields.size() <= maxFieldsPerRecord);
    if (existing)
        require(existing->kind == patch.kind && existing->owner == patch.owner);
    for (const auto &[name, fv] : patch.fields) {
        require(!name.empty() && name.size() <= maxFieldNameLength && !fv.stamp.isNull());
        if (const FieldSpec *f = spec->field(name))
            checkAccepted(*f, fv.value);
        else
            require(depthOf(fv.value) <= maxValueDepth);
    }
    Record merged = existing ? *existing : Record{};
    merge(merged, patch);
    require(merged.fields.size() <= maxFieldsPerRecord);
    const bool creating = !existing || (existing->fields.empty() && !existing->isDeleted());
    if (creating && !patch.isDeleted()) {
        for (const auto &f : spec->fields)
            require(!f.required || patch.fields.count(f.name));
    }
    if (existing && !existing->isDeleted()) {
        for (const auto &[name, fv] : patch.fields) {
            const FieldSpec *f = spec->field(name);
            auto old = existing->fields.find(name);
            if ((spec->appendOnly || (f && f->immutable)) && old != existing->fields.end())
                require(old->second.value == fv.value);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Json input = Json::parse(std::string_view(reinterpret_cast<const char *>(data), size), nullptr, false);
    if (input.is_discarded() || !input.is_array() || input.empty() || input.size() > 2)
        return 0;
    auto patch = recordFromJson(input[0]);
    if (!patch)
        return 0;
    std::optional<Record> existing;
    if (input.size() == 2) {
        auto e = recordFromJson(input[1]);
        if (!e)
            return 0;
        existing = std::move(*e);
    }
    const Record *before = existing ? &*existing : nullptr;
    const Status verdict = validateChange(*patch, before);

    // The same change after the wire round trip gets the same verdict (the server sees what the device sent).
    auto wire = recordFromJson(Json::parse(recordToJson(*patch).dump(), nullptr, false));
    require(wire.ok() && *wire == *patch);
    const Status again = validateChange(*wire, before);
    require(verdict.ok() == again.ok());
    if (!verdict) {
        require(!verdict.error().code.empty() && verdict.error().code == again.error().code);
        return 0;
    }
    checkAccepted(*patch, before);
    return 0;
}
