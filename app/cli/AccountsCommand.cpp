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
            std::fprintf(stdout, "%s\t%s\t%s\t%s\t%s\n", qUtf8Printable(a.name), qUtf8Printable(cloudName(a.cloud)),
                         qUtf8Printable(a.tenant), qUtf8Printable(Account::modeName(a.mode)),
                         qUtf8Printable(a.userName));
        }
    }
    context().info(tr("%n accounts.", nullptr, int(accounts.size())));
    context().finish(ExitOk);
}

} // namespace Portrait
