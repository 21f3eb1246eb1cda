#pragma once

#include <QObject>

class QAction;
class QMenu;
class QToolBar;

namespace Portrait {

class AccountMenu;
class FilterSortMenus;
class MainWindow;
class SearchBox;

/**
 * @brief The main window's actions, and the one place its menu bar and toolbar are built.
 *
 * Menu bar: File (demo tenant, Save photo as…, Export…, Import photos…, Recent journals (ImportController),
 * Replace photo…, Remove photo… (PhotoChangeActions), Quit), Edit (Copy, the detail pane's copy actions,
 * Preferences…), View (Refresh, Grid of faces, Find…, Audit…, Filter, Sort), Account (AccountMenu), Help (About).
 * Toolbar: Refresh, Save, Export, Grid, the SearchBox, Filter and Sort (FilterSortMenus), and the account button at
 * the far end. Every menu and action has a mnemonic; the actions call MainWindow's slots. A new action is created in
 * the constructor and placed in buildMenuBar() and, if it belongs there too, in buildToolBar().
 */
class MainMenus : public QObject
{
    Q_OBJECT

public:
    /// Creates the actions and builds @p window's menu bar and toolbar; the window's detail pane, filter model
    /// and account controller must exist.
    explicit MainMenus(MainWindow* window);
    ~MainMenus() override;

    QAction* refreshAction() const { return m_refresh; }
    QAction* saveAction() const { return m_save; }
    QAction* gridAction() const { return m_grid; }
    SearchBox* searchBox() const { return m_search; }
    AccountMenu* accountMenu() const { return m_accountMenu; }

    /// Enables what needs an open directory (export, grid, search, filter, sort...) only while one is open.
    void setDirectoryOpen(bool open);

private:
    void createActions();
    void buildMenuBar();
    void buildToolBar();

    MainWindow* m_window;
    QAction* m_openDemo = nullptr;
    QAction* m_refresh = nullptr;
    QAction* m_save = nullptr;
    QAction* m_export = nullptr;
    QAction* m_grid = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_about = nullptr;
    QAction* m_copy = nullptr;
    QAction* m_settings = nullptr;
    QAction* m_find = nullptr;
    QAction* m_audit = nullptr;
    SearchBox* m_search = nullptr;
    FilterSortMenus* m_filterSort = nullptr;
    AccountMenu* m_accountMenu = nullptr;
};

} // namespace Portrait
