#pragma once

#include "core/result.h"

#include <QString>

#include <string>

namespace medvandrer {

// The device secret mixed into the PIN's key, kept in the platform keychain through QtKeychain (Secret Service or
// KWallet on Linux, Keychain on macOS/iOS, Keystore on Android). Never stored in plain text: QtKeychain's
// insecure fallback stays off, and where no keychain answers every call fails with "keychain_unavailable".
// Blocking (up to a few seconds): called on the store thread only; each call runs QtKeychain on the one keychain
// thread (keychain_secret.cpp says why one) and waits, so no queued store work runs in between.
class KeychainSecret
{
public:
    // One entry per data folder and purpose, so two folders (tests, several profiles) never share a secret, and
    // the lock screen's plan key (client/lock/lock_plan_copy.h) is never the PIN's device secret.
    explicit KeychainSecret(const QString &dataDir, const QString &purpose = QStringLiteral("device-secret"));

    Result<std::string> read() const;
    Status write(const std::string &secret) const;
    Status remove() const;

private:
    QString m_key;
};

} // namespace medvandrer
