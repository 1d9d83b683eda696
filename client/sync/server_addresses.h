#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace medvandrer {

// The sync servers a device may use: one address, or several instances of one service on one database (issue #13).
// Kept in the settings as one comma-separated text. After a failed connect the client tries the next one; the list
// wraps around, and the reconnect backoff grows as usual between tries.
class ServerAddresses
{
public:
    // "a, b" or "a b" (commas or white space between addresses), each as SyncClient::normalizeServerUrl reads it.
    // Empty if any part is not a server address, or nothing is given.
    static ServerAddresses parse(const QString &text);

    bool isEmpty() const { return m_urls.isEmpty(); }
    qsizetype size() const { return m_urls.size(); }
    // The address for the n-th try, counting round the list; an invalid URL if the list is empty.
    QUrl at(qsizetype n) const;
    // The canonical form for the settings: the normalized URLs, comma-separated.
    QString toString() const;

private:
    QList<QUrl> m_urls;
};

} // namespace medvandrer
