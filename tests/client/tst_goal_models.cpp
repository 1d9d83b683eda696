#include "device_fixture.h"
#include "goals/goal_models.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace medvandrer;

// The list models over a real device store (offline, local session), each watched by QAbstractItemModelTester.
class TestGoalModels : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Phone> m_phone;

    void waitFor(const std::function<bool()> &done) { QVERIFY(QTest::qWaitFor(done, 10000)); }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_phone = std::make_unique<Phone>(m_dir.path() + QStringLiteral("/") + QTest::currentTestFunction(), false);
        QVERIFY(m_phone->waitLoaded());
        m_phone->store->useLocalSession(QStringLiteral("kari"), QStringLiteral("Kari"));
        QVERIFY(QTest::qWaitFor([this] { return m_phone->store->session().isSignedIn(); }, 5000));
    }
    void cleanup() { m_phone.reset(); }

    void goalListOrdersByStatusAndHidesArchived()
    {
        GoalListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setManager(m_phone->goals.get());
        QCOMPARE(model.rowCount(), 0);

        auto &goals = *m_phone->goals;
        const QString a = goals.createGoal(QStringLiteral("Egen leilighet"), QStringLiteral("Et sted som er mitt"),
                                           QStringLiteral("bolig"));
        QVERIFY(!a.isEmpty());
        waitFor([&] { return model.rowCount() == 1; });
        QTest::qWait(5); // distinct createdAt
        const QString b = goals.createGoal(QStringLiteral("Jobb to dager"), {}, QStringLiteral("arbeid_utdanning"));
        waitFor([&] { return model.rowCount() == 2; });
        // Newest first among active goals.
        QCOMPARE(model.idAt(0), b);
        QCOMPARE(model.data(model.index(1), GoalListModel::TitleRole).toString(), QStringLiteral("Egen leilighet"));
        QCOMPARE(model.data(model.index(1), GoalListModel::WhyRole).toString(), QStringLiteral("Et sted som er mitt"));
        QCOMPARE(model.data(model.index(1), GoalListModel::LifeAreaRole).toString(), QStringLiteral("bolig"));
        QCOMPARE(model.data(model.index(1), GoalListModel::LastRatingRole).toInt(), -1);

        // Pausing moves the goal after active ones; archiving hides it unless asked; nothing is lost.
        QVERIFY(goals.setGoalStatus(b, QStringLiteral("paused")));
        waitFor([&] { return model.idAt(0) == a; });
        QVERIFY(goals.setGoalStatus(b, QStringLiteral("archived")));
        waitFor([&] { return model.rowCount() == 1; });
        QCOMPARE(model.archivedCount(), 1);
        model.setIncludeArchived(true);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(1), GoalListModel::StatusRole).toString(), QStringLiteral("archived"));
        QCOMPARE(model.data(model.index(1), GoalListModel::TitleRole).toString(), QStringLiteral("Jobb to dager"));

        // Step and check-in counts follow the records.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        goals.addStep(a, QStringLiteral("Ringe boligkontoret"));
        goals.checkIn(a, 6);
        waitFor([&] { return model.data(model.index(0), GoalListModel::CheckInCountRole).toInt() == 1; });
        QCOMPARE(model.data(model.index(0), GoalListModel::StepCountRole).toInt(), 1);
        QCOMPARE(model.data(model.index(0), GoalListModel::StepsDoneRole).toInt(), 0);
        QCOMPARE(model.data(model.index(0), GoalListModel::LastRatingRole).toInt(), 6);
        QVERIFY(changed.count() >= 1);
        QVERIFY(model.roleNames().values().contains("lastRating"));
    }

    void editsOnlyWriteWhatChanged()
    {
        auto &goals = *m_phone->goals;
        const QString id = goals.createGoal(QStringLiteral("Tittel"), QStringLiteral("Hvorfor"), QStringLiteral("helse"));
        waitFor([&] { return goals.goal(id).has_value(); });
        const qint64 before = m_phone->store->pendingCount();
        QVERIFY(goals.updateGoal(id, QStringLiteral("Tittel"), QStringLiteral("Hvorfor"), QStringLiteral("helse")));
        QTest::qWait(50);
        QCOMPARE(m_phone->store->pendingCount(), before); // nothing changed, nothing queued
        QVERIFY(goals.updateGoal(id, QStringLiteral("Ny tittel"), QStringLiteral("Hvorfor"), QStringLiteral("helse")));
        waitFor([&] { return goals.goal(id)->title == QStringLiteral("Ny tittel"); });
        QCOMPARE(m_phone->store->pendingCount(), before + 1);

        // Empty titles are refused before they reach the store.
        QSignalSpy errors(&goals, &GoalManager::errorOccurred);
        QVERIFY(goals.createGoal(QStringLiteral("   "), {}, {}).isEmpty());
        QCOMPARE(errors.count(), 1);
    }

    void stepsCanBeAddedTickedAndReordered()
    {
        auto &goals = *m_phone->goals;
        const QString goalId = goals.createGoal(QStringLiteral("Mål"), {}, QStringLiteral("annet"));
        StepListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setManager(&goals);
        model.setGoalId(goalId);
        // Added straight after the goal, before it is back from the store thread: still in order.
        const QString s1 = goals.addStep(goalId, QStringLiteral("En"));
        const QString s2 = goals.addStep(goalId, QStringLiteral("To"));
        const QString s3 = goals.addStep(goalId, QStringLiteral("Tre"));
        QVERIFY(!s1.isEmpty() && !s2.isEmpty() && !s3.isEmpty());
        waitFor([&] { return model.rowCount() == 3; });
        QCOMPARE(model.idAt(0), s1);
        QCOMPARE(model.idAt(2), s3);

        QVERIFY(goals.setStepDone(s2, true));
        waitFor([&] { return model.data(model.index(1), StepListModel::DoneRole).toBool(); });
        QCOMPARE(model.doneCount(), 1);

        QVERIFY(goals.moveStep(s3, 0));
        waitFor([&] { return model.idAt(0) == s3; });
        QCOMPARE(model.idAt(1), s1);
        QCOMPARE(model.idAt(2), s2);
        QCOMPARE(model.data(model.index(0), StepListModel::TitleRole).toString(), QStringLiteral("Tre"));

        QVERIFY(goals.removeStep(s1));
        waitFor([&] { return model.rowCount() == 2; });
    }

    void checkInsGiveHistoryOldestFirst()
    {
        auto &goals = *m_phone->goals;
        const QString goalId = goals.createGoal(QStringLiteral("Mål"), {}, QStringLiteral("annet"));
        CheckInListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setManager(&goals);
        model.setGoalId(goalId);
        QSignalSpy history(&model, &CheckInListModel::historyChanged);
        const QDateTime now = QDateTime::currentDateTime();
        goals.checkInAt(goalId, 3, {}, now.addDays(-2));
        goals.checkInAt(goalId, 5, QStringLiteral("Bedre"), now.addDays(-1));
        goals.checkIn(goalId, 8, QStringLiteral("  "));
        QVERIFY(goals.checkIn(goalId, 11).isEmpty()); // out of range
        waitFor([&] { return model.rowCount() == 3; });
        QCOMPARE(model.ratings(), (QVariantList{3, 5, 8}));
        QCOMPARE(model.dates().size(), 3);
        // Rows: newest first.
        QCOMPARE(model.data(model.index(0), CheckInListModel::RatingRole).toInt(), 8);
        QCOMPARE(model.data(model.index(0), CheckInListModel::NoteRole).toString(), QString());
        QCOMPARE(model.data(model.index(1), CheckInListModel::NoteRole).toString(), QStringLiteral("Bedre"));
        QVERIFY(history.count() >= 1);
    }

    void reflectionsArePrivateByDefault()
    {
        auto &goals = *m_phone->goals;
        const QString goalId = goals.createGoal(QStringLiteral("Mål"), {}, QStringLiteral("annet"));
        ReflectionListModel all;
        QAbstractItemModelTester tester(&all, QAbstractItemModelTester::FailureReportingMode::QtTest);
        all.setManager(&goals);
        ReflectionListModel forGoal;
        QAbstractItemModelTester tester2(&forGoal, QAbstractItemModelTester::FailureReportingMode::QtTest);
        forGoal.setManager(&goals);
        forGoal.setGoalId(goalId);

        const QString r1 = goals.addReflection(QStringLiteral("Om målet"), goalId);
        const QString r2 = goals.addReflection(QStringLiteral("Løs tanke"));
        waitFor([&] { return all.rowCount() == 2 && forGoal.rowCount() == 1; });
        QCOMPARE(forGoal.idAt(0), r1);
        QCOMPARE(forGoal.data(forGoal.index(0), ReflectionListModel::SharedRole).toBool(), false);
        QCOMPARE(forGoal.data(forGoal.index(0), ReflectionListModel::GoalTitleRole).toString(), QStringLiteral("Mål"));

        QVERIFY(goals.updateReflection(r2, QStringLiteral("Løs tanke, endret"), true));
        waitFor([&] { return goals.reflectionShared(r2); });
        QCOMPARE(goals.reflectionText(r2), QStringLiteral("Løs tanke, endret"));
        QVERIFY(goals.removeReflection(r2));
        waitFor([&] { return all.rowCount() == 1; });
    }

    void goalDetailsFollowEdits()
    {
        auto &goals = *m_phone->goals;
        GoalDetails details;
        details.setManager(&goals);
        const QString id = goals.createGoal(QStringLiteral("Før"), {}, QStringLiteral("okonomi"));
        details.setGoalId(id);
        waitFor([&] { return details.exists(); });
        QCOMPARE(details.lifeArea(), QStringLiteral("okonomi"));
        QSignalSpy changed(&details, &GoalDetails::changed);
        goals.updateGoal(id, QStringLiteral("Etter"), QStringLiteral("Fordi"), {});
        waitFor([&] { return details.title() == QStringLiteral("Etter"); });
        QCOMPARE(details.why(), QStringLiteral("Fordi"));
        QVERIFY(changed.count() >= 1);
    }
};

QTEST_GUILESS_MAIN(TestGoalModels)
#include "tst_goal_models.moc"
