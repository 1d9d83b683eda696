#pragma once

#include "child_process.h"

#include <QJsonArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// The real sync server, started for one test on 127.0.0.1 with a fresh data dir and the demo accounts.
class ServerProcess
{
public:
    ServerProcess();
    ~ServerProcess();

    // The medvandrer-server binary: $MEDVANDRER_SERVER_BIN, else the path CMake passed in, else empty.
    static QString binary();

    // Seeds the demo data and serves; false (with a message in error()) if anything failed.
    bool start();
    void stop();
    // Serves the same data again on a known port (a server that went away and came back).
    bool serveOn(int port);
    QString url() const { return QStringLiteral("ws://127.0.0.1:%1/sync").arg(m_port); }
    int port() const { return m_port; }
    QString dataDir() const { return m_dir.path(); }
    QString error() const { return m_error; }

    // Runs an admin command against the data dir and returns its stdout (JSON with --json).
    QByteArray admin(const QStringList &arguments);
    QString invite(const QString &role = QStringLiteral("bruker"));
    bool revokeDevice(const QString &deviceId);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<medvandrer::testing::ChildProcess> m_serve;
    int m_port = 0;
    QString m_error;
};
