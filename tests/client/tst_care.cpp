#include "care/care_manager.h"
#include "care/emergency_numbers.h"
#include "device_fixture.h"
#include "server_process.h"
#include "walking/walking_manager.h"

#include "crypto/key_wrap.h"
#include "records/schema.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace medvandrer;

// A phone with the plan for hard days and walking beside on top, wired as the app wires them.
struct CarePhone : Phone
{
    explicit CarePhone(const QString &dir, bool syncEnabled = true)
        : Phone(dir, syncEnabled), care(nullptr), walking(nullptr)
    {
        care.setDeviceStore(store.get());
        walking.setDeviceStore(store.get());
    }
    CareManager care;
    WalkingManager walking;
};

QVariantMap contact(const QString &name, const QString &phone)
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("phone"), phone}};
}

// «Min plan for tunge dager» and «Om meg» (issue 14): the emergency numbers, saving with history, and sharing
// read only with a helper against the real medvandrer-server.
class TestCare : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString phoneDir(const char *name) const
    {
        return m_dir.path() + QLatin1Char('/') + QLatin1String(QTest::currentTestFunction()) + QLatin1Char('-') +
               QLatin1String(name);
    }

private Q_SLOTS:
    // The three numbers, exactly, from the one list; and docs/ says the same numbers, sources and check date.
    void emergencyNumbersAreTheCheckedOnes()
    {
        const auto numbers = emergencyNumbers();
        QCOMPARE(int(numbers.size()), 3);
        QCOMPARE(numbers[0].number, QStringLiteral("113"));
        QCOMPARE(numbers[0].dial, QStringLiteral("113"));
        QCOMPARE(numbers[1].number, QStringLiteral("116 117"));
        QCOMPARE(numbers[1].dial, QStringLiteral("116117"));
        QCOMPARE(numbers[2].number, QStringLiteral("116 123"));
        QCOMPARE(numbers[2].dial, QStringLiteral("116123"));
        QCOMPARE(numbers[0].source, QStringLiteral("helsenorge.no"));
        QCOMPARE(numbers[2].source, QStringLiteral("mentalhelse.no"));
        QCOMPARE(emergencyNumbersCheckedOn(), QStringLiteral("2026-12-01"));

        QFile doc(QStringLiteral(MEDVANDRER_SOURCE_DIR "/docs/architecture.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        const qsizetype at = text.indexOf(QStringLiteral("### Emergency numbers"));
        QVERIFY2(at >= 0, "docs/architecture.md has no «Emergency numbers» section");
        const QString section = text.mid(at, 1500);
        for (const auto &n : numbers) {
            QVERIFY2(section.contains(QStringLiteral("| ") + n.number + QStringLiteral(" |")), qPrintable(n.number));
            QVERIFY2(section.contains(n.source), qPrintable(n.source));
        }
        QVERIFY(section.contains(emergencyNumbersCheckedOn()));
    }

    void telLinks_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("url");
        QTest::newRow("spaces") << "116 123" << "tel:116123";
        QTest::newRow("country code") << "+47 900 00 000" << "tel:+4790000000";
        QTest::newRow("dashes and brackets") << "(22) 33-44-55" << "tel:22334455";
        QTest::newRow("plus in the middle") << "22+33" << "tel:2233";
        QTest::newRow("no digits") << "mamma" << "";
        QTest::newRow("empty") << "" << "";
    }
    void telLinks()
    {
        QFETCH(QString, typed);
        QFETCH(QString, url);
        QCOMPARE(telUrl(typed), url);
    }

    // Offline, signed in once: saving writes the plan and a snapshot; only what changed goes in the patch; every
    // save keeps the version before; a phone restarted with no network still shows it all.
    void savesOfflineWithHistory()
    {
        {
            CarePhone kari(phoneDir("kari"), false);
            QVERIFY(kari.waitLoaded());
            QSignalSpy refused(&kari.care, &CareManager::errorOccurred);
            QVERIFY(!kari.care.savePlan({{QStringLiteral("signs"), QStringLiteral("Sover dårlig")}}));
            QCOMPARE(refused.count(), 1); // nobody signed in: nothing to own it
            kari.store->useLocalSession(QStringLiteral("kari"), QStringLiteral("Kari"));
            QVERIFY(QTest::qWaitFor([&] { return kari.care.canEdit(); }, 5000));

            QVERIFY(kari.care.savePlan({{QStringLiteral("signs"), QStringLiteral("Sover dårlig")},
                                        {QStringLiteral("contacts"), QVariantList{contact(QStringLiteral("Mamma"), QStringLiteral("+47 900 00 000")),
                                                                                  contact({}, {})}}}));
            // A second save before the first is back from the store thread goes to the same plan.
            QVERIFY(kari.care.savePlan({{QStringLiteral("signs"), QStringLiteral("Sover dårlig, svarer ikke på meldinger")},
                                        {QStringLiteral("selfHelp"), QStringLiteral("Gå en tur")}}));
            QVERIFY(QTest::qWaitFor([&] { return kari.care.history(QStringLiteral("plan")).size() == 2; }, 5000));
            QCOMPARE(int(kari.store->records(kinds::plan).size()), 1);
            const QVariantMap plan = kari.care.plan();
            QVERIFY(plan.value(QStringLiteral("exists")).toBool());
            QCOMPARE(plan.value(QStringLiteral("signs")).toString(), QStringLiteral("Sover dårlig, svarer ikke på meldinger"));
            QCOMPARE(plan.value(QStringLiteral("selfHelp")).toString(), QStringLiteral("Gå en tur"));
            const QVariantList contacts = plan.value(QStringLiteral("contacts")).toList();
            QCOMPARE(contacts.size(), 1); // the empty row is dropped
            QCOMPARE(contacts[0].toMap().value(QStringLiteral("phone")).toString(), QStringLiteral("+47 900 00 000"));

            // Saving the same again changes nothing and keeps no new version.
            QVERIFY(kari.care.savePlan({{QStringLiteral("selfHelp"), QStringLiteral("Gå en tur")}}));
            QTest::qWait(200);
            QCOMPARE(kari.care.history(QStringLiteral("plan")).size(), 2);

            const QVariantList history = kari.care.history(QStringLiteral("plan"));
            const QVariantMap newest = history[0].toMap(), older = history[1].toMap();
            QCOMPARE(newest.value(QStringLiteral("fields")).toMap().value(QStringLiteral("signs")).toString(),
                     QStringLiteral("Sover dårlig, svarer ikke på meldinger"));
            QCOMPARE(older.value(QStringLiteral("fields")).toMap().value(QStringLiteral("signs")).toString(),
                     QStringLiteral("Sover dårlig"));
            QCOMPARE(newest.value(QStringLiteral("changed")).toStringList(), (QStringList{QStringLiteral("signs"), QStringLiteral("selfHelp")}));
            // The second save kept the contact it did not touch.
            QCOMPARE(newest.value(QStringLiteral("fields")).toMap().value(QStringLiteral("contacts")).toList().size(), 1);

            // Too long never reaches the store.
            QVERIFY(!kari.care.savePlan({{QStringLiteral("after"), QString(int(planTextMax) + 1, QLatin1Char('x'))}}));
            QVERIFY(!kari.care.savePlan({{QStringLiteral("contacts"), QVariantList{contact(QString(90, QLatin1Char('a')), QStringLiteral("12345678901234"))}}}));
            QCOMPARE(refused.count(), 3);

            QVERIFY(kari.care.saveAboutMe({{QStringLiteral("calledName"), QStringLiteral("Kari")},
                                           {QStringLiteral("interpreter"), true},
                                           {QStringLiteral("avoid"), QStringLiteral("Barndommen")}}));
            QVERIFY(QTest::qWaitFor([&] { return kari.care.aboutMe().value(QStringLiteral("exists")).toBool(); }, 5000));
            QCOMPARE(kari.care.history(QStringLiteral("about")).size(), 1);
        }
        // The same phone, opened again without network: the plan is read from the device store alone.
        CarePhone again(phoneDir("kari"), false);
        QVERIFY(again.waitLoaded());
        const QVariantMap plan = again.care.plan();
        QCOMPARE(plan.value(QStringLiteral("selfHelp")).toString(), QStringLiteral("Gå en tur"));
        QCOMPARE(again.care.aboutMe().value(QStringLiteral("interpreter")).toBool(), true);
        QCOMPARE(again.care.history(QStringLiteral("plan")).size(), 2);
        QVERIFY(again.care.planJson().contains("Gå en tur"));
    }

    // «Export my data»: the readable page holds the plan and «Om meg» as written, under the app's headings; with
    // the lock on, the export writes nothing readable into the data folder, and only the two files the person
    // asked for land in the chosen folder (no temporary left beside them).
    void exportHoldsThePlanAndAboutMe()
    {
        QTemporaryDir out;
        const QString folder = phoneDir("kari");
        const QString planEntry = QStringLiteral("Jeg trekker meg unna folk 3J");
        const QString aboutEntry = QStringLiteral("Snakk rolig til meg 7V");
        CarePhone kari(folder, false);
        QVERIFY(kari.waitLoaded());
        kari.store->setKdfCost(KdfCost::fastForTests());
        kari.store->useLocalSession(QStringLiteral("kari"), QStringLiteral("Kari"));
        QVERIFY(QTest::qWaitFor([&] { return kari.care.canEdit(); }, 5000));
        QSignalSpy lockDone(kari.store.get(), &DeviceStore::lockActionDone);
        kari.store->enableLock(QStringLiteral("482913"), false, QStringLiteral("demo-passord"));
        QVERIFY(lockDone.wait(20000) && lockDone.first().at(1).toBool());
        QVERIFY(kari.care.savePlan({{QStringLiteral("signs"), planEntry},
                                    {QStringLiteral("contacts"), QVariantList{contact(QStringLiteral("Mamma"), QStringLiteral("+47 900 00 000"))}}}));
        QVERIFY(kari.care.saveAboutMe({{QStringLiteral("meetMe"), aboutEntry}, {QStringLiteral("interpreter"), true}}));
        QVERIFY(QTest::qWaitFor([&] { return kari.care.aboutMe().value(QStringLiteral("exists")).toBool(); }, 5000));
        // An earlier version of the plan: the page shows the current one, the JSON file every version.
        QVERIFY(kari.care.savePlan({{QStringLiteral("after"), QStringLiteral("Sove lenge")}}));
        QVERIFY(QTest::qWaitFor([&] { return kari.care.history(QStringLiteral("plan")).size() == 2; }, 5000));
        QVERIFY(!kari.goals->createGoal(QStringLiteral("Et mål"), {}, QStringLiteral("helse")).isEmpty());
        QVERIFY(QTest::qWaitFor([&] { return kari.goals->goals().size() == 1; }, 5000));

        QSignalSpy exported(&kari.walking, &WalkingManager::exportFinished);
        kari.walking.exportTo(out.path() + QStringLiteral("/export"));
        QVERIFY(exported.wait(10000));
        QVERIFY(exported.first().first().toBool());
        QCOMPARE(QDir(out.path() + QStringLiteral("/export")).entryList(QDir::Files | QDir::Hidden),
                 (QStringList{QStringLiteral("medvandrer-export.html"), QStringLiteral("medvandrer-export.json")}));
        QFile page(out.path() + QStringLiteral("/export/medvandrer-export.html"));
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(page.readAll());
        for (const QString &shown : {QStringLiteral("<h2>My plan for hard days</h2>"), QStringLiteral("<h3>Signs that things are getting hard for me</h3>"),
                                     planEntry, QStringLiteral("Mamma: +47 900 00 000"), QStringLiteral("<h3>After a hard time</h3><p>Sove lenge</p>"),
                                     QStringLiteral("<h2>About me</h2>"), QStringLiteral("<h3>How I want to be met</h3>"), aboutEntry,
                                     QStringLiteral("<h3>I would like an interpreter</h3><p>Yes</p>")})
            QVERIFY2(html.contains(shown), qPrintable(shown));
        // In the app's order: the plan first, then «Om meg», then the goals.
        QVERIFY(html.indexOf(planEntry) < html.indexOf(aboutEntry));
        QVERIFY(html.indexOf(aboutEntry) < html.indexOf(QStringLiteral("Et mål")));
        QFile json(out.path() + QStringLiteral("/export/medvandrer-export.json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        int planVersions = 0;
        for (const auto &r : QJsonDocument::fromJson(json.readAll()).object().value(QLatin1String("records")).toArray()) {
            const QJsonObject o = r.toObject();
            if (o.value(QLatin1String("kind")).toString() == QLatin1String("snapshot") &&
                o.value(QLatin1String("fields")).toObject().value(QLatin1String("ofKind")).toObject().value(QLatin1String("v")).toString() == QLatin1String("plan"))
                ++planVersions;
        }
        QCOMPARE(planVersions, 2);

        // Nothing of it readable in the data folder.
        QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray raw = f.readAll();
            QVERIFY2(!raw.contains(planEntry.toUtf8()) && !raw.contains(aboutEntry.toUtf8()), qPrintable(f.fileName()));
        }
    }

    // Kari shares her plan and «Om meg» with Jonas (read only); his phone shows them under her name, never her
    // history; stopping evicts them from his phone.
    void sharedReadOnlyAndRevoked()
    {
        if (ServerProcess::binary().isEmpty())
            QSKIP("medvandrer-server not built; set MEDVANDRER_SERVER_BIN");
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        CarePhone kari(phoneDir("kari"));
        CarePhone jonas(phoneDir("jonas"));
        QVERIFY(kari.waitLoaded() && jonas.waitLoaded());
        QVERIFY(kari.loginAs(server.url(), QStringLiteral("kari")));
        QVERIFY(jonas.loginAs(server.url(), QStringLiteral("jonas")));
        const QString kariId = kari.store->session().accountId;

        QVERIFY(kari.care.savePlan({{QStringLiteral("meetMe"), QStringLiteral("Rolig, uten mange spørsmål")}}));
        QVERIFY(kari.care.saveAboutMe({{QStringLiteral("calledName"), QStringLiteral("Kari")}}));
        QVERIFY(QTest::qWaitFor([&] { return kari.care.aboutMe().value(QStringLiteral("exists")).toBool() &&
                                             kari.care.plan().value(QStringLiteral("exists")).toBool(); }, 5000));
        QVERIFY(kari.waitSynced());
        QVERIFY(jonas.waitSynced());
        QVERIFY(!jonas.care.plan(kariId).value(QStringLiteral("exists")).toBool());

        kari.walking.refreshHelpers();
        QVERIFY(QTest::qWaitFor([&] { return kari.walking.helpersKnown(); }, 10000));
        QString helper;
        for (const auto &h : kari.walking.rows(WalkingListModel::Helpers, {})) {
            if (h.value(QStringLiteral("title")).toString().startsWith(QStringLiteral("Jonas")))
                helper = h.value(QStringLiteral("helperId")).toString();
        }
        QVERIFY(!helper.isEmpty());
        const QString planId = kari.care.plan().value(QStringLiteral("id")).toString();
        const QString aboutId = kari.care.aboutMe().value(QStringLiteral("id")).toString();
        const QString planShare = kari.walking.shareGoal(planId, helper, QStringLiteral("read"));
        QVERIFY(!planShare.isEmpty());
        QVERIFY(!kari.walking.shareGoal(aboutId, helper, QStringLiteral("read")).isEmpty());
        QVERIFY(QTest::qWaitFor([&] { return kari.walking.rows(WalkingListModel::GoalShares, planId).size() == 1; }, 5000));
        QCOMPARE(kari.walking.rows(WalkingListModel::GoalShares, planId)[0].value(QStringLiteral("title")).toString(),
                 QStringLiteral("My plan for hard days"));

        QVERIFY(QTest::qWaitFor([&] { return jonas.care.plan(kariId).value(QStringLiteral("exists")).toBool(); }, 15000));
        QCOMPARE(jonas.care.plan(kariId).value(QStringLiteral("meetMe")).toString(), QStringLiteral("Rolig, uten mange spørsmål"));
        QVERIFY(QTest::qWaitFor([&] { return jonas.care.aboutMe(kariId).value(QStringLiteral("exists")).toBool(); }, 15000));
        QVERIFY(jonas.store->records(kinds::snapshot).empty()); // her history stays hers
        QVERIFY(!jonas.care.plan().value(QStringLiteral("exists")).toBool()); // not his own plan
        // Kari is in his list of people, with no goals counted.
        const auto people = jonas.walking.rows(WalkingListModel::Participants, {});
        QCOMPARE(people.size(), 1);
        QCOMPARE(people[0].value(QStringLiteral("goalCount")).toInt(), 0);
        QVERIFY(jonas.walking.rows(WalkingListModel::PersonGoals, kariId).isEmpty());

        // A later edit reaches him.
        QVERIFY(kari.care.savePlan({{QStringLiteral("meetMe"), QStringLiteral("Rolig, og gjerne ute")}}));
        QVERIFY(QTest::qWaitFor([&] { return jonas.care.plan(kariId).value(QStringLiteral("meetMe")).toString() ==
                                             QStringLiteral("Rolig, og gjerne ute"); }, 15000));

        // Her access log names him, for the plan.
        QSignalSpy logged(&kari.walking, &WalkingManager::accessLogLoaded);
        kari.walking.requestAccessLog();
        QVERIFY(logged.wait(10000));
        bool sawPlan = false;
        for (const auto &row : kari.walking.rows(WalkingListModel::AccessLog, {}))
            sawPlan = sawPlan || (row.value(QStringLiteral("category")).toString() == QStringLiteral("plan") &&
                                  row.value(QStringLiteral("goalId")).toString() == planId);
        QVERIFY(sawPlan);

        // Stop sharing the plan: it leaves his phone; «Om meg» stays.
        QVERIFY(kari.walking.revokeShare(planShare));
        QVERIFY(QTest::qWaitFor([&] { return !jonas.care.plan(kariId).value(QStringLiteral("exists")).toBool(); }, 15000));
        QVERIFY(jonas.store->record(planId.toStdString()) == nullptr);
        QVERIFY(jonas.care.aboutMe(kariId).value(QStringLiteral("exists")).toBool());
    }
};

QTEST_MAIN(TestCare)
#include "tst_care.moc"
