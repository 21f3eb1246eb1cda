#pragma once

#include "auth/Account.h"

namespace Portrait {

class CachingTokenProvider;
class Clock;
class OAuthClient;
class TokenStore;

/**
 * @brief Builds the TokenProvider of a saved Account: RefreshingTokenProvider for delegated accounts,
 * ClientCredentialsProvider (secret or certificate from the TokenStore) for app-only ones.
 */
class AccountTokenProviders
{
public:
    /// Null with @p error when the account's settings are unusable.
    static CachingTokenProvider* create(const Account& account, OAuthClient* client, TokenStore* store, Clock* clock,
                                        QObject* parent, QString* error);
};

} // namespace Portrait
