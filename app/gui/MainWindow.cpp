#include "MainWindow.h"

#include "AccountController.h"
#include "AccountMenu.h"
#include "AppSettings.h"
#include "AuditView.h"
#include "AuditWindow.h"
#include "BrowseView.h"
#include "DetailPane.h"
#include "ExportDialog.h"
#include "FaceGridView.h"
#include "GuiLogging.h"
#include "ImportController.h"
#include "MainMenus.h"
#include "MainStatusBar.h"
#include "PhotoChangeActions.h"
#include "ScreenFit.h"
#include "SearchBox.h"
#include "Session.h"
#include "SettingsDialog.h"
#include "SignInDialog.h"
#include "WelcomePage.h"
#include "cache/CacheFolder.h"
#include "cache/ThumbnailLoader.h"
#include "model/DirectoryFilterModel.h"
#include "model/DirectoryModel.h"
#include "model/Roles.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QMenu>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QTreeView>

namespace Portrait {

namespace {
/// What every connection the window opens shares: the preferences' concurrency.
ConnectionOptions connectionOptions()
{
    ConnectionOptions options;
    options.concurrency = AppSettings::concurrency();
    return options;
}
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_accounts(new AccountController(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Portrait"));
    setWindowIcon(QIcon(QStringLiteral(":/portrait/icons/portrait.svg")));

    m_stack = new QStackedWidget(this);
    m_welcome = new WelcomePage(m_stack);
    m_welcome->setObjectName(QStringLiteral("welcomePage"));
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemo);
    connect(m_welcome, &WelcomePage::signInRequested, this, &MainWindow::signIn);
    m_stack->addWidget(m_welcome);
    createBrowseView();
    m_stack->addWidget(m_browse);
    setCentralWidget(m_stack);

    m_imports = new ImportController(this); // before the menus, which show its actions
    m_menus = new MainMenus(this);
    m_browse->setContextActions(m_menus->saveAction(), m_menus->refreshAction());
    connect(m_menus->searchBox(), &SearchBox::searchRequested, this, &MainWindow::search);
    connect(m_browse->pane(), &DetailPane::canSavePhotoChanged, m_menus->saveAction(), &QAction::setEnabled);
    m_status = new MainStatusBar(this);
    setStatusBar(m_status);
    connectAccounts();
    m_menus->setDirectoryOpen(false);
    m_stack->setCurrentWidget(m_welcome);
    restoreSettings();
    // The view mode of last time (AppSettings::viewMode(), recorded by setBrowseMode()).
    setBrowseMode(AppSettings::viewMode() == QLatin1String("tree") ? BrowseMode::Tree : BrowseMode::Grid);
}

MainWindow::~MainWindow()
{
    // The views let go of the session's models before the controller (a child) deletes the session.
    m_accounts->disconnect(this);
    closeSession();
    m_accounts->setSession(nullptr);
}

void MainWindow::createBrowseView()
{
    m_filter = new DirectoryFilterModel(this);
    m_filter->setObjectName(QStringLiteral("directoryFilterModel"));
    m_browse = new BrowseView(m_filter, m_stack);
    connect(m_browse, &BrowseView::currentChanged, this,
            [this]() { m_menus->saveAction()->setEnabled(m_browse->pane()->canSavePhoto()); });
    connect(m_browse, &BrowseView::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    connect(m_browse->pane(), &DetailPane::errorOccurred, this, &MainWindow::showError);
    // Replace and remove a photo: the actions, the context menus, and image files dropped onto a person.
    m_photoChange = new PhotoChangeActions(this);
    m_browse->setPhotoChangeActions(m_photoChange);
    connect(m_browse, &BrowseView::currentChanged, m_photoChange, &PhotoChangeActions::setCurrent);
    connect(m_browse->pane(), &DetailPane::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
}

void MainWindow::connectAccounts()
{
    connect(m_accounts, &AccountController::sessionClosing, this, &MainWindow::closeSession);
    connect(m_accounts, &AccountController::sessionChanged, this, &MainWindow::showSession);
    connect(m_accounts, &AccountController::openFailed, this, [this](const QString& message) {
        m_welcome->setError(message);
        showError(message);
    });
    connect(m_accounts, &AccountController::signedOut, this,
            [this](const QString& name) { statusBar()->showMessage(tr("Signed out of %1.").arg(name), 8000); });
    connect(m_accounts, &AccountController::signOutFailed, this,
            [this](const QString&, const QString& message) { showError(message); });
    AccountMenu* menu = m_menus->accountMenu();
    connect(menu, &AccountMenu::demoRequested, this, &MainWindow::openDemo);
    connect(menu, &AccountMenu::accountRequested, this, [this](const QString& name) { openAccount(name); });
    connect(menu, &AccountMenu::signInRequested, this, &MainWindow::signIn);
    connect(menu, &AccountMenu::signOutRequested, this, &MainWindow::signOut);
}

void MainWindow::setTokenStore(TokenStore* store)
{
    m_accounts->setTokenStore(store);
}

TokenStore* MainWindow::tokenStore()
{
    return m_accounts->tokenStore();
}

QMenu* MainWindow::accountMenu() const
{
    return m_menus->accountMenu();
}

Session* MainWindow::session() const
{
    return m_accounts->session();
}

QTreeView* MainWindow::treeView() const
{
    return m_browse->tree();
}

FaceGridView* MainWindow::gridView() const
{
    return m_browse->grid();
}

DetailPane* MainWindow::detailPane() const
{
    return m_browse->pane();
}

SelectionKeeper* MainWindow::selectionKeeper() const
{
    return m_browse->selection();
}

QLineEdit* MainWindow::searchEdit() const
{
    return m_menus->searchBox();
}

QWidget* MainWindow::auditWindow() const
{
    return m_auditWindow;
}

AuditView* MainWindow::auditView() const
{
    return m_auditWindow ? m_auditWindow->view() : nullptr;
}

QString MainWindow::loadingText() const
{
    return m_status->loadingText();
}

QString MainWindow::lastError() const
{
    return m_status->lastError();
}

void MainWindow::toggleAudit()
{
    if (!m_auditWindow) {
        m_auditWindow = new AuditWindow(m_browse->pane(), m_browse->selection(), this);
        connect(m_auditWindow->view(), &AuditView::fixRequested, m_imports,
                [this](const QList<ItemPath>& principals) { m_imports->openImport(principals); });
    }
    if (m_auditWindow->isHidden() && !m_auditWindow->view()->isRunning()) {
        m_auditWindow->view()->setClient(session() ? session()->client() : nullptr);
    }
    if (m_auditWindow->isHidden()) {
        m_auditWindow->show();
        m_auditWindow->raise();
        m_auditWindow->activateWindow();
    } else {
        m_auditWindow->close();
    }
}

void MainWindow::closeSession()
{
    m_imports->sessionClosed();
    m_browse->setDirectory(nullptr, nullptr, nullptr);
    m_thumbnails.reset();
    m_model.reset();
    m_status->clearLoading();
    m_menus->setDirectoryOpen(false);
}

void MainWindow::openSession(std::unique_ptr<Session> session)
{
    m_accounts->setSession(std::move(session));
}

void MainWindow::showSession(Session* session)
{
    m_status->clearError();
    if (!session) {
        setWindowTitle(tr("Portrait"));
        m_stack->setCurrentWidget(m_welcome);
        m_status->setConnection({});
        return;
    }
    m_welcome->setError({});
    qCDebug(lcGui).noquote() << "session opened:" << session->description();
    m_model = std::make_unique<DirectoryModel>(session->client());
    connect(m_model.get(), &DirectoryModel::loadingStarted, m_status, &MainStatusBar::loadingStarted);
    connect(m_model.get(), &DirectoryModel::loadingFinished, this, [this](const QString& what) {
        m_status->loadingFinished(what);
        m_browse->recheckNoMatches();
    });
    connect(m_model.get(), &DirectoryModel::errorOccurred, this, &MainWindow::showError);

    // Thumbnails: through the connection's one scheduler (Graph's photo limit is per app, shared with an audit
    // or export), decoded on the thread pool, on disk as the cache folder's policy says (CacheFolder::attach()).
    m_thumbnails = std::make_unique<ThumbnailLoader>(session->scheduler());
    m_thumbnails->setEdge(qRound(m_browse->grid()->faceDelegate()->faceSize() * devicePixelRatioF()));
    if (QString error; !AppSettings::cacheFolder().attach(m_thumbnails.get(), session->cacheScope(), &error)) {
        showError(tr("Thumbnails are kept in memory only: %1").arg(error));
    }
    connect(m_thumbnails.get(), &ThumbnailLoader::photoSeen, this,
            [this](const ItemPath& principal, const PhotoInfo& info, bool largest) {
                if (m_model) {
                    m_model->setPhotoInfo(principal, info, largest);
                }
            });
    m_browse->setDirectory(m_model.get(), m_thumbnails.get(), session->client());
    m_menus->setDirectoryOpen(true);
    m_status->setConnection(session->description());
    // The platform adds the application's name ("Demo tenant — Portrait"): not in the title a second time.
    setWindowTitle(session->isDemo() ? tr("Demo tenant") : session->description());
    m_stack->setCurrentWidget(m_browse);
    // The signed-in user's name for the Me node: one small request.
    m_model->fetchMore(m_model->topIndex(NodeKind::Me));
    m_browse->tree()->setFocus();
}

bool MainWindow::openDemo()
{
    return m_accounts->openDemo(connectionOptions());
}

bool MainWindow::openAccount(const QString& name, const TokenGrant& grant)
{
    return m_accounts->openAccount(name, grant, connectionOptions());
}

bool MainWindow::restoreLastAccount()
{
    const QString name = m_accounts->lastAccount();
    return !name.isEmpty() && openAccount(name);
}

SignInDialog* MainWindow::signIn()
{
    if (auto* open = findChild<SignInDialog*>(); open && open->isVisible()) {
        open->raise();
        return open;
    }
    // Window-modal without a nested event loop; the dialog deletes itself when closed.
    auto* dialog = new SignInDialog(m_accounts->tokenStore(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SignInDialog::signedIn, this,
            [this](const Account& account, const TokenGrant& grant) { openAccount(account.name, grant); });
    dialog->open();
    return dialog;
}

void MainWindow::signOut()
{
    m_accounts->signOut();
}

void MainWindow::refresh()
{
    if (!m_model) {
        return;
    }
    m_status->clearError();
    m_status->clearLoading();
    if (m_thumbnails) {
        m_thumbnails->clear();
    }
    m_model->refresh();
    m_model->fetchMore(m_model->topIndex(NodeKind::Me));
    statusBar()->showMessage(tr("Refreshed"), 3000);
}

void MainWindow::savePhotoAs()
{
    if (m_browse->pane()->canSavePhoto()) {
        m_browse->pane()->savePhotoAs();
    }
}

void MainWindow::showError(const QString& message)
{
    m_status->showError(message);
}

void MainWindow::setBrowseMode(BrowseMode mode)
{
    if (mode == m_browseMode) {
        return;
    }
    m_browseMode = mode;
    AppSettings::setViewMode(mode == BrowseMode::Grid ? QStringLiteral("grid") : QStringLiteral("tree"));
    m_browse->grid()->setVisible(mode == BrowseMode::Grid);
    {
        const QSignalBlocker blocker(m_menus->gridAction());
        m_menus->gridAction()->setChecked(mode == BrowseMode::Grid);
    }
    if (mode == BrowseMode::Tree && m_thumbnails) {
        m_thumbnails->setWanted({});
    }
    emit browseModeChanged(mode);
}

void MainWindow::focusSearch()
{
    m_menus->searchBox()->setFocus(Qt::ShortcutFocusReason);
    m_menus->searchBox()->selectAll();
}

void MainWindow::applySearch()
{
    m_menus->searchBox()->applyNow();
}

void MainWindow::search(const QString& text)
{
    // Contacts (and what is already loaded) narrow at once on the client; users, groups and members are
    // searched by Graph ($search, or startswith where $search is refused).
    m_filter->setFilterText(text);
    if (m_model) {
        m_model->setSearchText(text);
    }
}

void MainWindow::exportPhotos()
{
    if (!session() || !m_model) {
        showError(tr("Open a directory first: there is nothing to export yet."));
        return;
    }
    // Window-modal without a nested event loop; the dialog deletes itself when closed.
    QModelIndexList selected;
    const QModelIndexList rows = treeView()->selectionModel()->selectedRows();
    for (const QModelIndex& row : rows) {
        selected << m_filter->mapToSource(row);
    }
    auto* dialog = new ExportDialog(session()->client(), m_model.get(), selected,
                                    m_filter->mapToSource(treeView()->currentIndex()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

SettingsDialog* MainWindow::showSettings()
{
    if (auto* open = findChild<SettingsDialog*>(); open && open->isVisible()) {
        open->raise();
        return open;
    }
    // Window-modal without a nested event loop; the dialog deletes itself when closed.
    auto* dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::settingsApplied, this, [this]() {
        // An open audit uses the placeholder images just saved from its next run on.
        if (m_auditWindow) {
            m_auditWindow->view()->reloadPlaceholders();
        }
        statusBar()->showMessage(tr("Preferences saved. The next connection, export and audit use them."), 8000);
    });
    dialog->open();
    return dialog;
}

void MainWindow::copySelection()
{
    if (!m_model) {
        return;
    }
    QStringList lines;
    QModelIndexList rows = treeView()->selectionModel()->selectedRows();
    if (rows.isEmpty() && treeView()->currentIndex().isValid()) {
        rows << treeView()->currentIndex();
    }
    for (const QModelIndex& index : std::as_const(rows)) {
        const QString name = index.data(Roles::DisplayNameRole).toString();
        QString address = index.data(Roles::UpnRole).toString();
        if (address.isEmpty()) {
            address = index.data(Roles::MailRole).toString();
        }
        lines << (address.isEmpty() ? name : tr("%1 <%2>").arg(name, address));
    }
    if (lines.isEmpty()) {
        return;
    }
    auto* data = new QMimeData;
    data->setText(lines.join(QLatin1Char('\n')));
    if (const QImage photo = m_browse->pane()->photoImage(); rows.size() == 1 && !photo.isNull()) {
        data->setImageData(photo);
    }
    QApplication::clipboard()->setMimeData(data);
    statusBar()->showMessage(tr("Copied %n item(s).", nullptr, int(lines.size())), 3000);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_browse->saveState());
    if (m_auditWindow) {
        m_auditWindow->saveSettings();
    }
    // The view mode ("tree"/"grid") is AppSettings::setViewMode(): setBrowseMode() records it when it changes,
    // and the constructor restores AppSettings::viewMode().
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    // The user's geometry of last time, else a comfortable size that the screen shows whole.
    const QRect available = ScreenFit::availableFor(this);
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        resize(ScreenFit::fitted(QSize(1100, 720), available));
    } else if (available.isValid() && (width() > available.width() || height() > available.height())) {
        // Kept on a larger screen, or before the resolution changed: brought within this one.
        resize(ScreenFit::fitted(size(), available));
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_browse->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace Portrait
