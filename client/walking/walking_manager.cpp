#include "walking/walking_manager.h"

#include "core/locale_format.h"
#include "core/qt_records.h"
#include "core/uuid.h"
#include "goals/goal_manager.h"
#include "records/record_json.h"
#include "records/schema.h"
#include "store/device_store.h"
#include "store/record_store.h"
#include "walking/export_page.h"
#include "walking/walking_files.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <algorithm>
#include <map>

namespace medvandrer {

namespace {
// The walking pages' cache (helpers met, their names; the quiet-days choice), in the store's settings.
constexpr char settingsKey[] = "walking";
WalkingManager *s_walkingManager = nullptr;

const std::string consentKind(kinds::consent);
const std::string commentKind(kinds::comment);
const std::string suggestionKind(kinds::suggestion);
const std::string answerKind(kinds::answer);

// Request types of docs/protocol.md that are not record pushes.
constexpr auto reqListHelpers = "list_helpers";
constexpr auto reqConnectCode = "request_connect_code";
constexpr auto reqUseCode = "resolve_connect_code";
constexpr auto reqAccessLog = "list_access_log";
constexpr auto reqDeleteAccount = "delete_account";
constexpr auto reqListSuggestions = "list_suggestions";
constexpr auto reqMarkRead = "mark_suggestions_read";
QString markReadTagPrefix() { return QLatin1String(reqMarkRead) + QLatin1Char(':'); }
constexpr auto reqExportAccount = "export_account";

bool consentIncludesNotes(const Record &r)
{
    const Json *v = r.value("includeNotes");
    return v && v->is_boolean() && v->get<bool>();
}

bool isActiveConsent(const Record &r)
{
    if (r.isDeleted() || r.kind != consentKind)
        return false;
    const Json *active = r.value("active");
    return !(active && active->is_boolean() && !active->get<bool>());
}
} // namespace

WalkingManager::WalkingManager(QObject *parent) : QObject(parent)
{
    // The lists hold translated and formatted text: built again in the language chosen now.
    connect(LocaleFormat::instance(), &LocaleFormat::changed, this, [this] {
        buildAccessLog();
        Q_EMIT dataChanged();
    });
}

WalkingManager::~WalkingManager()
{
    if (m_files)
        m_files->deleteLater();
}

void WalkingManager::setInstance(WalkingManager *instance)
{
    s_walkingManager = instance;
}

WalkingManager *WalkingManager::create(QQmlEngine *engine, QJSEngine *)
{
    if (!s_walkingManager) {
        // Nobody set one up (the app's main() wires goals and session only): walk beside the goals' store.
        s_walkingManager = new WalkingManager(engine);
        s_walkingManager->setDeviceStore(GoalManager::create(engine, nullptr)->deviceStore());
        QObject::connect(s_walkingManager, &QObject::destroyed, [] { s_walkingManager = nullptr; });
    }
    QJSEngine::setObjectOwnership(s_walkingManager, QJSEngine::CppOwnership);
    return s_walkingManager;
}

void WalkingManager::setDeviceStore(DeviceStore *store)
{
    if (m_store == store)
        return;
    if (m_store)
        m_store->disconnect(this);
    if (m_files) {
        m_files->deleteLater();
        m_files = nullptr;
    }
    m_store = store;
    if (m_store) {
        m_files = new WalkingFiles;
        m_files->moveToThread(m_store->storeThread());
        connect(m_files, &WalkingFiles::readDone, this, [this](const QString &path, const QByteArray &data) {
            // walking.json from before the cache moved into the (encrypted) store: taken over once, then gone.
            if (path != legacySettingsPath() || data.isEmpty())
                return;
            loadSettings(data);
            saveSettings();
            QMetaObject::invokeMethod(m_files, [f = m_files, p = path] { f->remove(p); });
        });
        connect(m_store, &DeviceStore::appSettingRead, this, [this](const QString &key, const QByteArray &data) {
            if (key == QLatin1String(settingsKey))
                loadSettings(data);
        });
        connect(m_files, &WalkingFiles::allWritten, this, [this](const QString &folder, bool ok, const QString &error) {
            setBusy(false);
            m_lastExportFolder = ok ? folder : QString();
            setMessage(ok ? tr("Your data was saved in %1.").arg(QDir::toNativeSeparators(folder)) : error);
            Q_EMIT exportFinished(ok);
        });
        connect(m_store, &DeviceStore::recordsUpdated, this, &WalkingManager::onRecordsUpdated);
        connect(m_store, &DeviceStore::loaded, this, &WalkingManager::readSettings);
        connect(m_store, &DeviceStore::loaded, this, &WalkingManager::dataChanged);
        connect(m_store, &DeviceStore::sessionChanged, this, &WalkingManager::dataChanged);
        connect(m_store, &DeviceStore::requestAnswered, this, &WalkingManager::onAnswer);
        connect(m_store, &DeviceStore::requestFailed, this, &WalkingManager::onFailure);
        connect(m_store, &DeviceStore::wiped, this, [this] {
            m_helpers.clear();
            m_accessLog.clear();
            m_suggestions.clear();
            m_suggestionCounts.clear();
            m_suggestionsLoaded = false;
            QMetaObject::invokeMethod(m_files, [f = m_files, p = legacySettingsPath()] { f->remove(p); });
            Q_EMIT dataChanged();
        });
        if (m_store->isLoaded())
            readSettings();
    }
    Q_EMIT dataChanged();
}

void WalkingManager::readSettings()
{
    m_store->readAppSetting(QLatin1String(settingsKey));
    QMetaObject::invokeMethod(m_files, [f = m_files, p = legacySettingsPath()] {
        if (QFile::exists(p))
            f->read(p);
    });
}

QString WalkingManager::legacySettingsPath() const
{
    return m_store ? QDir(m_store->dataDir()).filePath(QStringLiteral("walking.json")) : QString();
}

void WalkingManager::loadSettings(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    if (o.isEmpty())
        return;
    m_quietDays = std::clamp(o.value(QLatin1String("quietDays")).toInt(m_quietDays), 1, 365);
    m_helpers.clear();
    for (const auto &h : o.value(QLatin1String("helpers")).toArray())
        m_helpers.push_back(h.toObject().toVariantMap());
    Q_EMIT settingsChanged();
    Q_EMIT dataChanged();
}

void WalkingManager::saveSettings()
{
    if (!m_store)
        return;
    QJsonArray helpers;
    for (const auto &h : std::as_const(m_helpers))
        helpers.push_back(QJsonObject::fromVariantMap(h));
    const QJsonObject o{{QStringLiteral("quietDays"), m_quietDays}, {QStringLiteral("helpers"), helpers}};
    m_store->writeAppSetting(QLatin1String(settingsKey), QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void WalkingManager::setQuietDays(int days)
{
    days = std::clamp(days, 1, 365);
    if (days == m_quietDays)
        return;
    m_quietDays = days;
    saveSettings();
    Q_EMIT settingsChanged();
    Q_EMIT dataChanged();
}

void WalkingManager::setBusy(bool busy)
{
    if (m_busy != busy) {
        m_busy = busy;
        Q_EMIT busyChanged();
    }
}

void WalkingManager::setMessage(const QString &message)
{
    if (m_message != message) {
        m_message = message;
        Q_EMIT messageChanged();
    }
}

void WalkingManager::clearMessage()
{
    setMessage({});
}

QString WalkingManager::myId() const
{
    return m_store ? m_store->session().accountId : QString();
}

void WalkingManager::onRecordsUpdated(const std::vector<RecordEvent> &events)
{
    // Goals, steps and check-ins feed «mine deltakere» and the share list too, so any change may matter.
    if (!events.empty())
        Q_EMIT dataChanged();
}

void WalkingManager::send(const QString &tag, const QVariantMap &frame)
{
    if (!m_store)
        return;
    m_store->request(tag, QJsonDocument(QJsonObject::fromVariantMap(frame)).toJson(QJsonDocument::Compact));
}

bool WalkingManager::submit(const QString &id, const std::string &kind, std::map<std::string, Json> values)
{
    if (!m_store || myId().isEmpty())
        return false;
    LocalEdit e{ss(id), kind, std::move(values), false};
    if (const KindSpec *spec = kindSpec(kind)) {
        for (const auto &[name, value] : e.values) {
            const FieldSpec *f = spec->field(name);
            if (f && !validateValue(*f, value)) {
                setMessage(tr("Please check what you wrote and try again."));
                return false;
            }
        }
    }
    m_store->apply({std::move(e)});
    return true;
}

// ---- answers from the server

void WalkingManager::onAnswer(const QString &tag, const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    if (tag == QLatin1String(reqListHelpers)) {
        m_helpers.clear();
        for (const auto &h : o.value(QLatin1String("helpers")).toArray()) {
            const QJsonObject ho = h.toObject();
            if (!ho.value(QLatin1String("accountId")).toString().isEmpty())
                m_helpers.push_back(QVariantMap{{QStringLiteral("accountId"), ho.value(QLatin1String("accountId")).toString()},
                                                {QStringLiteral("displayName"), ho.value(QLatin1String("displayName")).toString()}});
        }
        saveSettings();
        Q_EMIT dataChanged();
    } else if (tag == QLatin1String(reqUseCode)) {
        const QJsonObject &helper = o;
        const QString id = helper.value(QLatin1String("accountId")).toString();
        const QString name = helper.value(QLatin1String("displayName")).toString();
        if (!id.isEmpty()) {
            const bool known = std::any_of(m_helpers.begin(), m_helpers.end(),
                                           [&](const QVariantMap &h) { return h.value(QStringLiteral("accountId")) == id; });
            if (!known)
                m_helpers.push_back(QVariantMap{{QStringLiteral("accountId"), id}, {QStringLiteral("displayName"), name}});
            saveSettings();
            Q_EMIT dataChanged();
            Q_EMIT helperConnected(id, name);
        }
    } else if (tag == QLatin1String(reqConnectCode)) {
        Q_EMIT connectCodeReady(o.value(QLatin1String("code")).toString(),
                                QDateTime::fromMSecsSinceEpoch(qint64(o.value(QLatin1String("expiresAt")).toDouble())));
    } else if (tag == QLatin1String(reqAccessLog)) {
        m_accessLogEntries = o.value(QLatin1String("entries")).toArray();
        buildAccessLog();
        Q_EMIT accessLogLoaded();
        Q_EMIT dataChanged();
    } else if (tag == QLatin1String(reqDeleteAccount)) {
        setBusy(false);
        // The server has removed everything; now the device forgets too (records, outbox, tombstones, token).
        if (m_store)
            m_store->wipe();
        setMessage(tr("Your account and everything in it has been deleted."));
        Q_EMIT accountDeleted();
    } else if (tag == QLatin1String(reqListSuggestions)) {
        m_suggestions.clear();
        for (const auto &v : o.value(QLatin1String("suggestions")).toArray()) {
            const QJsonObject so = v.toObject();
            m_suggestions.push_back({{QStringLiteral("id"), so.value(QLatin1String("id")).toString()},
                                     {QStringLiteral("category"), so.value(QLatin1String("category")).toString()},
                                     {QStringLiteral("text"), so.value(QLatin1String("text")).toString()},
                                     {QStringLiteral("subtitle"), so.value(QLatin1String("text")).toString()},
                                     {QStringLiteral("week"), so.value(QLatin1String("week")).toString()},
                                     {QStringLiteral("read"), so.value(QLatin1String("read")).toBool()}});
        }
        m_suggestionCounts.clear();
        for (const auto &v : o.value(QLatin1String("counts")).toArray()) {
            const QJsonObject co = v.toObject();
            const bool shown = co.value(QLatin1String("count")).isDouble();
            const int n = co.value(QLatin1String("count")).toInt();
            const QString week = co.value(QLatin1String("week")).toString();
            const QString category = co.value(QLatin1String("category")).toString();
            m_suggestionCounts.push_back({{QStringLiteral("id"), week + QLatin1Char('/') + category},
                                          {QStringLiteral("week"), week},
                                          {QStringLiteral("category"), category},
                                          {QStringLiteral("count"), shown ? n : -1},
                                          {QStringLiteral("countText"), shown ? QString::number(n) : tr("fewer than 5")}});
        }
        m_suggestionsLoaded = true;
        Q_EMIT dataChanged();
    } else if (tag == QLatin1String(reqExportAccount)) {
        const QJsonArray records = o.value(QLatin1String("records")).toArray();
        for (const auto &r : records)
            m_serverExport.push_back(r.toObject());
        if (o.value(QLatin1String("more")).toBool()) {
            send(QLatin1String(reqExportAccount), {{QStringLiteral("type"), QLatin1String(reqExportAccount)},
                                                     {QStringLiteral("cursor"), o.value(QLatin1String("cursor")).toDouble()}});
            return;
        }
        Q_EMIT serverExportLoaded();
    }
}

void WalkingManager::onFailure(const QString &tag, const QString &code, const QString &)
{
    if (tag == QLatin1String(reqDeleteAccount))
        setBusy(false);
    if (tag.startsWith(markReadTagPrefix())) {
        // Not marked after all: show it unread again, as every other koordinator still sees it.
        const QString id = tag.mid(markReadTagPrefix().size());
        for (auto &row : m_suggestions) {
            if (row.value(QStringLiteral("id")).toString() == id)
                row[QStringLiteral("read")] = false;
        }
        Q_EMIT dataChanged();
    }
    if (tag == QLatin1String(reqListHelpers)) {
        // The cached list, or the page's note that the list comes when online, is enough.
        Q_EMIT requestFailed(tag, code);
        return;
    }
    if (code == QLatin1String("offline"))
        setMessage(tr("This needs a connection to the server. Please try again when you are online."));
    else if (code == QLatin1String("auth_failed"))
        setMessage(tr("The password did not match. Nothing was deleted."));
    else if (code == QLatin1String("code_invalid"))
        setMessage(tr("That code did not work. Ask for a new one and try again."));
    else if (code == QLatin1String("rate_limited"))
        setMessage(tr("Too many tries. Please wait a while and try again."));
    else
        setMessage(tr("The server could not do this just now. Please try again later."));
    Q_EMIT requestFailed(tag, code);
}

// ---- consent

void WalkingManager::refreshHelpers()
{
    send(QLatin1String(reqListHelpers), {{QStringLiteral("type"), QLatin1String(reqListHelpers)}});
}

void WalkingManager::connectByCode(const QString &code)
{
    send(QLatin1String(reqUseCode), {{QStringLiteral("type"), QLatin1String(reqUseCode)}, {QStringLiteral("code"), code.trimmed()}});
}

void WalkingManager::requestConnectCode()
{
    send(QLatin1String(reqConnectCode), {{QStringLiteral("type"), QLatin1String(reqConnectCode)}});
}

QString WalkingManager::helperName(const QString &helperId, const Record &consent) const
{
    for (const auto &h : m_helpers) {
        if (h.value(QStringLiteral("accountId")).toString() == helperId)
            return h.value(QStringLiteral("displayName")).toString();
    }
    const QString stored = fieldText(consent, "helperName");
    return stored.isEmpty() ? tr("A helper") : stored;
}

QString WalkingManager::shareGoal(const QString &goalId, const QString &helperId, const QString &level, bool includeNotes)
{
    if (!m_store || goalId.isEmpty() || helperId.isEmpty())
        return {};
    const Record *goal = m_store->record(ss(goalId));
    if (!goal || goal->owner != ss(myId()))
        return {};
    // One grant per goal and helper: sharing again re-activates and sets the level.
    for (const Record *c : m_store->records(kinds::consent, ss(goalId))) {
        if (!c->isDeleted() && fieldText(*c, "helperId") == helperId) {
            std::map<std::string, Json> values{{"level", ss(level)}, {"includeNotes", includeNotes}};
            if (!isActiveConsent(*c))
                values["active"] = true;
            return submit(qs(c->id), consentKind, std::move(values)) ? qs(c->id) : QString();
        }
    }
    QString name;
    for (const auto &h : std::as_const(m_helpers)) {
        if (h.value(QStringLiteral("accountId")).toString() == helperId)
            name = h.value(QStringLiteral("displayName")).toString();
    }
    const QString id = qs(newUuid());
    std::map<std::string, Json> values{{"helperId", ss(helperId)},
                                       {"goalId", ss(goalId)},
                                       {"level", ss(level)},
                                       {"active", true},
                                       // Check-in notes only when the person chooses; the numbers always.
                                       {"includeNotes", includeNotes},
                                       // Names travel with the grant: the helper's device knows no one's name.
                                       {"personName", ss(m_store->session().displayName)}};
    if (!name.isEmpty())
        values["helperName"] = ss(name);
    return submit(id, consentKind, std::move(values)) ? id : QString();
}

bool WalkingManager::setShareNotes(const QString &consentId, bool includeNotes)
{
    const Record *c = m_store ? m_store->record(ss(consentId)) : nullptr;
    if (!c || c->kind != consentKind || c->owner != ss(myId()))
        return false;
    return consentIncludesNotes(*c) == includeNotes || submit(consentId, consentKind, {{"includeNotes", includeNotes}});
}

bool WalkingManager::notesShared(const QString &goalId) const
{
    const Record *grant = myGrant(goalId);
    return grant && consentIncludesNotes(*grant);
}

bool WalkingManager::setShareLevel(const QString &consentId, const QString &level)
{
    const Record *c = m_store ? m_store->record(ss(consentId)) : nullptr;
    if (!c || c->kind != consentKind || c->owner != ss(myId()))
        return false;
    return fieldText(*c, "level") == level || submit(consentId, consentKind, {{"level", ss(level)}});
}

bool WalkingManager::revokeShare(const QString &consentId)
{
    const Record *c = m_store ? m_store->record(ss(consentId)) : nullptr;
    if (!c || c->kind != consentKind || c->owner != ss(myId()))
        return false;
    return !isActiveConsent(*c) || submit(consentId, consentKind, {{"active", false}});
}

const Record *WalkingManager::myGrant(const QString &goalId) const
{
    if (!m_store)
        return nullptr;
    for (const Record *c : m_store->records(kinds::consent, ss(goalId))) {
        if (isActiveConsent(*c) && fieldText(*c, "helperId") == myId())
            return c;
    }
    return nullptr;
}

// ---- comments

bool WalkingManager::canComment(const QString &goalId) const
{
    const Record *goal = m_store ? m_store->record(ss(goalId)) : nullptr;
    if (!goal || goal->isDeleted())
        return false;
    if (goal->owner == ss(myId()))
        return true;
    const Record *grant = myGrant(goalId);
    return grant && fieldText(*grant, "level") == QLatin1String("comment");
}

QString WalkingManager::addComment(const QString &goalId, const QString &text, const QString &replyTo)
{
    if (text.trimmed().isEmpty() || !canComment(goalId))
        return {};
    const QString id = qs(newUuid());
    std::map<std::string, Json> values{{"goalId", ss(goalId)},
                                       {"authorId", ss(myId())},
                                       {"authorName", ss(m_store->session().displayName)},
                                       {"text", ss(text.trimmed())},
                                       {"createdAt", nowDateTime()}};
    if (!replyTo.isEmpty())
        values["replyTo"] = ss(replyTo);
    return submit(id, commentKind, std::move(values)) ? id : QString();
}

// ---- forslagskasse

QStringList WalkingManager::suggestionCategories() const
{
    QStringList out;
    if (const KindSpec *k = kindSpec(kinds::suggestion)) {
        if (const FieldSpec *f = k->field("category")) {
            for (const auto &v : f->values)
                out.push_back(qs(v));
        }
    }
    return out;
}

QString WalkingManager::isoWeek(const QDate &date)
{
    int year = 0;
    const int week = date.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

QString WalkingManager::writeSuggestion(const QString &category, const QString &text)
{
    if (text.trimmed().isEmpty() || !suggestionCategories().contains(category))
        return {};
    // Only the week: no exact time is stored with an anonymous note.
    const QString id = qs(newUuid());
    const bool ok = submit(id, suggestionKind,
                           {{"category", ss(category)},
                            {"text", ss(text.trimmed())},
                            {"week", ss(isoWeek(QDate::currentDate()))}});
    if (ok)
        setMessage(tr("Thank you. Your suggestion is sent without your name."));
    return ok ? id : QString();
}

void WalkingManager::refreshSuggestions()
{
    send(QLatin1String(reqListSuggestions), {{QStringLiteral("type"), QLatin1String(reqListSuggestions)}});
}

void WalkingManager::markSuggestionRead(const QString &suggestionId)
{
    for (auto &row : m_suggestions) {
        if (row.value(QStringLiteral("id")).toString() == suggestionId)
            row[QStringLiteral("read")] = true;
    }
    // Read marks are shared by all koordinatorer, so they live on the server; the tag names the suggestion, so a
    // failure shows just that one unread again.
    send(markReadTagPrefix() + suggestionId, {{QStringLiteral("type"), QLatin1String(reqMarkRead)},
                                        {QStringLiteral("ids"), QStringList{suggestionId}},
                                        {QStringLiteral("read"), true}});
    Q_EMIT dataChanged();
}

QString WalkingManager::publishAnswer(const QString &title, const QString &text)
{
    if (text.trimmed().isEmpty())
        return {};
    const QString id = qs(newUuid());
    std::map<std::string, Json> values{{"text", ss(text.trimmed())},
                                       {"publishedAt", nowDateTime()},
                                       {"period", ss(isoWeek(QDate::currentDate()))}};
    if (!title.trimmed().isEmpty())
        values["title"] = ss(title.trimmed());
    const bool ok = submit(id, answerKind, std::move(values));
    if (ok)
        setMessage(tr("Your answer is published for everyone."));
    return ok ? id : QString();
}

void WalkingManager::requestServerExport()
{
    m_serverExport.clear();
    send(QLatin1String(reqExportAccount), {{QStringLiteral("type"), QLatin1String(reqExportAccount)}, {QStringLiteral("cursor"), 0}});
}

// ---- my data

void WalkingManager::requestAccessLog()
{
    send(QLatin1String(reqAccessLog), {{QStringLiteral("type"), QLatin1String(reqAccessLog)}, {QStringLiteral("limit"), 500}});
}

void WalkingManager::buildAccessLog()
{
    // Kept as the server sent it, so its words follow the language chosen now.
    m_accessLog.clear();
    for (const auto &e : std::as_const(m_accessLogEntries)) {
        const QJsonObject eo = e.toObject();
        const qint64 at = qint64(eo.value(QLatin1String("lastAt")).toDouble());
        const QString goalId = eo.value(QLatin1String("goalId")).toString();
        const Record *goal = m_store ? m_store->record(ss(goalId)) : nullptr;
        const int times = eo.value(QLatin1String("count")).toInt();
        m_accessLog.push_back({{QStringLiteral("id"), QString::number(m_accessLog.size())},
                               {QStringLiteral("personName"), eo.value(QLatin1String("readerName")).toString()},
                               {QStringLiteral("title"), eo.value(QLatin1String("readerName")).toString()},
                               {QStringLiteral("category"), eo.value(QLatin1String("kind")).toString()},
                               {QStringLiteral("goalId"), goalId},
                               {QStringLiteral("goalTitle"), goal ? sharedTitle(*goal) : QString()},
                               {QStringLiteral("count"), times},
                               {QStringLiteral("when"), LocaleFormat::instance()->formatMs(at, LocaleFormat::ShortDateTime)},
                               {QStringLiteral("subtitle"), whatWasSeen(eo.value(QLatin1String("kind")).toString(), goal ? sharedTitle(*goal) : QString(), times)}});
    }
}

QString WalkingManager::whatWasSeen(const QString &kind, const QString &goalTitle, int times) const
{
    // Whole sentences, so each language can bend the words its own way; %1 is the goal's title.
    const bool onGoal = !goalTitle.isEmpty();
    QString text;
    if (kind == QLatin1String("goal"))
        text = onGoal ? tr("Saw your goal «%1», %n time(s)", nullptr, times) : tr("Saw your goal, %n time(s)", nullptr, times);
    else if (kind == QLatin1String("step"))
        text = onGoal ? tr("Saw the steps of «%1», %n time(s)", nullptr, times) : tr("Saw steps, %n time(s)", nullptr, times);
    else if (kind == QLatin1String("checkin"))
        text = onGoal ? tr("Saw the check-ins on «%1», %n time(s)", nullptr, times)
                      : tr("Saw check-ins, %n time(s)", nullptr, times);
    else if (kind == QLatin1String("comment"))
        text = onGoal ? tr("Saw the comments on «%1», %n time(s)", nullptr, times)
                      : tr("Saw comments, %n time(s)", nullptr, times);
    else if (kind == QLatin1String("reflection"))
        text = onGoal ? tr("Saw a reflection on «%1», %n time(s)", nullptr, times)
                      : tr("Saw a reflection, %n time(s)", nullptr, times);
    else if (kind == QLatin1String("consent"))
        text = onGoal ? tr("Saw what you share of «%1», %n time(s)", nullptr, times)
                      : tr("Saw what you share, %n time(s)", nullptr, times);
    else if (kind == QLatin1String("booking"))
        text = tr("Saw a booking, %n time(s)", nullptr, times);
    else if (kind == QLatin1String("plan"))
        return tr("Saw your plan for hard days, %n time(s)", nullptr, times);
    else if (kind == QLatin1String("about"))
        return tr("Saw «About me», %n time(s)", nullptr, times);
    else
        //: %1 is a code for what was seen, from a newer server version.
        return tr("Saw %1, %n time(s)", nullptr, times).arg(kind);
    return onGoal ? text.arg(goalTitle) : text;
}

QString WalkingManager::sharedTitle(const Record &shared) const
{
    if (shared.kind == kinds::plan)
        return tr("My plan for hard days");
    if (shared.kind == kinds::about)
        return tr("About me");
    return fieldText(shared, "title");
}

QUrl WalkingManager::exportStartFolder() const
{
    const QString parent = QFileInfo(defaultExportFolder()).absolutePath();
    QDir().mkpath(parent);
    return QUrl::fromLocalFile(parent);
}

QString WalkingManager::defaultExportFolder() const
{
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(docs.isEmpty() ? QDir::homePath() : docs)
        .filePath(QStringLiteral("Medvandrer-%1").arg(QDate::currentDate().toString(Qt::ISODate)));
}

QByteArray WalkingManager::ownedRecordsJson() const
{
    Json records = Json::array();
    if (m_store) {
        const std::string me = ss(myId());
        std::vector<const Record *> mine;
        for (const auto &spec : allKinds()) {
            for (const Record *r : m_store->records(spec.kind)) {
                if (r->owner == me && !r->isDeleted())
                    mine.push_back(r);
            }
        }
        std::sort(mine.begin(), mine.end(), [](const Record *a, const Record *b) {
            return a->kind != b->kind ? a->kind < b->kind : a->id < b->id;
        });
        for (const Record *r : mine)
            records.push_back(recordToJson(*r));
    }
    Json doc{{"format", "medvandrer-export"},
             {"version", 1},
             {"accountId", ss(myId())},
             {"username", m_store ? ss(m_store->session().username) : std::string()},
             {"exportedAt", nowDateTime()},
             {"records", records}};
    return QByteArray::fromStdString(doc.dump(2, ' ', false, Json::error_handler_t::replace));
}

void WalkingManager::exportTo(const QString &folder)
{
    if (!m_store || !m_files)
        return;
    const QByteArray json = ownedRecordsJson();
    const QString page = ExportPage::build(
        *m_store, ss(myId()), [this](const QString &goalId) { return comments(goalId); },
        [this](const QString &goalId) { return myShares(goalId); });
    setBusy(true);
    QList<QPair<QString, QByteArray>> files{{QStringLiteral("medvandrer-export.json"), json},
                                           {QStringLiteral("medvandrer-export.html"), page.toUtf8()}};
    QMetaObject::invokeMethod(m_files, [f = m_files, folder, files] { f->writeAll(folder, files); });
}

void WalkingManager::deleteAccount(const QString &password)
{
    if (password.isEmpty()) {
        setMessage(tr("Type your password to confirm."));
        return;
    }
    setBusy(true);
    send(QLatin1String(reqDeleteAccount), {{QStringLiteral("type"), QLatin1String(reqDeleteAccount)},
                                             {QStringLiteral("password"), password}});
}

// ---- rows

QList<QVariantMap> WalkingManager::rows(WalkingListModel::List list, const QString &filterId) const
{
    switch (list) {
    case WalkingListModel::MyShares:
        return myShares({});
    case WalkingListModel::GoalShares:
        return filterId.isEmpty() ? QList<QVariantMap>{} : myShares(filterId);
    case WalkingListModel::Helpers: {
        QList<QVariantMap> out;
        for (const auto &h : m_helpers) {
            out.push_back({{QStringLiteral("id"), h.value(QStringLiteral("accountId"))},
                           {QStringLiteral("helperId"), h.value(QStringLiteral("accountId"))},
                           {QStringLiteral("title"), h.value(QStringLiteral("displayName"))}});
        }
        return out;
    }
    case WalkingListModel::Participants:
        return participants();
    case WalkingListModel::PersonGoals:
        return personGoals(filterId);
    case WalkingListModel::Comments:
        return comments(filterId);
    case WalkingListModel::Suggestions:
        return suggestions();
    case WalkingListModel::SuggestionCounts:
        return suggestionCounts();
    case WalkingListModel::Answers:
        return answers();
    case WalkingListModel::AccessLog:
        return m_accessLog;
    }
    return {};
}

QList<QVariantMap> WalkingManager::myShares(const QString &goalId) const
{
    QList<QVariantMap> out;
    if (!m_store)
        return out;
    const std::string me = ss(myId());
    const auto consents = goalId.isEmpty() ? m_store->records(kinds::consent) : m_store->records(kinds::consent, ss(goalId));
    for (const Record *c : consents) {
        if (c->owner != me || !isActiveConsent(*c))
            continue;
        const QString gid = fieldText(*c, "goalId");
        const Record *goal = m_store->record(ss(gid));
        if (!goal || goal->isDeleted())
            continue;
        const QString helper = helperName(fieldText(*c, "helperId"), *c);
        const QString level = fieldText(*c, "level");
        const QString title = sharedTitle(*goal);
        const bool notes = consentIncludesNotes(*c);
        QString subtitle = level == QLatin1String("comment") ? tr("%1 can read and comment").arg(helper)
                                                             : tr("%1 can read").arg(helper);
        subtitle += QStringLiteral(" · ") + (notes ? tr("with your check-in notes") : tr("check-in numbers, not your notes"));
        out.push_back({{QStringLiteral("id"), qs(c->id)},
                       {QStringLiteral("includeNotes"), notes},
                       {QStringLiteral("goalId"), gid},
                       {QStringLiteral("goalTitle"), title},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("helperId"), fieldText(*c, "helperId")},
                       {QStringLiteral("helperName"), helper},
                       {QStringLiteral("level"), level},
                       {QStringLiteral("subtitle"), subtitle}});
    }
    std::sort(out.begin(), out.end(), [](const QVariantMap &a, const QVariantMap &b) {
        const auto ka = a.value(QStringLiteral("goalTitle")).toString() + a.value(QStringLiteral("helperName")).toString();
        const auto kb = b.value(QStringLiteral("goalTitle")).toString() + b.value(QStringLiteral("helperName")).toString();
        return ka != kb ? ka.localeAwareCompare(kb) < 0 : a.value(QStringLiteral("id")).toString() < b.value(QStringLiteral("id")).toString();
    });
    return out;
}

QDate WalkingManager::lastCheckIn(const QString &goalId) const
{
    QDate last;
    for (const Record *c : m_store->records(kinds::checkIn, ss(goalId))) {
        const QDate d = QDate::fromString(fieldText(*c, "date"), Qt::ISODate);
        if (!c->isDeleted() && d.isValid() && (!last.isValid() || d > last))
            last = d;
    }
    return last;
}

QList<QVariantMap> WalkingManager::participants() const
{
    QList<QVariantMap> out;
    if (!m_store)
        return out;
    struct Person
    {
        QString name;
        int goals = 0;
        QDate last;
    };
    std::map<QString, Person> people;
    for (const Record *c : m_store->records(kinds::consent)) {
        if (!isActiveConsent(*c) || fieldText(*c, "helperId") != myId())
            continue;
        const QString gid = fieldText(*c, "goalId");
        const Record *goal = m_store->record(ss(gid));
        if (!goal || goal->isDeleted())
            continue;
        Person &p = people[qs(c->owner)];
        if (p.name.isEmpty())
            p.name = fieldText(*c, "personName");
        // A shared plan or «Om meg» brings the person into the list; only goals are counted as goals.
        if (goal->kind != kinds::goal)
            continue;
        ++p.goals;
        const QDate d = lastCheckIn(gid);
        if (d.isValid() && (!p.last.isValid() || d > p.last))
            p.last = d;
    }
    const QDate today = QDate::currentDate();
    for (const auto &[id, p] : people) {
        const QString name = p.name.isEmpty() ? tr("Someone") : p.name;
        const int days = p.last.isValid() ? int(p.last.daysTo(today)) : -1;
        const bool quiet = days >= m_quietDays;
        QString line;
        if (!p.last.isValid())
            line = tr("%1 has not shared a check-in yet").arg(name);
        else if (quiet)
            line = tr("%1 has not checked in for %n days", nullptr, days).arg(name);
        else if (days == 0)
            line = tr("%1 checked in today").arg(name);
        else
            line = tr("%1 last checked in %n days ago", nullptr, days).arg(name);
        out.push_back({{QStringLiteral("id"), id},
                       {QStringLiteral("personId"), id},
                       {QStringLiteral("personName"), name},
                       {QStringLiteral("title"), name},
                       {QStringLiteral("subtitle"), line},
                       {QStringLiteral("goalCount"), p.goals},
                       {QStringLiteral("lastCheckIn"), p.last.isValid() ? p.last.toString(Qt::ISODate) : QString()},
                       {QStringLiteral("daysSince"), days},
                       {QStringLiteral("quiet"), quiet}});
    }
    // Those who have been quiet longest first: they may be glad of a kind word.
    std::sort(out.begin(), out.end(), [](const QVariantMap &a, const QVariantMap &b) {
        const int da = a.value(QStringLiteral("daysSince")).toInt(), db = b.value(QStringLiteral("daysSince")).toInt();
        if (da != db)
            return da > db;
        return a.value(QStringLiteral("personName")).toString().localeAwareCompare(b.value(QStringLiteral("personName")).toString()) < 0;
    });
    return out;
}

QList<QVariantMap> WalkingManager::personGoals(const QString &personId) const
{
    QList<QVariantMap> out;
    if (!m_store || personId.isEmpty())
        return out;
    for (const Record *c : m_store->records(kinds::consent)) {
        if (!isActiveConsent(*c) || fieldText(*c, "helperId") != myId() || qs(c->owner) != personId)
            continue;
        const QString gid = fieldText(*c, "goalId");
        const Record *goal = m_store->record(ss(gid));
        // The plan and «Om meg» have their own links on the person's page.
        if (!goal || goal->isDeleted() || goal->kind != kinds::goal)
            continue;
        const QDate last = lastCheckIn(gid);
        const bool comment = fieldText(*c, "level") == QLatin1String("comment");
        out.push_back({{QStringLiteral("id"), gid},
                       {QStringLiteral("goalId"), gid},
                       {QStringLiteral("title"), fieldText(*goal, "title")},
                       {QStringLiteral("level"), fieldText(*c, "level")},
                       {QStringLiteral("canComment"), comment},
                       {QStringLiteral("lastCheckIn"), last.isValid() ? last.toString(Qt::ISODate) : QString()},
                       {QStringLiteral("subtitle"), last.isValid()
                                                        //: %1 is a day: «1 Dec 2026».
                                                        ? tr("Last check-in %1").arg(LocaleFormat::instance()->formatDay(last, LocaleFormat::Date))
                                                        : tr("No check-ins yet")}});
    }
    std::sort(out.begin(), out.end(), [](const QVariantMap &a, const QVariantMap &b) {
        return a.value(QStringLiteral("title")).toString().localeAwareCompare(b.value(QStringLiteral("title")).toString()) < 0;
    });
    return out;
}

QList<QVariantMap> WalkingManager::comments(const QString &goalId) const
{
    QList<QVariantMap> top;
    std::map<QString, QList<QVariantMap>> replies;
    if (!m_store || goalId.isEmpty())
        return top;
    const QString me = myId();
    std::vector<const Record *> all = m_store->records(kinds::comment, ss(goalId));
    std::sort(all.begin(), all.end(), [](const Record *a, const Record *b) {
        const auto ca = a->stringValue("createdAt"), cb = b->stringValue("createdAt");
        return ca != cb ? ca < cb : a->id < b->id;
    });
    QSet<QString> present;
    for (const Record *c : all)
        present.insert(qs(c->id));
    for (const Record *c : all) {
        if (c->isDeleted())
            continue;
        const bool mine = fieldText(*c, "authorId") == me;
        const QString replyTo = fieldText(*c, "replyTo");
        const QDateTime at = QDateTime::fromString(fieldText(*c, "createdAt"), Qt::ISODateWithMs);
        QVariantMap row{{QStringLiteral("id"), qs(c->id)},
                        {QStringLiteral("goalId"), goalId},
                        {QStringLiteral("text"), fieldText(*c, "text")},
                        {QStringLiteral("authorName"), mine ? tr("You") : (fieldText(*c, "authorName").isEmpty() ? tr("Someone") : fieldText(*c, "authorName"))},
                        {QStringLiteral("mine"), mine},
                        {QStringLiteral("replyTo"), replyTo},
                        {QStringLiteral("isReply"), !replyTo.isEmpty() && present.contains(replyTo)},
                        {QStringLiteral("createdAt"), fieldText(*c, "createdAt")},
                        {QStringLiteral("when"), LocaleFormat::instance()->format(at, LocaleFormat::ShortDateTime)}};
        if (row.value(QStringLiteral("isReply")).toBool())
            replies[replyTo].push_back(row);
        else
            top.push_back(row);
    }
    // Each reply directly under what it answers.
    QList<QVariantMap> out;
    std::function<void(const QVariantMap &)> emitThread = [&](const QVariantMap &row) {
        out.push_back(row);
        for (const auto &r : replies[row.value(QStringLiteral("id")).toString()])
            emitThread(r);
    };
    for (const auto &row : top)
        emitThread(row);
    return out;
}

QList<QVariantMap> WalkingManager::suggestions() const
{
    if (m_suggestionsLoaded)
        return m_suggestions;
    QList<QVariantMap> out;
    if (!m_store)
        return out;
    const std::string me = ss(myId());
    for (const Record *s : m_store->records(kinds::suggestion)) {
        // My own notes wait on this device for the next sync; the list is the team's box, from the server.
        if (s->isDeleted() || s->owner == me)
            continue;
        out.push_back({{QStringLiteral("id"), qs(s->id)},
                       {QStringLiteral("category"), fieldText(*s, "category")},
                       {QStringLiteral("text"), fieldText(*s, "text")},
                       {QStringLiteral("subtitle"), fieldText(*s, "text")},
                       {QStringLiteral("week"), fieldText(*s, "week")},
                       {QStringLiteral("read"), false}});
    }
    std::sort(out.begin(), out.end(), [](const QVariantMap &a, const QVariantMap &b) {
        const auto wa = a.value(QStringLiteral("week")).toString(), wb = b.value(QStringLiteral("week")).toString();
        return wa != wb ? wa > wb : a.value(QStringLiteral("id")).toString() < b.value(QStringLiteral("id")).toString();
    });
    return out;
}

QList<QVariantMap> WalkingManager::suggestionCounts() const
{
    if (m_suggestionsLoaded)
        return m_suggestionCounts;
    constexpr int minimumShown = 5; // small-number suppression
    std::map<QString, std::map<QString, int>, std::greater<>> perWeek;
    for (const auto &s : suggestions())
        ++perWeek[s.value(QStringLiteral("week")).toString()][s.value(QStringLiteral("category")).toString()];
    QList<QVariantMap> out;
    for (const auto &[week, categories] : perWeek) {
        int total = 0;
        for (const auto &[category, n] : categories)
            total += n;
        QVariantMap row{{QStringLiteral("id"), week}, {QStringLiteral("week"), week}, {QStringLiteral("title"), week}};
        if (total < minimumShown) {
            row[QStringLiteral("count")] = -1;
            row[QStringLiteral("countText")] = tr("Fewer than 5 suggestions");
        } else {
            row[QStringLiteral("count")] = total;
            QStringList parts;
            for (const auto &[category, n] : categories) {
                if (n >= minimumShown)
                    parts.push_back(QStringLiteral("%1: %2").arg(category).arg(n));
            }
            //: A week's anonymous suggestions; %1 lists the categories with five or more («Activities: 6, Other: 5»).
            row[QStringLiteral("countText")] = parts.isEmpty() ? tr("%n suggestion(s)", nullptr, total)
                                                               : tr("%n suggestion(s) (%1)", nullptr, total).arg(parts.join(QStringLiteral(", ")));
        }
        out.push_back(row);
    }
    return out;
}

QList<QVariantMap> WalkingManager::answers() const
{
    QList<QVariantMap> out;
    if (!m_store)
        return out;
    for (const Record *a : m_store->records(answerKind)) {
        if (a->isDeleted())
            continue;
        const QDateTime at = QDateTime::fromString(fieldText(*a, "publishedAt"), Qt::ISODateWithMs);
        const QString when = LocaleFormat::instance()->format(at, LocaleFormat::Date);
        const QString heading = fieldText(*a, "title");
        if (a->value("withdrawn") && a->value("withdrawn")->is_boolean() && a->value("withdrawn")->get<bool>())
            continue;
        out.push_back({{QStringLiteral("id"), qs(a->id)},
                       {QStringLiteral("title"), heading.isEmpty() ? when : heading + QStringLiteral(" · ") + when},
                       {QStringLiteral("subtitle"), fieldText(*a, "text")},
                       {QStringLiteral("text"), fieldText(*a, "text")},
                       {QStringLiteral("createdAt"), fieldText(*a, "publishedAt")},
                       {QStringLiteral("when"), when}});
    }
    std::sort(out.begin(), out.end(), [](const QVariantMap &a, const QVariantMap &b) {
        return a.value(QStringLiteral("createdAt")).toString() > b.value(QStringLiteral("createdAt")).toString();
    });
    return out;
}

} // namespace medvandrer
