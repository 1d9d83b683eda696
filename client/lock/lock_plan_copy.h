#pragma once

#include "core/result.h"
#include "crypto/data_key.h"
#include "lock/keychain_secret.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace medvandrer {

// The one copy of the plan for hard days that the lock screen may show without the PIN (the person's choice,
// «Me» → App lock): lockplan.json beside the store. Only the plan, never «Om meg», goals or notes. Sealed
// (XChaCha20-Poly1305) with a key of its own held in the platform keychain; where there is no keychain it is
// kept in plain text, and only after the person confirmed that (turnOn(true)). Store thread only: the keychain
// blocks, and every call touches the disk.
class LockPlanCopy
{
public:
    enum class Protection { None, Keychain, Plain };

    explicit LockPlanCopy(const QString &dataDir);

    static QString fileName() { return QStringLiteral("lockplan.json"); }
    QString path() const;
    // Reads which protection the copy on disk has (None when there is no copy); never the plan itself.
    void reload();
    Protection protection() const { return m_protection; }

    // A new key in the keychain and an empty copy. Without a keychain: "plan_needs_confirm" unless plainAccepted,
    // then an empty plain copy.
    Status turnOn(bool plainAccepted);
    // The plan as JSON (CareManager::planJson(); empty: no plan written), replacing the copy whole.
    Status keep(const QByteArray &planJson);
    // The plan as kept (empty when none is written); "keychain_…" when the keychain does not answer now.
    Result<QByteArray> read();
    // Deletes the copy and its key.
    Status turnOff();

private:
    Status write(const QByteArray &planJson, Protection protection);

    QString m_dataDir;
    KeychainSecret m_keychain;
    Protection m_protection = Protection::None;
    std::optional<DataKey> m_key; // once read from (or written to) the keychain, while the app runs
};

} // namespace medvandrer
