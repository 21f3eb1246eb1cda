#include "AccountsCommand.h"

#include "auth/AccountStore.h"

namespace Portrait {

AccountsCommand::AccountsCommand(CliContext& context, QObject* parent)
    : CliCommand(context, parent)
{ }

int AccountsCommand::validate(const QStringList& arguments)
{
    if (!arguments.isEmpty()) {
        context().usageError(tr("'accounts' takes no arguments"));
        return ExitUsage;
    }
    return -1;
}

void AccountsCommand::run()
{
    const AccountStore store;
    const QList<Account> accounts = store.accounts();
    for (const Account& a : accounts) {
        if (context().json()) {
            context().printRecord({{QStringLiteral("name"), a.name},
                                   {QStringLiteral("cloud"), cloudName(a.cloud)},
                                   {QStringLiteral("tenant"), a.tenant},
                                   {QStringLiteral("clientId"), a.clientId},
                                   {QStringLiteral("mode"), Account::modeName(a.mode)},
                                   {QStringLiteral("user"), a.userName},
                                   {QStringLiteral("current"), a.name == store.current()}});
        } else {
            context().printFields({a.name, cloudName(a.cloud), a.tenant, Account::modeName(a.mode), a.userName});
        }
    }
    context().info(tr("%n accounts.", nullptr, int(accounts.size())));
    context().finish(ExitOk);
}

} // namespace Portrait
