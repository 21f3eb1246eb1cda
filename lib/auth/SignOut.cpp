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
            finish(result.error.isEmpty()
                       ? GraphError::make(GraphError::Kind::Keychain,
                                          trMessage(staticMetaObject.className(), QT_TR_NOOP("the keychain refused")),
                                          QStringLiteral("keychain"))
                       : GraphError::make(GraphError::Kind::Keychain, result.error, QStringLiteral("keychain")));
            return;
        }
        removeNext(kinds);
    });
}

} // namespace Portrait
