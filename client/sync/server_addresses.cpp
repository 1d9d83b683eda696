#include "sync/server_addresses.h"

#include "sync/sync_client.h"

#include <QRegularExpression>

namespace medvandrer {

ServerAddresses ServerAddresses::parse(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    ServerAddresses out;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QUrl url = SyncClient::normalizeServerUrl(part);
        if (!url.isValid())
            return {};
        if (!out.m_urls.contains(url))
            out.m_urls.append(url);
    }
    return out;
}

QUrl ServerAddresses::at(qsizetype n) const
{
    if (m_urls.isEmpty())
        return {};
    return m_urls.at(((n % m_urls.size()) + m_urls.size()) % m_urls.size());
}

QString ServerAddresses::toString() const
{
    QStringList parts;
    for (const QUrl &url : m_urls)
        parts.append(url.toString());
    return parts.join(QLatin1Char(','));
}

} // namespace medvandrer
