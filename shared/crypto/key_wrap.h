#pragma once

#include "core/result.h"
#include "crypto/data_key.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace medvandrer {

// Argon2id (crypto_pwhash, ARGON2ID13) cost. Stored beside each wrapped key, so it can be raised later.
struct KdfCost
{
    uint64_t ops = 3;
    uint64_t memBytes = uint64_t(64) << 20;
    // What the device uses for new wraps: about 0.3–0.5 s on the reference machine (docs/architecture.md).
    static KdfCost deviceDefault();
    // For tests that wrap many times; never written by the app.
    static KdfCost fastForTests();
};

// The data key encrypted by a key derived from a secret (a PIN, a passphrase, the account password).
struct WrappedKey
{
    std::string salt;   // base64, crypto_pwhash_SALTBYTES random bytes, one per wrap
    KdfCost cost;
    std::string sealed; // ValueCipher text of the data key under the derived key
    bool withDeviceSecret = false; // the derived key also mixes in a secret from the platform keychain
};

// `purpose` ("pin", "password") is the associated data, so a PIN wrap can never be opened as a password wrap.
// deviceSecret, when not empty, is mixed into the derived key (keyed BLAKE2b over the Argon2id output).
WrappedKey wrapKey(const DataKey &dataKey, std::string_view secret, std::string_view purpose, const KdfCost &cost,
                   std::string_view deviceSecret = {});
// Error "wrong_secret" when the secret (or the device secret) is not the one it was wrapped with.
Result<DataKey> unwrapKey(const WrappedKey &wrapped, std::string_view secret, std::string_view purpose,
                          std::string_view deviceSecret = {});

} // namespace medvandrer
