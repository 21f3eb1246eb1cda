#include "Cloud.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace Portrait {

QString cloudName(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Global:
        return QStringLiteral("global");
    case Cloud::UsGov:
        return QStringLiteral("usgov");
    case Cloud::UsGovDod:
        return QStringLiteral("usgov-dod");
    case Cloud::China:
        return QStringLiteral("china");
    }
    return QStringLiteral("global");
}

bool cloudFromName(const QString& name, Cloud* cloud)
{
    for (Cloud c : {Cloud::Global, Cloud::UsGov, Cloud::UsGovDod, Cloud::China}) {
        if (cloudName(c).compare(name, Qt::CaseInsensitive) == 0) {
            *cloud = c;
            return true;
        }
    }
    return false;
}

QUrl cloudGraphHost(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Global:
        return QUrl(QStringLiteral("https://graph.microsoft.com"));
    case Cloud::UsGov:
        return QUrl(QStringLiteral("https://graph.microsoft.us"));
    case Cloud::UsGovDod:
        return QUrl(QStringLiteral("https://dod-graph.microsoft.us"));
    case Cloud::China:
        return QUrl(QStringLiteral("https://microsoftgraph.chinacloudapi.cn"));
    }
    return {};
}

QUrl cloudLoginHost(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Global:
        return QUrl(QStringLiteral("https://login.microsoftonline.com"));
    case Cloud::UsGov:
    case Cloud::UsGovDod:
        return QUrl(QStringLiteral("https://login.microsoftonline.us"));
    case Cloud::China:
        return QUrl(QStringLiteral("https://login.chinacloudapi.cn"));
    }
    return {};
}

bool GraphRoot::isLoopbackHost(const QString& host)
{
    // A literal address only: a name, `localhost` included, is whatever the resolver (hosts file, DNS) says,
    // and plain HTTP carries the bearer token.
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

GraphRoot GraphRoot::parse(const QString& text, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error) {
            *error = message;
        }
        return GraphRoot();
    };
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.isRelative() || url.host().isEmpty()) {
        return fail(QCoreApplication::translate("Portrait::GraphRoot", "'%1' is not an absolute URL").arg(text));
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http")) {
        if (!isLoopbackHost(url.host())) {
            return fail(QCoreApplication::translate(
                            "Portrait::GraphRoot",
                            "refusing http:// for '%1': only a loopback address (127.0.0.1, [::1]) may use plain HTTP; "
                            "use https://")
                            .arg(url.host()));
        }
    } else if (scheme != QLatin1String("https")) {
        return fail(QCoreApplication::translate("Portrait::GraphRoot", "unsupported scheme '%1': use https://")
                        .arg(url.scheme()));
    }
    if (url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty()) {
        return fail(QCoreApplication::translate("Portrait::GraphRoot",
                                                "the Graph URL must not carry a query, fragment or user info"));
    }
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    if (path.isEmpty()) {
        return fail(
            QCoreApplication::translate("Portrait::GraphRoot", "the Graph URL needs its version segment, e.g. %1/v1.0")
                .arg(text));
    }
    GraphRoot root;
    root.m_url = url;
    root.m_url.setScheme(scheme);
    root.m_url.setPath(path, QUrl::TolerantMode);
    return root;
}

GraphRoot GraphRoot::forCloud(Cloud cloud, const QString& version)
{
    return parse(cloudGraphHost(cloud).toString() + u'/' + version);
}

QUrl GraphRoot::resolve(const QString& encodedPath, const QString& encodedQuery) const
{
    QByteArray text = m_url.toEncoded() + '/' + encodedPath.toUtf8();
    if (!encodedQuery.isEmpty()) {
        text += '?' + encodedQuery.toUtf8();
    }
    return QUrl::fromEncoded(text, QUrl::TolerantMode);
}

bool GraphRoot::isSameOrigin(const QUrl& url) const
{
    if (!isValid() || !url.isValid()) {
        return false;
    }
    const int defaultPort = m_url.scheme() == QLatin1String("https") ? 443 : 80;
    return url.scheme().compare(m_url.scheme(), Qt::CaseInsensitive) == 0
        && url.host().compare(m_url.host(), Qt::CaseInsensitive) == 0
        && url.port(defaultPort) == m_url.port(defaultPort) && url.userInfo().isEmpty();
}

} // namespace Portrait
