#pragma once

#include "calendar/calendar_types.h"
#include "calendar/recurrence.h"
#include "core/qt_records.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QStringList>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>

#include <optional>
#include <vector>

namespace medvandrer {

class DeviceStore;
struct RecordEvent;
class CalendarSessionModel;

// One session of an activity, as the calendar lists it.
struct CalendarSession
{
    Activity activity;
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString sessionStart; // canonical UTC, the booking's sessionStart
    bool cancelled = false; // the activity or this one session
    int index = 0; // 0 = the first session of the series
};

// Something about a booking that changed at a sync, shown inside the app only (never as a system notification).
// It keeps what the server said (codes, times, positions), not words: its text is built when shown, in the
// language chosen then.
struct CalendarNotice
{
    enum Kind {
        Moved,
        Removed,
        ActivityCancelled,
        SessionCancelled,
        AttendanceUndone,
        Confirmed,
        Waitlisted,
        WaitlistMoved,
        Offered,
        Declined,
        Attended,
        BookingCancelled
    };
    Kind kind = Confirmed;
    QString activityTitle;
    QString activityId;
    QString sessionStart;
    // When the session is (for a move: its new time); every booked session's for a cancelled activity.
    QList<qint64> sessionsMs;
    qint64 movedFromMs = 0;
    int position = 0;
    QDateTime offerExpires;
    QDateTime when;
    bool read = false;

    // «Yoga has moved from Tue 1 Dec at 13:00 to 15:00», in the language chosen now.
    QString text() const;
    // When the session is (or was), «Tue 1 Dec at 13:00»; a list for a cancelled activity.
    QString sessionsText() const;
    // The same news about the same session (told once while unread).
    bool sameNews(const CalendarNotice &other) const;
};

// The aktivitetskalender on the device: activities and their sessions, the person's bookings and what the server
// decided about them, the koordinator's editing and participant lists, and the iCalendar export. Writes go to the
// DeviceStore (stamped and queued on the store thread); reads come from its snapshot.
class CalendarManager : public QObject
{
    Q_OBJECT
    Q_MOC_INCLUDE("calendar/calendar_models.h")
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool canEditActivities READ canEditActivities NOTIFY roleChanged)
    Q_PROPERTY(QStringList organiserKinds READ organiserKinds CONSTANT)
    Q_PROPERTY(QStringList tags READ tags NOTIFY activitiesChanged)
    Q_PROPERTY(bool fullTitlesInExport READ fullTitlesInExport WRITE setFullTitlesInExport NOTIFY
                   fullTitlesInExportChanged)
    Q_PROPERTY(int unreadNotifications READ unreadNotifications NOTIFY notificationsChanged)
    Q_PROPERTY(QVariantList participants READ participants NOTIFY participantsChanged)
    // "", "loading", "ready", "offline" or "error".
    Q_PROPERTY(QString participantsState READ participantsState NOTIFY participantsChanged)
    // The session the participant list is for; follows the session when a koordinator moves it.
    Q_PROPERTY(QString participantsSession READ participantsSession NOTIFY participantsChanged)
    Q_PROPERTY(QString participantsActivity READ participantsActivity NOTIFY participantsChanged)
    // The calendar tab's list (range, view, filters) and its scroll place outlive the page, so a tab switch
    // brings the person back to where she was.
    Q_PROPERTY(medvandrer::CalendarSessionModel *browse READ browse CONSTANT)
    Q_PROPERTY(qreal browseScroll READ browseScroll WRITE setBrowseScroll NOTIFY browseScrollChanged)
    Q_PROPERTY(bool browseFiltersShown READ browseFiltersShown WRITE setBrowseFiltersShown NOTIFY
                   browseFiltersShownChanged)
public:
    // A koordinator marks attendance (and undoes a mark) from the session's start until this long after its end,
    // as the server allows (docs/protocol.md §6.4, "Attendance").
    static constexpr qint64 attendanceWindowAfterEndMs = qint64(7) * 24 * 3'600'000;

    explicit CalendarManager(QObject *parent);

    void setDeviceStore(DeviceStore *store);
    static void setInstance(CalendarManager *instance);
    static CalendarManager *create(QQmlEngine *, QJSEngine *);
    // The instance set by a test, or one made for this store (owned by the application) when none was set.
    static CalendarManager *ensureInstance(DeviceStore *store);

    bool canEditActivities() const;
    // Screenshots without a server: show the koordinator's view.
    void setRoleOverride(const QString &role);
    QStringList organiserKinds() const;
    QStringList tags() const;
    bool fullTitlesInExport() const { return m_fullTitles; }
    void setFullTitlesInExport(bool full);
    int unreadNotifications() const;
    QVariantList participants() const { return m_participants; }
    QString participantsState() const { return m_participantsState; }
    QString participantsSession() const { return m_participantsSession; }
    QString participantsActivity() const { return m_participantsActivity; }
    CalendarSessionModel *browse() const { return m_browse; }
    qreal browseScroll() const { return m_browseScroll; }
    void setBrowseScroll(qreal y);
    bool browseFiltersShown() const { return m_browseFiltersShown; }
    void setBrowseFiltersShown(bool shown);

    std::vector<Activity> activities() const;
    std::optional<Activity> activity(const QString &id) const;
    // Sessions overlapping [from, to), in time order; empty filters match everything.
    std::vector<CalendarSession> sessionsBetween(const QDateTime &from, const QDateTime &to,
                                                 const QString &organiserKind = {}, const QString &tag = {}) const;
    std::optional<CalendarSession> session(const QString &activityId, const QString &sessionStart) const;
    // This person's bookings (a koordinator also holds everyone else's).
    std::vector<Booking> myBookings() const;
    // The active booking for a session, else the latest one.
    std::optional<Booking> myBooking(const QString &activityId, const QString &sessionStart) const;
    const std::vector<CalendarNotice> &notices() const { return m_notices; }

    // The booking's state in plain, kind words.
    QString stateText(const Booking &booking) const;
    // Cancelled because the activity or its session was (not by the person).
    bool cancelledByOrganiser(const Booking &booking) const;
    // "3 seats left" (as of the last sync), "Open, no booking needed", "Full: waiting list".
    QString seatsText(const CalendarSession &session) const;
    // -1 when the activity is open.
    int seatsLeft(const CalendarSession &session) const;
    // "tir. 1. des. kl. 13.00" in the app's language.
    static QString sessionWhenText(qint64 startMs);
    // «13:00–14:30»: a session's start and end on Oslo's clock.
    static QString timeRangeText(qint64 startMs, qint64 endMs);
    // Where a session went: itself while it is in the schedule, the session with the same place in the series
    // after a koordinator changed the times (seen on this device, or told by the server's movedFrom on my
    // booking), empty when it no longer exists.
    Q_INVOKABLE QString currentSessionFor(const QString &activityId, const QString &sessionStart) const;
    // «Was here» may be marked from the session's start until attendanceWindowAfterEndMs after its end.
    Q_INVOKABLE bool attendanceOpen(const QString &activityId, const QString &sessionStart) const;

    // Everything the activity page shows about one session.
    Q_INVOKABLE QVariantMap sessionDetails(const QString &activityId, const QString &sessionStart) const;
    Q_INVOKABLE QString firstSessionOf(const QString &activityId) const;

    Q_INVOKABLE QString book(const QString &activityId, const QString &sessionStart);
    Q_INVOKABLE bool cancelBooking(const QString &bookingId);
    Q_INVOKABLE bool answerOffer(const QString &bookingId, bool accept);

    // The editor: fields of an activity as the form shows them (local date, time, minutes), and back.
    Q_INVOKABLE QVariantMap activityForEdit(const QString &activityId) const;
    Q_INVOKABLE QString saveActivity(const QString &activityId, const QVariantMap &form);
    Q_INVOKABLE bool cancelActivity(const QString &activityId);
    Q_INVOKABLE bool cancelSession(const QString &activityId, const QString &sessionStart);

    // Koordinator: who is booked and waiting (names come from the server only).
    Q_INVOKABLE void loadParticipants(const QString &activityId, const QString &sessionStart);
    // The list's page is gone: stop following its session.
    Q_INVOKABLE void closeParticipants();
    Q_INVOKABLE bool markAttended(const QString &bookingId);
    // The koordinator's undo of a mistaken attendance mark: the booking goes back to confirmed.
    Q_INVOKABLE bool undoAttended(const QString &bookingId);

    // Writes an .ics file of one booking (or all when bookingId is empty); exportFinished() follows.
    Q_INVOKABLE void exportIcs(const QString &bookingId, const QString &filePath);
    Q_INVOKABLE QString defaultExportPath() const;
    // The same, to a file the person chose in the save dialog; and the folder that dialog opens in.
    Q_INVOKABLE void exportIcsTo(const QString &bookingId, const QUrl &file);
    Q_INVOKABLE QUrl defaultExportFolder() const;
    // The file's text, built now (tests and the export worker use it).
    std::string icsText(const QString &bookingId) const;

    Q_INVOKABLE void markNotificationsRead();

Q_SIGNALS:
    void roleChanged();
    void activitiesChanged();
    void bookingsChanged();
    void notificationsChanged();
    void participantsChanged();
    void fullTitlesInExportChanged();
    void errorOccurred(const QString &message);
    void exportFinished(bool ok, const QString &path, const QString &message);
    void browseScrollChanged();
    void browseFiltersShownChanged();

private:
    void onRecordsUpdated(const std::vector<RecordEvent> &events);
    struct KnownBooking
    {
        QString status;
        int position = 0;
        QString sessionStart;
        qint64 sessionMs = 0;
    };
    void notice(const Booking &booking, const KnownBooking &previous);
    bool setAttendance(const QString &bookingId, bool attended);
    void addNotice(CalendarNotice n);
    void noteActivityTimes(const QString &id, const Record *activity);
    // Reads the activities and my bookings the store already holds (it may have loaded before this manager).
    void takeInSnapshot();
    void setParticipantRows(const QVariantList &rows, const QString &state);
    void requestParticipants(bool quietly);
    bool submit(std::vector<LocalEdit> edits);
    QString settingsFile() const;
    QString accountId() const;

    QPointer<DeviceStore> m_store;
    QString m_roleOverride;
    bool m_fullTitles = false;
    // The last status seen per booking, so a change arriving from sync can be told apart from the first load.
    QHash<QString, KnownBooking> m_known;
    std::vector<CalendarNotice> m_notices;
    // The times of each activity as last seen, and where each session went when a koordinator changed them
    // ("activityId|oldStart" → new start, or empty when the session was removed).
    QHash<QString, calendar::ActivityTimes> m_activityTimes;
    QHash<QString, QString> m_sessionMoves;
    QVariantList m_participants;
    QString m_participantsState;
    QString m_participantsTag;
    QString m_participantsActivity;
    QString m_participantsSession;
    CalendarSessionModel *m_browse = nullptr;
    qreal m_browseScroll = 0;
    bool m_browseFiltersShown = false;
};

} // namespace medvandrer
