#include "protocol/messages.h"
#include "protocol/server_frame.h"

#include <algorithm>
#include <optional>

#include "protocol/error_codes.h"
#include "records/record_json.h"

namespace medvandrer::protocol {

namespace {
Error badMessage(const std::string &what)
{
    return Error{std::string(errc::badMessage), what};
}

// A rid as the reply carries it: "" when absent (or null), nothing when it cannot be used.
std::optional<std::string> ridFrom(const Json &rid)
{
    if (rid.is_null())
        return std::string();
    if (rid.is_string() && rid.get_ref<const std::string &>().size() <= 64)
        return rid.get<std::string>();
    if (rid.is_number_integer())
        return rid.is_number_unsigned() ? std::to_string(rid.get<uint64_t>()) : std::to_string(rid.get<int64_t>());
    return std::nullopt;
}

// Watches the members of the top-level object for "rid" (the last one wins, as in Json::parse); nested values are
// skipped without being built.
class RidReader
{
public:
    using number_integer_t = Json::number_integer_t;
    using number_unsigned_t = Json::number_unsigned_t;
    using number_float_t = Json::number_float_t;
    using string_t = Json::string_t;
    using binary_t = Json::binary_t;

    Json rid; // null: absent
    bool topIsObject = false;

    bool null() { return scalar(Json()); }
    bool boolean(bool v) { return scalar(Json(v)); }
    bool number_integer(number_integer_t v) { return scalar(Json(v)); }
    bool number_unsigned(number_unsigned_t v) { return scalar(Json(v)); }
    bool number_float(number_float_t v, const string_t &) { return scalar(Json(v)); }
    bool string(string_t &v) { return scalar(Json(v)); }
    bool binary(binary_t &) { return scalar(Json::object()); }
    bool start_object(std::size_t) { return open(true); }
    bool start_array(std::size_t) { return open(false); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }
    bool key(string_t &k)
    {
        m_ridNext = m_depth == 1 && k == "rid";
        return true;
    }
    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &) { return false; }

private:
    bool scalar(Json v)
    {
        if (m_depth == 1 && m_ridNext)
            rid = std::move(v);
        m_ridNext = false;
        return true;
    }
    bool open(bool object)
    {
        if (m_depth == 0)
            topIsObject = object;
        else
            scalar(Json::object()); // a structured rid is never readable
        ++m_depth;
        return true;
    }
    bool close()
    {
        --m_depth;
        return true;
    }

    size_t m_depth = 0;
    bool m_ridNext = false;
};
} // namespace

size_t nestingDepth(std::string_view text)
{
    size_t depth = 0;
    size_t deepest = 0;
    bool inString = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            deepest = std::max(deepest, ++depth);
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return deepest;
}

namespace {
Result<Envelope> parseEnvelopeUpTo(std::string_view text, size_t maxBytes)
{
    if (text.size() > maxBytes)
        return Error{std::string(errc::tooLarge), "frame larger than " + std::to_string(maxBytes) + " bytes"};
    // Copying or dumping a deeply nested value recurses: refuse it before anything touches the tree.
    if (nestingDepth(text) > maxNestingDepth)
        return badMessage("nested deeper than " + std::to_string(maxNestingDepth) + " levels");
    Json body = Json::parse(text, nullptr, false);
    if (body.is_discarded())
        return Error{std::string(errc::badJson), "frame is not valid JSON"};
    if (!body.is_object())
        return badMessage("a message must be a JSON object");
    auto type = body.find("type");
    if (type == body.end() || !type->is_string() || type->get_ref<const std::string &>().empty() ||
        type->get_ref<const std::string &>().size() > 64)
        return badMessage("'type' must be a non-empty string");
    Envelope env;
    env.type = type->get<std::string>();
    if (auto rid = body.find("rid"); rid != body.end()) {
        auto readable = ridFrom(*rid);
        if (!readable)
            return badMessage("'rid' must be a string of at most 64 characters or a whole number");
        env.rid = std::move(*readable);
    }
    env.body = std::move(body);
    return env;
}
} // namespace

Result<Envelope> parseEnvelope(std::string_view text)
{
    return parseEnvelopeUpTo(text, maxFrameBytes);
}

Result<Envelope> parseServerFrame(std::string_view text)
{
    return parseEnvelopeUpTo(text, maxServerFrameBytes);
}

std::string readableRid(std::string_view text)
{
    RidReader reader;
    if (!Json::sax_parse(text, &reader) || !reader.topIsObject)
        return {};
    return ridFrom(reader.rid).value_or(std::string());
}

Result<std::string> requireString(const Json &body, const char *key, size_t maxLen, size_t minLen)
{
    auto it = body.find(key);
    if (it == body.end())
        return badMessage(std::string("missing '") + key + "'");
    if (!it->is_string())
        return badMessage(std::string("'") + key + "' must be a string");
    const auto &s = it->get_ref<const std::string &>();
    if (s.size() > maxLen)
        return badMessage(std::string("'") + key + "' is longer than " + std::to_string(maxLen));
    if (s.size() < minLen)
        return badMessage(std::string("'") + key + "' is too short");
    return s;
}

Result<std::string> optionalString(const Json &body, const char *key, size_t maxLen)
{
    auto it = body.find(key);
    if (it == body.end() || it->is_null())
        return std::string();
    return requireString(body, key, maxLen, 0);
}

Result<int64_t> optionalInt(const Json &body, const char *key, int64_t fallback, int64_t min, int64_t max)
{
    auto it = body.find(key);
    if (it == body.end() || it->is_null())
        return fallback;
    if (!it->is_number_integer())
        return badMessage(std::string("'") + key + "' must be a whole number");
    const auto n = it->get<int64_t>();
    if (n < min || n > max)
        return badMessage(std::string("'") + key + "' out of range");
    return n;
}

Result<bool> optionalBool(const Json &body, const char *key, bool fallback)
{
    auto it = body.find(key);
    if (it == body.end() || it->is_null())
        return fallback;
    if (!it->is_boolean())
        return badMessage(std::string("'") + key + "' must be true or false");
    return it->get<bool>();
}

Result<std::vector<DecodedChange>> decodePushChanges(const Json &body)
{
    auto it = body.find("changes");
    if (it == body.end() || !it->is_array())
        return badMessage("'changes' must be an array");
    if (it->size() > maxChangesPerPush)
        return Error{std::string(errc::tooLarge), "at most " + std::to_string(maxChangesPerPush) + " changes per push"};
    std::vector<DecodedChange> out;
    out.reserve(it->size());
    for (const auto &entry : *it) {
        std::string id;
        if (entry.is_object()) {
            if (auto cid = entry.find("changeId"); cid != entry.end() && cid->is_string() &&
                                                   cid->get_ref<const std::string &>().size() <= 64)
                id = cid->get<std::string>();
        }
        out.push_back(DecodedChange{id, changeFromJson(entry)});
    }
    return out;
}

std::string encodeError(std::string_view rid, std::string_view code, std::string_view message)
{
    Json j{{"type", type::error}, {"code", code}, {"message", message}};
    if (!rid.empty())
        j["rid"] = rid;
    return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string encodePushResult(std::string_view rid, const std::vector<ChangeResult> &results)
{
    Json list = Json::array();
    for (const auto &r : results) {
        Json e{{"changeId", r.changeId}, {"status", r.status}};
        if (!r.code.empty())
            e["code"] = r.code;
        if (!r.message.empty())
            e["message"] = r.message;
        if (r.seq > 0)
            e["seq"] = r.seq;
        list.push_back(std::move(e));
    }
    Json j{{"type", type::pushResult}, {"results", std::move(list)}};
    if (!rid.empty())
        j["rid"] = rid;
    return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string encodeChanges(std::string_view rid, const PulledPage &page, bool live)
{
    Json records = Json::array();
    for (const auto &r : page.records)
        records.push_back(recordToJson(r));
    Json j{{"type", type::changes}, {"records", std::move(records)}, {"evictions", page.evictions},
           {"cursor", page.cursor}, {"more", page.more}, {"live", live}};
    if (page.remaining)
        j["remaining"] = *page.remaining;
    if (!rid.empty())
        j["rid"] = rid;
    return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

Json encodePushRequest(std::string_view rid, const std::vector<Change> &changes)
{
    Json list = Json::array();
    for (const auto &c : changes)
        list.push_back(changeToJson(c));
    Json j{{"type", type::push}, {"changes", std::move(list)}};
    if (!rid.empty())
        j["rid"] = rid;
    return j;
}

Result<std::vector<ChangeResult>> decodePushResult(const Json &body)
{
    auto it = body.find("results");
    if (it == body.end() || !it->is_array())
        return badMessage("'results' must be an array");
    std::vector<ChangeResult> out;
    for (const auto &e : *it) {
        if (!e.is_object())
            return badMessage("each result must be an object");
        ChangeResult r;
        auto id = requireString(e, "changeId", 64, 0);
        auto status = requireString(e, "status", 16);
        if (!id || !status)
            return badMessage("result needs 'changeId' and 'status'");
        r.changeId = *id;
        r.status = *status;
        // Read as strings or refused: Json::value() throws on another type, and this frame comes from the network.
        auto code = optionalString(e, "code", maxFrameBytes);
        auto message = optionalString(e, "message", maxFrameBytes);
        if (!code || !message)
            return badMessage("a result's 'code' and 'message' must be strings");
        r.code = std::move(*code);
        r.message = std::move(*message);
        auto seq = optionalInt(e, "seq", 0, 0, INT64_MAX);
        if (!seq)
            return seq.error();
        r.seq = *seq;
        out.push_back(std::move(r));
    }
    return out;
}

Result<PulledPage> decodeChanges(const Json &body)
{
    PulledPage page;
    auto recs = body.find("records");
    if (recs == body.end() || !recs->is_array())
        return badMessage("'records' must be an array");
    for (const auto &r : *recs) {
        auto rec = recordFromJson(r);
        if (!rec)
            return rec.error();
        page.records.push_back(std::move(*rec));
    }
    if (auto ev = body.find("evictions"); ev != body.end() && !ev->is_null()) {
        if (!ev->is_array())
            return badMessage("'evictions' must be an array");
        for (const auto &id : *ev) {
            if (!id.is_string())
                return badMessage("eviction ids must be strings");
            page.evictions.push_back(id.get<std::string>());
        }
    }
    auto cursor = optionalInt(body, "cursor", 0, 0, INT64_MAX);
    if (!cursor)
        return cursor.error();
    page.cursor = *cursor;
    auto more = body.find("more");
    page.more = more != body.end() && more->is_boolean() && more->get<bool>();
    // Only a help for a progress bar: anything but a whole number >= 0 is as if there were none.
    if (auto remaining = body.find("remaining"); remaining != body.end() && remaining->is_number_integer()) {
        if (remaining->is_number_unsigned())
            page.remaining = static_cast<int64_t>(std::min<uint64_t>(remaining->get<uint64_t>(), INT64_MAX));
        else if (remaining->get<int64_t>() >= 0)
            page.remaining = remaining->get<int64_t>();
    }
    return page;
}

} // namespace medvandrer::protocol
