#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

#include <functional>

class QQmlApplicationEngine;

namespace medvandrer {

class Appearance;
class DeviceStore;
class GoalManager;

// Drives the real root QML without a person: --screenshots grabs each main page to PNG, --self-test visits
// every page and fails on any QML error or warning, --walk-pages shows pages as another process asks (the
// accessibility audit reads each one through AT-SPI before it asks for the next).
class PageRunner
{
public:
    PageRunner(QQmlApplicationEngine &engine, DeviceStore &store, GoalManager &goals);
    ~PageRunner();

    // The pages showPage() in Main.qml knows, in the order they are visited: all of them, or one role's.
    static QStringList pages(const QString &role = {});

    // Opens the store offline with a local demo session and demo data. False if that did not settle.
    bool prepareDemo();
    // Signs in to a real server and waits until this device is up to date. False if that did not happen.
    bool prepareServer(const QString &url, const QString &username, const QString &password);
    void setRole(const QString &role) { m_role = role; }
    // The window's size once the root is loaded (empty: as Main.qml says).
    void setWindowSize(QSize size) { m_windowSize = size; }
    // Where walk() changes the text size.
    void setAppearance(Appearance *appearance) { m_appearance = appearance; }
    int screenshots(const QString &dir);
    int selfTest();
    // Prints «pages NAME…», then answers each line of standard input: «show PAGE» and «scale X» with
    // «ready PAGE SCALE BODY_PT» once it is on screen and settled, «probe» with a «finding …» line per in-process finding
    // (accessibility_probe.h) and then «ready …»; «error …» when it cannot; «quit» ends the walk.
    int walk();

    // Runs the event loop until done() or the timeout; true if done() became true.
    static bool waitUntil(const std::function<bool()> &done, int timeoutMs = 10000);

private:
    bool prepareCalendarDemo();
    bool loadRoot();
    bool show(const QString &page);

    QQmlApplicationEngine &m_engine;
    DeviceStore &m_store;
    GoalManager &m_goals;
    QString m_role;
    QSize m_windowSize;
    Appearance *m_appearance = nullptr;
};

} // namespace medvandrer
