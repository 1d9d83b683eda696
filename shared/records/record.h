#pragma once

#include "core/hlc.h"

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace medvandrer {

using Json = nlohmann::json;

// One field's value and the stamp of the write that set it (per-field last-writer-wins).
struct FieldValue
{
    Json value;
    Hlc stamp;

    bool operator==(const FieldValue &) const = default;
};

// A replicated record. The same type holds a full record state and a change (a partial state):
// merging a change into a record is the same join as merging two records.
struct Record
{
    std::string id;           // UUID, chosen by the device that created it
    std::string kind;         // "goal", "step", … (see schema.h)
    std::string owner;        // account id whose data this is
    std::string originDevice; // device that created the record
    std::map<std::string, FieldValue> fields;
    std::optional<Hlc> deleted; // tombstone: once set, the record is gone and holds no content

    bool operator==(const Record &) const = default;

    bool isDeleted() const { return deleted.has_value(); }
    const Json *value(const std::string &field) const;
    std::string stringValue(const std::string &field) const;
    // The newest stamp anywhere in the record (fields or tombstone).
    Hlc latestStamp() const;
};

// A change as it travels in the outbox and over the wire: a client-chosen id (for idempotent retries)
// and the partial record it carries.
struct Change
{
    std::string changeId;
    Record patch;

    bool operator==(const Change &) const = default;
};

} // namespace medvandrer
