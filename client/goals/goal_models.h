#pragma once

#include "goals/goal_manager.h"
#include "goals/id_list_model.h"

#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>

namespace medvandrer {

// The person's goals: active first, then paused, achieved and (when asked) archived; newest first within each.
class GoalListModel : public IdListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(medvandrer::GoalManager *manager READ manager WRITE setManager NOTIFY managerChanged)
    Q_PROPERTY(bool includeArchived READ includeArchived WRITE setIncludeArchived NOTIFY includeArchivedChanged)
    Q_PROPERTY(int archivedCount READ archivedCount NOTIFY archivedCountChanged)
public:
    enum Role {
        GoalIdRole = Qt::UserRole + 1,
        TitleRole,
        WhyRole,
        LifeAreaRole,
        StatusRole,
        StepCountRole,
        StepsDoneRole,
        CheckInCountRole,
        LastRatingRole,
        LastCheckInDateRole,
        CreatedAtRole,
    };
    Q_ENUM(Role)

    explicit GoalListModel(QObject *parent = nullptr);

    GoalManager *manager() const { return m_manager; }
    void setManager(GoalManager *manager);
    bool includeArchived() const { return m_includeArchived; }
    void setIncludeArchived(bool include);
    int archivedCount() const { return m_archivedCount; }
    // idAt() under its own name: qmllint 6.4 does not see invokables of an anonymous C++ base.
    Q_INVOKABLE QString goalIdAt(int row) const { return idAt(row); }

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void managerChanged();
    void includeArchivedChanged();
    void archivedCountChanged();

protected:
    QStringList wantedIds() const override;

private:
    void reload();
    QPointer<GoalManager> m_manager;
    bool m_includeArchived = false;
    int m_archivedCount = 0;
    mutable int m_archivedSeen = 0; // counted by wantedIds(), which reads every goal anyway
    bool m_reloadPending = false;
};

// The steps of one goal, in the person's order.
class StepListModel : public IdListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(medvandrer::GoalManager *manager READ manager WRITE setManager NOTIFY managerChanged)
    Q_PROPERTY(QString goalId READ goalId WRITE setGoalId NOTIFY goalIdChanged)
    Q_PROPERTY(int doneCount READ doneCount NOTIFY countChanged)
public:
    enum Role { StepIdRole = Qt::UserRole + 1, TitleRole, DoneRole, OrderRole, IsLastRole };
    Q_ENUM(Role)

    explicit StepListModel(QObject *parent = nullptr);

    GoalManager *manager() const { return m_manager; }
    void setManager(GoalManager *manager);
    QString goalId() const { return m_goalId; }
    void setGoalId(const QString &goalId);
    int doneCount() const;

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void managerChanged();
    void goalIdChanged();

protected:
    QStringList wantedIds() const override;

private:
    void reload();
    QPointer<GoalManager> m_manager;
    QString m_goalId;
    std::vector<Step> m_steps;
};

// The check-ins of one goal, newest first; ratings/dates give the history oldest first for the chart.
class CheckInListModel : public IdListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(medvandrer::GoalManager *manager READ manager WRITE setManager NOTIFY managerChanged)
    Q_PROPERTY(QString goalId READ goalId WRITE setGoalId NOTIFY goalIdChanged)
    Q_PROPERTY(QVariantList ratings READ ratings NOTIFY historyChanged)
    Q_PROPERTY(QStringList dates READ dates NOTIFY historyChanged)
    // The notes in the same order (empty where none, or where the share does not include notes).
    Q_PROPERTY(QStringList notes READ notes NOTIFY historyChanged)
    // The last weeks in words, for the chart's text alternative (follows the language chosen now).
    Q_PROPERTY(QString recentWeeksText READ recentWeeksText NOTIFY historyChanged)
public:
    enum Role { CheckInIdRole = Qt::UserRole + 1, RatingRole, NoteRole, DateRole, CreatedAtRole };
    Q_ENUM(Role)

    explicit CheckInListModel(QObject *parent = nullptr);

    GoalManager *manager() const { return m_manager; }
    void setManager(GoalManager *manager);
    QString goalId() const { return m_goalId; }
    void setGoalId(const QString &goalId);
    QVariantList ratings() const;
    QStringList dates() const;
    QStringList notes() const;
    QString recentWeeksText() const;

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void managerChanged();
    void goalIdChanged();
    void historyChanged();

protected:
    QStringList wantedIds() const override;

private:
    void reload();
    const CheckIn *find(const QString &id) const;
    QPointer<GoalManager> m_manager;
    QString m_goalId;
    std::vector<CheckIn> m_checkIns; // oldest first
};

// Reflection notes, newest first: all of them, or those about one goal.
class ReflectionListModel : public IdListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(medvandrer::GoalManager *manager READ manager WRITE setManager NOTIFY managerChanged)
    Q_PROPERTY(QString goalId READ goalId WRITE setGoalId NOTIFY goalIdChanged)
public:
    enum Role { ReflectionIdRole = Qt::UserRole + 1, TextRole, DateRole, GoalIdRole, GoalTitleRole, SharedRole };
    Q_ENUM(Role)

    explicit ReflectionListModel(QObject *parent = nullptr);

    GoalManager *manager() const { return m_manager; }
    void setManager(GoalManager *manager);
    QString goalId() const { return m_goalId; }
    void setGoalId(const QString &goalId);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void managerChanged();
    void goalIdChanged();

protected:
    QStringList wantedIds() const override;

private:
    void reload();
    QPointer<GoalManager> m_manager;
    QString m_goalId;
    std::vector<Reflection> m_items;
};

// One goal's current state for a page: follows edits from this and other devices.
class GoalDetails : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(medvandrer::GoalManager *manager READ manager WRITE setManager NOTIFY managerChanged)
    Q_PROPERTY(QString goalId READ goalId WRITE setGoalId NOTIFY goalIdChanged)
    Q_PROPERTY(bool exists READ exists NOTIFY changed)
    Q_PROPERTY(bool known READ known NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString why READ why NOTIFY changed)
    Q_PROPERTY(QString lifeArea READ lifeArea NOTIFY changed)
    Q_PROPERTY(QString status READ status NOTIFY changed)
    Q_PROPERTY(QString createdAt READ createdAt NOTIFY changed)
public:
    explicit GoalDetails(QObject *parent = nullptr);

    GoalManager *manager() const { return m_manager; }
    void setManager(GoalManager *manager);
    QString goalId() const { return m_goalId; }
    void setGoalId(const QString &goalId);

    bool exists() const { return m_goal.has_value(); }
    // Stored, or just created here and on its way to the store (a goal page stays open for it).
    bool known() const;
    QString title() const { return m_goal ? m_goal->title : QString(); }
    QString why() const { return m_goal ? m_goal->why : QString(); }
    QString lifeArea() const { return m_goal ? m_goal->lifeArea : QString(); }
    QString status() const { return m_goal ? m_goal->status : QString(); }
    QString createdAt() const { return m_goal ? m_goal->createdAt : QString(); }

Q_SIGNALS:
    void managerChanged();
    void goalIdChanged();
    void changed();

private:
    void reload();
    QPointer<GoalManager> m_manager;
    QString m_goalId;
    std::optional<Goal> m_goal;
};

} // namespace medvandrer
