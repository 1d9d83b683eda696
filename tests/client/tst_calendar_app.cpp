// The calendar and bookings against the real server: a koordinator's activity reaching a bruker, offline booking,
// the wait-list and offers, cancelling an activity, participants and attendance, and the .ics export.
#include "calendar/calendar_manager.h"
#include "app/language.h"
#include "core/locale_format.h"
#include "calendar/calendar_models.h"
#include "device_fixture.h"
#include "server_process.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace medvandrer;

namespace {
// A phone with the calendar on top of its store, as main() wires it.
struct CalendarPhone
{
    // A fresh store in its own temporary folder.
    CalendarPhone() : phone(ownDir.path()), calendar(std::make_unique<CalendarManager>(nullptr))
    {
        calendar->setDeviceStore(phone.store.get());
    }
    ~CalendarPhone() { calendar.reset(); }

    bool signIn(const QString &url, const QString &username)
    {
        return phone.waitLoaded() && phone.loginAs(url, username);
    }

    QVariantMap details(const QString &activityId, const QString &session) const
    {
        return calendar->sessionDetails(activityId, session);
    }
    bool waitStatus(const QString &activityId, const QString &session, const QString &status, int ms = 20000)
    {
        return QTest::qWaitFor([&] { return details(activityId, session).value("status").toString() == status; }, ms);
    }

    QTemporaryDir ownDir; // before phone: the store lives in it
    Phone phone;
    std::unique_ptr<CalendarManager> calendar;
};

// Notices whose text contains needle.
int noticesWith(const CalendarManager &m, const QString &needle)
{
    return int(std::count_if(m.notices().begin(), m.notices().end(),
                             [&](const CalendarNotice &n) { return n.text().contains(needle); }));
}

QVariantMap activityForm(const QString &title, int capacity)
{
    const QDate day = QDate::currentDate().addDays(3);
    return {{"title", title},
            {"description", "Vi snakker om hverdagen."},
            {"organiser", "Mental Helse"},
            {"organiserKind", "brukerorganisasjon"},
            {"address", "Storgata 1"},
            {"date", day.toString(Qt::ISODate)},
            {"time", "18:00"},
            {"durationMinutes", 90},
            {"recurrenceWeeks", 3},
            {"capacity", capacity},
            {"bookingDeadlineHours", 1},
            {"tags", "rusfritt, Kurs"}};
}
} // namespace

class TestCalendar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (ServerProcess::binary().isEmpty())
            QSKIP("medvandrer-server not built");
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        // As in the app: English with its plural forms («1 seat left», «12 seats left»).
        m_language = std::make_unique<Language>(nullptr);
        m_language->setChoice(QStringLiteral("en"));
    }

    void koordinatorCreatesAndBrukerSeesIt()
    {
        CalendarPhone lise, kari;
        QVERIFY(lise.signIn(m_server.url(), "lise") && kari.signIn(m_server.url(), "kari"));
        QVERIFY(lise.calendar->canEditActivities());
        QVERIFY(!kari.calendar->canEditActivities());
        QVERIFY(kari.calendar->saveActivity({}, activityForm("Not allowed", 5)).isEmpty());

        const QString id = lise.calendar->saveActivity({}, activityForm("Samtalegruppe", 5));
        QVERIFY(!id.isEmpty());
        QVERIFY(lise.phone.waitSynced());
        QVERIFY(QTest::qWaitFor([&] { return kari.calendar->activity(id).has_value(); }, 20000));
        const Activity seen = *kari.calendar->activity(id);
        QCOMPARE(seen.title, QStringLiteral("Samtalegruppe"));
        QCOMPARE(seen.organiserKind, QStringLiteral("brukerorganisasjon"));
        QCOMPARE(seen.capacity.value_or(0), 5);
        QCOMPARE(seen.tags, QStringList({"rusfritt", "kurs"}));

        // The week model lists its session with the filters; another kind filters it out.
        CalendarSessionModel week;
        QAbstractItemModelTester tester(&week, QAbstractItemModelTester::FailureReportingMode::QtTest);
        week.setManager(kari.calendar.get());
        week.setAnchorDate(QDate::currentDate().addDays(3));
        auto titles = [&] {
            QStringList out;
            for (int i = 0; i < week.count(); ++i)
                out << week.get(i).value("title").toString();
            return out;
        };
        QVERIFY(titles().contains("Samtalegruppe"));
        week.setTag("kurs");
        QVERIFY(titles().contains("Samtalegruppe"));
        week.setOrganiserKind("kommune");
        QVERIFY(!titles().contains("Samtalegruppe"));
        week.setOrganiserKind({});
        week.setWeekView(false);
        week.setAnchorDate(QDate::currentDate().addDays(4));
        QVERIFY(!titles().contains("Samtalegruppe"));
        week.setAnchorDate(QDate::currentDate().addDays(10));
        QVERIFY(titles().contains("Samtalegruppe")); // the weekly recurrence
    }

    // The store can load and sync before the calendar exists (the app's QML creates it later): the calendar
    // must list what the store already holds, not wait for the next change (it stayed empty).
    void aCalendarMadeAfterTheSyncListsWhatIsThere()
    {
        CalendarPhone lise;
        QVERIFY(lise.signIn(m_server.url(), "lise"));
        const QString id = lise.calendar->saveActivity({}, activityForm("Kveldsgruppe", 5));
        QVERIFY(!id.isEmpty() && lise.phone.waitSynced());

        QTemporaryDir dir;
        Phone kari(dir.path());
        QVERIFY(kari.waitLoaded() && kari.loginAs(m_server.url(), "kari"));
        QVERIFY(QTest::qWaitFor([&] { return kari.store->record(id.toStdString()) != nullptr; }, 20000));
        CalendarManager late(nullptr);
        late.setDeviceStore(kari.store.get());
        QVERIFY(late.activity(id).has_value());
        // The calendar's own list (kept by the manager across pages) shows the same as a list made now.
        CalendarSessionModel fresh;
        fresh.setManager(&late);
        fresh.setAnchorDate(late.browse()->anchorDate());
        fresh.setWeekView(late.browse()->weekView());
        QVERIFY(fresh.count() > 0);
        QCOMPARE(late.browse()->count(), fresh.count());
    }

    void offlineBookingWaitlistOfferAndCancel()
    {
        CalendarPhone lise, kari, per;
        QVERIFY(lise.signIn(m_server.url(), "lise") && kari.signIn(m_server.url(), "kari") &&
                per.signIn(m_server.url(), "per"));

        const QString id = lise.calendar->saveActivity({}, activityForm("Turgruppe", 1));
        QVERIFY(lise.phone.waitSynced());
        QVERIFY(QTest::qWaitFor([&] { return kari.calendar->activity(id) && per.calendar->activity(id); }, 20000));
        const QString session = kari.calendar->firstSessionOf(id);
        QVERIFY(!session.isEmpty());

        // Kari books offline: the app says so in words until the server has decided.
        kari.phone.store->setSyncEnabled(false);
        QVERIFY(kari.phone.waitState(SyncState::Offline));
        QVERIFY(!kari.calendar->book(id, session).isEmpty());
        QVERIFY(kari.waitStatus(id, session, "requested"));
        QCOMPARE(kari.details(id, session).value("stateText").toString(), QStringLiteral("Requested, waiting for sync"));
        kari.phone.store->setSyncEnabled(true);
        QVERIFY(kari.waitStatus(id, session, "confirmed"));
        QCOMPARE(kari.details(id, session).value("stateText").toString(), QStringLiteral("Booked: you have a seat"));
        QVERIFY(QTest::qWaitFor([&] { return kari.calendar->notices().size() == 1; }, 5000));
        QCOMPARE(kari.calendar->notices().front().text(), QStringLiteral("Booking confirmed"));

        // The one seat is taken: Per is wait-listed with his place in the queue.
        QVERIFY(!per.calendar->book(id, session).isEmpty());
        QVERIFY(per.waitStatus(id, session, "waitlisted"));
        QCOMPARE(per.details(id, session).value("stateText").toString(),
                 QStringLiteral("You are number 1 on the waiting list"));
        QVERIFY(QTest::qWaitFor([&] { return !per.calendar->notices().empty(); }, 5000));
        QCOMPARE(per.calendar->notices().front().text(), QStringLiteral("You are number 1 on the waiting list"));

        // The koordinator sees both, by name, and can mark attendance only on a confirmed booking.
        lise.calendar->loadParticipants(id, session);
        QVERIFY(QTest::qWaitFor([&] { return lise.calendar->participantsState() == "ready"; }, 20000));
        QStringList who;
        for (const auto &p : lise.calendar->participants())
            who << p.toMap().value("displayName").toString() + ":" + p.toMap().value("status").toString();
        QCOMPARE(who.size(), 2);
        QVERIFY2(who.join(',').contains("confirmed") && who.join(',').contains("waitlisted"), qPrintable(who.join(',')));
        // A bruker gets no names.
        kari.calendar->loadParticipants(id, session);
        QCOMPARE(kari.calendar->participantsState(), QStringLiteral("error"));

        // Kari cancels: the seat is offered to Per, who accepts.
        const QString kariBooking = kari.details(id, session).value("bookingId").toString();
        QVERIFY(kari.calendar->cancelBooking(kariBooking));
        QVERIFY(kari.waitStatus(id, session, "cancelled"));
        QVERIFY(per.waitStatus(id, session, "offered"));
        QVERIFY(per.details(id, session).value("stateText").toString().startsWith("A seat is offered to you until"));
        QVERIFY(per.details(id, session).value("offerOpen").toBool());
        QVERIFY(per.calendar->notices().front().text().startsWith("A seat is offered to you until"));
        QVERIFY(per.calendar->answerOffer(per.details(id, session).value("bookingId").toString(), true));
        QVERIFY(per.waitStatus(id, session, "confirmed"));

        // «Was here» is not offered for a session three days ahead.
        const QString perBooking = per.details(id, session).value("bookingId").toString();
        QVERIFY(QTest::qWaitFor([&] {
            const auto *r = lise.phone.store->record(perBooking.toStdString());
            return r && r->stringValue("status") == "confirmed";
        }, 20000));
        QVERIFY(!lise.calendar->attendanceOpen(id, session));
        QVERIFY(!lise.calendar->markAttended(perBooking));
    }

    // Attendance from the session's start, never before; the koordinator can take a mark back; the person is
    // never told «You were there» about a session that has not begun.
    void attendanceFromTheStartAndUndo()
    {
        CalendarPhone lise, kari;
        QVERIFY(lise.signIn(m_server.url(), "lise") && kari.signIn(m_server.url(), "kari"));
        // A session starting in a few seconds, bookable until it starts; the koordinator types Norwegian time.
        const QDateTime start = LocaleFormat::inOslo(QDateTime::currentDateTimeUtc().addSecs(8));
        QVariantMap form = activityForm("Morgenkaffe", 5);
        form["date"] = start.date().toString(Qt::ISODate);
        form["time"] = start.time().toString("HH:mm:ss");
        form["durationMinutes"] = 30;
        form["recurrenceWeeks"] = 0;
        form["bookingDeadlineHours"] = 0;
        const QString id = lise.calendar->saveActivity({}, form);
        QVERIFY(!id.isEmpty());
        QVERIFY(lise.phone.waitSynced());
        QVERIFY(QTest::qWaitFor([&] { return kari.calendar->activity(id).has_value(); }, 20000));
        const QString session = kari.calendar->firstSessionOf(id);
        QVERIFY(!kari.calendar->book(id, session).isEmpty());
        QVERIFY(kari.waitStatus(id, session, "confirmed"));
        const QString booking = kari.details(id, session).value("bookingId").toString();
        QVERIFY(QTest::qWaitFor([&] {
            const auto *r = lise.phone.store->record(booking.toStdString());
            return r && r->stringValue("status") == "confirmed";
        }, 20000));

        // Before the start: no mark, and the participant row does not offer one.
        QVERIFY(!lise.calendar->attendanceOpen(id, session));
        QVERIFY(!lise.calendar->markAttended(booking));
        lise.calendar->loadParticipants(id, session);
        QVERIFY(QTest::qWaitFor([&] { return lise.calendar->participantsState() == "ready"; }, 20000));
        ParticipantModel rows;
        QAbstractItemModelTester tester(&rows, QAbstractItemModelTester::FailureReportingMode::QtTest);
        rows.setManager(lise.calendar.get());
        QCOMPARE(rows.count(), 1);
        QVERIFY(!rows.get(0).value("canMarkAttended").toBool());

        // From the start it can be marked, reaches Kari as «You were there», and can be taken back.
        QVERIFY(QTest::qWaitFor([&] { return lise.calendar->attendanceOpen(id, session); }, 15000));
        QCOMPARE(kari.details(id, session).value("seatsText").toString(), QStringLiteral("Going on now"));
        lise.calendar->loadParticipants(id, session);
        QVERIFY(QTest::qWaitFor([&] { return lise.calendar->participantsState() == "ready" && rows.count() == 1; }, 20000));
        QVERIFY(rows.get(0).value("canMarkAttended").toBool());
        QVERIFY(lise.calendar->markAttended(booking));
        QVERIFY(kari.waitStatus(id, session, "attended"));
        QCOMPARE(kari.details(id, session).value("stateText").toString(), QStringLiteral("You were there"));
        QCOMPARE(kari.calendar->notices().front().text(), QStringLiteral("Marked as attended"));
        QVERIFY(QTest::qWaitFor([&] {
            const auto *r = lise.phone.store->record(booking.toStdString());
            return r && r->stringValue("status") == "attended";
        }, 20000));
        QVERIFY(lise.calendar->undoAttended(booking));
        QVERIFY(kari.waitStatus(id, session, "confirmed"));
        QCOMPARE(kari.calendar->notices().front().text(), QStringLiteral("The attendance mark was taken back"));
    }

    // What a booking says about time, without a server: a mark on a session still to come never reads as
    // «You were there», and a session that has ended says it is over instead of counting seats.
    void stateTextRespectsTime()
    {
        CalendarPhone kari;
        QVERIFY(kari.phone.waitLoaded());
        Booking early;
        early.status = QStringLiteral("attended");
        early.sessionMs = QDateTime::currentMSecsSinceEpoch() + 24 * 3600 * 1000LL;
        QCOMPARE(kari.calendar->stateText(early), QStringLiteral("Booked: you have a seat"));
        early.sessionMs = QDateTime::currentMSecsSinceEpoch() - 3600 * 1000LL;
        QCOMPARE(kari.calendar->stateText(early), QStringLiteral("You were there"));

        CalendarSession past;
        past.activity.capacity = 12;
        past.startMs = QDateTime::currentMSecsSinceEpoch() - 3 * 3600 * 1000LL;
        past.endMs = past.startMs + 3600 * 1000LL;
        QCOMPARE(kari.calendar->seatsText(past), QStringLiteral("This session is over"));
        past.startMs += 24 * 3600 * 1000LL;
        past.endMs += 24 * 3600 * 1000LL;
        QCOMPARE(kari.calendar->seatsText(past), QStringLiteral("12 seats left"));
    }

    // A koordinator changes the time: the booking follows to the session with the same place in the series,
    // everything the person and the koordinator see agrees, and the person is told once, with both times.
    // A shorter series cancels the bookings on the sessions it removed, and says so.
    void editingTheTimeMovesBookings()
    {
        CalendarPhone lise, kari;
        QVERIFY(lise.signIn(m_server.url(), "lise") && kari.signIn(m_server.url(), "kari"));
        QVariantMap form = activityForm("Tirsdagskafé", 5);
        form["time"] = "13:00";
        const QString id = lise.calendar->saveActivity({}, form);
        QVERIFY(lise.phone.waitSynced());
        QVERIFY(QTest::qWaitFor([&] { return kari.calendar->activity(id).has_value(); }, 20000));
        const QString first = kari.calendar->firstSessionOf(id);
        const QString second = canonicalUtc(QDateTime::fromString(first, Qt::ISODate).addDays(7).toString(Qt::ISODate));
        QVERIFY(kari.calendar->session(id, second).has_value());
        QVERIFY(!kari.calendar->book(id, second).isEmpty());
        QVERIFY(kari.waitStatus(id, second, "confirmed"));
        QVERIFY(QTest::qWaitFor([&] { return lise.details(id, second).value("seatsLeft").toInt() == 4; }, 20000));
        const int noticesBefore = int(kari.calendar->notices().size());

        // 13:00 → 13:30. The editor's own device follows at once (same place in the series).
        form = lise.calendar->activityForEdit(id);
        form["time"] = "13:30";
        QCOMPARE(lise.calendar->saveActivity(id, form), id);
        const QString moved = canonicalUtc(QDateTime::fromString(second, Qt::ISODate).addSecs(1800).toString(Qt::ISODate));
        QVERIFY(QTest::qWaitFor([&] { return lise.calendar->currentSessionFor(id, second) == moved; }, 5000));
        QVERIFY(lise.phone.waitSynced());

        // Kari's booking is on the new session, her list names the activity, seats agree on both phones.
        QVERIFY(kari.waitStatus(id, moved, "confirmed"));
        MyBookingModel mine;
        QAbstractItemModelTester tester(&mine, QAbstractItemModelTester::FailureReportingMode::QtTest);
        mine.setManager(kari.calendar.get());
        // Kari's row for this activity (she has bookings from the other tests too).
        auto row = [&] {
            for (int i = 0; i < mine.count(); ++i) {
                if (mine.get(i).value("activityId").toString() == id)
                    return mine.get(i);
            }
            return QVariantMap();
        };
        QCOMPARE(row().value("title").toString(), QStringLiteral("Tirsdagskafé"));
        QCOMPARE(row().value("sessionStart").toString(), moved);
        QVERIFY(QTest::qWaitFor([&] { return kari.details(id, moved).value("seatsLeft").toInt() == 4; }, 20000));
        QVERIFY(QTest::qWaitFor([&] { return lise.details(id, moved).value("seatsLeft").toInt() == 4; }, 20000));
        QCOMPARE(kari.calendar->currentSessionFor(id, second), moved);
        // One notice, naming the activity, the old time and the new.
        QVERIFY(QTest::qWaitFor([&] { return noticesWith(*kari.calendar, "has moved") == 1; }, 5000));
        QCOMPARE(int(kari.calendar->notices().size()), noticesBefore + 1);
        const QString text = kari.calendar->notices().front().text();
        QVERIFY2(text.startsWith("Tirsdagskafé has moved from ") && text.contains("13:00") && text.endsWith("at 13:30"),
                 qPrintable(text));

        // The notice keeps what the server said, not words: after a switch of language it is told in the new one,
        // in the list too, with the times on Oslo's clock (this machine's zone may be another).
        {
            Language &language = *m_language;
            CalendarNoticeModel list;
            list.setManager(kari.calendar.get());
            language.setChoice(QStringLiteral("nn"));
            const QString nn = kari.calendar->notices().front().text();
            QVERIFY2(nn.startsWith("Tirsdagskafé er flytt frå ") && nn.contains("kl. 13.00") && nn.endsWith(" til kl. 13.30"),
                     qPrintable(nn));
            QCOMPARE(list.get(0).value("message").toString(), nn);
            language.setChoice(QStringLiteral("nb"));
            const QString nb = kari.calendar->notices().front().text();
            QVERIFY2(nb.startsWith("Tirsdagskafé er flyttet fra ") && nb.endsWith(" til kl. 13.30"), qPrintable(nb));
            QCOMPARE(list.get(0).value("message").toString(), nb);
            language.setChoice(QStringLiteral("en"));
            QCOMPARE(kari.calendar->notices().front().text(), text);
            QCOMPARE(list.get(0).value("message").toString(), text);
        }

        // The koordinator's participant list, opened on the old time, follows to the new one and lists Kari.
        lise.calendar->loadParticipants(id, second);
        QVERIFY(QTest::qWaitFor([&] { return lise.calendar->participantsState() == "ready"; }, 20000));
        QCOMPARE(lise.calendar->participantsSession(), moved);
        QCOMPARE(lise.calendar->participants().size(), 1);
        QCOMPARE(lise.calendar->participants().front().toMap().value("displayName").toString(), QStringLiteral("Kari"));

        // One session only: Kari's second-week session is removed, her booking ends and she is told.
        form = lise.calendar->activityForEdit(id);
        form["recurrenceWeeks"] = 0;
        QCOMPARE(lise.calendar->saveActivity(id, form), id);
        QVERIFY(lise.phone.waitSynced());
        auto kariBooking = [&] {
            for (const Booking &b : kari.calendar->myBookings()) {
                if (b.activityId == id)
                    return b;
            }
            return Booking();
        };
        QVERIFY(QTest::qWaitFor([&] { return kariBooking().status == "cancelled"; }, 20000));
        QCOMPARE(kariBooking().cancelReason, QStringLiteral("session_removed"));
        QVERIFY(QTest::qWaitFor([&] { return noticesWith(*kari.calendar, "is no longer in the calendar") == 1; }, 5000));
        QCOMPARE(row().value("title").toString(), QStringLiteral("Tirsdagskafé"));
        QCOMPARE(row().value("stateText").toString(), QStringLiteral("Cancelled: this session was taken out of the calendar"));
        QVERIFY(row().value("warning").toBool());
        // The page opened on it is never blank.
        const QVariantMap gone = kari.details(id, moved);
        QVERIFY(gone.value("missing").toBool());
        QCOMPARE(gone.value("title").toString(), QStringLiteral("Tirsdagskafé"));
    }

    void cancellingAnActivityTellsEveryoneBooked()
    {
        CalendarPhone lise, kari;
        QVERIFY(lise.signIn(m_server.url(), "lise") && kari.signIn(m_server.url(), "kari"));
        const QString id = lise.calendar->saveActivity({}, activityForm("Spillkveld", 10));
        QVERIFY(lise.phone.waitSynced());
        QVERIFY(QTest::qWaitFor([&] { return kari.calendar->activity(id).has_value(); }, 20000));
        const QString session = kari.calendar->firstSessionOf(id);
        QVERIFY(!kari.calendar->book(id, session).isEmpty());
        QVERIFY(kari.waitStatus(id, session, "confirmed"));

        // Two sessions booked: one notice for the cancelled activity, with both dates.
        const QString next = canonicalUtc(QDateTime::fromString(session, Qt::ISODate).addDays(7).toString(Qt::ISODate));
        QVERIFY(!kari.calendar->book(id, next).isEmpty());
        QVERIFY(kari.waitStatus(id, next, "confirmed"));
        const int before = int(kari.calendar->notices().size());

        QVERIFY(lise.calendar->cancelActivity(id));
        QVERIFY(kari.waitStatus(id, session, "cancelled"));
        QVERIFY(kari.waitStatus(id, next, "cancelled"));
        QTest::qWait(300);
        QCOMPARE(int(kari.calendar->notices().size()), before + 1);
        const QString text = kari.calendar->notices().front().text();
        const qint64 firstMs = QDateTime::fromString(session, Qt::ISODate).toMSecsSinceEpoch();
        QVERIFY2(text.startsWith("Spillkveld is cancelled: ") &&
                     text.contains(CalendarManager::sessionWhenText(firstMs)) &&
                     text.contains(CalendarManager::sessionWhenText(firstMs + 7 * 24 * 3600 * 1000LL)),
                 qPrintable(text));
        QVERIFY(kari.calendar->unreadNotifications() >= 2);
        // One clear state: «Cancelled» by the organiser, no second chip, no calendar export.
        const QVariantMap d = kari.details(id, session);
        QVERIFY(d.value("cancelled").toBool());
        QVERIFY(d.value("stateText").toString().isEmpty());
        QVERIFY(d.value("cancelledText").toString().startsWith("Cancelled: this activity will not take place"));
        QVERIFY(!d.value("canExport").toBool());
        CalendarSessionModel week;
        week.setManager(kari.calendar.get());
        week.setAnchorDate(QDateTime::fromString(session, Qt::ISODate).toLocalTime().date());
        bool found = false;
        for (int i = 0; i < week.count(); ++i) {
            const QVariantMap row = week.get(i);
            if (row.value("activityId").toString() == id && row.value("sessionStart").toString() == session) {
                found = true;
                QVERIFY(row.value("cancelled").toBool());
                QVERIFY(row.value("stateText").toString().isEmpty());
            }
        }
        QVERIFY(found);
        MyBookingModel mine;
        mine.setManager(kari.calendar.get());
        for (int i = 0; i < mine.count(); ++i) {
            if (mine.get(i).value("activityId").toString() == id) {
                QCOMPARE(mine.get(i).value("stateText").toString(), QStringLiteral("Cancelled by the organiser"));
                QVERIFY(mine.get(i).value("warning").toBool());
            }
        }
        kari.calendar->markNotificationsRead();
        QCOMPARE(kari.calendar->unreadNotifications(), 0);
    }

    // Seats left come from the server's count; a booking the server refuses is undone on the phone, not left
    // "requested" for ever.
    void seatsLeftAndARefusedBookingIsUndone()
    {
        CalendarPhone lise, kari, per;
        QVERIFY(lise.signIn(m_server.url(), "lise") && kari.signIn(m_server.url(), "kari") &&
                per.signIn(m_server.url(), "per"));
        const QString id = lise.calendar->saveActivity({}, activityForm("Kveldstur", 4));
        QVERIFY(lise.phone.waitSynced());
        QVERIFY(QTest::qWaitFor([&] { return per.calendar->activity(id).has_value(); }, 20000));
        const QString session = per.calendar->firstSessionOf(id);
        QCOMPARE(per.details(id, session).value("seatsLeft").toInt(), 4);
        // Kari books on her own phone, so it must have the activity too (it syncs on its own time).
        QVERIFY(QTest::qWaitFor([&] { return kari.calendar->activity(id).has_value(); }, 20000));
        QVERIFY(!kari.calendar->book(id, session).isEmpty());
        QVERIFY(kari.waitStatus(id, session, "confirmed"));
        // Per's phone learns the count with the activity at its next sync: one seat fewer.
        QVERIFY(QTest::qWaitFor([&] { return per.details(id, session).value("seatsLeft").toInt() == 3; }, 20000));

        // Per books offline while the koordinator cancels that one session.
        per.phone.store->setSyncEnabled(false);
        QVERIFY(!per.calendar->book(id, session).isEmpty());
        QVERIFY(per.waitStatus(id, session, "requested"));
        QVERIFY(lise.calendar->cancelSession(id, session));
        QVERIFY(lise.phone.waitSynced());
        QVERIFY(kari.waitStatus(id, session, "cancelled"));
        QSignalSpy refused(per.phone.store.get(), &DeviceStore::changesRejected);
        per.phone.store->setSyncEnabled(true);
        QVERIFY(refused.wait(20000) || refused.count() > 0);
        QCOMPARE(refused.first().at(0).toInt(), 1);
        QVERIFY(per.phone.waitSynced());
        QVERIFY(QTest::qWaitFor([&] { return per.details(id, session).value("status").toString().isEmpty(); }, 20000));
        QVERIFY(per.details(id, session).value("cancelled").toBool());
    }

    // The editor will not lower the seats below those already taken (the server would refuse the change).
    void capacityNotBelowSeatsTaken()
    {
        CalendarPhone lise, kari, per;
        QVERIFY(lise.signIn(m_server.url(), "lise") && kari.signIn(m_server.url(), "kari") &&
                per.signIn(m_server.url(), "per"));
        const QString id = lise.calendar->saveActivity({}, activityForm("Strikkekafé", 4));
        QVERIFY(lise.phone.waitSynced());
        QVERIFY(QTest::qWaitFor([&] { return kari.calendar->activity(id) && per.calendar->activity(id); }, 20000));
        const QString session = kari.calendar->firstSessionOf(id);
        QVERIFY(!kari.calendar->book(id, session).isEmpty());
        QVERIFY(!per.calendar->book(id, session).isEmpty());
        QVERIFY(kari.waitStatus(id, session, "confirmed"));
        QVERIFY(per.waitStatus(id, session, "confirmed"));
        QVERIFY(QTest::qWaitFor([&] { return lise.details(id, session).value("seatsLeft").toInt() == 2; }, 20000));

        QSignalSpy errors(lise.calendar.get(), &CalendarManager::errorOccurred);
        QVariantMap form = lise.calendar->activityForEdit(id);
        form[QStringLiteral("capacity")] = 1;
        QVERIFY(lise.calendar->saveActivity(id, form).isEmpty());
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors.first().at(0).toString().contains(QLatin1String("2 seats taken")));
        QCOMPARE(lise.calendar->activity(id)->capacity, std::optional<int>(4));
        form[QStringLiteral("capacity")] = 2;
        QCOMPARE(lise.calendar->saveActivity(id, form), id);
        QVERIFY(lise.phone.waitSynced());
        QVERIFY(QTest::qWaitFor([&] { return kari.details(id, session).value("seatsLeft").toInt() == 0; }, 20000));
    }

    void icsExportIsNeutralByDefault()
    {
        CalendarPhone lise, kari;
        QVERIFY(lise.signIn(m_server.url(), "lise") && kari.signIn(m_server.url(), "kari"));
        const QString id = lise.calendar->saveActivity({}, activityForm("Rusfri kafé", 10));
        QVERIFY(lise.phone.waitSynced());
        QVERIFY(QTest::qWaitFor([&] { return kari.calendar->activity(id).has_value(); }, 20000));
        const QString session = kari.calendar->firstSessionOf(id);
        QVERIFY(!kari.calendar->book(id, session).isEmpty());
        QVERIFY(kari.waitStatus(id, session, "confirmed"));

        const QString file = kari.ownDir.filePath("all.ics");
        QSignalSpy done(kari.calendar.get(), &CalendarManager::exportFinished);
        kari.calendar->exportIcs({}, file);
        QVERIFY(done.wait(5000));
        QVERIFY(done.first().at(0).toBool());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray neutral = f.readAll();
        QVERIFY(neutral.contains("SUMMARY:Appointment"));
        QVERIFY(!neutral.contains("Rusfri"));
        QVERIFY(!neutral.contains("Storgata"));
        QVERIFY(checkIcs(file));

        // Opting in shows the title; the choice is remembered by the device.
        kari.calendar->setFullTitlesInExport(true);
        const QString bookingId = kari.details(id, session).value("bookingId").toString();
        const QString one = kari.ownDir.filePath("one.ics");
        kari.calendar->exportIcs(bookingId, one);
        QVERIFY(done.wait(5000));
        QFile g(one);
        QVERIFY(g.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(g.readAll()).contains(QStringLiteral("Rusfri kafé")));
        QVERIFY(checkIcs(one));
        CalendarManager again(nullptr);
        again.setDeviceStore(kari.phone.store.get());
        QVERIFY(again.fullTitlesInExport());

        // A folder that does not exist yet is made (the Documents folder often is missing).
        const QString nested = kari.ownDir.filePath("Documents/Kalender/all.ics");
        kari.calendar->exportIcs({}, nested);
        QVERIFY(done.wait(5000));
        QVERIFY2(done.last().at(0).toBool(), qPrintable(done.last().at(2).toString()));
        QVERIFY(QFile::exists(nested));
        // A place that cannot be written says so in the app's words, not the system's English text.
        QFile blocker(kari.ownDir.filePath("not-a-folder"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        kari.calendar->exportIcs({}, blocker.fileName() + "/all.ics");
        QVERIFY(done.wait(5000));
        QVERIFY(!done.last().at(0).toBool());
        QCOMPARE(done.last().at(2).toString(), QStringLiteral("The folder could not be made. Choose another place."));
        // The save dialog's answer (a file URL) lands in the same place, with the .ics ending added.
        kari.calendar->exportIcsTo({}, QUrl::fromLocalFile(kari.ownDir.filePath("chosen")));
        QVERIFY(done.wait(5000));
        QVERIFY(done.last().at(0).toBool());
        QVERIFY(QFile::exists(kari.ownDir.filePath("chosen.ics")));
    }

    // The calendar tab's list keeps its range, view and filters and scroll place in the manager, so a new page
    // (a tab switch) shows the same.
    void browseStateOutlivesThePage()
    {
        CalendarPhone kari;
        QVERIFY(kari.phone.waitLoaded());
        CalendarSessionModel *browse = kari.calendar->browse();
        QVERIFY(browse);
        QCOMPARE(browse->manager(), kari.calendar.get());
        browse->setWeekView(false);
        browse->setTag("kurs");
        browse->next();
        kari.calendar->setBrowseScroll(120);
        kari.calendar->setBrowseFiltersShown(true);
        QCOMPARE(kari.calendar->browse(), browse);
        QVERIFY(!kari.calendar->browse()->weekView());
        QCOMPARE(kari.calendar->browse()->tag(), QStringLiteral("kurs"));
        QCOMPARE(kari.calendar->browse()->anchorDate(), QDate::currentDate().addDays(1));
        QCOMPARE(kari.calendar->browseScroll(), 120.0);
        QVERIFY(kari.calendar->browseFiltersShown());
    }

private:
    // Debian's python3-icalendar lives with the system interpreter, which may not be the first python3 on PATH.
    static QString python3()
    {
        return QFile::exists("/usr/bin/python3") ? QStringLiteral("/usr/bin/python3") : QStringLiteral("python3");
    }

    // Parses the file with a real iCalendar parser (python3-icalendar) when it is installed.
    static bool checkIcs(const QString &file)
    {
        static const char *script = R"(
import sys, icalendar
data = open(sys.argv[1], 'rb').read()
assert data.endswith(b'\r\n')
assert all(len(l) <= 75 for l in data.split(b'\r\n'))
cal = icalendar.Calendar.from_ical(data)
events = [c for c in cal.walk() if c.name == 'VEVENT']
assert events and all('DTSTART' in e and 'UID' in e and 'SUMMARY' in e for e in events)
)";
        QProcess probe;
        probe.start(python3(), {"-c", "import icalendar"});
        if (!probe.waitForFinished(20000) || probe.exitCode() != 0) {
            qInfo("python3-icalendar missing: the .ics parse check is skipped");
            return true;
        }
        QProcess p;
        p.start(python3(), {"-c", script, file});
        if (!p.waitForFinished(20000))
            return false;
        if (p.exitCode() != 0)
            qWarning() << p.readAllStandardError();
        return p.exitCode() == 0;
    }

    ServerProcess m_server;
    std::unique_ptr<Language> m_language;
};

QTEST_MAIN(TestCalendar)
#include "tst_calendar_app.moc"
