#pragma once

#include <string>
#include <string_view>

namespace medvandrer {

// Random (version 4) UUID in the canonical lower-case 8-4-4-4-12 form.
std::string newUuid();

// True for a canonical UUID string (any version) in lower-case hex: ids are compared byte for byte, so an
// upper-case spelling of an id would otherwise name a second record (docs/protocol.md §5).
bool isUuid(std::string_view text);

} // namespace medvandrer
