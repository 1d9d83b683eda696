#include "calendar/calendar_manager.h"

#include "calendar/calendar_time.h"
#include "calendar/ics_export.h"
#include "calendar/recurrence.h"
#include "core/uuid.h"
#include "goals/goal_manager.h"
#include "records/schema.h"
#include "store/device_store.h"

#include <QCoreApplication>
#include <QDir>
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
CalendarManager *s_instance = nullptr;

const std::string activityKind(kinds::activity);
const std::string bookingKind(kinds::booking);
const QString participantsTag = QStringLiteral("calendar.participants");
// The Calendar tab's name lives in Main.qml; its translation belongs to the calendar's .ts file.
[[maybe_unused]] const char *tabName = QT_TRANSLATE_NOOP("Main", "Calendar");
constexpr qint64 msPerHour = 3'600'000;

QString timeText(const QDateTime &when)
{
    const QDateTime local = when.toLocalTime();
    const QLocale locale;
    if (local.date() == QDate::currentDate())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}

Json jsonOf(const QVariant &v)
{
    return fromVariant(v);
}
} // namespace

CalendarManager::CalendarManager(QObject *parent) : QObject(parent) {}

void CalendarManager::setInstance(CalendarManager *instance)
{
    s_instance = instance;
}

CalendarManager *CalendarManager::ensureInstance(DeviceStore *store)
{
    if (!s_instance) {
        s_instance = new CalendarManager(QCoreApplication::instance());
        s_instance->setDeviceStore(store);
    }
    return s_instance;
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
        m_participants.clear();
        if (reply.is_discarded() || !reply.contains("participants") || !reply["participants"].is_array()) {
            m_participantsState = QStringLiteral("error");
        } else {
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
                m_participants.push_back(row);
            }
            m_participantsState = QStringLiteral("ready");
        }
        Q_EMIT participantsChanged();
    });
    connect(m_store, &DeviceStore::requestFailed, this, [this](const QString &tag, const QString &code, const QString &) {
        if (tag != m_participantsTag)
            return;
        m_participants.clear();
        m_participantsState = code == QLatin1String("offline") ? QStringLiteral("offline") : QStringLiteral("error");
        Q_EMIT participantsChanged();
    });
    QSettings settings(settingsFile(), QSettings::IniFormat);
    m_fullTitles = settings.value(QStringLiteral("calendar/fullTitlesInExport"), false).toBool();
    Q_EMIT fullTitlesInExportChanged();
    Q_EMIT roleChanged();
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
            CalendarSession cs{a, s.startMs, s.endMs, qs(calendar::formatUtc(s.startMs)), false};
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
    CalendarSession cs{Activity::fromRecord(*r), s->startMs, s->endMs, qs(calendar::formatUtc(s->startMs)), false};
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
    if (s == QLatin1String("cancelled"))
        return tr("Cancelled");
    if (s == QLatin1String("attended"))
        return tr("You were there");
    return s;
}

int CalendarManager::seatsLeft(const CalendarSession &session) const
{
    if (!session.activity.capacity)
        return -1;
    return std::max(0, *session.activity.capacity - session.activity.seatsTaken.value(session.sessionStart, 0));
}

QString CalendarManager::seatsText(const CalendarSession &session) const
{
    const int left = seatsLeft(session);
    if (left < 0)
        return tr("Open, no booking needed");
    if (left == 0)
        return tr("Full, you can join the waiting list");
    return tr("%n seat(s) left", "", left);
}

QVariantMap CalendarManager::sessionDetails(const QString &activityId, const QString &sessionStart) const
{
    QVariantMap m;
    const auto s = session(activityId, sessionStart);
    if (!s)
        return m;
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
    m[QStringLiteral("tags")] = a.tags;
    m[QStringLiteral("cancelled")] = s->cancelled;
    m[QStringLiteral("activityCancelled")] = a.cancelled;
    m[QStringLiteral("recurring")] = a.recurrenceWeeks > 0;
    m[QStringLiteral("bookable")] = a.capacity.has_value();
    m[QStringLiteral("seatsText")] = seatsText(*s);
    m[QStringLiteral("seatsLeft")] = seatsLeft(*s);
    const qint64 deadline = s->startMs - qint64(a.bookingDeadlineHours.value_or(0)) * msPerHour;
    m[QStringLiteral("bookingOpen")] = !s->cancelled && a.capacity.has_value() &&
                                       QDateTime::currentMSecsSinceEpoch() <= deadline;
    const auto b = myBooking(activityId, s->sessionStart);
    m[QStringLiteral("bookingId")] = b ? b->id : QString();
    m[QStringLiteral("status")] = b ? b->status : QString();
    m[QStringLiteral("stateText")] = b ? stateText(*b) : QString();
    m[QStringLiteral("active")] = b && b->isActive() && !b->wantsCancel;
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
    const QDateTime start = a && a->start.isValid() ? a->start.toLocalTime()
                                                    : QDateTime(QDate::currentDate().addDays(1), QTime(18, 0));
    const qint64 minutes = a && a->end.isValid() && a->end > a->start ? a->start.secsTo(a->end) / 60 : 90;
    m[QStringLiteral("title")] = a ? a->title : QString();
    m[QStringLiteral("description")] = a ? a->description : QString();
    m[QStringLiteral("organiser")] = a ? a->organiser : QString();
    m[QStringLiteral("organiserKind")] = a ? a->organiserKind : QStringLiteral("kommune");
    m[QStringLiteral("address")] = a ? a->address : QString();
    m[QStringLiteral("date")] = start.date().toString(Qt::ISODate);
    m[QStringLiteral("time")] = start.time().toString(QStringLiteral("HH:mm"));
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
    const QTime time = QTime::fromString(form.value(QStringLiteral("time")).toString().trimmed(), QStringLiteral("H:mm"));
    const int minutes = form.value(QStringLiteral("durationMinutes")).toInt();
    if (title.isEmpty()) {
        Q_EMIT errorOccurred(tr("Give the activity a title."));
        return {};
    }
    if (!date.isValid() || !time.isValid() || minutes <= 0) {
        Q_EMIT errorOccurred(tr("Write the date as 2025-04-01, the time as 18:00 and the length in minutes."));
        return {};
    }
    const QDateTime start(date, time);
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
            // mostHeld > capacity >= 1, so always a plural.
            Q_EMIT errorOccurred(tr("A coming session already has %1 seats taken. Cancel bookings first, or keep at "
                                    "least %1 seats.").arg(mostHeld));
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

void CalendarManager::loadParticipants(const QString &activityId, const QString &sessionStart)
{
    m_participants.clear();
    if (!m_store || !canEditActivities()) {
        m_participantsState = QStringLiteral("error");
        Q_EMIT participantsChanged();
        return;
    }
    m_participantsState = QStringLiteral("loading");
    Q_EMIT participantsChanged();
    // A new tag per request, so a slow answer for another session never fills this list.
    m_participantsTag = participantsTag + QLatin1Char(':') + qs(newUuid());
    Json frame{{"type", "participants"}, {"activityId", ss(activityId)}};
    if (!sessionStart.isEmpty())
        frame["sessionStart"] = ss(canonicalUtc(sessionStart));
    m_store->request(m_participantsTag, QByteArray::fromStdString(frame.dump()));
}

bool CalendarManager::markAttended(const QString &bookingId)
{
    const Record *r = m_store ? m_store->record(ss(bookingId)) : nullptr;
    if (!canEditActivities() || !r || r->kind != kinds::booking)
        return false;
    if (!submit({LocalEdit{ss(bookingId), bookingKind, {{"status", "attended"}}, false}}))
        return false;
    for (QVariant &row : m_participants) {
        QVariantMap m = row.toMap();
        if (m.value(QStringLiteral("bookingId")).toString() == bookingId) {
            m[QStringLiteral("status")] = QStringLiteral("attended");
            m[QStringLiteral("pending")] = true;
            row = m;
        }
    }
    Q_EMIT participantsChanged();
    return true;
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
    if (dir.isEmpty() && m_store)
        dir = m_store->dataDir();
    return QDir(dir).filePath(QStringLiteral("medvandrer-calendar.ics"));
}

void CalendarManager::exportIcs(const QString &bookingId, const QString &filePath)
{
    const QByteArray text = QByteArray::fromStdString(icsText(bookingId));
    QPointer<CalendarManager> self(this);
    // The file is written off the GUI thread; the answer comes back queued.
    QThreadPool::globalInstance()->start([self, text, filePath] {
        QSaveFile file(filePath);
        const bool ok = file.open(QIODevice::WriteOnly) && file.write(text) == text.size() && file.commit();
        const QString error = ok ? QString() : file.errorString();
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

void CalendarManager::notice(const Booking &b, const QString &previous)
{
    const auto a = activity(b.activityId);
    CalendarNotice n;
    n.activityId = b.activityId;
    n.sessionStart = b.sessionStart;
    n.activityTitle = a ? a->title : QString();
    n.when = QDateTime::currentDateTime();
    const QString s = b.status;
    if (s == QLatin1String("confirmed"))
        n.text = tr("Booking confirmed");
    else if (s == QLatin1String("waitlisted"))
        n.text = previous.startsWith(QLatin1String("waitlisted"))
                     ? tr("You are now number %1 on the waiting list").arg(b.position)
                     : tr("You are number %1 on the waiting list").arg(b.position);
    else if (s == QLatin1String("offered"))
        n.text = tr("A seat is offered to you until %1").arg(timeText(b.offerExpires));
    else if (s == QLatin1String("declined"))
        n.text = tr("The offered seat was passed on");
    else if (s == QLatin1String("attended"))
        n.text = tr("Marked as attended");
    else if (s == QLatin1String("cancelled") && a && a->cancelled)
        n.text = tr("Activity cancelled");
    else if (s == QLatin1String("cancelled") && a && a->cancelledSessions.contains(b.sessionStart))
        n.text = tr("This session is cancelled");
    else if (s == QLatin1String("cancelled"))
        n.text = tr("Booking cancelled");
    else
        return;
    m_notices.insert(m_notices.begin(), std::move(n));
}

void CalendarManager::onRecordsUpdated(const std::vector<RecordEvent> &events)
{
    bool activitiesTouched = false, bookingsTouched = false, noticed = false;
    const QString me = accountId();
    for (const auto &e : events) {
        if (e.kind == activityKind) {
            activitiesTouched = true;
        } else if (e.kind == bookingKind) {
            bookingsTouched = true;
            const QString id = qs(e.id);
            const Record *r = e.type == RecordEvent::Removed ? nullptr : m_store->record(e.id);
            if (!r || qs(r->owner) != me) {
                m_knownStatus.remove(id);
                continue;
            }
            const Booking b = Booking::fromRecord(*r);
            const QString now = b.status + QLatin1Char('#') + QString::number(b.position);
            const QString before = m_knownStatus.value(id);
            m_knownStatus.insert(id, now);
            // The first sight of a booking (loading the device, a new device) is no news; a change is.
            if (e.type == RecordEvent::Changed && !before.isEmpty() && before != now) {
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
}

} // namespace medvandrer
