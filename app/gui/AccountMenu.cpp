#include "AccountMenu.h"

#include "AccountController.h"

#include <QActionGroup>
#include <QToolButton>

namespace Portrait {

AccountMenu::AccountMenu(AccountController* accounts, QWidget* parent)
    : QMenu(tr("&Account"), parent)
    , m_accounts(accounts)
{
    setObjectName(QStringLiteral("accountMenu"));
    connect(this, &QMenu::aboutToShow, this, &AccountMenu::rebuild);
    connect(m_accounts, &AccountController::sessionChanged, this, &AccountMenu::updateButton);
}

void AccountMenu::rebuild()
{
    const QString current = m_accounts->currentAccount();
    // Only ever called before the menu shows, so no action being triggered is deleted here.
    qDeleteAll(findChildren<QActionGroup*>(Qt::FindDirectChildrenOnly));
    clear();
    auto* group = new QActionGroup(this);

    QAction* demoAction = addAction(QIcon(QStringLiteral(":/portrait/icons/users.svg")), tr("Demo tenant"), this,
                                    &AccountMenu::demoRequested);
    demoAction->setObjectName(QStringLiteral("demoAccountAction"));
    demoAction->setCheckable(true);
    demoAction->setChecked(m_accounts->isDemo());
    group->addAction(demoAction);

    const QList<Account> accounts = m_accounts->accounts();
    if (!accounts.isEmpty()) {
        addSection(tr("Accounts"));
    }
    for (const Account& account : accounts) {
        const QString text = account.userName.isEmpty()
            ? tr("%1 (%2)").arg(account.name, account.tenant)
            : tr("%1 (%2, %3)").arg(account.name, account.userName, account.tenant);
        const QString name = account.name;
        QAction* action = addAction(text, this, [this, name]() { emit accountRequested(name); });
        action->setObjectName(QStringLiteral("accountAction:") + name);
        action->setCheckable(true);
        action->setChecked(name == current);
        group->addAction(action);
    }
    addSeparator();
    QAction* signInAction = addAction(tr("Sign &in…"), this, &AccountMenu::signInRequested);
    signInAction->setObjectName(QStringLiteral("signInAction"));
    QAction* signOutAction = addAction(current.isEmpty() ? tr("Sign &out") : tr("Sign &out of %1").arg(current), this,
                                       &AccountMenu::signOutRequested);
    signOutAction->setObjectName(QStringLiteral("signOutAction"));
    signOutAction->setEnabled(!current.isEmpty());

    updateButton();
}

QToolButton* AccountMenu::createButton(QWidget* parent)
{
    m_button = new QToolButton(parent);
    m_button->setObjectName(QStringLiteral("accountButton"));
    m_button->setAccessibleName(tr("Account"));
    m_button->setToolTip(tr("Switch account, sign in or sign out"));
    m_button->setIcon(
        QIcon::fromTheme(QStringLiteral("system-users"), QIcon(QStringLiteral(":/portrait/icons/user.svg"))));
    m_button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_button->setPopupMode(QToolButton::InstantPopup);
    m_button->setMenu(this);
    updateButton();
    return m_button;
}

void AccountMenu::updateButton()
{
    if (!m_button) {
        return;
    }
    const QString current = m_accounts->currentAccount();
    m_button->setText(m_accounts->isDemo() ? tr("Demo tenant") : current.isEmpty() ? tr("Not signed in") : current);
}

} // namespace Portrait
