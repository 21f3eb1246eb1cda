#pragma once

#include "auth/TokenGrant.h"

#include <QMainWindow>
#include <QStringList>

#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QTimer;
class QToolBar;
class QToolButton;
class QTreeView;

namespace Portrait {

class AuditView;
class DetailPane;
class DirectoryFilterModel;
class SelectionKeeper;
class SettingsDialog;
class DirectoryModel;
class FaceGridView;
class ViewNotice;
class RequestScheduler;
class ThumbnailLoader;
class Session;
class SignInDialog;
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
 * The window's geometry, toolbar/dock state and splitter sizes are kept in QSettings (`window/…`).
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
    void setTokenStore(TokenStore* store) { m_tokenStore = store; }
    TokenStore* tokenStore();
    /// The Account menu (demo tenant, saved accounts, Sign in…, Sign out).
    QMenu* accountMenu() const { return m_accountMenu; }

    /// The current session, or null while the welcome page shows.
    Session* session() const { return m_session.get(); }
    /// The directory model of the current session, or null.
    DirectoryModel* model() const { return m_model.get(); }
    /// The filters and sorting between the model and both views (always there; its source is model()).
    DirectoryFilterModel* filterModel() const { return m_filter; }
    /// The tree shows filterModel(): map model() indexes with filterModel()->mapFromSource().
    QTreeView* treeView() const { return m_tree; }
    /// The grid of faces (children of the container chosen in the tree; Users at first).
    FaceGridView* gridView() const { return m_grid; }
    /// The thumbnails of the current session, or null.
    ThumbnailLoader* thumbnailLoader() const { return m_thumbnails.get(); }
    /// The search box (Ctrl+F); typing searches Graph after a short pause, and filters contacts locally.
    QLineEdit* searchEdit() const { return m_searchEdit; }

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
    DetailPane* detailPane() const { return m_detailPane; }
    /// The audit's own window and its view; null until the audit is first opened (toggleAudit(), Ctrl+U).
    QWidget* auditWindow() const { return m_auditWindow; }
    AuditView* auditView() const { return m_audit; }
    /// The one selection of the tree, the grid and the pane.
    SelectionKeeper* selectionKeeper() const { return m_selection; }
    /// The status bar's current loading text ("Loading users…"), or empty when idle.
    QString loadingText() const;
    /// The last error shown in the status bar, or empty.
    QString lastError() const { return m_lastError; }

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
    void createActions();
    void createStatusBar();
    void currentChanged(const QModelIndex& current);
    void loadingStarted(const QString& what);
    void loadingFinished(const QString& what);
    void updateLoadingStatus();
    void showTreeMenu(const QPoint& pos);
    void closeSession();
    void createAccountMenu();
    void updateAccountMenu();
    void updateAccountButton();
    void createBrowseActions(QToolBar* toolBar);
    /// Enables what needs an open directory (export, grid, search, filter, sort...) only while one is open.
    void updateSessionActions();
    void gridActivated(const QModelIndex& index);
    void showGridRootFor(const QModelIndex& current);
    void resetGridRoot();
    void updateNoMatches();

    std::unique_ptr<Session> m_session;
    std::unique_ptr<DirectoryModel> m_model;
    DirectoryFilterModel* m_filter = nullptr;
    std::unique_ptr<ThumbnailLoader> m_thumbnails;
    FaceGridView* m_grid = nullptr;
    QLineEdit* m_searchEdit = nullptr;
    QTimer* m_searchTimer = nullptr;
    ViewNotice* m_treeNotice = nullptr; ///< "No matches for …" where the search left nothing
    ViewNotice* m_gridNotice = nullptr;
    QTimer* m_noMatchesTimer = nullptr; ///< once after a burst of row changes
    QAction* m_gridAction = nullptr;
    BrowseMode m_browseMode = BrowseMode::Grid;

    QStackedWidget* m_stack = nullptr;
    WelcomePage* m_welcome = nullptr;
    QSplitter* m_splitter = nullptr;
    QTreeView* m_tree = nullptr;
    DetailPane* m_detailPane = nullptr;
    SelectionKeeper* m_selection = nullptr;
    QWidget* m_auditWindow = nullptr;
    AuditView* m_audit = nullptr;

    QAction* m_openDemoAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_copyAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_findAction = nullptr;
    QMenu* m_filterMenu = nullptr;
    QMenu* m_sortMenu = nullptr;

    QLabel* m_connectionLabel = nullptr;
    QLabel* m_loadingLabel = nullptr;
    QProgressBar* m_busyBar = nullptr;
    QLabel* m_errorLabel = nullptr;
    QStringList m_loading;
    QString m_lastError;

    TokenStore* m_tokenStore = nullptr;
    QMenu* m_accountMenu = nullptr;
    QToolButton* m_accountButton = nullptr;
};

} // namespace Portrait
