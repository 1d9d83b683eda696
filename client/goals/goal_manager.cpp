#include "goals/goal_manager.h"

#include "core/qt_records.h"
#include "core/uuid.h"
#include "records/schema.h"
#include "store/device_store.h"

#include <QLoggingCategory>

#include <algorithm>
#include <set>
#include <string_view>

namespace medvandrer {

Q_LOGGING_CATEGORY(lcGoals, "medvandrer.goals")

namespace {
GoalManager *s_goalManager = nullptr;

const std::string goalKind(kinds::goal);
const std::string stepKind(kinds::step);
const std::string checkInKind(kinds::checkIn);
const std::string reflectionKind(kinds::reflection);

QStringList enumValues(std::string_view kind, std::string_view field)
{
    QStringList out;
    if (const KindSpec *k = kindSpec(kind)) {
        if (const FieldSpec *f = k->field(field)) {
            for (const auto &v : f->values)
                out.push_back(qs(v));
        }
    }
    return out;
}
} // namespace

GoalManager::GoalManager(QObject *parent) : QObject(parent) {}

void GoalManager::setInstance(GoalManager *instance)
{
    s_goalManager = instance;
}

GoalManager *GoalManager::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_goalManager);
    QJSEngine::setObjectOwnership(s_goalManager, QJSEngine::CppOwnership);
    return s_goalManager;
}

void GoalManager::setDeviceStore(DeviceStore *store)
{
    if (m_store == store)
        return;
    if (m_store)
        m_store->disconnect(this);
    m_store = store;
    if (m_store) {
        connect(m_store, &DeviceStore::recordsUpdated, this, &GoalManager::onRecordsUpdated);
        connect(m_store, &DeviceStore::loaded, this, &GoalManager::loadedChanged);
        connect(m_store, &DeviceStore::caughtUp, this, [this] {
            if (m_updateDonePending)
                finishUpdate();
        });
        connect(m_store, &DeviceStore::applyFailed, this, [this](quint64 ticket, const QString &message) {
            // A new goal the store refused does not exist: its page (already open) says so and goes back.
            if (const QString goalId = m_createTickets.take(ticket); !goalId.isEmpty() && m_createdGoals.remove(goalId))
                Q_EMIT goalRemoved(goalId);
            Q_EMIT errorOccurred(tr("Could not save: %1").arg(message));
        });
        connect(m_store, &DeviceStore::applyHeld, this, [this](quint64 ticket) {
            // Held in memory for room (the notice says so): the new goal's page has nothing to show until it is
            // stored, so it goes back; the goal appears in the list once saved.
            if (const QString goalId = m_createTickets.value(ticket); !goalId.isEmpty() && m_createdGoals.remove(goalId))
                Q_EMIT goalRemoved(goalId);
        });
        connect(m_store, &DeviceStore::applied, this, [this](quint64 ticket) { m_createTickets.remove(ticket); });
    }
    Q_EMIT loadedChanged();
}

bool GoalManager::isLoaded() const
{
    return m_store && m_store->isLoaded();
}

QStringList GoalManager::lifeAreas() const
{
    return enumValues(kinds::goal, "lifeArea");
}

QStringList GoalManager::statuses() const
{
    return enumValues(kinds::goal, "status");
}

void GoalManager::onRecordsUpdated(const std::vector<RecordEvent> &events)
{
    // Views of the events' own strings: a store opening with 90,000 check-ins converts 1,000 goal ids, not 90,000.
    std::set<std::string_view> stepGoals, checkInGoals;
    bool reflections = false;
    // 1,000 goals loaded at start: a list model rebuilt per goalAdded would rebuild 1,000 times (seconds).
    m_inUpdate = true;
    for (const auto &e : events) {
        if (e.kind == goalKind) {
            const QString id = qs(e.id);
            m_createdGoals.remove(id);
            if (e.type == RecordEvent::Added)
                Q_EMIT goalAdded(id);
            else if (e.type == RecordEvent::Changed)
                Q_EMIT goalChanged(id);
            else
                Q_EMIT goalRemoved(id);
        } else if (e.kind == stepKind) {
            stepGoals.insert(e.scope);
        } else if (e.kind == checkInKind) {
            checkInGoals.insert(e.scope);
        } else if (e.kind == reflectionKind) {
            reflections = true;
        }
    }
    for (const auto g : stepGoals)
        Q_EMIT stepsChanged(QString::fromUtf8(g.data(), qsizetype(g.size())));
    for (const auto g : checkInGoals)
        Q_EMIT checkInsChanged(QString::fromUtf8(g.data(), qsizetype(g.size())));
    if (reflections)
        Q_EMIT reflectionsChanged();
    m_inUpdate = false;
    if (m_store && m_store->catchingUp() && m_sinceUpdateDone.isValid() && m_sinceUpdateDone.elapsed() < 100) {
        m_updateDonePending = true;
        return;
    }
    finishUpdate();
}

void GoalManager::finishUpdate()
{
    m_updateDonePending = false;
    m_sinceUpdateDone.start();
    Q_EMIT updateDone();
}

std::vector<Goal> GoalManager::goals() const
{
    std::vector<Goal> out;
    if (!m_store)
        return out;
    // Only my own: a helper's device also holds the goals people share with them, shown in «Mine deltakere».
    const std::string me = ss(m_store->session().accountId);
    for (const Record *r : m_store->records(kinds::goal)) {
        if (me.empty() || r->owner == me)
            out.push_back(Goal::fromRecord(*r));
    }
    return out;
}

std::optional<Goal> GoalManager::goal(const QString &id) const
{
    if (!m_store)
        return std::nullopt;
    const Record *r = m_store->record(ss(id));
    if (!r || r->kind != kinds::goal)
        return std::nullopt;
    return Goal::fromRecord(*r);
}

std::vector<Step> GoalManager::steps(const QString &goalId) const
{
    std::vector<Step> out;
    if (!m_store || goalId.isEmpty())
        return out;
    for (const Record *r : m_store->records(kinds::step, ss(goalId)))
        out.push_back(Step::fromRecord(*r));
    std::sort(out.begin(), out.end(), [](const Step &a, const Step &b) {
        return a.order != b.order ? a.order < b.order : a.id < b.id;
    });
    return out;
}

std::vector<CheckIn> GoalManager::checkIns(const QString &goalId) const
{
    std::vector<CheckIn> out;
    if (!m_store || goalId.isEmpty())
        return out;
    for (const Record *r : m_store->records(kinds::checkIn, ss(goalId)))
        out.push_back(CheckIn::fromRecord(*r));
    std::sort(out.begin(), out.end(), [](const CheckIn &a, const CheckIn &b) {
        if (a.createdAt != b.createdAt)
            return a.createdAt < b.createdAt;
        if (a.stamp != b.stamp)
            return a.stamp < b.stamp;
        return a.id < b.id;
    });
    return out;
}

std::vector<Reflection> GoalManager::reflections(const QString &goalId) const
{
    std::vector<Reflection> out;
    if (!m_store)
        return out;
    const auto records = goalId.isEmpty() ? m_store->records(kinds::reflection)
                                          : m_store->records(kinds::reflection, ss(goalId));
    const std::string me = ss(m_store->session().accountId);
    for (const Record *r : records) {
        if (me.empty() || r->owner == me)
            out.push_back(Reflection::fromRecord(*r));
    }
    std::sort(out.begin(), out.end(), [](const Reflection &a, const Reflection &b) {
        if (a.date != b.date)
            return a.date > b.date;
        if (a.stamp != b.stamp)
            return a.stamp > b.stamp;
        return a.id < b.id;
    });
    return out;
}

bool GoalManager::check(const std::string &kind, const LocalEdit &edit)
{
    const KindSpec *spec = kindSpec(kind);
    for (const auto &[name, value] : edit.values) {
        const FieldSpec *f = spec ? spec->field(name) : nullptr;
        if (!f)
            continue;
        if (Status s = validateValue(*f, value); !s) {
            qCWarning(lcGoals) << "invalid edit:" << qs(s.error().message);
            Q_EMIT errorOccurred(tr("Please check what you wrote and try again."));
            return false;
        }
    }
    return true;
}

bool GoalManager::submit(std::vector<LocalEdit> edits)
{
    return submitTicket(std::move(edits)) != 0;
}

quint64 GoalManager::submitTicket(std::vector<LocalEdit> edits)
{
    if (!m_store) {
        Q_EMIT errorOccurred(tr("The device store is not ready."));
        return 0;
    }
    for (const auto &e : edits) {
        if (!check(e.kind, e))
            return 0;
    }
    return m_store->apply(std::move(edits));
}

QString GoalManager::createGoal(const QString &title, const QString &why, const QString &lifeArea)
{
    LocalEdit e;
    e.id = newUuid();
    e.kind = goalKind;
    e.values["title"] = ss(title.trimmed());
    if (!why.trimmed().isEmpty())
        e.values["why"] = ss(why.trimmed());
    e.values["lifeArea"] = lifeArea.isEmpty() ? std::string("annet") : ss(lifeArea);
    e.values["status"] = "active";
    e.values["createdAt"] = nowDateTime();
    if (title.trimmed().isEmpty()) {
        Q_EMIT errorOccurred(tr("Give the goal a few words first."));
        return {};
    }
    const quint64 ticket = submitTicket({e});
    if (ticket == 0)
        return {};
    m_createdGoals.insert(qs(e.id));
    m_createTickets.insert(ticket, qs(e.id));
    return qs(e.id);
}

bool GoalManager::knownGoal(const QString &goalId) const
{
    return m_createdGoals.contains(goalId) || goal(goalId).has_value();
}

bool GoalManager::updateGoal(const QString &goalId, const QString &title, const QString &why, const QString &lifeArea)
{
    const auto current = goal(goalId);
    if (!current)
        return false;
    LocalEdit e;
    e.id = ss(goalId);
    e.kind = goalKind;
    // Only what changed goes into the patch, so an edit on another device to another field survives.
    if (title.trimmed() != current->title)
        e.values["title"] = ss(title.trimmed());
    if (why.trimmed() != current->why)
        e.values["why"] = ss(why.trimmed());
    if (!lifeArea.isEmpty() && lifeArea != current->lifeArea)
        e.values["lifeArea"] = ss(lifeArea);
    if (e.values.empty())
        return true;
    return submit({e});
}

bool GoalManager::setGoalStatus(const QString &goalId, const QString &status)
{
    const auto current = goal(goalId);
    if (!knownGoal(goalId))
        return false;
    if (current && current->status == status)
        return true;
    LocalEdit e{ss(goalId), goalKind, {{"status", ss(status)}}, false};
    return submit({e});
}

QString GoalManager::addStep(const QString &goalId, const QString &title)
{
    if (!knownGoal(goalId) || title.trimmed().isEmpty())
        return {};
    const auto existing = steps(goalId);
    double order = existing.empty() ? 1.0 : existing.back().order + 1.0;
    order = std::max(order, m_lastStepOrder.value(goalId, 0.0) + 1.0);
    m_lastStepOrder[goalId] = order;
    LocalEdit e;
    e.id = newUuid();
    e.kind = stepKind;
    e.values = {{"goalId", ss(goalId)}, {"title", ss(title.trimmed())}, {"done", false}, {"order", order}};
    return submit({e}) ? qs(e.id) : QString();
}

bool GoalManager::renameStep(const QString &stepId, const QString &title)
{
    if (!m_store || !m_store->record(ss(stepId)) || title.trimmed().isEmpty())
        return false;
    return submit({LocalEdit{ss(stepId), stepKind, {{"title", ss(title.trimmed())}}, false}});
}

bool GoalManager::setStepDone(const QString &stepId, bool done)
{
    if (!m_store || !m_store->record(ss(stepId)))
        return false;
    return submit({LocalEdit{ss(stepId), stepKind, {{"done", done}}, false}});
}

bool GoalManager::moveStep(const QString &stepId, int newIndex)
{
    const Record *r = m_store ? m_store->record(ss(stepId)) : nullptr;
    if (!r)
        return false;
    auto list = steps(qs(r->stringValue("goalId")));
    auto it = std::find_if(list.begin(), list.end(), [&](const Step &s) { return s.id == stepId; });
    if (it == list.end() || newIndex < 0 || newIndex >= int(list.size()))
        return false;
    const Step moved = *it;
    list.erase(it);
    list.insert(list.begin() + newIndex, moved);
    std::vector<LocalEdit> edits;
    for (size_t i = 0; i < list.size(); ++i) {
        const double order = double(i + 1);
        if (list[i].order != order)
            edits.push_back(LocalEdit{ss(list[i].id), stepKind, {{"order", order}}, false});
    }
    return edits.empty() || submit(std::move(edits));
}

bool GoalManager::removeStep(const QString &stepId)
{
    if (!m_store || !m_store->record(ss(stepId)))
        return false;
    return submit({LocalEdit{ss(stepId), stepKind, {}, true}});
}

QString GoalManager::checkIn(const QString &goalId, int rating, const QString &note)
{
    return checkInAt(goalId, rating, note, QDateTime::currentDateTime());
}

QString GoalManager::checkInAt(const QString &goalId, int rating, const QString &note, const QDateTime &when)
{
    if (!knownGoal(goalId) || rating < 0 || rating > 10)
        return {};
    LocalEdit e;
    e.id = newUuid();
    e.kind = checkInKind;
    e.values = {{"goalId", ss(goalId)},
                {"rating", rating},
                {"date", ss(when.toLocalTime().date().toString(Qt::ISODate))},
                {"createdAt", ss(when.toUTC().toString(Qt::ISODateWithMs))}};
    if (!note.trimmed().isEmpty())
        e.values["note"] = ss(note.trimmed());
    return submit({e}) ? qs(e.id) : QString();
}

QString GoalManager::addReflection(const QString &text, const QString &goalId, bool shareWithHelpers)
{
    if (text.trimmed().isEmpty())
        return {};
    LocalEdit e;
    e.id = newUuid();
    e.kind = reflectionKind;
    e.values = {{"text", ss(text.trimmed())}, {"date", todayDate()}, {"shareWithHelpers", shareWithHelpers}};
    if (!goalId.isEmpty())
        e.values["goalId"] = ss(goalId);
    return submit({e}) ? qs(e.id) : QString();
}

bool GoalManager::updateReflection(const QString &reflectionId, const QString &text, bool shareWithHelpers)
{
    const Record *r = m_store ? m_store->record(ss(reflectionId)) : nullptr;
    if (!r || text.trimmed().isEmpty())
        return false;
    const Reflection current = Reflection::fromRecord(*r);
    LocalEdit e{ss(reflectionId), reflectionKind, {}, false};
    if (current.text != text.trimmed())
        e.values["text"] = ss(text.trimmed());
    if (current.shareWithHelpers != shareWithHelpers)
        e.values["shareWithHelpers"] = shareWithHelpers;
    return e.values.empty() || submit({e});
}

Reflection GoalManager::reflectionById(const QString &reflectionId) const
{
    const Record *r = m_store && !reflectionId.isEmpty() ? m_store->record(ss(reflectionId)) : nullptr;
    return r && r->kind == kinds::reflection ? Reflection::fromRecord(*r) : Reflection{};
}

QString GoalManager::reflectionText(const QString &reflectionId) const
{
    return reflectionById(reflectionId).text;
}

QString GoalManager::reflectionGoalId(const QString &reflectionId) const
{
    return reflectionById(reflectionId).goalId;
}

bool GoalManager::reflectionShared(const QString &reflectionId) const
{
    return reflectionById(reflectionId).shareWithHelpers;
}

bool GoalManager::removeReflection(const QString &reflectionId)
{
    if (!m_store || !m_store->record(ss(reflectionId)))
        return false;
    return submit({LocalEdit{ss(reflectionId), reflectionKind, {}, true}});
}

} // namespace medvandrer
