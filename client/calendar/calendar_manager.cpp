#include "calendar/calendar_manager.h"

#include "calendar/calendar_models.h"

#include "calendar/calendar_time.h"
#include "calendar/ics_export.h"
#include "calendar/recurrence.h"
#include "core/locale_format.h"
#include "core/uuid.h"
#include "goals/goal_manager.h"
#include "records/schema.h"
#include "store/device_store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QThreadPool>

#include <algorithm>

namespace medvandrer {

Q_LOGGING_CATEGORY(lcCalendar, "medvandrer.calendar")

namespace {
CalendarManager *s_calendarManager = nullptr;

const std::string activityKind(kinds::activity);
const std::string bookingKind(kinds::booking);
const QString participantsTag = QStringLiteral("calendar.participants");
// The Calendar tab's name lives in Main.qml; its translation belongs to the calendar's .ts file.
[[maybe_unused]] const char *tabName = QT_TRANSLATE_NOOP("Main", "Calendar");
// Qt's standard dialog buttons in bokmål: Debian has no qtbase_nb, so language.cpp loads nynorsk and these win.
[[maybe_unused]] const char *qtButtons[] = {
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),       QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"), QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),     QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),      QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),   QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),   QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),     QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close without Saving")};
// Qt Quick's own file dialog (the .ics save dialog) has no nynorsk or bokmål words for these.
[[maybe_unused]] const char *fileDialogWords[] = {QT_TRANSLATE_NOOP("FileDialog", "File name"),
                                                  QT_TRANSLATE_NOOP("FileDialog", "Filter")};
constexpr qint64 msPerHour = 3'600'000;

// An offer's deadline: the time alone today, with the day otherwise (Oslo's clock, the chosen language).
QString timeText(const QDateTime &when)
{
    const LocaleFormat &format = *LocaleFormat::instance();
    const bool today = LocaleFormat::inOslo(when).date() == LocaleFormat::inOslo(QDateTime::currentDateTimeUtc()).date();
    return format.format(when, today ? LocaleFormat::Time : LocaleFormat::ShortDateTime);
}

Json jsonOf(const QVariant &v)
{
    return fromVariant(v);
}

QString sessionKey(const QString &activityId, const QString &sessionStart)
{
    return activityId + QLatin1Char('|') + sessionStart;
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

CalendarManager::CalendarManager(QObject *parent) : QObject(parent), m_browse(new CalendarSessionModel(this))
{
    m_browse->setManager(this);
}

void CalendarManager::setBrowseScroll(qreal y)
{
    if (qFuzzyCompare(m_browseScroll + 1, y + 1))
        return;
    m_browseScroll = y;
    Q_EMIT browseScrollChanged();
}

void CalendarManager::setBrowseFiltersShown(bool shown)
{
    if (m_browseFiltersShown == shown)
        return;
    m_browseFiltersShown = shown;
    Q_EMIT browseFiltersShownChanged();
}

void CalendarManager::setInstance(CalendarManager *instance)
{
    s_calendarManager = instance;
}

CalendarManager *CalendarManager::ensureInstance(DeviceStore *store)
{
    if (!s_calendarManager) {
        s_calendarManager = new CalendarManager(QCoreApplication::instance());
        s_calendarManager->setDeviceStore(store);
    }
    return s_calendarManager;
}

CalendarManager *CalendarManager::create(QQmlEngine *engine, QJSEngine *js)
{
    // main() wires the goals; the calendar follows the same device store.
    CalendarManager *m = ensureInstance(GoalManager::create(engine, js)->deviceStore());
    QJSEngine::setObjectOwnership(m, QJSEngine::CppOwnership);
    return m;
}

void CalendarManager::setDeviceStore(DeviceStore *store)
{
    if (m_store == store)
        return;
    if (m_store)
        m_store->disconnect(this);
    m_store = store;
    if (!m_store)
        return;
    connect(m_store, &DeviceStore::recordsUpdated, this, &CalendarManager::onRecordsUpdated);
    connect(m_store, &DeviceStore::sessionChanged, this, &CalendarManager::roleChanged);
    connect(m_store, &DeviceStore::applyFailed, this, [this](quint64, const QString &message) {
        Q_EMIT errorOccurred(tr("Could not save: %1").arg(message));
    });
    connect(m_store, &DeviceStore::requestAnswered, this, [this](const QString &tag, const QByteArray &body) {
        if (tag != m_participantsTag)
            return;
        const Json reply = Json::parse(body.toStdString(), nullptr, false);
        if (reply.is_discarded() || !reply.contains("participants") || !reply["participants"].is_array()) {
            setParticipantRows({}, QStringLiteral("error"));
        } else {
            QVariantList rows;
            for (const Json &p : reply["participants"]) {
                if (!p.is_object())
                    continue;
                QVariantMap row;
                row[QStringLiteral("bookingId")] = qs(p.value("bookingId", std::string()));
                row[QStringLiteral("displayName")] = qs(p.value("displayName", std::string()));
                row[QStringLiteral("status")] = qs(p.value("status", std::string()));
                row[QStringLiteral("position")] = p.contains("position") && p["position"].is_number_integer()
                                                      ? p["position"].get<int>()
                                                      : 0;
                row[QStringLiteral("sessionStart")] = qs(p.value("sessionStart", std::string()));
                row[QStringLiteral("pending")] = false;
                rows.push_back(row);
            }
            setParticipantRows(rows, QStringLiteral("ready"));
        }
    });
    connect(m_store, &DeviceStore::requestFailed, this, [this](const QString &tag, const QString &code, const QString &) {
        if (tag != m_participantsTag)
            return;
        setParticipantRows({}, code == QLatin1String("offline") ? QStringLiteral("offline") : QStringLiteral("error"));
    });
    // The store may have loaded (and synced) before this manager existed: take in what it already holds.
    connect(m_store, &DeviceStore::loaded, this, &CalendarManager::takeInSnapshot);
    QSettings settings(settingsFile(), QSettings::IniFormat);
    m_fullTitles = settings.value(QStringLiteral("calendar/fullTitlesInExport"), false).toBool();
    Q_EMIT fullTitlesInExportChanged();
    Q_EMIT roleChanged();
    takeInSnapshot();
}

void CalendarManager::takeInSnapshot()
{
    if (!m_store)
        return;
    for (const Record *a : m_store->records(activityKind))
        noteActivityTimes(qs(a->id), a->isDeleted() ? nullptr : a);
    const QString me = accountId();
    for (const Record *r : m_store->records(bookingKind)) {
        if (r->isDeleted() || qs(r->owner) != me || m_known.contains(qs(r->id)))
            continue;
        const Booking b = Booking::fromRecord(*r);
        m_known.insert(qs(r->id), KnownBooking{b.status, b.position, b.sessionStart, b.sessionMs});
    }
    Q_EMIT activitiesChanged();
    Q_EMIT bookingsChanged();
}

QString CalendarManager::settingsFile() const
{
    return m_store ? QDir(m_store->dataDir()).filePath(QStringLiteral("ui.ini")) : QString();
}

QString CalendarManager::accountId() const
{
    return m_store ? m_store->session().accountId : QString();
}

bool CalendarManager::canEditActivities() const
{
    const QString role = m_roleOverride.isEmpty() && m_store ? m_store->session().role : m_roleOverride;
    return role == QLatin1String("koordinator");
}

void CalendarManager::setRoleOverride(const QString &role)
{
    m_roleOverride = role;
    Q_EMIT roleChanged();
}

QStringList CalendarManager::organiserKinds() const
{
    QStringList out;
    if (const KindSpec *k = kindSpec(kinds::activity)) {
        if (const FieldSpec *f = k->field("organiserKind")) {
            for (const auto &v : f->values)
                out.push_back(qs(v));
        }
    }
    return out;
}

QStringList CalendarManager::tags() const
{
    QStringList out;
    for (const Activity &a : activities()) {
        for (const QString &t : a.tags) {
            if (!out.contains(t))
                out.push_back(t);
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

void CalendarManager::setFullTitlesInExport(bool full)
{
    if (m_fullTitles == full)
        return;
    m_fullTitles = full;
    if (m_store) {
        QSettings settings(settingsFile(), QSettings::IniFormat);
        settings.setValue(QStringLiteral("calendar/fullTitlesInExport"), full);
    }
    Q_EMIT fullTitlesInExportChanged();
}

int CalendarManager::unreadNotifications() const
{
    return int(std::count_if(m_notices.begin(), m_notices.end(), [](const CalendarNotice &n) { return !n.read; }));
}

std::vector<Activity> CalendarManager::activities() const
{
    std::vector<Activity> out;
    if (!m_store)
        return out;
    for (const Record *r : m_store->records(kinds::activity))
        out.push_back(Activity::fromRecord(*r));
    return out;
}

std::optional<Activity> CalendarManager::activity(const QString &id) const
{
    const Record *r = m_store ? m_store->record(ss(id)) : nullptr;
    if (!r || r->kind != kinds::activity)
        return std::nullopt;
    return Activity::fromRecord(*r);
}

std::vector<CalendarSession> CalendarManager::sessionsBetween(const QDateTime &from, const QDateTime &to,
                                                              const QString &organiserKind, const QString &tag) const
{
    std::vector<CalendarSession> out;
    if (!m_store)
        return out;
    for (const Record *r : m_store->records(kinds::activity)) {
        const auto times = calendar::activityTimes(*r);
        if (!times)
            continue;
        const Activity a = Activity::fromRecord(*r);
        if (!organiserKind.isEmpty() && a.organiserKind != organiserKind)
            continue;
        if (!tag.isEmpty() && !a.tags.contains(tag))
            continue;
        for (const auto &s : calendar::sessionsBetween(*times, from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch())) {
            CalendarSession cs{a, s.startMs, s.endMs, qs(calendar::formatUtc(s.startMs)), false, s.index};
            cs.cancelled = a.cancelled || a.cancelledSessions.contains(cs.sessionStart);
            out.push_back(std::move(cs));
        }
    }
    std::sort(out.begin(), out.end(), [](const CalendarSession &x, const CalendarSession &y) {
        return x.startMs != y.startMs ? x.startMs < y.startMs : x.activity.title < y.activity.title;
    });
    return out;
}

std::optional<CalendarSession> CalendarManager::session(const QString &activityId, const QString &sessionStart) const
{
    const Record *r = m_store ? m_store->record(ss(activityId)) : nullptr;
    const auto startMs = calendar::parseDateTimeMs(ss(sessionStart));
    if (!r || r->kind != kinds::activity || !startMs)
        return std::nullopt;
    const auto times = calendar::activityTimes(*r);
    const auto s = times ? calendar::sessionAt(*times, *startMs) : std::nullopt;
    if (!s)
        return std::nullopt;
    CalendarSession cs{Activity::fromRecord(*r), s->startMs, s->endMs, qs(calendar::formatUtc(s->startMs)), false,
                       s->index};
    cs.cancelled = cs.activity.cancelled || cs.activity.cancelledSessions.contains(cs.sessionStart);
    return cs;
}

QString CalendarManager::firstSessionOf(const QString &activityId) const
{
    const Record *r = m_store ? m_store->record(ss(activityId)) : nullptr;
    const auto times = r ? calendar::activityTimes(*r) : std::nullopt;
    if (!times)
        return {};
    // The next session still to come, else the last one.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto upcoming = calendar::sessionsBetween(*times, now, now + qint64(106) * 7 * 24 * msPerHour);
    const qint64 start = upcoming.empty() ? calendar::sessionStartMs(*times, times->recurrenceWeeks)
                                          : upcoming.front().startMs;
    return qs(calendar::formatUtc(start));
}

std::vector<Booking> CalendarManager::myBookings() const
{
    std::vector<Booking> out;
    if (!m_store)
        return out;
    const QString me = accountId();
    for (const Record *r : m_store->records(kinds::booking)) {
        if (qs(r->owner) == me)
            out.push_back(Booking::fromRecord(*r));
    }
    std::sort(out.begin(), out.end(), [](const Booking &a, const Booking &b) {
        return a.sessionMs != b.sessionMs ? a.sessionMs < b.sessionMs : a.requestedAt < b.requestedAt;
    });
    return out;
}

std::optional<Booking> CalendarManager::myBooking(const QString &activityId, const QString &sessionStart) const
{
    const QString session = canonicalUtc(sessionStart);
    std::optional<Booking> best;
    for (const Booking &b : myBookings()) {
        if (b.activityId != activityId || b.sessionStart != session)
            continue;
        if (!best || (b.isActive() && !best->isActive()) ||
            (b.isActive() == best->isActive() && b.requestedAt > best->requestedAt))
            best = b;
    }
    return best;
}

QString CalendarManager::stateText(const Booking &b) const
{
    const QString s = b.status;
    if (b.wantsCancel && b.isActive())
        return tr("Cancelling, waiting for sync");
    if (s == QLatin1String("requested"))
        return tr("Requested, waiting for sync");
    if (s == QLatin1String("confirmed"))
        return tr("Booked: you have a seat");
    if (s == QLatin1String("waitlisted"))
        return b.position > 0 ? tr("You are number %1 on the waiting list").arg(b.position)
                              : tr("On the waiting list");
    if (s == QLatin1String("offered")) {
        if (b.acceptOffer.has_value())
            return *b.acceptOffer ? tr("Accepting the seat, waiting for sync") : tr("Saying no, waiting for sync");
        return tr("A seat is offered to you until %1").arg(timeText(b.offerExpires));
    }
    if (s == QLatin1String("declined"))
        return tr("The offered seat was passed on");
    if (s == QLatin1String("cancelled")) {
        if (b.cancelReason == QLatin1String("session_removed"))
            return tr("Cancelled: this session was taken out of the calendar");
        return cancelledByOrganiser(b) ? tr("Cancelled by the organiser") : tr("Cancelled");
    }
    // Nobody is told they were at a session that has not begun (a mark made too early reads as a booking).
    if (s == QLatin1String("attended"))
        return b.sessionMs > nowMs() ? tr("Booked: you have a seat") : tr("You were there");
    return s;
}

bool CalendarManager::cancelledByOrganiser(const Booking &b) const
{
    if (b.status != QLatin1String("cancelled"))
        return false;
    // The server says why it cancelled (activity_cancelled, session_cancelled, session_removed); the person's own
    // cancel has no reason.
    if (!b.cancelReason.isEmpty())
        return true;
    const auto a = activity(b.activityId);
    return a && (a->cancelled || a->cancelledSessions.contains(b.sessionStart));
}

QString CalendarManager::sessionWhenText(qint64 startMs)
{
    return LocaleFormat::instance()->formatMs(startMs, LocaleFormat::ShortWeekdayTime);
}

QString CalendarManager::timeRangeText(qint64 startMs, qint64 endMs)
{
    const LocaleFormat &format = *LocaleFormat::instance();
    //: A session's start and end time: «13:00–14:30».
    return tr("%1–%2").arg(format.formatMs(startMs, LocaleFormat::Time), format.formatMs(endMs, LocaleFormat::Time));
}

QString CalendarManager::currentSessionFor(const QString &activityId, const QString &sessionStart) const
{
    const QString start = canonicalUtc(sessionStart);
    if (start.isEmpty() || !m_store)
        return {};
    if (session(activityId, start))
        return start;
    // A booking the server moved away from that session knows where it went.
    for (const Record *r : m_store->records(kinds::booking)) {
        const Booking b = Booking::fromRecord(*r);
        if (b.activityId == activityId && b.movedFrom == start && session(activityId, b.sessionStart))
            return b.sessionStart;
    }
    // The same place in the series, as this device saw the times change (a few edits in a row at most).
    QString at = start;
    for (int hops = 0; hops < 16; ++hops) {
        const auto it = m_sessionMoves.constFind(sessionKey(activityId, at));
        if (it == m_sessionMoves.constEnd() || it->isEmpty())
            return {};
        at = *it;
        if (session(activityId, at))
            return at;
    }
    return {};
}

bool CalendarManager::attendanceOpen(const QString &activityId, const QString &sessionStart) const
{
    const auto s = session(activityId, sessionStart);
    const qint64 now = nowMs();
    return s && !s->cancelled && now >= s->startMs && now <= s->endMs + attendanceWindowAfterEndMs;
}

int CalendarManager::seatsLeft(const CalendarSession &session) const
{
    if (!session.activity.capacity)
        return -1;
    return std::max(0, *session.activity.capacity - session.activity.seatsTaken.value(session.sessionStart, 0));
}

QString CalendarManager::seatsText(const CalendarSession &session) const
{
    const qint64 now = nowMs();
    if (session.endMs <= now)
        return tr("This session is over");
    if (session.startMs <= now)
        return tr("Going on now");
    const int left = seatsLeft(session);
    if (left < 0)
        return tr("Open, no booking needed");
    if (left == 0)
        return tr("Full, you can join the waiting list");
    //: Free seats in a session, as of the last sync.
    return tr("%n seat(s) left", nullptr, left);
}

QVariantMap CalendarManager::sessionDetails(const QString &activityId, const QString &sessionStart) const
{
    QVariantMap m;
    const auto s = session(activityId, sessionStart);
    if (!s) {
        // Never a blank page: say what is known and that the session is not in the calendar any more.
        const auto a = activity(activityId);
        const auto startMs = calendar::parseDateTimeMs(ss(sessionStart));
        m[QStringLiteral("missing")] = true;
        m[QStringLiteral("activityId")] = activityId;
        m[QStringLiteral("sessionStart")] = canonicalUtc(sessionStart);
        m[QStringLiteral("title")] = a ? a->title : tr("Activity");
        m[QStringLiteral("missingText")] =
            a ? tr("This session (%1) is no longer in the calendar.").arg(startMs ? sessionWhenText(*startMs) : QString())
              : tr("This activity is no longer in the calendar.");
        const auto b = myBooking(activityId, sessionStart);
        m[QStringLiteral("bookingId")] = b ? b->id : QString();
        m[QStringLiteral("status")] = b ? b->status : QString();
        m[QStringLiteral("stateText")] = b ? stateText(*b) : QString();
        return m;
    }
    const Activity &a = s->activity;
    m[QStringLiteral("activityId")] = a.id;
    m[QStringLiteral("sessionStart")] = s->sessionStart;
    m[QStringLiteral("title")] = a.title;
    m[QStringLiteral("description")] = a.description;
    m[QStringLiteral("organiser")] = a.organiser;
    m[QStringLiteral("organiserKind")] = a.organiserKind;
    m[QStringLiteral("address")] = a.address;
    m[QStringLiteral("start")] = QDateTime::fromMSecsSinceEpoch(s->startMs).toLocalTime();
    m[QStringLiteral("end")] = QDateTime::fromMSecsSinceEpoch(s->endMs).toLocalTime();
    //: When a session is, on its page: «Tuesday 1 December, 13:00–14:30».
    m[QStringLiteral("whenText")] = tr("%1–%2").arg(LocaleFormat::instance()->formatMs(s->startMs, LocaleFormat::WeekdayDateTime),
                                                  LocaleFormat::instance()->formatMs(s->endMs, LocaleFormat::Time));
    m[QStringLiteral("tags")] = a.tags;
    m[QStringLiteral("cancelled")] = s->cancelled;
    m[QStringLiteral("activityCancelled")] = a.cancelled;
    m[QStringLiteral("recurring")] = a.recurrenceWeeks > 0;
    m[QStringLiteral("bookable")] = a.capacity.has_value();
    m[QStringLiteral("seatsText")] = seatsText(*s);
    m[QStringLiteral("seatsLeft")] = seatsLeft(*s);
    const qint64 now = nowMs();
    m[QStringLiteral("started")] = s->startMs <= now;
    m[QStringLiteral("over")] = s->endMs <= now;
    m[QStringLiteral("attendanceOpen")] = attendanceOpen(activityId, s->sessionStart);
    const qint64 deadline = s->startMs - qint64(a.bookingDeadlineHours.value_or(0)) * msPerHour;
    m[QStringLiteral("bookingOpen")] = !s->cancelled && a.capacity.has_value() && now <= deadline;
    const auto b = myBooking(activityId, s->sessionStart);
    m[QStringLiteral("bookingId")] = b ? b->id : QString();
    m[QStringLiteral("status")] = b ? b->status : QString();
    // One clear state for a cancelled session: the banner says «Avlyst»; no second chip that reads as if the
    // person had cancelled.
    const bool organiserCancelled = b && (s->cancelled || cancelledByOrganiser(*b));
    m[QStringLiteral("stateText")] = !b || (organiserCancelled && !b->isActive()) ? QString() : stateText(*b);
    m[QStringLiteral("cancelledText")] =
        !s->cancelled ? QString()
        : a.cancelled ? (b ? tr("Cancelled: this activity will not take place. Your booking is cancelled too, "
                                "there is nothing you need to do.")
                           : tr("Cancelled: this activity will not take place."))
                      : (b ? tr("Cancelled: this session will not take place. Your booking is cancelled too, "
                                "there is nothing you need to do.")
                           : tr("Cancelled: this session will not take place."));
    m[QStringLiteral("active")] = b && b->isActive() && !b->wantsCancel;
    m[QStringLiteral("canExport")] = b && !s->cancelled && (b->isActive() || b->status == QLatin1String("attended"));
    m[QStringLiteral("offerOpen")] = b && b->status == QLatin1String("offered") && !b->acceptOffer.has_value() &&
                                     !b->wantsCancel;
    return m;
}

bool CalendarManager::submit(std::vector<LocalEdit> edits)
{
    if (!m_store) {
        Q_EMIT errorOccurred(tr("The device store is not ready."));
        return false;
    }
    for (const auto &e : edits) {
        const KindSpec *spec = kindSpec(e.kind);
        for (const auto &[name, value] : e.values) {
            const FieldSpec *f = spec ? spec->field(name) : nullptr;
            if (!f)
                continue;
            if (Status s = validateValue(*f, value); !s) {
                qCWarning(lcCalendar) << "invalid edit of" << qs(name);
                Q_EMIT errorOccurred(tr("Please check the fields and try again."));
                return false;
            }
        }
    }
    m_store->apply(std::move(edits));
    return true;
}

QString CalendarManager::book(const QString &activityId, const QString &sessionStart)
{
    const auto s = session(activityId, sessionStart);
    if (!s) {
        Q_EMIT errorOccurred(tr("This session is not in the calendar any more."));
        return {};
    }
    const QVariantMap details = sessionDetails(activityId, s->sessionStart);
    if (!details.value(QStringLiteral("bookable")).toBool()) {
        Q_EMIT errorOccurred(tr("No booking needed: just come."));
        return {};
    }
    if (!details.value(QStringLiteral("bookingOpen")).toBool()) {
        Q_EMIT errorOccurred(tr("Booking has closed for this session."));
        return {};
    }
    if (details.value(QStringLiteral("active")).toBool())
        return details.value(QStringLiteral("bookingId")).toString();
    LocalEdit e;
    e.id = newUuid();
    e.kind = bookingKind;
    e.values = {{"activityId", ss(activityId)},
                {"sessionStart", ss(s->sessionStart)},
                {"status", "requested"},
                {"requestedAt", nowDateTime()}};
    return submit({e}) ? qs(e.id) : QString();
}

bool CalendarManager::cancelBooking(const QString &bookingId)
{
    const Record *r = m_store ? m_store->record(ss(bookingId)) : nullptr;
    if (!r || r->kind != kinds::booking || !Booking::fromRecord(*r).isActive())
        return false;
    return submit({LocalEdit{ss(bookingId), bookingKind, {{"wantsCancel", true}}, false}});
}

bool CalendarManager::answerOffer(const QString &bookingId, bool accept)
{
    const Record *r = m_store ? m_store->record(ss(bookingId)) : nullptr;
    if (!r || r->kind != kinds::booking || Booking::fromRecord(*r).status != QLatin1String("offered"))
        return false;
    return submit({LocalEdit{ss(bookingId), bookingKind, {{"acceptOffer", accept}}, false}});
}

QVariantMap CalendarManager::activityForEdit(const QString &activityId) const
{
    QVariantMap m;
    const auto a = activity(activityId);
    // On Norwegian time, as the calendar is typed and shown.
    const QDateTime start = a && a->start.isValid()
                                ? LocaleFormat::inOslo(a->start)
                                : LocaleFormat::osloDateTime(LocaleFormat::osloToday().addDays(1), QTime(18, 0));
    const qint64 minutes = a && a->end.isValid() && a->end > a->start ? a->start.secsTo(a->end) / 60 : 90;
    m[QStringLiteral("title")] = a ? a->title : QString();
    m[QStringLiteral("description")] = a ? a->description : QString();
    m[QStringLiteral("organiser")] = a ? a->organiser : QString();
    m[QStringLiteral("organiserKind")] = a ? a->organiserKind : QStringLiteral("kommune");
    m[QStringLiteral("address")] = a ? a->address : QString();
    m[QStringLiteral("date")] = start.date().toString(Qt::ISODate);
    m[QStringLiteral("time")] = start.time().toString(QStringLiteral("HH:mm"));
    // The pickers' values: the day at local midnight, hours and minutes.
    m[QStringLiteral("dateValue")] = QDateTime(start.date(), QTime(0, 0));
    m[QStringLiteral("hours")] = start.time().hour();
    m[QStringLiteral("minutes")] = start.time().minute();
    m[QStringLiteral("durationMinutes")] = int(minutes);
    m[QStringLiteral("recurrenceWeeks")] = a ? a->recurrenceWeeks : 0;
    m[QStringLiteral("capacity")] = a && a->capacity ? *a->capacity : 0;
    m[QStringLiteral("bookingDeadlineHours")] = a && a->bookingDeadlineHours ? *a->bookingDeadlineHours : 0;
    m[QStringLiteral("tags")] = a ? a->tags.join(QStringLiteral(", ")) : QString();
    m[QStringLiteral("cancelled")] = a ? a->cancelled : false;
    return m;
}

QString CalendarManager::saveActivity(const QString &activityId, const QVariantMap &form)
{
    if (!canEditActivities()) {
        Q_EMIT errorOccurred(tr("Only a koordinator can change the calendar."));
        return {};
    }
    const QString title = form.value(QStringLiteral("title")).toString().trimmed();
    const QDate date = QDate::fromString(form.value(QStringLiteral("date")).toString().trimmed(), Qt::ISODate);
    const QString timeText = form.value(QStringLiteral("time")).toString().trimmed();
    QTime time = QTime::fromString(timeText, QStringLiteral("H:mm"));
    if (!time.isValid())
        time = QTime::fromString(timeText, QStringLiteral("H:mm:ss"));
    const int minutes = form.value(QStringLiteral("durationMinutes")).toInt();
    if (title.isEmpty()) {
        Q_EMIT errorOccurred(tr("Give the activity a title."));
        return {};
    }
    if (!date.isValid() || !time.isValid() || minutes <= 0) {
        Q_EMIT errorOccurred(tr("Write the date as 2025-04-01, the time as 18:00 and the length in minutes."));
        return {};
    }
    // The koordinator types Norwegian time, whatever zone the device is in.
    const QDateTime start = LocaleFormat::osloDateTime(date, time);
    QStringList tags;
    for (const QString &t : form.value(QStringLiteral("tags")).toString().split(QLatin1Char(','))) {
        const QString tag = t.trimmed().toLower();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags.push_back(tag);
    }
    const int capacity = form.value(QStringLiteral("capacity")).toInt();
    std::map<std::string, Json> values{
        {"title", ss(title)},
        {"description", ss(form.value(QStringLiteral("description")).toString().trimmed())},
        {"organiser", ss(form.value(QStringLiteral("organiser")).toString().trimmed())},
        {"organiserKind", ss(form.value(QStringLiteral("organiserKind")).toString())},
        {"address", ss(form.value(QStringLiteral("address")).toString().trimmed())},
        {"start", calendar::formatUtc(start.toMSecsSinceEpoch())},
        {"end", calendar::formatUtc(start.toMSecsSinceEpoch() + qint64(minutes) * 60000)},
        {"recurrenceWeeks", form.value(QStringLiteral("recurrenceWeeks")).toInt()},
        {"capacity", capacity > 0 ? Json(capacity) : Json(nullptr)},
        {"bookingDeadlineHours", form.value(QStringLiteral("bookingDeadlineHours")).toInt()},
        {"tags", jsonOf(tags)}};
    const Record *existing = activityId.isEmpty() ? nullptr : m_store->record(ss(activityId));
    if (existing && capacity > 0) {
        // The server refuses a capacity below the seats already held (capacity_below_seats_taken); say so here.
        const Activity current = Activity::fromRecord(*existing);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 lengthMs = current.start.isValid() && current.end > current.start ? current.start.msecsTo(current.end) : 0;
        int mostHeld = 0;
        for (auto it = current.seatsTaken.cbegin(); it != current.seatsTaken.cend(); ++it) {
            const QDateTime sessionStart = QDateTime::fromString(it.key(), Qt::ISODate);
            if (sessionStart.isValid() && sessionStart.addMSecs(lengthMs) > now)
                mostHeld = std::max(mostHeld, it.value());
        }
        if (capacity < mostHeld) {
            //: A koordinator lowered an activity's seats below the bookings a coming session already holds.
            Q_EMIT errorOccurred(tr("A coming session already has %n seat(s) taken. Cancel bookings first, or keep at "
                                    "least %n seat(s).", nullptr, mostHeld));
            return {};
        }
    }
    LocalEdit e;
    e.kind = activityKind;
    if (existing) {
        e.id = existing->id;
        // Only what changed, so another koordinator's edit to another field survives.
        for (auto &[name, value] : values) {
            const Json *old = existing->value(name);
            if (old ? *old != value : !value.is_null())
                e.values[name] = std::move(value);
        }
        if (e.values.empty())
            return activityId;
    } else {
        e.id = newUuid();
        e.values = std::move(values);
    }
    return submit({e}) ? qs(e.id) : QString();
}

bool CalendarManager::cancelActivity(const QString &activityId)
{
    if (!canEditActivities() || !activity(activityId))
        return false;
    return submit({LocalEdit{ss(activityId), activityKind, {{"cancelled", true}}, false}});
}

bool CalendarManager::cancelSession(const QString &activityId, const QString &sessionStart)
{
    const auto s = session(activityId, sessionStart);
    if (!canEditActivities() || !s)
        return false;
    QStringList cancelled = s->activity.cancelledSessions;
    if (cancelled.contains(s->sessionStart))
        return true;
    cancelled.push_back(s->sessionStart);
    return submit({LocalEdit{ss(activityId), activityKind, {{"cancelledSessions", jsonOf(cancelled)}}, false}});
}

void CalendarManager::setParticipantRows(const QVariantList &rows, const QString &state)
{
    m_participants = rows;
    m_participantsState = state;
    Q_EMIT participantsChanged();
}

void CalendarManager::loadParticipants(const QString &activityId, const QString &sessionStart)
{
    m_participantsActivity = activityId;
    // A page opened on a session that has since moved asks for where it went.
    const QString current = sessionStart.isEmpty() ? QString() : currentSessionFor(activityId, sessionStart);
    m_participantsSession = sessionStart.isEmpty() ? QString() : current.isEmpty() ? canonicalUtc(sessionStart) : current;
    if (!m_store || !canEditActivities()) {
        setParticipantRows({}, QStringLiteral("error"));
        return;
    }
    requestParticipants(false);
}

void CalendarManager::closeParticipants()
{
    m_participantsActivity.clear();
    m_participantsSession.clear();
    m_participantsTag.clear();
    setParticipantRows({}, QString());
}

void CalendarManager::requestParticipants(bool quietly)
{
    // Quietly: the list on screen stays until the new answer replaces it (a booking or an edit changed it).
    if (!quietly)
        setParticipantRows({}, QStringLiteral("loading"));
    // A new tag per request, so a slow answer for another session never fills this list.
    m_participantsTag = participantsTag + QLatin1Char(':') + qs(newUuid());
    Json frame{{"type", "participants"}, {"activityId", ss(m_participantsActivity)}};
    if (!m_participantsSession.isEmpty())
        frame["sessionStart"] = ss(m_participantsSession);
    m_store->request(m_participantsTag, QByteArray::fromStdString(frame.dump()));
}

bool CalendarManager::setAttendance(const QString &bookingId, bool attended)
{
    const Record *r = m_store ? m_store->record(ss(bookingId)) : nullptr;
    if (!canEditActivities() || !r || r->kind != kinds::booking)
        return false;
    const Booking b = Booking::fromRecord(*r);
    if (b.status != (attended ? QLatin1String("confirmed") : QLatin1String("attended")))
        return false;
    // The server refuses a mark outside the window; say so before it does.
    if (!attendanceOpen(b.activityId, b.sessionStart)) {
        Q_EMIT errorOccurred(attended ? tr("Attendance can be marked from the start of the session until a week after it.")
                                      : tr("Attendance can only be changed until a week after the session."));
        return false;
    }
    const char *status = attended ? "attended" : "confirmed";
    if (!submit({LocalEdit{ss(bookingId), bookingKind, {{"status", status}}, false}}))
        return false;
    for (QVariant &row : m_participants) {
        QVariantMap m = row.toMap();
        if (m.value(QStringLiteral("bookingId")).toString() == bookingId) {
            m[QStringLiteral("status")] = qs(status);
            m[QStringLiteral("pending")] = true;
            row = m;
        }
    }
    Q_EMIT participantsChanged();
    return true;
}

bool CalendarManager::markAttended(const QString &bookingId)
{
    return setAttendance(bookingId, true);
}

bool CalendarManager::undoAttended(const QString &bookingId)
{
    return setAttendance(bookingId, false);
}

std::string CalendarManager::icsText(const QString &bookingId) const
{
    std::vector<calendar::IcsEvent> events;
    if (m_store) {
        for (const Booking &b : myBookings()) {
            if (!bookingId.isEmpty() ? b.id != bookingId
                                     : (b.status == QLatin1String("cancelled") || b.status == QLatin1String("declined")))
                continue;
            const Record *booking = m_store->record(ss(b.id));
            const Record *act = m_store->record(ss(b.activityId));
            if (auto e = calendar::icsEventFor(*booking, act))
                events.push_back(std::move(*e));
        }
    }
    calendar::IcsOptions options;
    options.fullDetails = m_fullTitles;
    options.nowMs = QDateTime::currentMSecsSinceEpoch();
    options.neutralTitle = ss(tr("Appointment"));
    return calendar::exportIcs(events, options);
}

QString CalendarManager::defaultExportPath() const
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // The Documents folder may not exist yet (exportIcs makes it); a folder that cannot be made falls back.
    if (!dir.isEmpty() && !QDir().mkpath(dir))
        dir.clear();
    if (dir.isEmpty() && m_store)
        dir = m_store->dataDir();
    return QDir(dir).filePath(QStringLiteral("medvandrer-calendar.ics"));
}

QUrl CalendarManager::defaultExportFolder() const
{
    return QUrl::fromLocalFile(QFileInfo(defaultExportPath()).absolutePath());
}

void CalendarManager::exportIcsTo(const QString &bookingId, const QUrl &file)
{
    QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (path.isEmpty()) {
        Q_EMIT exportFinished(false, {}, tr("No file was chosen."));
        return;
    }
    if (!path.endsWith(QLatin1String(".ics"), Qt::CaseInsensitive))
        path += QLatin1String(".ics");
    exportIcs(bookingId, path);
}

void CalendarManager::exportIcs(const QString &bookingId, const QString &filePath)
{
    const QByteArray text = QByteArray::fromStdString(icsText(bookingId));
    QPointer<CalendarManager> self(this);
    // The file is written off the GUI thread; the answer comes back queued.
    const QString noFolder = tr("The folder could not be made. Choose another place.");
    const QString noWrite = tr("This place cannot be written to. Choose another folder.");
    const QString noSpace = tr("The file could not be written in full. Is the storage full?");
    QThreadPool::globalInstance()->start([self, text, filePath, noFolder, noWrite, noSpace] {
        // The person's own words, never the operating system's English text.
        const QFileInfo info(filePath);
        if (!QDir().mkpath(info.absolutePath())) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, filePath, noFolder] {
                    if (self)
                        Q_EMIT self->exportFinished(false, filePath, noFolder);
                },
                Qt::QueuedConnection);
            return;
        }
        QSaveFile file(filePath);
        const bool opened = file.open(QIODevice::WriteOnly);
        const bool ok = opened && file.write(text) == text.size() && file.commit();
        const QString error = ok ? QString() : opened ? noSpace : noWrite;
        QMetaObject::invokeMethod(
            self.data(),
            [self, ok, filePath, error] {
                if (self)
                    Q_EMIT self->exportFinished(ok, filePath, error);
            },
            Qt::QueuedConnection);
    });
}

void CalendarManager::markNotificationsRead()
{
    bool changed = false;
    for (auto &n : m_notices) {
        changed = changed || !n.read;
        n.read = true;
    }
    if (changed)
        Q_EMIT notificationsChanged();
}

void CalendarManager::notice(const Booking &b, const KnownBooking &before)
{
    const auto a = activity(b.activityId);
    CalendarNotice n;
    n.activityId = b.activityId;
    n.sessionStart = b.sessionStart;
    n.activityTitle = a ? a->title : QString();
    n.when = QDateTime::currentDateTimeUtc();
    n.sessionsMs = {b.sessionMs};
    n.position = b.position;
    n.offerExpires = b.offerExpires;
    const QString s = b.status;
    const bool moved = !before.sessionStart.isEmpty() && before.sessionStart != b.sessionStart;
    if (moved && s != QLatin1String("cancelled") && s != QLatin1String("declined")) {
        // One notice for a move, whatever else changed with it: the activity, the old time and the new.
        const auto fromMs = calendar::parseDateTimeMs(ss(b.movedFrom.isEmpty() ? before.sessionStart : b.movedFrom));
        n.kind = CalendarNotice::Moved;
        n.movedFromMs = fromMs.value_or(before.sessionMs);
    } else if (s == QLatin1String("cancelled") && b.cancelReason == QLatin1String("session_removed")) {
        n.kind = CalendarNotice::Removed;
    } else if (s == QLatin1String("cancelled") &&
               (b.cancelReason == QLatin1String("activity_cancelled") || (a && a->cancelled))) {
        n.kind = CalendarNotice::ActivityCancelled;
    } else if (s == QLatin1String("cancelled") && (b.cancelReason == QLatin1String("session_cancelled") ||
                                                   (a && a->cancelledSessions.contains(b.sessionStart)))) {
        n.kind = CalendarNotice::SessionCancelled;
    } else if (s == QLatin1String("confirmed") && before.status == QLatin1String("attended")) {
        n.kind = CalendarNotice::AttendanceUndone;
    } else if (s == QLatin1String("confirmed")) {
        n.kind = CalendarNotice::Confirmed;
    } else if (s == QLatin1String("waitlisted")) {
        n.kind = before.status == QLatin1String("waitlisted") ? CalendarNotice::WaitlistMoved : CalendarNotice::Waitlisted;
    } else if (s == QLatin1String("offered")) {
        n.kind = CalendarNotice::Offered;
    } else if (s == QLatin1String("declined")) {
        n.kind = CalendarNotice::Declined;
    } else if (s == QLatin1String("attended")) {
        // A mark made before the session began is no news to the person.
        if (b.sessionMs > nowMs())
            return;
        n.kind = CalendarNotice::Attended;
    } else if (s == QLatin1String("cancelled")) {
        n.kind = CalendarNotice::BookingCancelled;
    } else {
        return;
    }
    addNotice(std::move(n));
}

void CalendarManager::addNotice(CalendarNotice n)
{
    if (n.kind == CalendarNotice::ActivityCancelled) {
        // One notice per cancelled activity, with the date of every booked session, however the bookings arrive.
        auto same = std::find_if(m_notices.begin(), m_notices.end(), [&](const CalendarNotice &o) {
            return o.kind == CalendarNotice::ActivityCancelled && o.activityId == n.activityId;
        });
        if (same != m_notices.end()) {
            for (const qint64 ms : n.sessionsMs) {
                if (!same->sessionsMs.contains(ms))
                    same->sessionsMs.push_back(ms);
            }
            n.sessionsMs = same->sessionsMs;
            if (n.sessionStart > same->sessionStart)
                n.sessionStart = same->sessionStart;
            m_notices.erase(same);
        }
    } else {
        // The same news about the same session is told once.
        const bool told = std::any_of(m_notices.begin(), m_notices.end(),
                                      [&](const CalendarNotice &o) { return !o.read && o.sameNews(n); });
        if (told)
            return;
    }
    m_notices.insert(m_notices.begin(), std::move(n));
}

bool CalendarNotice::sameNews(const CalendarNotice &o) const
{
    return o.kind == kind && o.activityId == activityId && o.sessionStart == sessionStart &&
           o.sessionsMs == sessionsMs && o.movedFromMs == movedFromMs &&
           (kind != Waitlisted && kind != WaitlistMoved ? true : o.position == position) &&
           (kind != Offered ? true : o.offerExpires == offerExpires);
}

QString CalendarNotice::sessionsText() const
{
    QStringList times;
    for (const qint64 ms : sessionsMs)
        times.push_back(CalendarManager::sessionWhenText(ms));
    return LocaleFormat::instance()->locale().createSeparatedList(times);
}

QString CalendarNotice::text() const
{
    const QString title = activityTitle.isEmpty() ? CalendarManager::tr("An activity") : activityTitle;
    const qint64 sessionMs = sessionsMs.isEmpty() ? 0 : sessionsMs.front();
    switch (kind) {
    case Moved: {
        const LocaleFormat &format = *LocaleFormat::instance();
        if (LocaleFormat::inOslo(QDateTime::fromMSecsSinceEpoch(movedFromMs, Qt::UTC)).date() ==
            LocaleFormat::inOslo(QDateTime::fromMSecsSinceEpoch(sessionMs, Qt::UTC)).date())
            //: A booked session moved within its day: activity, old day and time, new time («at 15:00»).
            return CalendarManager::tr("%1 has moved from %2 to %3", "same day")
                .arg(title, CalendarManager::sessionWhenText(movedFromMs), format.formatMs(sessionMs, LocaleFormat::AtTime));
        //: A booked session moved to another day: activity, old day and time, new day and time.
        return CalendarManager::tr("%1 has moved from %2 to %3", "another day")
            .arg(title, CalendarManager::sessionWhenText(movedFromMs), CalendarManager::sessionWhenText(sessionMs));
    }
    case Removed:
        //: A booked session was taken out of the calendar: activity, its day and time.
        return CalendarManager::tr("%1 on %2 is no longer in the calendar, so your booking has ended")
            .arg(title, CalendarManager::sessionWhenText(sessionMs));
    case ActivityCancelled:
        //: An activity was cancelled: its name, and the day and time of every session the person had booked.
        return CalendarManager::tr("%1 is cancelled: %2").arg(title, sessionsText());
    case SessionCancelled:
        //: One session of an activity was cancelled: activity, its day and time.
        return CalendarManager::tr("%1 is cancelled on %2").arg(title, CalendarManager::sessionWhenText(sessionMs));
    case AttendanceUndone:
        return CalendarManager::tr("The attendance mark was taken back");
    case Confirmed:
        return CalendarManager::tr("Booking confirmed");
    case Waitlisted:
        //: %1 is the person's place in the queue (1 = next in line).
        return CalendarManager::tr("You are number %1 on the waiting list").arg(position);
    case WaitlistMoved:
        //: The person moved up the queue; %1 is the new place (1 = next in line).
        return CalendarManager::tr("You are now number %1 on the waiting list").arg(position);
    case Offered:
        //: A freed seat is held for the person until a time («15:00», or a day and time).
        return CalendarManager::tr("A seat is offered to you until %1").arg(timeText(offerExpires));
    case Declined:
        return CalendarManager::tr("The offered seat was passed on");
    case Attended:
        return CalendarManager::tr("Marked as attended");
    case BookingCancelled:
        return CalendarManager::tr("Booking cancelled");
    }
    return {};
}

void CalendarManager::noteActivityTimes(const QString &id, const Record *r)
{
    const auto times = r ? calendar::activityTimes(*r) : std::nullopt;
    const auto known = m_activityTimes.constFind(id);
    if (!times) {
        m_activityTimes.remove(id);
        return;
    }
    if (known != m_activityTimes.constEnd()) {
        const calendar::ActivityTimes old = *known;
        if (old.startMs != times->startMs || old.durationMs != times->durationMs ||
            old.recurrenceWeeks != times->recurrenceWeeks) {
            // Each session goes to the one with the same place in the series (as the server moves bookings).
            QHash<QString, QString> moved;
            for (int i = 0; i <= old.recurrenceWeeks; ++i) {
                const QString from = qs(calendar::formatUtc(calendar::sessionStartMs(old, i)));
                const QString to = i <= times->recurrenceWeeks
                                       ? qs(calendar::formatUtc(calendar::sessionStartMs(*times, i)))
                                       : QString();
                if (from != to)
                    moved.insert(from, to);
            }
            // Earlier moves follow on to where their target went.
            for (auto it = m_sessionMoves.begin(); it != m_sessionMoves.end(); ++it) {
                if (it.key().startsWith(id + QLatin1Char('|')) && moved.contains(*it))
                    *it = moved.value(*it);
            }
            for (auto it = moved.cbegin(); it != moved.cend(); ++it)
                m_sessionMoves.insert(sessionKey(id, it.key()), *it);
        }
    }
    m_activityTimes.insert(id, *times);
}

void CalendarManager::onRecordsUpdated(const std::vector<RecordEvent> &events)
{
    bool activitiesTouched = false, bookingsTouched = false, noticed = false, participantsTouched = false;
    const QString me = accountId();
    for (const auto &e : events) {
        if (e.kind == activityKind) {
            activitiesTouched = true;
            const QString id = qs(e.id);
            noteActivityTimes(id, e.type == RecordEvent::Removed ? nullptr : m_store->record(e.id));
            participantsTouched = participantsTouched || id == m_participantsActivity;
        } else if (e.kind == bookingKind) {
            bookingsTouched = true;
            const QString id = qs(e.id);
            const Record *r = e.type == RecordEvent::Removed ? nullptr : m_store->record(e.id);
            if (r && Booking::fromRecord(*r).activityId == m_participantsActivity)
                participantsTouched = true;
            if (!r || qs(r->owner) != me) {
                m_known.remove(id);
                continue;
            }
            const Booking b = Booking::fromRecord(*r);
            const KnownBooking now{b.status, b.position, b.sessionStart, b.sessionMs};
            const auto known = m_known.constFind(id);
            const bool seen = known != m_known.constEnd();
            const KnownBooking before = seen ? *known : KnownBooking{};
            m_known.insert(id, now);
            // The first sight of a booking (loading the device, a new device) is no news; a change is.
            if (e.type == RecordEvent::Changed && seen &&
                (before.status != now.status || before.position != now.position ||
                 before.sessionStart != now.sessionStart)) {
                notice(b, before);
                noticed = true;
            }
        }
    }
    if (activitiesTouched)
        Q_EMIT activitiesChanged();
    if (bookingsTouched)
        Q_EMIT bookingsChanged();
    if (noticed)
        Q_EMIT notificationsChanged();
    // The open participant list follows its session when the times change, and asks again when bookings move.
    if (participantsTouched && !m_participantsActivity.isEmpty() && canEditActivities() &&
        m_participantsState != QLatin1String("loading")) {
        if (!m_participantsSession.isEmpty()) {
            const QString current = currentSessionFor(m_participantsActivity, m_participantsSession);
            if (!current.isEmpty())
                m_participantsSession = current;
        }
        requestParticipants(true);
    }
}

} // namespace medvandrer
