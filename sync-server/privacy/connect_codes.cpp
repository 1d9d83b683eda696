#include "privacy/connect_codes.h"

#include "auth/secrets.h"

namespace medvandrer::server::connectcodes {

namespace {
constexpr size_t length = 8; // shown as XXXX-XXXX
} // namespace

std::string newCode()
{
    return newReadableCode(length);
}

std::optional<std::string> normalize(std::string_view typed)
{
    return normalizeReadableCode(typed, length);
}

std::string hash(const std::string &normalized)
{
    return hashSecret("connect-code", normalized);
}

} // namespace medvandrer::server::connectcodes
