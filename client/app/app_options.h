#pragma once

#include <QString>
#include <QStringList>

namespace medvandrer {

class DeviceStore;
class Session;

// What the command line asks for.
struct AppOptions
{
    QString dataDir;
    QString server;
    QString username;
    QString password;
    QString screenshotsDir;
    QString language; // "", "nb" or "en"
    // --screenshots: whose pages (bruker, erfaringskonsulent, koordinator); with --server they are that signed-in
    // account's real data, without it the offline demo.
    QString role;
    // A medvandrer://invite link the app was opened with (a scanned QR code).
    QString inviteLink;
    // --text-scale: the person's text size (1, 1.25, 1.5 or 2), as if chosen under «Me»; 0 = as remembered.
    double textScale = 0;
    // --window-size WxH: the window's size (screenshots and the accessibility audit use a 360 px wide phone).
    int windowWidth = 0;
    int windowHeight = 0;
    // --walk-pages: shows the role's pages one by one on request from standard input (tests/a11y/audit.py).
    bool walkPages = false;
    bool selfTest = false;
    bool offline = false;
    // Cold-start measurement: exit after the first frame that shows the loaded store, printing the times.
    bool exitAfterFirstFrame = false;
    // First-sync measurement: sign in, sync, print the sync time and the GUI thread's frame times, exit.
    bool exitAfterFirstSync = false;
    // The PIN comes on stdin, so a benchmark can time a cold start with the lock on (never on the command line).
    bool unlockStdin = false;
    bool ok = true;
    QString error;
};

AppOptions parseOptions(const QStringList &arguments);

// With --demo-login/--username: once the store is open, log in unless this device already has a session.
void loginOnStart(DeviceStore &store, Session &session, const AppOptions &options);

} // namespace medvandrer
