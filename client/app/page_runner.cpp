#include "app/page_runner.h"

#include "app/accessibility_probe.h"
#include "app/appearance.h"
#include "app/demo_data.h"
#include "app/lock_states.h"
#include "calendar/calendar_demo.h"
#include "calendar/calendar_manager.h"
#include "care/care_demo.h"
#include "care/care_manager.h"
#include "surveys/survey_demo.h"
#include "surveys/survey_manager.h"
#include "goals/goal_manager.h"
#include "lock/app_lock.h"
#include "store/device_store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFont>
#include <QEventLoop>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTimer>

#include <atomic>
#include <cstdio>
#include <iostream>
#include <string>
#include <thread>

namespace medvandrer {

namespace {
std::atomic<int> s_warnings{0};
QtMessageHandler s_previous = nullptr;

void countingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        ++s_warnings;
    if (s_previous)
        s_previous(type, context, message);
}
} // namespace

PageRunner::PageRunner(QQmlApplicationEngine &engine, DeviceStore &store, GoalManager &goals)
    : m_engine(engine), m_store(store), m_goals(goals)
{
    s_previous = qInstallMessageHandler(countingHandler);
}

PageRunner::~PageRunner()
{
    qInstallMessageHandler(s_previous);
}

QStringList PageRunner::pages(const QString &role)
{
    if (role == QLatin1String("bruker"))
        return {QStringLiteral("home"),         QStringLiteral("goal"),          QStringLiteral("checkin"),
                QStringLiteral("goalEdit"),     QStringLiteral("reflections"),   QStringLiteral("calendar"),
                QStringLiteral("activity"),     QStringLiteral("myBookings"),    QStringLiteral("calendarNotices"),
                QStringLiteral("walkShareGoal"), QStringLiteral("walkMyShares"), QStringLiteral("walkAccessLog"),
                QStringLiteral("walkSuggestion"), QStringLiteral("walkAnswers"), QStringLiteral("walkMyData"),
                QStringLiteral("settings"),     QStringLiteral("plan"),          QStringLiteral("aboutMe"),
                QStringLiteral("careHistory"),  QStringLiteral("lock"),          QStringLiteral("lockPlan"),
                QStringLiteral("surveys"),      QStringLiteral("surveyAnswer"),  QStringLiteral("surveyEdit"),
                QStringLiteral("surveyResults")};
    if (role == QLatin1String("erfaringskonsulent"))
        return {QStringLiteral("home"),          QStringLiteral("walkParticipant"), QStringLiteral("walkSharedGoal"),
                QStringLiteral("calendar"),      QStringLiteral("myBookings"),      QStringLiteral("goals"),
                QStringLiteral("walkSuggestion"), QStringLiteral("settings"),       QStringLiteral("participantPlan"),
                QStringLiteral("plan"),          QStringLiteral("surveys"),         QStringLiteral("surveyResults")};
    if (role == QLatin1String("koordinator"))
        return {QStringLiteral("home"),        QStringLiteral("activity"),  QStringLiteral("participants"),
                QStringLiteral("activityEdit"), QStringLiteral("team"),     QStringLiteral("invites"),
                QStringLiteral("walkSuggestionsAdmin"), QStringLiteral("walkAnswers"), QStringLiteral("settings"),
                QStringLiteral("surveys"), QStringLiteral("surveyEdit"), QStringLiteral("surveyResults"),
                QStringLiteral("surveyWriters")};
    return {QStringLiteral("goals"),       QStringLiteral("goal"),        QStringLiteral("checkin"),
            QStringLiteral("goalEdit"),    QStringLiteral("reflections"), QStringLiteral("reflectionEdit"),
            QStringLiteral("settings"),    QStringLiteral("welcome"),
            // the activity calendar
            QStringLiteral("calendar"),    QStringLiteral("calendarDay"), QStringLiteral("activity"),
            QStringLiteral("myBookings"),  QStringLiteral("calendarNotices"), QStringLiteral("activityEdit"),
            QStringLiteral("participants"),
            // walking beside
            QStringLiteral("walkShareGoal"), QStringLiteral("walkSharedGoal"), QStringLiteral("walkMyShares"),
            QStringLiteral("walkParticipants"), QStringLiteral("walkMyData"), QStringLiteral("walkAccessLog"),
            QStringLiteral("walkSuggestion"), QStringLiteral("walkSuggestionsAdmin"), QStringLiteral("walkAnswers"),
            QStringLiteral("walkParticipant"),
            // the plan for hard days and «Om meg»
            QStringLiteral("plan"), QStringLiteral("aboutMe"), QStringLiteral("careHistory"),
            // the lock screen, with its emergency numbers, and the plan opened over it
            QStringLiteral("lock"), QStringLiteral("lockPlan"),
            // the koordinator's tasks, and each role's first page
            QStringLiteral("team"), QStringLiteral("invites"), QStringLiteral("home"),
            // «Spør brukerne»
            QStringLiteral("surveys"), QStringLiteral("surveyAnswer"), QStringLiteral("surveyEdit"),
            QStringLiteral("surveyResults"), QStringLiteral("surveyWriters")};
}

bool PageRunner::waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

bool PageRunner::prepareDemo()
{
    if (!m_store.isLoaded())
        m_store.open(false);
    if (!waitUntil([this] { return m_store.isLoaded(); }))
        return false;
    m_store.useLocalSession(QStringLiteral("kari"), QStringLiteral("Kari"));
    if (!waitUntil([this] { return m_store.session().isSignedIn(); }))
        return false;
    if (!prepareCalendarDemo())
        return false;
    // The plan and «Om meg» QML reads are this instance's, on the same store.
    auto *care = new CareManager(&m_store);
    care->setDeviceStore(&m_store);
    CareManager::setInstance(care);
    if (seedCareDemo(*care) > 0 &&
        !waitUntil([care] { return care->history(QStringLiteral("plan")).size() + care->history(QStringLiteral("about")).size() >= 2; }))
        return false;
    seedSurveyDemo(*SurveyManager::ensureInstance(&m_store),
                   qEnvironmentVariable("MEDVANDRER_DEMO_ROLE") == QLatin1String("koordinator"));
    const int written = seedDemoData(m_goals);
    if (written == 0)
        return true;
    // Everything written is back in the snapshot once the store thread has committed it.
    return waitUntil([this, written] {
        return m_goals.goals().size() >= 3 && m_goals.reflections().size() >= 2 && m_store.pendingCount() >= written;
    });
}

bool PageRunner::prepareServer(const QString &url, const QString &username, const QString &password)
{
    if (!m_store.isLoaded())
        m_store.open(true);
    if (!waitUntil([this] { return m_store.isLoaded(); }))
        return false;
    if (!m_store.session().isSignedIn())
        m_store.login(url, username, password);
    // Signed in, everything pulled, and a moment for the requests pages make on their own (helpers, suggestions).
    const bool synced = waitUntil(
        [this] { return m_store.session().hasToken && m_store.syncState() == SyncState::UpToDate && m_store.pendingCount() == 0; },
        30000);
    if (synced)
        waitUntil([] { return false; }, 500);
    return synced;
}

bool PageRunner::prepareCalendarDemo()
{
    CalendarManager *calendar = CalendarManager::ensureInstance(&m_store);
    // MEDVANDRER_DEMO_ROLE=koordinator renders the koordinator's calendar (editor, participants).
    calendar->setRoleOverride(qEnvironmentVariable("MEDVANDRER_DEMO_ROLE"));
    if (seedCalendarDemo(m_store) == 0)
        return true;
    if (!waitUntil([this] { return m_store.records("booking").size() >= 3; }))
        return false;
    decideCalendarDemo(m_store);
    return waitUntil([calendar] { return calendar->notices().size() >= 3; });
}

bool PageRunner::loadRoot()
{
    m_engine.load(QUrl(QStringLiteral("qrc:/Medvandrer/Main.qml")));
    auto *window = m_engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(m_engine.rootObjects().constFirst());
    // No --window-size gives 0 × 0, which Qt counts as valid: keep the window's own size then.
    if (window && !m_windowSize.isEmpty()) {
        window->setMinimumSize(QSize(qMin(window->minimumWidth(), m_windowSize.width()),
                                     qMin(window->minimumHeight(), m_windowSize.height())));
        window->resize(m_windowSize);
    }
    return window != nullptr;
}

bool PageRunner::show(const QString &page)
{
    QObject *root = m_engine.rootObjects().constFirst();
    bool ok = false;
    // The lock screen over the home page (its states need the real lock: lock_states.h); every other page unlocked.
    const bool lockPage = page == QLatin1String("lock") || page == QLatin1String("lockPlan");
    AppLock *lock = AppLock::create(nullptr, nullptr);
    if (!lockPage && !lockStates::leave(*lock)) {
        std::fprintf(stderr, "the demo device did not unlock\n");
        return false;
    }
    const QString shown = lockPage ? QStringLiteral("home") : page;
    if (!QMetaObject::invokeMethod(root, "showPage", Q_RETURN_ARG(bool, ok), Q_ARG(QString, shown)) || !ok ||
        (lockPage && !lockStates::show(m_store, *lock, root, page == QLatin1String("lockPlan")))) {
        std::fprintf(stderr, "page %s could not be shown\n", qPrintable(page));
        return false;
    }
    // Let transitions finish and layouts settle.
    waitUntil([] { return false; }, 450);
    return true;
}

int PageRunner::screenshots(const QString &dir)
{
    if (!QDir().mkpath(dir)) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(dir));
        return 1;
    }
    if (!loadRoot())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(m_engine.rootObjects().constFirst());
    int index = 0;
    for (const QString &page : pages(m_role)) {
        if (!show(page))
            return 1;
        const QString file = QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(++index, 2, 10, QLatin1Char('0')).arg(page));
        if (!window->grabWindow().save(file)) {
            std::fprintf(stderr, "could not write %s\n", qPrintable(file));
            return 1;
        }
        std::printf("%s\n", qPrintable(file));
    }
    return s_warnings > 0 ? 2 : 0;
}

int PageRunner::walk()
{
    if (!loadRoot()) {
        std::fprintf(stderr, "walk-pages: the root QML did not load\n");
        return 1;
    }
    std::printf("pages %s\n", qPrintable(pages(m_role).join(QLatin1Char(' '))));
    std::fflush(stdout);
    // Standard input is read on a thread of its own, so the event loop (and with it the AT-SPI bridge) keeps
    // running; commands queue here and run one at a time (showing a page runs the event loop meanwhile).
    QEventLoop loop;
    QStringList queue;
    bool busy = false;
    QString current;
    auto answer = [](const QString &line) {
        std::printf("%s\n", qPrintable(line));
        std::fflush(stdout);
    };
    auto handle = [&](const QString &line) {
        const QString command = line.section(QLatin1Char(' '), 0, 0);
        const QString argument = line.section(QLatin1Char(' '), 1).trimmed();
        if (command == QLatin1String("quit")) {
            loop.quit();
            return;
        }
        if (command == QLatin1String("show")) {
            if (!pages().contains(argument) && !pages(m_role).contains(argument))
                return answer(QStringLiteral("error unknown page %1").arg(argument));
            if (!show(argument))
                return answer(QStringLiteral("error page %1 could not be shown").arg(argument));
            current = argument;
        } else if (command == QLatin1String("probe")) {
            // What AT-SPI cannot show, checked in-process (accessibility_probe.h).
            for (const QString &finding : accessibilityProbe(qobject_cast<QQuickWindow *>(m_engine.rootObjects().constFirst())))
                answer(QStringLiteral("finding %1").arg(finding));
        } else if (command == QLatin1String("scale") && m_appearance) {
            bool number = false;
            const double scale = argument.toDouble(&number);
            if (!number)
                return answer(QStringLiteral("error not a scale: %1").arg(argument));
            m_appearance->setTextScale(scale);
            waitUntil([] { return false; }, 450); // layouts follow the new sizes
        } else {
            return answer(QStringLiteral("error unknown command: %1").arg(line));
        }
        // The text size QML really uses (the window's font follows Theme.bodySize): proof that QML reads this
        // process's Appearance, the one --text-scale and ui.ini set.
        const qreal body = m_engine.rootObjects().constFirst()->property("font").value<QFont>().pointSizeF();
        answer(QStringLiteral("ready %1 %2 %3").arg(current).arg(m_appearance ? m_appearance->textScale() : 1.0).arg(body));
    };
    auto pump = [&] {
        if (busy)
            return;
        busy = true;
        while (!queue.isEmpty())
            handle(queue.takeFirst());
        busy = false;
    };
    std::thread reader([&loop, &queue, &pump] {
        std::string line;
        bool more = true;
        while (more) {
            more = static_cast<bool>(std::getline(std::cin, line));
            const QString command = more ? QString::fromStdString(line).trimmed() : QStringLiteral("quit");
            more = more && command != QLatin1String("quit");
            QMetaObject::invokeMethod(&loop, [&queue, &pump, command] { queue << command; pump(); }, Qt::QueuedConnection);
        }
    });
    loop.exec();
    reader.join(); // it ends with the «quit» (or the end of input) that ended the loop
    return s_warnings > 0 ? 2 : 0;
}

int PageRunner::selfTest()
{
    if (!loadRoot()) {
        std::fprintf(stderr, "self-test: the root QML did not load\n");
        return 1;
    }
    for (const QString &page : pages()) {
        if (!show(page))
            return 1;
    }
    if (s_warnings > 0) {
        std::fprintf(stderr, "self-test: %d QML errors or warnings\n", int(s_warnings));
        return 1;
    }
    std::printf("self-test: %lld pages loaded without warnings\n", static_cast<long long>(pages().size()));
    return 0;
}

} // namespace medvandrer
