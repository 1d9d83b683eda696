#include "store/store_worker.h"

#include "core/hlc.h"
#include "core/uuid.h"
#include "protocol/error_codes.h"
#include "records/schema.h"
#include "store/record_store.h"
#include "sync/sync_client.h"

#include "crypto/value_cipher.h"

#include <QDateTime>
#include <QDir>
#include <QLoggingCategory>
#include <QSysInfo>

#include <chrono>
#include <future>

namespace medvandrer {

Q_LOGGING_CATEGORY(lcStore, "medvandrer.store")

namespace {

qint64 steadyMillis()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}
// The kinds a person's own device shows; others (activities, bookings) belong to later parts of the app.
const std::vector<std::string> &ownKinds()
{
    static const std::vector<std::string> k{std::string(kinds::goal), std::string(kinds::step),
                                            std::string(kinds::checkIn), std::string(kinds::reflection),
                                            // walking beside: grants, comments, the forslagskasse
                                            std::string(kinds::consent), std::string(kinds::comment),
                                            std::string(kinds::suggestion), std::string(kinds::answer),
                                            // the activity calendar and the person's bookings
                                            std::string(kinds::activity), std::string(kinds::booking),
                                            // the plan for hard days, «Om meg» and their history
                                            std::string(kinds::plan), std::string(kinds::about),
                                            std::string(kinds::snapshot)};
    return k;
}

QString deviceName()
{
    return QStringLiteral("Medvandrer (%1)").arg(QSysInfo::prettyProductName());
}
} // namespace

StoreWorker::StoreWorker(QString dataDir) : m_dataDir(std::move(dataDir)), m_lock(ss(m_dataDir)), m_keychain(m_dataDir), m_planCopy(m_dataDir) {}

LockInfo StoreWorker::lockInfo() const
{
    LockInfo info = m_lock.info();
    info.keychainUnavailable = info.enabled && !info.deviceSecret;
    info.planCopyPlain = info.planOnLockScreen && m_planCopy.protection() == LockPlanCopy::Protection::Plain;
    return info;
}

StoreWorker::~StoreWorker()
{
    delete m_sync;
    m_sync = nullptr;
}

void StoreWorker::open(bool syncEnabled)
{
    m_syncEnabled = syncEnabled;
    if (!QDir().mkpath(m_dataDir)) {
        Q_EMIT openFailed(tr("Cannot create the data folder %1").arg(m_dataDir));
        return;
    }
    if (Status s = m_lock.reload(); !s) {
        Q_EMIT openFailed(tr("The app lock's file is damaged, so the data on this phone cannot be opened. What has synced is safe on the server."));
        return;
    }
    m_planCopy.reload();
    // A copy left from a crash between the two steps of turning it off (or the lock's removal) goes now.
    if (m_planCopy.protection() != LockPlanCopy::Protection::None && !m_lock.info().planOnLockScreen) {
        if (Status s = m_planCopy.turnOff(); !s)
            qCWarning(lcStore) << "could not delete the lock screen's plan:" << qs(s.error().code);
    }
    if (m_lock.enabled()) {
        Q_EMIT lockRequired(lockInfo());
        return;
    }
    Q_EMIT lockChanged(lockInfo());
    openStore(nullptr);
}

void StoreWorker::unlock(const QString &secret, bool withPassword)
{
    if (!withPassword && m_lock.info().deviceSecret) {
        auto deviceSecret = m_keychain.read();
        if (!deviceSecret) {
            // Without the keychain's half the PIN cannot open the key; the password still can.
            Q_EMIT unlockAnswered(false, qs(deviceSecret.error().code), 0, withPassword);
            return;
        }
        m_lock.setDeviceSecret(*deviceSecret);
    }
    DeviceLock::Refusal refusal;
    const std::optional<DataKey> key =
        m_lock.unlock(ss(secret), withPassword, QDateTime::currentMSecsSinceEpoch(), refusal);
    Q_EMIT lockChanged(lockInfo());
    if (!key) {
        Q_EMIT unlockAnswered(false, qs(refusal.code), refusal.waitMs, withPassword);
        return;
    }
    if (m_store) {
        // Locked again in the background: the store stayed open; the secret must open this very key.
        const bool same = m_cipher && m_cipher->key() == *key;
        Q_EMIT unlockAnswered(same, same ? QString() : QStringLiteral("key_mismatch"), 0, withPassword);
        if (same && withPassword)
            m_openedWithPassword = true;
        return;
    }
    m_openedWithPassword = withPassword;
    openStore(std::make_shared<const ValueCipher>(*key));
    Q_EMIT unlockAnswered(m_store != nullptr, m_store ? QString() : QStringLiteral("key_mismatch"), 0, withPassword);
}

void StoreWorker::enableLock(const QString &secret, bool passphrase, const QString &password)
{
    const QString action = QStringLiteral("enable");
    if (!m_store || m_lock.enabled() || secret.isEmpty()) {
        Q_EMIT lockActionDone(action, false, QStringLiteral("bad_state"));
        return;
    }
    auto cipher = std::make_shared<const ValueCipher>(DataKey::random());
    // Where the platform has a keychain, half of the PIN's key lives there; never in a plain file.
    const DataKey deviceSecret = DataKey::random();
    const std::string secretBytes(reinterpret_cast<const char *>(deviceSecret.data()), DataKey::size);
    const Status kept = m_keychain.write(secretBytes);
    if (!kept)
        qCInfo(lcStore) << "no keychain for the device secret:" << qs(kept.error().code);
    m_lock.setDeviceSecret(kept ? secretBytes : std::string());
    // lock.json first: a crash before the store is encrypted leaves a plain store that the next unlock encrypts.
    if (Status s = m_lock.enable(cipher->key(), ss(secret), passphrase, ss(password)); !s) {
        Q_EMIT lockActionDone(action, false, qs(s.error().code));
        return;
    }
    if (Status s = m_store->setCipher(cipher); !s) {
        qCWarning(lcStore) << "could not encrypt the device store:" << qs(s.error().code);
        (void)m_lock.disable();
        Q_EMIT lockChanged(lockInfo());
        Q_EMIT lockActionDone(action, false, qs(s.error().code));
        return;
    }
    m_cipher = std::move(cipher);
    Q_EMIT lockChanged(lockInfo());
    Q_EMIT lockActionDone(action, true, {});
}

void StoreWorker::changeLock(const QString &current, const QString &secret, bool passphrase)
{
    const QString action = QStringLiteral("change");
    if (!m_store || !m_cipher || secret.isEmpty()) {
        Q_EMIT lockActionDone(action, false, QStringLiteral("bad_state"));
        return;
    }
    if (!m_openedWithPassword) {
        DeviceLock::Refusal refusal;
        const auto key = m_lock.unlock(ss(current), false, QDateTime::currentMSecsSinceEpoch(), refusal);
        Q_EMIT lockChanged(lockInfo());
        if (!key || !(*key == m_cipher->key())) {
            Q_EMIT lockActionDone(action, false, key ? QStringLiteral("key_mismatch") : qs(refusal.code));
            return;
        }
    }
    if (m_lock.info().deviceSecret) {
        // A new PIN keeps the keychain's half; if the keychain is gone now, the new wrap stands alone.
        auto deviceSecret = m_keychain.read();
        m_lock.setDeviceSecret(deviceSecret ? *deviceSecret : std::string());
    }
    if (Status s = m_lock.changeSecret(m_cipher->key(), ss(secret), passphrase); !s) {
        Q_EMIT lockActionDone(action, false, qs(s.error().code));
        return;
    }
    m_openedWithPassword = false;
    Q_EMIT lockChanged(lockInfo());
    Q_EMIT lockActionDone(action, true, {});
}

void StoreWorker::disableLock(const QString &current)
{
    const QString action = QStringLiteral("disable");
    if (!m_store || !m_cipher) {
        Q_EMIT lockActionDone(action, false, QStringLiteral("bad_state"));
        return;
    }
    DeviceLock::Refusal refusal;
    const auto key = m_lock.unlock(ss(current), false, QDateTime::currentMSecsSinceEpoch(), refusal);
    if (!key || !(*key == m_cipher->key())) {
        Q_EMIT lockChanged(lockInfo());
        Q_EMIT lockActionDone(action, false, key ? QStringLiteral("key_mismatch") : qs(refusal.code));
        return;
    }
    // The store first: a crash before lock.json goes leaves a plain store and a lock that re-encrypts it.
    if (Status s = m_store->setCipher(nullptr); !s) {
        Q_EMIT lockActionDone(action, false, qs(s.error().code));
        return;
    }
    m_cipher.reset();
    if (Status s = m_lock.disable(); !s)
        qCWarning(lcStore) << "could not remove the lock file";
    if (Status s = m_keychain.remove(); !s)
        qCInfo(lcStore) << "the keychain entry stays:" << qs(s.error().code);
    m_lock.setDeviceSecret({});
    // No lock, no lock screen: its copy of the plan goes too.
    if (Status s = m_planCopy.turnOff(); !s)
        qCWarning(lcStore) << "could not delete the lock screen's plan:" << qs(s.error().code);
    Q_EMIT lockChanged(lockInfo());
    Q_EMIT lockActionDone(action, true, {});
}

void StoreWorker::setLockOptions(int lockAfterSeconds, bool planOnLockScreen, bool plainAccepted)
{
    const QString action = QStringLiteral("options");
    const bool wasOn = m_lock.info().planOnLockScreen;
    if (!m_lock.enabled()) {
        Q_EMIT lockActionDone(action, false, QStringLiteral("not_locked"));
        return;
    }
    // The copy first, then lock.json: a crash in between leaves a copy with the option off, deleted at start.
    if (planOnLockScreen && !wasOn) {
        if (Status s = m_planCopy.turnOn(plainAccepted); !s) {
            Q_EMIT lockChanged(lockInfo());
            Q_EMIT lockActionDone(action, false, qs(s.error().code));
            return;
        }
    }
    const Status s = m_lock.setOptions(lockAfterSeconds, planOnLockScreen);
    if ((!s && planOnLockScreen && !wasOn) || (s && !planOnLockScreen && wasOn)) {
        if (Status off = m_planCopy.turnOff(); !off)
            qCWarning(lcStore) << "could not delete the lock screen's plan:" << qs(off.error().code);
    }
    Q_EMIT lockChanged(lockInfo());
    Q_EMIT lockActionDone(action, s.ok(), s.ok() ? QString() : qs(s.error().code));
}

void StoreWorker::keepLockPlan(const QByteArray &planJson)
{
    if (!m_lock.info().planOnLockScreen)
        return;
    if (Status s = m_planCopy.keep(planJson); !s) {
        qCWarning(lcStore) << "could not keep the plan for the lock screen:" << qs(s.error().code);
        Q_EMIT lockPlanKeepFailed(qs(s.error().code));
    }
}

void StoreWorker::readLockPlan()
{
    if (!m_lock.info().planOnLockScreen) {
        Q_EMIT lockPlanRead(false, {}, QStringLiteral("plan_copy_off"));
        return;
    }
    auto plan = m_planCopy.read();
    Q_EMIT lockPlanRead(plan.ok(), plan ? *plan : QByteArray(), plan ? QString() : qs(plan.error().code));
}

void StoreWorker::openStore(std::shared_ptr<const ValueCipher> cipher)
{
    const std::string path = ss(QDir(m_dataDir).filePath(QStringLiteral("device.db")));
    auto store = RecordStore::open(path, SqliteDatabase::Durability::Full, cipher, SqliteDatabase::IntegrityCheck::Separate);
    if (!store) {
        Q_EMIT openFailed(qs(store.error().message));
        return;
    }
    // The integrity check (a pass over every page) on a connection of its own while the records are read and
    // shown: with 100,000 records it was a sixth of a cold start. Nothing is written, and nothing syncs, before it
    // passed; a damaged file still ends in openFailed, and the GUI drops what it took in.
    auto integrity = std::async(std::launch::async, [path] { return SqliteDatabase::checkIntegrity(path); });
    const qint64 storedRows = (*store)->storedRows();
    (*store)->byKinds(ownKinds(), [this, storedRows](std::vector<Record> &&part) {
        Q_EMIT openingRecords(std::make_shared<std::vector<Record>>(std::move(part)), storedRows);
    });
    if (Status checked = integrity.get(); !checked) {
        Q_EMIT openFailed(qs(checked.error().message));
        return;
    }
    m_store = std::move(*store);
    m_cipher = std::move(cipher);
    resetClock();

    m_sync = new SyncClient(m_store.get());
    connect(m_sync, &SyncClient::stateChanged, this, &StoreWorker::syncStateChanged);
    connect(m_sync, &SyncClient::pendingCountChanged, this, &StoreWorker::pendingCountChanged);
    connect(m_sync, &SyncClient::synced, this, &StoreWorker::synced);
    connect(m_sync, &SyncClient::authError, this, &StoreWorker::authError);
    connect(m_sync, &SyncClient::changesRejected, this, &StoreWorker::changesRejected);
    connect(m_sync, &SyncClient::remoteApplied, this, &StoreWorker::recordsChanged);
    connect(m_sync, &SyncClient::requestAnswered, this, [this](const QString &tag, const Json &body) {
        Q_EMIT requestAnswered(tag, QByteArray::fromStdString(body.dump(-1, ' ', false, Json::error_handler_t::replace)));
    });
    connect(m_sync, &SyncClient::requestFailed, this, &StoreWorker::requestFailed);
    connect(m_sync, &SyncClient::accountDeleted, this, &StoreWorker::wipe);
    connect(m_sync, &SyncClient::serverTimeLearned, this, &StoreWorker::followServerTime);
    connect(m_sync, &SyncClient::storageFullChanged, this, &StoreWorker::storageFullChanged);
    connect(m_sync, &SyncClient::pullProgress, this, &StoreWorker::pullProgress);
    // A pull could store again: there is room, so what waited in memory goes in now (queued: never inside store()).
    connect(
        m_sync, &SyncClient::storageFullChanged, this,
        [this](bool onDevice, bool) {
            if (!onDevice && !m_held.empty())
                storeHeld();
        },
        Qt::QueuedConnection);
    connect(m_sync, &SyncClient::authError, this, [this] { m_loginPassword.clear(); });
    connect(m_sync, &SyncClient::sessionChanged, this, [this](const SessionInfo &s) {
        // The server took this password: from now on it (not an older one) opens this device's data.
        if (s.hasToken && !m_loginPassword.isEmpty() && m_cipher) {
            if (Status r = m_lock.renewPassword(m_cipher->key(), ss(m_loginPassword)); !r)
                qCWarning(lcStore) << "could not renew the password's key";
            Q_EMIT lockChanged(lockInfo());
        }
        m_loginPassword.clear();
        resetClock();
        Q_EMIT sessionChanged(s);
    });

    const QDateTime lastSynced =
        QDateTime::fromString(qs(m_store->setting("lastSynced").value_or("")), Qt::ISODateWithMs);
    Q_EMIT opened(m_sync->session(), m_store->pendingCount(), lastSynced);

    m_sync->setEnabled(m_syncEnabled);
    m_sync->start();
}

void StoreWorker::setClockSkew(qint64 ms)
{
    m_clockSkewMs = ms;
    if (m_store)
        resetClock();
}

void StoreWorker::resetClock()
{
    // The clock's node is this device's id; before the first login a local id stands in.
    std::string node = m_store->setting("deviceId").value_or("");
    if (node.empty()) {
        node = m_store->setting("localDeviceId").value_or("");
        if (node.empty()) {
            node = newUuid();
            if (Status s = m_store->setSetting("localDeviceId", node); !s)
                qCWarning(lcStore) << "could not save the local device id";
        }
    }
    m_clock = std::make_unique<HybridClock>(
        node, [skew = m_clockSkewMs, server = m_serverTimeMs, learnedAt = m_serverTimeLearnedAt] {
            const qint64 own = systemMillis() + skew;
            if (server <= 0)
                return own;
            const qint64 serverNow = server + (steadyMillis() - learnedAt);
            return own - serverNow > SyncClient::restampMarginMs ? serverNow : own;
        });
    m_clock->restore(m_store->lastStamp());
}

void StoreWorker::followServerTime(qint64 serverNowMs)
{
    // Called right after the sync client re-stamped what was ahead, so the saved clock may have gone back: the
    // clock is rebuilt from it. A clock behind needs nothing (the hybrid clock never goes back), and one a little
    // ahead is the person's own time; only one more than an hour fast follows the server.
    m_serverTimeMs = serverNowMs;
    m_serverTimeLearnedAt = steadyMillis();
    resetClock();
}

std::vector<Change> StoreWorker::stamp(const std::vector<LocalEdit> &edits)
{
    const std::string owner = m_store->setting("accountId").value_or("");
    const std::string device = m_clock->node();
    // Remote merges move the store's last stamp; a local edit must order after everything seen.
    m_clock->observe(m_store->lastStamp());
    std::vector<Change> changes;
    changes.reserve(edits.size());
    for (const auto &edit : edits) {
        const Hlc now = m_clock->tick();
        const std::optional<Record> existing = m_store->get(edit.id);
        Change c;
        c.changeId = newUuid();
        c.patch.id = edit.id;
        c.patch.kind = edit.kind;
        c.patch.owner = existing ? existing->owner : owner;
        // A helper's comment belongs to the person whose goal it is on.
        if (!existing && edit.kind == kinds::comment) {
            auto goalId = edit.values.find("goalId");
            if (goalId != edit.values.end() && goalId->second.is_string()) {
                if (auto goal = m_store->get(goalId->second.get<std::string>()))
                    c.patch.owner = goal->owner;
            }
        }
        c.patch.originDevice = existing && !existing->originDevice.empty() ? existing->originDevice : device;
        if (edit.remove) {
            c.patch.deleted = now;
        } else {
            for (const auto &[name, value] : edit.values)
                c.patch.fields[name] = FieldValue{value, now};
        }
        changes.push_back(std::move(c));
    }
    return changes;
}

void StoreWorker::apply(const std::vector<LocalEdit> &edits, quint64 ticket)
{
    if (!m_store) {
        Q_EMIT applyFailed(ticket, tr("The device store is not open."));
        return;
    }
    if (m_store->setting("accountId").value_or("").empty()) {
        Q_EMIT applyFailed(ticket, tr("Sign in first."));
        return;
    }
    // Behind edits still held for room: in order, so a later edit of the same record never lands first.
    if (!m_held.empty()) {
        m_held.push_back({edits, ticket});
        Q_EMIT applyHeld(ticket);
        storeHeld();
        return;
    }
    if (store(edits, ticket) == Stored::DiskFull) {
        m_held.push_back({edits, ticket});
        Q_EMIT applyHeld(ticket);
        Q_EMIT heldCountChanged(int(m_held.size()));
        if (!m_heldRetry) {
            m_heldRetry = new QTimer(this);
            m_heldRetry->setInterval(std::chrono::seconds(10));
            connect(m_heldRetry, &QTimer::timeout, this, &StoreWorker::storeHeld);
        }
        m_heldRetry->start();
    }
}

StoreWorker::Stored StoreWorker::store(const std::vector<LocalEdit> &edits, quint64 ticket)
{
    auto result = m_store->applyLocal(stamp(edits));
    if (!result) {
        const std::string &code = result.error().code;
        // Once per full spell, not at every retry of what is held.
        if (code != errc::storageFull || m_held.empty())
            qCWarning(lcStore) << "local edit refused:" << qs(code);
        if (code == errc::storageFull) {
            // Nothing of this edit was stored (all or nothing); everything before it still is, and still syncs.
            m_sync->noteDeviceStorage(true);
            return Stored::DiskFull;
        }
        // Refused for good (it can never be stored or sent): said in words, the code for the curious.
        if (code == errc::tooLarge)
            Q_EMIT applyFailed(ticket, tr("This is too long to be saved and sent. Make it shorter and try again."));
        else
            Q_EMIT applyFailed(ticket, tr("The app cannot store this change (%1).").arg(qs(code)));
        return Stored::Refused;
    }
    m_sync->noteDeviceStorage(false);
    Q_EMIT recordsChanged(std::make_shared<std::vector<Record>>(std::move(*result)), {});
    Q_EMIT applied(ticket);
    m_sync->outboxChanged();
    return Stored::Yes;
}

void StoreWorker::storeHeld()
{
    if (!m_store) {
        forgetHeld();
        return;
    }
    while (!m_held.empty()) {
        if (store(m_held.front().edits, m_held.front().ticket) == Stored::DiskFull)
            break;
        m_held.pop_front();
    }
    Q_EMIT heldCountChanged(int(m_held.size()));
    if (m_held.empty() && m_heldRetry)
        m_heldRetry->stop();
}

void StoreWorker::forgetHeld()
{
    if (m_held.empty())
        return;
    m_held.clear();
    if (m_heldRetry)
        m_heldRetry->stop();
    Q_EMIT heldCountChanged(0);
}

void StoreWorker::login(const QString &server, const QString &username, const QString &password)
{
    if (m_sync) {
        m_loginPassword = password;
        m_sync->login(server, username, password, deviceName());
    }
}

void StoreWorker::registerAccount(const QString &server, const QString &invite, const QString &username,
                                  const QString &password, const QString &displayName)
{
    if (m_sync) {
        m_loginPassword = password;
        m_sync->registerAccount(server, invite, username, password, displayName, deviceName());
    }
}

void StoreWorker::setSyncEnabled(bool enabled)
{
    m_syncEnabled = enabled;
    if (m_sync)
        m_sync->setEnabled(enabled);
}

void StoreWorker::useLocalSession(const QString &username, const QString &displayName)
{
    if (!m_store)
        return;
    if (m_store->setting("accountId").value_or("").empty()) {
        Status s = m_store->setSetting("accountId", newUuid());
        if (s)
            s = m_store->setSetting("username", ss(username));
        if (s)
            s = m_store->setSetting("displayName", ss(displayName));
        if (!s)
            qCWarning(lcStore) << "could not save the local session";
    }
    Q_EMIT sessionChanged(m_sync->session());
}

void StoreWorker::request(const QString &tag, const QByteArray &frame)
{
    Json parsed = Json::parse(frame.toStdString(), nullptr, false);
    if (!m_sync || parsed.is_discarded()) {
        Q_EMIT requestFailed(tag, QStringLiteral("bad_message"), tr("The request could not be sent."));
        return;
    }
    m_sync->request(tag, parsed);
}

void StoreWorker::readAppSetting(const QString &key)
{
    if (!m_store)
        return;
    Q_EMIT appSettingRead(key, QByteArray::fromStdString(m_store->setting("app." + ss(key)).value_or("")));
}

void StoreWorker::writeAppSetting(const QString &key, const QByteArray &value)
{
    if (!m_store)
        return;
    if (Status s = m_store->setSetting("app." + ss(key), value.toStdString()); !s)
        qCWarning(lcStore) << "could not save a setting:" << qs(s.error().code);
}

void StoreWorker::wipe()
{
    if (!m_store)
        return;
    m_sync->forgetSession();
    if (Status s = m_store->wipe(); !s) {
        qCWarning(lcStore) << "could not wipe the device store:" << qs(s.error().message);
        return;
    }
    resetClock();
    // Logged out for good: what waited for room belonged to the person who left.
    forgetHeld();
    // Logged out for good: the lock screen's copy of the plan holds nothing any more.
    keepLockPlan({});
    Q_EMIT wiped();
    Q_EMIT sessionChanged(m_sync->session());
    Q_EMIT pendingCountChanged(0);
}

} // namespace medvandrer
