#pragma once

#include <QObject>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>
#include <vector>

// One device's network: a TCP proxy between its sync client and the server that can go offline, cut a
// connection after a random number of bytes (mid-frame: mid-batch going up, mid-page coming down) and replay a
// complete client push frame (a duplicated delivery). The server and the client are the real ones.
class FaultProxy : public QObject
{
    Q_OBJECT
public:
    struct Faults
    {
        double cutChance = 0;    // per connection: cut it after a random number of bytes
        int maxCutBytes = 60000; // the cut falls in [1, maxCutBytes] bytes in one direction
        double replayChance = 0; // per client push frame: send it to the server twice
    };

    FaultProxy(quint32 seed, QObject *parent = nullptr);
    ~FaultProxy() override;

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    // 0: the server is down (new connections are refused).
    void setUpstreamPort(quint16 port) { m_upstreamPorts = port ? std::vector<quint16>{port} : std::vector<quint16>{}; }
    // Several server instances: each new connection goes to one of them, at random (empty: all down).
    void setUpstreamPorts(std::vector<quint16> ports) { m_upstreamPorts = std::move(ports); }
    // Offline: drop every open connection and refuse new ones (the phone lost its network).
    void setOnline(bool online);
    bool isOnline() const { return m_online; }
    void setFaults(const Faults &faults) { m_faults = faults; }
    void dropAll();

    int cuts() const { return m_cuts; }
    int replays() const { return m_replays; }
    int connections() const { return m_connections; }

private:
    struct Link
    {
        QTcpSocket *down = nullptr; // the device
        QTcpSocket *up = nullptr;   // the server
        qint64 upBudget = -1;       // bytes still allowed towards the server (-1 = unlimited)
        qint64 downBudget = -1;     // bytes still allowed towards the device
        QByteArray pendingUp;       // device bytes waiting for the upstream connection
        QByteArray frameBuffer;     // device bytes not yet parsed into whole WebSocket frames
        bool upConnected = false;
        bool handshakeDone = false; // the HTTP upgrade request has passed
    };

    void onNewConnection();
    void forwardUp(Link *link, QByteArray bytes);
    void forwardDown(Link *link, QByteArray bytes);
    void writeUp(Link *link, const QByteArray &bytes);
    void close(Link *link);
    // Splits complete client frames off the buffer; returns the push frames among them.
    std::vector<QByteArray> completePushFrames(Link *link);

    QTcpServer m_server;
    QRandomGenerator m_rng;
    std::vector<quint16> m_upstreamPorts;
    bool m_online = true;
    Faults m_faults;
    std::vector<std::unique_ptr<Link>> m_links;
    int m_cuts = 0;
    int m_replays = 0;
    int m_connections = 0;
};
