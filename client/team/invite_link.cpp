#include "team/invite_link.h"

#include <QUrl>
#include <QUrlQuery>

namespace medvandrer {

QString InviteLink::toString() const
{
    QUrl url;
    url.setScheme(QStringLiteral("medvandrer"));
    url.setHost(QStringLiteral("invite"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("code"), code);
    if (!server.isEmpty())
        query.addQueryItem(QStringLiteral("server"), QString::fromLatin1(QUrl::toPercentEncoding(server)));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

std::optional<InviteLink> InviteLink::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QUrl url(trimmed, QUrl::StrictMode);
    if (url.isValid() && url.scheme() == QLatin1String("medvandrer")) {
        if (url.host() != QLatin1String("invite"))
            return std::nullopt;
        const QUrlQuery query(url);
        InviteLink link{query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded).trimmed(),
                        query.queryItemValue(QStringLiteral("server"), QUrl::FullyDecoded).trimmed()};
        if (link.code.isEmpty() || link.code.size() > 64)
            return std::nullopt;
        return link;
    }
    // A code as printed on the screen: letters, digits and dashes only.
    if (trimmed.isEmpty() || trimmed.size() > 64)
        return std::nullopt;
    for (const QChar c : trimmed) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-'))
            return std::nullopt;
    }
    return InviteLink{trimmed, {}};
}

} // namespace medvandrer
