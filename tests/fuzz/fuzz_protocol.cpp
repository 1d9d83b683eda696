// Feeds arbitrary bytes to everything that parses untrusted frames: it must never crash, throw or leak. What a
// decoder accepts must write back and read again to the same value (its canonical form is a fixed point).
#include "protocol/changes_frame.h"
#include "protocol/messages.h"
#include "protocol/server_frame.h"
#include "records/record_json.h"
#include "records/schema.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace medvandrer;

namespace {

Json reparse(const std::string &text)
{
    Json j = Json::parse(text, nullptr, false);
    if (j.is_discarded())
        __builtin_trap(); // an encoder wrote something that is not JSON
    return j;
}

std::string dumped(const Json &j)
{
    return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

// A push's changes: the ones that decode are encoded as the app sends them, and decode again to the same frame.
void pushRoundTrip(const std::vector<protocol::DecodedChange> &decoded)
{
    std::vector<Change> good;
    for (const auto &c : decoded) {
        if (c.change)
            good.push_back(*c.change);
    }
    const Json once = protocol::encodePushRequest("r", good);
    auto again = protocol::decodePushChanges(reparse(dumped(once)));
    if (!again || again->size() != good.size())
        __builtin_trap();
    std::vector<Change> second;
    for (const auto &c : *again) {
        if (!c.change)
            __builtin_trap(); // accepted once, refused after its own round trip
        second.push_back(*c.change);
    }
    if (dumped(protocol::encodePushRequest("r", second)) != dumped(once))
        __builtin_trap();
}

void pushResultRoundTrip(const std::vector<protocol::ChangeResult> &results)
{
    const std::string once = protocol::encodePushResult("r", results);
    auto again = protocol::decodePushResult(reparse(once));
    if (!again || again->size() != results.size())
        __builtin_trap();
    for (size_t i = 0; i < results.size(); ++i) {
        const auto &a = results[i];
        const auto &b = (*again)[i];
        if (a.changeId != b.changeId || a.status != b.status || a.code != b.code || a.message != b.message ||
            a.seq != b.seq)
            __builtin_trap();
    }
}

void changesRoundTrip(const protocol::PulledPage &page)
{
    const std::string once = protocol::encodeChanges("r", page, false);
    auto again = protocol::decodeChanges(reparse(once));
    if (!again || again->records.size() != page.records.size() || again->evictions != page.evictions ||
        again->cursor != page.cursor || again->more != page.more || again->remaining != page.remaining)
        __builtin_trap();
    for (size_t i = 0; i < page.records.size(); ++i) {
        if (!(again->records[i] == page.records[i]))
            __builtin_trap();
    }
}

// The quick reader of changes frames (the client's first-sync path): whatever it reads, the general path reads the
// same, and each record's text reads back as that record.
void quickChangesAgree(std::string_view text)
{
    const auto quick = protocol::readChangesFrame(text);
    if (!quick)
        return;
    auto env = protocol::parseServerFrame(text);
    if (!env || env->type != "changes" || env->rid != quick->rid)
        __builtin_trap();
    auto page = protocol::decodeChanges(env->body);
    if (!page)
        __builtin_trap();
    const auto live = env->body.find("live");
    if (quick->live != (live != env->body.end() && live->is_boolean() && live->get<bool>()))
        __builtin_trap();
    if (quick->page.cursor != page->cursor || quick->page.more != page->more ||
        quick->page.remaining != page->remaining || quick->page.evictions != page->evictions || quick->page.records != page->records ||
        quick->recordTexts.size() != page->records.size())
        __builtin_trap();
    for (size_t i = 0; i < page->records.size(); ++i) {
        auto again = recordFromJson(reparse(std::string(quick->recordTexts[i])));
        if (!again || !(*again == page->records[i]))
            __builtin_trap();
    }
}

// The quick reader of pushes (the server's io thread): whatever it reads, the general path reads the same.
void quickPushAgrees(std::string_view text)
{
    const auto quick = protocol::readPushFrame(text);
    if (!quick)
        return;
    auto env = protocol::parseEnvelope(text);
    if (!env || env->type != "push" || env->rid != quick->rid)
        __builtin_trap();
    auto changes = protocol::decodePushChanges(env->body);
    if (!changes || changes->size() != quick->changes.size())
        __builtin_trap();
    for (size_t i = 0; i < changes->size(); ++i) {
        const auto &a = quick->changes[i];
        const auto &b = (*changes)[i];
        if (a.changeId != b.changeId || !a.change || !b.change || !(*a.change == *b.change))
            __builtin_trap();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    quickChangesAgree(text);
    quickPushAgrees(text);
    auto env = protocol::parseEnvelope(text);
    if (!env)
        return 0;
    const Json &body = env->body;
    (void)protocol::requireString(body, "username", 64);
    (void)protocol::optionalInt(body, "cursor", 0, 0, INT64_MAX);
    if (auto changes = protocol::decodePushChanges(body)) {
        for (const auto &c : *changes) {
            if (!c.change)
                continue;
            (void)validateChange(c.change->patch, nullptr);
            if (recordJsonText(c.change->patch) != dumped(recordToJson(c.change->patch)))
                __builtin_trap();
        }
        pushRoundTrip(*changes);
    }
    if (auto page = protocol::decodeChanges(body))
        changesRoundTrip(*page);
    if (auto results = protocol::decodePushResult(body))
        pushResultRoundTrip(*results);
    if (auto rec = recordFromJson(body)) {
        // What parses must serialise and parse back to the same record.
        auto again = recordFromJson(reparse(dumped(recordToJson(*rec))));
        if (!again || !(*again == *rec))
            __builtin_trap();
        // The server's direct writer gives the tree's bytes exactly, whatever the strings hold.
        if (recordJsonText(*rec) != dumped(recordToJson(*rec)))
            __builtin_trap();
    }
    return 0;
}
