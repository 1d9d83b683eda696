#include "lock/lock_plan_copy.h"

#include "crypto/value_cipher.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <string>

namespace medvandrer {

namespace {
// The associated data: a lock-plan seal never opens as a store value, nor a store value as this.
constexpr std::string_view associated = "medvandrer-lock-plan-v1";
constexpr auto keychainPurpose = "lock-plan-key";

QString protectionName(LockPlanCopy::Protection p)
{
    return p == LockPlanCopy::Protection::Keychain ? QStringLiteral("keychain") : QStringLiteral("none");
}
} // namespace

LockPlanCopy::LockPlanCopy(const QString &dataDir)
    : m_dataDir(dataDir), m_keychain(dataDir, QString::fromLatin1(keychainPurpose))
{
}

QString LockPlanCopy::path() const
{
    return QDir(m_dataDir).filePath(fileName());
}

void LockPlanCopy::reload()
{
    m_protection = Protection::None;
    QFile f(path());
    if (!f.open(QIODevice::ReadOnly))
        return;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    const QString p = o.value(QLatin1String("protection")).toString();
    // A damaged file counts as sealed: nothing is then shown as plain, and turning off still deletes it.
    m_protection = p == QLatin1String("none") ? Protection::Plain : Protection::Keychain;
}

Status LockPlanCopy::turnOn(bool plainAccepted)
{
    const DataKey key = DataKey::random();
    const std::string bytes(reinterpret_cast<const char *>(key.data()), DataKey::size);
    if (Status kept = m_keychain.write(bytes); kept) {
        m_key = key;
        return write({}, Protection::Keychain);
    }
    m_key.reset();
    if (!plainAccepted)
        return Error{"plan_needs_confirm", "no keychain: the copy would be readable by anyone with the files"};
    return write({}, Protection::Plain);
}

Status LockPlanCopy::keep(const QByteArray &planJson)
{
    if (m_protection == Protection::None)
        return Error{"plan_copy_off", "the lock screen's plan is turned off"};
    return write(planJson, m_protection);
}

Status LockPlanCopy::write(const QByteArray &planJson, Protection protection)
{
    QJsonObject o{{QStringLiteral("format"), QStringLiteral("medvandrer-lock-plan")},
                  {QStringLiteral("version"), 1},
                  {QStringLiteral("protection"), protectionName(protection)}};
    if (protection == Protection::Keychain) {
        if (!m_key) {
            auto bytes = m_keychain.read();
            if (!bytes)
                return bytes.error();
            auto key = DataKey::fromBytes(*bytes);
            if (!key)
                return key.error();
            m_key = *key;
        }
        o.insert(QStringLiteral("sealed"), QString::fromStdString(ValueCipher(*m_key).seal(planJson.toStdString(), associated)));
    } else {
        o.insert(QStringLiteral("plan"), QJsonDocument::fromJson(planJson).object());
    }
    // Replaced whole (a temporary beside it, synced, renamed over): a crash leaves the old copy or the new one.
    QSaveFile f(path());
    const QByteArray data = QJsonDocument(o).toJson(QJsonDocument::Compact);
    // Owner only, like lock.json: in plain mode this file is the plan itself.
    if (!f.open(QIODevice::WriteOnly) || !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || f.write(data) != data.size() || !f.commit())
        return Error{"storage_error", "the lock screen's plan could not be written"};
    m_protection = protection;
    return {};
}

Result<QByteArray> LockPlanCopy::read()
{
    QFile f(path());
    if (!f.open(QIODevice::ReadOnly))
        return Error{"plan_copy_off", "there is no copy of the plan for the lock screen"};
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    if (o.value(QLatin1String("format")).toString() != QLatin1String("medvandrer-lock-plan"))
        return Error{"plan_copy_damaged", "the lock screen's plan cannot be read"};
    if (o.value(QLatin1String("protection")).toString() == QLatin1String("none")) {
        const QJsonObject plan = o.value(QLatin1String("plan")).toObject();
        return plan.isEmpty() ? QByteArray() : QJsonDocument(plan).toJson(QJsonDocument::Compact);
    }
    if (!m_key) {
        auto bytes = m_keychain.read();
        if (!bytes)
            return bytes.error();
        auto key = DataKey::fromBytes(*bytes);
        if (!key)
            return key.error();
        m_key = *key;
    }
    auto plain = ValueCipher(*m_key).open(o.value(QLatin1String("sealed")).toString().toStdString(), associated);
    if (!plain) {
        // The keychain's key may have been replaced (a reinstall): read it again next time.
        m_key.reset();
        return Error{"plan_copy_damaged", "the lock screen's plan does not open with the keychain's key"};
    }
    return QByteArray::fromStdString(*plain);
}

Status LockPlanCopy::turnOff()
{
    m_protection = Protection::None;
    m_key.reset();
    const bool removed = !QFile::exists(path()) || QFile::remove(path());
    // No keychain (the plain copy): nothing to delete there, and that is fine.
    if (Status s = m_keychain.remove(); !s && s.error().code != "keychain_unavailable")
        return s;
    if (!removed)
        return Error{"storage_error", "the lock screen's plan could not be deleted"};
    return {};
}

} // namespace medvandrer
