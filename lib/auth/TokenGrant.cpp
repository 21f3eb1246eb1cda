#include "TokenGrant.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Portrait {

QString TokenGrant::userName() const
{
    const QList<QByteArray> parts = idToken.toLatin1().split('.');
    if (parts.size() < 2) {
        return {};
    }
    const QJsonObject claims
        = QJsonDocument::fromJson(
              QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
              .object();
    const QString preferred = claims.value(QLatin1String("preferred_username")).toString();
    return preferred.isEmpty() ? claims.value(QLatin1String("name")).toString() : preferred;
}

TokenGrant TokenGrant::fromJson(const QJsonObject& json, const QDateTime& now)
{
    TokenGrant grant;
    grant.accessToken = json.value(QLatin1String("access_token")).toString();
    grant.refreshToken = json.value(QLatin1String("refresh_token")).toString();
    grant.idToken = json.value(QLatin1String("id_token")).toString();
    grant.scope = json.value(QLatin1String("scope")).toString();
    const QJsonValue expires = json.value(QLatin1String("expires_in"));
    // Entra sends a number; some proxies send a string.
    const qint64 seconds = expires.isString() ? expires.toString().toLongLong() : qint64(expires.toDouble(3599));
    grant.expiresAt = now.addSecs(qMax<qint64>(0, seconds));
    return grant;
}

} // namespace Portrait
