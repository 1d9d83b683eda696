#pragma once

#include "records/record.h"

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace medvandrer {

// An activity record as the calendar pages read it.
struct Activity
{
    QString id;
    QString title;
    QString description;
    QString organiser;
    QString organiserKind; // kommune | brukerorganisasjon | frivillig
    QString address;
    QDateTime start;
    QDateTime end;
    int recurrenceWeeks = 0;
    std::optional<int> capacity; // none = open drop-in, no booking
    std::optional<int> bookingDeadlineHours;
    QStringList tags;
    bool cancelled = false;
    // Sessions (UTC "…Z") cancelled one by one, and seats taken per session as of the last sync.
    QStringList cancelledSessions;
    QMap<QString, int> seatsTaken;

    static Activity fromRecord(const Record &r);
};

// A booking record: one person, one session.
struct Booking
{
    QString id;
    QString owner;
    QString activityId;
    QString sessionStart; // canonical UTC, so it compares with the calendar's sessions
    qint64 sessionMs = 0;
    QString status;
    int position = 0;
    QDateTime offerExpires;
    QString requestedAt;
    bool wantsCancel = false;
    std::optional<bool> acceptOffer;
    // Server-written when a koordinator's edit moved the booking: the session it was on (canonical UTC).
    QString movedFrom;
    // Server-written with a cancel: "session_removed" when an edit left no session for it.
    QString cancelReason;

    static Booking fromRecord(const Record &r);
    // Holds or wants a place: requested, confirmed, waitlisted or offered.
    bool isActive() const;
};

// "2025-04-01T18:00:00+02:00" → "2025-04-01T16:00:00Z"; empty when unreadable.
QString canonicalUtc(const QString &dateTime);

} // namespace medvandrer
