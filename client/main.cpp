#include "app/app_options.h"
#include "app/appearance.h"
#include "app/first_sync_report.h"
#include "app/language.h"
#include "app/page_runner.h"
#include "app/qml_setup.h"
#include "app/session.h"
#include "app/system_colour_scheme.h"
#include "care/care_manager.h"
#include "goals/goal_manager.h"
#include "lock/app_lock.h"
#include "store/device_store.h"
#include "store/record_store.h"
#include "surveys/survey_manager.h"

#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>

#include <chrono>
#include <cstdio>
#include <memory>
#include <thread>

Q_IMPORT_QML_PLUGIN(MedvandrerPlugin)

using namespace medvandrer;

namespace {

// --exit-after-first-frame: prints the first frame, the store loaded, and the first frame after that (ms since
// main() began), plus how many storage calls ran on the GUI thread; exits 0 only if there were none.
void reportFirstFrame(QQmlApplicationEngine &engine, DeviceStore &store, std::chrono::steady_clock::time_point started,
                      std::shared_ptr<double> unlockedMs)
{
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window) {
        std::fprintf(stderr, "no window\n");
        QCoreApplication::exit(1);
        return;
    }
    auto sinceStart = [started] {
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    };
    struct Times
    {
        double firstFrame = -1, loaded = -1;
    };
    auto times = std::make_shared<Times>();
    QObject::connect(&store, &DeviceStore::loaded, window, [times, sinceStart] { times->loaded = sinceStart(); });
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [times, sinceStart, &store, window, unlockedMs] {
        const double now = sinceStart();
        if (times->firstFrame < 0)
            times->firstFrame = now;
        if (!store.isLoaded()) {
            window->update(); // keep frames coming until the records are in
            return;
        }
        const long long records = static_cast<long long>(store.records("goal").size() + store.records("step").size() +
                                                         store.records("checkin").size());
        const long long guiCalls = static_cast<long long>(RecordStore::callsOnForbiddenThread());
        std::printf("first_frame_ms=%.1f unlocked_ms=%.1f store_loaded_ms=%.1f loaded_frame_ms=%.1f records=%lld "
                    "gui_thread_store_calls=%lld\n",
                    times->firstFrame, *unlockedMs, times->loaded, now, records, guiCalls);
        std::fflush(stdout);
        QCoreApplication::exit(guiCalls == 0 ? 0 : 3);
    });
}

} // namespace

int main(int argc, char *argv[])
{
    const auto started = std::chrono::steady_clock::now();
    // Storage never runs on this (the GUI) thread; RecordStore counts any call that does.
    RecordStore::forbidThread(std::this_thread::get_id());
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
    const bool headlessRun = options.selfTest || options.walkPages || !options.screenshotsDir.isEmpty();
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
    // Before the store opens: with a lock set, the store waits for the PIN and the lock screen shows first.
    AppLock appLock(nullptr);
    appLock.setDeviceStore(&store);
    AppLock::setInstance(&appLock);
    // Owned here, not made lazily by QML: it also keeps the lock screen's copy of the plan up to date.
    CareManager care(nullptr);
    care.setDeviceStore(&store);
    CareManager::setInstance(&care);
    // Owned here too: its kept listing is read as soon as the store opens, before any survey page.
    SurveyManager surveys(nullptr);
    surveys.setDeviceStore(&store);
    SurveyManager::setInstance(&surveys);
    Language language(nullptr);
    Language::setInstance(&language);
    language.setSettingsFile(QDir(options.dataDir).filePath(QStringLiteral("ui.ini")));
    Appearance appearance(nullptr);
    Appearance::setInstance(&appearance);
    appearance.setSettingsFile(QDir(options.dataDir).filePath(QStringLiteral("ui.ini")));
    if (options.textScale > 0)
        appearance.setTextScale(options.textScale);
    // «As the system»: the platform's light/dark/contrast preference, as far as Qt 6.4 can tell.
    SystemColourScheme systemScheme(nullptr);
    QObject::connect(&systemScheme, &SystemColourScheme::themeChanged, &appearance, &Appearance::setSystemTheme);
    systemScheme.start();
    if (headlessRun && options.language.isEmpty())
        options.language = QStringLiteral("nb");
    if (!options.language.isEmpty())
        language.setChoice(options.language);

    QQmlApplicationEngine engine;
    setUpEngine(engine);
    language.setEngine(&engine);

    if (headlessRun) {
        PageRunner runner(engine, store, goals);
        runner.setRole(options.role);
        runner.setAppearance(&appearance);
        runner.setWindowSize(QSize(options.windowWidth, options.windowHeight));
        // With a server and an account, the pages show that account's real data; otherwise the offline demo.
        const bool live = !options.server.isEmpty() && !options.username.isEmpty();
        if (live ? !runner.prepareServer(options.server, options.username, options.password) : !runner.prepareDemo()) {
            std::fprintf(stderr, live ? "could not sign in and sync\n" : "demo data did not settle\n");
            return 1;
        }
        if (options.walkPages)
            return runner.walk();
        return options.selfTest ? runner.selfTest() : runner.screenshots(options.screenshotsDir);
    }

    // With --unlock-stdin the unlock may answer before the window exists: its time is caught from the start.
    auto unlockedMs = std::make_shared<double>(-1);
    QObject::connect(&store, &DeviceStore::unlockAnswered, &store, [unlockedMs, started] {
        *unlockedMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    });
    store.open(!options.offline);
    if (options.unlockStdin) {
        // Queued after open(): the store thread unlocks as soon as it has read lock.json.
        char line[256] = {};
        if (std::fgets(line, sizeof line, stdin))
            store.unlock(QString::fromUtf8(line).trimmed(), false);
    }
    if (!options.inviteLink.isEmpty() && !session.useInviteLink(options.inviteLink))
        std::fprintf(stderr, "not an invite link: %s\n", qPrintable(options.inviteLink));
    session.setSuggestedServer(options.server);
    loginOnStart(store, session, options);
    engine.load(QUrl(QStringLiteral("qrc:/Medvandrer/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    if (auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst()); window && options.windowWidth > 0)
        window->resize(options.windowWidth, options.windowHeight);
    if (options.exitAfterFirstFrame)
        reportFirstFrame(engine, store, started, unlockedMs);
    std::unique_ptr<FirstSyncReport> firstSync;
    if (auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst()); window && options.exitAfterFirstSync)
        firstSync = std::make_unique<FirstSyncReport>(window, store);
    return app.exec();
}
