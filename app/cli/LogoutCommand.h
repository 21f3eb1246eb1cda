#pragma once

#include "CliContext.h"
#include "auth/Account.h"

namespace Portrait {

class TokenStore;

/// `logout NAME`: deletes the account's keychain entries, then its settings.
class LogoutCommand : public CliCommand
{
    Q_OBJECT

public:
    explicit LogoutCommand(CliContext& context, QObject* parent = nullptr);

    QString name() const override { return QStringLiteral("logout"); }
    QString synopsis() const override { return QStringLiteral("logout NAME"); }
    bool needsSession() const override { return false; }
    int validate(const QStringList& arguments) override;
    void run() override;

private:
    Account m_account;
    TokenStore* m_store = nullptr;
};

} // namespace Portrait
