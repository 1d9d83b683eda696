#include "device_fixture.h"
#include "core/hlc.h"
#include "core/uuid.h"
#include "store/record_store.h"
#include "sync/backoff.h"
#include "sync/sync_client.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUuid>

using namespace medvandrer;

namespace {

// A phone's store as a long use leaves it: `goals` goals, each with 9 steps and 90 check-ins, one goal deleted
// since, signed in as Kari. Returns the goal ids, the deleted one last.
std::vector<std::string> fillStore(const QString &dir, size_t goals)
{
    auto store = RecordStore::open(QDir(dir).filePath(QStringLiteral("device.db")).toStdString());
    if (!store)
        return {};
    HybridClock clock("phone-1");
    const std::string owner = "kari-account";
    std::vector<Record> all;
    std::vector<std::string> goalIds;
    auto record = [&](const char *kind, const std::string &goalId) {
        Record r;
        r.id = newUuid();
        r.kind = kind;
        r.owner = owner;
        r.originDevice = "phone-1";
        if (!goalId.empty())
            r.fields["goalId"] = {goalId, clock.tick()};
        return r;
    };
    for (size_t g = 0; g <= goals; ++g) {
        Record goal = record("goal", {});
        goal.fields["title"] = {"Mål " + std::to_string(g), clock.tick()};
        goal.fields["status"] = {"active", clock.tick()};
        goalIds.push_back(goal.id);
        all.push_back(goal);
        for (int i = 0; i < 9; ++i) {
            Record step = record("step", goal.id);
            step.fields["title"] = {"Steg " + std::to_string(i), clock.tick()};
            step.fields["order"] = {double(i), clock.tick()};
            all.push_back(std::move(step));
        }
        for (int i = 0; i < 90; ++i) {
            Record checkin = record("checkin", goal.id);
            checkin.fields["rating"] = {i % 11, clock.tick()};
            checkin.fields["date"] = {"2026-11-23", clock.tick()};
            all.push_back(std::move(checkin));
        }
    }
    for (size_t from = 0; from < all.size(); from += 1000) {
        if (!(*store)->applyRemote({all.begin() + std::ptrdiff_t(from),
                                    all.begin() + std::ptrdiff_t(std::min(all.size(), from + 1000))}))
            return {};
    }
    Record gone = record("goal", {}); // the last goal, deleted: its tombstone is stored, not shown
    gone.id = goalIds.back();
    gone.deleted = clock.tick();
    if (!(*store)->applyRemote({gone}) || !(*store)->setSetting("accountId", owner) ||
        !(*store)->setSetting("username", "kari") || !(*store)->setSetting("displayName", "Kari"))
        return {};
    return goalIds;
}

} // namespace

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

    void aLargeStoreOpensWholeWithOneUpdateOnceTheSessionIsKnown()
    {
        // 20,000 records, several of the store's read windows: they reach the snapshot window by window while the
        // store is read, yet whoever listens hears of them once, every one, with the session already known (the
        // calendar tells its own bookings from others' by it).
        QTemporaryDir dir;
        const auto goalIds = fillStore(dir.path(), 200);
        QCOMPARE(goalIds.size(), size_t(201));
        Phone phone(dir.path(), false);
        int updates = 0;
        size_t events = 0;
        QString userAtUpdate;
        QObject::connect(phone.store.get(), &DeviceStore::recordsUpdated, phone.store.get(),
                         [&](const std::vector<RecordEvent> &e) {
                             ++updates;
                             events += e.size();
                             userAtUpdate = phone.store->session().username;
                             QVERIFY(phone.store->isLoaded());
                         });
        QVERIFY(phone.waitLoaded());
        QCOMPARE(updates, 1);
        QCOMPARE(events, size_t(200 * 100 + 9 + 90)); // the deleted goal's steps and check-ins stay, as stored
        QCOMPARE(userAtUpdate, QStringLiteral("kari"));
        QCOMPARE(phone.store->records("goal").size(), size_t(200));
        QCOMPARE(phone.store->records("step").size(), size_t(201 * 9));
        QCOMPARE(phone.store->records("checkin").size(), size_t(201 * 90));
        QVERIFY(phone.store->record(goalIds.back()) == nullptr);
        QCOMPARE(phone.store->records("checkin", goalIds[7]).size(), size_t(90));
        QCOMPARE(phone.goals->goals().size(), size_t(200));
        QCOMPARE(phone.goals->checkIns(QString::fromStdString(goalIds[150])).size(), size_t(90));
        QCOMPARE(phone.goals->steps(QString::fromStdString(goalIds[0])).size(), size_t(9));
    }

    void aDamagedStoreIsRefusedAndShowsNothing()
    {
        // The integrity check runs beside the first read: a damaged file still ends in openFailed, naming it,
        // and nothing of what was read before the check failed is shown or heard of.
        QTemporaryDir dir;
        QVERIFY(!fillStore(dir.path(), 200).empty());
        const QString path = QDir(dir.path()).filePath(QStringLiteral("device.db"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 pages = file.size() / 4096;
            QVERIFY(pages > 100);
            QVERIFY(file.seek(pages * 2 / 3 * 4096)); // a page of records, far from the schema and the settings
            QVERIFY(file.write(QByteArray(4096, '\x5a')) == 4096);
        }
        auto direct = RecordStore::open(path.toStdString());
        QVERIFY(!direct);
        QCOMPARE(QString::fromStdString(direct.error().code), QStringLiteral("storage_corrupt"));

        Phone phone(dir.path(), false);
        QSignalSpy failed(phone.store.get(), &DeviceStore::openFailed);
        bool heard = false;
        QObject::connect(phone.store.get(), &DeviceStore::recordsUpdated, phone.store.get(),
                         [&](const std::vector<RecordEvent> &) { heard = true; });
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("damaged")),
                 qPrintable(failed.first().first().toString()));
        QTest::qWait(100); // anything still queued from the store thread
        QVERIFY(!phone.store->isLoaded());
        QVERIFY(phone.store->records("checkin").empty());
        QVERIFY(phone.store->records("goal").empty());
        QVERIFY(!heard);
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
