// Feeds arbitrary bytes to everything that parses untrusted frames: it must never crash, throw or leak.
#include "protocol/messages.h"
#include "records/record_json.h"
#include "records/schema.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace medvandrer;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    auto env = protocol::parseEnvelope(text);
    if (!env)
        return 0;
    const Json &body = env->body;
    (void)protocol::requireString(body, "username", 64);
    (void)protocol::optionalInt(body, "cursor", 0, 0, INT64_MAX);
    if (auto changes = protocol::decodePushChanges(body)) {
        for (const auto &c : *changes) {
            if (c.change)
                (void)validateChange(c.change->patch, nullptr);
        }
    }
    (void)protocol::decodeChanges(body);
    (void)protocol::decodePushResult(body);
    if (auto rec = recordFromJson(body)) {
        // What parses must serialise and parse back to the same record.
        auto again = recordFromJson(Json::parse(recordToJson(*rec).dump(-1, ' ', false, Json::error_handler_t::replace),
                                                nullptr, false));
        if (!again || !(*again == *rec))
            __builtin_trap();
    }
    return 0;
}
