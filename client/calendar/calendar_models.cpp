#include "calendar/calendar_models.h"

#include "core/locale_format.h"

#include <optional>

namespace medvandrer {

namespace {
QString kindLabel(const QString &kind)
{
    if (kind == QLatin1String("kommune"))
        return CalendarSessionModel::tr("Municipality");
    if (kind == QLatin1String("brukerorganisasjon"))
        return CalendarSessionModel::tr("User organisation");
    if (kind == QLatin1String("frivillig"))
        return CalendarSessionModel::tr("Volunteers");
    return kind;
}

QVariantMap sessionRow(const CalendarManager &m, const CalendarSession &s)
{
    const LocaleFormat &format = *LocaleFormat::instance();
    QVariantMap row;
    row[QStringLiteral("activityId")] = s.activity.id;
    row[QStringLiteral("sessionStart")] = s.sessionStart;
    row[QStringLiteral("startMs")] = s.startMs;
    row[QStringLiteral("title")] = s.activity.title;
    row[QStringLiteral("organiser")] = s.activity.organiser;
    row[QStringLiteral("organiserKind")] = kindLabel(s.activity.organiserKind);
    row[QStringLiteral("address")] = s.activity.address;
    row[QStringLiteral("dayLabel")] = format.formatMs(s.startMs, LocaleFormat::WeekdayDayMonth);
    row[QStringLiteral("timeText")] = CalendarManager::timeRangeText(s.startMs, s.endMs);
    row[QStringLiteral("tags")] = s.activity.tags.join(QStringLiteral(" · "));
    row[QStringLiteral("cancelled")] = s.cancelled;
    row[QStringLiteral("seatsText")] = s.cancelled ? QString() : m.seatsText(s);
    const auto b = m.myBooking(s.activity.id, s.sessionStart);
    // A cancelled session says «Cancelled» once; the booking cancelled with it gets no second chip.
    const bool quiet = b && s.cancelled && !b->isActive();
    row[QStringLiteral("stateText")] = b && !quiet ? m.stateText(*b) : QString();
    row[QStringLiteral("status")] = b ? b->status : QString();
    row[QStringLiteral("warning")] = s.cancelled;
    return row;
}

QString dayText(qint64 ms)
{
    return LocaleFormat::instance()->formatMs(ms, LocaleFormat::WeekdayDayMonth);
}
} // namespace

CalendarRowsModel::CalendarRowsModel(QStringList roles, QObject *parent)
    : QAbstractListModel(parent), m_roles(std::move(roles))
{
    // Rows hold translated and formatted text: built again in the language chosen now.
    connect(LocaleFormat::instance(), &LocaleFormat::changed, this, &CalendarRowsModel::reload);
}

int CalendarRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CalendarRowsModel::data(const QModelIndex &index, int role) const
{
    const int i = role - Qt::UserRole - 1;
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || i < 0 ||
        i >= m_roles.size())
        return {};
    return m_rows.at(index.row()).value(m_roles.at(i));
}

QHash<int, QByteArray> CalendarRowsModel::roleNames() const
{
    QHash<int, QByteArray> names;
    for (int i = 0; i < m_roles.size(); ++i)
        names.insert(Qt::UserRole + 1 + i, m_roles.at(i).toUtf8());
    return names;
}

QVariantMap CalendarRowsModel::get(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QVariantMap();
}

void CalendarRowsModel::setManager(CalendarManager *manager)
{
    if (m_manager == manager)
        return;
    if (m_manager)
        m_manager->disconnect(this);
    m_manager = manager;
    if (m_manager)
        watch(m_manager);
    Q_EMIT managerChanged();
    reload();
}

void CalendarRowsModel::reload()
{
    const int before = int(m_rows.size());
    beginResetModel();
    m_rows = m_manager ? buildRows() : QList<QVariantMap>();
    endResetModel();
    if (before != m_rows.size())
        Q_EMIT countChanged();
}

CalendarSessionModel::CalendarSessionModel(QObject *parent)
    : CalendarRowsModel({QStringLiteral("activityId"), QStringLiteral("sessionStart"), QStringLiteral("title"),
                         QStringLiteral("organiser"), QStringLiteral("organiserKind"), QStringLiteral("address"),
                         QStringLiteral("dayLabel"), QStringLiteral("timeText"), QStringLiteral("tags"),
                         QStringLiteral("cancelled"), QStringLiteral("seatsText"), QStringLiteral("stateText"),
                         QStringLiteral("status"), QStringLiteral("warning")},
                        parent)
{
    connect(LocaleFormat::instance(), &LocaleFormat::changed, this, &CalendarSessionModel::rangeChanged);
}

void CalendarSessionModel::watch(CalendarManager *manager)
{
    connect(manager, &CalendarManager::activitiesChanged, this, &CalendarSessionModel::reload);
    connect(manager, &CalendarManager::bookingsChanged, this, &CalendarSessionModel::reload);
}

QDate CalendarSessionModel::firstDay() const
{
    return m_week ? m_anchor.addDays(1 - m_anchor.dayOfWeek()) : m_anchor;
}

void CalendarSessionModel::setAnchorDate(QDate date)
{
    if (!date.isValid() || date == m_anchor)
        return;
    m_anchor = date;
    Q_EMIT rangeChanged();
    reload();
}

void CalendarSessionModel::setWeekView(bool week)
{
    if (week == m_week)
        return;
    m_week = week;
    Q_EMIT rangeChanged();
    reload();
}

void CalendarSessionModel::setOrganiserKind(const QString &kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    Q_EMIT filterChanged();
    reload();
}

void CalendarSessionModel::setTag(const QString &tag)
{
    if (tag == m_tag)
        return;
    m_tag = tag;
    Q_EMIT filterChanged();
    reload();
}

QString CalendarSessionModel::rangeTitle() const
{
    const LocaleFormat &format = *LocaleFormat::instance();
    const QDate first = firstDay();
    if (!m_week)
        return format.formatDay(first, LocaleFormat::LongDate);
    //: The calendar's week heading: week number, first and last day («Week 49: 30 Nov – 6 Dec»).
    return tr("Week %1: %2 – %3")
        .arg(first.weekNumber())
        .arg(format.formatDay(first, LocaleFormat::DayMonth), format.formatDay(first.addDays(6), LocaleFormat::DayMonth));
}

void CalendarSessionModel::previous()
{
    setAnchorDate(m_anchor.addDays(m_week ? -7 : -1));
}

void CalendarSessionModel::next()
{
    setAnchorDate(m_anchor.addDays(m_week ? 7 : 1));
}

void CalendarSessionModel::today()
{
    setAnchorDate(LocaleFormat::osloToday());
}

int CalendarSessionModel::firstRowFromToday() const
{
    const qint64 midnight = LocaleFormat::osloDateTime(LocaleFormat::osloToday(), QTime(0, 0)).toMSecsSinceEpoch();
    for (int row = 0; row < rowCount(); ++row) {
        if (get(row).value(QStringLiteral("startMs")).toLongLong() >= midnight)
            return row;
    }
    return -1;
}

QList<QVariantMap> CalendarSessionModel::buildRows() const
{
    // Days on Norwegian time, as the sessions are shown.
    const QDateTime from = LocaleFormat::osloDateTime(firstDay(), QTime(0, 0));
    const QDateTime to = LocaleFormat::osloDateTime(firstDay().addDays(m_week ? 7 : 1), QTime(0, 0));
    QList<QVariantMap> rows;
    for (const auto &s : manager()->sessionsBetween(from, to, m_kind, m_tag))
        rows.push_back(sessionRow(*manager(), s));
    return rows;
}

MyBookingModel::MyBookingModel(QObject *parent)
    : CalendarRowsModel({QStringLiteral("bookingId"), QStringLiteral("activityId"), QStringLiteral("sessionStart"),
                         QStringLiteral("title"), QStringLiteral("dayLabel"), QStringLiteral("timeText"),
                         QStringLiteral("address"), QStringLiteral("status"), QStringLiteral("stateText"),
                         QStringLiteral("past"), QStringLiteral("warning")},
                        parent)
{
}

void MyBookingModel::watch(CalendarManager *manager)
{
    connect(manager, &CalendarManager::activitiesChanged, this, &MyBookingModel::reload);
    connect(manager, &CalendarManager::bookingsChanged, this, &MyBookingModel::reload);
}

QList<QVariantMap> MyBookingModel::buildRows() const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<QVariantMap> upcoming, past;
    for (const Booking &b : manager()->myBookings()) {
        const auto s = manager()->session(b.activityId, b.sessionStart);
        QVariantMap row = s ? sessionRow(*manager(), *s) : QVariantMap();
        row[QStringLiteral("bookingId")] = b.id;
        row[QStringLiteral("activityId")] = b.activityId;
        row[QStringLiteral("sessionStart")] = b.sessionStart;
        row[QStringLiteral("status")] = b.status;
        row[QStringLiteral("stateText")] = manager()->stateText(b);
        row[QStringLiteral("warning")] = manager()->cancelledByOrganiser(b);
        if (!s) {
            const auto a = manager()->activity(b.activityId);
            row[QStringLiteral("title")] = a ? a->title : tr("An activity no longer in the calendar");
            // The koordinator changed the times and the server has not moved the booking yet: show where it goes.
            const QString moved = a && b.isActive() ? manager()->currentSessionFor(b.activityId, b.sessionStart)
                                                    : QString();
            const auto to = moved.isEmpty() ? std::nullopt : manager()->session(b.activityId, moved);
            const qint64 shownMs = to ? to->startMs : b.sessionMs;
            row[QStringLiteral("dayLabel")] = dayText(shownMs);
            row[QStringLiteral("timeText")] = LocaleFormat::instance()->formatMs(shownMs, LocaleFormat::Time);
            if (to) {
                row[QStringLiteral("sessionStart")] = to->sessionStart;
                row[QStringLiteral("stateText")] = tr("New time: your booking is being moved, waiting for sync");
            } else if (a && b.isActive()) {
                row[QStringLiteral("stateText")] = tr("The time has changed: waiting for the server");
            }
        }
        const bool isPast = b.sessionMs < now || !b.isActive();
        row[QStringLiteral("past")] = isPast;
        (isPast ? past : upcoming).push_back(row);
    }
    return upcoming + past;
}

CalendarNoticeModel::CalendarNoticeModel(QObject *parent)
    : CalendarRowsModel({QStringLiteral("message"), QStringLiteral("activityTitle"), QStringLiteral("activityId"),
                         QStringLiteral("sessionStart"), QStringLiteral("whenText"), QStringLiteral("read"),
                         QStringLiteral("sessionText")},
                        parent)
{
}

void CalendarNoticeModel::watch(CalendarManager *manager)
{
    connect(manager, &CalendarManager::notificationsChanged, this, &CalendarNoticeModel::reload);
}

QList<QVariantMap> CalendarNoticeModel::buildRows() const
{
    const LocaleFormat &format = *LocaleFormat::instance();
    QList<QVariantMap> rows;
    for (const CalendarNotice &n : manager()->notices()) {
        // Told in the language chosen now, from what the server said (not from the text made back then).
        rows.push_back({{QStringLiteral("message"), n.text()},
                        {QStringLiteral("activityTitle"), n.activityTitle},
                        {QStringLiteral("activityId"), n.activityId},
                        {QStringLiteral("sessionStart"), n.sessionStart},
                        {QStringLiteral("whenText"), format.format(n.when, LocaleFormat::ShortDateTime)},
                        {QStringLiteral("read"), n.read},
                        {QStringLiteral("sessionText"), n.sessionsText()}});
    }
    return rows;
}

ParticipantModel::ParticipantModel(QObject *parent)
    : CalendarRowsModel({QStringLiteral("bookingId"), QStringLiteral("displayName"), QStringLiteral("status"),
                         QStringLiteral("position"), QStringLiteral("sessionStart"), QStringLiteral("stateText"),
                         QStringLiteral("pending"), QStringLiteral("canMarkAttended"), QStringLiteral("canUndoAttended")},
                        parent)
{
}

void ParticipantModel::watch(CalendarManager *manager)
{
    connect(manager, &CalendarManager::participantsChanged, this, &ParticipantModel::reload);
}

QList<QVariantMap> ParticipantModel::buildRows() const
{
    QList<QVariantMap> rows;
    for (const QVariant &v : manager()->participants()) {
        QVariantMap row = v.toMap();
        const QString s = row.value(QStringLiteral("status")).toString();
        // «Was here» from the session's start until the window closes; undo in the same window.
        const bool open = manager()->attendanceOpen(manager()->participantsActivity(),
                                                    row.value(QStringLiteral("sessionStart")).toString());
        const bool pending = row.value(QStringLiteral("pending")).toBool();
        row[QStringLiteral("canMarkAttended")] = open && !pending && s == QLatin1String("confirmed");
        row[QStringLiteral("canUndoAttended")] = open && !pending && s == QLatin1String("attended");
        QString text;
        if (s == QLatin1String("confirmed"))
            text = tr("Booked");
        else if (s == QLatin1String("waitlisted"))
            text = tr("Waiting, number %1").arg(row.value(QStringLiteral("position")).toInt());
        else if (s == QLatin1String("offered"))
            text = tr("Offered a seat");
        else if (s == QLatin1String("attended"))
            text = row.value(QStringLiteral("pending")).toBool() ? tr("Attended (waiting for sync)") : tr("Attended");
        else if (s == QLatin1String("cancelled"))
            text = tr("Cancelled");
        else if (s == QLatin1String("declined"))
            text = tr("Passed on the seat");
        else
            text = s;
        row[QStringLiteral("stateText")] = text;
        rows.push_back(row);
    }
    return rows;
}

} // namespace medvandrer
