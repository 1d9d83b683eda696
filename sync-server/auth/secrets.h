#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace medvandrer::server {

// Initialises libsodium once; safe from any thread.
void ensureSodium();

// A device token: 32 random bytes, base64url without padding (43 characters).
std::string newToken();
// An opaque id: `bytes` random bytes as lower-case hex.
std::string newRandomHex(size_t bytes);
// How tokens and invite codes are stored: BLAKE2b-256 (keyed per purpose), hex. Secrets are random, so no salt.
std::string hashSecret(std::string_view purpose, std::string_view secret);

// Codes people read aloud or type: `length` characters from an alphabet without look-alikes (no 0/O, 1/I/L),
// shown in two halves joined by '-'. Normalising upper-cases and drops spaces and dashes; nothing if what is
// left is not a possible code of that length.
std::string newReadableCode(size_t length);
std::optional<std::string> normalizeReadableCode(std::string_view typed, size_t length);

// Invite codes: 10 characters from an alphabet without look-alikes (no 0/O, 1/I/L), shown as XXXXX-XXXXX.
std::string newInviteCode();
// Upper-cases and drops spaces and dashes; nothing if what is left is not a possible code.
std::optional<std::string> normalizeInviteCode(std::string_view typed);

// Lower-case, 3–32 characters of a–z, 0–9, '.', '_', '-', starting with a letter or digit.
std::optional<std::string> normalizeUsername(std::string_view typed);

} // namespace medvandrer::server
