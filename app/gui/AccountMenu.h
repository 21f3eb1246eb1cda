#pragma once

#include <QMenu>

class QToolButton;

namespace Portrait {

class AccountController;

/**
 * @brief The Account menu: the demo tenant and the saved accounts (the open one checked), Sign in… and Sign out.
 * It lists the accounts afresh each time it opens (portrait-cli may have added one meanwhile) and asks for what
 * is chosen through its signals; AccountController does the work. createButton() makes the toolbar's account
 * switcher, which names the open account and pops this menu up.
 */
class AccountMenu : public QMenu
{
    Q_OBJECT

public:
    /// @p accounts is not owned.
    AccountMenu(AccountController* accounts, QWidget* parent = nullptr);

    /// A toolbar button showing the open account ("Demo tenant", "Not signed in") that pops this menu up.
    QToolButton* createButton(QWidget* parent);

signals:
    void demoRequested();
    void accountRequested(const QString& name);
    void signInRequested();
    void signOutRequested();

private:
    void rebuild();
    void updateButton();

    AccountController* m_accounts;
    QToolButton* m_button = nullptr;
};

} // namespace Portrait
