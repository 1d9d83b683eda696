#include "device_fixture.h"
#include "server_process.h"
#include "walking/export_page.h"
#include "walking/walking_manager.h"

#include "records/schema.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace medvandrer;

// A phone with the walking-beside manager on top, wired as the app wires it.
struct WalkingPhone : Phone
{
    explicit WalkingPhone(const QString &dir, bool syncEnabled = true) : Phone(dir, syncEnabled), walking(nullptr)
    {
        walking.setDeviceStore(store.get());
    }
    bool has(const QString &id) const { return store->record(id.toStdString()) != nullptr; }
    int count(std::string_view kind) const { return int(store->records(kind).size()); }
    WalkingManager walking;
};

// Walking beside (issue 6) against the real medvandrer-server: consent, comments, revocation, the quiet list,
// the forslagskasse, export and account deletion.
class TestWalking : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ServerProcess> m_server;
    QTemporaryDir m_dir;

    QString phoneDir(const char *name) const
    {
        return m_dir.path() + QLatin1Char('/') + QLatin1String(QTest::currentTestFunction()) + QLatin1Char('-') +
               QLatin1String(name);
    }

    // Kari asks for the team's helpers and finds Jonas's account id.
    static QString jonasId(WalkingPhone &kari)
    {
        kari.walking.refreshHelpers();
        if (!QTest::qWaitFor([&] { return kari.walking.helpersKnown(); }, 10000))
            return {};
        const auto helpers = kari.walking.rows(WalkingListModel::Helpers, {});
        for (const auto &h : helpers) {
            if (h.value(QStringLiteral("title")).toString().startsWith(QStringLiteral("Jonas")))
                return h.value(QStringLiteral("helperId")).toString();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Publish each suggestion at once (the server batches at least five otherwise; docs/protocol.md §10.2).
        qputenv("MEDVANDRER_SUGGESTION_BATCH", "1");
    }
    void init()
    {
        if (ServerProcess::binary().isEmpty())
            QSKIP("medvandrer-server not built; set MEDVANDRER_SERVER_BIN");
        m_server = std::make_unique<ServerProcess>();
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    }
    void cleanup() { m_server.reset(); }

    void shareCommentReplyAndRevoke()
    {
        WalkingPhone kari(phoneDir("kari"));
        WalkingPhone jonas(phoneDir("jonas"));
        QVERIFY(kari.waitLoaded() && jonas.waitLoaded());
        QVERIFY(kari.loginAs(m_server->url(), QStringLiteral("kari")));
        QVERIFY(jonas.loginAs(m_server->url(), QStringLiteral("jonas")));

        const QString goalId = kari.goals->createGoal(QStringLiteral("Egen leilighet"), {}, QStringLiteral("bolig"));
        const QString stepId = kari.goals->addStep(goalId, QStringLiteral("Ringe Housing First"));
        const QString checkInId = kari.goals->checkIn(goalId, 6, QStringLiteral("Bra dag"));
        const QString privateGoal = kari.goals->createGoal(QStringLiteral("Bare mitt"), {}, QStringLiteral("helse"));
        QVERIFY(!goalId.isEmpty() && !stepId.isEmpty() && !checkInId.isEmpty() && !privateGoal.isEmpty());
        QVERIFY(kari.waitSynced());
        // Nothing is shared by default.
        QVERIFY(jonas.waitSynced());
        QVERIFY(!jonas.has(goalId));

        const QString helper = jonasId(kari);
        QVERIFY(!helper.isEmpty());
        WalkingListModel shares;
        QAbstractItemModelTester sharesTester(&shares, QAbstractItemModelTester::FailureReportingMode::QtTest);
        shares.setManager(&kari.walking);
        shares.setList(WalkingListModel::MyShares);
        const QString consentId = kari.walking.shareGoal(goalId, helper, QStringLiteral("comment"));
        QVERIFY(!consentId.isEmpty());
        QVERIFY(QTest::qWaitFor([&] { return shares.count() == 1; }, 5000));
        QCOMPARE(shares.get(0).value(QStringLiteral("goalTitle")).toString(), QStringLiteral("Egen leilighet"));
        QCOMPARE(shares.get(0).value(QStringLiteral("level")).toString(), QStringLiteral("comment"));

        // The helper's device gets the goal with its step and check-in, and only that goal.
        QVERIFY(QTest::qWaitFor([&] { return jonas.has(goalId) && jonas.has(stepId) && jonas.has(checkInId); }, 15000));
        QVERIFY(!jonas.has(privateGoal));
        // Kari's goal is in «Mine deltakere», never in the helper's own «Mine mål».
        QVERIFY(jonas.goals->goals().empty());
        WalkingListModel people;
        QAbstractItemModelTester peopleTester(&people, QAbstractItemModelTester::FailureReportingMode::QtTest);
        people.setManager(&jonas.walking);
        people.setList(WalkingListModel::Participants);
        QVERIFY(QTest::qWaitFor([&] { return people.count() == 1; }, 5000));
        QCOMPARE(people.get(0).value(QStringLiteral("personName")).toString(), QStringLiteral("Kari"));
        const auto personGoals = jonas.walking.rows(WalkingListModel::PersonGoals, people.get(0).value(QStringLiteral("personId")).toString());
        QCOMPARE(personGoals.size(), 1);
        QCOMPARE(personGoals.first().value(QStringLiteral("goalId")).toString(), goalId);

        // Jonas comments; Kari sees it and replies; Jonas sees the reply under his comment.
        QVERIFY(jonas.walking.canComment(goalId));
        const QString commentId = jonas.walking.addComment(goalId, QStringLiteral("Godt jobbet med telefonen!"));
        QVERIFY(!commentId.isEmpty());
        QVERIFY(jonas.waitSynced());
        WalkingListModel kariComments;
        QAbstractItemModelTester commentsTester(&kariComments, QAbstractItemModelTester::FailureReportingMode::QtTest);
        kariComments.setManager(&kari.walking);
        kariComments.setList(WalkingListModel::Comments);
        kariComments.setFilterId(goalId);
        QVERIFY(QTest::qWaitFor([&] { return kariComments.count() == 1; }, 15000));
        QCOMPARE(kariComments.get(0).value(QStringLiteral("authorName")).toString(), QStringLiteral("Jonas Erfaringskonsulent"));
        QVERIFY(!kari.walking.addComment(goalId, QStringLiteral("Takk!"), commentId).isEmpty());
        QVERIFY(kari.waitSynced());
        QVERIFY(QTest::qWaitFor([&] { return jonas.walking.rows(WalkingListModel::Comments, goalId).size() == 2; }, 15000));
        const auto thread = jonas.walking.rows(WalkingListModel::Comments, goalId);
        QCOMPARE(thread.at(1).value(QStringLiteral("text")).toString(), QStringLiteral("Takk!"));
        QVERIFY(thread.at(1).value(QStringLiteral("isReply")).toBool());
        // The helper can edit nothing of the person's: a change to her goal is refused by the server.
        QCOMPARE(jonas.store->records(kinds::goal).size(), size_t(1));

        // Revoke: after the helper's next sync the goal, step, check-in and comments are gone from his device.
        QVERIFY(kari.walking.revokeShare(consentId));
        QVERIFY(QTest::qWaitFor([&] { return shares.count() == 0; }, 5000));
        QVERIFY(kari.waitSynced());
        jonas.store->setSyncEnabled(false);
        QVERIFY(jonas.waitState(SyncState::Offline));
        jonas.store->setSyncEnabled(true);
        QVERIFY(jonas.waitSynced());
        QVERIFY(QTest::qWaitFor([&] {
            return !jonas.has(goalId) && !jonas.has(stepId) && !jonas.has(checkInId) && !jonas.has(commentId) &&
                   !jonas.has(consentId);
        }, 15000));
        QCOMPARE(people.count(), 0);
        // Kari keeps everything.
        QVERIFY(kari.has(goalId) && kari.has(stepId) && kari.has(checkInId) && kari.has(commentId));
    }

    void readLevelOffersNoCommenting()
    {
        WalkingPhone kari(phoneDir("kari"));
        WalkingPhone jonas(phoneDir("jonas"));
        QVERIFY(kari.waitLoaded() && jonas.waitLoaded());
        QVERIFY(kari.loginAs(m_server->url(), QStringLiteral("kari")));
        QVERIFY(jonas.loginAs(m_server->url(), QStringLiteral("jonas")));
        const QString goalId = kari.goals->createGoal(QStringLiteral("Gå tur"), {}, QStringLiteral("helse"));
        const QString helper = jonasId(kari);
        QVERIFY(!helper.isEmpty());
        const QString consentId = kari.walking.shareGoal(goalId, helper, QStringLiteral("read"));
        QVERIFY(!consentId.isEmpty());
        QVERIFY(kari.waitSynced());
        QVERIFY(QTest::qWaitFor([&] { return jonas.has(goalId) && jonas.has(consentId); }, 15000));
        QVERIFY(!jonas.walking.canComment(goalId));
        QVERIFY(jonas.walking.addComment(goalId, QStringLiteral("Hei")).isEmpty());
        const auto goals = jonas.walking.rows(WalkingListModel::PersonGoals, jonas.walking.rows(WalkingListModel::Participants, {}).value(0).value(QStringLiteral("personId")).toString());
        QCOMPARE(goals.size(), 1);
        QCOMPARE(goals.first().value(QStringLiteral("canComment")).toBool(), false);

        // Raising the level to "comment" opens commenting at once.
        QVERIFY(kari.walking.setShareLevel(consentId, QStringLiteral("comment")));
        QVERIFY(kari.waitSynced());
        QVERIFY(QTest::qWaitFor([&] { return jonas.walking.canComment(goalId); }, 15000));
    }

    void quietListFollowsTheHelpersThreshold()
    {
        WalkingPhone kari(phoneDir("kari"));
        WalkingPhone jonas(phoneDir("jonas"));
        QVERIFY(kari.waitLoaded() && jonas.waitLoaded());
        QVERIFY(kari.loginAs(m_server->url(), QStringLiteral("kari")));
        QVERIFY(jonas.loginAs(m_server->url(), QStringLiteral("jonas")));
        const QString goalId = kari.goals->createGoal(QStringLiteral("Komme i jobb"), {}, QStringLiteral("arbeid_utdanning"));
        QVERIFY(!kari.goals->checkInAt(goalId, 5, {}, QDateTime::currentDateTime().addDays(-12)).isEmpty());
        QVERIFY(!kari.walking.shareGoal(goalId, jonasId(kari), QStringLiteral("read")).isEmpty());
        QVERIFY(kari.waitSynced());
        QVERIFY(QTest::qWaitFor([&] { return jonas.walking.rows(WalkingListModel::Participants, {}).size() == 1; }, 15000));
        QVERIFY(QTest::qWaitFor([&] { return !jonas.walking.rows(WalkingListModel::Participants, {}).first().value(QStringLiteral("lastCheckIn")).toString().isEmpty(); }, 15000));

        jonas.walking.setQuietDays(10);
        auto kariRow = jonas.walking.rows(WalkingListModel::Participants, {}).first();
        QCOMPARE(kariRow.value(QStringLiteral("daysSince")).toInt(), 12);
        QVERIFY(kariRow.value(QStringLiteral("quiet")).toBool());
        QCOMPARE(kariRow.value(QStringLiteral("subtitle")).toString(), QStringLiteral("Kari has not checked in for 12 days"));

        jonas.walking.setQuietDays(14);
        kariRow = jonas.walking.rows(WalkingListModel::Participants, {}).first();
        QVERIFY(!kariRow.value(QStringLiteral("quiet")).toBool());

        // A check-in today: no longer quiet at any threshold.
        QVERIFY(!kari.goals->checkIn(goalId, 7).isEmpty());
        QVERIFY(kari.waitSynced());
        jonas.walking.setQuietDays(1);
        QVERIFY(QTest::qWaitFor([&] { return jonas.walking.rows(WalkingListModel::Participants, {}).first().value(QStringLiteral("daysSince")).toInt() == 0; }, 15000));
        QVERIFY(!jonas.walking.rows(WalkingListModel::Participants, {}).first().value(QStringLiteral("quiet")).toBool());
    }

    void offlineSuggestionReachesTheKoordinator()
    {
        WalkingPhone kari(phoneDir("kari"));
        WalkingPhone lise(phoneDir("lise"));
        QVERIFY(kari.waitLoaded() && lise.waitLoaded());
        QVERIFY(kari.loginAs(m_server->url(), QStringLiteral("kari")));
        QVERIFY(lise.loginAs(m_server->url(), QStringLiteral("lise")));
        kari.store->setSyncEnabled(false);
        QVERIFY(kari.waitState(SyncState::Offline));
        QVERIFY(!kari.walking.writeSuggestion(QStringLiteral("missing"), QStringLiteral("Mer kafé på kveldstid")).isEmpty());
        QVERIFY(QTest::qWaitFor([&] { return kari.store->pendingCount() == 1; }, 5000));
        kari.store->setSyncEnabled(true);
        QVERIFY(kari.waitSynced());

        WalkingListModel box;
        QAbstractItemModelTester boxTester(&box, QAbstractItemModelTester::FailureReportingMode::QtTest);
        box.setManager(&lise.walking);
        box.setList(WalkingListModel::Suggestions);
        QVERIFY(QTest::qWaitFor([&] {
            lise.walking.refreshSuggestions();
            QTest::qWait(200);
            for (int i = 0; i < box.count(); ++i) {
                if (box.get(i).value(QStringLiteral("text")).toString() == QStringLiteral("Mer kafé på kveldstid"))
                    return true;
            }
            return false;
        }, 15000));
        QCOMPARE(box.get(0).value(QStringLiteral("read")).toBool(), false);
        const QString id = box.get(0).value(QStringLiteral("id")).toString();
        // Marked while offline: the server never heard it, so the list shows it unread again.
        lise.store->setSyncEnabled(false);
        QSignalSpy failed(&lise.walking, &WalkingManager::requestFailed);
        lise.walking.markSuggestionRead(id);
        QVERIFY(failed.count() > 0 || failed.wait(5000));
        QCOMPARE(box.get(0).value(QStringLiteral("read")).toBool(), false);
        lise.store->setSyncEnabled(true);
        QVERIFY(lise.waitSynced());
        lise.walking.markSuggestionRead(id);
        QVERIFY(box.get(0).value(QStringLiteral("read")).toBool());
        // The mark is kept on the server: a fresh listing shows it read.
        QTest::qWait(300);
        lise.walking.refreshSuggestions();
        QVERIFY(QTest::qWaitFor([&] { return box.count() > 0 && box.get(0).value(QStringLiteral("read")).toBool(); }, 10000));
        // One suggestion: its count is suppressed.
        const auto counts = lise.walking.rows(WalkingListModel::SuggestionCounts, {});
        QVERIFY(!counts.isEmpty());
        for (const auto &c : counts)
            QVERIFY(c.value(QStringLiteral("count")).toInt() == -1 || c.value(QStringLiteral("count")).toInt() >= 5);

        // «Du sa – vi gjorde»: Lise answers and Kari reads it.
        QVERIFY(!lise.walking.publishAnswer(QStringLiteral("Kveldskafé"), QStringLiteral("Kafé 103 har nå åpent til 21 på torsdager.")).isEmpty());
        QVERIFY(lise.waitSynced());
        QVERIFY(QTest::qWaitFor([&] { return kari.walking.rows(WalkingListModel::Answers, {}).size() == 1; }, 15000));
    }

    void exportHoldsEverythingIOwnAndDeletionLeavesNothing()
    {
        WalkingPhone kari(phoneDir("kari"));
        WalkingPhone tablet(phoneDir("tablet"));
        WalkingPhone jonas(phoneDir("jonas"));
        QVERIFY(kari.waitLoaded() && tablet.waitLoaded() && jonas.waitLoaded());
        QVERIFY(kari.loginAs(m_server->url(), QStringLiteral("kari")));
        QVERIFY(jonas.loginAs(m_server->url(), QStringLiteral("jonas")));
        const QString goalId = kari.goals->createGoal(QStringLiteral("Egen leilighet"), QStringLiteral("Trygghet"), QStringLiteral("bolig"));
        kari.goals->addStep(goalId, QStringLiteral("Søke bostøtte"));
        const QString firstStep = kari.goals->addStep(goalId, QStringLiteral("Ringe NAV først"));
        QVERIFY(QTest::qWaitFor([&] { return kari.goals->steps(goalId).size() == 2; }, 5000));
        QVERIFY(kari.goals->moveStep(firstStep, 0));
        kari.goals->checkIn(goalId, 4, QStringLiteral("Tung dag"));
        kari.goals->checkIn(goalId, 7, QStringLiteral("Bedre i dag"));
        kari.goals->addReflection(QStringLiteral("Jeg klarte det"), goalId, true);
        const QString helper = jonasId(kari);
        QVERIFY(!kari.walking.shareGoal(goalId, helper, QStringLiteral("comment")).isEmpty());
        QVERIFY(kari.waitSynced());
        QVERIFY(QTest::qWaitFor([&] { return jonas.has(goalId); }, 15000));
        const QString helperComment = jonas.walking.addComment(goalId, QStringLiteral("Jeg heier på deg"));
        QVERIFY(jonas.waitSynced());
        QVERIFY(QTest::qWaitFor([&] { return kari.has(helperComment); }, 15000));
        QVERIFY(tablet.loginAs(m_server->url(), QStringLiteral("kari")));
        QVERIFY(QTest::qWaitFor([&] { return tablet.has(goalId) && tablet.has(helperComment); }, 15000));

        // The export holds every record Kari owns on the device: her own and the helper's comment on her goal.
        QTemporaryDir out;
        QSignalSpy exported(&kari.walking, &WalkingManager::exportFinished);
        kari.walking.exportTo(out.path() + QStringLiteral("/export"));
        QVERIFY(exported.wait(10000));
        QCOMPARE(exported.first().first().toBool(), true);
        QFile json(out.path() + QStringLiteral("/export/medvandrer-export.json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonArray records = QJsonDocument::fromJson(json.readAll()).object().value(QLatin1String("records")).toArray();
        QSet<QString> exportedIds;
        for (const auto &r : records)
            exportedIds.insert(r.toObject().value(QLatin1String("id")).toString());
        QSet<QString> owned;
        for (const auto &spec : allKinds()) {
            for (const Record *r : kari.store->records(spec.kind)) {
                if (qs(r->owner) == kari.store->session().accountId && !r->isDeleted())
                    owned.insert(qs(r->id));
            }
        }
        QCOMPARE(owned.size(), 8); // goal, 2 steps, 2 check-ins, reflection, consent, comment
        QCOMPARE(exportedIds, owned);
        QVERIFY(exportedIds.contains(helperComment));
        QFile page(out.path() + QStringLiteral("/export/medvandrer-export.html"));
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(page.readAll());
        QVERIFY(html.contains(QStringLiteral("Egen leilighet")) && html.contains(QStringLiteral("Jeg heier på deg")));
        // Steps in the order the person gave them, check-ins oldest first, with their time.
        QVERIFY(html.indexOf(QStringLiteral("Ringe NAV først")) < html.indexOf(QStringLiteral("Søke bostøtte")));
        QVERIFY(html.indexOf(QStringLiteral("Tung dag")) < html.indexOf(QStringLiteral("Bedre i dag")));
        QVERIFY(html.contains(QStringLiteral("4 of 10")));
        // Times in Norwegian local time, whatever the device's zone: 10:00 UTC is 12:00 in summer, 11:00 in winter.
        QVERIFY(ExportPage::osloDateTime(QStringLiteral("2026-07-01T10:00:00Z")).endsWith(QStringLiteral("12:00")));
        QVERIFY(ExportPage::osloDateTime(QStringLiteral("2026-12-01T10:00:00Z")).endsWith(QStringLiteral("11:00")));

        // The server's export names the same records.
        QSignalSpy serverExport(&kari.walking, &WalkingManager::serverExportLoaded);
        kari.walking.requestServerExport();
        QVERIFY(serverExport.wait(10000));
        QSet<QString> serverIds;
        for (const auto &r : kari.walking.serverExport()) {
            if (!r.contains(QLatin1String("deleted")))
                serverIds.insert(r.value(QLatin1String("id")).toString());
        }
        QCOMPARE(serverIds, owned);

        // A wrong password deletes nothing.
        QSignalSpy failed(&kari.walking, &WalkingManager::requestFailed);
        kari.walking.deleteAccount(QStringLiteral("feil passord"));
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().at(1).toString(), QStringLiteral("auth_failed"));
        QVERIFY(kari.has(goalId));

        // Delete: both of Kari's devices end empty; the helper's copy goes too.
        QSignalSpy deleted(&kari.walking, &WalkingManager::accountDeleted);
        kari.walking.deleteAccount(QStringLiteral("demo-passord"));
        QVERIFY(deleted.wait(15000));
        for (WalkingPhone *p : {&kari, &tablet}) {
            QVERIFY(QTest::qWaitFor([&] { return !p->store->session().isSignedIn(); }, 15000));
            for (const auto &spec : allKinds())
                QCOMPARE(p->count(spec.kind), 0);
            QVERIFY(!p->has(goalId));
        }
        QVERIFY(QTest::qWaitFor([&] { return !jonas.has(goalId) && !jonas.has(helperComment); }, 15000));
    }
};

QTEST_MAIN(TestWalking)
#include "tst_walking.moc"
