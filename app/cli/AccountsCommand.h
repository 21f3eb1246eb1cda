#pragma once

#include "CliContext.h"

namespace Portrait {

/// `accounts`: the signed-in accounts (no secrets), one per line or one JSON record each with --json.
class AccountsCommand : public CliCommand
{
    Q_OBJECT

public:
    explicit AccountsCommand(CliContext& context, QObject* parent = nullptr);

    QString name() const override { return QStringLiteral("accounts"); }
    QString synopsis() const override { return QStringLiteral("accounts"); }
    bool needsSession() const override { return false; }
    int validate(const QStringList& arguments) override;
    void run() override;
};

} // namespace Portrait
