// Issue 17: a full disk, seen from the app, against the real server on 127.0.0.1.
// - The phone's own store on a small file system that fills up (tests/common/small_disk.h: a real tmpfs the test
//   mounts, or SQLite's injected SQLITE_FULL where it cannot): a new edit cannot be stored, so it waits in memory
//   and the person is told in words; every change already in the outbox stays there and still reaches the server;
//   when space returns the held edits are stored, syncing and editing go on, and after a restart nothing is
//   missing or doubled.
// - The server's disk full (storage_full): the phone keeps its changes in the outbox, says so, still pulls, and
//   sends them once the server has room again.
#include "device_fixture.h"
#include "server_process.h"
#include "small_disk.h"

#include "store/full_disk_vfs.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <iostream>

using namespace medvandrer;
using namespace medvandrer::testing;

class TestFullDisk : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ServerProcess> m_server;
    QTemporaryDir m_dir;
    // The servers these tests start refuse growing writes while this file exists (their data dirs are on the
    // machine's disk, which the test does not fill).
    QString m_serverFullFlag;

    static bool waitGoals(const Phone &p, size_t n, int ms = 20000)
    {
        return QTest::qWaitFor([&] { return p.goals->goals().size() == n; }, ms);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_serverFullFlag = m_dir.filePath(QStringLiteral("server-full"));
        qputenv("MEDVANDRER_TEST_FULL_DISK_FLAG", m_serverFullFlag.toLocal8Bit());
    }
    void init()
    {
        if (ServerProcess::binary().isEmpty())
            QSKIP("medvandrer-server not built; set MEDVANDRER_SERVER_BIN");
        m_server = std::make_unique<ServerProcess>();
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    }
    void cleanup()
    {
        QFile::remove(m_serverFullFlag);
        m_server.reset();
    }

    void phoneDiskFillsNothingUnsentIsLost()
    {
        SmallDisk disk((m_dir.path() + QStringLiteral("/phone")).toStdString(), size_t(8) << 20);
        std::cout << "[ disk ] " << disk.how() << std::endl;
        if (!disk.mounted())
            QVERIFY(installFullDiskSimulation(disk.flagPath(), disk.dir() + "/"));
        const QString phoneDir = QString::fromStdString(disk.dir());
        Phone tablet(m_dir.path() + QStringLiteral("/tablet"));
        QVERIFY(tablet.waitLoaded());
        QVERIFY(tablet.loginAs(m_server->url(), QStringLiteral("kari")));
        const size_t before = tablet.goals->goals().size();
        {
            Phone phone(phoneDir);
            QVERIFY(phone.waitLoaded());
            QVERIFY(phone.loginAs(m_server->url(), QStringLiteral("kari")));
            for (const char *title : {"Gå tur", "Ringe Nav", "Lage middag"})
                QVERIFY(!phone.goals->createGoal(QString::fromUtf8(title), {}, {}).isEmpty());
            QVERIFY(waitGoals(tablet, before + 3));
            QVERIFY(phone.waitSynced());

            // Offline, two more edits wait in the outbox. Then the disk fills.
            phone.store->setSyncEnabled(false);
            QVERIFY(phone.waitState(SyncState::Offline));
            for (const char *title : {"Skrevet uten nett", "Også uten nett"})
                QVERIFY(!phone.goals->createGoal(QString::fromUtf8(title), {}, {}).isEmpty());
            QVERIFY(QTest::qWaitFor([&] { return phone.store->pendingCount() == 2; }, 5000));
            disk.fill();
            QCOMPARE(disk.freeBytes(), size_t(0));

            // A new edit finds no room: nothing of it is stored, but it is not lost either. It waits in memory, in
            // order, and the person is told (Session::changeHeld); the goal is not in the list yet.
            QSignalSpy held(phone.store.get(), &DeviceStore::applyHeld);
            QSignalSpy failed(phone.store.get(), &DeviceStore::applyFailed);
            phone.goals->createGoal(QStringLiteral("Skrevet på full telefon"), {}, {});
            QVERIFY(held.wait(10000));
            QVERIFY(QTest::qWaitFor([&] { return phone.store->heldCount() == 1; }, 5000));
            QVERIFY(QTest::qWaitFor([&] { return phone.store->deviceStorageFull(); }, 5000));
            QCOMPARE(phone.store->pendingCount(), qint64(2));
            QCOMPARE(phone.goals->goals().size(), before + 5);
            // A second edit while one is held queues behind it (never stored before the older one).
            phone.goals->createGoal(QStringLiteral("Også på full telefon"), {}, {});
            QVERIFY(QTest::qWaitFor([&] { return phone.store->heldCount() == 2; }, 5000));
            QCOMPARE(held.count(), 2);

            // Online while still full: what waited in the outbox reaches the server all the same.
            phone.store->setSyncEnabled(true);
            QVERIFY(waitGoals(tablet, before + 5, 30000));

            // Space returns: the held edits are stored by themselves (oldest first) and synced; edits work again.
            disk.release();
            QVERIFY(QTest::qWaitFor([&] { return phone.store->heldCount() == 0; }, 30000));
            QVERIFY(waitGoals(tablet, before + 7, 30000));
            QVERIFY(phone.waitSynced(60000));
            QVERIFY(QTest::qWaitFor([&] { return !phone.store->deviceStorageFull(); }, 10000));
            QVERIFY(!phone.goals->createGoal(QStringLiteral("Plass igjen"), {}, {}).isEmpty());
            QVERIFY(waitGoals(tablet, before + 8));
            QVERIFY(phone.waitSynced());
            QCOMPARE(phone.goals->goals().size(), before + 8);
            QCOMPARE(failed.count(), 0);
        }
        // After a restart from the same files: every goal once, the held ones too, nothing waiting.
        Phone again(phoneDir);
        QVERIFY(again.waitLoaded());
        QCOMPARE(again.goals->goals().size(), before + 8);
        QCOMPARE(again.store->pendingCount(), qint64(0));
        for (const char *title : {"Skrevet på full telefon", "Også på full telefon"}) {
            int copies = 0;
            for (const auto &g : tablet.goals->goals())
                copies += g.title == QString::fromUtf8(title);
            QCOMPARE(copies, 1);
        }
    }

    void serverDiskFullChangesWaitOnThePhone()
    {
        Phone phone(m_dir.path() + QStringLiteral("/phone2"));
        Phone tablet(m_dir.path() + QStringLiteral("/tablet2"));
        QVERIFY(phone.waitLoaded() && tablet.waitLoaded());
        QVERIFY(phone.loginAs(m_server->url(), QStringLiteral("kari")));
        QVERIFY(tablet.loginAs(m_server->url(), QStringLiteral("kari")));
        const size_t before = tablet.goals->goals().size();

        // The server's disk is full: the push is refused with storage_full, the changes stay in the outbox.
        QFile flag(m_serverFullFlag);
        QVERIFY(flag.open(QIODevice::WriteOnly));
        flag.close();
        QSignalSpy rejected(phone.store.get(), &DeviceStore::changesRejected);
        for (const char *title : {"Venter på serveren", "Venter også"})
            QVERIFY(!phone.goals->createGoal(QString::fromUtf8(title), {}, {}).isEmpty());
        QVERIFY(QTest::qWaitFor([&] { return phone.store->serverStorageFull(); }, 15000));
        QCOMPARE(phone.store->pendingCount(), qint64(2));
        QCOMPARE(phone.goals->goals().size(), before + 2);
        QVERIFY(!phone.store->deviceStorageFull());
        QCOMPARE(tablet.goals->goals().size(), before);
        QCOMPARE(rejected.count(), 0);

        // Room again: the phone sends them by itself, and the tablet gets them live.
        QVERIFY(QFile::remove(m_serverFullFlag));
        QVERIFY(phone.waitSynced(60000));
        QVERIFY(!phone.store->serverStorageFull());
        QVERIFY(waitGoals(tablet, before + 2));
        QCOMPARE(rejected.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFullDisk)
#include "tst_full_disk.moc"
