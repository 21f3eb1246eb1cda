#pragma once

#include <QString>
#include <QStringList>

namespace Portrait {

/**
 * @brief What an access token the emulator accepts allows: delegated or app-only, and which Graph permissions
 * (scopes of a delegated token, application roles of an app-only one).
 *
 * The emulator checks permissions for photo writes and the tenant's photo settings only; reads stay as they were
 * (any accepted token reads everything).
 */
struct AccessGrant
{
    bool appOnly = false; ///< Client credentials (application permissions) rather than a signed-in user.
    bool everything = false; ///< Every permission (the demo token, and tokens set without a grant).
    QStringList permissions; ///< Graph permission names, e.g. `User.ReadWrite.All` (compared case-insensitively).

    /** @brief A delegated grant with every permission. */
    static AccessGrant unrestricted()
    {
        AccessGrant grant;
        grant.everything = true;
        return grant;
    }

    /**
     * @brief The grant of a token issued for an OAuth `scope` parameter: resource prefixes are dropped
     * (`https://graph.microsoft.com/User.Read` is `User.Read`), OpenID scopes ignored; a delegated `.default`
     * stands for every permission.
     */
    static AccessGrant fromScope(const QString& scope)
    {
        AccessGrant grant;
        for (const QString& item : scope.split(u' ', Qt::SkipEmptyParts)) {
            const QString name = item.section(u'/', -1);
            if (name == QLatin1String(".default")) {
                grant.everything = true;
            } else if (!name.isEmpty()) {
                grant.permissions.append(name);
            }
        }
        return grant;
    }

    /** @brief True when the grant holds @p permission. */
    bool has(const QString& permission) const
    {
        return everything || permissions.contains(permission, Qt::CaseInsensitive);
    }

    /** @brief True when the grant holds any of @p anyOf. */
    bool hasAny(const QStringList& anyOf) const
    {
        for (const QString& permission : anyOf) {
            if (has(permission)) {
                return true;
            }
        }
        return false;
    }
};

} // namespace Portrait
