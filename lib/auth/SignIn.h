#pragma once

#include "auth/Account.h"
#include "auth/BrowserFlow.h"
#include "auth/DeviceCodeFlow.h"
#include "auth/TokenGrant.h"
#include "base/Task.h"

#include <QObject>
#include <QString>
#include <QUrl>

namespace Portrait {

class Clock;
class OAuthClient;
class TokenStore;
struct TokenGrant;

/**
 * @brief One interactive sign-in from start to saved account, without widgets: shared by `portrait-cli login`
 * and the GUI's SignInDialog.
 *
 * start() runs the Account's mode (DeviceCodeFlow, BrowserFlow, or a first client-credentials token that
 * proves the secret or certificate), keeps the secret (refresh token, client secret, certificate password) in
 * the TokenStore, and only then saves the account's settings in AccountStore (made the current account when
 * there is none). Nothing is saved when any step fails. finished() once (Task); account() (with userName and the
 * working assertion form) and error() are valid after it. error()'s kind says why a sign-in failed: Usage (the
 * account or its certificate cannot be used, before any network), Auth (the identity platform refused, or the user
 * declined or walked away: `code` is the OAuth error), Network, Timeout, Cancelled (abort()), or Keychain (signed
 * in, but the TokenStore could not keep the secret).
 */
class SignIn : public Task
{
    Q_OBJECT

public:
    /// @p secret is the client secret (ClientSecret) or the certificate password (Certificate), else unused.
    SignIn(const Account& account, const QString& secret, OAuthClient* client, TokenStore* store, Clock* clock,
           QObject* parent = nullptr);
    ~SignIn() override;

    /// Replaces SystemBrowser::open for the browser mode (tests use a fake browser).
    void setUrlOpener(BrowserFlow::UrlOpener opener) { m_opener = std::move(opener); }
    /// How long the browser mode waits; default BrowserFlow's (5 minutes).
    void setBrowserTimeoutMs(qint64 ms) { m_browserTimeoutMs = ms; }

    bool succeeded() const { return isFinished() && !hasError(); }
    /// The account as saved (userName, rs256 filled in).
    Account account() const { return m_account; }
    /// The tokens the sign-in received (the refresh token cleared): a session opened right after it starts with
    /// them instead of redeeming the stored refresh token again.
    TokenGrant grant() const { return m_grant; }

signals:
    /// Device code mode: the code to show and where to enter it.
    void deviceCodeReady(const Portrait::DeviceCodeInfo& info);
    /// Browser mode: the browser is being opened on @p url.
    void authorizeUrlReady(const QUrl& url);
    /// Browser mode: whether a browser could be started on @p url (else the user must open it by hand).
    void browserStarted(const QUrl& url, bool started);

protected:
    void run() override;
    /// Stops waiting: the flow under way is aborted (its end comes back as this one's), else finishes `cancelled`.
    void stop() override;

private:
    void startDeviceCode();
    void startBrowser();
    void startAppOnly();
    void signedIn(const TokenGrant& grant, const QString& secretKind, const QString& secret);
    void save();

    Account m_account;
    TokenGrant m_grant;
    QString m_secret;
    OAuthClient* m_client;
    TokenStore* m_store;
    Clock* m_clock;
    BrowserFlow::UrlOpener m_opener;
    qint64 m_browserTimeoutMs = 0;
    DeviceCodeFlow* m_deviceFlow = nullptr;
    BrowserFlow* m_browserFlow = nullptr;
};

} // namespace Portrait
