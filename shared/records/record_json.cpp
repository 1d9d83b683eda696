#include "records/record_json.h"

#include "core/uuid.h"
#include "records/schema.h"

namespace medvandrer {

namespace {

Error bad(const std::string &what)
{
    return Error{"invalid_record", what};
}

Result<std::string> stringMember(const Json &obj, const char *key, size_t maxLen, bool required)
{
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) {
        if (required)
            return bad(std::string("missing '") + key + "'");
        return std::string();
    }
    if (!it->is_string())
        return bad(std::string("'") + key + "' must be a string");
    const auto &s = it->get_ref<const std::string &>();
    if (s.size() > maxLen)
        return bad(std::string("'") + key + "' too long");
    return s;
}

} // namespace

Json recordToJson(const Record &record)
{
    Json fields = Json::object();
    for (const auto &[name, fv] : record.fields)
        fields[name] = Json{{"v", fv.value}, {"t", fv.stamp.toString()}};
    Json out{{"id", record.id}, {"kind", record.kind}, {"owner", record.owner}, {"fields", std::move(fields)}};
    if (!record.originDevice.empty())
        out["origin"] = record.originDevice;
    if (record.deleted)
        out["deleted"] = record.deleted->toString();
    return out;
}

Result<Record> recordFromJson(const Json &json)
{
    if (!json.is_object())
        return bad("record must be an object");
    Record r;
    auto id = stringMember(json, "id", 36, true);
    if (!id)
        return id.error();
    if (!isUuid(*id))
        return bad("'id' must be a UUID");
    r.id = *id;
    auto kind = stringMember(json, "kind", 32, true);
    if (!kind)
        return kind.error();
    r.kind = *kind;
    auto owner = stringMember(json, "owner", 64, true);
    if (!owner)
        return owner.error();
    r.owner = *owner;
    auto origin = stringMember(json, "origin", 64, false);
    if (!origin)
        return origin.error();
    r.originDevice = *origin;

    if (auto del = json.find("deleted"); del != json.end() && !del->is_null()) {
        if (!del->is_string())
            return bad("'deleted' must be a stamp string");
        auto stamp = Hlc::parse(del->get_ref<const std::string &>());
        if (!stamp)
            return bad("'deleted' is not a valid stamp");
        r.deleted = *stamp;
    }

    if (auto fields = json.find("fields"); fields != json.end() && !fields->is_null()) {
        if (!fields->is_object())
            return bad("'fields' must be an object");
        if (fields->size() > maxFieldsPerRecord)
            return bad("too many fields");
        for (const auto &[name, entry] : fields->items()) {
            if (!entry.is_object())
                return bad("field '" + name.substr(0, 64) + "' must be an object {v, t}");
            auto v = entry.find("v");
            auto t = entry.find("t");
            if (v == entry.end() || t == entry.end() || !t->is_string())
                return bad("field '" + name.substr(0, 64) + "' needs 'v' and a stamp 't'");
            auto stamp = Hlc::parse(t->get_ref<const std::string &>());
            if (!stamp)
                return bad("field '" + name.substr(0, 64) + "' has an invalid stamp");
            r.fields.emplace(name, FieldValue{*v, *stamp});
        }
    }
    return r;
}

Json changeToJson(const Change &change)
{
    return Json{{"changeId", change.changeId}, {"record", recordToJson(change.patch)}};
}

Result<Change> changeFromJson(const Json &json)
{
    if (!json.is_object())
        return bad("change must be an object");
    auto id = stringMember(json, "changeId", 36, true);
    if (!id)
        return id.error();
    if (!isUuid(*id))
        return bad("'changeId' must be a UUID");
    auto rec = json.find("record");
    if (rec == json.end())
        return bad("missing 'record'");
    auto record = recordFromJson(*rec);
    if (!record)
        return record.error();
    return Change{*id, std::move(*record)};
}

} // namespace medvandrer
