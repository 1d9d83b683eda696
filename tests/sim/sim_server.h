#pragma once

#include "child_process.h"

#include <QProcess>
#include <QString>

#include <memory>

// The real medvandrer-server for the simulation: one data dir for the whole run, served again after a SIGKILL.
class SimServer
{
public:
    explicit SimServer(QString dataDir);
    ~SimServer();

    static QString binary();

    // init + the koordinator; false with error() on failure.
    bool initialise(const QString &koordinator, const QString &password);
    bool serve();
    // SIGKILL: no shutdown, no flush; whatever was not committed is gone.
    void kill();
    // SIGTERM and wait (the graceful path).
    void stop();
    bool isRunning() const;
    quint16 port() const { return m_port; }
    QString dataDir() const { return m_dataDir; }
    // Serve from PostgreSQL instead of the data directory's SQLite files.
    void setDatabaseUrl(const QString &url) { m_databaseUrl = url; }
    // What FinalCheck reads: the PostgreSQL URL, or the path of server.db.
    std::string storageSpec() const;
    QString error() const { return m_error; }
    QString invite(const QString &role);
    int offerSeconds() const { return 3; }

private:
    QByteArray admin(const QStringList &arguments, const QByteArray &stdinData = {});

    QStringList storageArgs() const;

    QString m_dataDir;
    QString m_databaseUrl;
    std::unique_ptr<medvandrer::testing::ChildProcess> m_serve;
    quint16 m_port = 0;
    QString m_error;
    int m_starts = 0;
};
