#include "AccountStore.h"

namespace Portrait {

AccountStore::AccountStore(std::unique_ptr<QSettings> settings)
    : m_settings(settings ? std::move(settings)
                          : std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                                        QStringLiteral("Portrait"), QStringLiteral("accounts")))
{ }

AccountStore::~AccountStore() = default;

QList<Account> AccountStore::accounts() const
{
    QList<Account> list;
    m_settings->beginGroup(QStringLiteral("accounts"));
    const QStringList names = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString& name : names) {
        if (const std::optional<Account> account = find(name)) {
            list.append(*account);
        }
    }
    return list;
}

std::optional<Account> AccountStore::find(const QString& name) const
{
    if (!Account::isValidName(name)) {
        return std::nullopt;
    }
    m_settings->beginGroup(QStringLiteral("accounts/") + name);
    const bool exists = m_settings->contains(QStringLiteral("tenant"));
    Account account;
    account.name = name;
    cloudFromName(m_settings->value(QStringLiteral("cloud"), QStringLiteral("global")).toString(), &account.cloud);
    account.tenant = m_settings->value(QStringLiteral("tenant")).toString();
    account.clientId = m_settings->value(QStringLiteral("clientId")).toString();
    const bool knownMode = Account::modeFromName(m_settings->value(QStringLiteral("mode")).toString(), &account.mode);
    account.certificatePath = m_settings->value(QStringLiteral("certificate")).toString();
    account.rs256 = m_settings->value(QStringLiteral("rs256"), false).toBool();
    account.photoScope = m_settings->value(QStringLiteral("photoScope"), false).toBool();
    account.writeScope = m_settings->value(QStringLiteral("writeScope"), false).toBool();
    account.loginUrl = m_settings->value(QStringLiteral("loginUrl")).toString();
    account.graphUrl = m_settings->value(QStringLiteral("graphUrl")).toString();
    account.userName = m_settings->value(QStringLiteral("user")).toString();
    m_settings->endGroup();
    if (!exists || !knownMode) {
        return std::nullopt;
    }
    return account;
}

void AccountStore::save(const Account& account)
{
    m_settings->remove(QStringLiteral("accounts/") + account.name);
    m_settings->beginGroup(QStringLiteral("accounts/") + account.name);
    m_settings->setValue(QStringLiteral("cloud"), cloudName(account.cloud));
    m_settings->setValue(QStringLiteral("tenant"), account.tenant);
    m_settings->setValue(QStringLiteral("clientId"), account.clientId);
    m_settings->setValue(QStringLiteral("mode"), Account::modeName(account.mode));
    if (account.mode == Account::Mode::Certificate) {
        m_settings->setValue(QStringLiteral("certificate"), account.certificatePath);
        m_settings->setValue(QStringLiteral("rs256"), account.rs256);
    }
    m_settings->setValue(QStringLiteral("photoScope"), account.photoScope);
    m_settings->setValue(QStringLiteral("writeScope"), account.writeScope);
    if (!account.loginUrl.isEmpty()) {
        m_settings->setValue(QStringLiteral("loginUrl"), account.loginUrl);
    }
    if (!account.graphUrl.isEmpty()) {
        m_settings->setValue(QStringLiteral("graphUrl"), account.graphUrl);
    }
    if (!account.userName.isEmpty()) {
        m_settings->setValue(QStringLiteral("user"), account.userName);
    }
    m_settings->endGroup();
    m_settings->sync();
}

void AccountStore::remove(const QString& name)
{
    m_settings->remove(QStringLiteral("accounts/") + name);
    if (current() == name) {
        m_settings->remove(QStringLiteral("current"));
    }
    m_settings->sync();
}

QString AccountStore::current() const
{
    return m_settings->value(QStringLiteral("current")).toString();
}

void AccountStore::setCurrent(const QString& name)
{
    m_settings->setValue(QStringLiteral("current"), name);
    m_settings->sync();
}

} // namespace Portrait
