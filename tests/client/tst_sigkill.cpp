#include "device_fixture.h"
#include "server_process.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace medvandrer;

// Killing the app with SIGKILL right after a check-in loses nothing: it is there at the next start and
// reaches the server.
class TestSigkill : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void checkInSurvivesSigkill()
    {
        if (ServerProcess::binary().isEmpty())
            QSKIP("medvandrer-server not built; set MEDVANDRER_SERVER_BIN");
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        QTemporaryDir dir;
        const QString phoneDir = dir.filePath(QStringLiteral("phone"));
        QString goalId;
        {
            Phone phone(phoneDir);
            QVERIFY(phone.waitLoaded());
            QVERIFY(phone.loginAs(server.url(), QStringLiteral("kari")));
            goalId = phone.goals->createGoal(QStringLiteral("Sove bedre"), {}, QStringLiteral("helse"));
            QVERIFY(phone.waitSynced());
        }

        QProcess app;
        app.start(QStringLiteral(CHECKIN_HELPER), {phoneDir, goalId, QStringLiteral("6")});
        QVERIFY(app.waitForStarted());
        QByteArray out;
        QString checkInId;
        QVERIFY(QTest::qWaitFor(
            [&] {
                app.waitForReadyRead(50);
                out += app.readAllStandardOutput();
                return out.contains("saved\n");
            },
            15000));
        for (const QByteArray &line : out.split('\n')) {
            if (line.startsWith("checkin="))
                checkInId = QString::fromUtf8(line.mid(8));
        }
        QVERIFY(!checkInId.isEmpty());
        app.kill(); // SIGKILL: no destructors, no clean close of SQLite
        QVERIFY(app.waitForFinished(5000));
        QCOMPARE(app.exitStatus(), QProcess::CrashExit);

        Phone again(phoneDir);
        QVERIFY(again.waitLoaded());
        const auto checkIns = again.goals->checkIns(goalId);
        QCOMPARE(checkIns.size(), size_t(1));
        QCOMPARE(checkIns.front().id, checkInId);
        QCOMPARE(checkIns.front().rating, 6);
        QVERIFY(again.waitSynced());

        Phone other(dir.filePath(QStringLiteral("other")));
        QVERIFY(other.waitLoaded());
        QVERIFY(other.loginAs(server.url(), QStringLiteral("kari")));
        QVERIFY(QTest::qWaitFor([&] { return other.goals->checkIns(goalId).size() == 1; }, 10000));
        QCOMPARE(other.goals->checkIns(goalId).front().note, QStringLiteral("Rett før krasjet"));
    }
};

QTEST_GUILESS_MAIN(TestSigkill)
#include "tst_sigkill.moc"
