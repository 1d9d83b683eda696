#include "auth/secrets.h"

#include <sodium.h>

#include <cctype>
#include <cstdlib>
#include <mutex>

namespace medvandrer::server {

namespace {
constexpr std::string_view inviteAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
constexpr size_t inviteLength = 10;
} // namespace

void ensureSodium()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (sodium_init() < 0)
            std::abort(); // no secure randomness: nothing safe can be done
    });
}

std::string newToken()
{
    ensureSodium();
    unsigned char bytes[32];
    randombytes_buf(bytes, sizeof bytes);
    char out[sodium_base64_ENCODED_LEN(32, sodium_base64_VARIANT_URLSAFE_NO_PADDING)];
    sodium_bin2base64(out, sizeof out, bytes, sizeof bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    return std::string(out);
}

std::string newRandomHex(size_t bytes)
{
    ensureSodium();
    std::string raw(bytes, '\0');
    randombytes_buf(raw.data(), raw.size());
    std::string hex(bytes * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), reinterpret_cast<const unsigned char *>(raw.data()), raw.size());
    hex.pop_back();
    return hex;
}

std::string hashSecret(std::string_view purpose, std::string_view secret)
{
    ensureSodium();
    unsigned char key[crypto_generichash_KEYBYTES] = {};
    for (size_t i = 0; i < purpose.size() && i < sizeof key; ++i)
        key[i] = static_cast<unsigned char>(purpose[i]);
    unsigned char digest[32];
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char *>(secret.data()), secret.size(),
                       key, sizeof key);
    char hex[sizeof digest * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return std::string(hex);
}

std::string newReadableCode(size_t length)
{
    ensureSodium();
    std::string code;
    for (size_t i = 0; i < length; ++i)
        code.push_back(inviteAlphabet[randombytes_uniform(static_cast<uint32_t>(inviteAlphabet.size()))]);
    const size_t half = length / 2;
    return code.substr(0, half) + "-" + code.substr(half);
}

std::optional<std::string> normalizeReadableCode(std::string_view typed, size_t length)
{
    if (typed.size() > 32)
        return std::nullopt;
    std::string code;
    for (char c : typed) {
        if (c == '-' || c == ' ')
            continue;
        const char up = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        if (inviteAlphabet.find(up) == std::string_view::npos)
            return std::nullopt;
        code.push_back(up);
    }
    if (code.size() != length)
        return std::nullopt;
    return code;
}

std::string newInviteCode()
{
    return newReadableCode(inviteLength);
}

std::optional<std::string> normalizeInviteCode(std::string_view typed)
{
    return normalizeReadableCode(typed, inviteLength);
}

std::optional<std::string> normalizeUsername(std::string_view typed)
{
    if (typed.size() < 3 || typed.size() > 32)
        return std::nullopt;
    std::string name;
    for (char c : typed) {
        const char low = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        const bool ok = (low >= 'a' && low <= 'z') || (low >= '0' && low <= '9') || low == '.' || low == '_' || low == '-';
        if (!ok)
            return std::nullopt;
        name.push_back(low);
    }
    if (!std::isalnum(static_cast<unsigned char>(name.front())))
        return std::nullopt;
    return name;
}

} // namespace medvandrer::server
