#include "LogoutCommand.h"

#include "auth/AccountStore.h"
#include "auth/KeychainTokenStore.h"
#include "auth/SignOut.h"

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
    auto* signOut = new SignOut(m_account, m_store, this);
    connect(signOut, &SignOut::finished, this, [this, signOut]() {
        if (!signOut->succeeded()) {
            // The settings stay so that logout can be tried again once the keychain is reachable.
            context().warn(tr("Cannot delete the keychain entries of '%1': %2")
                               .arg(m_account.name, signOut->error().displayMessage()));
            context().finish(ExitAuth);
            return;
        }
        context().info(tr("Signed out of '%1'.").arg(m_account.name));
        context().finish(ExitOk);
    });
    signOut->start();
}

} // namespace Portrait
