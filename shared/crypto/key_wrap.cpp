#include "crypto/key_wrap.h"

#include "crypto/value_cipher.h"

#include <sodium.h>

namespace medvandrer {

KdfCost KdfCost::deviceDefault()
{
    return KdfCost{3, uint64_t(64) << 20};
}

KdfCost KdfCost::fastForTests()
{
    return KdfCost{1, uint64_t(8) << 20};
}

namespace {

Result<DataKey> deriveKey(std::string_view secret, std::string_view salt, const KdfCost &cost,
                          std::string_view deviceSecret)
{
    if (!cryptoReady())
        return Error{"crypto_unavailable", "libsodium could not start"};
    if (salt.size() != crypto_pwhash_SALTBYTES)
        return Error{"key_file_damaged", "the salt has the wrong size"};
    if (cost.ops < crypto_pwhash_OPSLIMIT_MIN || cost.memBytes < crypto_pwhash_MEMLIMIT_MIN ||
        cost.memBytes > (uint64_t(1) << 30))
        return Error{"key_file_damaged", "the key derivation cost is out of range"};
    DataKey derived;
    if (crypto_pwhash(derived.data(), DataKey::size, secret.data(), secret.size(),
                      reinterpret_cast<const unsigned char *>(salt.data()), cost.ops, size_t(cost.memBytes),
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Error{"out_of_memory", "not enough memory to derive the key"};
    if (deviceSecret.empty())
        return derived;
    DataKey mixed;
    crypto_generichash(mixed.data(), DataKey::size, derived.data(), DataKey::size,
                       reinterpret_cast<const unsigned char *>(deviceSecret.data()), deviceSecret.size());
    return mixed;
}

std::string associatedData(std::string_view purpose)
{
    return "medvandrer-data-key-v1/" + std::string(purpose);
}

} // namespace

WrappedKey wrapKey(const DataKey &dataKey, std::string_view secret, std::string_view purpose, const KdfCost &cost,
                   std::string_view deviceSecret)
{
    cryptoReady();
    std::string salt(crypto_pwhash_SALTBYTES, '\0');
    randombytes_buf(salt.data(), salt.size());
    WrappedKey out;
    out.salt = toBase64(salt);
    out.cost = cost;
    out.withDeviceSecret = !deviceSecret.empty();
    auto kek = deriveKey(secret, salt, cost, deviceSecret);
    if (!kek)
        return out; // sealed stays empty: unwrapKey refuses it
    const ValueCipher cipher(*kek);
    out.sealed = cipher.seal(std::string_view(reinterpret_cast<const char *>(dataKey.data()), DataKey::size),
                             associatedData(purpose));
    return out;
}

Result<DataKey> unwrapKey(const WrappedKey &wrapped, std::string_view secret, std::string_view purpose,
                          std::string_view deviceSecret)
{
    auto salt = fromBase64(wrapped.salt);
    if (!salt || wrapped.sealed.empty())
        return Error{"key_file_damaged", "the wrapped key is damaged"};
    auto kek = deriveKey(secret, *salt, wrapped.cost, deviceSecret);
    if (!kek)
        return kek.error();
    auto raw = ValueCipher(*kek).open(wrapped.sealed, associatedData(purpose));
    if (!raw)
        return Error{"wrong_secret", "the secret does not open the data key"};
    auto key = DataKey::fromBytes(*raw);
    sodium_memzero(raw->data(), raw->size());
    return key;
}

} // namespace medvandrer
