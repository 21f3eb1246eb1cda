#include "LogoutCommand.h"

#include "auth/AccountStore.h"
#include "auth/KeychainTokenStore.h"

namespace Portrait {

LogoutCommand::LogoutCommand(CliContext& context, QObject* parent)
    : CliCommand(context, parent)
{ }

int LogoutCommand::validate(const QStringList& arguments)
{
    if (arguments.size() != 1) {
        context().usageError(tr("'logout' takes one account name"));
        return ExitUsage;
    }
    const std::optional<Account> account = AccountStore().find(arguments.first());
    if (!account) {
        context().usageError(tr("no account named '%1'").arg(arguments.first()));
        return ExitUsage;
    }
    m_account = *account;
    return -1;
}

void LogoutCommand::run()
{
    m_store = new KeychainTokenStore(QStringLiteral("portrait"), this);
    // Every kind, whatever the mode: nothing of the account stays behind.
    removeNext({TokenStore::refreshTokenKind(), TokenStore::clientSecretKind(), TokenStore::certificatePasswordKind()});
}

void LogoutCommand::removeNext(QStringList kinds)
{
    if (kinds.isEmpty()) {
        AccountStore().remove(m_account.name);
        context().info(tr("Signed out of '%1'.").arg(m_account.name));
        context().finish(ExitOk);
        return;
    }
    const QString kind = kinds.takeFirst();
    m_store->remove(m_account.secretKey(kind), this, [this, kinds](const TokenStoreResult& result) {
        if (!result.ok()) {
            // The settings stay so that logout can be tried again once the keychain is reachable.
            context().warn(tr("Cannot delete the keychain entries of '%1': %2").arg(m_account.name, result.error));
            context().finish(ExitAuth);
            return;
        }
        removeNext(kinds);
    });
}

} // namespace Portrait
