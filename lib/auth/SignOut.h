#pragma once

#include "auth/Account.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace Portrait {

class TokenStore;

/**
 * @brief Signs an account out: deletes every kind of secret it may have in the TokenStore (whatever its mode,
 * so nothing stays behind), then its settings from AccountStore. If the keychain cannot delete an entry, the
 * settings stay so that signing out can be tried again. Shared by `portrait-cli logout` and the GUI.
 * finished() is emitted exactly once, never from within start().
 */
class SignOut : public QObject
{
    Q_OBJECT

public:
    SignOut(const Account& account, TokenStore* store, QObject* parent = nullptr);
    ~SignOut() override;

    void start();

    Account account() const { return m_account; }
    bool succeeded() const { return m_finished && m_errorString.isEmpty(); }
    /// The keychain's complaint, or empty.
    QString errorString() const { return m_errorString; }

signals:
    void finished();

private:
    void removeNext(QStringList kinds);

    Account m_account;
    TokenStore* m_store;
    bool m_finished = false;
    QString m_errorString;
};

} // namespace Portrait
