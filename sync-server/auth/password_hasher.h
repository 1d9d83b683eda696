#pragma once

#include "core/result.h"

#include <string>
#include <string_view>

namespace medvandrer::server {

// Argon2id via libsodium with at least the INTERACTIVE limits (about 64 MiB, a few tens of ms).
// Slow on purpose: call it off the io threads.
class PasswordHasher
{
public:
    static constexpr size_t minLength = 8;
    static constexpr size_t maxLength = 1024;

    static Status checkStrength(std::string_view password);
    static Result<std::string> hash(std::string_view password);
    static bool verify(const std::string &hash, std::string_view password);
    // A valid hash of a random password: verifying unknown usernames against it costs the same time.
    static const std::string &dummyHash();
};

} // namespace medvandrer::server
