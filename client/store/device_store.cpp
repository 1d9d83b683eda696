#include "store/device_store.h"

#include "store/record_store.h"
#include "store/store_worker.h"

namespace medvandrer {

DeviceStore::DeviceStore(const QString &dataDir, QObject *parent) : QObject(parent), m_dataDir(dataDir)
{
    qRegisterMetaType<std::vector<Record>>();
    qRegisterMetaType<RecordBatch>();
    qRegisterMetaType<std::vector<LocalEdit>>();
    qRegisterMetaType<SessionInfo>();
    qRegisterMetaType<SyncState>();
    qRegisterMetaType<LockInfo>();

    m_thread.setObjectName(QStringLiteral("medvandrer-store"));
    m_worker = new StoreWorker(dataDir);
    m_worker->moveToThread(&m_thread);

    // Taken into the snapshot as they are read; who listens hears of them all at once when the store is open, with
    // the session known (the calendar tells its own bookings from others' by it).
    connect(m_worker, &StoreWorker::openingRecords, this, [this](const RecordBatch &records, qint64 storedRows) {
        // Room for all at once: growing window by window rehashed the snapshot four times (half of the merge).
        if (m_openingEvents.empty() && storedRows > 0) {
            m_records.reserve(m_records.size() + static_cast<size_t>(storedRows));
            m_openingEvents.reserve(static_cast<size_t>(storedRows));
        }
        mergeRange(records->begin(), records->end(), {}, &m_openingEvents);
    });
    connect(m_worker, &StoreWorker::opened, this,
            [this](const SessionInfo &session, qint64 pending, const QDateTime &lastSynced) {
                m_session = session;
                m_pending = pending;
                m_lastSynced = lastSynced;
                m_loaded = true;
                if (auto events = std::exchange(m_openingEvents, {}); !events.empty())
                    Q_EMIT recordsUpdated(events);
                Q_EMIT sessionChanged();
                Q_EMIT pendingCountChanged();
                Q_EMIT lastSyncedChanged();
                Q_EMIT loaded();
            });
    connect(m_worker, &StoreWorker::openFailed, this, [this](const QString &message) {
        // What a damaged file gave before its integrity check failed is not shown (nobody heard of it yet).
        if (!m_loaded) {
            m_records.clear();
            m_index.clear();
            m_openingEvents.clear();
        }
        Q_EMIT openFailed(message);
    });
    connect(m_worker, &StoreWorker::lockChanged, this, [this](const LockInfo &info) {
        if (!(m_lockInfo == info)) {
            m_lockInfo = info;
            Q_EMIT lockInfoChanged();
        }
    });
    connect(m_worker, &StoreWorker::lockRequired, this, [this](const LockInfo &info) {
        m_lockInfo = info;
        m_waitingForKey = true;
        Q_EMIT lockInfoChanged();
        Q_EMIT lockRequired();
    });
    connect(m_worker, &StoreWorker::unlockAnswered, this,
            [this](bool ok, const QString &code, qint64 waitMs, bool withPassword) {
                if (ok)
                    m_waitingForKey = false;
                Q_EMIT unlockAnswered(ok, code, waitMs, withPassword);
            });
    connect(m_worker, &StoreWorker::lockActionDone, this, &DeviceStore::lockActionDone);
    connect(m_worker, &StoreWorker::lockPlanRead, this, &DeviceStore::lockPlanRead);
    connect(m_worker, &StoreWorker::lockPlanKeepFailed, this, &DeviceStore::lockPlanKeepFailed);
    connect(m_worker, &StoreWorker::recordsChanged, this, &DeviceStore::receive);
    // After the records that came before them, so whoever hears of an edit finds its record in the snapshot.
    connect(m_worker, &StoreWorker::applied, this,
            [this](quint64 ticket) { inOrder([this, ticket] { Q_EMIT applied(ticket); }); });
    connect(m_worker, &StoreWorker::applyFailed, this, [this](quint64 ticket, const QString &message) {
        inOrder([this, ticket, message] { Q_EMIT applyFailed(ticket, message); });
    });
    connect(m_worker, &StoreWorker::applyHeld, this,
            [this](quint64 ticket) { inOrder([this, ticket] { Q_EMIT applyHeld(ticket); }); });
    connect(m_worker, &StoreWorker::heldCountChanged, this, [this](int n) {
        if (m_held != n) {
            m_held = n;
            Q_EMIT heldCountChanged();
        }
    });
    connect(m_worker, &StoreWorker::authError, this, &DeviceStore::authError);
    connect(m_worker, &StoreWorker::changesRejected, this, &DeviceStore::changesRejected);
    connect(m_worker, &StoreWorker::storageFullChanged, this, [this](bool onDevice, bool onServer) {
        m_deviceFull = onDevice;
        m_serverFull = onServer;
        Q_EMIT storageFullChanged();
    });
    // The bar and «up to date» follow the records the pages show, not the store thread ahead of them.
    connect(m_worker, &StoreWorker::pullProgress, this, [this](qint64 done, qint64 total) {
        inOrder([this, done, total] {
            m_pullDone = done;
            m_pullTotal = total;
            Q_EMIT pullProgressChanged();
        });
    });
    connect(m_worker, &StoreWorker::requestAnswered, this, &DeviceStore::requestAnswered);
    connect(m_worker, &StoreWorker::requestFailed, this, &DeviceStore::requestFailed);
    connect(m_worker, &StoreWorker::appSettingRead, this, &DeviceStore::appSettingRead);
    connect(m_worker, &StoreWorker::pendingCountChanged, this, [this](qint64 n) {
        if (m_pending != n) {
            m_pending = n;
            Q_EMIT pendingCountChanged();
        }
    });
    connect(m_worker, &StoreWorker::sessionChanged, this, [this](const SessionInfo &s) {
        if (!(m_session == s)) {
            m_session = s;
            Q_EMIT sessionChanged();
        }
    });
    connect(m_worker, &StoreWorker::syncStateChanged, this, [this](SyncState s) {
        inOrder([this, s] {
            if (m_syncState != s) {
                m_syncState = s;
                Q_EMIT syncStateChanged();
            }
        });
    });
    connect(m_worker, &StoreWorker::synced, this, [this](const QDateTime &when) {
        m_lastSynced = when;
        Q_EMIT lastSyncedChanged();
    });
    connect(m_worker, &StoreWorker::wiped, this, [this] { inOrder([this] { forgetRecords(); }); });
    m_thread.start();
}

void DeviceStore::forgetRecords()
{
    std::vector<RecordEvent> events;
    for (const auto &[id, rec] : m_records)
        events.push_back({RecordEvent::Removed, id, rec.kind, RecordStore::scopeOf(rec)});
    m_index.clear(); // first: it holds views of m_records' keys
    m_records.clear();
    m_lastSynced = {};
    Q_EMIT lastSyncedChanged();
    if (!events.empty())
        Q_EMIT recordsUpdated(events);
    Q_EMIT wiped();
}

DeviceStore::~DeviceStore()
{
    // The SQLite connection and the socket are closed on the thread that owns them.
    StoreWorker *worker = m_worker;
    m_worker = nullptr;
    QMetaObject::invokeMethod(worker, [worker] { delete worker; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

template <typename F>
void DeviceStore::onWorker(F &&f)
{
    QMetaObject::invokeMethod(m_worker, std::forward<F>(f), Qt::QueuedConnection);
}

void DeviceStore::open(bool syncEnabled)
{
    m_syncEnabled = syncEnabled;
    onWorker([w = m_worker, syncEnabled] { w->open(syncEnabled); });
}

const Record *DeviceStore::record(const std::string &id) const
{
    auto it = m_records.find(id);
    return it == m_records.end() ? nullptr : &it->second;
}

std::vector<const Record *> DeviceStore::records(std::string_view kind) const
{
    std::vector<const Record *> out;
    auto byKind = m_index.find(std::string(kind));
    if (byKind == m_index.end())
        return out;
    for (const auto &[scope, entries] : byKind->second) {
        for (const auto &[id, rec] : entries)
            out.push_back(rec);
    }
    return out;
}

std::vector<const Record *> DeviceStore::records(std::string_view kind, const std::string &scope) const
{
    std::vector<const Record *> out;
    auto byKind = m_index.find(std::string(kind));
    if (byKind == m_index.end())
        return out;
    auto inScope = byKind->second.find(scope);
    if (inScope == byKind->second.end())
        return out;
    out.reserve(inScope->second.size());
    for (const auto &[id, rec] : inScope->second)
        out.push_back(rec);
    return out;
}

void DeviceStore::unindexRecord(const Record &rec)
{
    auto byKind = m_index.find(rec.kind);
    if (byKind == m_index.end())
        return;
    auto inScope = byKind->second.find(RecordStore::scopeOf(rec));
    if (inScope == byKind->second.end())
        return;
    inScope->second.erase(std::string_view(rec.id));
    if (inScope->second.empty())
        byKind->second.erase(inScope);
}

quint64 DeviceStore::apply(std::vector<LocalEdit> edits)
{
    const quint64 ticket = ++m_nextTicket;
    onWorker([w = m_worker, edits = std::move(edits), ticket] { w->apply(edits, ticket); });
    return ticket;
}

void DeviceStore::receive(const RecordBatch &records, const QStringList &evicted)
{
    if (m_incoming.empty() && records->size() <= mergeSlice) {
        mergeRange(records->begin(), records->end(), evicted);
        return;
    }
    m_incoming.push_back(Incoming{std::move(*records), evicted, 0, {}});
    drainSoon();
}

void DeviceStore::inOrder(std::function<void()> step)
{
    if (m_incoming.empty()) {
        step();
        return;
    }
    m_incoming.push_back(Incoming{{}, {}, 0, std::move(step)});
}

void DeviceStore::drainSoon()
{
    if (std::exchange(m_drainPosted, true))
        return;
    QMetaObject::invokeMethod(this, &DeviceStore::drainIncoming, Qt::QueuedConnection);
}

void DeviceStore::drainIncoming()
{
    m_drainPosted = false;
    // One slice per turn of the event loop: a frame can be drawn between any two.
    if (!m_incoming.empty()) {
        Incoming &front = m_incoming.front();
        if (front.next < front.records.size()) {
            const size_t end = std::min(front.records.size(), front.next + mergeSlice);
            const bool last = end == front.records.size();
            mergeRange(front.records.begin() + static_cast<std::ptrdiff_t>(front.next),
                       front.records.begin() + static_cast<std::ptrdiff_t>(end), last ? front.evicted : QStringList());
            front.next = end;
            if (last)
                m_incoming.pop_front();
        } else {
            auto step = std::move(front);
            m_incoming.pop_front();
            if (step.then)
                step.then();
            else
                mergeRange(step.records.end(), step.records.end(), step.evicted);
        }
    }
    // What waits behind the slices (an answer to an edit, the sync state) runs as soon as it is at the front.
    while (!m_incoming.empty() && m_incoming.front().records.empty() && m_incoming.front().evicted.isEmpty()) {
        auto step = std::move(m_incoming.front());
        m_incoming.pop_front();
        if (step.then)
            step.then();
    }
    if (!m_incoming.empty())
        drainSoon();
    else
        Q_EMIT caughtUp();
}

void DeviceStore::mergeRange(std::vector<Record>::iterator from, std::vector<Record>::iterator to,
                             const QStringList &evicted, std::vector<RecordEvent> *keepEvents)
{
    const auto count = static_cast<size_t>(to - from);
    std::vector<RecordEvent> ownEvents;
    std::vector<RecordEvent> &events = keepEvents ? *keepEvents : ownEvents;
    if (!keepEvents) // kept ones grow over many calls: push_back's doubling, not an exact reserve each time
        events.reserve(count + static_cast<size_t>(evicted.size()));
    for (auto rec = from; rec != to; ++rec) {
        if (rec->isDeleted()) {
            if (auto it = m_records.find(rec->id); it != m_records.end()) {
                events.push_back({RecordEvent::Removed, rec->id, it->second.kind, RecordStore::scopeOf(it->second)});
                unindexRecord(it->second);
                m_records.erase(it);
            }
            continue;
        }
        auto [it, isNew] = m_records.try_emplace(rec->id);
        if (!isNew)
            unindexRecord(it->second); // its goal may have changed
        it->second = std::move(*rec);
        const Record &stored = it->second;
        std::string scope = RecordStore::scopeOf(stored);
        m_index[stored.kind][scope].emplace(it->first, &stored);
        events.push_back({isNew ? RecordEvent::Added : RecordEvent::Changed, it->first, stored.kind, std::move(scope)});
    }
    for (const auto &qid : evicted) {
        auto it = m_records.find(ss(qid));
        if (it != m_records.end()) {
            events.push_back({RecordEvent::Removed, it->first, it->second.kind, RecordStore::scopeOf(it->second)});
            unindexRecord(it->second);
            m_records.erase(it);
        }
    }
    if (!keepEvents && !events.empty())
        Q_EMIT recordsUpdated(events);
}

void DeviceStore::login(const QString &server, const QString &username, const QString &password)
{
    // Logging in means wanting to be online.
    if (!m_syncEnabled) {
        m_syncEnabled = true;
        Q_EMIT syncEnabledChanged();
    }
    onWorker([w = m_worker, server, username, password] { w->login(server, username, password); });
}

void DeviceStore::registerAccount(const QString &server, const QString &invite, const QString &username,
                                  const QString &password, const QString &displayName)
{
    if (!m_syncEnabled) {
        m_syncEnabled = true;
        Q_EMIT syncEnabledChanged();
    }
    onWorker([w = m_worker, server, invite, username, password, displayName] {
        w->registerAccount(server, invite, username, password, displayName);
    });
}

void DeviceStore::setSyncEnabled(bool enabled)
{
    if (m_syncEnabled != enabled) {
        m_syncEnabled = enabled;
        Q_EMIT syncEnabledChanged();
    }
    onWorker([w = m_worker, enabled] { w->setSyncEnabled(enabled); });
}

void DeviceStore::useLocalSession(const QString &username, const QString &displayName)
{
    onWorker([w = m_worker, username, displayName] { w->useLocalSession(username, displayName); });
}

void DeviceStore::wipe()
{
    onWorker([w = m_worker] { w->wipe(); });
}

void DeviceStore::setClockSkew(qint64 ms)
{
    onWorker([w = m_worker, ms] { w->setClockSkew(ms); });
}

void DeviceStore::unlock(const QString &secret, bool withPassword)
{
    onWorker([w = m_worker, secret, withPassword] { w->unlock(secret, withPassword); });
}

void DeviceStore::enableLock(const QString &secret, bool passphrase, const QString &password)
{
    onWorker([w = m_worker, secret, passphrase, password] { w->enableLock(secret, passphrase, password); });
}

void DeviceStore::changeLock(const QString &current, const QString &secret, bool passphrase)
{
    onWorker([w = m_worker, current, secret, passphrase] { w->changeLock(current, secret, passphrase); });
}

void DeviceStore::disableLock(const QString &current)
{
    onWorker([w = m_worker, current] { w->disableLock(current); });
}

void DeviceStore::setLockOptions(int lockAfterSeconds, bool planOnLockScreen, bool plainAccepted)
{
    onWorker([w = m_worker, lockAfterSeconds, planOnLockScreen, plainAccepted] {
        w->setLockOptions(lockAfterSeconds, planOnLockScreen, plainAccepted);
    });
}

void DeviceStore::keepLockPlan(const QByteArray &planJson)
{
    onWorker([w = m_worker, planJson] { w->keepLockPlan(planJson); });
}

void DeviceStore::readLockPlan()
{
    onWorker([w = m_worker] { w->readLockPlan(); });
}

void DeviceStore::setKdfCost(const KdfCost &cost)
{
    onWorker([w = m_worker, cost] { w->setKdfCost(cost); });
}

void DeviceStore::request(const QString &tag, const QByteArray &frame)
{
    onWorker([w = m_worker, tag, frame] { w->request(tag, frame); });
}

void DeviceStore::readAppSetting(const QString &key)
{
    onWorker([w = m_worker, key] { w->readAppSetting(key); });
}

void DeviceStore::writeAppSetting(const QString &key, const QByteArray &value)
{
    onWorker([w = m_worker, key, value] { w->writeAppSetting(key, value); });
}

} // namespace medvandrer
