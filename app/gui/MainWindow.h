#pragma once

#include "auth/TokenGrant.h"

#include <QMainWindow>

#include <memory>

class QLineEdit;
class QMenu;
class QStackedWidget;
class QTreeView;

namespace Portrait {

class AccountController;
class AuditView;
class AuditWindow;
class BrowseView;
class DetailPane;
class DirectoryFilterModel;
class DirectoryModel;
class FaceGridView;
class ImportController;
class MainMenus;
class MainStatusBar;
class PhotoChangeActions;
class SelectionKeeper;
class Session;
class SettingsDialog;
class SignInDialog;
class ThumbnailLoader;
class TokenStore;
class WelcomePage;

/**
 * @brief The main window: the directory tree on the left, the DetailPane on the right, and a status bar that
 * says what is loading and what failed.
 *
 * Without a session it shows the WelcomePage ("Open the demo tenant", "Sign in…"). The Account menu (also on
 * the toolbar) switches between the demo tenant and the saved accounts, signs in and signs out. Actions: Refresh (F5),
 * Save photo as… (Ctrl+S), Export… (Ctrl+E), Copy (Ctrl+C), Preferences… (Ctrl+,), Audit (Ctrl+U), Quit (Ctrl+Q);
 * every menu and action has a mnemonic. What the toolbar's and the detail pane's buttons pop up is in the menu bar
 * too: View ▸ Filter and Sort, Edit ▸ Copy image, id, UPN and mail. Until a directory is open (the welcome page)
 * Refresh, Export, the grid, Find, Copy, the search field, Filter and Sort are disabled.
 * A context menu on the tree retries a failed list or loads its next page.
 * The window's geometry, toolbar/dock state and splitter sizes are kept in QSettings (`window/…`); without them
 * the window fits the screen (ScreenFit).
 * Its parts, one concern each: the menu bar and toolbar are built in MainMenus; the status bar is MainStatusBar;
 * accounts and the open session are AccountController's (app/session); the thumbnails' disk cache is CacheFolder's
 * (lib/cache). The window wires the tree, the grid and the detail pane to the session.
 * Errors from the model and the pane are shown in the status bar (and on the failed node); none is dropped.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Shows the directory of @p session (owned from now on), replacing any earlier session.
    void openSession(std::unique_ptr<Session> session);
    /// Starts the demo tenant in-process and opens it; on failure shows why and returns false.
    bool openDemo();
    /// Opens the saved account @p name (Session with `--account` semantics); on failure shows why and returns false.
    /// @p grant: tokens a sign-in just received, used before the stored refresh token is redeemed.
    bool openAccount(const QString& name, const TokenGrant& grant = {});
    /// Opens the account used last (AccountStore::current(), kept in QSettings) at startup. False when there is
    /// none or it cannot be opened; the welcome page then shows, with the reason.
    bool restoreLastAccount();

    /// Where accounts' secrets are kept; default (null): the OS keychain. Not owned (tests: a MemoryTokenStore).
    void setTokenStore(TokenStore* store);
    TokenStore* tokenStore();
    /// The Account menu (demo tenant, saved accounts, Sign in…, Sign out).
    QMenu* accountMenu() const;
    /// The accounts and the open session.
    AccountController* accounts() const { return m_accounts; }

    /// The current session, or null while the welcome page shows.
    Session* session() const;
    /// The directory model of the current session, or null.
    DirectoryModel* model() const { return m_model.get(); }
    /// The filters and sorting between the model and both views (always there; its source is model()).
    DirectoryFilterModel* filterModel() const { return m_filter; }
    /// The tree shows filterModel(): map model() indexes with filterModel()->mapFromSource().
    QTreeView* treeView() const;
    /// The grid of faces (children of the container chosen in the tree; Users at first).
    FaceGridView* gridView() const;
    /// The thumbnails of the current session, or null.
    ThumbnailLoader* thumbnailLoader() const { return m_thumbnails.get(); }
    /// The search box (Ctrl+F); typing searches Graph after a short pause, and filters contacts locally.
    QLineEdit* searchEdit() const;

    /// What shows beside the tree: the grid of faces, or only the detail pane.
    enum class BrowseMode
    {
        Tree, ///< the tree and the detail pane
        Grid, ///< the tree, the grid of faces and the detail pane (the default)
    };
    Q_ENUM(BrowseMode)
    BrowseMode browseMode() const { return m_browseMode; }
    /// Shows or hides the grid (View ▸ Grid of faces, Ctrl+G); emits browseModeChanged() on a change.
    void setBrowseMode(BrowseMode mode);
    DetailPane* detailPane() const;
    /// "Replace photo…", "Remove photo…" and image files dropped onto a person.
    PhotoChangeActions* photoChangeActions() const { return m_photoChange; }
    /// The audit's own window and its view; null until the audit is first opened (toggleAudit(), Ctrl+U).
    QWidget* auditWindow() const;
    AuditView* auditView() const;
    /// The one selection of the tree, the grid and the pane.
    SelectionKeeper* selectionKeeper() const;
    /// File ▸ Import photos…, Recent journals, and the new faces after photos were written.
    ImportController* importController() const { return m_imports; }
    /// The status bar's current loading text ("Loading users…"), or empty when idle.
    QString loadingText() const;
    /// The last error shown in the status bar, or empty.
    QString lastError() const;

public slots:
    /// Forgets what was loaded and starts over (F5).
    void refresh();
    /// Saves the selected principal's photo (Ctrl+S).
    void savePhotoAs();
    /// Opens the export dialog for the selection, a group, or the whole directory (Ctrl+E).
    void exportPhotos();
    /// Shows or hides the audit window (AuditView over the current session, its own window beside this one).
    void toggleAudit();
    /// Shows @p message as an error in the status bar (kept until the next refresh or error).
    void showError(const QString& message);
    /// Opens the sign-in dialog (window-modal, no nested event loop); a successful sign-in opens the account.
    SignInDialog* signIn();
    /// Signs out of the current account: closes it and deletes its keychain entries and settings.
    void signOut();
    /// Puts the cursor in the search box (Ctrl+F).
    void focusSearch();
    /// Applies the search box now (normally after a short pause in typing).
    void applySearch();

    /// Opens Edit → Preferences (Ctrl+,): the SettingsDialog, window-modal; returns it.
    SettingsDialog* showSettings();
    /// Copies the selected principals (Ctrl+C): "Name <upn>" lines, and the photo shown when one is selected.
    void copySelection();
    /// Writes the window's geometry and state and the splitter's sizes to QSettings (also done on close).
    void saveSettings() const;
    /// Reads what saveSettings() wrote; called by the constructor.
    void restoreSettings();

signals:
    /// The browse mode changed (by the user or by setBrowseMode()), e.g. to remember it.
    void browseModeChanged(Portrait::MainWindow::BrowseMode mode);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createBrowseView();
    void connectAccounts();
    /// Lets go of everything that uses the session (it is about to close).
    void closeSession();
    /// Shows @p session's directory, or the welcome page for null.
    void showSession(Session* session);
    void search(const QString& text);

    AccountController* m_accounts = nullptr;
    std::unique_ptr<DirectoryModel> m_model;
    DirectoryFilterModel* m_filter = nullptr;
    std::unique_ptr<ThumbnailLoader> m_thumbnails;
    BrowseMode m_browseMode = BrowseMode::Grid;

    QStackedWidget* m_stack = nullptr;
    WelcomePage* m_welcome = nullptr;
    BrowseView* m_browse = nullptr;
    PhotoChangeActions* m_photoChange = nullptr;
    AuditWindow* m_auditWindow = nullptr;
    MainMenus* m_menus = nullptr;
    ImportController* m_imports = nullptr;
    MainStatusBar* m_status = nullptr;
};

} // namespace Portrait
