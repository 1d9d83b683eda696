#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantMap>

Q_MOC_INCLUDE("walking/walking_manager.h")

namespace medvandrer {

class WalkingManager;


// One list of the walking-beside screens (what I share, my participants, comments on a goal, …) as rows the
// WalkingManager computes from the device's records. Rows are keyed by "id"; roles are the row's keys.
class WalkingListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(medvandrer::WalkingManager *manager READ manager WRITE setManager NOTIFY managerChanged)
    Q_PROPERTY(List list READ list WRITE setList NOTIFY listChanged)
    // The goal (comments, goal shares) or the person (person goals) the list is about.
    Q_PROPERTY(QString filterId READ filterId WRITE setFilterId NOTIFY filterIdChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    enum List {
        MyShares,         // consents I gave: goal, helper, level
        GoalShares,       // consents on one goal (filterId = goal)
        Helpers,          // the team's erfaringskonsulenter (cached list_helpers)
        Participants,     // «mine deltakere»: people who share with me
        PersonGoals,      // goals one person shares with me (filterId = person's account id)
        Comments,         // comments on one goal, replies under what they answer (filterId = goal)
        Suggestions,      // the forslagskasse (koordinator)
        SuggestionCounts, // per week and category, shown only from 5 up
        Answers,          // «Du sa – vi gjorde»
        AccessLog         // «Hvem har sett mine data»
    };
    Q_ENUM(List)

    explicit WalkingListModel(QObject *parent = nullptr);

    WalkingManager *manager() const { return m_manager; }
    void setManager(WalkingManager *manager);
    List list() const { return m_list; }
    void setList(List list);
    QString filterId() const { return m_filterId; }
    void setFilterId(const QString &id);
    int count() const { return int(m_rows.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    Q_INVOKABLE QVariantMap get(int row) const;
    // One value of a row as text ("" past the end), for bindings that need a single key.
    Q_INVOKABLE QString textAt(int row, const QString &key) const;

Q_SIGNALS:
    void managerChanged();
    void listChanged();
    void filterIdChanged();
    void countChanged();

private:
    void reload();

    QPointer<WalkingManager> m_manager;
    List m_list = MyShares;
    QString m_filterId;
    QList<QVariantMap> m_rows;
    QList<QByteArray> m_roles;
};

} // namespace medvandrer
