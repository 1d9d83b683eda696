#pragma once

#include "core/result.h"
#include "records/record.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace medvandrer::protocol {

inline constexpr int version = 1;

// Message types (the "type" member of every frame).
namespace type {
// client → server
inline constexpr std::string_view hello = "hello";
inline constexpr std::string_view registerAccount = "register";
inline constexpr std::string_view login = "login";
inline constexpr std::string_view resume = "resume";
inline constexpr std::string_view logout = "logout";
inline constexpr std::string_view push = "push";
inline constexpr std::string_view pull = "pull";
inline constexpr std::string_view createInvite = "create_invite";
inline constexpr std::string_view listInvites = "list_invites";       // koordinator: the team's open invites
inline constexpr std::string_view withdrawInvite = "withdraw_invite"; // koordinator: an open invite stops working
inline constexpr std::string_view listDevices = "list_devices";
inline constexpr std::string_view revokeDevice = "revoke_device";
inline constexpr std::string_view listHelpers = "list_helpers"; // erfaringskonsulenter a consent can name
inline constexpr std::string_view participants = "participants"; // koordinator: who is booked for an activity
// server → client
inline constexpr std::string_view welcome = "welcome";
inline constexpr std::string_view authenticated = "authenticated";
inline constexpr std::string_view pushResult = "push_result";
inline constexpr std::string_view changes = "changes";
inline constexpr std::string_view invite = "invite";
inline constexpr std::string_view invites = "invites";
inline constexpr std::string_view devices = "devices";
inline constexpr std::string_view helpers = "helpers";
inline constexpr std::string_view ok = "ok";
inline constexpr std::string_view error = "error";
} // namespace type

inline constexpr size_t maxFrameBytes = 1024 * 1024;  // a larger frame is refused with too_large
inline constexpr size_t maxChangesPerPush = 500;      // a larger batch is refused with too_large
// The changes of one push, as sent, add up to at most this: the frame limit less room for the envelope. A change
// over it alone could never be sent, so the device refuses it when it is written.
inline constexpr size_t maxPushChangesBytes = maxFrameBytes - 16 * 1024;
inline constexpr size_t defaultPullLimit = 500;
inline constexpr size_t maxPullLimit = 2000;
inline constexpr size_t maxNestingDepth = 32; // arrays/objects inside each other in one frame

// Deepest nesting of arrays and objects in a JSON text, found without parsing (strings are skipped).
size_t nestingDepth(std::string_view text);

// Every frame: {"type": "...", "rid": "<optional request id, echoed in the reply>", ...}.
struct Envelope
{
    std::string type;
    std::string rid;
    Json body; // the whole object
};

// Parses one untrusted text frame; never throws.
Result<Envelope> parseEnvelope(std::string_view text);
// The rid of a frame parseEnvelope refused, so the error can carry it (docs/protocol.md §3); empty when the frame
// is not valid JSON, not an object, or its rid is missing or unreadable. Reads without building a tree, so it also
// works on a frame nested past maxNestingDepth.
std::string readableRid(std::string_view text);

// Typed, bounds-checked reads of a message's members; errors name the member and use bad_message.
Result<std::string> requireString(const Json &body, const char *key, size_t maxLen, size_t minLen = 1);
Result<std::string> optionalString(const Json &body, const char *key, size_t maxLen);
Result<int64_t> optionalInt(const Json &body, const char *key, int64_t fallback, int64_t min, int64_t max);
Result<bool> optionalBool(const Json &body, const char *key, bool fallback);

// The changes of a push; bad entries are returned as per-change errors rather than failing the batch.
struct DecodedChange
{
    std::string changeId; // may be empty when it could not be read
    Result<Change> change;
};
Result<std::vector<DecodedChange>> decodePushChanges(const Json &body);

struct ChangeResult
{
    std::string changeId;
    std::string status; // "applied" | "duplicate" | "rejected"
    std::string code;   // for rejected
    std::string message;
    int64_t seq = 0; // server sequence number of the applied state
};

struct PulledPage
{
    std::vector<Record> records;
    std::vector<std::string> evictions; // record ids that left this account's scope (consent revoked)
    int64_t cursor = 0;
    bool more = false;
    // In the first page of a pull asked with count: true, the entries still to come after this page (about).
    std::optional<int64_t> remaining;
};

std::string encodeError(std::string_view rid, std::string_view code, std::string_view message);
std::string encodePushResult(std::string_view rid, const std::vector<ChangeResult> &results);
std::string encodeChanges(std::string_view rid, const PulledPage &page, bool live);
Json encodePushRequest(std::string_view rid, const std::vector<Change> &changes);

Result<std::vector<ChangeResult>> decodePushResult(const Json &body);
Result<PulledPage> decodeChanges(const Json &body);

} // namespace medvandrer::protocol
