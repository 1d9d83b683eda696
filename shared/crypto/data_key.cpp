#include "crypto/data_key.h"

#include <sodium.h>

#include <array>
#include <cstdint>

namespace medvandrer {

bool cryptoReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

DataKey::DataKey() = default;

DataKey::~DataKey()
{
    sodium_memzero(m_bytes.data(), m_bytes.size());
}

DataKey::DataKey(const DataKey &other) : m_bytes(other.m_bytes) {}

DataKey &DataKey::operator=(const DataKey &other)
{
    m_bytes = other.m_bytes;
    return *this;
}

DataKey DataKey::random()
{
    cryptoReady();
    DataKey key;
    randombytes_buf(key.m_bytes.data(), key.m_bytes.size());
    return key;
}

Result<DataKey> DataKey::fromBytes(std::string_view bytes)
{
    if (bytes.size() != size)
        return Error{"key_invalid", "a data key has 32 bytes"};
    DataKey key;
    std::copy(bytes.begin(), bytes.end(), key.m_bytes.begin());
    return key;
}

bool DataKey::operator==(const DataKey &other) const
{
    return sodium_memcmp(m_bytes.data(), other.m_bytes.data(), size) == 0;
}

// A table encoder, not libsodium's constant-time one (a tenth of the sealing's cost on every row written, at the
// first sync): what is encoded here — nonces, ciphertexts, salts — is no secret, as for the decoder below.
std::string toBase64(std::string_view bytes)
{
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out((bytes.size() + 2) / 3 * 4, '=');
    const auto *in = reinterpret_cast<const unsigned char *>(bytes.data());
    char *o = out.data();
    size_t i = 0;
    for (; i + 3 <= bytes.size(); i += 3) {
        const uint32_t group = uint32_t(in[i]) << 16 | uint32_t(in[i + 1]) << 8 | in[i + 2];
        *o++ = alphabet[group >> 18];
        *o++ = alphabet[(group >> 12) & 63];
        *o++ = alphabet[(group >> 6) & 63];
        *o++ = alphabet[group & 63];
    }
    if (const size_t left = bytes.size() - i; left > 0) {
        const uint32_t group = uint32_t(in[i]) << 16 | (left == 2 ? uint32_t(in[i + 1]) << 8 : 0);
        *o++ = alphabet[group >> 18];
        *o++ = alphabet[(group >> 12) & 63];
        if (left == 2)
            *o++ = alphabet[(group >> 6) & 63];
    }
    return out;
}

// A table decoder, not libsodium's constant-time one (3x slower on every row read): what is decoded here —
// nonces, ciphertexts, salts — is no secret, so its timing tells nothing. Strict: padded, canonical, no spaces.
Result<std::string> fromBase64(std::string_view text)
{
    static const auto table = [] {
        std::array<int8_t, 256> t{};
        t.fill(-1);
        const char *alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < 64; ++i)
            t[static_cast<unsigned char>(alphabet[i])] = static_cast<int8_t>(i);
        return t;
    }();
    const Error bad{"bad_base64", "not base64"};
    if (text.size() % 4 != 0)
        return bad;
    size_t padding = 0;
    if (!text.empty() && text.back() == '=')
        padding = text.size() >= 2 && text[text.size() - 2] == '=' ? 2 : 1;
    std::string out;
    out.reserve(text.size() / 4 * 3);
    for (size_t i = 0; i < text.size(); i += 4) {
        const bool last = i + 4 == text.size();
        uint32_t group = 0;
        for (size_t k = 0; k < 4; ++k) {
            const char c = text[i + k];
            int v = table[static_cast<unsigned char>(c)];
            if (v < 0) {
                if (!(last && c == '=' && k >= 4 - padding))
                    return bad;
                v = 0;
            }
            group = (group << 6) | uint32_t(v);
        }
        out.push_back(char(group >> 16));
        if (!(last && padding == 2))
            out.push_back(char((group >> 8) & 0xff));
        if (!(last && padding >= 1))
            out.push_back(char(group & 0xff));
        // Canonical only: the bits the padding drops must be zero.
        if (last && ((padding == 2 && (group & 0xffff)) || (padding == 1 && (group & 0xff))))
            return bad;
    }
    return out;
}

} // namespace medvandrer
