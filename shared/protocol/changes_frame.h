#pragma once

#include "protocol/messages.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace medvandrer::protocol {

// A `changes` frame from the server (a pulled page or a live frame) read in one pass straight into records, without
// building the frame's JSON tree, and with each record's text as the frame holds it: a device that has no version of
// a record stores that text instead of writing the record out again (issue #16, the first sync).
struct ChangesFrame
{
    std::string rid;
    bool live = false;
    PulledPage page;
    // One per page.records, in the same order: a view into the text that was read.
    std::vector<std::string_view> recordTexts;
};

// Reads a well-formed `changes` frame: when it answers, the result is what parseServerFrame + decodeChanges (and the
// "live" member read as the client does) make of the same text. Anything else — another type, a frame those refuse,
// a duplicate member, anything unusual — is nullopt, and the caller reads the text the general way, which gives it
// the same answer (and error) as before. Never throws.
std::optional<ChangesFrame> readChangesFrame(std::string_view text);

// Record texts as a device stores them (each one record's JSON, as written), read the quick way in one pass: the same
// records as Json::parse + recordFromJson of each, in order. nullopt when any text is unusual — not exactly one record
// object, one the general path would refuse or read otherwise — or they add up past a frame's size; the caller then
// reads them one by one the general way.
std::optional<std::vector<Record>> readRecordTexts(const std::vector<std::string_view> &texts);

// A device's `push` frame read the same way, on the server's io thread, where parsing the tree and then decoding
// each change was a fifth of a push's server time.
struct PushFrame
{
    std::string rid;
    std::vector<DecodedChange> changes; // every one decoded: a change the general path would refuse is left to it
};

// The push as parseEnvelope + decodePushChanges read it, when every change in it decodes; nullopt for anything else
// (another type, a change that does not decode, too many changes, a duplicate member …), which the caller reads the
// general way for the same answer and errors as before. Never throws.
std::optional<PushFrame> readPushFrame(std::string_view text);

} // namespace medvandrer::protocol
