#include "protocol/changes_frame.h"

#include "core/uuid.h"
#include "protocol/quick_json.h"
#include "protocol/server_frame.h"
#include "records/schema.h"

#include <algorithm>
#include <cstdint>
#include <limits>

namespace medvandrer::protocol {

namespace {

// The events' handler (nlohmann's SAX shape), for a server's changes frame or a device's push. Every event that the
// general path would refuse, or that needs its last-member-wins rule (a duplicate member), stops the read: the caller
// then reads the frame the general way.
class Reader
{
public:
    enum class Shape { Changes, Push };

    using number_integer_t = Json::number_integer_t;
    using number_unsigned_t = Json::number_unsigned_t;
    using number_float_t = Json::number_float_t;
    using string_t = Json::string_t;
    using binary_t = Json::binary_t;

    Reader(std::string_view text, Shape shape) : m_text(text), m_shape(shape) {}
    // Where the JSON reader has got to (see QuickJson::at).
    void readingAt(const char *const *at) { m_at = at; }

    bool null() { return scalar(Kind::Null); }
    bool boolean(bool v)
    {
        m_bool = v;
        return scalar(Kind::Bool);
    }
    bool number_integer(number_integer_t v)
    {
        m_int = v;
        return scalar(Kind::Int);
    }
    bool number_unsigned(number_unsigned_t v)
    {
        m_uint = v;
        return scalar(Kind::Uint);
    }
    bool number_float(number_float_t v, const string_t &)
    {
        m_float = v;
        return scalar(Kind::Float);
    }
    bool string(string_t &v)
    {
        m_string = &v;
        return scalar(Kind::String);
    }
    bool binary(binary_t &) { return false; } // never in JSON text
    bool start_object(std::size_t) { return open(true); }
    bool start_array(std::size_t) { return open(false); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }
    bool key(string_t &k);

    // After a successful parse: the frame, or nullopt when it is not a frame of this shape read this way.
    std::optional<ChangesFrame> changesResult();
    std::optional<PushFrame> pushResult();

private:
    enum class In { Frame, Records, Record, Fields, Field, Evictions, Value, Skip, Changes, Change };
    enum class Kind { Null, Bool, Int, Uint, Float, String };
    enum FrameKey : unsigned { kType = 1, kRid = 2, kRecords = 4, kEvictions = 8, kCursor = 16, kMore = 32, kLive = 64,
                               kRemaining = 128, kChanges = 256, kOtherFrameKey = 0 };
    enum ChangeKey : unsigned { kChangeId = 1, kRecord = 2, kOtherChangeKey = 0 };
    enum RecordKey : unsigned { kId = 1, kKind = 2, kOwner = 4, kOrigin = 8, kDeleted = 16, kFields = 32,
                                kOtherRecordKey = 0 };
    enum FieldKey : unsigned { kV = 1, kT = 2, kOtherFieldKey = 0 };

    bool scalar(Kind kind);
    bool open(bool object);
    bool close();
    Json scalarJson(Kind kind);
    bool frameScalar(Kind kind);
    bool recordScalar(Kind kind);
    bool fieldScalar(Kind kind);
    // Inside a field's "v": the value is built as Json, as the general parser builds it.
    bool addToValue(Json &&value);
    bool openInValue(bool object);
    bool startRecord();
    bool endRecord();
    bool endField();
    bool endChange();
    // Marks `bit` of `seen` and says whether it was already marked (a duplicate member).
    static bool duplicate(unsigned &seen, unsigned bit)
    {
        if (bit == 0)
            return false;
        const bool was = (seen & bit) != 0;
        seen |= bit;
        return was;
    }
    size_t readUpTo() const { return static_cast<size_t>(*m_at - m_text.data()); }

    std::string_view m_text;
    Shape m_shape;
    const char *const *m_at = nullptr;
    std::vector<In> m_in;

    bool m_bool = false;
    int64_t m_int = 0;
    uint64_t m_uint = 0;
    double m_float = 0;
    string_t *m_string = nullptr;

    // The frame.
    unsigned m_frameSeen = 0;
    unsigned m_frameKey = kOtherFrameKey;
    std::string m_type;
    ChangesFrame m_out;
    PushFrame m_push;

    // The change being read (a push).
    unsigned m_changeSeen = 0;
    unsigned m_changeKey = kOtherChangeKey;
    std::string m_changeId;

    // The record being read.
    Record m_record;
    unsigned m_recordSeen = 0;
    unsigned m_recordKey = kOtherRecordKey;
    size_t m_recordStart = 0;

    // The field being read.
    std::string m_fieldName;
    unsigned m_fieldSeen = 0;
    unsigned m_fieldKey = kOtherFieldKey;
    Json m_value;
    Hlc m_fieldStamp;
    std::vector<Json *> m_valueStack; // open arrays and objects of the value, innermost last
    Json *m_valueSlot = nullptr;      // in an object of the value: the member the next value goes to
};

bool Reader::key(string_t &k)
{
    if (m_in.empty())
        return false;
    switch (m_in.back()) {
    case In::Frame:
        if (m_shape == Shape::Push) {
            m_frameKey = k == "type" ? kType : k == "rid" ? kRid : k == "changes" ? kChanges : kOtherFrameKey;
            return !duplicate(m_frameSeen, m_frameKey);
        }
        m_frameKey = k == "type"        ? kType
                     : k == "rid"       ? kRid
                     : k == "records"   ? kRecords
                     : k == "evictions" ? kEvictions
                     : k == "cursor"    ? kCursor
                     : k == "more"      ? kMore
                     : k == "live"      ? kLive
                     : k == "remaining" ? kRemaining
                                        : kOtherFrameKey;
        return !duplicate(m_frameSeen, m_frameKey);
    case In::Record:
        m_recordKey = k == "id"        ? kId
                      : k == "kind"    ? kKind
                      : k == "owner"   ? kOwner
                      : k == "origin"  ? kOrigin
                      : k == "deleted" ? kDeleted
                      : k == "fields"  ? kFields
                                       : kOtherRecordKey;
        return !duplicate(m_recordSeen, m_recordKey);
    case In::Change:
        m_changeKey = k == "changeId" ? kChangeId : k == "record" ? kRecord : kOtherChangeKey;
        return !duplicate(m_changeSeen, m_changeKey);
    case In::Fields:
        m_fieldName = std::move(k);
        return true;
    case In::Field:
        m_fieldKey = k == "v" ? kV : k == "t" ? kT : kOtherFieldKey;
        return !duplicate(m_fieldSeen, m_fieldKey);
    case In::Value:
        // The general parser's rule for a repeated member inside a value: the last one wins.
        m_valueSlot = &(*m_valueStack.back())[k];
        return true;
    case In::Skip:
        return true;
    default:
        return false;
    }
}

Json Reader::scalarJson(Kind kind)
{
    switch (kind) {
    case Kind::Null: return Json(nullptr);
    case Kind::Bool: return Json(m_bool);
    case Kind::Int: return Json(m_int);
    case Kind::Uint: return Json(m_uint);
    case Kind::Float: return Json(m_float);
    case Kind::String: return Json(std::move(*m_string));
    }
    return Json();
}

bool Reader::scalar(Kind kind)
{
    if (m_in.empty())
        return false; // a message must be an object
    switch (m_in.back()) {
    case In::Frame: return frameScalar(kind);
    case In::Record: return recordScalar(kind);
    case In::Field: return fieldScalar(kind);
    case In::Value: return addToValue(scalarJson(kind));
    case In::Evictions:
        if (kind != Kind::String)
            return false;
        m_out.page.evictions.push_back(std::move(*m_string));
        return true;
    case In::Skip: return true;
    case In::Change:
        // changeFromJson: "changeId" a UUID string; "record" an object.
        if (m_changeKey == kChangeId) {
            if (kind != Kind::String || m_string->size() > 36 || !isUuid(*m_string))
                return false;
            m_changeId = std::move(*m_string);
            return true;
        }
        return m_changeKey == kOtherChangeKey;
    case In::Records: // a record must be an object
    case In::Fields:  // a field must be an object {v, t}
    case In::Changes: // a change must be an object
        return false;
    }
    return false;
}

bool Reader::frameScalar(Kind kind)
{
    switch (m_frameKey) {
    case kType:
        if (kind != Kind::String)
            return false;
        m_type = std::move(*m_string);
        return true;
    case kRid:
        // As parseEnvelope reads it: a string of at most 64, a whole number, or null (none).
        if (kind == Kind::String && m_string->size() <= 64)
            m_out.rid = std::move(*m_string);
        else if (kind == Kind::Int)
            m_out.rid = std::to_string(m_int);
        else if (kind == Kind::Uint)
            m_out.rid = std::to_string(m_uint);
        else if (kind != Kind::Null)
            return false;
        return true;
    case kCursor:
        // optionalInt(body, "cursor", 0, 0, INT64_MAX).
        if (kind == Kind::Uint && m_uint <= static_cast<uint64_t>(std::numeric_limits<int64_t>::max()))
            m_out.page.cursor = static_cast<int64_t>(m_uint);
        else if (kind == Kind::Int && m_int >= 0)
            m_out.page.cursor = m_int;
        else if (kind != Kind::Null)
            return false;
        return true;
    case kMore:
        m_out.page.more = kind == Kind::Bool && m_bool;
        return true;
    case kLive:
        m_out.live = kind == Kind::Bool && m_bool;
        return true;
    case kRemaining:
        // decodeChanges: a whole number >= 0 (clamped to int64), anything else as if none.
        if (kind == Kind::Uint)
            m_out.page.remaining = static_cast<int64_t>(std::min<uint64_t>(m_uint, std::numeric_limits<int64_t>::max()));
        else if (kind == Kind::Int && m_int >= 0)
            m_out.page.remaining = m_int;
        return true;
    case kRecords: // must be an array
    case kChanges:
        return false;
    case kEvictions: // null is none; anything else must be an array
        return kind == Kind::Null;
    default:
        return true;
    }
}

bool Reader::recordScalar(Kind kind)
{
    // recordFromJson's rules: id, kind and owner required strings (of at most 36, 32 and 64 bytes), origin an
    // optional one (64); deleted and fields may be null.
    auto text = [&](std::string &into, size_t maxLength, bool required) {
        if (kind == Kind::Null)
            return !required;
        if (kind != Kind::String || m_string->size() > maxLength)
            return false;
        into = std::move(*m_string);
        return true;
    };
    switch (m_recordKey) {
    case kId: return text(m_record.id, 36, true) && isUuid(m_record.id);
    case kKind: return text(m_record.kind, 32, true);
    case kOwner: return text(m_record.owner, 64, true);
    case kOrigin: return text(m_record.originDevice, 64, false);
    case kDeleted: {
        if (kind == Kind::Null)
            return true;
        if (kind != Kind::String)
            return false;
        m_record.deleted = Hlc::parse(*m_string);
        return m_record.deleted.has_value();
    }
    case kFields: return kind == Kind::Null;
    default: return true;
    }
}

bool Reader::fieldScalar(Kind kind)
{
    switch (m_fieldKey) {
    case kV: m_value = scalarJson(kind); return true;
    case kT: {
        if (kind != Kind::String)
            return false;
        auto stamp = Hlc::parse(*m_string);
        if (!stamp)
            return false;
        m_fieldStamp = *stamp;
        return true;
    }
    default: return true;
    }
}

bool Reader::addToValue(Json &&value)
{
    Json &container = *m_valueStack.back();
    if (container.is_array())
        container.push_back(std::move(value));
    else
        *m_valueSlot = std::move(value);
    return true;
}

bool Reader::openInValue(bool object)
{
    Json fresh = object ? Json::object() : Json::array();
    Json &container = *m_valueStack.back();
    Json *opened;
    if (container.is_array()) {
        container.push_back(std::move(fresh));
        opened = &container.back();
    } else {
        *m_valueSlot = std::move(fresh);
        opened = m_valueSlot;
    }
    m_valueStack.push_back(opened);
    m_in.push_back(In::Value);
    return true;
}

bool Reader::open(bool object)
{
    if (m_in.empty()) {
        if (!object)
            return false; // a message must be an object
        m_in.push_back(In::Frame);
        return true;
    }
    switch (m_in.back()) {
    case In::Frame:
        switch (m_frameKey) {
        case kRecords:
            if (object)
                return false;
            m_in.push_back(In::Records);
            return true;
        case kEvictions:
            if (object)
                return false;
            m_in.push_back(In::Evictions);
            return true;
        case kChanges:
            if (object)
                return false;
            m_in.push_back(In::Changes);
            return true;
        case kMore:
        case kLive:
        case kRemaining:
        case kOtherFrameKey: m_in.push_back(In::Skip); return true;
        default: return false; // type, rid, cursor
        }
    case In::Records: return object && startRecord();
    case In::Changes:
        // decodePushChanges refuses more than maxChangesPerPush with its own error: leave that to it.
        if (!object || m_push.changes.size() >= maxChangesPerPush)
            return false;
        m_changeSeen = 0;
        m_changeId.clear();
        m_in.push_back(In::Change);
        return true;
    case In::Change:
        if (m_changeKey == kRecord)
            return object && startRecord();
        if (m_changeKey != kOtherChangeKey)
            return false;
        m_in.push_back(In::Skip);
        return true;
    case In::Record:
        if (m_recordKey == kFields && object) {
            m_in.push_back(In::Fields);
            return true;
        }
        if (m_recordKey != kOtherRecordKey)
            return false;
        m_in.push_back(In::Skip);
        return true;
    case In::Fields:
        if (!object)
            return false;
        m_fieldSeen = 0;
        m_value = Json();
        m_in.push_back(In::Field);
        return true;
    case In::Field:
        if (m_fieldKey == kV) {
            m_value = object ? Json::object() : Json::array();
            m_valueStack.assign(1, &m_value);
            m_in.push_back(In::Value);
            return true;
        }
        if (m_fieldKey != kOtherFieldKey)
            return false;
        m_in.push_back(In::Skip);
        return true;
    case In::Value: return openInValue(object);
    case In::Skip: m_in.push_back(In::Skip); return true;
    case In::Evictions: return false;
    }
    return false;
}

bool Reader::startRecord()
{
    m_record = Record{};
    m_recordSeen = 0;
    m_recordStart = readUpTo() - 1;
    m_in.push_back(In::Record);
    return true;
}

bool Reader::endRecord()
{
    if ((m_recordSeen & (kId | kKind | kOwner)) != (kId | kKind | kOwner))
        return false;
    if (m_shape == Shape::Push)
        return true; // kept in m_record until its change closes
    const size_t end = readUpTo();
    if (end <= m_recordStart || m_text[m_recordStart] != '{' || m_text[end - 1] != '}')
        return false; // never expected: the parser read further than one token
    m_out.page.records.push_back(std::move(m_record));
    m_out.recordTexts.push_back(m_text.substr(m_recordStart, end - m_recordStart));
    return true;
}

bool Reader::endChange()
{
    if ((m_changeSeen & (kChangeId | kRecord)) != (kChangeId | kRecord))
        return false;
    std::string id = m_changeId;
    m_push.changes.push_back(DecodedChange{std::move(id), Change{std::move(m_changeId), std::move(m_record)}});
    return true;
}

bool Reader::endField()
{
    if ((m_fieldSeen & (kV | kT)) != (kV | kT))
        return false;
    if (m_record.fields.size() >= maxFieldsPerRecord)
        return false;
    // A repeated field name: the general parser keeps the last, so leave that to it.
    return m_record.fields.emplace(std::move(m_fieldName), FieldValue{std::move(m_value), m_fieldStamp}).second;
}

bool Reader::close()
{
    if (m_in.empty())
        return false;
    const In closed = m_in.back();
    m_in.pop_back();
    switch (closed) {
    case In::Record: return endRecord();
    case In::Field: return endField();
    case In::Change: return endChange();
    case In::Value: m_valueStack.pop_back(); return true;
    default: return true;
    }
}

std::optional<ChangesFrame> Reader::changesResult()
{
    // parseEnvelope: "type" a non-empty string of at most 64; then the client reads only "changes" frames here.
    if (m_shape != Shape::Changes || m_type != type::changes || !(m_frameSeen & kRecords))
        return std::nullopt;
    return std::move(m_out);
}

std::optional<PushFrame> Reader::pushResult()
{
    if (m_shape != Shape::Push || m_type != type::push || !(m_frameSeen & kChanges))
        return std::nullopt;
    m_push.rid = std::move(m_out.rid);
    return std::move(m_push);
}

// Reads text with a Reader of that shape; false when the reader or the JSON stopped.
bool readAs(Reader &reader, std::string_view text)
{
    QuickJson<Reader> json(text, reader, maxNestingDepth);
    reader.readingAt(json.at());
    try {
        return json.read();
    } catch (const std::exception &) {
        return false; // out of memory: the general path decides
    }
}

} // namespace

std::optional<ChangesFrame> readChangesFrame(std::string_view text)
{
    // The general path's limits: it refuses a larger frame, and one nested deeper than maxNestingDepth (which the
    // reader below refuses as it goes).
    if (text.size() > maxServerFrameBytes)
        return std::nullopt;
    Reader reader(text, Reader::Shape::Changes);
    if (!readAs(reader, text))
        return std::nullopt;
    return reader.changesResult();
}

std::optional<PushFrame> readPushFrame(std::string_view text)
{
    if (text.size() > maxFrameBytes)
        return std::nullopt;
    Reader reader(text, Reader::Shape::Push);
    if (!readAs(reader, text))
        return std::nullopt;
    return reader.pushResult();
}

std::optional<std::vector<Record>> readRecordTexts(const std::vector<std::string_view> &texts)
{
    static constexpr std::string_view head = R"({"type":"changes","records":[)", tail = "]}";
    size_t size = head.size() + tail.size() + texts.size();
    for (auto t : texts)
        size += t.size();
    if (size > maxServerFrameBytes)
        return std::nullopt;
    std::string frame;
    frame.reserve(size);
    frame += head;
    for (size_t i = 0; i < texts.size(); ++i) {
        if (i)
            frame += ',';
        frame += texts[i];
    }
    frame += tail;
    auto read = readChangesFrame(frame);
    if (!read || read->page.records.size() != texts.size())
        return std::nullopt;
    // Each text must be exactly its record's span: a text holding two objects, or one's end and another's start,
    // would read differently alone.
    for (size_t i = 0; i < texts.size(); ++i) {
        if (read->recordTexts[i] != texts[i])
            return std::nullopt;
    }
    return std::move(read->page.records);
}

} // namespace medvandrer::protocol
