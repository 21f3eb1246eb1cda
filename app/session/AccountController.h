#pragma once

#include "Session.h"
#include "auth/Account.h"
#include "auth/TokenGrant.h"
#include "base/GraphError.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace Portrait {

class TokenStore;

/**
 * @brief The desktop program's accounts and its one open connection: opening the demo tenant or a saved account,
 * switching between them, the account opened last, and signing out. No widget: the main window shows what it
 * says, and a test drives it alone.
 *
 * It owns the current Session. Replacing it emits sessionClosing() while the old one still exists (so views let
 * go of its models first), then sessionChanged() with the new one (or null). Accounts are the AccountStore's
 * (settings) and the TokenStore's (secrets; the OS keychain unless one is set), the same as `portrait-cli`'s.
 */
class AccountController : public QObject
{
    Q_OBJECT

public:
    explicit AccountController(QObject* parent = nullptr);
    ~AccountController() override;

    /// Where accounts' secrets are kept; default (null): the OS keychain. Not owned (tests: a MemoryTokenStore).
    void setTokenStore(TokenStore* store) { m_tokenStore = store; }
    TokenStore* tokenStore();

    /// The saved accounts, read afresh each time (portrait-cli may have added or removed one meanwhile).
    QList<Account> accounts() const;
    /// The open session, or null.
    Session* session() const { return m_session.get(); }
    /// The account of the open session, or empty (none, the demo tenant or a bare token).
    QString currentAccount() const;
    bool isDemo() const;

    /// Replaces the open session by @p session (null: closes it). Emits sessionClosing() and sessionChanged().
    void setSession(std::unique_ptr<Session> session);
    /**
     * @brief Starts the demo tenant in-process and opens it. @p options carry what every connection shares
     * (concurrency, ...). On failure the open session stays, openFailed() says why, and false is returned.
     */
    bool openDemo(ConnectionOptions options = {});
    /**
     * @brief Opens the saved account @p name and remembers it as the one to open next time. @p grant: tokens a
     * sign-in just received, used before the stored refresh token is redeemed. On failure the open session
     * stays, openFailed() says why, and false is returned.
     */
    bool openAccount(const QString& name, const TokenGrant& grant = {}, ConnectionOptions options = {});
    /// The account opened last (kept in the AccountStore), if it still exists; else empty.
    QString lastAccount() const;

    /**
     * @brief Signs out of the open account: closes its session first (nothing may use its tokens while its
     * secrets are deleted), then deletes its keychain entries and settings. Ends with signedOut() or
     * signOutFailed(), never from within this call. False (and nothing happens) when no account is open.
     */
    bool signOut();

signals:
    /// The open session is about to be destroyed: let go of everything that uses it.
    void sessionClosing();
    /// @p session (or null) is now the open session.
    void sessionChanged(Portrait::Session* session);
    /// A session could not be opened; @p message says which and why, for people.
    void openFailed(const QString& message);
    void signedOut(const QString& account);
    /**
     * @brief The account's keychain entries could not be deleted; its settings stay, so signing out can be retried.
     * @p message says so for people; @p error is the keychain's own error (kind Keychain), as SignOut reported it.
     */
    void signOutFailed(const QString& account, const QString& message, const Portrait::GraphError& error);

private:
    static std::unique_ptr<Session> open(const ConnectionOptions& options, QString* error);

    std::unique_ptr<Session> m_session;
    TokenStore* m_tokenStore = nullptr;
};

} // namespace Portrait
