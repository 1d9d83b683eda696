#include "device_fixture.h"
#include "store/record_store.h"
#include "sync/backoff.h"
#include "sync/sync_client.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUuid>

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

    void aLongBatchIsTakenInASliceAtATimeAndInOrder()
    {
        // A first sync's page of 2,000 records would hold the GUI thread for tens of ms in one go: it is merged a
        // slice at a time, with turns of the event loop between, and what came after it waits for the last slice.
        QTemporaryDir dir;
        Phone phone(dir.path(), false);
        QVERIFY(phone.waitLoaded());
        phone.store->useLocalSession(QStringLiteral("kari"), QStringLiteral("Kari"));
        QVERIFY(QTest::qWaitFor([&] { return phone.store->session().isSignedIn(); }, 5000));
        const QString goalId = phone.goals->createGoal(QStringLiteral("Gå tur"), {}, QStringLiteral("helse"));
        QVERIFY(QTest::qWaitFor([&] { return phone.store->pendingCount() == 1; }, 5000));
        constexpr size_t count = 1000;
        std::vector<LocalEdit> edits;
        for (size_t i = 0; i < count; ++i)
            edits.push_back(LocalEdit{QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString(), "checkin",
                                      {{"goalId", ss(goalId)}, {"rating", int(i % 10)}, {"date", "2026-11-23"}}, false});
        int updates = 0, turns = 0;
        size_t seenAtApplied = 0;
        connect(phone.store.get(), &DeviceStore::recordsUpdated, this, [&] { ++updates; });
        connect(phone.store.get(), &DeviceStore::applied, this,
                [&] { seenAtApplied = phone.store->records("checkin", ss(goalId)).size(); });
        QTimer beat; // counts turns of the event loop while the batch is taken in
        connect(&beat, &QTimer::timeout, this, [&] { turns += phone.store->catchingUp() ? 1 : 0; });
        beat.start(0);
        const quint64 ticket = phone.store->apply(std::move(edits));
        QVERIFY(ticket > 0);
        QVERIFY(QTest::qWaitFor([&] { return seenAtApplied > 0; }, 10000));
        QCOMPARE(seenAtApplied, count); // «applied» came after the last slice, not before
        QVERIFY2(updates >= int(count / 250), qPrintable(QString::number(updates)));
        QVERIFY2(turns > 0, "no turn of the event loop between the slices");
        QVERIFY(!phone.store->catchingUp());
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
