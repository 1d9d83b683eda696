#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QStringList>

namespace medvandrer {

// A list model whose rows are record ids. Subclasses compute the wanted id order; the base turns the
// difference into the smallest row inserts, moves and removals, so views keep their place and focus.
class IdListModel : public QAbstractListModel
{
    Q_OBJECT
    // Known to QML tools, so count and idAt() of the concrete models type-check.
    QML_ELEMENT
    QML_UNCREATABLE("Base of the record list models")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int count() const { return int(m_ids.size()); }
    Q_INVOKABLE QString idAt(int row) const;
    int rowOf(const QString &id) const { return int(m_ids.indexOf(id)); }

Q_SIGNALS:
    void countChanged();

protected:
    // Recomputes the rows from wantedIds() and applies the difference.
    void refresh();
    // Tells views that one row's data changed.
    void touch(const QString &id);
    void touchAll();
    virtual QStringList wantedIds() const = 0;
    const QStringList &ids() const { return m_ids; }

private:
    QStringList m_ids;
};

} // namespace medvandrer
