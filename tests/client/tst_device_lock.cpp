#include "care/care_manager.h"
#include "core/uuid.h"
#include "crypto/lock_file.h"
#include "crypto/value_cipher.h"
#include "goals/goal_manager.h"
#include "lock/device_lock.h"
#include "lock/keychain_secret.h"
#include "lock/lock_plan_copy.h"
#include "server_process.h"
#include "store/device_store.h"
#include "store/record_store.h"
#include "walking/walking_manager.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace medvandrer;

namespace {

const QString pin = QStringLiteral("482913");
const QString password = QStringLiteral("demo-passord");

// A phone whose lock uses a cheaper Argon2id (tests try many secrets); the app itself never lowers it.
struct LockedPhone
{
    explicit LockedPhone(const QString &dir, bool syncEnabled = true)
        : store(std::make_unique<DeviceStore>(dir)), goals(std::make_unique<GoalManager>(nullptr)),
          care(std::make_unique<CareManager>(nullptr)), walking(std::make_unique<WalkingManager>(nullptr))
    {
        goals->setDeviceStore(store.get());
        care->setDeviceStore(store.get());
        walking->setDeviceStore(store.get());
        store->setKdfCost(KdfCost::fastForTests());
        store->open(syncEnabled);
    }
    ~LockedPhone()
    {
        walking.reset();
        care.reset();
        goals.reset();
        store.reset();
    }
    bool waitLoaded() { return QTest::qWaitFor([this] { return store->isLoaded(); }, 10000); }
    bool waitSynced()
    {
        return QTest::qWaitFor([&] { return store->syncState() == SyncState::UpToDate && store->pendingCount() == 0; },
                               20000);
    }
    bool loginAs(const QString &url, const QString &user)
    {
        store->login(url, user, password);
        return QTest::qWaitFor([&] { return store->session().hasToken; }, 20000) && waitSynced();
    }
    // The answer to one lock action (enable, change, disable).
    bool act(const std::function<void()> &action)
    {
        QSignalSpy done(store.get(), &DeviceStore::lockActionDone);
        action();
        return done.wait(20000) && done.first().at(1).toBool();
    }
    // The answer to one unlock: ok, or the refusal's code.
    QString unlock(const QString &secret, bool withPassword = false)
    {
        QSignalSpy answered(store.get(), &DeviceStore::unlockAnswered);
        store->unlock(secret, withPassword);
        if (!answered.wait(20000))
            return QStringLiteral("no answer");
        return answered.first().at(0).toBool() ? QStringLiteral("ok") : answered.first().at(1).toString();
    }
    bool waitLockRequired()
    {
        return QTest::qWaitFor([this] { return store->waitingForKey(); }, 10000);
    }
    // The answer to one change of the lock's options: "ok" or the refusal's code.
    QString setPlanOnLockScreen(bool on, bool plainAccepted)
    {
        QSignalSpy done(store.get(), &DeviceStore::lockActionDone);
        store->setLockOptions(60, on, plainAccepted);
        if (!done.wait(20000))
            return QStringLiteral("no answer");
        return done.first().at(1).toBool() ? QStringLiteral("ok") : done.first().at(2).toString();
    }
    // The lock screen's copy as the lock screen reads it (without the PIN).
    QByteArray lockScreenPlan()
    {
        QSignalSpy read(store.get(), &DeviceStore::lockPlanRead);
        store->readLockPlan();
        return read.wait(20000) && read.first().at(0).toBool() ? read.first().at(1).toByteArray() : QByteArray("failed");
    }

    std::unique_ptr<DeviceStore> store;
    std::unique_ptr<GoalManager> goals;
    std::unique_ptr<CareManager> care;
    std::unique_ptr<WalkingManager> walking;
};

// Whether this machine's keychain answers (the test run with_keychain.sh starts one; CI's plain run has none).
bool keychainAnswers(const QString &folder)
{
    KeychainSecret probe(folder, QStringLiteral("probe"));
    const bool ok = probe.write("probe").ok() && probe.read().ok();
    (void)probe.remove();
    return ok;
}

// Every file in the folder (the database, its -wal, -shm and -journal, lock.json, ui.ini …), read raw.
QStringList filesHolding(const QString &folder, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            found << QFileInfo(path).fileName();
    }
    return found;
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden);
}

// Opens the store directly with the key the PIN unwraps: what the app would see.
std::unique_ptr<RecordStore> openWithPin(const QString &folder, const QString &secret)
{
    DeviceLock lock(ss(folder));
    if (!lock.reload() || !lock.enabled())
        return nullptr;
    // Where this machine has a keychain, the app bound the PIN's key to it.
    if (lock.info().deviceSecret) {
        auto deviceSecret = KeychainSecret(folder).read();
        if (!deviceSecret)
            return nullptr;
        lock.setDeviceSecret(*deviceSecret);
    }
    DeviceLock::Refusal refusal;
    auto key = lock.unlock(ss(secret), false, 0, refusal);
    if (!key)
        return nullptr;
    auto store = RecordStore::open(ss(QDir(folder).filePath(QStringLiteral("device.db"))), SqliteDatabase::Durability::Full,
                                   std::make_shared<const ValueCipher>(*key));
    return store ? std::move(*store) : nullptr;
}

} // namespace

// The app lock and encryption on the device (docs/architecture.md, «App lock and encryption at rest»).
class TestDeviceLock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // After a session with the lock on, no file in the data folder holds a goal title, a note, a step, a
    // reflection, a plan entry, an «Om meg» entry, a helper's name (the walking pages' cache) or the session token
    // in a readable form — also the WAL while the app is still running. With the plan on the lock screen: where a
    // keychain holds its key the plan stays unreadable too; without one the copy exists only after the person
    // confirmed it, holds the plan alone, and goes when turned off.
    void rawFilesHoldNoContent()
    {
        if (ServerProcess::binary().isEmpty())
            QSKIP("medvandrer-server not built; set MEDVANDRER_SERVER_BIN");
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        QTemporaryDir dir;
        const QByteArray title = "Hemmelig mål: sove hele natten 7Q";
        const QByteArray note = "Notat ingen andre skal lese 3X";
        const QByteArray step = "Skritt i det stille 9Z";
        const QByteArray reflection = "Refleksjon bare for meg 5K";
        const QByteArray planEntry = "Jeg slutter å svare på meldinger 4T";
        const QByteArray aboutEntry = "Ikke spør om faren min 8M";
        const bool keychain = keychainAnswers(dir.path());
        // Run by with_keychain.sh: the keychain must really answer, or the keychain path would go untested.
        if (qEnvironmentVariableIsSet("MEDVANDRER_EXPECT_KEYCHAIN"))
            QVERIFY2(keychain, "with_keychain.sh started a keychain, but QtKeychain cannot use it");
        QByteArray helperName;
        {
            LockedPhone phone(dir.path());
            QVERIFY(phone.waitLoaded());
            QVERIFY(phone.loginAs(server.url(), QStringLiteral("kari")));
            QSignalSpy first(phone.store.get(), &DeviceStore::applied);
            const QString goalId = phone.goals->createGoal(QString::fromUtf8(title), {}, QStringLiteral("helse"));
            phone.goals->checkIn(goalId, 5, QString::fromUtf8(note));
            QVERIFY(phone.care->savePlan({{QStringLiteral("signs"), QString::fromUtf8(planEntry)}}));
            QVERIFY(phone.care->saveAboutMe({{QStringLiteral("avoid"), QString::fromUtf8(aboutEntry)}}));
            QVERIFY(QTest::qWaitFor([&] { return first.count() == 4; }, 5000));
            phone.walking->refreshHelpers();
            QVERIFY(QTest::qWaitFor([&] { return phone.walking->helpersKnown(); }, 10000));
            helperName = phone.walking->rows(WalkingListModel::Helpers, {}).first().value(QStringLiteral("title")).toString().toUtf8();
            QVERIFY(helperName.size() > 3);
            QVERIFY(phone.waitSynced());
            // The control: before the lock, the scan does find the words (so it can fail).
            for (const QByteArray &plain : {title, planEntry, aboutEntry, helperName})
                QVERIFY2(QTest::qWaitFor([&] { return !filesHolding(dir.path(), plain).isEmpty(); }, 5000),
                         qPrintable(plain + " not found before the lock in " + filesIn(dir.path()).join(',')));
            // The walking cache lives in the store now, not in a file of its own.
            QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("walking.json"))));

            QVERIFY(phone.act([&] { phone.store->enableLock(pin, false, password); }));
            QVERIFY(QFile::exists(dir.filePath(QStringLiteral("lock.json"))));
            // Unsent work, encrypted in the outbox.
            phone.store->setSyncEnabled(false);
            QSignalSpy applied(phone.store.get(), &DeviceStore::applied);
            phone.goals->addStep(goalId, QString::fromUtf8(step));
            phone.goals->addReflection(QString::fromUtf8(reflection), goalId);
            QVERIFY(QTest::qWaitFor([&] { return applied.count() == 2 && phone.store->pendingCount() == 2; }, 5000));

            const QStringList open = filesIn(dir.path());
            QVERIFY2(open.contains(QStringLiteral("device.db-wal")), qPrintable(open.join(',')));
            for (const QByteArray &secret : {title, note, step, reflection, planEntry, aboutEntry, helperName})
                QVERIFY2(filesHolding(dir.path(), secret).isEmpty(),
                         qPrintable(secret + " in " + filesHolding(dir.path(), secret).join(',')));

            // The plan on the lock screen.
            const QString copy = dir.filePath(LockPlanCopy::fileName());
            if (keychain) {
                QCOMPARE(phone.setPlanOnLockScreen(true, false), QStringLiteral("ok"));
                QVERIFY(!phone.store->lockInfo().planCopyPlain);
                QVERIFY(QTest::qWaitFor([&] { return phone.lockScreenPlan().contains(planEntry); }, 10000));
            } else {
                // Refused until the person confirms a copy without encryption; nothing written before that.
                QCOMPARE(phone.setPlanOnLockScreen(true, false), QStringLiteral("plan_needs_confirm"));
                QVERIFY(!phone.store->lockInfo().planOnLockScreen);
                QVERIFY(!QFile::exists(copy));
                QCOMPARE(phone.setPlanOnLockScreen(true, true), QStringLiteral("ok"));
                QVERIFY(phone.store->lockInfo().planCopyPlain);
                QVERIFY(QTest::qWaitFor([&] { return filesHolding(dir.path(), planEntry) == QStringList{LockPlanCopy::fileName()}; }, 10000));
                QVERIFY(phone.lockScreenPlan().contains(planEntry));
            }
            QVERIFY(QFile::exists(copy));
            // Refreshed when the plan changes.
            const QByteArray newer = "Jeg ringer Lise før det blir natt 2W";
            QVERIFY(phone.care->savePlan({{QStringLiteral("selfHelp"), QString::fromUtf8(newer)}}));
            QVERIFY(QTest::qWaitFor([&] { return phone.lockScreenPlan().contains(newer); }, 10000));
            // Only the plan: everything else stays sealed; with a keychain, the plan too.
            for (const QByteArray &secret : {title, note, step, reflection, aboutEntry, helperName})
                QVERIFY2(filesHolding(dir.path(), secret).isEmpty(),
                         qPrintable(secret + " in " + filesHolding(dir.path(), secret).join(',')));
            if (keychain) {
                for (const QByteArray &secret : {planEntry, newer})
                    QVERIFY2(filesHolding(dir.path(), secret).isEmpty(),
                             qPrintable(secret + " in " + filesHolding(dir.path(), secret).join(',')));
            }
            // Turned off: the copy (and its key) gone; the plan is nowhere readable again.
            QCOMPARE(phone.setPlanOnLockScreen(false, false), QStringLiteral("ok"));
            QVERIFY(!QFile::exists(copy));
            QCOMPARE(phone.lockScreenPlan(), QByteArray("failed"));
            for (const QByteArray &secret : {planEntry, newer})
                QVERIFY2(filesHolding(dir.path(), secret).isEmpty(),
                         qPrintable(secret + " in " + filesHolding(dir.path(), secret).join(',')));
            if (keychain) {
                const auto key = KeychainSecret(dir.path(), QStringLiteral("lock-plan-key")).read();
                QVERIFY(!key);
                QCOMPARE(key.error().code, std::string("keychain_entry_missing"));
            }
            // On again for the rest of the session, so the final scan sees a phone that keeps the copy.
            QCOMPARE(phone.setPlanOnLockScreen(true, !keychain), QStringLiteral("ok"));
            QVERIFY(QTest::qWaitFor([&] { return phone.lockScreenPlan().contains(newer); }, 10000));
        }
        auto store = openWithPin(dir.path(), pin);
        QVERIFY(store);
        const std::string token = store->setting("token").value_or("");
        QVERIFY(token.size() > 10);
        QCOMPARE(store->pendingCount(), 4); // the step, the reflection, and the plan's second save with its snapshot
        QVERIFY(store->setting("app.walking").value_or("").find(helperName.toStdString()) != std::string::npos);
        store.reset();
        for (const QByteArray &secret : {title, note, step, reflection, aboutEntry, helperName, QByteArray::fromStdString(token)})
            QVERIFY2(filesHolding(dir.path(), secret).isEmpty(),
                     qPrintable(secret + " in " + filesHolding(dir.path(), secret).join(',')));
        QCOMPARE(filesHolding(dir.path(), planEntry).isEmpty(), keychain);
        // Started again, locked: the lock screen reads the plan without the PIN, and nothing else is open.
        LockedPhone again(dir.path());
        QVERIFY(again.waitLockRequired());
        QVERIFY(again.lockScreenPlan().contains("Jeg ringer Lise"));
        QVERIFY(!again.store->isLoaded());
        // The lock turned off: the copy goes with it.
        QCOMPARE(again.unlock(pin), QStringLiteral("ok"));
        QVERIFY(again.waitLoaded());
        QVERIFY(again.act([&] { again.store->disableLock(pin); }));
        QVERIFY(!QFile::exists(dir.filePath(LockPlanCopy::fileName())));
    }

    // A lock-screen copy that could not be written (here a folder stands where the file goes) is written again
    // once it can be, though the plan did not change since: the app must not count the failed write as done.
    void lockPlanCopyRetriedAfterFailedWrite()
    {
        if (ServerProcess::binary().isEmpty())
            QSKIP("medvandrer-server not built; set MEDVANDRER_SERVER_BIN");
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        QTemporaryDir dir;
        const bool keychain = keychainAnswers(dir.path());
        LockedPhone phone(dir.path());
        QVERIFY(phone.waitLoaded());
        QVERIFY(phone.loginAs(server.url(), QStringLiteral("kari")));
        QVERIFY(phone.care->savePlan({{QStringLiteral("signs"), QStringLiteral("Jeg sover dårlig 1R")}}));
        QVERIFY(phone.act([&] { phone.store->enableLock(QStringLiteral("482913"), false, password); }));
        QCOMPARE(phone.setPlanOnLockScreen(true, !keychain), QStringLiteral("ok"));
        QVERIFY(QTest::qWaitFor([&] { return phone.lockScreenPlan().contains("1R"); }, 10000));

        const QString copy = dir.filePath(LockPlanCopy::fileName());
        QVERIFY(QFile::remove(copy));
        QVERIFY(QDir(dir.path()).mkdir(LockPlanCopy::fileName()));
        QSignalSpy keepFailed(phone.store.get(), &DeviceStore::lockPlanKeepFailed);
        QVERIFY(phone.care->savePlan({{QStringLiteral("signs"), QStringLiteral("Jeg sover dårlig og gruer meg 2R")}}));
        QVERIFY(QTest::qWaitFor([&] { return keepFailed.count() == 1; }, 10000));
        QVERIFY(QDir(dir.path()).rmdir(LockPlanCopy::fileName()));
        QVERIFY(!QFile::exists(copy));
        // A later nudge with the same plan (here the lock's delay changed) writes the copy.
        QVERIFY(phone.act([&] { phone.store->setLockOptions(300, true, !keychain); }));
        QVERIFY(QTest::qWaitFor([&] { return phone.lockScreenPlan().contains("2R"); }, 10000));
        QCOMPARE(keepFailed.count(), 1);
    }

    // A wrong PIN never opens the store: not through the app, not with the key it would give, not without a key.
    // Wrong tries are counted across a restart and slow down; nothing is deleted.
    void wrongPinNeverOpens()
    {
        QTemporaryDir dir;
        QString goalId;
        {
            LockedPhone phone(dir.path(), false);
            QVERIFY(phone.waitLoaded());
            phone.store->useLocalSession(QStringLiteral("kari"), QStringLiteral("Kari"));
            QVERIFY(QTest::qWaitFor([&] { return phone.store->session().isSignedIn(); }, 5000));
            goalId = phone.goals->createGoal(QStringLiteral("Jobb igjen"), {}, QStringLiteral("arbeid_utdanning"));
            QVERIFY(QTest::qWaitFor([&] { return phone.store->pendingCount() == 1; }, 5000));
            QVERIFY(phone.act([&] { phone.store->enableLock(pin, false, password); }));
        }
        const QString db = dir.filePath(QStringLiteral("device.db"));
        auto bare = RecordStore::open(ss(db));
        QVERIFY(!bare);
        QCOMPARE(bare.error().code, std::string("store_locked"));
        auto other = RecordStore::open(ss(db), SqliteDatabase::Durability::Full,
                                       std::make_shared<const ValueCipher>(DataKey::random()));
        QVERIFY(!other);
        QCOMPARE(other.error().code, std::string("key_mismatch"));
        {
            LockedPhone phone(dir.path(), false);
            QVERIFY(phone.waitLockRequired());
            QCOMPARE(phone.unlock(QStringLiteral("000000")), QStringLiteral("wrong_secret"));
            QCOMPARE(phone.unlock(QStringLiteral("482914")), QStringLiteral("wrong_secret"));
            QCOMPARE(phone.unlock(QStringLiteral("1234")), QStringLiteral("wrong_secret"));
            QVERIFY(!phone.store->isLoaded());
            QVERIFY(phone.goals->goals().empty());
            QCOMPARE(phone.store->lockInfo().failures, 3);
        }
        {
            // A restart does not reset the delay: even the right PIN waits its turn.
            LockedPhone phone(dir.path(), false);
            QVERIFY(phone.waitLockRequired());
            QCOMPARE(phone.store->lockInfo().failures, 3);
            QCOMPARE(phone.unlock(pin), QStringLiteral("wait"));
            QVERIFY(!phone.store->isLoaded());
            QTest::qWait(int(LockFile::delayAfterFailures(3)) + 200);
            QCOMPARE(phone.unlock(pin), QStringLiteral("ok"));
            QVERIFY(phone.waitLoaded());
            QCOMPARE(phone.store->lockInfo().failures, 0);
            QVERIFY(phone.goals->goal(goalId));
            QCOMPARE(phone.store->pendingCount(), 1);
        }
    }

    // A forgotten PIN: the account password opens the same store, with every unsent change, which then syncs.
    void forgottenPinRecoveredByPassword()
    {
        if (ServerProcess::binary().isEmpty())
            QSKIP("medvandrer-server not built; set MEDVANDRER_SERVER_BIN");
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        QTemporaryDir dir;
        QString goalId;
        QStringList unsent;
        {
            LockedPhone phone(dir.path());
            QVERIFY(phone.waitLoaded());
            QVERIFY(phone.loginAs(server.url(), QStringLiteral("per")));
            QVERIFY(phone.act([&] { phone.store->enableLock(pin, false, password); }));
            phone.store->setSyncEnabled(false);
            goalId = phone.goals->createGoal(QStringLiteral("Ringe mamma"), {}, QStringLiteral("relasjoner_nettverk"));
            unsent << phone.goals->addStep(goalId, QStringLiteral("Finne nummeret"));
            unsent << phone.goals->checkIn(goalId, 3, QStringLiteral("Skulle ringt i går"));
            QVERIFY(QTest::qWaitFor([&] { return phone.store->pendingCount() == 3; }, 5000));
        }
        LockedPhone phone(dir.path(), false);
        QVERIFY(phone.waitLockRequired());
        QCOMPARE(phone.unlock(QStringLiteral("wrong password"), true), QStringLiteral("wrong_secret"));
        QCOMPARE(phone.unlock(password, true), QStringLiteral("ok"));
        QVERIFY(phone.waitLoaded());
        QCOMPARE(phone.store->pendingCount(), 3);
        QVERIFY(phone.goals->goal(goalId));
        QCOMPARE(phone.goals->steps(goalId).size(), size_t(1));
        QCOMPARE(phone.goals->checkIns(goalId).front().note, QStringLiteral("Skulle ringt i går"));
        // A new PIN without the old one (the password just opened the app); the old PIN stops working.
        QVERIFY(phone.act([&] { phone.store->changeLock({}, QStringLiteral("2468"), false); }));
        phone.store->setSyncEnabled(true);
        QVERIFY(phone.waitSynced());

        LockedPhone other(QDir(dir.path()).filePath(QStringLiteral("other")));
        QVERIFY(other.waitLoaded());
        QVERIFY(other.loginAs(server.url(), QStringLiteral("per")));
        QVERIFY(QTest::qWaitFor([&] { return other.goals->checkIns(goalId).size() == 1; }, 10000));
        QVERIFY(!openWithPin(dir.path(), pin));
    }

    // A device used before the lock: its plain store is encrypted in place, all of it, and nothing plain stays in
    // the file or its WAL; a plain store with a lock file (a crash between the two steps) is encrypted at unlock.
    void plainStoreIsEncryptedInPlace()
    {
        QTemporaryDir dir;
        const std::string db = ss(dir.filePath(QStringLiteral("device.db")));
        const QByteArray body = "Gammel tekst fra før låsen 8W";
        {
            auto store = RecordStore::open(db);
            QVERIFY(store);
            Change c;
            c.changeId = newUuid();
            c.patch.id = "0b6f3c52-1111-4a8e-9d3c-5e2f6a7b8c91";
            c.patch.kind = "goal";
            c.patch.owner = "6f1c1b7e-2d3a-4c5b-9e8f-0a1b2c3d4e5f";
            c.patch.fields["title"] = FieldValue{Json(body.toStdString()), Hlc{1000, 0, "dev"}};
            c.patch.fields["status"] = FieldValue{Json("active"), Hlc{1000, 0, "dev"}};
            auto applied = (*store)->applyLocal({c});
            QVERIFY2(applied, applied ? "" : applied.error().message.c_str());
        }
        QVERIFY(!filesHolding(dir.path(), body).isEmpty());
        const DataKey key = DataKey::random();
        DeviceLock lock(ss(dir.path()));
        lock.setCost(KdfCost::fastForTests());
        QVERIFY(lock.enable(key, ss(pin), false, ss(password)));
        // Here the app could have been killed: lock.json written, the store still plain.
        {
            auto store = RecordStore::open(db, SqliteDatabase::Durability::Full, std::make_shared<const ValueCipher>(key));
            QVERIFY(store);
            QVERIFY((*store)->isEncrypted());
            QCOMPARE((*store)->get("0b6f3c52-1111-4a8e-9d3c-5e2f6a7b8c91")->stringValue("title"), body.toStdString());
            QCOMPARE((*store)->pendingCount(), 1);
            QVERIFY2(filesHolding(dir.path(), body).isEmpty(), qPrintable(filesHolding(dir.path(), body).join(',')));
        }
        QVERIFY(filesHolding(dir.path(), body).isEmpty());
        // Turned off again: the same data in plain, the lock gone.
        {
            auto store = RecordStore::open(db, SqliteDatabase::Durability::Full, std::make_shared<const ValueCipher>(key));
            QVERIFY(store);
            QVERIFY((*store)->setCipher(nullptr));
        }
        auto plain = RecordStore::open(db);
        QVERIFY(plain);
        QCOMPARE((*plain)->pendingChanges(10).size(), size_t(1));
    }

    // SIGKILL during a PIN change (re-keying), in the crash window and at random moments: afterwards lock.json is
    // whole, exactly the old or the new PIN opens it, and the store opens with every record and unsent change.
    void sigkillDuringRekeyLosesNothing()
    {
        QTemporaryDir dir;
        const std::string db = ss(dir.filePath(QStringLiteral("device.db")));
        const DataKey key = DataKey::random();
        {
            DeviceLock lock(ss(dir.path()));
            lock.setCost(KdfCost::fastForTests());
            QVERIFY(lock.enable(key, "1000", false, ss(password)));
            auto store = RecordStore::open(db, SqliteDatabase::Durability::Full, std::make_shared<const ValueCipher>(key));
            QVERIFY(store);
            Change c;
            c.changeId = newUuid();
            c.patch.id = "0b6f3c52-1111-4a8e-9d3c-5e2f6a7b8c91";
            c.patch.kind = "goal";
            c.patch.owner = "6f1c1b7e-2d3a-4c5b-9e8f-0a1b2c3d4e5f";
            c.patch.fields["title"] = FieldValue{Json("Flytte for meg selv"), Hlc{1000, 0, "dev"}};
            c.patch.fields["status"] = FieldValue{Json("active"), Hlc{1000, 0, "dev"}};
            QVERIFY((*store)->applyLocal({c}));
        }
        QString current = QStringLiteral("1000");
        for (int round = 0; round < 6; ++round) {
            const bool inWindow = round % 2 == 0;
            QProcess helper;
            helper.start(QStringLiteral(REKEY_HELPER),
                         {dir.path(), current, inWindow ? QStringLiteral("window") : QStringLiteral("random")});
            QVERIFY(helper.waitForStarted());
            QByteArray out;
            QString lastDone = current;
            const int killAfterMs = int(QRandomGenerator::global()->bounded(20, 200));
            QElapsedTimer since;
            since.start();
            QVERIFY(QTest::qWaitFor(
                [&] {
                    helper.waitForReadyRead(5);
                    out += helper.readAllStandardOutput();
                    return inWindow ? out.contains("window\n") : (out.contains("rekeyed") && since.elapsed() > killAfterMs);
                },
                15000));
            helper.kill();
            QVERIFY(helper.waitForFinished(5000));
            out += helper.readAllStandardOutput();
            QCOMPARE(helper.exitStatus(), QProcess::CrashExit);
            for (const QByteArray &line : out.split('\n')) {
                if (line.startsWith("rekeyed "))
                    lastDone = QString::fromUtf8(line.mid(8));
            }
            // The PIN of the last finished replace opens; if the kill came after a rename but before the line was
            // printed, the next one does. Never neither, never a damaged file.
            auto lockFile = LockFile::load(ss(dir.filePath(QStringLiteral("lock.json"))));
            QVERIFY(lockFile && *lockFile);
            const QString next = QString::number(lastDone.toInt() + 1);
            auto store = openWithPin(dir.path(), lastDone);
            if (!store) {
                store = openWithPin(dir.path(), next);
                lastDone = next;
            }
            QVERIFY2(store, qPrintable(QStringLiteral("round %1: neither %2 nor %3 opens").arg(round).arg(lastDone, next)));
            QCOMPARE(store->get("0b6f3c52-1111-4a8e-9d3c-5e2f6a7b8c91")->stringValue("title"), std::string("Flytte for meg selv"));
            QCOMPARE(store->pendingCount(), 1);
            current = lastDone;
        }
    }
};

QTEST_GUILESS_MAIN(TestDeviceLock)
#include "tst_device_lock.moc"
