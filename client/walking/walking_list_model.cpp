#include "walking/walking_list_model.h"

#include "walking/walking_manager.h"

namespace medvandrer {

namespace {
// Every list's rows use some of these keys; one fixed set keeps the roles stable when the list changes.
const QList<QByteArray> &allRoles()
{
    static const QList<QByteArray> roles{
        "id",        "title",      "subtitle",  "goalId",    "goalTitle",   "helperId",   "helperName",
        "personId",  "personName", "level",     "text",      "authorName",  "mine",       "isReply",
        "replyTo",   "createdAt",  "when",      "category",  "week",        "read",       "count",
        "daysSince", "quiet",      "lastCheckIn", "goalCount", "countText", "canComment", "action",
        "includeNotes", "rowId"}; // the row's id again: QML cannot name a property "id"
    return roles;
}
} // namespace

WalkingListModel::WalkingListModel(QObject *parent) : QAbstractListModel(parent), m_roles(allRoles()) {}

void WalkingListModel::setManager(WalkingManager *manager)
{
    if (m_manager == manager)
        return;
    if (m_manager)
        m_manager->disconnect(this);
    m_manager = manager;
    if (m_manager)
        connect(m_manager, &WalkingManager::dataChanged, this, &WalkingListModel::reload);
    reload();
    Q_EMIT managerChanged();
}

void WalkingListModel::setList(List list)
{
    if (m_list == list)
        return;
    m_list = list;
    reload();
    Q_EMIT listChanged();
}

void WalkingListModel::setFilterId(const QString &id)
{
    if (m_filterId == id)
        return;
    m_filterId = id;
    reload();
    Q_EMIT filterIdChanged();
}

void WalkingListModel::reload()
{
    QList<QVariantMap> rows = m_manager ? m_manager->rows(m_list, m_filterId) : QList<QVariantMap>{};
    auto idsOf = [](const QList<QVariantMap> &list) {
        QStringList ids;
        for (const auto &r : list)
            ids.push_back(r.value(QStringLiteral("id")).toString());
        return ids;
    };
    if (idsOf(rows) == idsOf(m_rows)) {
        // Same rows in the same order: only their contents may differ, so views keep place and focus.
        for (int i = 0; i < rows.size(); ++i) {
            if (rows[i] != m_rows[i]) {
                m_rows[i] = rows[i];
                Q_EMIT dataChanged(index(i), index(i));
            }
        }
        return;
    }
    const int before = int(m_rows.size());
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (before != int(m_rows.size()))
        Q_EMIT countChanged();
}

int WalkingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant WalkingListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int key = role - Qt::UserRole - 1;
    if (key < 0 || key >= m_roles.size())
        return role == Qt::DisplayRole ? m_rows[index.row()].value(QStringLiteral("title")) : QVariant();
    const QByteArray &name = m_roles[key];
    return m_rows[index.row()].value(QString::fromLatin1(name == "rowId" ? QByteArray("id") : name));
}

QHash<int, QByteArray> WalkingListModel::roleNames() const
{
    QHash<int, QByteArray> names;
    for (int i = 0; i < m_roles.size(); ++i)
        names.insert(Qt::UserRole + 1 + i, m_roles[i]);
    return names;
}

QVariantMap WalkingListModel::get(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row] : QVariantMap();
}

QString WalkingListModel::textAt(int row, const QString &key) const
{
    return get(row).value(key).toString();
}

} // namespace medvandrer
