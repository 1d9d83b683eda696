// The calendar and bookings against the real server: a koordinator's activity reaching a bruker, offline booking,
// the wait-list and offers, cancelling an activity, participants and attendance, and the .ics export.
#include "calendar/calendar_manager.h"
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
        QCOMPARE(kari.calendar->notices().front().text, QStringLiteral("Booking confirmed"));

        // The one seat is taken: Per is wait-listed with his place in the queue.
        QVERIFY(!per.calendar->book(id, session).isEmpty());
        QVERIFY(per.waitStatus(id, session, "waitlisted"));
        QCOMPARE(per.details(id, session).value("stateText").toString(),
                 QStringLiteral("You are number 1 on the waiting list"));
        QVERIFY(QTest::qWaitFor([&] { return !per.calendar->notices().empty(); }, 5000));
        QCOMPARE(per.calendar->notices().front().text, QStringLiteral("You are number 1 on the waiting list"));

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
        QVERIFY(per.calendar->notices().front().text.startsWith("A seat is offered to you until"));
        QVERIFY(per.calendar->answerOffer(per.details(id, session).value("bookingId").toString(), true));
        QVERIFY(per.waitStatus(id, session, "confirmed"));

        // Attendance by the koordinator reaches Per.
        const QString perBooking = per.details(id, session).value("bookingId").toString();
        QVERIFY(QTest::qWaitFor([&] { return lise.phone.store->record(perBooking.toStdString()) != nullptr; }, 20000));
        QVERIFY(QTest::qWaitFor([&] {
            const auto *r = lise.phone.store->record(perBooking.toStdString());
            return r && r->stringValue("status") == "confirmed";
        }, 20000));
        QVERIFY(lise.calendar->markAttended(perBooking));
        QVERIFY(per.waitStatus(id, session, "attended"));
        QCOMPARE(per.calendar->notices().front().text, QStringLiteral("Marked as attended"));
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

        QVERIFY(lise.calendar->cancelActivity(id));
        QVERIFY(kari.waitStatus(id, session, "cancelled"));
        QVERIFY(QTest::qWaitFor([&] { return kari.calendar->notices().front().text == "Activity cancelled"; }, 5000));
        QVERIFY(kari.calendar->unreadNotifications() >= 2);
        QVERIFY(kari.details(id, session).value("cancelled").toBool());
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
};

QTEST_MAIN(TestCalendar)
#include "tst_calendar_app.moc"
