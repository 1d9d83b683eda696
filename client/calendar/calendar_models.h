#pragma once

#include "calendar/calendar_manager.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantMap>

namespace medvandrer {

// Rows of named values for the calendar's lists; a subclass names its roles and rebuilds the rows when the
// manager says something changed. Lists are short (a week of sessions), so a rebuild resets the model.
// Subclasses name their base with its namespace: Qt 6.4's qmltyperegistrar drops an unqualified base, and QML tools then miss count, manager and get().
class CalendarRowsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Base of the calendar list models")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(medvandrer::CalendarManager *manager READ manager WRITE setManager NOTIFY managerChanged)
public:
    CalendarRowsModel(QStringList roles, QObject *parent);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_rows.size()); }
    // One row's values by role name (tests, and pages that open the first row).
    Q_INVOKABLE QVariantMap get(int row) const;

    CalendarManager *manager() const { return m_manager; }
    void setManager(CalendarManager *manager);

Q_SIGNALS:
    void countChanged();
    void managerChanged();

protected:
    void reload();
    virtual QList<QVariantMap> buildRows() const = 0;
    // Which manager signals make this list stale.
    virtual void watch(CalendarManager *manager) = 0;

private:
    QStringList m_roles;
    QList<QVariantMap> m_rows;
    QPointer<CalendarManager> m_manager;
};

// The sessions of one day or one week (Monday first), filtered by organiser kind and tag.
class CalendarSessionModel : public medvandrer::CalendarRowsModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QDate anchorDate READ anchorDate WRITE setAnchorDate NOTIFY rangeChanged)
    Q_PROPERTY(bool weekView READ weekView WRITE setWeekView NOTIFY rangeChanged)
    Q_PROPERTY(QString organiserKind READ organiserKind WRITE setOrganiserKind NOTIFY filterChanged)
    Q_PROPERTY(QString tag READ tag WRITE setTag NOTIFY filterChanged)
    Q_PROPERTY(QString rangeTitle READ rangeTitle NOTIFY rangeChanged)
public:
    explicit CalendarSessionModel(QObject *parent = nullptr);

    QDate anchorDate() const { return m_anchor; }
    void setAnchorDate(QDate date);
    bool weekView() const { return m_week; }
    void setWeekView(bool week);
    QString organiserKind() const { return m_kind; }
    void setOrganiserKind(const QString &kind);
    QString tag() const { return m_tag; }
    void setTag(const QString &tag);
    QString rangeTitle() const;

    Q_INVOKABLE void previous();
    Q_INVOKABLE void next();
    Q_INVOKABLE void today();
    // The first row that starts today or later (Norwegian time), or -1: where «Today» takes the week's list.
    Q_INVOKABLE int firstRowFromToday() const;

Q_SIGNALS:
    void rangeChanged();
    void filterChanged();

protected:
    QList<QVariantMap> buildRows() const override;
    void watch(CalendarManager *manager) override;

private:
    QDate firstDay() const;
    QDate m_anchor = QDate::currentDate();
    bool m_week = true;
    QString m_kind;
    QString m_tag;
};

// The person's own bookings, soonest first; past and finished ones after the upcoming ones.
class MyBookingModel : public medvandrer::CalendarRowsModel
{
    Q_OBJECT
    QML_ELEMENT
public:
    explicit MyBookingModel(QObject *parent = nullptr);

protected:
    QList<QVariantMap> buildRows() const override;
    void watch(CalendarManager *manager) override;
};

// What changed about the person's bookings, newest first.
class CalendarNoticeModel : public medvandrer::CalendarRowsModel
{
    Q_OBJECT
    QML_ELEMENT
public:
    explicit CalendarNoticeModel(QObject *parent = nullptr);

protected:
    QList<QVariantMap> buildRows() const override;
    void watch(CalendarManager *manager) override;
};

// Who is booked and waiting for a session, as the server told the koordinator.
class ParticipantModel : public medvandrer::CalendarRowsModel
{
    Q_OBJECT
    QML_ELEMENT
public:
    explicit ParticipantModel(QObject *parent = nullptr);

protected:
    QList<QVariantMap> buildRows() const override;
    void watch(CalendarManager *manager) override;
};

} // namespace medvandrer
