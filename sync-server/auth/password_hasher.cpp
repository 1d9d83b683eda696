#include "auth/password_hasher.h"

#include "auth/secrets.h"
#include "protocol/error_codes.h"

#include <sodium.h>

namespace medvandrer::server {

Status PasswordHasher::checkStrength(std::string_view password)
{
    if (password.size() < minLength)
        return Error{std::string(errc::weakPassword), "password must be at least 8 characters"};
    if (password.size() > maxLength)
        return Error{std::string(errc::weakPassword), "password is too long"};
    return {};
}

Result<std::string> PasswordHasher::hash(std::string_view password)
{
    ensureSodium();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Error{std::string(errc::internal), "password hashing ran out of memory"};
    return std::string(out);
}

bool PasswordHasher::verify(const std::string &hash, std::string_view password)
{
    ensureSodium();
    return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

const std::string &PasswordHasher::dummyHash()
{
    static const std::string dummy = [] {
        auto h = hash(newToken());
        return h ? *h : std::string();
    }();
    return dummy;
}

} // namespace medvandrer::server
