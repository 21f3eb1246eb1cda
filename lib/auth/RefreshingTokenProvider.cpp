#include "RefreshingTokenProvider.h"

#include "auth/AuthLogging.h"
#include "auth/OAuthClient.h"
#include "auth/TokenStore.h"
#include "base/Clock.h"

#include <QLoggingCategory>

namespace Portrait {

RefreshingTokenProvider::RefreshingTokenProvider(OAuthClient* client, const AuthEndpoints& endpoints,
                                                 const QString& clientId, const QStringList& scopes, TokenStore* store,
                                                 const QString& storeKey, const QString& account, Clock* clock,
                                                 QObject* parent)
    : CachingTokenProvider(clock, parent)
    , m_client(client)
    , m_endpoints(endpoints)
    , m_clientId(clientId)
    , m_scopes(scopes)
    , m_store(store)
    , m_storeKey(storeKey)
    , m_account(account)
{ }

RefreshingTokenProvider::~RefreshingTokenProvider() = default;

void RefreshingTokenProvider::setGrant(const TokenGrant& grant)
{
    if (!grant.refreshToken.isEmpty()) {
        m_refreshToken = grant.refreshToken;
    }
    CachingTokenProvider::setGrant(grant);
}

void RefreshingTokenProvider::acquire()
{
    if (!m_refreshToken.isEmpty()) {
        refresh();
        return;
    }
    m_store->read(m_storeKey, this, [this](const TokenStoreResult& stored) {
        if (stored.status == TokenStoreResult::Status::NotFound || (stored.ok() && stored.value.isEmpty())) {
            completeAcquire(TokenResult::signInRequired(
                trMessage(staticMetaObject.className(), QT_TR_NOOP("account '%1' is not signed in: sign in again"))
                    .arg(m_account)));
            return;
        }
        if (!stored.ok()) {
            completeAcquire(TokenResult::failure(stored.error)); // the keychain's own error, kind and all
            return;
        }
        m_refreshToken = stored.value;
        refresh();
    });
}

void RefreshingTokenProvider::refresh()
{
    qCDebug(lcAuth).noquote() << "refreshing the access token of" << m_account;
    m_client->post(m_endpoints.tokenUrl(),
                   {{QStringLiteral("client_id"), m_clientId},
                    {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                    {QStringLiteral("refresh_token"), m_refreshToken},
                    {QStringLiteral("scope"), m_scopes.join(u' ')}},
                   this, [this](const OAuthReply& reply) { onRefreshed(reply); });
}

void RefreshingTokenProvider::onRefreshed(const OAuthReply& reply)
{
    if (reply.ok()) {
        const TokenGrant grant = TokenGrant::fromJson(reply.json, clock()->nowUtc());
        if (!grant.refreshToken.isEmpty() && grant.refreshToken != m_refreshToken) {
            // Keep the newest, discard the old (docs/GRAPH.md#browser-sign-in-and-refresh-tokens). The token is handed
            // out only once the new refresh token is saved: a short CLI run must not exit before the keychain holds the
            // newest.
            m_refreshToken = grant.refreshToken;
            m_store->write(m_storeKey, m_refreshToken, this, [this, grant](const TokenStoreResult& saved) {
                if (!saved.ok()) {
                    qCWarning(lcAuth).noquote() << "could not save the new refresh token:" << saved.error.message;
                }
                emit refreshTokenSaved(saved.error);
                completeAcquire(grant);
            });
            return;
        }
        completeAcquire(grant);
        return;
    }
    const bool interaction = reply.error == QLatin1String("invalid_grant")
        || reply.error == QLatin1String("interaction_required") || reply.error == QLatin1String("consent_required");
    if (interaction) {
        m_refreshToken.clear();
        // The answer waits for the removal: a CLI exits as soon as it has it, and the dead refresh token must
        // not stay in the keychain to be sent again by the next run.
        const TokenResult expired = TokenResult::signInRequired(
            trMessage(staticMetaObject.className(),
                      QT_TR_NOOP("the sign-in of account '%1' has expired or was revoked (%2): sign in again"))
                .arg(m_account, reply.message()));
        m_store->remove(m_storeKey, this, [this, expired](const TokenStoreResult& removed) {
            if (!removed.ok()) {
                qCWarning(lcAuth).noquote() << "could not remove the dead refresh token:" << removed.error.message;
            }
            completeAcquire(expired);
        });
        return;
    }
    completeAcquire(TokenResult::failure(GraphError::make(GraphError::Kind::Auth, reply.message())));
}

} // namespace Portrait
