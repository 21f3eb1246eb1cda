#include "SignOut.h"

#include "auth/AccountStore.h"
#include "auth/TokenStore.h"

namespace Portrait {

SignOut::SignOut(const Account& account, TokenStore* store, QObject* parent)
    : QObject(parent)
    , m_account(account)
    , m_store(store)
{ }

SignOut::~SignOut() = default;

void SignOut::start()
{
    removeNext({TokenStore::refreshTokenKind(), TokenStore::clientSecretKind(), TokenStore::certificatePasswordKind()});
}

void SignOut::removeNext(QStringList kinds)
{
    if (kinds.isEmpty()) {
        // Only reached through a TokenStore callback, so never from within start().
        AccountStore().remove(m_account.name);
        m_finished = true;
        emit finished();
        return;
    }
    const QString kind = kinds.takeFirst();
    m_store->remove(m_account.secretKey(kind), this, [this, kinds](const TokenStoreResult& result) {
        if (!result.ok()) {
            m_errorString = result.error.isEmpty() ? tr("the keychain refused") : result.error;
            m_finished = true;
            emit finished();
            return;
        }
        removeNext(kinds);
    });
}

} // namespace Portrait
