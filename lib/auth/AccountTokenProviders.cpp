#include "AccountTokenProviders.h"

#include <QCoreApplication>

#include "auth/ClientCredentialsProvider.h"
#include "auth/RefreshingTokenProvider.h"
#include "auth/TokenStore.h"

namespace Portrait {

CachingTokenProvider* AccountTokenProviders::create(const Account& account, OAuthClient* client, TokenStore* store,
                                                    Clock* clock, QObject* parent, QString* error)
{
    AuthEndpoints endpoints;
    if (!account.endpoints(&endpoints, error)) {
        return nullptr;
    }
    switch (account.mode) {
    case Account::Mode::DeviceCode:
    case Account::Mode::Browser:
        return new RefreshingTokenProvider(
            client, endpoints, account.clientId, endpoints.delegatedScopes(account.photoScope, account.writeScope),
            store, account.secretKey(TokenStore::refreshTokenKind()), account.name, clock, parent);
    case Account::Mode::ClientSecret: {
        auto* provider = new ClientCredentialsProvider(client, endpoints, account.clientId, clock, parent);
        provider->setSecretFromStore(store, account.secretKey(TokenStore::clientSecretKind()));
        return provider;
    }
    case Account::Mode::Certificate: {
        auto* provider = new ClientCredentialsProvider(client, endpoints, account.clientId, clock, parent);
        provider->setCertificateFromStore(account.certificatePath, store,
                                          account.secretKey(TokenStore::certificatePasswordKind()));
        if (account.rs256) {
            provider->setAlgorithm(CertificateCredential::Algorithm::RS256);
        }
        return provider;
    }
    }
    *error = QCoreApplication::translate("Portrait::AccountTokenProviders", "unknown sign-in mode");
    return nullptr;
}

} // namespace Portrait
