#include "device_fixture.h"
#include "store/record_store.h"
#include "sync/backoff.h"
#include "sync/sync_client.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace medvandrer;

// The store thread: edits are committed off the GUI thread, survive a restart, and wait in the outbox.
class TestDeviceStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void editsPersistAcrossRestart()
    {
        QTemporaryDir dir;
        QString goalId;
        {
            Phone phone(dir.path(), false);
            QVERIFY(phone.waitLoaded());
            QVERIFY(!phone.store->session().isSignedIn());
            // Not signed in: edits are refused, never stored without an owner.
            QSignalSpy failed(phone.store.get(), &DeviceStore::applyFailed);
            phone.goals->createGoal(QStringLiteral("Uten eier"), {}, {});
            QVERIFY(failed.wait(5000));

            phone.store->useLocalSession(QStringLiteral("kari"), QStringLiteral("Kari"));
            QVERIFY(QTest::qWaitFor([&] { return phone.store->session().isSignedIn(); }, 5000));
            QSignalSpy applied(phone.store.get(), &DeviceStore::applied);
            goalId = phone.goals->createGoal(QStringLiteral("Egen leilighet"), QStringLiteral("Trygghet"),
                                             QStringLiteral("bolig"));
            phone.goals->addStep(goalId, QStringLiteral("Søke bostøtte"));
            phone.goals->checkIn(goalId, 4, QStringLiteral("Tung dag"));
            QVERIFY(QTest::qWaitFor([&] { return applied.count() == 3; }, 5000));
            QCOMPARE(phone.store->pendingCount(), 3);
        }
        Phone again(dir.path(), false);
        QVERIFY(again.waitLoaded());
        QCOMPARE(again.store->session().username, QStringLiteral("kari"));
        const auto goal = again.goals->goal(goalId);
        QVERIFY(goal);
        QCOMPARE(goal->why, QStringLiteral("Trygghet"));
        QCOMPARE(again.goals->steps(goalId).size(), size_t(1));
        QCOMPARE(again.goals->checkIns(goalId).size(), size_t(1));
        QCOMPARE(again.goals->checkIns(goalId).front().note, QStringLiteral("Tung dag"));
        QCOMPARE(again.store->pendingCount(), 3);
    }

    void storageRunsOffTheGuiThread()
    {
        QTemporaryDir dir;
        Phone phone(dir.path(), false);
        QVERIFY(phone.waitLoaded());
        QVERIFY(phone.store->storeThread()->isRunning());
        QVERIFY(phone.store->storeThread() != QThread::currentThread());
        // Results come back to the GUI side on the GUI thread, queued from the store thread.
        QThread *seen = nullptr;
        QObject::connect(phone.store.get(), &DeviceStore::sessionChanged, phone.store.get(),
                         [&] { seen = QThread::currentThread(); });
        phone.store->useLocalSession(QStringLiteral("kari"), QStringLiteral("Kari"));
        QVERIFY(QTest::qWaitFor([&] { return seen != nullptr; }, 5000));
        QCOMPARE(seen, QThread::currentThread());
    }

    void logOutForgetsEverything()
    {
        QTemporaryDir dir;
        Phone phone(dir.path(), false);
        QVERIFY(phone.waitLoaded());
        phone.store->useLocalSession(QStringLiteral("kari"), QStringLiteral("Kari"));
        QVERIFY(QTest::qWaitFor([&] { return phone.store->session().isSignedIn(); }, 5000));
        phone.goals->createGoal(QStringLiteral("Mål"), {}, {});
        QVERIFY(QTest::qWaitFor([&] { return phone.goals->goals().size() == 1; }, 5000));
        phone.store->wipe();
        QVERIFY(QTest::qWaitFor([&] { return !phone.store->session().isSignedIn(); }, 5000));
        QVERIFY(phone.goals->goals().empty());
        QCOMPARE(phone.store->pendingCount(), 0);
    }

    void serverAddressesAreNormalised_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("url");
        QTest::newRow("host:port") << "127.0.0.1:8080" << "ws://127.0.0.1:8080/sync";
        QTest::newRow("http") << "http://example.no" << "ws://example.no/sync";
        QTest::newRow("https") << "https://example.no/" << "wss://example.no/sync";
        QTest::newRow("full") << "ws://127.0.0.1:1/sync" << "ws://127.0.0.1:1/sync";
        QTest::newRow("junk") << "ftp://x" << "";
        QTest::newRow("empty") << "  " << "";
    }
    void serverAddressesAreNormalised()
    {
        QFETCH(QString, typed);
        QFETCH(QString, url);
        QCOMPARE(SyncClient::normalizeServerUrl(typed).toString(), url);
    }

    void backoffGrowsWithJitterUpToTheCap()
    {
        QRandomGenerator rng(42);
        Backoff b(std::chrono::milliseconds(1000), std::chrono::milliseconds(8000));
        b.setRandomGenerator(&rng);
        const qint64 ceilings[] = {1000, 2000, 4000, 8000, 8000, 8000};
        for (qint64 ceiling : ceilings) {
            const qint64 d = b.next().count();
            QVERIFY2(d >= ceiling / 2 && d <= ceiling, qPrintable(QString::number(d)));
        }
        b.reset();
        QVERIFY(b.next().count() <= 1000);
    }
};

QTEST_GUILESS_MAIN(TestDeviceStore)
#include "tst_device_store.moc"
