#include "goals/id_list_model.h"

#include <QSet>

namespace medvandrer {

int IdListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

QString IdListModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : QString();
}

void IdListModel::refresh()
{
    const QStringList wanted = wantedIds();
    const int before = int(m_ids.size());
    const QSet<QString> keep(wanted.begin(), wanted.end());
    for (int row = int(m_ids.size()) - 1; row >= 0; --row) {
        if (!keep.contains(m_ids.at(row))) {
            beginRemoveRows({}, row, row);
            m_ids.removeAt(row);
            endRemoveRows();
        }
    }
    for (int i = 0; i < wanted.size(); ++i) {
        if (i < m_ids.size() && m_ids.at(i) == wanted.at(i))
            continue;
        const int from = int(m_ids.indexOf(wanted.at(i), i + 1));
        if (from >= 0) {
            beginMoveRows({}, from, from, {}, i);
            m_ids.move(from, i);
            endMoveRows();
        } else {
            beginInsertRows({}, i, i);
            m_ids.insert(i, wanted.at(i));
            endInsertRows();
        }
    }
    if (before != m_ids.size())
        Q_EMIT countChanged();
}

void IdListModel::touch(const QString &id)
{
    const int row = rowOf(id);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row));
}

void IdListModel::touchAll()
{
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_ids.size()) - 1));
}

} // namespace medvandrer
