#include "app/app_options.h"
#include "app/language.h"
#include "app/page_runner.h"
#include "app/qml_setup.h"
#include "app/session.h"
#include "goals/goal_manager.h"
#include "store/device_store.h"

#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QTemporaryDir>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(MedvandrerPlugin)

using namespace medvandrer;

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("Medvandrer"));
    QGuiApplication::setApplicationName(QStringLiteral("medvandrer"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Medvandrer"));
    QQuickStyle::setStyle(QStringLiteral("Basic"));

    AppOptions options = parseOptions(app.arguments());
    if (!options.ok) {
        std::fprintf(stderr, "%s\n", qPrintable(options.error));
        return 1;
    }
    const bool headlessRun = options.selfTest || !options.screenshotsDir.isEmpty();
    // Screenshots and the self-test never touch the person's real data unless a folder is given.
    QTemporaryDir scratch;
    if (headlessRun && !app.arguments().contains(QStringLiteral("--data-dir")))
        options.dataDir = scratch.path();

    DeviceStore store(options.dataDir);
    GoalManager goals(nullptr);
    goals.setDeviceStore(&store);
    GoalManager::setInstance(&goals);
    Session session(nullptr);
    session.setDeviceStore(&store);
    Session::setInstance(&session);
    Language language(nullptr);
    Language::setInstance(&language);
    language.setSettingsFile(QDir(options.dataDir).filePath(QStringLiteral("ui.ini")));
    if (headlessRun && options.language.isEmpty())
        options.language = QStringLiteral("nb");
    if (!options.language.isEmpty())
        language.setChoice(options.language);

    QQmlApplicationEngine engine;
    setUpEngine(engine);
    language.setEngine(&engine);

    if (headlessRun) {
        PageRunner runner(engine, store, goals);
        if (!runner.prepareDemo()) {
            std::fprintf(stderr, "demo data did not settle\n");
            return 1;
        }
        return options.selfTest ? runner.selfTest() : runner.screenshots(options.screenshotsDir);
    }

    store.open(!options.offline);
    loginOnStart(store, session, options);
    engine.load(QUrl(QStringLiteral("qrc:/Medvandrer/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    return app.exec();
}
