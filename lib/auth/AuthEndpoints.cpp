#include "AuthEndpoints.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Portrait {

AuthEndpoints::AuthEndpoints(Cloud cloud, const QString& tenant)
    : m_cloud(cloud)
    , m_tenant(tenant)
    , m_loginOrigin(cloudLoginHost(cloud))
{ }

bool AuthEndpoints::setLoginOrigin(const QString& text, QString* error)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        *error = QCoreApplication::translate("Portrait::AuthEndpoints", "'%1' is not an http(s) URL").arg(text);
        return false;
    }
    if (scheme == QLatin1String("http") && !GraphRoot::isLoopbackHost(url.host())) {
        *error = QCoreApplication::translate("Portrait::AuthEndpoints",
                                             "http:// is accepted only for a loopback address (127.0.0.1, [::1]): '%1'")
                     .arg(text);
        return false;
    }
    if ((!url.path().isEmpty() && url.path() != QLatin1String("/")) || url.hasQuery() || !url.userInfo().isEmpty()) {
        *error = QCoreApplication::translate("Portrait::AuthEndpoints",
                                             "the login URL is an origin only (scheme, host, port): '%1'")
                     .arg(text);
        return false;
    }
    QUrl origin;
    origin.setScheme(scheme);
    origin.setHost(url.host());
    origin.setPort(url.port());
    m_loginOrigin = origin;
    return true;
}

bool AuthEndpoints::isLoginOverridden() const
{
    return m_loginOrigin != cloudLoginHost(m_cloud);
}

QUrl AuthEndpoints::endpoint(const QString& name) const
{
    QUrl url = m_loginOrigin;
    url.setPath(QStringLiteral("/%1/oauth2/v2.0/%2").arg(m_tenant, name));
    return url;
}

QString AuthEndpoints::graphHost() const
{
    const QUrl origin = m_graphOrigin.isValid() ? m_graphOrigin : cloudGraphHost(m_cloud);
    return origin.toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::StripTrailingSlash);
}

QStringList AuthEndpoints::delegatedScopes(bool photoScope, bool write) const
{
    const QString host = graphHost();
    QStringList scopes;
    QStringList graphScopes = photoScope
        ? QStringList{QStringLiteral("User.ReadBasic.All"), QStringLiteral("ProfilePhoto.Read.All"),
                      QStringLiteral("GroupMember.Read.All"), QStringLiteral("Contacts.Read")}
        : QStringList{QStringLiteral("User.ReadBasic.All"), QStringLiteral("GroupMember.Read.All"),
                      QStringLiteral("Contacts.Read")};
    if (write) {
        // Graph's photo update pages: any user's photo, a group's, a contact's (each covers reading too).
        graphScopes << QStringLiteral("User.ReadWrite.All") << QStringLiteral("Group.ReadWrite.All")
                    << QStringLiteral("Contacts.ReadWrite");
        graphScopes.replaceInStrings(QStringLiteral("ProfilePhoto.Read.All"),
                                     QStringLiteral("ProfilePhoto.ReadWrite.All"));
    }
    for (const QString& scope : graphScopes) {
        scopes << host + u'/' + scope;
    }
    scopes << QStringLiteral("offline_access") << QStringLiteral("openid") << QStringLiteral("profile");
    return scopes;
}

QString AuthEndpoints::appScope() const
{
    return graphHost() + QStringLiteral("/.default");
}

bool AuthEndpoints::isValidTenant(const QString& tenant)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9.-]{0,252}$"));
    return pattern.match(tenant).hasMatch();
}

} // namespace Portrait
