#pragma once

#include "emulator/AccessGrant.h"
#include "emulator/EmulatorReply.h"
#include "emulator/EmulatorRequest.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

namespace Portrait {

/**
 * @brief The emulator's Microsoft identity platform: `/{tenant}/oauth2/v2.0/devicecode`, `/token` and
 * `/authorize`, answering with the real error JSON (docs/GRAPH.md#sign-in-errors) and enforcing what Entra ID enforces:
 *
 * - device code (RFC 8628): each poll follows a script (`pending`, `slow_down`, `declined`, `expired`),
 *   then the code is approved (so tests run unattended: N × `pending` auto-approves after N polls);
 * - authorize + PKCE S256: redirects to a loopback `redirect_uri` with `code` and `state`; codes expire after
 *   10 minutes, are single use, bound to the client and redirect URI, and need the right `code_verifier`;
 * - refresh: issues a new refresh token each time; as at Entra ID the one presented is not revoked by its use
 *   (docs/GRAPH.md#browser-sign-in-and-refresh-tokens: the client is expected to discard it; reusedRefreshTokens()
 * counts the clients that did not), and answers `invalid_grant` after revokeRefreshTokens();
 * - client credentials: a registered secret, or a `client_assertion` JWT (PS256 with `x5t#S256`, RS256 with
 *   `x5t`) whose signature is checked against the client's configured certificate, `aud`, `iss`, `sub`, times.
 *
 * Every access token it issues is handed to setIssuedTokenHandler() with what it allows (AccessGrant: the
 * delegated scopes asked for, or the application permissions of a client-credentials client), which GraphEmulator
 * uses to make Graph accept that token from then on.
 */
class TokenEndpoint
{
public:
    TokenEndpoint();
    ~TokenEndpoint();

    /// True for `/{tenant}/oauth2/v2.0/{devicecode|token|authorize}`.
    static bool isIdentityPath(const QByteArray& rawPath);
    /// Answers one request to an identity path.
    EmulatorReply handle(const EmulatorRequest& request);

    /// Called with every access token issued and what it allows.
    void setIssuedTokenHandler(std::function<void(const QString&, const AccessGrant&)> handler)
    {
        m_issued = std::move(handler);
    }

    /**
     * @brief Registers a client. With neither secret nor certificate it is a public client. Until a client is
     * registered, any client ID is accepted as a public client.
     * @param certificateDer the DER certificate whose key must sign this client's assertions
     */
    void registerClient(const QString& clientId, const QString& secret = {}, const QByteArray& certificateDer = {});
    /**
     * @brief The application permissions granted to a client (what its client-credentials tokens allow). Until set,
     * a client has the read permissions only: `User.Read.All`, `Group.Read.All`, `Contacts.Read`,
     * `ProfilePhoto.Read.All`.
     */
    void setApplicationPermissions(const QString& clientId, const QStringList& permissions)
    {
        m_appPermissions.insert(clientId, permissions);
    }
    /// Poll answers for the next device codes: `pending`, `slow_down`, `declined`, `expired`; then approval.
    void setDeviceCodeScript(const QStringList& answers) { m_script = answers; }
    /// The `interval` the devicecode endpoint announces (default 5).
    void setDeviceCodeInterval(int seconds) { m_interval = seconds; }
    /// `expires_in` of the access tokens issued (default 3599).
    void setAccessTokenLifetime(int seconds) { m_lifetime = seconds; }
    /// Makes /authorize refuse with @p error (e.g. `access_denied`); empty: approve.
    void setAuthorizeError(const QString& error) { m_authorizeError = error; }
    /// Makes /authorize send back this `state` instead of the one it got (a forged redirect).
    void setAuthorizeStateOverride(const QString& state) { m_stateOverride = state; }
    /// Every refresh token issued so far stops working (`invalid_grant`).
    void revokeRefreshTokens() { m_refreshTokens.clear(); }
    /// The `preferred_username` in the id_tokens issued.
    void setUserName(const QString& name) { m_userName = name; }
    /// The server's clock (default: the real UTC time).
    void setNow(std::function<QDateTime()> now) { m_now = std::move(now); }

    /// Refresh requests that presented a refresh token already redeemed once (a client that kept an old one).
    int reusedRefreshTokens() const { return m_reusedRefreshTokens; }
    /// Token requests answered, by grant_type.
    int tokenRequests(const QString& grantType) const { return m_grantCounts.value(grantType); }
    /// Every secret value the endpoint issued or accepted (tokens, codes, refresh tokens, PKCE code_verifiers):
    /// tests look for leaks.
    QStringList issuedSecrets() const { return m_secrets; }
    /// The last access token issued.
    QString lastAccessToken() const { return m_lastAccessToken; }
    /// The algorithm of the last accepted client assertion (`PS256`, `RS256`).
    QString lastAssertionAlgorithm() const { return m_lastAlgorithm; }

private:
    struct Client
    {
        QString secret;
        QByteArray certificateDer;
    };
    struct DeviceCode
    {
        QString clientId;
        QString scope;
        QStringList script;
        QDateTime expiresAt;
        bool used = false;
    };
    struct AuthCode
    {
        QString clientId;
        QString redirectUri;
        QString challenge;
        QString scope;
        QDateTime expiresAt;
        bool used = false;
    };

    EmulatorReply deviceCode(const EmulatorRequest& request, const QString& tenant);
    EmulatorReply token(const EmulatorRequest& request, const QString& tenant);
    EmulatorReply authorize(const EmulatorRequest& request);
    EmulatorReply pollDeviceCode(const QHash<QString, QString>& form);
    EmulatorReply redeemCode(const QHash<QString, QString>& form);
    EmulatorReply refresh(const QHash<QString, QString>& form);
    EmulatorReply clientCredentials(const QHash<QString, QString>& form, const QString& audience);
    QString verifyAssertion(const QString& clientId, const QString& assertion, const QString& audience);
    EmulatorReply issue(const QString& clientId, const QString& scope, bool delegated);
    EmulatorReply oauthError(int status, const QString& error, int code, const QString& description) const;
    bool knownClient(const QString& clientId) const;
    QString newSecret(const QString& prefix);

    std::function<void(const QString&, const AccessGrant&)> m_issued;
    QHash<QString, QStringList> m_appPermissions;
    std::function<QDateTime()> m_now;
    QHash<QString, Client> m_clients;
    QStringList m_script;
    int m_interval = 5;
    int m_lifetime = 3599;
    QString m_authorizeError;
    QString m_stateOverride;
    QString m_userName = QStringLiteral("admin@contoso.example");
    QHash<QString, DeviceCode> m_deviceCodes;
    QHash<QString, AuthCode> m_authCodes;
    QHash<QString, QString> m_refreshTokens; ///< token -> client ID
    QSet<QString> m_redeemedRefreshTokens;
    int m_reusedRefreshTokens = 0;
    QHash<QString, int> m_grantCounts;
    QStringList m_secrets;
    QString m_lastAccessToken;
    QString m_lastAlgorithm;
};

} // namespace Portrait
