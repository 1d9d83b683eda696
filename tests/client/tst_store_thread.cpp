// "No storage call on the GUI thread" (issue 7): the GUI thread is forbidden to RecordStore, as main() does,
// and the whole app-side path — open and load, local edits, restart — must leave the counter at zero.
#include "device_fixture.h"
#include "store/record_store.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace medvandrer;

class TestStoreThread : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { RecordStore::forbidThread(std::this_thread::get_id()); }
    void cleanupTestCase() { RecordStore::forbidThread(std::thread::id{}); }

    void openEditAndReopenNeverTouchStorageOnTheGuiThread()
    {
        const int64_t before = RecordStore::callsOnForbiddenThread();
        QTemporaryDir dir;
        QString goalId;
        {
            Phone phone(dir.path(), false);
            QVERIFY(phone.waitLoaded());
            phone.store->useLocalSession(QStringLiteral("kari"), QStringLiteral("Kari"));
            QVERIFY(QTest::qWaitFor([&] { return phone.store->session().isSignedIn(); }, 5000));
            QSignalSpy applied(phone.store.get(), &DeviceStore::applied);
            goalId = phone.goals->createGoal(QStringLiteral("Egen leilighet"), QStringLiteral("Trygghet"),
                                             QStringLiteral("bolig"));
            phone.goals->addStep(goalId, QStringLiteral("Søke bostøtte"));
            phone.goals->checkIn(goalId, 6, QStringLiteral("Bra dag"));
            QVERIFY(QTest::qWaitFor([&] { return applied.count() == 3; }, 5000));
        }
        Phone again(dir.path(), false);
        QVERIFY(again.waitLoaded());
        QVERIFY(again.goals->goal(goalId));
        QCOMPARE(again.goals->checkIns(goalId).size(), size_t(1));
        QCOMPARE(RecordStore::callsOnForbiddenThread(), before);
    }

    // The check can fail: a store call made here, on the GUI thread, is counted.
    void aCallOnTheGuiThreadIsCounted()
    {
        const int64_t before = RecordStore::callsOnForbiddenThread();
        QTemporaryDir dir;
        auto store = RecordStore::open(QDir(dir.path()).filePath(QStringLiteral("probe.db")).toStdString());
        QVERIFY(store);
        (void)(*store)->recordCount();
        QCOMPARE(RecordStore::callsOnForbiddenThread(), before + 2);
    }
};

QTEST_MAIN(TestStoreThread)
#include "tst_store_thread.moc"
