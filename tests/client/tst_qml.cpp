#include "app/language.h"
#include "app/qml_setup.h"
#include "app/session.h"
#include "care/care_manager.h"
#include "device_fixture.h"
#include "lock/app_lock.h"
#include "server_process.h"
#include "store/full_disk_vfs.h"
#include "surveys/survey_manager.h"
#include "walking/walking_manager.h"

#include "records/schema.h"

#include <QDir>
#include <QFile>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQuickTest>

#include <map>
#include <memory>

Q_IMPORT_QML_PLUGIN(MedvandrerPlugin)

using namespace medvandrer;

// Lets a journey test sign the app in as another role, and act as another person on a phone of their own,
// against the same real server (QML calls it as `harness`).
class JourneyHarness : public QObject
{
    Q_OBJECT
public:
    JourneyHarness(Phone &app, ServerProcess &server, const QString &dir) : m_app(app), m_server(server), m_dir(dir) {}

    // Wipes the app's device and signs in as a demo account; true once it is up to date.
    Q_INVOKABLE bool signInAs(const QString &user)
    {
        if (m_app.store->session().username == user)
            return m_app.waitSynced();
        m_app.store->wipe();
        if (!QTest::qWaitFor([this] { return !m_app.store->session().isSignedIn(); }, 10000))
            return false;
        return m_app.loginAs(m_server.url(), user);
    }
    // On another person's own phone: a goal with one check-in (and its note), shared with the app's account.
    Q_INVOKABLE QString otherSharesGoal(const QString &owner, const QString &title, const QString &note,
                                        const QString &level, bool includeNotes)
    {
        OtherPhone *other = phoneOf(owner);
        if (!other)
            return {};
        const QString goalId = other->goals->createGoal(title, QStringLiteral("Fordi det betyr noe"), QStringLiteral("helse"));
        other->goals->checkIn(goalId, 6, note);
        // Sharing needs the goal in the phone's snapshot, which the store thread fills a moment later.
        if (!QTest::qWaitFor([&] { return other->store->record(goalId.toStdString()) != nullptr; }, 5000))
            return {};
        const QString helper = m_app.store->session().accountId;
        if (other->walking.shareGoal(goalId, helper, level, includeNotes).isEmpty() || !other->waitSynced())
            return {};
        return goalId;
    }
    // On another person's own phone: a plan for hard days in their words, shared (read only) with the app's account.
    Q_INVOKABLE QString otherSharesPlan(const QString &owner, const QString &signs, const QString &contactPhone)
    {
        OtherPhone *other = phoneOf(owner);
        if (!other)
            return {};
        const QVariantList contacts{QVariantMap{{QStringLiteral("name"), QStringLiteral("Mamma")},
                                                {QStringLiteral("phone"), contactPhone}}};
        if (!other->care.savePlan({{QStringLiteral("signs"), signs}, {QStringLiteral("contacts"), contacts}}))
            return {};
        if (!QTest::qWaitFor([&] { return other->care.plan().value(QStringLiteral("exists")).toBool(); }, 5000))
            return {};
        const QString planId = other->care.plan().value(QStringLiteral("id")).toString();
        const QString helper = m_app.store->session().accountId;
        if (other->walking.shareGoal(planId, helper, QStringLiteral("read")).isEmpty() || !other->waitSynced())
            return {};
        return planId;
    }
    // That person stops sharing the goal, from their phone.
    Q_INVOKABLE bool otherStopsSharing(const QString &owner, const QString &goalId)
    {
        OtherPhone *other = phoneOf(owner);
        if (!other)
            return false;
        for (const auto &row : other->walking.rows(WalkingListModel::GoalShares, goalId)) {
            if (!other->walking.revokeShare(row.value(QStringLiteral("id")).toString()))
                return false;
        }
        return other->waitSynced();
    }

    // The koordinator, on her own phone, writes and publishes a survey for everyone: a 0–10 question, one choice
    // and a free text. Returns its id once published.
    Q_INVOKABLE QString koordinatorPublishesSurvey(const QString &title)
    {
        OtherPhone *lise = phoneOf(QStringLiteral("lise"));
        if (!lise)
            return {};
        SurveyManager &s = lise->surveys;
        s.startNew();
        s.setDraftField(QStringLiteral("title"), title);
        s.setQuestionField(0, QStringLiteral("text"), QStringLiteral("Hvor godt trives du?"));
        s.addQuestion(QStringLiteral("one"));
        s.setQuestionField(1, QStringLiteral("text"), QStringLiteral("Bør kafeen ha åpent om kvelden?"));
        s.setOption(1, 0, QStringLiteral("Ja"));
        s.setOption(1, 1, QStringLiteral("Nei"));
        s.addQuestion(QStringLiteral("text"));
        s.setQuestionField(2, QStringLiteral("text"), QStringLiteral("Noe annet?"));
        s.saveDraft();
        const QString id = s.editing().value(QStringLiteral("id")).toString();
        if (!QTest::qWaitFor([&] { return s.survey(id).value(QStringLiteral("mayPublish")).toBool(); }, 10000))
            return {};
        s.publish(id);
        if (!QTest::qWaitFor([&] { return s.survey(id).value(QStringLiteral("status")) == QLatin1String("published"); }, 10000))
            return {};
        return id;
    }
    // What the app's phone holds as its answer to a survey (the answers as sent), or empty.
    Q_INVOKABLE QString answerOnThisPhone(const QString &surveyId) const
    {
        for (const Record *r : m_app.store->records(kinds::surveyAnswer))
            if (r->stringValue("surveyId") == surveyId.toStdString())
                return QString::fromStdString(r->stringValue("answers"));
        return {};
    }

private:
    struct OtherPhone : Phone
    {
        explicit OtherPhone(const QString &dir) : Phone(dir), walking(nullptr), care(nullptr), surveys(nullptr)
        {
            walking.setDeviceStore(store.get());
            care.setDeviceStore(store.get());
            surveys.setDeviceStore(store.get());
        }
        WalkingManager walking;
        CareManager care;
        SurveyManager surveys;
    };
    OtherPhone *phoneOf(const QString &user)
    {
        auto &slot = m_others[user];
        if (!slot) {
            slot = std::make_unique<OtherPhone>(m_dir + QStringLiteral("/other-") + user);
            if (!slot->waitLoaded() || !slot->loginAs(m_server.url(), user)) {
                slot.reset();
                return nullptr;
            }
        }
        return slot.get();
    }

    Phone &m_app;
    ServerProcess &m_server;
    QString m_dir;
    std::map<QString, std::unique_ptr<OtherPhone>> m_others;
};

// The app's own disk filling up and emptying again (tst_full_disk.qml): SQLite's injected SQLITE_FULL on the
// app's data folder while a flag file exists (shared/store/full_disk_vfs.cpp), as QML calls it as `disk`.
class DiskHarness : public QObject
{
    Q_OBJECT
public:
    explicit DiskHarness(QString flag) : m_flag(std::move(flag)) {}
    Q_INVOKABLE bool fill() { return QFile(m_flag).open(QIODevice::WriteOnly); }
    Q_INVOKABLE bool free() { return QFile::remove(m_flag); }

private:
    QString m_flag;
};

// Wires the app's objects as main() does, against the real server, before the QML tests run.
class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable()
    {
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        // Exports and other files the pages write land in a test folder, not the person's Documents.
        QStandardPaths::setTestModeEnabled(true);
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        setUpEngine(*engine);
        if (!m_phone) {
            // Before the store opens: only files under the app's folder fill up, and only while the flag exists.
            const QString flag = QDir(m_flagDir.path()).filePath(QStringLiteral("disk-full"));
            if (!installFullDiskSimulation(flag.toStdString(), m_dir.path().toStdString() + "/"))
                qWarning("the full-disk simulation could not be installed");
            m_disk = std::make_unique<DiskHarness>(flag);
            m_phone = std::make_unique<Phone>(m_dir.path());
            m_phone->waitLoaded();
            GoalManager::setInstance(m_phone->goals.get());
            m_session = std::make_unique<Session>(nullptr);
            m_session->setDeviceStore(m_phone->store.get());
            Session::setInstance(m_session.get());
            m_lock = std::make_unique<AppLock>(nullptr);
            m_lock->setDeviceStore(m_phone->store.get());
            AppLock::setInstance(m_lock.get());
            m_language = std::make_unique<Language>(nullptr);
            m_language->setChoice(QStringLiteral("en"));
            Language::setInstance(m_language.get());
            if (!ServerProcess::binary().isEmpty() && m_server.start()) {
                m_serverAvailable = m_phone->loginAs(m_server.url(), QStringLiteral("kari"));
                m_harness = std::make_unique<JourneyHarness>(*m_phone, m_server, m_dir.path());
            } else {
                qInfo("no server: the QML tests run offline only");
                m_phone->store->useLocalSession(QStringLiteral("kari"), QStringLiteral("Kari"));
                if (!QTest::qWaitFor([this] { return m_phone->store->session().isSignedIn(); }, 5000))
                    qWarning("no local session");
            }
        }
        m_language->setEngine(engine);
        engine->rootContext()->setContextProperty(QStringLiteral("serverAvailable"), m_serverAvailable);
        engine->rootContext()->setContextProperty(QStringLiteral("harness"), m_harness.get());
        engine->rootContext()->setContextProperty(QStringLiteral("testDataDir"), m_dir.path());
        engine->rootContext()->setContextProperty(QStringLiteral("disk"), m_disk.get());
    }

    void cleanupTestCase()
    {
        m_harness.reset();
        m_lock.reset();
        m_session.reset();
        m_phone.reset();
        m_server.stop();
    }

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_flagDir;
    std::unique_ptr<DiskHarness> m_disk;
    ServerProcess m_server;
    std::unique_ptr<Phone> m_phone;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<AppLock> m_lock;
    std::unique_ptr<Language> m_language;
    std::unique_ptr<JourneyHarness> m_harness;
    bool m_serverAvailable = false;
};

QUICK_TEST_MAIN_WITH_SETUP(medvandrer_qml, Setup)
#include "tst_qml.moc"
