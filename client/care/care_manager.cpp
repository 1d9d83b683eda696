#include "care/care_manager.h"

#include "care/emergency_numbers.h"
#include "core/uuid.h"
#include "goals/goal_manager.h"
#include "records/schema.h"
#include "store/device_store.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <iterator>
#include <optional>
#include <tuple>

namespace medvandrer {

namespace {
CareManager *s_careManager = nullptr;

// A contact as stored: "name<TAB>phone" (one list entry, so a name and its number never part in a merge).
constexpr char contactSeparator = '\t';

bool isCareKind(std::string_view kind)
{
    return kind == kinds::plan || kind == kinds::about;
}

QVariantList contactsFrom(const Json &list)
{
    QVariantList out;
    if (!list.is_array())
        return out;
    for (const auto &entry : list) {
        if (!entry.is_string())
            continue;
        const QString s = qs(entry.get<std::string>());
        const qsizetype tab = s.indexOf(QLatin1Char(contactSeparator));
        out.push_back(QVariantMap{{QStringLiteral("name"), tab < 0 ? s : s.left(tab)},
                                  {QStringLiteral("phone"), tab < 0 ? QString() : s.mid(tab + 1)}});
    }
    return out;
}

// The person's contacts as list entries; empty rows dropped. Nothing when one is too long to store.
std::optional<Json> contactsTo(const QVariant &value)
{
    Json list = Json::array();
    for (const QVariant &row : value.toList()) {
        const QVariantMap m = row.toMap();
        const QString name = m.value(QStringLiteral("name")).toString().simplified();
        const QString phone = m.value(QStringLiteral("phone")).toString().simplified();
        if (name.isEmpty() && phone.isEmpty())
            continue;
        const std::string entry = ss(name) + contactSeparator + ss(phone);
        if (entry.size() > 100)
            return std::nullopt;
        list.push_back(entry);
    }
    return list;
}

// A field's value as QML sees it: text, a contact list or a yes/no.
QVariant toQml(const FieldSpec &spec, const Json *value)
{
    switch (spec.type) {
    case FieldType::StringList:
        return value ? contactsFrom(*value) : QVariantList{};
    case FieldType::Bool:
        return value && value->is_boolean() && value->get<bool>();
    default:
        return value && value->is_string() ? qs(value->get<std::string>()) : QString();
    }
}

// The fields a person writes (createdAt is the app's).
std::vector<const FieldSpec *> writtenFields(std::string_view kind)
{
    std::vector<const FieldSpec *> out;
    if (const KindSpec *k = kindSpec(kind)) {
        for (const auto &f : k->fields) {
            if (f.name != "createdAt")
                out.push_back(&f);
        }
    }
    return out;
}
} // namespace

CareManager::CareManager(QObject *parent) : QObject(parent)
{
    // A keychain that was locked or a disk that was full may be fine a minute later.
    m_lockCopyRetry.setSingleShot(true);
    m_lockCopyRetry.setInterval(std::chrono::minutes(1));
    connect(&m_lockCopyRetry, &QTimer::timeout, this, &CareManager::keepLockCopy);
}

void CareManager::setInstance(CareManager *instance)
{
    s_careManager = instance;
}

CareManager *CareManager::create(QQmlEngine *engine, QJSEngine *)
{
    if (!s_careManager) {
        // Nobody set one up (the app's main() wires goals and session only): read the goals' store.
        s_careManager = new CareManager(engine);
        s_careManager->setDeviceStore(GoalManager::create(engine, nullptr)->deviceStore());
        QObject::connect(s_careManager, &QObject::destroyed, [] { s_careManager = nullptr; });
    }
    QJSEngine::setObjectOwnership(s_careManager, QJSEngine::CppOwnership);
    return s_careManager;
}

void CareManager::setDeviceStore(DeviceStore *store)
{
    if (m_store == store)
        return;
    if (m_store)
        m_store->disconnect(this);
    m_store = store;
    if (m_store) {
        connect(m_store, &DeviceStore::recordsUpdated, this, &CareManager::onRecordsUpdated);
        connect(m_store, &DeviceStore::loaded, this, [this] { ++m_revision; Q_EMIT changed(); });
        connect(m_store, &DeviceStore::sessionChanged, this, [this] { ++m_revision; Q_EMIT changed(); });
        connect(m_store, &DeviceStore::lockInfoChanged, this, [this] {
            if (!m_store->lockInfo().planOnLockScreen)
                m_lockCopy.reset();
            keepLockCopy();
        });
        connect(this, &CareManager::changed, this, &CareManager::keepLockCopy);
        // The copy was not written: forget what we sent, so the next change (or a retry soon) writes it again.
        connect(m_store, &DeviceStore::lockPlanKeepFailed, this, [this] {
            m_lockCopy.reset();
            m_lockCopyRetry.start();
        });
        // A save is in the snapshot once applied (or refused): from then on the stored record is the base.
        const auto settled = [this](quint64 ticket) {
            for (auto it = m_pending.begin(); it != m_pending.end();) {
                it->second.tickets.remove(ticket);
                it = it->second.tickets.isEmpty() ? m_pending.erase(it) : std::next(it);
            }
        };
        connect(m_store, &DeviceStore::applied, this, settled);
        connect(m_store, &DeviceStore::applyFailed, this, [settled](quint64 ticket, const QString &) { settled(ticket); });
    }
    ++m_revision;
    Q_EMIT changed();
}

void CareManager::onRecordsUpdated(const std::vector<RecordEvent> &events)
{
    bool any = false;
    for (const auto &e : events)
        any = any || isCareKind(e.kind) || e.kind == kinds::snapshot || e.kind == kinds::consent;
    if (any) {
        ++m_revision;
        Q_EMIT changed();
    }
}

QString CareManager::me() const
{
    return m_store ? m_store->session().accountId : QString();
}

bool CareManager::canEdit() const
{
    return !me().isEmpty();
}

QVariantList CareManager::emergencyNumberList() const
{
    QVariantList out;
    for (const auto &n : emergencyNumbers()) {
        out.push_back(QVariantMap{{QStringLiteral("number"), n.number},
                                  {QStringLiteral("url"), medvandrer::telUrl(n.dial)},
                                  {QStringLiteral("name"), n.name},
                                  {QStringLiteral("detail"), n.detail},
                                  {QStringLiteral("source"), n.source}});
    }
    return out;
}

QString CareManager::checkedOn() const
{
    return emergencyNumbersCheckedOn();
}

QString CareManager::telUrl(const QString &phone) const
{
    return medvandrer::telUrl(phone);
}

const Record *CareManager::current(std::string_view kind, const QString &ownerId) const
{
    if (!m_store)
        return nullptr;
    const std::string owner = ss(ownerId.isEmpty() ? me() : ownerId);
    if (owner.empty())
        return nullptr;
    // One per person; two written offline on two phones: the older stays the plan, the other's text is in history.
    const Record *best = nullptr;
    for (const Record *r : m_store->records(kind)) {
        if (r->owner != owner || r->isDeleted())
            continue;
        const auto key = [](const Record *x) { return std::pair(x->stringValue("createdAt"), x->id); };
        if (!best || key(r) < key(best))
            best = r;
    }
    return best;
}

QString CareManager::recordId(std::string_view kind, const QString &ownerId) const
{
    if (const Record *r = current(kind, ownerId))
        return qs(r->id);
    const auto pending = m_pending.find(kind);
    return ownerId.isEmpty() && pending != m_pending.end() ? pending->second.id : QString();
}

QVariantMap CareManager::read(std::string_view kind, const QString &ownerId) const
{
    const Record *r = current(kind, ownerId);
    QVariantMap out{{QStringLiteral("id"), recordId(kind, ownerId)}, {QStringLiteral("exists"), r != nullptr}};
    for (const FieldSpec *f : writtenFields(kind))
        out.insert(qs(f->name), toQml(*f, r ? r->value(f->name) : nullptr));
    return out;
}

bool CareManager::has(const QString &kind, const QString &ownerId) const
{
    return isCareKind(ss(kind)) && current(ss(kind), ownerId) != nullptr;
}

QVariantMap CareManager::plan(const QString &ownerId) const
{
    return read(kinds::plan, ownerId);
}

QVariantMap CareManager::aboutMe(const QString &ownerId) const
{
    return read(kinds::about, ownerId);
}

bool CareManager::savePlan(const QVariantMap &fields)
{
    return save(kinds::plan, fields);
}

bool CareManager::saveAboutMe(const QVariantMap &fields)
{
    return save(kinds::about, fields);
}

bool CareManager::save(std::string_view kind, const QVariantMap &fields)
{
    if (!m_store || me().isEmpty()) {
        Q_EMIT errorOccurred(tr("Sign in once on this phone to save. The emergency numbers are always here."));
        return false;
    }
    const Record *existing = current(kind, {});
    const auto pending = m_pending.find(kind);
    const bool inFlight = pending != m_pending.end();
    LocalEdit edit;
    edit.kind = std::string(kind);
    edit.id = existing ? existing->id : inFlight ? ss(pending->second.id) : std::string();
    const bool creating = edit.id.empty();
    if (creating)
        edit.id = newUuid();
    // What the person saw last: the stored record, or the text of a save still on its way to the store.
    Json base = Json::object();
    if (inFlight && pending->second.id == qs(edit.id)) {
        base = pending->second.body;
    } else if (existing) {
        for (const auto &[name, fv] : existing->fields)
            base[name] = fv.value;
    }
    Json body = Json::object();
    for (const FieldSpec *f : writtenFields(kind)) {
        const QString name = qs(f->name);
        const Json *old = base.contains(f->name) ? &base[f->name] : nullptr;
        Json value;
        if (!fields.contains(name)) {
            if (old)
                body[f->name] = *old;
            continue;
        }
        if (f->type == FieldType::StringList) {
            auto list = contactsTo(fields.value(name));
            if (!list) {
                Q_EMIT errorOccurred(tr("A name or number is too long. Please make it shorter."));
                return false;
            }
            value = std::move(*list);
        } else if (f->type == FieldType::Bool) {
            value = fields.value(name).toBool();
        } else {
            value = ss(fields.value(name).toString().trimmed());
        }
        if (Status s = validateValue(*f, value); !s) {
            Q_EMIT errorOccurred(tr("One part is too long. Please make it shorter."));
            return false;
        }
        const bool empty = value.empty() || value == Json("") || value == Json(false);
        // Only what changed goes into the patch, so an edit on another device to another section survives.
        if (old ? *old != value : !empty)
            edit.values[f->name] = value;
        if (!empty || old)
            body[f->name] = value;
    }
    if (edit.values.empty())
        return true;
    if (creating)
        edit.values["createdAt"] = nowDateTime();

    LocalEdit snapshot;
    snapshot.id = newUuid();
    snapshot.kind = std::string(kinds::snapshot);
    snapshot.values = {{"recordId", edit.id}, {"ofKind", edit.kind}, {"body", body.dump()}, {"savedAt", nowDateTime()}};
    if (Status s = validateValue(*kindSpec(kinds::snapshot)->field("body"), snapshot.values["body"]); !s) {
        Q_EMIT errorOccurred(tr("One part is too long. Please make it shorter."));
        return false;
    }
    const quint64 ticket = m_store->apply({edit, snapshot});
    Pending &p = m_pending[edit.kind];
    p.id = qs(edit.id);
    p.body = std::move(body);
    p.tickets.insert(ticket);
    return true;
}

QVariantList CareManager::history(const QString &kind) const
{
    QVariantList out;
    if (!m_store || me().isEmpty() || !isCareKind(ss(kind)))
        return out;
    const std::string owner = ss(me());
    std::vector<const Record *> saved;
    for (const Record *r : m_store->records(kinds::snapshot)) {
        if (r->owner == owner && !r->isDeleted() && r->stringValue("ofKind") == ss(kind))
            saved.push_back(r);
    }
    // Two saves in one millisecond keep their order by the clock's stamp (it never repeats or goes back).
    std::sort(saved.begin(), saved.end(), [](const Record *a, const Record *b) {
        return std::tuple(a->stringValue("savedAt"), a->latestStamp(), a->id) >
               std::tuple(b->stringValue("savedAt"), b->latestStamp(), b->id);
    });
    const auto fields = writtenFields(ss(kind));
    std::vector<Json> bodies;
    for (const Record *r : saved) {
        Json body = Json::parse(r->stringValue("body"), nullptr, false);
        bodies.push_back(body.is_object() ? body : Json::object());
    }
    for (size_t i = 0; i < saved.size(); ++i) {
        QVariantMap values;
        QVariantList changedFields; // a plain JS array in QML

        for (const FieldSpec *f : fields) {
            const Json *v = bodies[i].contains(f->name) ? &bodies[i][f->name] : nullptr;
            values.insert(qs(f->name), toQml(*f, v));
            const Json *before = i + 1 < saved.size() && bodies[i + 1].contains(f->name) ? &bodies[i + 1][f->name] : nullptr;
            if (toQml(*f, v) != toQml(*f, before))
                changedFields.push_back(qs(f->name));
        }
        const QDateTime at = QDateTime::fromString(qs(saved[i]->stringValue("savedAt")), Qt::ISODateWithMs);
        out.push_back(QVariantMap{{QStringLiteral("id"), qs(saved[i]->id)},
                                  {QStringLiteral("savedAt"), qs(saved[i]->stringValue("savedAt"))},
                                  {QStringLiteral("when"), QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)},
                                  {QStringLiteral("fields"), values},
                                  {QStringLiteral("changed"), changedFields}});
    }
    return out;
}

void CareManager::keepLockCopy()
{
    if (!m_store || !m_store->isLoaded() || !m_store->lockInfo().planOnLockScreen)
        return;
    const QByteArray json = planJson();
    if (m_lockCopy == json)
        return;
    m_lockCopy = json;
    m_store->keepLockPlan(json);
}

QByteArray CareManager::planJson() const
{
    const QVariantMap p = plan();
    if (!p.value(QStringLiteral("exists")).toBool())
        return {};
    return QJsonDocument(QJsonObject::fromVariantMap(p)).toJson(QJsonDocument::Compact);
}

} // namespace medvandrer
