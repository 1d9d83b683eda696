#include "crypto/value_cipher.h"

#include <sodium.h>

namespace medvandrer {

namespace {
constexpr std::string_view prefix = "s1:";
constexpr size_t nonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr size_t tagSize = crypto_aead_xchacha20poly1305_ietf_ABYTES;
} // namespace

bool ValueCipher::isSealed(std::string_view text)
{
    return text.substr(0, prefix.size()) == prefix;
}

std::string ValueCipher::seal(std::string_view plain, std::string_view associated) const
{
    cryptoReady();
    std::string raw(nonceSize + plain.size() + tagSize, '\0');
    auto *out = reinterpret_cast<unsigned char *>(raw.data());
    randombytes_buf(out, nonceSize);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(out + nonceSize, &written,
                                               reinterpret_cast<const unsigned char *>(plain.data()), plain.size(),
                                               reinterpret_cast<const unsigned char *>(associated.data()),
                                               associated.size(), nullptr, out, m_key.data());
    raw.resize(nonceSize + written);
    return std::string(prefix) + toBase64(raw);
}

Result<std::string> ValueCipher::open(std::string_view sealed, std::string_view associated) const
{
    if (!isSealed(sealed))
        return Error{"decrypt_failed", "the value is not encrypted"};
    auto raw = fromBase64(sealed.substr(prefix.size()));
    if (!raw || raw->size() < nonceSize + tagSize)
        return Error{"decrypt_failed", "the value is damaged"};
    const auto *in = reinterpret_cast<const unsigned char *>(raw->data());
    std::string plain(raw->size() - nonceSize - tagSize, '\0');
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char *>(plain.data()), &length, nullptr,
                                                   in + nonceSize, raw->size() - nonceSize,
                                                   reinterpret_cast<const unsigned char *>(associated.data()),
                                                   associated.size(), in, m_key.data()) != 0)
        return Error{"decrypt_failed", "the value does not open with this key"};
    plain.resize(length);
    return plain;
}

} // namespace medvandrer
