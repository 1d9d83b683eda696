#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace medvandrer::server {

// A `changes` frame (docs/protocol.md §6.2/§6.3) assembled from record JSON texts already in wire form — the
// bodies as stored — so pulls and live fan-out never parse and re-serialise records. Byte-identical to
// protocol::encodeChanges for the same records (keys in the same sorted order).
// A stored record body (wire form) without one of its fields, still in wire form; the body itself if it has none.
std::string withoutField(std::string_view recordBody, std::string_view field);

std::string encodeChangesFrame(std::string_view rid, const std::vector<std::string_view> &recordBodies,
                               const std::vector<std::string_view> &evictions, int64_t cursor, bool more, bool live,
                               std::optional<int64_t> remaining = std::nullopt);

} // namespace medvandrer::server
