#include "records/schema.h"

#include "calendar/calendar_time.h"
#include "core/uuid.h"

#include <algorithm>

namespace medvandrer {

namespace {

FieldSpec text(std::string name, int64_t maxLen, bool required = false, int64_t minLen = 0)
{
    FieldSpec f;
    f.name = std::move(name);
    f.type = FieldType::String;
    f.required = required;
    f.min = minLen;
    f.max = maxLen;
    return f;
}

FieldSpec typed(std::string name, FieldType type, bool required = false, bool nullable = false,
                bool immutable = false)
{
    FieldSpec f;
    f.name = std::move(name);
    f.type = type;
    f.required = required;
    f.nullable = nullable;
    f.immutable = immutable;
    return f;
}

FieldSpec integer(std::string name, int64_t min, int64_t max, bool required = false, bool nullable = false)
{
    FieldSpec f;
    f.name = std::move(name);
    f.type = FieldType::Int;
    f.required = required;
    f.nullable = nullable;
    f.min = min;
    f.max = max;
    return f;
}

FieldSpec oneOf(std::string name, std::vector<std::string> values, bool required = false)
{
    FieldSpec f;
    f.name = std::move(name);
    f.type = FieldType::Enum;
    f.required = required;
    f.values = std::move(values);
    return f;
}

FieldSpec nullableOneOf(std::string name, std::vector<std::string> values)
{
    FieldSpec f = oneOf(std::move(name), std::move(values));
    f.nullable = true;
    return f;
}

FieldSpec listOf(std::string name, std::vector<std::string> values, int64_t maxCount)
{
    FieldSpec f;
    f.name = std::move(name);
    f.type = FieldType::StringList;
    f.values = std::move(values);
    f.max = maxCount;
    return f;
}

std::vector<KindSpec> buildKinds()
{
    const std::vector<std::string> lifeAreas{"bolig", "arbeid_utdanning", "okonomi", "helse",
                                             "relasjoner_nettverk", "fritid_aktivitet", "annet"};
    const std::vector<std::string> chime{"connectedness", "hope", "identity", "meaning", "empowerment"};
    return {
        {std::string(kinds::goal),
         false,
         {text("title", 300, true, 1), text("why", 4000), oneOf("lifeArea", lifeAreas),
          oneOf("status", {"active", "paused", "achieved", "archived"}),
          typed("targetDate", FieldType::Date, false, true), listOf("chime", chime, 5),
          typed("createdAt", FieldType::DateTime)}},
        {std::string(kinds::step),
         false,
         {typed("goalId", FieldType::Uuid, true, false, true), text("title", 300, true, 1),
          typed("done", FieldType::Bool), typed("order", FieldType::Number)}},
        {std::string(kinds::checkIn),
         true,
         {typed("goalId", FieldType::Uuid, false, true, true), integer("rating", 0, 10, true),
          text("note", 2000), typed("date", FieldType::Date, true), typed("createdAt", FieldType::DateTime)}},
        {std::string(kinds::reflection),
         false,
         {text("text", 10000, true), typed("goalId", FieldType::Uuid, false, true),
          typed("date", FieldType::Date), typed("shareWithHelpers", FieldType::Bool)}},
        {std::string(kinds::activity),
         false,
         {text("title", 200, true, 1), text("description", 4000), text("organiser", 200),
          oneOf("organiserKind", {"kommune", "brukerorganisasjon", "frivillig"}), text("address", 300),
          typed("start", FieldType::DateTime, true), typed("end", FieldType::DateTime),
          integer("recurrenceWeeks", 0, 104), integer("capacity", 1, 100000, false, true),
          integer("bookingDeadlineHours", 0, 24 * 30), listOf("tags", {}, 20), typed("cancelled", FieldType::Bool),
          listOf("cancelledSessions", {}, 105)}},
        {std::string(kinds::booking),
         false,
         {typed("activityId", FieldType::Uuid, true, false, true),
          typed("sessionStart", FieldType::DateTime, true, false, true),
          oneOf("status", {"requested", "confirmed", "waitlisted", "offered", "cancelled", "attended", "declined"}),
          integer("position", 0, 1000000, false, true), typed("offerExpires", FieldType::DateTime, false, true),
          typed("requestedAt", FieldType::DateTime), typed("wantsCancel", FieldType::Bool),
          typed("acceptOffer", FieldType::Bool), typed("movedFrom", FieldType::DateTime, false, true),
          nullableOneOf("cancelReason", {"activity_cancelled", "session_cancelled", "session_removed"})}},
        {std::string(kinds::consent),
         false,
         {typed("helperId", FieldType::Uuid, true, false, true), typed("goalId", FieldType::Uuid, true, false, true),
          oneOf("level", {"read", "comment"}, true), typed("active", FieldType::Bool),
          typed("includeNotes", FieldType::Bool)}},
        {std::string(kinds::comment),
         true,
         {typed("goalId", FieldType::Uuid, true, false, true), typed("authorId", FieldType::Uuid, true, false, true),
          text("text", 4000, true, 1), typed("replyTo", FieldType::Uuid, false, true),
          typed("createdAt", FieldType::DateTime)}},
        {std::string(kinds::suggestion),
         true,
         {oneOf("category", {"works", "missing", "idea"}, true), text("text", 2000, true, 1),
          text("week", 8)}},
        {std::string(kinds::answer),
         false,
         {text("text", 2000, true, 1), text("title", 200), nullableOneOf("category", {"works", "missing", "idea"}),
          text("period", 32), typed("publishedAt", FieldType::DateTime), typed("withdrawn", FieldType::Bool)}},
        // The plan's sections, in the order safety planning uses; contacts are "name<TAB>phone" entries.
        {std::string(kinds::plan),
         false,
         {text("signs", planTextMax), text("selfHelp", planTextMax), text("distractions", planTextMax),
          listOf("contacts", {}, planContactsMax), text("professional", planTextMax),
          listOf("professionalContacts", {}, planContactsMax), text("safety", planTextMax),
          text("meetMe", planTextMax), text("after", planTextMax), typed("createdAt", FieldType::DateTime)}},
        {std::string(kinds::about),
         false,
         {text("calledName", 200), text("matters", planTextMax), text("helps", planTextMax),
          text("avoid", planTextMax), text("meetMe", planTextMax), text("people", planTextMax),
          text("language", 200), typed("interpreter", FieldType::Bool), text("practical", planTextMax),
          typed("createdAt", FieldType::DateTime)}},
        // Written with every save of a plan or «Om meg»; never edited, read by the owner only.
        {std::string(kinds::snapshot),
         true,
         {typed("recordId", FieldType::Uuid, true, false, true), oneOf("ofKind", {"plan", "about"}, true),
          text("body", snapshotBodyMax, true, 2), typed("savedAt", FieldType::DateTime, true)}},
        // Pushed once, never stored as a record: the server keeps only whether the account answered, and apart,
        // the answers with nothing that names who gave them (docs/protocol.md §4.15, §10.4).
        {std::string(kinds::surveyAnswer),
         true,
         {typed("surveyId", FieldType::Uuid, true, false, true), text("answers", surveyAnswersMax, true, 2),
          // A random key the device chooses per answer: stored only hashed, with the answers, never with the mark.
          typed("answerKey", FieldType::Uuid, false, false, true)}},
    };
}

Error invalid(const std::string &field, const std::string &why)
{
    return Error{"invalid_record", "field '" + field + "': " + why};
}

} // namespace

const FieldSpec *KindSpec::field(std::string_view name) const
{
    for (const auto &f : fields) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

bool isScopeRoot(std::string_view kind)
{
    return kind == kinds::goal || kind == kinds::plan || kind == kinds::about;
}

const std::vector<KindSpec> &allKinds()
{
    static const std::vector<KindSpec> kinds = buildKinds();
    return kinds;
}

const KindSpec *kindSpec(std::string_view kind)
{
    for (const auto &k : allKinds()) {
        if (k.kind == kind)
            return &k;
    }
    return nullptr;
}

Status validateValue(const FieldSpec &spec, const Json &value)
{
    if (value.is_null())
        return spec.nullable ? Status{} : Status{invalid(spec.name, "may not be null")};
    switch (spec.type) {
    case FieldType::String: {
        if (!value.is_string())
            return invalid(spec.name, "must be a string");
        const auto &s = value.get_ref<const std::string &>();
        const size_t cap = spec.max > 0 ? static_cast<size_t>(spec.max) : maxStringLength;
        if (s.size() > cap)
            return invalid(spec.name, "longer than " + std::to_string(cap) + " bytes");
        if (static_cast<int64_t>(s.size()) < spec.min)
            return invalid(spec.name, "may not be empty");
        return {};
    }
    case FieldType::Bool:
        return value.is_boolean() ? Status{} : Status{invalid(spec.name, "must be true or false")};
    case FieldType::Int: {
        if (!value.is_number_integer())
            return invalid(spec.name, "must be a whole number");
        const auto n = value.get<int64_t>();
        if (n < spec.min || n > spec.max)
            return invalid(spec.name, "must be between " + std::to_string(spec.min) + " and " + std::to_string(spec.max));
        return {};
    }
    case FieldType::Number:
        return value.is_number() ? Status{} : Status{invalid(spec.name, "must be a number")};
    case FieldType::Date:
        return value.is_string() && calendar::parseDateDays(value.get_ref<const std::string &>())
                   ? Status{}
                   : Status{invalid(spec.name, "must be a date YYYY-MM-DD that exists")};
    case FieldType::DateTime:
        return value.is_string() && calendar::parseDateTimeMs(value.get_ref<const std::string &>())
                   ? Status{}
                   : Status{invalid(spec.name, "must be an RFC 3339 date-time that exists")};
    case FieldType::Uuid:
        return value.is_string() && isUuid(value.get_ref<const std::string &>())
                   ? Status{}
                   : Status{invalid(spec.name, "must be a UUID")};
    case FieldType::Enum: {
        if (!value.is_string())
            return invalid(spec.name, "must be a string");
        const auto &s = value.get_ref<const std::string &>();
        if (std::find(spec.values.begin(), spec.values.end(), s) == spec.values.end())
            return invalid(spec.name, "unknown value '" + s.substr(0, 40) + "'");
        return {};
    }
    case FieldType::StringList: {
        if (!value.is_array())
            return invalid(spec.name, "must be a list of strings");
        const size_t cap = spec.max > 0 ? static_cast<size_t>(spec.max) : 50;
        if (value.size() > cap)
            return invalid(spec.name, "more than " + std::to_string(cap) + " entries");
        for (const auto &item : value) {
            if (!item.is_string() || item.get_ref<const std::string &>().size() > 100)
                return invalid(spec.name, "entries must be short strings");
            if (!spec.values.empty() &&
                std::find(spec.values.begin(), spec.values.end(), item.get<std::string>()) == spec.values.end())
                return invalid(spec.name, "unknown value");
        }
        return {};
    }
    }
    return invalid(spec.name, "unsupported type");
}

namespace {
Status boundsAt(const Json &value, const std::string &field, size_t depth)
{
    if (value.is_string()) {
        return value.get_ref<const std::string &>().size() <= maxStringLength
                   ? Status{}
                   : Status{invalid(field, "too long")};
    }
    if (!value.is_structured())
        return {};
    if (depth >= maxValueDepth)
        return invalid(field, "nested too deep");
    if (value.size() > maxValueElements)
        return invalid(field, "too many entries");
    for (const auto &item : value.items()) {
        if (item.key().size() > maxFieldNameLength)
            return invalid(field, "key too long");
        if (Status s = boundsAt(item.value(), field, depth + 1); !s)
            return s;
    }
    return {};
}
} // namespace

Status checkValueBounds(const Json &value, const std::string &field)
{
    return boundsAt(value, field, 0);
}

size_t valueBytes(const Json &value)
{
    if (value.is_string())
        return value.get_ref<const std::string &>().size();
    if (!value.is_structured())
        return 8;
    size_t total = 2;
    for (const auto &item : value.items())
        total += item.key().size() + valueBytes(item.value());
    return total;
}

Status validateChange(const Record &patch, const Record *existing)
{
    const KindSpec *spec = kindSpec(patch.kind);
    if (!spec)
        return Error{"unknown_kind", "unknown record kind"};
    if (!isUuid(patch.id))
        return Error{"invalid_record", "record id must be a UUID"};
    if (patch.owner.empty())
        return Error{"invalid_record", "record owner missing"};
    if (patch.fields.size() > maxFieldsPerRecord)
        return Error{"invalid_record", "too many fields"};
    if (existing) {
        if (existing->kind != patch.kind)
            return Error{"kind_mismatch", "record exists with another kind"};
        if (existing->owner != patch.owner)
            return Error{"owner_mismatch", "record exists with another owner"};
    }

    for (const auto &[name, fv] : patch.fields) {
        if (name.empty() || name.size() > maxFieldNameLength)
            return invalid(name.substr(0, 64), "bad field name");
        if (fv.stamp.isNull())
            return invalid(name, "missing stamp");
        const FieldSpec *f = spec->field(name);
        if (!f) {
            // Forward compatibility: a newer peer's field is kept, within the size caps.
            if (Status s = checkValueBounds(fv.value, name); !s)
                return s;
            continue;
        }
        if (Status s = validateValue(*f, fv.value); !s)
            return s;
    }

    // Limits hold for the record after merging, not just for this change: many small changes must not
    // build a record that cannot be stored or sent.
    size_t mergedFields = patch.fields.size();
    size_t mergedBytes = 0;
    for (const auto &[name, fv] : patch.fields)
        mergedBytes += name.size() + valueBytes(fv.value);
    if (existing) {
        for (const auto &[name, fv] : existing->fields) {
            if (!patch.fields.count(name)) {
                ++mergedFields;
                mergedBytes += name.size() + valueBytes(fv.value);
            }
        }
    }
    if (mergedFields > maxFieldsPerRecord)
        return Error{"invalid_record", "a record may hold at most " + std::to_string(maxFieldsPerRecord) + " fields"};
    if (mergedBytes > maxRecordBytes)
        return Error{"invalid_record", "a record may hold at most " + std::to_string(maxRecordBytes) + " bytes"};

    const bool creating = !existing || (existing->fields.empty() && !existing->isDeleted());
    if (creating && !patch.isDeleted()) {
        for (const auto &f : spec->fields) {
            if (f.required && !patch.fields.count(f.name))
                return invalid(f.name, "required");
        }
    }

    if (existing && !existing->isDeleted()) {
        for (const auto &[name, fv] : patch.fields) {
            auto old = existing->fields.find(name);
            const FieldSpec *f = spec->field(name);
            const bool setOnce = spec->appendOnly || (f && f->immutable);
            if (setOnce && old != existing->fields.end() && old->second.value != fv.value)
                return Error{spec->appendOnly ? "append_only" : "immutable_field",
                             "field '" + name + "' cannot be changed once written"};
            if (spec->appendOnly && old == existing->fields.end() && !existing->fields.empty())
                return Error{"append_only", "an append-only record cannot gain fields"};
        }
    }
    return {};
}

} // namespace medvandrer
