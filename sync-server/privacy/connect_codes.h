#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace medvandrer::server::connectcodes {

inline constexpr int64_t validMs = 15 * 60 * 1000;

// 8 characters without look-alikes, shown as XXXX-XXXX: easy to read aloud.
std::string newCode();
// Upper-cases and drops spaces and dashes; nothing if what is left cannot be a code.
std::optional<std::string> normalize(std::string_view typed);
// What is stored: never the code itself.
std::string hash(const std::string &normalized);

} // namespace medvandrer::server::connectcodes
