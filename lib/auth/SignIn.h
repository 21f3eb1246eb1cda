#pragma once

#include "auth/Account.h"
#include "auth/BrowserFlow.h"
#include "auth/DeviceCodeFlow.h"
#include "auth/TokenGrant.h"

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
 * there is none). Nothing is saved when any step fails. finished() is emitted exactly once, never from within
 * start(); account() (with userName and the working assertion form) and errorString() are valid after it.
 */
class SignIn : public QObject
{
    Q_OBJECT

public:
    /// Why a sign-in failed.
    enum class Failure
    {
        None,
        Credentials, ///< the certificate could not be read (a usage problem, before any network)
        Service, ///< the identity platform refused, or the user declined, cancelled or walked away
        Keychain, ///< signed in, but the TokenStore could not keep the secret
    };

    /// @p secret is the client secret (ClientSecret) or the certificate password (Certificate), else unused.
    SignIn(const Account& account, const QString& secret, OAuthClient* client, TokenStore* store, Clock* clock,
           QObject* parent = nullptr);
    ~SignIn() override;

    /// Replaces SystemBrowser::open for the browser mode (tests use a fake browser).
    void setUrlOpener(BrowserFlow::UrlOpener opener) { m_opener = std::move(opener); }
    /// How long the browser mode waits; default BrowserFlow's (5 minutes).
    void setBrowserTimeoutMs(qint64 ms) { m_browserTimeoutMs = ms; }

    void start();
    /// Stops waiting; finishes with errorCode() `cancelled` unless already finished.
    void cancel();

    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && m_failure == Failure::None; }
    /// The account as saved (userName, rs256 filled in).
    Account account() const { return m_account; }
    /// The tokens the sign-in received (the refresh token cleared): a session opened right after it starts with
    /// them instead of redeeming the stored refresh token again.
    TokenGrant grant() const { return m_grant; }
    Failure failure() const { return m_failure; }
    /// The OAuth error (`authorization_declined`, `expired_token`, `cancelled`, ...), or empty.
    QString errorCode() const { return m_errorCode; }
    /// A message for people, or empty on success.
    QString errorString() const { return m_errorString; }

signals:
    /// Device code mode: the code to show and where to enter it.
    void deviceCodeReady(const Portrait::DeviceCodeInfo& info);
    /// Browser mode: the browser is being opened on @p url.
    void authorizeUrlReady(const QUrl& url);
    /// Browser mode: whether a browser could be started on @p url (else the user must open it by hand).
    void browserStarted(const QUrl& url, bool started);
    /// Emitted exactly once.
    void finished();

private:
    void startDeviceCode();
    void startBrowser();
    void startAppOnly();
    void signedIn(const TokenGrant& grant, const QString& secretKind, const QString& secret);
    void save();
    void fail(Failure failure, const QString& code, const QString& message);

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
    bool m_started = false;
    bool m_finished = false;
    Failure m_failure = Failure::None;
    QString m_errorCode;
    QString m_errorString;
};

} // namespace Portrait
