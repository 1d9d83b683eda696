#include "server_process.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

ServerProcess::ServerProcess() = default;

ServerProcess::~ServerProcess()
{
    stop();
}

QString ServerProcess::binary()
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

QByteArray ServerProcess::admin(const QStringList &arguments)
{
    medvandrer::testing::ChildProcess p;
    p.start(binary(), QStringList{arguments.first(), QStringLiteral("--data-dir"), m_dir.path()} + arguments.mid(1));
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        m_error = QStringLiteral("%1 failed: %2").arg(arguments.join(QLatin1Char(' ')), QString::fromUtf8(p.readAllStandardError()));
        return {};
    }
    return p.readAllStandardOutput();
}

bool ServerProcess::start()
{
    if (binary().isEmpty()) {
        m_error = QStringLiteral("medvandrer-server not found (set MEDVANDRER_SERVER_BIN)");
        return false;
    }
    if (admin({QStringLiteral("demo"), QStringLiteral("--json")}).isEmpty())
        return false;
    return serveOn(0);
}

bool ServerProcess::serveOn(int port)
{
    m_serve = std::make_unique<medvandrer::testing::ChildProcess>();
    m_serve->setProcessChannelMode(QProcess::SeparateChannels);
    m_serve->setStandardErrorFile(m_dir.filePath(QStringLiteral("server.log")));
    m_serve->start(binary(), {QStringLiteral("serve"), QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("--listen"),
                              QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(port)});
    QElapsedTimer timer;
    timer.start();
    QByteArray out;
    while (timer.elapsed() < 20000) {
        if (!m_serve->waitForReadyRead(200) && m_serve->state() != QProcess::Running)
            break;
        out += m_serve->readAllStandardOutput();
        const int at = int(out.indexOf("port="));
        const int end = at >= 0 ? int(out.indexOf('\n', at)) : -1;
        if (end > at) {
            m_port = out.mid(at + 5, end - at - 5).trimmed().toInt();
            return m_port > 0;
        }
    }
    m_error = QStringLiteral("the server did not print port=: %1").arg(QString::fromUtf8(out));
    return false;
}

void ServerProcess::stop()
{
    if (m_serve && m_serve->state() != QProcess::NotRunning) {
        m_serve->terminate();
        if (!m_serve->waitForFinished(10000))
            m_serve->kill();
        m_serve->waitForFinished(5000);
    }
    m_serve.reset();
}

QString ServerProcess::invite(const QString &role)
{
    const QByteArray out = admin({QStringLiteral("invite"), QStringLiteral("--role"), role, QStringLiteral("--json")});
    return QJsonDocument::fromJson(out).object().value(QStringLiteral("code")).toString();
}

bool ServerProcess::revokeDevice(const QString &deviceId)
{
    return !admin({QStringLiteral("revoke-device"), QStringLiteral("--device-id"), deviceId, QStringLiteral("--json")})
                .isNull();
}
