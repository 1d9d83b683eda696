#include "fault_proxy.h"

#include <QHostAddress>

#include <algorithm>
#include <utility>

FaultProxy::FaultProxy(quint32 seed, QObject *parent) : QObject(parent), m_rng(seed)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::onNewConnection);
}

FaultProxy::~FaultProxy()
{
    dropAll();
}

bool FaultProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void FaultProxy::setOnline(bool online)
{
    m_online = online;
    if (!online)
        dropAll();
}

void FaultProxy::dropAll()
{
    while (!m_links.empty())
        close(m_links.back().get());
}

void FaultProxy::onNewConnection()
{
    while (QTcpSocket *down = m_server.nextPendingConnection()) {
        if (!m_online || m_upstreamPorts.empty()) {
            down->abort();
            down->deleteLater();
            continue;
        }
        ++m_connections;
        auto link = std::make_unique<Link>();
        Link *l = link.get();
        l->down = down;
        l->up = new QTcpSocket(this);
        if (m_rng.generateDouble() < m_faults.cutChance) {
            const qint64 at = 1 + m_rng.bounded(std::max(1, m_faults.maxCutBytes));
            if (m_rng.bounded(2) == 0)
                l->upBudget = at;
            else
                l->downBudget = at;
        }
        m_links.push_back(std::move(link));
        connect(down, &QTcpSocket::readyRead, this, [this, l] { forwardUp(l, l->down->readAll()); });
        connect(down, &QTcpSocket::disconnected, this, [this, l] { close(l); });
        connect(l->up, &QTcpSocket::connected, this, [this, l] {
            l->upConnected = true;
            const QByteArray pending = std::exchange(l->pendingUp, {});
            if (!pending.isEmpty())
                writeUp(l, pending);
        });
        connect(l->up, &QTcpSocket::readyRead, this, [this, l] { forwardDown(l, l->up->readAll()); });
        connect(l->up, &QTcpSocket::disconnected, this, [this, l] { close(l); });
        connect(l->up, &QAbstractSocket::errorOccurred, this, [this, l] { close(l); });
        // One instance: no draw, so a seed replays a single-instance run as before.
        const quint16 upstream = m_upstreamPorts.size() == 1
                                     ? m_upstreamPorts.front()
                                     : m_upstreamPorts[m_rng.bounded(quint32(m_upstreamPorts.size()))];
        l->up->connectToHost(QHostAddress::LocalHost, upstream);
        // Bytes that arrived before the handlers were connected.
        if (down->bytesAvailable() > 0)
            forwardUp(l, down->readAll());
    }
}

void FaultProxy::forwardUp(Link *link, QByteArray bytes)
{
    if (bytes.isEmpty())
        return;
    bool cut = false;
    if (link->upBudget >= 0) {
        if (bytes.size() >= link->upBudget) {
            bytes.truncate(link->upBudget);
            cut = true;
        }
        link->upBudget -= bytes.size();
    }
    if (!link->upConnected) {
        link->pendingUp += bytes;
        if (cut) {
            ++m_cuts;
            close(link);
        }
        return;
    }
    writeUp(link, bytes);
    if (cut) {
        ++m_cuts;
        link->up->flush();
        close(link);
    }
}

void FaultProxy::writeUp(Link *link, const QByteArray &bytes)
{
    link->up->write(bytes);
    if (m_faults.replayChance <= 0)
        return;
    link->frameBuffer += bytes;
    for (const QByteArray &frame : completePushFrames(link)) {
        if (m_rng.generateDouble() < m_faults.replayChance) {
            ++m_replays;
            link->up->write(frame);
        }
    }
}

void FaultProxy::forwardDown(Link *link, QByteArray bytes)
{
    bool cut = false;
    if (link->downBudget >= 0) {
        if (bytes.size() >= link->downBudget) {
            bytes.truncate(link->downBudget);
            cut = true;
        }
        link->downBudget -= bytes.size();
    }
    link->down->write(bytes);
    if (cut) {
        ++m_cuts;
        link->down->flush();
        close(link);
    }
}

std::vector<QByteArray> FaultProxy::completePushFrames(Link *link)
{
    std::vector<QByteArray> pushes;
    QByteArray &buf = link->frameBuffer;
    if (!link->handshakeDone) {
        const qsizetype end = buf.indexOf("\r\n\r\n");
        if (end < 0)
            return pushes;
        buf.remove(0, end + 4);
        link->handshakeDone = true;
    }
    // RFC 6455 §5.2: client frames are always masked.
    while (buf.size() >= 2) {
        const auto b0 = quint8(buf[0]);
        const auto b1 = quint8(buf[1]);
        qsizetype header = 2;
        quint64 length = b1 & 0x7f;
        if (length == 126) {
            if (buf.size() < 4)
                break;
            length = (quint64(quint8(buf[2])) << 8) | quint8(buf[3]);
            header = 4;
        } else if (length == 127) {
            if (buf.size() < 10)
                break;
            length = 0;
            for (int i = 0; i < 8; ++i)
                length = (length << 8) | quint8(buf[2 + i]);
            header = 10;
        }
        const bool masked = b1 & 0x80;
        const qsizetype maskAt = header;
        if (masked)
            header += 4;
        if (quint64(buf.size()) < header + length)
            break;
        const QByteArray frame = buf.left(header + qsizetype(length));
        buf.remove(0, header + qsizetype(length));
        const bool finalText = (b0 & 0x80) && (b0 & 0x0f) == 0x1;
        if (!finalText)
            continue;
        QByteArray payload = frame.mid(header);
        if (masked) {
            for (qsizetype i = 0; i < payload.size(); ++i)
                payload[i] = char(payload[i] ^ frame[maskAt + (i % 4)]);
        }
        if (payload.contains("\"type\":\"push\""))
            pushes.push_back(frame);
    }
    return pushes;
}

void FaultProxy::close(Link *link)
{
    auto it = std::find_if(m_links.begin(), m_links.end(), [link](const auto &l) { return l.get() == link; });
    if (it == m_links.end())
        return;
    for (QTcpSocket *s : {link->down, link->up}) {
        s->disconnect(this);
        s->abort();
        s->deleteLater();
    }
    m_links.erase(it);
}
