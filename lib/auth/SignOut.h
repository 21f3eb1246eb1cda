#pragma once

#include "auth/Account.h"
#include "base/Task.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace Portrait {

class TokenStore;

/**
 * @brief Signs an account out: deletes every kind of secret it may have in the TokenStore (whatever its mode,
 * so nothing stays behind), then its settings from AccountStore. If the keychain cannot delete an entry, the
 * settings stay so that signing out can be tried again. Shared by `portrait-cli logout` and the GUI.
 * finished() once (Task); error() (kind Keychain) says why an entry could not be deleted.
 */
class SignOut : public Task
{
    Q_OBJECT

public:
    SignOut(const Account& account, TokenStore* store, QObject* parent = nullptr);
    ~SignOut() override;

    Account account() const { return m_account; }
    bool succeeded() const { return isFinished() && !hasError(); }

protected:
    void run() override;

private:
    void removeNext(QStringList kinds);

    Account m_account;
    TokenStore* m_store;
};

} // namespace Portrait
