#pragma once

#include "core/result.h"
#include "crypto/data_key.h"

#include <string>
#include <string_view>

namespace medvandrer {

// Encrypts one stored value (a record body, an outbox entry, a setting) with the data key:
// XChaCha20-Poly1305 with a fresh random nonce per value, and the row's identity as associated data, so a value
// copied onto another row does not open. Stored as text: "s1:" + base64(nonce ‖ ciphertext ‖ tag).
class ValueCipher
{
public:
    explicit ValueCipher(DataKey key) : m_key(std::move(key)) {}

    std::string seal(std::string_view plain, std::string_view associated) const;
    // Fails (code "decrypt_failed") on a wrong key, a changed byte or another row's value.
    Result<std::string> open(std::string_view sealed, std::string_view associated) const;
    static bool isSealed(std::string_view text);

    const DataKey &key() const { return m_key; }

private:
    DataKey m_key;
};

} // namespace medvandrer
