#pragma once

#include "base/Cloud.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace Portrait {

/**
 * @brief Where one tenant signs in: the login origin of its cloud (or a loopback override for tests and the
 * emulator), the tenant, and the scopes that belong to that cloud's Graph host (docs/GRAPH.md#national-clouds,
 * #sign-in-errors).
 *
 * Tokens of one cloud are never valid in another: the scopes and `.default` are always built from
 * the same cloud's Graph host, and refresh tokens only ever go to tokenUrl().
 */
class AuthEndpoints
{
public:
    AuthEndpoints() = default;
    /// The endpoints of @p cloud for @p tenant (`organizations`, a GUID or a domain).
    AuthEndpoints(Cloud cloud, const QString& tenant);

    /**
     * @brief Overrides the login origin, e.g. `http://127.0.0.1:PORT` for the emulator.
     * @return false with @p error unless @p text is an https origin or an http loopback origin.
     */
    bool setLoginOrigin(const QString& text, QString* error);
    /// Overrides the Graph origin the scopes name (e.g. the emulator); default: the cloud's Graph host.
    void setGraphOrigin(const QUrl& origin) { m_graphOrigin = origin; }

    Cloud cloud() const { return m_cloud; }
    QString tenant() const { return m_tenant; }
    QUrl loginOrigin() const { return m_loginOrigin; }
    /// True when the login origin is not the cloud's own (a test or emulator override).
    bool isLoginOverridden() const;

    /// `{login}/{tenant}/oauth2/v2.0/authorize`
    QUrl authorizeUrl() const { return endpoint(QStringLiteral("authorize")); }
    /// `{login}/{tenant}/oauth2/v2.0/token`
    QUrl tokenUrl() const { return endpoint(QStringLiteral("token")); }
    /// `{login}/{tenant}/oauth2/v2.0/devicecode`
    QUrl deviceCodeUrl() const { return endpoint(QStringLiteral("devicecode")); }

    /**
     * @brief Delegated scopes: `User.ReadBasic.All GroupMember.Read.All Contacts.Read offline_access openid
     * profile`, plus `ProfilePhoto.Read.All` when @p photoScope; Graph scopes qualified with the cloud's Graph host.
     * With @p write, the scopes that change photos too: `User.ReadWrite.All Group.ReadWrite.All Contacts.ReadWrite`
     * (and `ProfilePhoto.ReadWrite.All` in place of `ProfilePhoto.Read.All`). Read-only stays the default.
     */
    QStringList delegatedScopes(bool photoScope = false, bool write = false) const;
    /// App-only: `{graph-host}/.default`.
    QString appScope() const;

    /// True when @p tenant is a plausible tenant segment (GUID, domain, organizations, common, consumers).
    static bool isValidTenant(const QString& tenant);

private:
    QUrl endpoint(const QString& name) const;
    QString graphHost() const;

    Cloud m_cloud = Cloud::Global;
    QString m_tenant;
    QUrl m_loginOrigin;
    QUrl m_graphOrigin;
};

} // namespace Portrait
