#include "app/app_options.h"

#include "app/session.h"
#include "store/device_store.h"

#include <QCommandLineParser>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>

namespace medvandrer {

AppOptions parseOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Medvandrer: own goals, small steps and check-ins."));
    parser.addHelpOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("Folder of the device store."),
                                     QStringLiteral("dir"));
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("Sync server address, e.g. ws://127.0.0.1:8080; several instances of "
                                                    "one service: repeat it or separate by commas (the app fails over)"),
                                    QStringLiteral("url"));
    const QCommandLineOption demoLogin(QStringLiteral("demo-login"),
                                       QStringLiteral("Log in as a demo account (password demo-passord)."),
                                       QStringLiteral("user"));
    const QCommandLineOption username(QStringLiteral("username"), QStringLiteral("Log in as this user."),
                                      QStringLiteral("user"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
                                           QStringLiteral("Read the password from the first line of standard input."));
    const QCommandLineOption screenshots(QStringLiteral("screenshots"),
                                         QStringLiteral("Render each main page with demo data to PNG files and exit."),
                                         QStringLiteral("dir"));
    const QCommandLineOption selfTest(QStringLiteral("self-test"),
                                      QStringLiteral("Load every page; exit non-zero on any QML error or warning."));
    const QCommandLineOption language(QStringLiteral("lang"), QStringLiteral("Interface language: nb, nn, en (any with a catalogue)."),
                                      QStringLiteral("code"));
    const QCommandLineOption offline(QStringLiteral("offline"), QStringLiteral("Start without connecting."));
    const QCommandLineOption role(QStringLiteral("role"),
                                  QStringLiteral("With --screenshots: the pages of bruker, erfaringskonsulent or koordinator."),
                                  QStringLiteral("role"));
    const QCommandLineOption textScale(QStringLiteral("text-scale"),
                                       QStringLiteral("Text size: 1, 1.25, 1.5 or 2 (remembered, as in the settings)."),
                                       QStringLiteral("scale"));
    const QCommandLineOption windowSize(QStringLiteral("window-size"), QStringLiteral("Window size, e.g. 360x740."),
                                        QStringLiteral("WxH"));
    const QCommandLineOption walkPages(QStringLiteral("walk-pages"),
                                       QStringLiteral("Show the pages one by one as standard input asks (show PAGE, "
                                                      "scale X, quit) and answer on standard output; for the "
                                                      "accessibility audit."));
    const QCommandLineOption exitAfterFirstFrame(
        QStringLiteral("exit-after-first-frame"),
        QStringLiteral("Print start-up times and exit once the loaded store is on screen (benchmarks)."));
    parser.addOptions({dataDir, server, demoLogin, username, passwordStdin, screenshots, selfTest, language, offline});
    parser.addOption(exitAfterFirstFrame);
    const QCommandLineOption exitAfterFirstSync(
        QStringLiteral("exit-after-first-sync"),
        QStringLiteral("Print the first sync's time and the frame times meanwhile, then exit (benchmarks)."));
    parser.addOption(exitAfterFirstSync);
    const QCommandLineOption unlockStdin(
        QStringLiteral("unlock-stdin"),
        QStringLiteral("Unlock the app lock with the PIN on the first line of standard input (benchmarks, scripts)."));
    parser.addOption(unlockStdin);
    parser.addOption(role);
    parser.addOptions({textScale, windowSize, walkPages});
    parser.addPositionalArgument(QStringLiteral("link"), QStringLiteral("An invite link (medvandrer://invite?code=…), as a scanned QR code opens it."),
                                 QStringLiteral("[link]"));

    AppOptions o;
    if (!parser.parse(arguments)) {
        o.ok = false;
        o.error = parser.errorText();
        return o;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        o.ok = false;
        o.error = parser.helpText();
        return o;
    }
    o.dataDir = parser.isSet(dataDir) ? parser.value(dataDir)
                                      : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    o.server = parser.values(server).join(QLatin1Char(','));
    o.screenshotsDir = parser.value(screenshots);
    o.selfTest = parser.isSet(selfTest);
    o.language = parser.value(language);
    o.offline = parser.isSet(offline);
    o.role = parser.value(role);
    for (const QString &arg : parser.positionalArguments()) {
        if (arg.startsWith(QLatin1String("medvandrer:")))
            o.inviteLink = arg;
    }
    if (!o.role.isEmpty() && o.role != QLatin1String("bruker") && o.role != QLatin1String("erfaringskonsulent") &&
        o.role != QLatin1String("koordinator")) {
        o.ok = false;
        o.error = QStringLiteral("--role must be bruker, erfaringskonsulent or koordinator");
        return o;
    }
    o.exitAfterFirstFrame = parser.isSet(exitAfterFirstFrame);
    o.exitAfterFirstSync = parser.isSet(exitAfterFirstSync);
    o.walkPages = parser.isSet(walkPages);
    if (parser.isSet(textScale)) {
        bool number = false;
        o.textScale = parser.value(textScale).toDouble(&number);
        if (!number || o.textScale < 1 || o.textScale > 2) {
            o.ok = false;
            o.error = QStringLiteral("--text-scale must be a number from 1 to 2, e.g. 1.5");
            return o;
        }
    }
    if (parser.isSet(windowSize)) {
        const QStringList parts = parser.value(windowSize).split(QLatin1Char('x'));
        bool wide = false, tall = false;
        o.windowWidth = parts.size() == 2 ? parts[0].toInt(&wide) : 0;
        o.windowHeight = parts.size() == 2 ? parts[1].toInt(&tall) : 0;
        if (!wide || !tall || o.windowWidth < 200 || o.windowHeight < 200) {
            o.ok = false;
            o.error = QStringLiteral("--window-size must be WIDTHxHEIGHT, at least 200x200, e.g. 360x740");
            return o;
        }
    }
    o.unlockStdin = parser.isSet(unlockStdin);
    if (parser.isSet(demoLogin)) {
        o.username = parser.value(demoLogin);
        o.password = QStringLiteral("demo-passord");
    } else if (parser.isSet(username)) {
        o.username = parser.value(username);
        if (parser.isSet(passwordStdin)) {
            QTextStream in(stdin);
            o.password = in.readLine();
        }
    }
    if (!o.username.isEmpty() && o.server.isEmpty()) {
        o.ok = false;
        o.error = QStringLiteral("--demo-login and --username need --server");
    }
    // Without a sign-in the pages are the local demo's, and its person is Kari, a bruker: the pictures of another
    // role would be hers under its name.
    if (o.ok && !o.role.isEmpty() && o.role != QLatin1String("bruker") && o.username.isEmpty()) {
        o.ok = false;
        o.error = QStringLiteral("--role %1 needs --server and --demo-login (jonas or lise), as scripts/screenshots.sh "
                                 "gives them").arg(o.role);
    }
    return o;
}

void loginOnStart(DeviceStore &store, Session &session, const AppOptions &options)
{
    if (options.username.isEmpty())
        return;
    auto act = [&store, &session, options] {
        const auto s = store.session();
        // An existing session is kept: the app opens into its data; only a lost token asks again.
        if (s.isSignedIn() && s.hasToken)
            return;
        session.login(options.server, options.username, options.password);
    };
    if (store.isLoaded())
        act();
    else
        QObject::connect(&store, &DeviceStore::loaded, &session, act, Qt::SingleShotConnection);
}

} // namespace medvandrer
