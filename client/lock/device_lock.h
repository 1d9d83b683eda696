#pragma once

#include "core/result.h"
#include "crypto/data_key.h"
#include "crypto/lock_file.h"

#include <QMetaType>

#include <optional>
#include <string>

namespace medvandrer {

// The lock as the GUI sees it: nothing personal, readable while locked.
struct LockInfo
{
    bool enabled = false;
    bool passphrase = false;    // a passphrase rather than digits
    bool recovery = false;      // the account password can open the data key too
    int lockAfterSeconds = 60;
    bool planOnLockScreen = false;
    int failures = 0;
    qint64 notBeforeMs = 0;     // wall clock: no try accepted before
    bool deviceSecret = false;  // the PIN's key is bound to a secret in the platform keychain
    bool keychainUnavailable = false; // setting the lock found no keychain (the PIN's wrap stands alone)
    bool planCopyPlain = false; // the lock screen's copy of the plan is kept unencrypted (no keychain, confirmed)
    bool operator==(const LockInfo &) const = default;
};

// The device's key handling on the store thread: lock.json (crypto/lock_file.h), the wrong-PIN delays and the
// Argon2id work (0.3–0.5 s a try, so never on the GUI thread). Holds no key itself; StoreWorker keeps the one open.
class DeviceLock
{
public:
    explicit DeviceLock(std::string folder);

    // Reads lock.json again; an error when it exists but is damaged (the store then stays shut).
    Status reload();
    bool enabled() const { return m_file.has_value(); }
    LockInfo info() const;

    // Refused with "wait" (and waitMs) while an earlier wrong secret's delay runs, "wrong_secret" when it does
    // not open the key (counted, persisted, never wiping anything).
    struct Refusal
    {
        std::string code;
        int64_t waitMs = 0;
    };
    std::optional<DataKey> unlock(std::string_view secret, bool withPassword, int64_t nowMs, Refusal &refusal);

    // Turns the lock on: the data key wrapped by the PIN and, if given, by the account password.
    Status enable(const DataKey &key, std::string_view secret, bool passphrase, std::string_view password);
    // Re-keying: only the PIN's wrap changes, in one crash-safe replace of lock.json.
    Status changeSecret(const DataKey &key, std::string_view secret, bool passphrase);
    Status renewPassword(const DataKey &key, std::string_view password);
    Status setOptions(int lockAfterSeconds, bool planOnLockScreen);
    Status disable();

    // The secret mixed into the PIN's key, from the platform keychain; empty where there is none.
    void setDeviceSecret(std::string secret) { m_deviceSecret = std::move(secret); }
    // Tests use a cheaper Argon2id cost; the app never changes it.
    void setCost(const KdfCost &cost) { m_cost = cost; }
    std::string path() const;

private:
    std::string m_folder;
    std::optional<LockFile> m_file;
    KdfCost m_cost = KdfCost::deviceDefault();
    std::string m_deviceSecret;
};

} // namespace medvandrer

Q_DECLARE_METATYPE(medvandrer::LockInfo)
