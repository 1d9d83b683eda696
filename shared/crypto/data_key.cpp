#include "crypto/data_key.h"

#include <sodium.h>

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

std::string toBase64(std::string_view bytes)
{
    cryptoReady();
    std::string out(sodium_base64_encoded_len(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char *>(bytes.data()), bytes.size(),
                      sodium_base64_VARIANT_ORIGINAL);
    out.resize(out.size() - 1); // the terminating NUL
    return out;
}

Result<std::string> fromBase64(std::string_view text)
{
    cryptoReady();
    std::string out(text.size() / 4 * 3 + 3, '\0');
    size_t length = 0;
    if (sodium_base642bin(reinterpret_cast<unsigned char *>(out.data()), out.size(), text.data(), text.size(), nullptr,
                          &length, nullptr, sodium_base64_VARIANT_ORIGINAL) != 0)
        return Error{"bad_base64", "not base64"};
    out.resize(length);
    return out;
}

} // namespace medvandrer
