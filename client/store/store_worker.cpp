#include "store/store_worker.h"

#include "core/hlc.h"
#include "core/uuid.h"
#include "records/schema.h"
#include "store/record_store.h"
#include "sync/sync_client.h"

#include <QDir>
#include <QLoggingCategory>
#include <QSysInfo>

namespace medvandrer {

Q_LOGGING_CATEGORY(lcStore, "medvandrer.store")

namespace {
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

StoreWorker::StoreWorker(QString dataDir) : m_dataDir(std::move(dataDir)) {}

StoreWorker::~StoreWorker()
{
    delete m_sync;
    m_sync = nullptr;
}

void StoreWorker::open(bool syncEnabled)
{
    if (!QDir().mkpath(m_dataDir)) {
        Q_EMIT openFailed(tr("Cannot create the data folder %1").arg(m_dataDir));
        return;
    }
    auto store = RecordStore::open(ss(QDir(m_dataDir).filePath(QStringLiteral("device.db"))));
    if (!store) {
        Q_EMIT openFailed(qs(store.error().message));
        return;
    }
    m_store = std::move(*store);
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
    connect(m_sync, &SyncClient::sessionChanged, this, [this](const SessionInfo &s) {
        resetClock();
        Q_EMIT sessionChanged(s);
    });

    std::vector<Record> all;
    for (const auto &kind : ownKinds()) {
        auto part = m_store->byKind(kind);
        all.insert(all.end(), std::make_move_iterator(part.begin()), std::make_move_iterator(part.end()));
    }
    const QDateTime lastSynced =
        QDateTime::fromString(qs(m_store->setting("lastSynced").value_or("")), Qt::ISODateWithMs);
    Q_EMIT opened(all, m_sync->session(), m_store->pendingCount(), lastSynced);

    m_sync->setEnabled(syncEnabled);
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
    const qint64 skew = m_clockSkewMs;
    m_clock = std::make_unique<HybridClock>(node, [skew] { return systemMillis() + skew; });
    m_clock->restore(m_store->lastStamp());
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
    auto result = m_store->applyLocal(stamp(edits));
    if (!result) {
        qCWarning(lcStore) << "local edit refused:" << qs(result.error().code) << qs(result.error().message);
        Q_EMIT applyFailed(ticket, qs(result.error().message));
        return;
    }
    Q_EMIT recordsChanged(*result, {});
    Q_EMIT applied(ticket);
    m_sync->outboxChanged();
}

void StoreWorker::login(const QString &server, const QString &username, const QString &password)
{
    if (m_sync)
        m_sync->login(server, username, password, deviceName());
}

void StoreWorker::registerAccount(const QString &server, const QString &invite, const QString &username,
                                  const QString &password, const QString &displayName)
{
    if (m_sync)
        m_sync->registerAccount(server, invite, username, password, displayName, deviceName());
}

void StoreWorker::setSyncEnabled(bool enabled)
{
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
    Q_EMIT wiped();
    Q_EMIT sessionChanged(m_sync->session());
    Q_EMIT pendingCountChanged(0);
}

} // namespace medvandrer
