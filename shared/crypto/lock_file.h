#pragma once

#include "core/result.h"
#include "crypto/key_wrap.h"

#include <cstdint>
#include <optional>
#include <string>

namespace medvandrer {

// The device's lock: lock.json beside the database, readable before unlocking, so it holds nothing personal —
// only wrapped keys, the wrong-PIN counter and the lock's own choices. Its existence means "encryption is on".
// Written only by replacing the whole file (write a temporary, fsync, rename, fsync the folder), so a crash leaves
// the old file or the new one, never a mix: a PIN change (re-keying) is exactly one such replace.
struct LockFile
{
    enum class SecretKind { Pin, Passphrase };

    SecretKind kind = SecretKind::Pin;
    WrappedKey pin;
    std::optional<WrappedKey> password; // the account password's wrap: a forgotten PIN costs nothing typed
    int failures = 0;                   // wrong secrets in a row, across restarts
    int64_t notBeforeMs = 0;            // wall-clock ms before which no further try is accepted
    int lockAfterSeconds = 60;          // in the background this long → locked (0: at once)
    bool planOnLockScreen = false;      // the lock screen offers the coping plan (it shows nothing else)

    static std::string fileName() { return "lock.json"; }
    // nullopt when there is no lock file (encryption off); an error when it exists but cannot be read.
    static Result<std::optional<LockFile>> load(const std::string &path);
    Status save(const std::string &path) const;
    static Status remove(const std::string &path);

    // How long to wait after this many wrong secrets in a row: none for the first few, then growing, capped.
    static int64_t delayAfterFailures(int failures);
};

// Test hook: called between writing the temporary file and renaming it over the old one (the crash window).
void setLockFileReplaceHook(void (*hook)());

} // namespace medvandrer
