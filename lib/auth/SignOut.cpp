#include "SignOut.h"

#include "auth/AccountStore.h"
#include "auth/TokenStore.h"

namespace Portrait {

SignOut::SignOut(const Account& account, TokenStore* store, QObject* parent)
    : Task(parent)
    , m_account(account)
    , m_store(store)
{ }

SignOut::~SignOut() = default;

void SignOut::run()
{
    removeNext({TokenStore::refreshTokenKind(), TokenStore::clientSecretKind(), TokenStore::certificatePasswordKind()});
}

void SignOut::removeNext(QStringList kinds)
{
    if (kinds.isEmpty()) {
        AccountStore().remove(m_account.name);
        finish();
        return;
    }
    const QString kind = kinds.takeFirst();
    m_store->remove(m_account.secretKey(kind), this, [this, kinds](const TokenStoreResult& result) {
        if (!result.ok()) {
            finish(result.error); // the keychain's own error: kind Keychain
            return;
        }
        removeNext(kinds);
    });
}

} // namespace Portrait
