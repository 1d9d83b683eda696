#include "app/language.h"
#include "app/qml_setup.h"
#include "app/session.h"
#include "device_fixture.h"
#include "server_process.h"

#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(MedvandrerPlugin)

using namespace medvandrer;

// Wires the app's objects as main() does, against the real server, before the QML tests run.
class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable() { QQuickStyle::setStyle(QStringLiteral("Basic")); }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        setUpEngine(*engine);
        if (!m_phone) {
            m_phone = std::make_unique<Phone>(m_dir.path());
            m_phone->waitLoaded();
            GoalManager::setInstance(m_phone->goals.get());
            m_session = std::make_unique<Session>(nullptr);
            m_session->setDeviceStore(m_phone->store.get());
            Session::setInstance(m_session.get());
            m_language = std::make_unique<Language>(nullptr);
            m_language->setChoice(QStringLiteral("en"));
            Language::setInstance(m_language.get());
            if (!ServerProcess::binary().isEmpty() && m_server.start()) {
                m_serverAvailable = m_phone->loginAs(m_server.url(), QStringLiteral("kari"));
            } else {
                qInfo("no server: the QML tests run offline only");
                m_phone->store->useLocalSession(QStringLiteral("kari"), QStringLiteral("Kari"));
                if (!QTest::qWaitFor([this] { return m_phone->store->session().isSignedIn(); }, 5000))
                    qWarning("no local session");
            }
        }
        m_language->setEngine(engine);
        engine->rootContext()->setContextProperty(QStringLiteral("serverAvailable"), m_serverAvailable);
    }

    void cleanupTestCase()
    {
        m_session.reset();
        m_phone.reset();
        m_server.stop();
    }

private:
    QTemporaryDir m_dir;
    ServerProcess m_server;
    std::unique_ptr<Phone> m_phone;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<Language> m_language;
    bool m_serverAvailable = false;
};

QUICK_TEST_MAIN_WITH_SETUP(medvandrer_qml, Setup)
#include "tst_qml.moc"
