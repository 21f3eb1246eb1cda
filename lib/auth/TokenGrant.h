#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Portrait {

/**
 * @brief The tokens one successful grant produced. Secrets: never logged, never written outside the keychain.
 */
struct TokenGrant
{
    QString accessToken;
    QString refreshToken; ///< empty for client credentials, or without offline_access
    QString idToken;
    QString scope;
    QDateTime expiresAt; ///< UTC; computed from expires_in and the injected clock

    bool isValid() const { return !accessToken.isEmpty(); }
    /// The signed-in user's name from the id_token (`preferred_username`, else `name`), unverified: display only.
    QString userName() const;
    /// Reads the success fields of @p json, with expiry relative to @p now.
    static TokenGrant fromJson(const QJsonObject& json, const QDateTime& now);
};

} // namespace Portrait
