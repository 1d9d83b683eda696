#include "lock/device_lock.h"

#include <algorithm>

namespace medvandrer {

DeviceLock::DeviceLock(std::string folder) : m_folder(std::move(folder)) {}

std::string DeviceLock::path() const
{
    return m_folder + "/" + LockFile::fileName();
}

Status DeviceLock::reload()
{
    auto loaded = LockFile::load(path());
    if (!loaded)
        return loaded.error();
    m_file = std::move(*loaded);
    return {};
}

LockInfo DeviceLock::info() const
{
    LockInfo i;
    if (!m_file)
        return i;
    i.enabled = true;
    i.passphrase = m_file->kind == LockFile::SecretKind::Passphrase;
    i.recovery = m_file->password.has_value();
    i.lockAfterSeconds = m_file->lockAfterSeconds;
    i.planOnLockScreen = m_file->planOnLockScreen;
    i.failures = m_file->failures;
    i.notBeforeMs = m_file->notBeforeMs;
    i.deviceSecret = m_file->pin.withDeviceSecret;
    return i;
}

std::optional<DataKey> DeviceLock::unlock(std::string_view secret, bool withPassword, int64_t nowMs, Refusal &refusal)
{
    if (!m_file) {
        refusal = {"not_locked", 0};
        return std::nullopt;
    }
    if (nowMs < m_file->notBeforeMs) {
        refusal = {"wait", m_file->notBeforeMs - nowMs};
        return std::nullopt;
    }
    Result<DataKey> key = Error{"wrong_secret", ""};
    if (withPassword) {
        if (m_file->password)
            key = unwrapKey(*m_file->password, secret, "password");
    } else {
        key = unwrapKey(m_file->pin, secret, "pin", m_file->pin.withDeviceSecret ? m_deviceSecret : std::string());
    }
    if (key) {
        if (m_file->failures != 0 || m_file->notBeforeMs != 0) {
            LockFile next = *m_file;
            next.failures = 0;
            next.notBeforeMs = 0;
            if (next.save(path()))
                m_file = std::move(next);
        }
        return *key;
    }
    if (key.error().code != "wrong_secret") {
        refusal = {key.error().code, 0};
        return std::nullopt;
    }
    // Counted before answering, so killing the app between tries does not reset the delay.
    LockFile next = *m_file;
    next.failures = std::min(next.failures + 1, 1000);
    const int64_t delay = LockFile::delayAfterFailures(next.failures);
    next.notBeforeMs = delay > 0 ? nowMs + delay : 0;
    if (next.save(path()))
        m_file = std::move(next);
    refusal = {"wrong_secret", delay};
    return std::nullopt;
}

Status DeviceLock::enable(const DataKey &key, std::string_view secret, bool passphrase, std::string_view password)
{
    LockFile f;
    f.kind = passphrase ? LockFile::SecretKind::Passphrase : LockFile::SecretKind::Pin;
    f.pin = wrapKey(key, secret, "pin", m_cost, m_deviceSecret);
    if (!password.empty())
        f.password = wrapKey(key, password, "password", m_cost);
    if (m_file) {
        f.lockAfterSeconds = m_file->lockAfterSeconds;
        f.planOnLockScreen = m_file->planOnLockScreen;
    }
    if (Status s = f.save(path()); !s)
        return s;
    m_file = std::move(f);
    return {};
}

Status DeviceLock::changeSecret(const DataKey &key, std::string_view secret, bool passphrase)
{
    if (!m_file)
        return Error{"not_locked", "no lock is set"};
    LockFile next = *m_file;
    next.kind = passphrase ? LockFile::SecretKind::Passphrase : LockFile::SecretKind::Pin;
    next.pin = wrapKey(key, secret, "pin", m_cost, m_deviceSecret);
    next.failures = 0;
    next.notBeforeMs = 0;
    if (Status s = next.save(path()); !s)
        return s;
    m_file = std::move(next);
    return {};
}

Status DeviceLock::renewPassword(const DataKey &key, std::string_view password)
{
    if (!m_file)
        return Error{"not_locked", "no lock is set"};
    LockFile next = *m_file;
    next.password = wrapKey(key, password, "password", m_cost);
    if (Status s = next.save(path()); !s)
        return s;
    m_file = std::move(next);
    return {};
}

Status DeviceLock::setOptions(int lockAfterSeconds, bool planOnLockScreen)
{
    if (!m_file)
        return Error{"not_locked", "no lock is set"};
    LockFile next = *m_file;
    next.lockAfterSeconds = std::clamp(lockAfterSeconds, 0, 24 * 3600);
    next.planOnLockScreen = planOnLockScreen;
    if (Status s = next.save(path()); !s)
        return s;
    m_file = std::move(next);
    return {};
}

Status DeviceLock::disable()
{
    if (Status s = LockFile::remove(path()); !s)
        return s;
    m_file.reset();
    return {};
}

} // namespace medvandrer
