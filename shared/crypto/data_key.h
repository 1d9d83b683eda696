#pragma once

#include "core/result.h"

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace medvandrer {

// The random key that encrypts the person's content on the device. Wiped from memory when it goes away.
class DataKey
{
public:
    static constexpr size_t size = 32;
    DataKey();
    ~DataKey();
    DataKey(const DataKey &other);
    DataKey &operator=(const DataKey &other);

    static DataKey random();
    // Exactly `size` bytes, or an error.
    static Result<DataKey> fromBytes(std::string_view bytes);

    const unsigned char *data() const { return m_bytes.data(); }
    unsigned char *data() { return m_bytes.data(); }
    bool operator==(const DataKey &other) const;

private:
    std::array<unsigned char, size> m_bytes{};
};

// Initialises libsodium once; false if it cannot (then nothing may be encrypted).
bool cryptoReady();

std::string toBase64(std::string_view bytes);
// Empty optional-like: an error if `text` is not base64.
Result<std::string> fromBase64(std::string_view text);

} // namespace medvandrer
