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
    if (text.empty())
        return std::string();
    size_t padding = 0;
    if (text.back() == '=')
        padding = text[text.size() - 2] == '=' ? 2 : 1;
    const size_t groups = text.size() / 4;
    std::string out(groups * 3, '\0');
    const auto *in = reinterpret_cast<const unsigned char *>(text.data());
    auto *o = reinterpret_cast<unsigned char *>(out.data());
    // Every group but the last: four lookups, no padding; a character outside the alphabet (-1) sets the sign bit.
    int invalid = 0;
    for (size_t g = 0; g + 1 < groups; ++g, in += 4, o += 3) {
        const int a = table[in[0]], b = table[in[1]], c = table[in[2]], d = table[in[3]];
        invalid |= a | b | c | d;
        const uint32_t group = (uint32_t(a) << 18) | (uint32_t(b) << 12) | (uint32_t(c) << 6) | uint32_t(d);
        o[0] = static_cast<unsigned char>(group >> 16);
        o[1] = static_cast<unsigned char>(group >> 8);
        o[2] = static_cast<unsigned char>(group);
    }
    if (invalid < 0)
        return bad;
    // The last group, with its padding.
    uint32_t group = 0;
    for (size_t k = 0; k < 4; ++k) {
        int v = table[in[k]];
        if (v < 0) {
            if (!(in[k] == '=' && k >= 4 - padding))
                return bad;
            v = 0;
        }
        group = (group << 6) | uint32_t(v);
    }
    // Canonical only: the bits the padding drops must be zero.
    if ((padding == 2 && (group & 0xffff)) || (padding == 1 && (group & 0xff)))
        return bad;
    o[0] = static_cast<unsigned char>(group >> 16);
    o[1] = static_cast<unsigned char>(group >> 8);
    o[2] = static_cast<unsigned char>(group);
    out.resize(out.size() - padding);
    return out;
}

} // namespace medvandrer
