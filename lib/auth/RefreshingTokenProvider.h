#pragma once

#include "auth/AuthEndpoints.h"
#include "auth/CachingTokenProvider.h"

#include <QStringList>

namespace Portrait {

class OAuthClient;
class TokenStore;
struct OAuthReply;

/**
 * @brief Delegated tokens from a refresh token (docs/GRAPH.md#browser-sign-in-and-refresh-tokens): the refresh token is
 * read from the TokenStore when first needed, every refresh keeps the newest refresh token (in memory and in the store)
 * and discards the old one, and `invalid_grant` (or `interaction_required`) answers with interactionRequired so the
 * user is asked to sign in again rather than a job failing obscurely. The dead refresh token is deleted.
 */
class RefreshingTokenProvider : public CachingTokenProvider
{
    Q_OBJECT

public:
    /// @p storeKey is the account's refresh-token key (TokenStore::key()); @p account names it in messages.
    RefreshingTokenProvider(OAuthClient* client, const AuthEndpoints& endpoints, const QString& clientId,
                            const QStringList& scopes, TokenStore* store, const QString& storeKey,
                            const QString& account, Clock* clock, QObject* parent = nullptr);
    ~RefreshingTokenProvider() override;

    /// Also keeps @p grant's refresh token (not written to the store: the caller did that).
    void setGrant(const TokenGrant& grant) override;

signals:
    /// The refresh token was rotated and saved (or saving failed: @p error, kind Keychain).
    void refreshTokenSaved(const Portrait::GraphError& error);

protected:
    void acquire() override;

private:
    void refresh();
    void onRefreshed(const OAuthReply& reply);

    OAuthClient* m_client;
    AuthEndpoints m_endpoints;
    QString m_clientId;
    QStringList m_scopes;
    TokenStore* m_store;
    QString m_storeKey;
    QString m_account;
    QString m_refreshToken;
};

} // namespace Portrait
