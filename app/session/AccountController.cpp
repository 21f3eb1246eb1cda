#include "AccountController.h"

#include "auth/AccountStore.h"
#include "auth/KeychainTokenStore.h"
#include "auth/SignOut.h"

namespace Portrait {

AccountController::AccountController(QObject* parent)
    : QObject(parent)
{ }

AccountController::~AccountController() = default;

TokenStore* AccountController::tokenStore()
{
    if (!m_tokenStore) {
        m_tokenStore = new KeychainTokenStore(QStringLiteral("portrait"), this);
    }
    return m_tokenStore;
}

QList<Account> AccountController::accounts() const
{
    return AccountStore().accounts();
}

QString AccountController::currentAccount() const
{
    return m_session ? m_session->accountName() : QString();
}

bool AccountController::isDemo() const
{
    return m_session && m_session->isDemo();
}

void AccountController::setSession(std::unique_ptr<Session> session)
{
    if (m_session) {
        emit sessionClosing();
        m_session.reset();
    }
    m_session = std::move(session);
    emit sessionChanged(m_session.get());
}

bool AccountController::openDemo(ConnectionOptions options)
{
    options.demo = true;
    QString error;
    std::unique_ptr<Session> session = open(options, &error);
    if (!session) {
        emit openFailed(tr("Could not open the demo tenant: %1").arg(error));
        return false;
    }
    setSession(std::move(session));
    return true;
}

bool AccountController::openAccount(const QString& name, const TokenGrant& grant, ConnectionOptions options)
{
    options.account = name;
    options.initialGrant = grant;
    options.tokenStore = tokenStore();
    QString error;
    std::unique_ptr<Session> session = open(options, &error);
    if (!session) {
        emit openFailed(tr("Could not open the account %1: %2").arg(name, error));
        return false;
    }
    AccountStore().setCurrent(name);
    setSession(std::move(session));
    return true;
}

std::unique_ptr<Session> AccountController::open(const ConnectionOptions& options, QString* error)
{
    Session::Failure failure = Session::Failure::None;
    return Session::open(options, &failure, error);
}

QString AccountController::lastAccount() const
{
    const AccountStore accounts;
    const QString name = accounts.current();
    // Signed out meanwhile (e.g. `portrait-cli logout`): nothing to reopen, and nothing to complain about.
    return !name.isEmpty() && accounts.find(name) ? name : QString();
}

bool AccountController::signOut()
{
    const QString name = currentAccount();
    const std::optional<Account> account = name.isEmpty() ? std::nullopt : AccountStore().find(name);
    if (!account) {
        return false;
    }
    // Closed first: nothing may use the account's tokens while its secrets are deleted.
    setSession(nullptr);
    auto* signOut = new SignOut(*account, tokenStore(), this);
    connect(signOut, &SignOut::finished, this, [this, signOut]() {
        signOut->deleteLater();
        if (signOut->succeeded()) {
            emit signedOut(signOut->account().name);
        } else {
            emit signOutFailed(signOut->account().name,
                               tr("Cannot delete the keychain entries of %1: %2")
                                   .arg(signOut->account().name, signOut->error().displayMessage()),
                               signOut->error());
        }
    });
    signOut->start();
    return true;
}

} // namespace Portrait
