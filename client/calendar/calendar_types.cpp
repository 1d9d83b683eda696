#include "calendar/calendar_types.h"

#include "calendar/calendar_time.h"
#include "core/qt_records.h"

namespace medvandrer {

namespace {
QString text(const Record &r, const char *field)
{
    return qs(r.stringValue(field));
}

std::optional<int> integer(const Record &r, const char *field)
{
    const Json *v = r.value(field);
    if (!v || !v->is_number_integer())
        return std::nullopt;
    return v->get<int>();
}

bool flag(const Record &r, const char *field)
{
    const Json *v = r.value(field);
    return v && v->is_boolean() && v->get<bool>();
}

QDateTime dateTime(const Record &r, const char *field)
{
    const auto ms = calendar::parseDateTimeMs(r.stringValue(field));
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC) : QDateTime();
}

QStringList strings(const Json *v)
{
    QStringList out;
    if (v && v->is_array()) {
        for (const auto &item : *v) {
            if (item.is_string())
                out.push_back(qs(item.get<std::string>()));
        }
    }
    return out;
}
} // namespace

QString canonicalUtc(const QString &value)
{
    const auto ms = calendar::parseDateTimeMs(ss(value));
    return ms ? qs(calendar::formatUtc(*ms)) : QString();
}

Activity Activity::fromRecord(const Record &r)
{
    Activity a;
    a.id = qs(r.id);
    a.title = text(r, "title");
    a.description = text(r, "description");
    a.organiser = text(r, "organiser");
    a.organiserKind = text(r, "organiserKind");
    a.address = text(r, "address");
    a.start = dateTime(r, "start");
    a.end = dateTime(r, "end");
    a.recurrenceWeeks = integer(r, "recurrenceWeeks").value_or(0);
    a.capacity = integer(r, "capacity");
    a.bookingDeadlineHours = integer(r, "bookingDeadlineHours");
    a.tags = strings(r.value("tags"));
    a.cancelled = flag(r, "cancelled");
    for (const QString &s : strings(r.value("cancelledSessions")))
        a.cancelledSessions.push_back(canonicalUtc(s));
    if (const Json *seats = r.value("seatsTaken"); seats && seats->is_object()) {
        for (const auto &[session, count] : seats->items()) {
            if (count.is_number_integer())
                a.seatsTaken.insert(canonicalUtc(qs(session)), count.get<int>());
        }
    }
    return a;
}

Booking Booking::fromRecord(const Record &r)
{
    Booking b;
    b.id = qs(r.id);
    b.owner = qs(r.owner);
    b.activityId = text(r, "activityId");
    const auto ms = calendar::parseDateTimeMs(r.stringValue("sessionStart"));
    b.sessionMs = ms.value_or(0);
    b.sessionStart = ms ? qs(calendar::formatUtc(*ms)) : QString();
    b.status = text(r, "status");
    b.position = integer(r, "position").value_or(0);
    b.offerExpires = dateTime(r, "offerExpires");
    b.requestedAt = text(r, "requestedAt");
    b.wantsCancel = flag(r, "wantsCancel");
    if (const Json *v = r.value("acceptOffer"); v && v->is_boolean())
        b.acceptOffer = v->get<bool>();
    b.movedFrom = canonicalUtc(text(r, "movedFrom"));
    b.cancelReason = text(r, "cancelReason");
    return b;
}

bool Booking::isActive() const
{
    return status == QLatin1String("requested") || status == QLatin1String("confirmed") ||
           status == QLatin1String("waitlisted") || status == QLatin1String("offered");
}

} // namespace medvandrer
