#include "records/record_json.h"

#include "core/utf8.h"
#include "core/uuid.h"
#include "records/schema.h"

#include <algorithm>
#include <string_view>

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

// A JSON string as nlohmann writes it with ensure_ascii off: the short escapes, \u00xx for other controls,
// everything else as it is.
void appendJsonString(std::string &out, std::string_view s)
{
    const size_t start = out.size();
    out += '"';
    size_t run = 0; // start of the bytes that go out as they are, appended in one piece
    for (size_t i = 0; i < s.size();) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) {
            ++i;
            continue;
        }
        if (c >= 0x80) {
            const size_t n = utf8SequenceLength(s.data() + i, s.data() + s.size());
            if (n == 0) { // not well-formed: nlohmann's own replacement rules, exactly
                out.resize(start);
                out += Json(std::string(s)).dump(-1, ' ', false, Json::error_handler_t::replace);
                return;
            }
            i += n;
            continue;
        }
        out.append(s.data() + run, i - run);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\t': out += "\\t"; break;
        case '\n': out += "\\n"; break;
        case '\f': out += "\\f"; break;
        case '\r': out += "\\r"; break;
        default: {
            static constexpr char hex[] = "0123456789abcdef";
            const char esc[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
            out.append(esc, sizeof esc);
        }
        }
        run = ++i;
    }
    out.append(s.data() + run, s.size() - run);
    out += '"';
}

void appendStamp(std::string &out, const Hlc &stamp)
{
    // A stamp's text needs no escape when its node keeps parse()'s rule; nodes are not checked where stamps are made.
    char buf[32];
    if (stamp.writeFixedPart(buf) && std::all_of(stamp.node.begin(), stamp.node.end(), Hlc::isNodeChar)) {
        out += '"';
        out.append(buf, Hlc::fixedPartLength);
        out += stamp.node;
        out += '"';
        return;
    }
    appendJsonString(out, stamp.toString());
}

void appendJsonValue(std::string &out, const Json &value)
{
    if (value.is_string())
        appendJsonString(out, value.get_ref<const std::string &>());
    else
        out += value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

} // namespace

void appendRecordJson(std::string &out, const Record &record)
{
    // Keys in nlohmann's order (std::map): deleted, fields, id, kind, origin, owner; per field t before v.
    out += '{';
    if (record.deleted) {
        out += "\"deleted\":";
        appendStamp(out, *record.deleted);
        out += ',';
    }
    out += "\"fields\":{";
    bool first = true;
    for (const auto &[name, fv] : record.fields) {
        if (!first)
            out += ',';
        first = false;
        appendJsonString(out, name);
        out += ":{\"t\":";
        appendStamp(out, fv.stamp);
        out += ",\"v\":";
        appendJsonValue(out, fv.value);
        out += '}';
    }
    out += "},\"id\":";
    appendJsonString(out, record.id);
    out += ",\"kind\":";
    appendJsonString(out, record.kind);
    if (!record.originDevice.empty()) {
        out += ",\"origin\":";
        appendJsonString(out, record.originDevice);
    }
    out += ",\"owner\":";
    appendJsonString(out, record.owner);
    out += '}';
}

std::string recordJsonText(const Record &record)
{
    std::string out;
    out.reserve(512);
    appendRecordJson(out, record);
    return out;
}

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
