#include "sim_server.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

SimServer::SimServer(QString dataDir) : m_dataDir(std::move(dataDir)) {}

SimServer::~SimServer()
{
    stop();
}

QString SimServer::binary()
{
    const QString env = qEnvironmentVariable("MEDVANDRER_SERVER_BIN");
    if (!env.isEmpty() && QFileInfo(env).isExecutable())
        return env;
#ifdef MEDVANDRER_SERVER_BIN
    const QString built = QStringLiteral(MEDVANDRER_SERVER_BIN);
    if (QFileInfo(built).isExecutable())
        return built;
#endif
    return {};
}

QStringList SimServer::storageArgs() const
{
    QStringList args{QStringLiteral("--data-dir"), m_dataDir};
    if (!m_databaseUrl.isEmpty())
        args << QStringLiteral("--database") << m_databaseUrl;
    return args;
}

std::string SimServer::storageSpec() const
{
    return m_databaseUrl.isEmpty() ? QDir(m_dataDir).filePath(QStringLiteral("server.db")).toStdString()
                                   : m_databaseUrl.toStdString();
}

QByteArray SimServer::admin(const QStringList &arguments, const QByteArray &stdinData)
{
    medvandrer::testing::ChildProcess p;
    p.start(binary(), QStringList{arguments.first()} + storageArgs() + arguments.mid(1));
    if (!stdinData.isEmpty()) {
        p.write(stdinData);
        p.closeWriteChannel();
    }
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        m_error = QStringLiteral("%1 failed: %2")
                      .arg(arguments.join(QLatin1Char(' ')), QString::fromUtf8(p.readAllStandardError()));
        return {};
    }
    const QByteArray out = p.readAllStandardOutput();
    return out.isEmpty() ? QByteArray("{}") : out;
}

bool SimServer::initialise(const QString &koordinator, const QString &password)
{
    if (binary().isEmpty()) {
        m_error = QStringLiteral("medvandrer-server not found (set MEDVANDRER_SERVER_BIN)");
        return false;
    }
    QDir().mkpath(m_dataDir);
    if (admin({QStringLiteral("init")}).isEmpty())
        return false;
    return !admin({QStringLiteral("create-koordinator"), QStringLiteral("--username"), koordinator,
                   QStringLiteral("--display-name"), koordinator, QStringLiteral("--password-stdin")},
                  password.toUtf8() + '\n')
                .isEmpty();
}

QString SimServer::invite(const QString &role)
{
    const QByteArray out = admin({QStringLiteral("invite"), QStringLiteral("--role"), role, QStringLiteral("--json")});
    return QJsonDocument::fromJson(out).object().value(QStringLiteral("code")).toString();
}

bool SimServer::serve()
{
    m_serve = std::make_unique<medvandrer::testing::ChildProcess>();
    m_serve->setProcessChannelMode(QProcess::SeparateChannels);
    m_serve->setStandardErrorFile(QDir(m_dataDir).filePath(QStringLiteral("server-%1.log").arg(++m_starts)));
    // Suggestions are published to koordinatorer one by one here (batches of five are the default, tested in
    // tests/server/tst_server_suggestions), so the final check can count each exactly once.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MEDVANDRER_SUGGESTION_BATCH"), QStringLiteral("1"));
    m_serve->setProcessEnvironment(env);
    m_serve->start(binary(), QStringList{QStringLiteral("serve")} + storageArgs() + QStringList{
                              QStringLiteral("--listen"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                              QStringLiteral("0"), QStringLiteral("--offer-seconds"), QString::number(offerSeconds())});
    QElapsedTimer timer;
    timer.start();
    QByteArray out;
    while (timer.elapsed() < 30000) {
        if (!m_serve->waitForReadyRead(200) && m_serve->state() != QProcess::Running)
            break;
        out += m_serve->readAllStandardOutput();
        const int at = int(out.indexOf("port="));
        const int end = at >= 0 ? int(out.indexOf('\n', at)) : -1;
        if (end > at) {
            m_port = quint16(out.mid(at + 5, end - at - 5).trimmed().toInt());
            return m_port > 0;
        }
    }
    m_error = QStringLiteral("the server did not print port=: %1").arg(QString::fromUtf8(out));
    return false;
}

bool SimServer::isRunning() const
{
    return m_serve && m_serve->state() == QProcess::Running;
}

void SimServer::kill()
{
    if (!m_serve)
        return;
    m_serve->kill();
    m_serve->waitForFinished(10000);
    m_serve.reset();
    m_port = 0;
}

void SimServer::stop()
{
    if (m_serve && m_serve->state() != QProcess::NotRunning) {
        m_serve->terminate();
        if (!m_serve->waitForFinished(20000))
            m_serve->kill();
        m_serve->waitForFinished(5000);
    }
    m_serve.reset();
    m_port = 0;
}
