#pragma once

#include "auth/Account.h"

#include <QList>
#include <QSettings>

#include <memory>
#include <optional>

namespace Portrait {

/**
 * @brief The accounts' non-secret settings in QSettings (organisation `Portrait`, file `accounts`), shared by
 * the GUI and the CLI. Never holds a token, secret or password: those are in the TokenStore.
 */
class AccountStore
{
public:
    /// Uses @p settings when given (tests), else the shared user settings file.
    explicit AccountStore(std::unique_ptr<QSettings> settings = nullptr);
    ~AccountStore();

    QList<Account> accounts() const;
    std::optional<Account> find(const QString& name) const;
    /// Adds or replaces the account of that name.
    void save(const Account& account);
    void remove(const QString& name);
    /// The account the GUI opens with (last used); empty for none.
    QString current() const;
    void setCurrent(const QString& name);
    /// The settings file, for tests that check what is (not) in it.
    QString fileName() const { return m_settings->fileName(); }

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Portrait
