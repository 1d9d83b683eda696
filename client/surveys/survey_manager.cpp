#include "surveys/survey_manager.h"

#include "core/locale_format.h"
#include "core/uuid.h"
#include "goals/goal_manager.h"
#include "records/schema.h"
#include "store/device_store.h"
#include "surveys/survey_results_view.h"
#include "surveys/survey_words.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThreadPool>

#include <algorithm>
#include <set>

namespace medvandrer {

namespace {
SurveyManager *s_surveyManager = nullptr;

// Every request of this manager is tagged so; the replies of other parts pass by.
const QString tagList = QStringLiteral("survey.list");
const QString tagSave = QStringLiteral("survey.save");
const QString tagPublish = QStringLiteral("survey.publish");
const QString tagClose = QStringLiteral("survey.close");
const QString tagResults = QStringLiteral("survey.results");
const QString tagWriters = QStringLiteral("survey.writers");
const QString tagSetWriter = QStringLiteral("survey.setWriter");
// The kept listing, answers being written and the last results, in the store's settings (encrypted with it).
const QString cacheKey = QStringLiteral("surveys");
const std::string surveyAnswerKind(kinds::surveyAnswer);
// A listing younger than this is not asked for again at every sync.
constexpr qint64 relistAfterMs = 15'000;

QDate dateOf(const Json &def, const char *key)
{
    return QDate::fromString(qs(def.value(key, std::string())), Qt::ISODate);
}

std::string newQuestionId()
{
    return "q" + newUuid().substr(0, 8);
}

Json trimmed(const Json &v)
{
    return v.is_string() ? Json(QString::fromStdString(v.get<std::string>()).trimmed().toStdString()) : v;
}

int rankOf(const QString &state)
{
    return state == QLatin1String("open") ? 0 : state == QLatin1String("scheduled") ? 1
         : state == QLatin1String("draft") ? 2 : 3;
}
} // namespace

SurveyManager::SurveyManager(QObject *parent) : QObject(parent)
{
    // Typing an answer is kept on the device in a moment, not at every key.
    m_keepSoon.setSingleShot(true);
    m_keepSoon.setInterval(400);
    connect(&m_keepSoon, &QTimer::timeout, this, &SurveyManager::keepCache);
    // The last keys typed before quitting are kept too (best effort: the store thread writes it before it stops).
    connect(qApp, &QCoreApplication::aboutToQuit, this, [this] {
        if (m_keepSoon.isActive()) {
            m_keepSoon.stop();
            keepCache();
        }
    });
}

void SurveyManager::setInstance(SurveyManager *instance)
{
    s_surveyManager = instance;
}

SurveyManager *SurveyManager::ensureInstance(DeviceStore *store)
{
    if (!s_surveyManager) {
        s_surveyManager = new SurveyManager(QCoreApplication::instance());
        s_surveyManager->setDeviceStore(store);
    }
    return s_surveyManager;
}

SurveyManager *SurveyManager::create(QQmlEngine *engine, QJSEngine *js)
{
    SurveyManager *m = ensureInstance(GoalManager::create(engine, js)->deviceStore());
    QJSEngine::setObjectOwnership(m, QJSEngine::CppOwnership);
    return m;
}

void SurveyManager::setDeviceStore(DeviceStore *store)
{
    if (m_store == store)
        return;
    if (m_store)
        m_store->disconnect(this);
    m_store = store;
    if (!m_store)
        return;
    connect(m_store, &DeviceStore::requestAnswered, this, &SurveyManager::onAnswer);
    connect(m_store, &DeviceStore::requestFailed, this, &SurveyManager::onFailure);
    connect(m_store, &DeviceStore::recordsUpdated, this, &SurveyManager::onRecordsUpdated);
    connect(m_store, &DeviceStore::changesRejected, this,
            [this](int, const QString &message) { onChangesRejected(message); });
    connect(m_store, &DeviceStore::loaded, this, &SurveyManager::readCache);
    connect(m_store, &DeviceStore::applied, this, [this](quint64 ticket) {
        if (m_submitting.remove(ticket))
            Q_EMIT listChanged();
    });
    connect(m_store, &DeviceStore::applyFailed, this, [this](quint64 ticket, const QString &) {
        const auto it = m_submitting.constFind(ticket);
        if (it == m_submitting.cend())
            return;
        m_answersSoFar[ss(it->surveyId)] = it->chosen;
        m_submitting.erase(it);
        keepCache();
        setMessage(tr("Your answer could not be saved on this phone. Your choices are still here: try again."), true);
        Q_EMIT listChanged();
    });
    connect(m_store, &DeviceStore::sessionChanged, this, &SurveyManager::listChanged);
    connect(m_store, &DeviceStore::appSettingRead, this, [this](const QString &key, const QByteArray &value) {
        if (key != cacheKey || m_demo)
            return;
        m_cacheRead = true;
        const Json kept = Json::parse(value.toStdString(), nullptr, false);
        if (kept.is_object()) {
            if (kept.contains("listing") && kept["listing"].is_object() && m_listState != QLatin1String("ready"))
                m_listing = kept["listing"];
            if (kept.contains("listedAt") && kept["listedAt"].is_number_integer() && m_listState != QLatin1String("ready"))
                m_listedAtMs = kept["listedAt"].get<qint64>();
            if (kept.contains("answersSoFar") && kept["answersSoFar"].is_object())
                m_answersSoFar = kept["answersSoFar"];
            const Json &draft = kept.value("unsavedDraft", Json());
            if (!m_draftDirty && draft.is_object() && draft.value("survey", Json()).is_object()
                && draft["survey"].value("questions", Json()).is_array())
                m_keptDraft = draft;
        }
        Q_EMIT listChanged();
        if (m_store->session().isSignedIn())
            refresh();
    });
    connect(m_store, &DeviceStore::syncStateChanged, this, [this] {
        // Back online: the listing says what the server now knows (an answer sent, a survey closed).
        if (m_store->syncState() != SyncState::UpToDate)
            return;
        bool waiting = m_listState != QLatin1String("ready");
        for (const QVariant &s : surveys())
            waiting = waiting || s.toMap().value(QStringLiteral("waiting")).toBool();
        if (waiting || QDateTime::currentMSecsSinceEpoch() - m_listedAtMs > relistAfterMs)
            refresh();
    });
    connect(m_store, &DeviceStore::wiped, this, [this] {
        m_listing = Json::object();
        m_answersSoFar = Json::object();
        m_keptDraft = Json();
        m_draftDirty = false;
        m_listedAtMs = 0;
        m_listState.clear();
        m_results.clear();
        m_resultsState.clear();
        m_writers.clear();
        Q_EMIT listChanged();
        Q_EMIT resultsChanged();
        Q_EMIT writersChanged();
    });
    if (m_store->isLoaded())
        readCache();
}

void SurveyManager::readCache()
{
    if (m_store && !m_demo)
        m_store->readAppSetting(cacheKey);
}

void SurveyManager::keepCache()
{
    if (!m_store || m_demo)
        return;
    Json kept{{"listing", m_listing}, {"listedAt", m_listedAtMs}, {"answersSoFar", m_answersSoFar}};
    // The editor's unsaved words (or an earlier unsaved draft not yet taken up again): nothing typed is lost when
    // the app closes or the phone is offline when «Save» is pressed.
    if (m_draftDirty)
        kept["unsavedDraft"] = Json{{"survey", m_editing}, {"revision", m_editingRevision}};
    else if (m_keptDraft.is_object())
        kept["unsavedDraft"] = m_keptDraft;
    m_store->writeAppSetting(cacheKey, QByteArray::fromStdString(kept.dump()));
}

QString SurveyManager::accountId() const
{
    return m_store ? m_store->session().accountId : QString();
}

void SurveyManager::send(const QString &tag, Json frame)
{
    if (!m_store)
        return;
    m_store->request(tag, QByteArray::fromStdString(frame.dump()));
}

void SurveyManager::setMessage(const QString &message, bool tell)
{
    if (m_message != message) {
        m_message = message;
        Q_EMIT messageChanged();
    }
    if (tell && !message.isEmpty())
        Q_EMIT notice(message);
}

void SurveyManager::clearMessage()
{
    setMessage({});
}

// ---- the listing

void SurveyManager::refresh()
{
    if (m_demo) {
        m_listState = QStringLiteral("ready");
        Q_EMIT listChanged();
        return;
    }
    m_listState = QStringLiteral("loading");
    Q_EMIT listChanged();
    send(tagList + QLatin1Char('#') + QString::number(++m_listSerial), Json{{"type", "survey_list"}});
}

const Json *SurveyManager::listed(const QString &id) const
{
    auto it = m_listing.find("surveys");
    if (it == m_listing.end() || !it->is_array())
        return nullptr;
    const std::string want = ss(id);
    for (const Json &s : *it)
        if (s.is_object() && s.contains("survey") && s["survey"].value("id", std::string()) == want)
            return &s;
    return nullptr;
}

bool SurveyManager::answeredHere(const QString &surveyId) const
{
    if (!m_store)
        return false;
    for (const Submitting &s : m_submitting)
        if (s.surveyId == surveyId)
            return true;
    const std::string want = ss(surveyId);
    const std::string me = ss(accountId());
    for (const Record *r : m_store->records(surveyAnswerKind))
        if (!r->isDeleted() && r->owner == me && r->stringValue("surveyId") == want)
            return true;
    return false;
}

QVariantMap SurveyManager::survey(const QString &id) const
{
    const Json *s = listed(id);
    if (!s)
        return {};
    const Json &def = (*s)["survey"];
    const QDate opens = dateOf(def, "opensOn");
    const QDate closes = dateOf(def, "closesOn");
    const QString listedState = qs(s->value("state", std::string()));
    const QString state = surveys::stateToday(listedState, opens, closes, LocaleFormat::osloToday());
    const bool serverAnswered = s->value("answered", false);
    const bool here = answeredHere(id);
    const bool bruker = m_store && m_store->session().role == QLatin1String("bruker");
    // Listed before it opened: the person may answer once its day has come (the server decides at arrival).
    const bool mayAnswer = state == QLatin1String("open") && !serverAnswered && !here &&
                           (s->value("mayAnswer", false) || (listedState == QLatin1String("scheduled") && bruker));
    QVariantMap out = toVariant(def).toMap();
    out[QStringLiteral("status")] = qs(s->value("status", std::string()));
    out[QStringLiteral("state")] = state;
    out[QStringLiteral("stateText")] = surveys::stateWords(state, opens, closes);
    out[QStringLiteral("revision")] = s->value("revision", qint64(0));
    out[QStringLiteral("answered")] = serverAnswered || here;
    out[QStringLiteral("waiting")] = here && !serverAnswered;
    out[QStringLiteral("answeredText")] =
        serverAnswered ? tr("You have answered. Thank you!")
        : here         ? tr("Your answer is saved on this phone and is sent as soon as you are online.")
                       : QString();
    out[QStringLiteral("mayAnswer")] = mayAnswer;
    out[QStringLiteral("mayEdit")] = s->value("mayEdit", false);
    out[QStringLiteral("mayPublish")] = s->value("mayPublish", false);
    out[QStringLiteral("mayClose")] = koordinator() && out[QStringLiteral("status")] == QLatin1String("published") &&
                                      state != QLatin1String("closed");
    out[QStringLiteral("mayReadResults")] = s->value("mayReadResults", false);
    out[QStringLiteral("questionCount")] = int(def.value("questions", Json::array()).size());
    QString audience = tr("Everyone using the app");
    if (def.value("audience", std::string()) == "activity") {
        const Record *a = m_store ? m_store->record(def.value("activityId", std::string())) : nullptr;
        audience = a ? tr("Those booked on «%1»").arg(qs(a->stringValue("title"))) : tr("Those booked on one activity");
    }
    out[QStringLiteral("audienceText")] = audience;
    return out;
}

QVariantList SurveyManager::surveys() const
{
    std::vector<QVariantMap> rows;
    auto it = m_listing.find("surveys");
    if (it != m_listing.end() && it->is_array()) {
        for (const Json &s : *it)
            if (s.is_object() && s.contains("survey") && s["survey"].is_object())
                rows.push_back(survey(qs(s["survey"].value("id", std::string()))));
    }
    std::stable_sort(rows.begin(), rows.end(), [](const QVariantMap &a, const QVariantMap &b) {
        const int ra = rankOf(a.value(QStringLiteral("state")).toString());
        const int rb = rankOf(b.value(QStringLiteral("state")).toString());
        if (ra != rb)
            return ra < rb;
        return a.value(QStringLiteral("closesOn")).toString() < b.value(QStringLiteral("closesOn")).toString();
    });
    QVariantList out;
    for (auto &r : rows)
        out.push_back(std::move(r));
    return out;
}

QString SurveyManager::listedText() const
{
    if (m_listedAtMs <= 0)
        return {};
    return tr("Updated %1").arg(LocaleFormat::instance()->formatMs(m_listedAtMs, LocaleFormat::ShortDateTime));
}

bool SurveyManager::writer() const
{
    return m_listing.value("writer", false) || koordinator();
}

bool SurveyManager::koordinator() const
{
    return m_listing.value("koordinator", false) ||
           (m_store && m_store->session().role == QLatin1String("koordinator"));
}

int SurveyManager::openToAnswer() const
{
    int n = 0;
    for (const QVariant &s : surveys())
        n += s.toMap().value(QStringLiteral("mayAnswer")).toBool() ? 1 : 0;
    return n;
}

QString SurveyManager::firstSurvey(const QString &purpose) const
{
    const QString key = purpose == QLatin1String("answer")    ? QStringLiteral("mayAnswer")
                      : purpose == QLatin1String("results") ? QStringLiteral("mayReadResults")
                      : purpose == QLatin1String("edit")    ? QStringLiteral("mayEdit")
                                                            : QString();
    QString fallback;
    for (const QVariant &v : surveys()) {
        const QVariantMap s = v.toMap();
        if (key.isEmpty() || s.value(key).toBool())
            return s.value(QStringLiteral("id")).toString();
        if (fallback.isEmpty() && purpose == QLatin1String("answer") &&
            s.value(QStringLiteral("state")) == QLatin1String("open"))
            fallback = s.value(QStringLiteral("id")).toString();
    }
    return fallback;
}

QVariantList SurveyManager::activities() const
{
    QVariantList out;
    if (!m_store)
        return out;
    for (const Record *r : m_store->records(kinds::activity))
        if (!r->isDeleted())
            out.push_back(QVariantMap{{QStringLiteral("id"), qs(r->id)}, {QStringLiteral("title"), qs(r->stringValue("title"))}});
    std::sort(out.begin(), out.end(), [](const QVariant &a, const QVariant &b) {
        return a.toMap().value(QStringLiteral("title")).toString().localeAwareCompare(
                   b.toMap().value(QStringLiteral("title")).toString()) < 0;
    });
    return out;
}

// ---- answering

QVariantMap SurveyManager::answersSoFar(const QString &surveyId) const
{
    auto it = m_answersSoFar.find(ss(surveyId));
    return it != m_answersSoFar.end() ? toVariant(*it).toMap() : QVariantMap();
}

void SurveyManager::setAnswer(const QString &surveyId, const QString &questionId, const QVariant &value)
{
    Json &answers = m_answersSoFar[ss(surveyId)];
    if (!answers.is_object())
        answers = Json::object();
    const Json v = value.isValid() ? fromVariant(value) : Json();
    const bool skipped = v.is_null() || (v.is_array() && v.empty()) ||
                         (v.is_string() && QString::fromStdString(v.get<std::string>()).trimmed().isEmpty());
    if (skipped)
        answers.erase(ss(questionId));
    else
        answers[ss(questionId)] = v;
    m_keepSoon.start();
}

int SurveyManager::textRoomLeft(const QString &text) const
{
    return surveys::maxTextAnswerBytes - int(text.trimmed().toUtf8().size());
}

bool SurveyManager::submitAnswers(const QString &surveyId)
{
    const QVariantMap shown = survey(surveyId);
    if (shown.isEmpty() || !m_store || accountId().isEmpty()) {
        setMessage(tr("This survey is not on this phone. Open the list again when you are online."), true);
        return false;
    }
    if (shown.value(QStringLiteral("answered")).toBool()) {
        setMessage(tr("You have answered this survey already. Each person answers once."), true);
        return false;
    }
    if (!shown.value(QStringLiteral("mayAnswer")).toBool()) {
        setMessage(shown.value(QStringLiteral("state")) == QLatin1String("closed")
                       ? tr("This survey is closed. Answers are no longer taken.")
                       : tr("This survey is not open for answers."),
                   true);
        return false;
    }
    const Json &def = (*listed(surveyId))["survey"];
    const Json chosen = m_answersSoFar.value(ss(surveyId), Json::object());
    Json answers = Json::object();
    for (const Json &q : def.value("questions", Json::array())) {
        const std::string id = q.value("id", std::string());
        auto it = chosen.find(id);
        if (it == chosen.end() || it->is_null())
            continue; // skipped
        const std::string type = q.value("type", std::string());
        const size_t options = q.value("options", Json::array()).size();
        const Json &v = *it;
        if (type == "scale" && v.is_number() && v.get<double>() >= 0 && v.get<double>() <= 10) {
            answers[id] = int(v.get<double>());
        } else if (type == "one" && v.is_number() && v.get<double>() >= 0 && size_t(v.get<double>()) < options) {
            answers[id] = int(v.get<double>());
        } else if (type == "several" && v.is_array()) {
            std::set<int> picked;
            for (const Json &o : v)
                if (o.is_number() && o.get<double>() >= 0 && size_t(o.get<double>()) < options)
                    picked.insert(int(o.get<double>()));
            if (!picked.empty())
                answers[id] = Json(std::vector<int>(picked.begin(), picked.end()));
        } else if (type == "text" && v.is_string()) {
            const QString text = QString::fromStdString(v.get<std::string>()).trimmed();
            if (text.toUtf8().size() > surveys::maxTextAnswerBytes) {
                setMessage(tr("Your answer to «%1» is too long. Shorten it a little and send again.")
                               .arg(qs(q.value("text", std::string()))),
                           true);
                return false;
            }
            if (!text.isEmpty())
                answers[id] = text.toStdString();
        }
    }
    LocalEdit edit;
    edit.id = newUuid();
    edit.kind = surveyAnswerKind;
    // The key is random and only for this answer: the server stores it hashed beside the answers, so a resend
    // after a crash is stored once (docs/protocol.md §10.4).
    edit.values = {{"surveyId", Json(ss(surveyId))}, {"answerKey", Json(newUuid())}, {"answers", Json(answers.dump())}};
    m_submitting.insert(m_store->apply({std::move(edit)}), Submitting{surveyId, chosen});
    m_answersSoFar.erase(ss(surveyId));
    keepCache();
    const bool online = m_store->syncState() == SyncState::UpToDate || m_store->syncState() == SyncState::Syncing;
    setMessage(online ? tr("Thank you! Your answer is sent, without your name.")
                      : tr("Thank you! Your answer is saved on this phone and is sent, without your name, when you "
                           "are online."),
               true);
    Q_EMIT listChanged();
    return true;
}

void SurveyManager::onRecordsUpdated(const std::vector<RecordEvent> &events)
{
    bool mine = false;
    for (const RecordEvent &e : events) {
        if (e.kind != surveyAnswerKind)
            continue;
        mine = true;
        // A refused answer is taken off the device (sync_client drops refused records): say why once the
        // server's listing tells.
        if (e.type == RecordEvent::Removed)
            m_rejectedSurveys.push_back(qs(e.id));
    }
    if (mine)
        Q_EMIT listChanged();
    if (!m_rejectedSurveys.isEmpty())
        QTimer::singleShot(0, this, [this] {
            if (!m_rejectedSurveys.isEmpty())
                refresh();
        });
}

void SurveyManager::onChangesRejected(const QString &message)
{
    const QString code = message.section(QLatin1Char(':'), 0, 0).trimmed();
    if (code.startsWith(QLatin1String("survey_")))
        m_rejectedCode = code;
}

void SurveyManager::explainRejectedAnswers()
{
    if (m_rejectedSurveys.isEmpty())
        return;
    m_rejectedSurveys.clear();
    const QString code = std::exchange(m_rejectedCode, QString());
    QString words;
    if (code == QLatin1String("survey_already_answered"))
        words = tr("You had already answered this survey, perhaps on another phone. Each person answers once, so "
                   "this answer was not counted again.");
    else if (code == QLatin1String("survey_closed"))
        words = tr("The survey closed before your answer reached the server, so it was not counted.");
    else if (code == QLatin1String("survey_not_open"))
        words = tr("The survey was not open yet when your answer arrived. You can answer again once it opens.");
    else
        words = tr("The server could not take your answer. Open the survey to see whether you can answer again.");
    setMessage(words, true);
}

// ---- writing

void SurveyManager::keepUnsavedEditor()
{
    // Words in the editor not on the server yet stay on the phone as the unsaved draft when another one opens.
    if (m_draftDirty)
        m_keptDraft = Json{{"survey", m_editing}, {"revision", m_editingRevision}};
    m_draftDirty = false;
}

void SurveyManager::startNew()
{
    keepUnsavedEditor();
    const QDate today = LocaleFormat::osloToday();
    m_editing = Json{{"id", newUuid()},
                     {"title", ""},
                     {"intro", ""},
                     {"opensOn", ss(today.toString(Qt::ISODate))},
                     {"closesOn", ss(today.addDays(14).toString(Qt::ISODate))},
                     {"audience", "everyone"},
                     {"activityId", nullptr},
                     {"questions", Json::array()}};
    m_editingRevision = 0;
    m_editingState.clear();
    const Json kept = m_keptDraft;
    addQuestion(QStringLiteral("scale"));
    m_keptDraft = kept;
    m_draftDirty = false; // nothing typed yet: the first question comes with the page
    keepCache();
    Q_EMIT editingChanged();
    Q_EMIT listChanged();
}

bool SurveyManager::startEditing(const QString &surveyId)
{
    const Json *s = listed(surveyId);
    if (!s || !s->value("mayEdit", false)) {
        setMessage(tr("This survey cannot be edited."), true);
        return false;
    }
    keepUnsavedEditor();
    m_editing = (*s)["survey"];
    if (!m_editing.contains("activityId"))
        m_editing["activityId"] = nullptr;
    m_editingRevision = s->value("revision", qint64(0));
    m_editingState.clear();
    keepCache();
    Q_EMIT editingChanged();
    Q_EMIT listChanged();
    return true;
}

void SurveyManager::setDraftField(const QString &field, const QVariant &value)
{
    static const QStringList fields{QStringLiteral("title"),    QStringLiteral("intro"),    QStringLiteral("opensOn"),
                                    QStringLiteral("closesOn"), QStringLiteral("audience"), QStringLiteral("activityId")};
    if (!fields.contains(field))
        return;
    const std::string key = ss(field);
    const Json v = value.toString().isEmpty() && field == QLatin1String("activityId") ? Json() : Json(ss(value.toString()));
    if (m_editing.value(key, Json()) == v)
        return;
    m_editing[key] = v;
    if (field == QLatin1String("audience") && v == "everyone")
        m_editing["activityId"] = nullptr;
    draftEdited();
    // Typed text keeps its field (and cursor); choices and dates redraw.
    if (field != QLatin1String("title") && field != QLatin1String("intro"))
        Q_EMIT editingChanged();
}

bool SurveyManager::addQuestion(const QString &type)
{
    Json &list = m_editing["questions"];
    if (!list.is_array())
        list = Json::array();
    if (list.size() >= size_t(surveys::maxQuestions)) {
        setMessage(tr("A survey has at most 12 questions."), true);
        return false;
    }
    Json q{{"id", newQuestionId()}, {"type", ss(type)}, {"text", ""}};
    if (type == QLatin1String("scale")) {
        q["low"] = ss(tr("Not at all"));
        q["high"] = ss(tr("Very much"));
    } else if (type == QLatin1String("one") || type == QLatin1String("several")) {
        q["options"] = Json::array({"", ""});
    } else if (type != QLatin1String("text")) {
        return false;
    }
    list.push_back(std::move(q));
    draftEdited();
    Q_EMIT editingChanged();
    return true;
}

void SurveyManager::removeQuestion(int index)
{
    Json &list = m_editing["questions"];
    if (!list.is_array() || index < 0 || size_t(index) >= list.size())
        return;
    list.erase(list.begin() + index);
    draftEdited();
    Q_EMIT editingChanged();
}

void SurveyManager::moveQuestion(int index, int delta)
{
    Json &list = m_editing["questions"];
    const int to = index + delta;
    if (!list.is_array() || index < 0 || to < 0 || size_t(index) >= list.size() || size_t(to) >= list.size())
        return;
    std::swap(list[size_t(index)], list[size_t(to)]);
    draftEdited();
    Q_EMIT editingChanged();
}

void SurveyManager::setQuestionField(int index, const QString &field, const QString &value)
{
    Json &list = m_editing["questions"];
    if (!list.is_array() || index < 0 || size_t(index) >= list.size())
        return;
    if (field == QLatin1String("text") || field == QLatin1String("low") || field == QLatin1String("high")) {
        list[size_t(index)][ss(field)] = ss(value);
        draftEdited();
    }
}

void SurveyManager::setOption(int index, int option, const QString &text)
{
    Json &list = m_editing["questions"];
    if (!list.is_array() || index < 0 || size_t(index) >= list.size())
        return;
    Json &opts = list[size_t(index)]["options"];
    if (opts.is_array() && option >= 0 && size_t(option) < opts.size()) {
        opts[size_t(option)] = ss(text);
        draftEdited();
    }
}

bool SurveyManager::addOption(int index)
{
    Json &list = m_editing["questions"];
    if (!list.is_array() || index < 0 || size_t(index) >= list.size())
        return false;
    Json &opts = list[size_t(index)]["options"];
    if (!opts.is_array() || opts.size() >= size_t(surveys::maxOptions))
        return false;
    opts.push_back("");
    draftEdited();
    Q_EMIT editingChanged();
    return true;
}

void SurveyManager::removeOption(int index, int option)
{
    Json &list = m_editing["questions"];
    if (!list.is_array() || index < 0 || size_t(index) >= list.size())
        return;
    Json &opts = list[size_t(index)]["options"];
    if (!opts.is_array() || opts.size() <= 2 || option < 0 || size_t(option) >= opts.size())
        return;
    opts.erase(opts.begin() + option);
    draftEdited();
    Q_EMIT editingChanged();
}

void SurveyManager::draftEdited()
{
    const bool was = m_draftDirty || m_keptDraft.is_object();
    m_draftDirty = true;
    // The new words replace whatever was kept before (the person chose to write this one).
    m_keptDraft = Json();
    m_keepSoon.start();
    if (!was)
        Q_EMIT listChanged();
}

QString SurveyManager::unsavedDraftTitle() const
{
    const Json *survey = m_keptDraft.is_object() ? &m_keptDraft["survey"] : m_draftDirty ? &m_editing : nullptr;
    if (!survey)
        return {};
    const QString title = qs(survey->value("title", std::string())).trimmed();
    return title.isEmpty() ? tr("(no title yet)") : title;
}

bool SurveyManager::resumeDraft()
{
    if (!m_keptDraft.is_object()) {
        // The editor still holds them (left without saving): open it as it is.
        if (m_draftDirty)
            Q_EMIT editingChanged();
        return m_draftDirty;
    }
    m_editing = m_keptDraft["survey"];
    if (!m_editing.contains("activityId"))
        m_editing["activityId"] = nullptr;
    m_editingRevision = m_keptDraft.value("revision", qint64(0));
    m_editingState.clear();
    m_keptDraft = Json();
    m_draftDirty = true;
    Q_EMIT editingChanged();
    Q_EMIT listChanged();
    return true;
}

void SurveyManager::discardUnsavedDraft()
{
    if (!m_keptDraft.is_object() && !m_draftDirty)
        return;
    m_keptDraft = Json();
    m_draftDirty = false;
    keepCache();
    Q_EMIT listChanged();
}

QString SurveyManager::typeWords(const QString &type) const
{
    return surveys::typeWords(type);
}

QString SurveyManager::draftProblem() const
{
    return surveys::draftProblem(m_editing);
}

void SurveyManager::saveDraft()
{
    if (const QString problem = draftProblem(); !problem.isEmpty()) {
        m_editingState = QStringLiteral("error");
        setMessage(problem, true);
        Q_EMIT editingChanged();
        return;
    }
    Json def = m_editing;
    for (const char *key : {"title", "intro"})
        def[key] = trimmed(def.value(key, Json("")));
    for (Json &q : def["questions"]) {
        for (const char *key : {"text", "low", "high"})
            if (q.contains(key))
                q[key] = trimmed(q[key]);
        if (q.contains("options"))
            for (Json &o : q["options"])
                o = trimmed(o);
    }
    m_editingState = QStringLiteral("saving");
    Q_EMIT editingChanged();
    send(tagSave, Json{{"type", "survey_save"}, {"revision", m_editingRevision}, {"survey", def}});
}

// ---- the koordinator

void SurveyManager::publish(const QString &surveyId)
{
    const Json *s = listed(surveyId);
    if (!s)
        return;
    m_publishing = surveyId;
    send(tagPublish, Json{{"type", "survey_publish"}, {"id", ss(surveyId)}, {"revision", s->value("revision", qint64(0))}});
}

void SurveyManager::close(const QString &surveyId)
{
    send(tagClose, Json{{"type", "survey_close"}, {"id", ss(surveyId)}});
}

void SurveyManager::refreshWriters()
{
    m_writersState = QStringLiteral("loading");
    Q_EMIT writersChanged();
    send(tagWriters, Json{{"type", "list_survey_writers"}});
}

void SurveyManager::setWriter(const QString &accountId, bool writer)
{
    send(tagSetWriter, Json{{"type", "set_survey_writer"}, {"accountId", ss(accountId)}, {"writer", writer}});
}

// ---- results

void SurveyManager::loadResults(const QString &surveyId, const QString &filterQuestion, int option)
{
    m_resultsId = surveyId;
    const Json *s = listed(surveyId);
    if (!s) {
        m_results.clear();
        m_resultsState = QStringLiteral("error");
        Q_EMIT resultsChanged();
        return;
    }
    if (m_demo) {
        auto it = m_demoResults.find(ss(surveyId));
        m_results = it != m_demoResults.end() ? surveys::resultsView((*s)["survey"], it->second) : QVariantMap();
        m_resultsState = QStringLiteral("ready");
        Q_EMIT resultsChanged();
        return;
    }
    Json frame{{"type", "survey_results"}, {"id", ss(surveyId)}};
    if (!filterQuestion.isEmpty() && option >= 0)
        frame["filter"] = Json{{"questionId", ss(filterQuestion)}, {"option", option}};
    m_resultsState = QStringLiteral("loading");
    Q_EMIT resultsChanged();
    send(tagResults + QLatin1Char('#') + QString::number(++m_resultsSerial), frame);
}

QString SurveyManager::resultsHtml() const
{
    return m_results.isEmpty() ? QString() : surveys::resultsHtml(m_results);
}

QString SurveyManager::defaultExportName() const
{
    //: The file name of the results export (no spaces).
    return tr("survey-results") + QStringLiteral(".html");
}

QUrl SurveyManager::defaultExportFolder() const
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty() && m_store)
        dir = m_store->dataDir();
    return QUrl::fromLocalFile(dir);
}

void SurveyManager::exportResultsTo(const QUrl &file)
{
    QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (path.isEmpty() || m_results.isEmpty()) {
        Q_EMIT exportFinished(false, {}, tr("There is nothing to save yet."));
        return;
    }
    if (!path.endsWith(QLatin1String(".html"), Qt::CaseInsensitive) &&
        !path.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive))
        path += QLatin1String(".html");
    const QByteArray html = resultsHtml().toUtf8();
    QPointer<SurveyManager> self(this);
    const QString noFolder = tr("The folder could not be made. Choose another place.");
    const QString noWrite = tr("The file could not be written there. Choose another folder.");
    const QString saved = tr("Saved for the dialogue meeting: %1").arg(QFileInfo(path).fileName());
    // Written off the GUI thread; the answer comes back queued.
    QThreadPool::globalInstance()->start([self, html, path, noFolder, noWrite, saved] {
        QString error;
        if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            error = noFolder;
        } else {
            QSaveFile out(path);
            if (!out.open(QIODevice::WriteOnly) || out.write(html) != html.size() || !out.commit())
                error = noWrite;
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, path, error, saved] {
                if (!self)
                    return;
                self->setMessage(error.isEmpty() ? saved : error, true);
                Q_EMIT self->exportFinished(error.isEmpty(), path, error.isEmpty() ? saved : error);
            },
            Qt::QueuedConnection);
    });
}

// ---- replies

void SurveyManager::onAnswer(const QString &taggedAs, const QByteArray &body)
{
    if (!taggedAs.startsWith(QLatin1String("survey.")))
        return;
    const QString tag = taggedAs.section(QLatin1Char('#'), 0, 0);
    const quint64 serial = taggedAs.section(QLatin1Char('#'), 1).toULongLong();
    if ((tag == tagList && serial != m_listSerial) || (tag == tagResults && serial != m_resultsSerial))
        return;
    const Json reply = Json::parse(body.toStdString(), nullptr, false);
    if (reply.is_discarded() || !reply.is_object()) {
        onFailure(taggedAs, QStringLiteral("bad_message"), {});
        return;
    }
    if (tag == tagList) {
        if (!reply.contains("surveys") || !reply["surveys"].is_array())
            return onFailure(taggedAs, QStringLiteral("bad_message"), {});
        m_listing = reply;
        m_listedAtMs = QDateTime::currentMSecsSinceEpoch();
        m_listState = QStringLiteral("ready");
        keepCache();
        Q_EMIT listChanged();
        explainRejectedAnswers();
    } else if (tag == tagSave) {
        // A reply for a draft no longer in the editor (another one was opened meanwhile) changes nothing here.
        const std::string savedId = reply.value("id", std::string());
        if (!savedId.empty() && savedId != m_editing.value("id", std::string())) {
            refresh();
            return;
        }
        m_editingRevision = reply.value("revision", m_editingRevision);
        m_editingState = QStringLiteral("saved");
        // On the server now: the copy kept on the phone is no longer needed.
        m_draftDirty = false;
        keepCache();
        Q_EMIT listChanged();
        setMessage(tr("Saved as a draft. The team's writers can see and edit it."), true);
        Q_EMIT editingChanged();
        refresh();
    } else if (tag == tagPublish) {
        setMessage(tr("Published. Everyone asked sees it the next time their app is online."), true);
        m_publishing.clear();
        refresh();
    } else if (tag == tagClose) {
        setMessage(tr("Closed. No more answers are taken, and the last ones are counted now."), true);
        refresh();
        if (!m_resultsId.isEmpty())
            loadResults(m_resultsId);
    } else if (tag == tagResults) {
        const Json *s = listed(qs(reply.value("id", std::string())));
        if (!s)
            return;
        m_results = surveys::resultsView((*s)["survey"], reply);
        if (reply.contains("filter") && reply["filter"].is_object()) {
            const std::string qid = reply["filter"].value("questionId", std::string());
            const int option = reply["filter"].value("option", 0);
            for (const Json &q : (*s)["survey"].value("questions", Json::array()))
                if (q.value("id", std::string()) == qid && q.contains("options") && size_t(option) < q["options"].size())
                    m_results[QStringLiteral("filterText")] =
                        tr("Only those who chose «%1» in «%2».")
                            .arg(qs(q["options"][size_t(option)].get<std::string>()), qs(q.value("text", std::string())));
        }
        m_resultsState = QStringLiteral("ready");
        Q_EMIT resultsChanged();
    } else if (tag == tagWriters) {
        m_writers.clear();
        for (const Json &a : reply.value("accounts", Json::array()))
            if (a.is_object())
                m_writers.push_back(toVariant(a));
        m_writersState = QStringLiteral("ready");
        Q_EMIT writersChanged();
    } else if (tag == tagSetWriter) {
        refreshWriters();
    }
}

void SurveyManager::onFailure(const QString &taggedAs, const QString &code, const QString &message)
{
    if (!taggedAs.startsWith(QLatin1String("survey.")))
        return;
    const QString tag = taggedAs.section(QLatin1Char('#'), 0, 0);
    const quint64 serial = taggedAs.section(QLatin1Char('#'), 1).toULongLong();
    if ((tag == tagList && serial != m_listSerial) || (tag == tagResults && serial != m_resultsSerial))
        return;
    const QString state = code == QLatin1String("offline") ? QStringLiteral("offline") : QStringLiteral("error");
    if (tag == tagList) {
        m_listState = state;
        Q_EMIT listChanged();
        return;
    }
    if (tag == tagResults) {
        m_resultsState = state;
        Q_EMIT resultsChanged();
        return;
    }
    if (tag == tagWriters) {
        m_writersState = state;
        Q_EMIT writersChanged();
        return;
    }
    if (tag == tagSave) {
        // Nothing typed is dropped: the draft stays in the editor to be saved again.
        m_editingState = QStringLiteral("error");
        Q_EMIT editingChanged();
    }
    setMessage(surveys::refusalWords(code, message), true);
    if (code == QLatin1String("survey_conflict") || code == QLatin1String("survey_not_draft"))
        refresh();
}

void SurveyManager::setDemo(const Json &listing, const std::map<std::string, Json> &results)
{
    m_demo = true;
    m_listing = listing;
    m_demoResults = results;
    m_listedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_listState = QStringLiteral("ready");
    Q_EMIT listChanged();
}

} // namespace medvandrer
