#include "device_fixture.h"
#include "server_process.h"
#include "surveys/survey_manager.h"

#include "records/schema.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace medvandrer;

// A phone with «Spør brukerne» on top, wired as the app wires it.
struct SurveyPhone : Phone
{
    explicit SurveyPhone(const QString &dir, bool syncEnabled = true) : Phone(dir, syncEnabled), surveys(nullptr)
    {
        surveys.setDeviceStore(store.get());
    }
    // Asks for the listing and waits for the answer (ready, or offline with the kept one).
    bool listed()
    {
        surveys.refresh();
        return QTest::qWaitFor([&] { return surveys.listState() == QLatin1String("ready") ||
                                            surveys.listState() == QLatin1String("offline"); }, 10000);
    }
    QVariantMap survey(const QString &id) { return surveys.survey(id); }
    SurveyManager surveys;
};

// «Spør brukerne» (issue 15) through the app's own SurveyManager against the real medvandrer-server: answering
// offline through the outbox, once across two phones, a closed survey's refusal in words, and a survey drafted by
// a brukerrepresentant, published by a koordinator and shown at 5 answers, not at 4.
class TestSurveys : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ServerProcess> m_server;
    QTemporaryDir m_dir;
    int m_people = 0;

    QString phoneDir(const QString &name) const
    {
        return m_dir.path() + QLatin1Char('/') + QLatin1String(QTest::currentTestFunction()) + QLatin1Char('-') + name;
    }

    // A draft as a writer's editor makes it: a 0–10 question, one choice and a free text.
    static bool draft(SurveyPhone &writer, const QString &title)
    {
        writer.surveys.startNew();
        writer.surveys.setDraftField(QStringLiteral("title"), title);
        writer.surveys.setDraftField(QStringLiteral("intro"), QStringLiteral("Svarene er anonyme."));
        writer.surveys.setQuestionField(0, QStringLiteral("text"), QStringLiteral("Hvor godt trives du?"));
        if (!writer.surveys.addQuestion(QStringLiteral("one")) || !writer.surveys.addQuestion(QStringLiteral("text")))
            return false;
        writer.surveys.setQuestionField(1, QStringLiteral("text"), QStringLiteral("Bør kafeen ha åpent om kvelden?"));
        writer.surveys.setOption(1, 0, QStringLiteral("Ja"));
        writer.surveys.setOption(1, 1, QStringLiteral("Nei"));
        writer.surveys.setQuestionField(2, QStringLiteral("text"), QStringLiteral("Noe annet?"));
        if (!writer.surveys.draftProblem().isEmpty())
            return false;
        writer.surveys.saveDraft();
        return QTest::qWaitFor([&] { return writer.surveys.editingState() == QLatin1String("saved"); }, 10000);
    }
    // Lise drafts and publishes; returns the survey's id.
    QString published(SurveyPhone &lise, const QString &title)
    {
        if (!draft(lise, title))
            return {};
        const QString id = lise.surveys.editing().value(QStringLiteral("id")).toString();
        if (!QTest::qWaitFor([&] { return lise.survey(id).value(QStringLiteral("mayPublish")).toBool(); }, 10000))
            return {};
        lise.surveys.publish(id);
        if (!QTest::qWaitFor([&] { return lise.survey(id).value(QStringLiteral("status")) == QLatin1String("published"); },
                             10000))
            return {};
        return id;
    }
    // Answers a survey from this phone: 0–10 and the choice, free text left out (skipped).
    static bool answer(SurveyPhone &p, const QString &id, int scale, int choice)
    {
        p.surveys.setAnswer(id, QStringLiteral("q"), {}); // an unknown question: ignored
        const QVariantList questions = p.survey(id).value(QStringLiteral("questions")).toList();
        if (questions.size() != 3)
            return false;
        p.surveys.setAnswer(id, questions[0].toMap().value(QStringLiteral("id")).toString(), scale);
        p.surveys.setAnswer(id, questions[1].toMap().value(QStringLiteral("id")).toString(), choice);
        return p.surveys.submitAnswers(id);
    }
    // The server has this phone's answer: its listing says answered, and nothing waits on the phone.
    static bool sent(SurveyPhone &p, const QString &id)
    {
        return QTest::qWaitFor([&] {
            if (!p.waitSynced(2000) || !p.listed())
                return false;
            return p.survey(id).value(QStringLiteral("answered")).toBool() &&
                   !p.survey(id).value(QStringLiteral("waiting")).toBool();
        }, 20000);
    }
    // A new bruker through an invite, signed in on a phone of their own.
    std::unique_ptr<SurveyPhone> newBruker()
    {
        const QString name = QStringLiteral("svarer%1").arg(++m_people);
        auto p = std::make_unique<SurveyPhone>(phoneDir(name));
        if (!p->waitLoaded())
            return nullptr;
        p->store->registerAccount(m_server->url(), m_server->invite(QStringLiteral("bruker")), name,
                                  QStringLiteral("demo-passord"), QStringLiteral("Svarer %1").arg(m_people));
        if (!QTest::qWaitFor([&] { return p->store->session().hasToken; }, 20000) || !p->waitSynced())
            return nullptr;
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Each answer published at once, so what the tests see is the suppression below 5, not the batching.
        qputenv("MEDVANDRER_SURVEY_BATCH", "1");
        if (ServerProcess::binary().isEmpty())
            QSKIP("medvandrer-server not built; set MEDVANDRER_SERVER_BIN");
        m_server = std::make_unique<ServerProcess>();
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    }
    void cleanupTestCase() { m_server.reset(); }

    void anOfflineAnswerWaitsInTheOutboxAndSyncsOnReconnect()
    {
        SurveyPhone lise(phoneDir(QStringLiteral("lise")));
        QVERIFY(lise.waitLoaded() && lise.loginAs(m_server->url(), QStringLiteral("lise")));
        const QString id = published(lise, QStringLiteral("Kafeen om kvelden"));
        QVERIFY(!id.isEmpty());

        const QString kariDir = phoneDir(QStringLiteral("kari"));
        {
            SurveyPhone kari(kariDir);
            QVERIFY(kari.waitLoaded() && kari.loginAs(m_server->url(), QStringLiteral("kari")));
            QVERIFY(kari.listed());
            QVERIFY(kari.survey(id).value(QStringLiteral("mayAnswer")).toBool());
        }
        // The app starts again without a connection: the kept listing shows the survey, and it can be answered.
        SurveyPhone kari(kariDir, false);
        QVERIFY(kari.waitLoaded());
        QVERIFY(QTest::qWaitFor([&] { return !kari.survey(id).isEmpty(); }, 10000));
        QVERIFY(kari.listed());
        QCOMPARE(kari.surveys.listState(), QStringLiteral("offline"));
        QVERIFY(kari.survey(id).value(QStringLiteral("mayAnswer")).toBool());
        QVERIFY(answer(kari, id, 7, 0));
        // A second tap at once, before the store has written the first: no second answer (it went out as one and
        // came back «already answered»).
        QVERIFY(!kari.surveys.submitAnswers(id));
        // In the outbox, shown as waiting, and no second answer from this phone.
        QVERIFY(QTest::qWaitFor([&] { return kari.store->pendingCount() == 1; }, 5000));
        QVERIFY(QTest::qWaitFor([&] { return kari.survey(id).value(QStringLiteral("waiting")).toBool(); }, 5000));
        QVERIFY(!kari.survey(id).value(QStringLiteral("mayAnswer")).toBool());
        QVERIFY(!kari.surveys.submitAnswers(id));
        QVERIFY(kari.surveys.message().contains(QStringLiteral("already")));

        // Online again: the outbox is sent, and the server's listing says answered.
        kari.store->setSyncEnabled(true);
        QVERIFY(kari.waitSynced());
        QVERIFY(QTest::qWaitFor([&] { return kari.survey(id).value(QStringLiteral("answered")).toBool() &&
                                             !kari.survey(id).value(QStringLiteral("waiting")).toBool(); }, 20000));
        QCOMPARE(kari.survey(id).value(QStringLiteral("answeredText")).toString(), QStringLiteral("You have answered. Thank you!"));
        // The answer is no record anyone pulls, not even Kari's other phone.
        SurveyPhone tablet(phoneDir(QStringLiteral("kari-tablet")));
        QVERIFY(tablet.waitLoaded() && tablet.loginAs(m_server->url(), QStringLiteral("kari")));
        QVERIFY(tablet.store->records(kinds::surveyAnswer).empty());
        QVERIFY(tablet.listed());
        QVERIFY(tablet.survey(id).value(QStringLiteral("answered")).toBool());
    }

    void onePersonAnswersOnceAcrossTwoPhonesAndIsToldSo()
    {
        SurveyPhone lise(phoneDir(QStringLiteral("lise")));
        QVERIFY(lise.waitLoaded() && lise.loginAs(m_server->url(), QStringLiteral("lise")));
        const QString id = published(lise, QStringLiteral("Turgruppa"));
        QVERIFY(!id.isEmpty());
        SurveyPhone phone(phoneDir(QStringLiteral("sara-phone")));
        SurveyPhone tablet(phoneDir(QStringLiteral("sara-tablet")));
        QVERIFY(phone.waitLoaded() && tablet.waitLoaded());
        QVERIFY(phone.loginAs(m_server->url(), QStringLiteral("sara")));
        QVERIFY(tablet.loginAs(m_server->url(), QStringLiteral("sara")));
        QVERIFY(phone.listed() && tablet.listed());
        // The tablet answers offline; meanwhile the phone answers online.
        tablet.store->setSyncEnabled(false);
        QVERIFY(tablet.waitState(SyncState::Offline));
        QVERIFY(answer(tablet, id, 2, 1));
        QVERIFY(answer(phone, id, 9, 0));
        QVERIFY(sent(phone, id));
        // The tablet comes online: the server refuses its answer, and the tablet says why in words.
        QSignalSpy told(&tablet.surveys, &SurveyManager::notice);
        tablet.store->setSyncEnabled(true);
        QVERIFY(tablet.waitSynced());
        QVERIFY2(QTest::qWaitFor([&] { return tablet.surveys.message().contains(QStringLiteral("already answered")); }, 20000),
                 qPrintable(tablet.surveys.message()));
        QVERIFY(tablet.surveys.message().contains(QStringLiteral("not counted again")));
        QVERIFY(!told.isEmpty());
        QVERIFY(tablet.survey(id).value(QStringLiteral("answered")).toBool());
        QVERIFY(!tablet.survey(id).value(QStringLiteral("mayAnswer")).toBool());
        QVERIFY(tablet.store->records(kinds::surveyAnswer).empty());
    }

    void aClosedSurveyRefusesTheAnswerAndTheAppSaysSo()
    {
        SurveyPhone lise(phoneDir(QStringLiteral("lise")));
        QVERIFY(lise.waitLoaded() && lise.loginAs(m_server->url(), QStringLiteral("lise")));
        const QString id = published(lise, QStringLiteral("Julebordet"));
        QVERIFY(!id.isEmpty());
        SurveyPhone mona(phoneDir(QStringLiteral("mona")));
        QVERIFY(mona.waitLoaded() && mona.loginAs(m_server->url(), QStringLiteral("mona")));
        QVERIFY(mona.listed());
        mona.store->setSyncEnabled(false);
        QVERIFY(mona.waitState(SyncState::Offline));
        QVERIFY(answer(mona, id, 5, 1));
        // The koordinator closes it before Mona's phone is online again.
        lise.surveys.close(id);
        QVERIFY(QTest::qWaitFor([&] { return lise.survey(id).value(QStringLiteral("state")) == QLatin1String("closed"); }, 10000));
        mona.store->setSyncEnabled(true);
        QVERIFY(mona.waitSynced());
        QVERIFY(QTest::qWaitFor([&] { return mona.surveys.message().contains(QStringLiteral("closed before")); }, 20000));
        QCOMPARE(mona.survey(id).value(QStringLiteral("state")).toString(), QStringLiteral("closed"));
        QVERIFY(!mona.survey(id).value(QStringLiteral("answered")).toBool());
        QVERIFY(!mona.survey(id).value(QStringLiteral("mayAnswer")).toBool());
        QVERIFY(!mona.surveys.submitAnswers(id));
        QVERIFY(mona.surveys.message().contains(QStringLiteral("closed")));
    }

    // Nothing typed is lost: a draft written offline, where «Save» cannot reach the server, and the app then closed,
    // is still on the phone when it opens again; taken up again, it saves, and then nothing is kept any more.
    void anUnsavedDraftIsKeptAcrossARestartAndSavedLater()
    {
        const QString dir = phoneDir(QStringLiteral("lise"));
        const QString title = QStringLiteral("Skrevet på bussen uten nett");
        {
            SurveyPhone lise(dir);
            QVERIFY(lise.waitLoaded());
            QVERIFY(lise.loginAs(m_server->url(), QStringLiteral("lise")));
            QVERIFY(lise.listed());
            lise.store->setSyncEnabled(false);
            QVERIFY(lise.waitState(SyncState::Offline));
            lise.surveys.startNew();
            QVERIFY(lise.surveys.unsavedDraftTitle().isEmpty()); // nothing typed yet
            lise.surveys.setDraftField(QStringLiteral("title"), title);
            lise.surveys.setQuestionField(0, QStringLiteral("text"), QStringLiteral("Hvordan var turen?"));
            QCOMPARE(lise.surveys.unsavedDraftTitle(), title);
            lise.surveys.saveDraft();
            QVERIFY(QTest::qWaitFor([&] { return lise.surveys.editingState() != QLatin1String("saving"); }, 10000));
            QVERIFY(lise.surveys.editingState() != QLatin1String("saved"));
            QTest::qWait(1000); // the words are kept a moment after the last key
        }
        {
            SurveyPhone lise(dir);
            QVERIFY(lise.waitLoaded());
            QVERIFY(QTest::qWaitFor([&] { return lise.surveys.unsavedDraftTitle() == title; }, 10000));
            QVERIFY(lise.surveys.resumeDraft());
            QCOMPARE(lise.surveys.editing().value(QStringLiteral("title")).toString(), title);
            const QVariantList questions = lise.surveys.editing().value(QStringLiteral("questions")).toList();
            QCOMPARE(questions.size(), 1);
            QCOMPARE(questions.first().toMap().value(QStringLiteral("text")).toString(), QStringLiteral("Hvordan var turen?"));
            QVERIFY(lise.waitSynced());
            lise.surveys.saveDraft();
            QVERIFY(QTest::qWaitFor([&] { return lise.surveys.editingState() == QLatin1String("saved"); }, 10000));
            QVERIFY(lise.surveys.unsavedDraftTitle().isEmpty());
            QVERIFY(lise.listed());
            bool onServer = false;
            for (const QVariant &s : lise.surveys.surveys())
                onServer = onServer || s.toMap().value(QStringLiteral("title")).toString() == title;
            QVERIFY(onServer);
            QTest::qWait(500);
        }
        SurveyPhone again(dir);
        QVERIFY(again.waitLoaded());
        QVERIFY(again.listed());
        QVERIFY(again.surveys.unsavedDraftTitle().isEmpty());
    }

    void aRepresentativeDraftsAKoordinatorPublishesResultsShowFromFive()
    {
        SurveyPhone lise(phoneDir(QStringLiteral("lise")));
        SurveyPhone per(phoneDir(QStringLiteral("per")));
        QVERIFY(lise.waitLoaded() && per.waitLoaded());
        QVERIFY(lise.loginAs(m_server->url(), QStringLiteral("lise")));
        QVERIFY(per.loginAs(m_server->url(), QStringLiteral("per")));
        // Per may not write until the koordinator marks him.
        QVERIFY(per.listed());
        QVERIFY(!per.surveys.writer());
        lise.surveys.refreshWriters();
        QVERIFY(QTest::qWaitFor([&] { return lise.surveys.writersState() == QLatin1String("ready"); }, 10000));
        QString perId;
        for (const QVariant &w : lise.surveys.writers())
            if (w.toMap().value(QStringLiteral("username")) == QLatin1String("per"))
                perId = w.toMap().value(QStringLiteral("accountId")).toString();
        QVERIFY(!perId.isEmpty());
        lise.surveys.setWriter(perId, true);
        QVERIFY(QTest::qWaitFor([&] {
            for (const QVariant &w : lise.surveys.writers())
                if (w.toMap().value(QStringLiteral("accountId")) == perId)
                    return w.toMap().value(QStringLiteral("writer")).toBool();
            return false;
        }, 10000));
        QVERIFY(per.listed());
        QVERIFY(per.surveys.writer());
        QVERIFY(!per.surveys.koordinator());

        // Per drafts; a brukerrepresentant cannot publish.
        QVERIFY(draft(per, QStringLiteral("Hva vil du ha mer av?")));
        const QString id = per.surveys.editing().value(QStringLiteral("id")).toString();
        QVERIFY(QTest::qWaitFor([&] { return per.survey(id).value(QStringLiteral("mayEdit")).toBool(); }, 10000));
        QVERIFY(!per.survey(id).value(QStringLiteral("mayPublish")).toBool());
        per.surveys.publish(id);
        QVERIFY(QTest::qWaitFor([&] { return per.surveys.message().contains(QStringLiteral("koordinator")); }, 10000));
        // A second writer's save from an old revision is a conflict, said in words; the text stays in the editor.
        QVERIFY(lise.listed());
        QVERIFY(lise.surveys.startEditing(id));
        QVERIFY(per.surveys.startEditing(id));
        per.surveys.setDraftField(QStringLiteral("title"), QStringLiteral("Hva vil du ha mer av i vår?"));
        per.surveys.saveDraft();
        QVERIFY(QTest::qWaitFor([&] { return per.surveys.editingState() == QLatin1String("saved"); }, 10000));
        lise.surveys.setDraftField(QStringLiteral("intro"), QStringLiteral("Lises tekst"));
        lise.surveys.saveDraft();
        QVERIFY(QTest::qWaitFor([&] { return lise.surveys.editingState() == QLatin1String("error"); }, 10000));
        QVERIFY(lise.surveys.message().contains(QStringLiteral("Someone else saved")));
        QCOMPARE(lise.surveys.editing().value(QStringLiteral("intro")).toString(), QStringLiteral("Lises tekst"));

        // The koordinator publishes Per's draft.
        QVERIFY(QTest::qWaitFor([&] { return lise.survey(id).value(QStringLiteral("title")) ==
                                             QStringLiteral("Hva vil du ha mer av i vår?"); }, 10000));
        lise.surveys.publish(id);
        QVERIFY(QTest::qWaitFor([&] { return lise.survey(id).value(QStringLiteral("status")) == QLatin1String("published"); }, 10000));

        // Four answer: nothing is shown, to the team or to them.
        std::vector<std::unique_ptr<SurveyPhone>> people;
        for (int i = 0; i < 5; ++i) {
            auto p = newBruker();
            QVERIFY(p);
            QVERIFY(p->listed());
            QVERIFY(p->survey(id).value(QStringLiteral("mayAnswer")).toBool());
            people.push_back(std::move(p));
        }
        for (int i = 0; i < 4; ++i) {
            QVERIFY(answer(*people[size_t(i)], id, 6 + i % 3, i % 2));
            QVERIFY(sent(*people[size_t(i)], id));
        }
        lise.surveys.loadResults(id);
        QVERIFY(QTest::qWaitFor([&] { return lise.surveys.resultsState() == QLatin1String("ready"); }, 10000));
        QVariantMap r = lise.surveys.results();
        QCOMPARE(r.value(QStringLiteral("respondents")).toInt(), -1);
        for (const QVariant &q : r.value(QStringLiteral("questions")).toList()) {
            QVERIFY(q.toMap().value(QStringLiteral("suppressed")).toBool());
            QVERIFY(q.toMap().value(QStringLiteral("bars")).toList().isEmpty());
        }
        const QString htmlAtFour = lise.surveys.resultsHtml();
        QVERIFY(htmlAtFour.contains(QStringLiteral("Fewer than 5 people")));
        QVERIFY(!htmlAtFour.contains(QStringLiteral("class=\"bar\"")));

        // The fifth: counts for the team and for someone who answered.
        QVERIFY(answer(*people[4], id, 10, 0));
        QVERIFY(sent(*people[4], id));
        for (SurveyManager *reader : {&lise.surveys, &people[0]->surveys}) {
            reader->loadResults(id);
            QVERIFY(QTest::qWaitFor([&] { return reader->resultsState() == QLatin1String("ready"); }, 10000));
            r = reader->results();
            QCOMPARE(r.value(QStringLiteral("respondents")).toInt(), 5);
            const QVariantList questions = r.value(QStringLiteral("questions")).toList();
            QCOMPARE(questions.size(), 3);
            const QVariantMap scale = questions[0].toMap();
            QCOMPARE(scale.value(QStringLiteral("answered")).toInt(), 5);
            QCOMPARE(scale.value(QStringLiteral("bars")).toList().size(), 11);
            // 6, 7, 8, 6 and 10: the bar of 6 holds two, and the text alternative says so.
            QCOMPARE(scale.value(QStringLiteral("bars")).toList()[6].toMap().value(QStringLiteral("count")).toInt(), 2);
            QVERIFY(scale.value(QStringLiteral("description")).toString().contains(QStringLiteral("6: 2")));
            const QVariantMap choice = questions[1].toMap();
            QCOMPARE(choice.value(QStringLiteral("bars")).toList()[0].toMap().value(QStringLiteral("count")).toInt(), 3);
            QCOMPARE(choice.value(QStringLiteral("bars")).toList()[1].toMap().value(QStringLiteral("count")).toInt(), 2);
            // Nobody wrote a free text: that question shows nothing.
            QVERIFY(questions[2].toMap().value(QStringLiteral("suppressed")).toBool());
        }
        // The export for the dialogue meeting: the counts, and nothing of the suppressed question.
        const QString html = lise.surveys.resultsHtml();
        QVERIFY(html.contains(QStringLiteral("5 people answered.")));
        QVERIFY(html.contains(QStringLiteral("<td>Ja</td><td class=\"n\">3</td>")));
        QVERIFY(html.contains(QStringLiteral("Not shown: fewer than 5 people answered this question.")));
        const QString file = phoneDir(QStringLiteral("export")) + QStringLiteral("/resultater");
        QSignalSpy done(&lise.surveys, &SurveyManager::exportFinished);
        lise.surveys.exportResultsTo(QUrl::fromLocalFile(file));
        QVERIFY(done.wait(10000));
        QVERIFY(done.first().at(0).toBool());
        QFile written(file + QStringLiteral(".html"));
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(written.readAll()), html);
        // A filter by a choice with fewer than 5 behind it shows nothing.
        const QString choiceId = lise.survey(id).value(QStringLiteral("questions")).toList()[1].toMap().value(QStringLiteral("id")).toString();
        lise.surveys.loadResults(id, choiceId, 0);
        QVERIFY(QTest::qWaitFor([&] { return lise.surveys.resultsState() == QLatin1String("ready") &&
                                             lise.surveys.results().value(QStringLiteral("filtered")).toBool(); }, 10000));
        QCOMPARE(lise.surveys.results().value(QStringLiteral("respondents")).toInt(), -1);
        // The export of filtered results names the filter (it once read like everyone's results).
        const QString filteredHtml = lise.surveys.resultsHtml();
        QVERIFY2(filteredHtml.contains(QStringLiteral("Only those who chose «")), qPrintable(filteredHtml));
        QVERIFY(filteredHtml.contains(QStringLiteral("Free texts are never shown with a filter.")));
    }
};

QTEST_MAIN(TestSurveys)
#include "tst_surveys.moc"
