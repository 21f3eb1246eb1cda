#pragma once

#include "CliContext.h"
#include "auth/Account.h"

class QNetworkAccessManager;

namespace Portrait {

class OAuthClient;
class TokenStore;

/**
 * @brief `login [--device-code | --browser | --client-secret-env VAR | --certificate FILE
 * [--certificate-password-env VAR]] --tenant T [--client-id ID] [--name NAME]`: signs in, keeps the secret in
 * the OS keychain and the account's settings in QSettings. The device code and URL go to stderr.
 */
class LoginCommand : public CliCommand
{
    Q_OBJECT

public:
    explicit LoginCommand(CliContext& context, QObject* parent = nullptr);
    ~LoginCommand() override;

    QString name() const override { return QStringLiteral("login"); }
    QString synopsis() const override;
    QList<QCommandLineOption> options() const override;
    bool needsSession() const override { return false; }
    int validate(const QStringList& arguments) override;
    void run() override;

    /// Microsoft Graph Command Line Tools' public client (docs/GRAPH.md#public-client-ids), used only with
    /// --use-graph-cli-client.
    static QString graphCliClientId() { return Account::graphCommandLineToolsClientId(); }

private:
    Account m_account;
    QString m_secret; ///< client secret or certificate password, from the environment
    QNetworkAccessManager* m_network = nullptr;
    OAuthClient* m_oauth = nullptr;
    TokenStore* m_store = nullptr;
};

} // namespace Portrait
