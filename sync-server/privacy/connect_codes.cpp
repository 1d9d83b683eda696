#include "privacy/connect_codes.h"

#include "auth/secrets.h"

#include <sodium.h>

#include <cctype>

namespace medvandrer::server::connectcodes {

namespace {
constexpr std::string_view alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
constexpr size_t length = 8;
} // namespace

std::string newCode()
{
    ensureSodium();
    std::string code;
    for (size_t i = 0; i < length; ++i)
        code.push_back(alphabet[randombytes_uniform(static_cast<uint32_t>(alphabet.size()))]);
    return code.substr(0, 4) + "-" + code.substr(4);
}

std::optional<std::string> normalize(std::string_view typed)
{
    if (typed.size() > 32)
        return std::nullopt;
    std::string code;
    for (char c : typed) {
        if (c == '-' || c == ' ')
            continue;
        const char up = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        if (alphabet.find(up) == std::string_view::npos)
            return std::nullopt;
        code.push_back(up);
    }
    if (code.size() != length)
        return std::nullopt;
    return code;
}

std::string hash(const std::string &normalized)
{
    return hashSecret("connect-code", normalized);
}

} // namespace medvandrer::server::connectcodes
