#pragma once

#include <string>
#include <string_view>

namespace medvandrer {

// Random (version 4) UUID in the canonical lower-case 8-4-4-4-12 form.
std::string newUuid();

// True for a canonical UUID string (any version, lower or upper case hex).
bool isUuid(std::string_view text);

} // namespace medvandrer
