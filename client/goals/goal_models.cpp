#include "goals/goal_models.h"

#include "core/locale_format.h"
#include "goals/check_in_weeks.h"

#include <algorithm>
#include <utility>

namespace medvandrer {

namespace {
int statusRank(const QString &status)
{
    static const QStringList order{QStringLiteral("active"), QStringLiteral("paused"), QStringLiteral("achieved"),
                                   QStringLiteral("archived")};
    const int i = int(order.indexOf(status));
    return i < 0 ? 0 : i;
}
} // namespace

// ---- GoalListModel

GoalListModel::GoalListModel(QObject *parent) : IdListModel(parent) {}

void GoalListModel::setManager(GoalManager *manager)
{
    if (m_manager == manager)
        return;
    if (m_manager)
        m_manager->disconnect(this);
    m_manager = manager;
    if (m_manager) {
        connect(m_manager, &GoalManager::goalAdded, this, &GoalListModel::reload);
        connect(m_manager, &GoalManager::goalRemoved, this, &GoalListModel::reload);
        connect(m_manager, &GoalManager::goalChanged, this, [this](const QString &id) {
            reload();
            touch(id);
        });
        connect(m_manager, &GoalManager::stepsChanged, this, &GoalListModel::touch);
        connect(m_manager, &GoalManager::checkInsChanged, this, &GoalListModel::touch);
        connect(m_manager, &GoalManager::loadedChanged, this, &GoalListModel::reload);
        connect(m_manager, &GoalManager::updateDone, this, [this] {
            if (std::exchange(m_reloadPending, false))
                reload();
        });
    }
    reload();
    Q_EMIT managerChanged();
}

void GoalListModel::setIncludeArchived(bool include)
{
    if (m_includeArchived == include)
        return;
    m_includeArchived = include;
    reload();
    Q_EMIT includeArchivedChanged();
}

void GoalListModel::reload()
{
    if (m_manager && m_manager->inUpdate()) {
        m_reloadPending = true; // once at updateDone()
        return;
    }
    refresh(); // wantedIds() counts the archived goals on the way
    if (m_archivedSeen != m_archivedCount) {
        m_archivedCount = m_archivedSeen;
        Q_EMIT archivedCountChanged();
    }
}

QStringList GoalListModel::wantedIds() const
{
    m_archivedSeen = 0;
    if (!m_manager)
        return {};
    auto goals = m_manager->goals();
    std::sort(goals.begin(), goals.end(), [](const Goal &a, const Goal &b) {
        const int ra = statusRank(a.status), rb = statusRank(b.status);
        if (ra != rb)
            return ra < rb;
        if (a.createdAt != b.createdAt)
            return a.createdAt > b.createdAt;
        return a.id < b.id;
    });
    QStringList ids;
    int archived = 0;
    for (const auto &g : goals) {
        const bool isArchived = g.status == QLatin1String("archived");
        archived += isArchived ? 1 : 0;
        if (m_includeArchived || !isArchived)
            ids.push_back(g.id);
    }
    m_archivedSeen = archived;
    return ids;
}

QVariant GoalListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_manager)
        return {};
    const QString id = ids().at(index.row());
    const auto goal = m_manager->goal(id);
    if (!goal)
        return {};
    switch (role) {
    case GoalIdRole:
        return goal->id;
    case Qt::DisplayRole:
    case TitleRole:
        return goal->title;
    case WhyRole:
        return goal->why;
    case LifeAreaRole:
        return goal->lifeArea;
    case StatusRole:
        return goal->status;
    case StepCountRole:
        return int(m_manager->steps(id).size());
    case StepsDoneRole: {
        const auto steps = m_manager->steps(id);
        return int(std::count_if(steps.begin(), steps.end(), [](const Step &s) { return s.done; }));
    }
    case CheckInCountRole:
        return int(m_manager->checkIns(id).size());
    case LastRatingRole: {
        const auto c = m_manager->checkIns(id);
        return c.empty() ? -1 : c.back().rating;
    }
    case LastCheckInDateRole: {
        const auto c = m_manager->checkIns(id);
        return c.empty() ? QString() : c.back().date;
    }
    case CreatedAtRole:
        return goal->createdAt;
    }
    return {};
}

QHash<int, QByteArray> GoalListModel::roleNames() const
{
    return {{GoalIdRole, "goalId"},
            {TitleRole, "title"},
            {WhyRole, "why"},
            {LifeAreaRole, "lifeArea"},
            {StatusRole, "status"},
            {StepCountRole, "stepCount"},
            {StepsDoneRole, "stepsDone"},
            {CheckInCountRole, "checkInCount"},
            {LastRatingRole, "lastRating"},
            {LastCheckInDateRole, "lastCheckInDate"},
            {CreatedAtRole, "createdAt"}};
}

// ---- StepListModel

StepListModel::StepListModel(QObject *parent) : IdListModel(parent) {}

void StepListModel::setManager(GoalManager *manager)
{
    if (m_manager == manager)
        return;
    if (m_manager)
        m_manager->disconnect(this);
    m_manager = manager;
    if (m_manager) {
        connect(m_manager, &GoalManager::stepsChanged, this, [this](const QString &goalId) {
            if (goalId == m_goalId)
                reload();
        });
        connect(m_manager, &GoalManager::loadedChanged, this, &StepListModel::reload);
    }
    reload();
    Q_EMIT managerChanged();
}

void StepListModel::setGoalId(const QString &goalId)
{
    if (m_goalId == goalId)
        return;
    m_goalId = goalId;
    reload();
    Q_EMIT goalIdChanged();
}

int StepListModel::doneCount() const
{
    return int(std::count_if(m_steps.begin(), m_steps.end(), [](const Step &s) { return s.done; }));
}

void StepListModel::reload()
{
    const int doneBefore = doneCount();
    m_steps = m_manager ? m_manager->steps(m_goalId) : std::vector<Step>{};
    refresh();
    touchAll();
    if (doneBefore != doneCount())
        Q_EMIT countChanged();
}

QStringList StepListModel::wantedIds() const
{
    QStringList ids;
    for (const auto &s : m_steps)
        ids.push_back(s.id);
    return ids;
}

QVariant StepListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString id = ids().at(index.row());
    auto it = std::find_if(m_steps.begin(), m_steps.end(), [&](const Step &s) { return s.id == id; });
    if (it == m_steps.end())
        return {};
    switch (role) {
    case StepIdRole:
        return it->id;
    case Qt::DisplayRole:
    case TitleRole:
        return it->title;
    case DoneRole:
        return it->done;
    case OrderRole:
        return it->order;
    case IsLastRole:
        return index.row() == int(ids().size()) - 1;
    }
    return {};
}

QHash<int, QByteArray> StepListModel::roleNames() const
{
    return {{StepIdRole, "stepId"}, {TitleRole, "title"}, {DoneRole, "done"}, {OrderRole, "order"}, {IsLastRole, "isLast"}};
}

// ---- CheckInListModel

CheckInListModel::CheckInListModel(QObject *parent) : IdListModel(parent)
{
    // The words of recentWeeksText are translated: a new language builds them again.
    connect(LocaleFormat::instance(), &LocaleFormat::changed, this, &CheckInListModel::historyChanged);
}

void CheckInListModel::setManager(GoalManager *manager)
{
    if (m_manager == manager)
        return;
    if (m_manager)
        m_manager->disconnect(this);
    m_manager = manager;
    if (m_manager) {
        connect(m_manager, &GoalManager::checkInsChanged, this, [this](const QString &goalId) {
            if (goalId == m_goalId)
                reload();
        });
        connect(m_manager, &GoalManager::loadedChanged, this, &CheckInListModel::reload);
    }
    reload();
    Q_EMIT managerChanged();
}

void CheckInListModel::setGoalId(const QString &goalId)
{
    if (m_goalId == goalId)
        return;
    m_goalId = goalId;
    reload();
    Q_EMIT goalIdChanged();
}

void CheckInListModel::reload()
{
    m_checkIns = m_manager ? m_manager->checkIns(m_goalId) : std::vector<CheckIn>{};
    refresh();
    Q_EMIT historyChanged();
}

QStringList CheckInListModel::wantedIds() const
{
    QStringList ids;
    for (auto it = m_checkIns.rbegin(); it != m_checkIns.rend(); ++it)
        ids.push_back(it->id);
    return ids;
}

QVariantList CheckInListModel::ratings() const
{
    QVariantList out;
    for (const auto &c : m_checkIns)
        out.push_back(c.rating);
    return out;
}

QStringList CheckInListModel::dates() const
{
    QStringList out;
    for (const auto &c : m_checkIns)
        out.push_back(c.date);
    return out;
}

QString CheckInListModel::recentWeeksText() const
{
    std::vector<DayRating> days;
    days.reserve(m_checkIns.size());
    for (const auto &c : m_checkIns)
        days.push_back({QDate::fromString(c.date, Qt::ISODate), c.rating});
    return recentWeeksInWords(days, LocaleFormat::osloToday());
}

QStringList CheckInListModel::notes() const
{
    QStringList out;
    for (const auto &c : m_checkIns)
        out.push_back(c.note);
    return out;
}

const CheckIn *CheckInListModel::find(const QString &id) const
{
    auto it = std::find_if(m_checkIns.begin(), m_checkIns.end(), [&](const CheckIn &c) { return c.id == id; });
    return it == m_checkIns.end() ? nullptr : &*it;
}

QVariant CheckInListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CheckIn *c = find(ids().at(index.row()));
    if (!c)
        return {};
    switch (role) {
    case CheckInIdRole:
        return c->id;
    case Qt::DisplayRole:
    case RatingRole:
        return c->rating;
    case NoteRole:
        return c->note;
    case DateRole:
        return c->date;
    case CreatedAtRole:
        return c->createdAt;
    }
    return {};
}

QHash<int, QByteArray> CheckInListModel::roleNames() const
{
    return {{CheckInIdRole, "checkInId"},
            {RatingRole, "rating"},
            {NoteRole, "note"},
            {DateRole, "date"},
            {CreatedAtRole, "createdAt"}};
}

// ---- ReflectionListModel

ReflectionListModel::ReflectionListModel(QObject *parent) : IdListModel(parent) {}

void ReflectionListModel::setManager(GoalManager *manager)
{
    if (m_manager == manager)
        return;
    if (m_manager)
        m_manager->disconnect(this);
    m_manager = manager;
    if (m_manager) {
        connect(m_manager, &GoalManager::reflectionsChanged, this, &ReflectionListModel::reload);
        // Reflections show their goal's title.
        connect(m_manager, &GoalManager::goalChanged, this, &ReflectionListModel::touchAll);
        connect(m_manager, &GoalManager::loadedChanged, this, &ReflectionListModel::reload);
    }
    reload();
    Q_EMIT managerChanged();
}

void ReflectionListModel::setGoalId(const QString &goalId)
{
    if (m_goalId == goalId)
        return;
    m_goalId = goalId;
    reload();
    Q_EMIT goalIdChanged();
}

void ReflectionListModel::reload()
{
    m_items = m_manager ? m_manager->reflections(m_goalId) : std::vector<Reflection>{};
    refresh();
    touchAll();
}

QStringList ReflectionListModel::wantedIds() const
{
    QStringList ids;
    for (const auto &r : m_items)
        ids.push_back(r.id);
    return ids;
}

QVariant ReflectionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString id = ids().at(index.row());
    auto it = std::find_if(m_items.begin(), m_items.end(), [&](const Reflection &r) { return r.id == id; });
    if (it == m_items.end())
        return {};
    switch (role) {
    case ReflectionIdRole:
        return it->id;
    case Qt::DisplayRole:
    case TextRole:
        return it->text;
    case DateRole:
        return it->date;
    case GoalIdRole:
        return it->goalId;
    case GoalTitleRole: {
        const auto goal = m_manager && !it->goalId.isEmpty() ? m_manager->goal(it->goalId) : std::nullopt;
        return goal ? goal->title : QString();
    }
    case SharedRole:
        return it->shareWithHelpers;
    }
    return {};
}

QHash<int, QByteArray> ReflectionListModel::roleNames() const
{
    return {{ReflectionIdRole, "reflectionId"}, {TextRole, "noteText"},           {DateRole, "date"},
            {GoalIdRole, "goalId"},             {GoalTitleRole, "goalTitle"}, {SharedRole, "shareWithHelpers"}};
}

// ---- GoalDetails

GoalDetails::GoalDetails(QObject *parent) : QObject(parent) {}

void GoalDetails::setManager(GoalManager *manager)
{
    if (m_manager == manager)
        return;
    if (m_manager)
        m_manager->disconnect(this);
    m_manager = manager;
    if (m_manager) {
        auto follow = [this](const QString &id) {
            if (id == m_goalId)
                reload();
        };
        connect(m_manager, &GoalManager::goalAdded, this, follow);
        connect(m_manager, &GoalManager::goalChanged, this, follow);
        connect(m_manager, &GoalManager::goalRemoved, this, follow);
        connect(m_manager, &GoalManager::loadedChanged, this, &GoalDetails::reload);
    }
    reload();
    Q_EMIT managerChanged();
}

void GoalDetails::setGoalId(const QString &goalId)
{
    if (m_goalId == goalId)
        return;
    m_goalId = goalId;
    reload();
    Q_EMIT goalIdChanged();
}

bool GoalDetails::known() const
{
    return m_goal.has_value() || (m_manager && m_manager->knownGoal(m_goalId));
}

void GoalDetails::reload()
{
    m_goal = m_manager ? m_manager->goal(m_goalId) : std::nullopt;
    Q_EMIT changed();
}

} // namespace medvandrer
