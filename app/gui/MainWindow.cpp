#include "MainWindow.h"

#include "AboutDialog.h"
#include "AppSettings.h"
#include "AuditView.h"
#include "DetailPane.h"
#include "DirectoryItemDelegate.h"
#include "ExportDialog.h"
#include "FaceGridView.h"
#include "GuiLogging.h"
#include "SelectionKeeper.h"
#include "Session.h"
#include "SettingsDialog.h"
#include "SignInDialog.h"
#include "Theme.h"
#include "ViewNotice.h"
#include "WelcomePage.h"
#include "auth/AccountStore.h"
#include "auth/KeychainTokenStore.h"
#include "auth/SignOut.h"
#include "cache/ThumbnailLoader.h"
#include "cache/ThumbnailStore.h"
#include "graph/DisplayText.h"
#include "graph/RequestScheduler.h"
#include "model/DirectoryFilterModel.h"
#include "model/DirectoryModel.h"
#include "model/Roles.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMetaEnum>
#include <QMimeData>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Portrait {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Portrait"));
    setWindowIcon(QIcon(QStringLiteral(":/portrait/icons/portrait.svg")));
    resize(1100, 720);

    m_stack = new QStackedWidget(this);
    m_welcome = new WelcomePage(m_stack);
    m_welcome->setObjectName(QStringLiteral("welcomePage"));
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemo);
    connect(m_welcome, &WelcomePage::signInRequested, this, &MainWindow::signIn);
    m_stack->addWidget(m_welcome);

    m_splitter = new QSplitter(Qt::Horizontal, m_stack);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    // The tree, and under it what its marks mean (the grid's faces use the same).
    auto* treeColumn = new QWidget(m_splitter);
    treeColumn->setObjectName(QStringLiteral("treeColumn"));
    auto* treeLayout = new QVBoxLayout(treeColumn);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->setSpacing(2);
    m_tree = new QTreeView(treeColumn);
    m_tree->setObjectName(QStringLiteral("directoryTreeView"));
    treeLayout->addWidget(m_tree, 1);
    auto* legend = new QLabel(treeColumn);
    legend->setObjectName(QStringLiteral("legendLabel"));
    legend->setWordWrap(true);
    legend->setTextFormat(Qt::RichText);
    legend->setContentsMargins(4, 0, 4, 2);
    legend->setText(QStringLiteral("<i>%1</i> · <span style=\"color:%2\">%3</span><br>%4")
                        .arg(tr("Italic: guest").toHtmlEscaped(),
                             palette().color(QPalette::Disabled, QPalette::Text).name(),
                             tr("Grey: disabled account").toHtmlEscaped(),
                             tr("At the right: the photo status when it is not a photo. Point at someone to read "
                                "what it means and what to do.")
                                 .toHtmlEscaped()));
    QFont small = legend->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    legend->setFont(small);
    treeLayout->addWidget(legend);
    m_tree->setAccessibleName(tr("Directory"));
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAnimated(true);
    m_tree->setIconSize(QSize(16, 16));
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setItemDelegate(new DirectoryItemDelegate(m_tree));
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &MainWindow::showTreeMenu);
    m_filter = new DirectoryFilterModel(this);
    m_filter->setObjectName(QStringLiteral("directoryFilterModel"));
    m_grid = new FaceGridView(m_splitter);
    m_grid->setObjectName(QStringLiteral("faceGridView"));
    m_grid->setAccessibleName(tr("Faces"));
    connect(m_grid, &QAbstractItemView::activated, this, &MainWindow::gridActivated);
    m_detailPane = new DetailPane(m_splitter);
    m_detailPane->setObjectName(QStringLiteral("detailPane"));
    m_splitter->addWidget(treeColumn);
    m_splitter->addWidget(m_grid);
    m_splitter->addWidget(m_detailPane);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({230, 500, 550});
    m_stack->addWidget(m_splitter);
    setCentralWidget(m_stack);
    // One selection for the tree, the grid and the pane, kept while filters, searches and F5 change the lists.
    m_selection = new SelectionKeeper(m_filter, m_tree, m_grid, m_detailPane, this);
    connect(m_selection, &SelectionKeeper::currentChanged, this, &MainWindow::currentChanged);
    connect(m_selection, &SelectionKeeper::selectionLost, this, [this](const QString& name) {
        statusBar()->showMessage(tr("%1 is no longer in the list (a filter, a search or a refresh): nothing is "
                                    "selected.")
                                     .arg(name),
                                 8000);
    });

    // An empty search result says so, in the tree and in the grid, instead of a blank view.
    m_treeNotice = new ViewNotice(m_tree);
    m_treeNotice->setObjectName(QStringLiteral("treeNoMatches"));
    m_gridNotice = new ViewNotice(m_grid);
    m_gridNotice->setObjectName(QStringLiteral("gridNoMatches"));
    m_noMatchesTimer = new QTimer(this);
    m_noMatchesTimer->setSingleShot(true);
    m_noMatchesTimer->setInterval(0);
    connect(m_noMatchesTimer, &QTimer::timeout, this, &MainWindow::updateNoMatches);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_filter, signal, m_noMatchesTimer, qOverload<>(&QTimer::start));
    }
    connect(m_filter, &QAbstractItemModel::modelReset, m_noMatchesTimer, qOverload<>(&QTimer::start));
    connect(m_filter, &QAbstractItemModel::layoutChanged, m_noMatchesTimer, qOverload<>(&QTimer::start));
    connect(m_filter, &DirectoryFilterModel::filterChanged, m_noMatchesTimer, qOverload<>(&QTimer::start));

    connect(m_detailPane, &DetailPane::errorOccurred, this, &MainWindow::showError);
    connect(m_detailPane, &DetailPane::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    connect(m_detailPane, &DetailPane::photoFinished, this, [this](const ItemPath& principal, const PhotoInfo& info) {
        if (m_model) {
            m_model->setPhotoInfo(principal, info, true); // the pane asks for the largest photo
        }
    });

    createActions();
    createStatusBar();
    updateSessionActions();
    connect(m_detailPane, &DetailPane::canSavePhotoChanged, m_saveAction, &QAction::setEnabled);
    m_stack->setCurrentWidget(m_welcome);
    restoreSettings();
    // The view mode of last time (AppSettings::viewMode(), recorded by setBrowseMode()).
    setBrowseMode(AppSettings::viewMode() == QLatin1String("tree") ? BrowseMode::Tree : BrowseMode::Grid);
}

MainWindow::~MainWindow()
{
    closeSession();
}

void MainWindow::createActions()
{
    m_openDemoAction
        = new QAction(QIcon(QStringLiteral(":/portrait/icons/users.svg")), tr("Open the &demo tenant"), this);
    m_openDemoAction->setObjectName(QStringLiteral("openDemoAction"));
    connect(m_openDemoAction, &QAction::triggered, this, &MainWindow::openDemo);

    m_refreshAction = new QAction(
        QIcon::fromTheme(QStringLiteral("view-refresh"), QIcon(QStringLiteral(":/portrait/icons/refresh.svg"))),
        tr("&Refresh"), this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_refreshAction->setToolTip(tr("Forget what was loaded and load it again (F5)"));
    m_refreshAction->setEnabled(false);
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_saveAction = new QAction(
        QIcon::fromTheme(QStringLiteral("document-save-as"), QIcon(QStringLiteral(":/portrait/icons/save.svg"))),
        tr("&Save photo as…"), this);
    m_saveAction->setObjectName(QStringLiteral("savePhotoAction"));
    m_saveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    m_saveAction->setToolTip(tr("Save the selected photo's exact bytes to a file (Ctrl+S)"));
    m_saveAction->setEnabled(false);
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::savePhotoAs);

    m_exportAction = new QAction(
        QIcon::fromTheme(QStringLiteral("document-export"), QIcon(QStringLiteral(":/portrait/icons/export.svg"))),
        tr("&Export…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setToolTip(tr("Export the photos of the selection, a group, or the whole directory (Ctrl+E)"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportPhotos);

    m_gridAction = new QAction(QIcon(QStringLiteral(":/portrait/icons/users.svg")), tr("&Grid of faces"), this);
    m_gridAction->setObjectName(QStringLiteral("gridAction"));
    m_gridAction->setCheckable(true);
    m_gridAction->setChecked(m_browseMode == BrowseMode::Grid);
    m_gridAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    m_gridAction->setToolTip(tr("Show the faces of the chosen list beside the tree (Ctrl+G)"));
    connect(m_gridAction, &QAction::toggled, this,
            [this](bool on) { setBrowseMode(on ? BrowseMode::Grid : BrowseMode::Tree); });

    m_quitAction = new QAction(
        QIcon::fromTheme(QStringLiteral("application-exit"), QIcon(QStringLiteral(":/portrait/icons/quit.svg"))),
        tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    // The platform's Quit key where it has one, else the common Ctrl+Q.
    const QKeySequence quit(QKeySequence::Quit);
    m_quitAction->setShortcut(quit.isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Q) : quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);

    auto* aboutAction = new QAction(
        QIcon::fromTheme(QStringLiteral("help-about"), QIcon(QStringLiteral(":/portrait/icons/about.svg"))),
        tr("&About Portrait"), this);
    aboutAction->setObjectName(QStringLiteral("aboutAction"));
    aboutAction->setMenuRole(QAction::AboutRole);
    connect(aboutAction, &QAction::triggered, this, [this]() {
        auto* about = new AboutDialog(this);
        about->setAttribute(Qt::WA_DeleteOnClose);
        about->open();
    });

    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openDemoAction);
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    m_copyAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy"), this);
    m_copyAction->setObjectName(QStringLiteral("copyAction"));
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setToolTip(tr("Copy the selected people's names and addresses, and the photo shown (Ctrl+C)"));
    connect(m_copyAction, &QAction::triggered, this, &MainWindow::copySelection);
    m_settingsAction = new QAction(QIcon::fromTheme(QStringLiteral("preferences-system")), tr("&Preferences…"), this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    QList<QKeySequence> settingsKeys{QKeySequence(Qt::CTRL | Qt::Key_Comma)};
    if (const QKeySequence platform(QKeySequence::Preferences);
        !platform.isEmpty() && !settingsKeys.contains(platform)) {
        settingsKeys << platform;
    }
    m_settingsAction->setShortcuts(settingsKeys);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_copyAction);
    edit->addActions(m_detailPane->copyActions()); // the detail pane's Copy menu, for the keyboard
    edit->addSeparator();
    edit->addAction(m_settingsAction);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_refreshAction);
    view->addAction(m_gridAction);
    m_findAction = view->addAction(tr("&Find…"), QKeySequence::Find, this, &MainWindow::focusSearch);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    view->addAction(tr("&Audit…"), QKeySequence(Qt::CTRL | Qt::Key_U), this, &MainWindow::toggleAudit)
        ->setObjectName(QStringLiteral("auditAction"));
    createAccountMenu();
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(aboutAction);

    QToolBar* toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_refreshAction);
    toolBar->addAction(m_saveAction);
    toolBar->addAction(m_exportAction);
    createBrowseActions(toolBar);
    // The toolbar's Filter and Sort menus, for the keyboard.
    view->addSeparator();
    view->addMenu(m_filterMenu);
    view->addMenu(m_sortMenu);

    // The account switcher, at the toolbar's far end.
    auto* spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    m_accountButton = new QToolButton(toolBar);
    m_accountButton->setObjectName(QStringLiteral("accountButton"));
    m_accountButton->setAccessibleName(tr("Account"));
    m_accountButton->setToolTip(tr("Switch account, sign in or sign out"));
    m_accountButton->setIcon(
        QIcon::fromTheme(QStringLiteral("system-users"), QIcon(QStringLiteral(":/portrait/icons/user.svg"))));
    m_accountButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_accountButton->setPopupMode(QToolButton::InstantPopup);
    m_accountButton->setMenu(m_accountMenu);
    toolBar->addWidget(m_accountButton);
    updateAccountButton();
}

void MainWindow::toggleAudit()
{
    if (!m_auditWindow) {
        // Its own window beside the browser, not a dock: a dock's minimum size became the main window's, which
        // then no longer fitted a 768- or 900-pixel screen, and left the table a few rows.
        m_auditWindow = new QWidget(this, Qt::Window);
        m_auditWindow->setObjectName(QStringLiteral("auditWindow"));
        m_auditWindow->setWindowTitle(tr("Photo audit"));
        auto* layout = new QVBoxLayout(m_auditWindow);
        m_audit = new AuditView(m_auditWindow);
        m_audit->setObjectName(QStringLiteral("auditView"));
        m_audit->setDetailPane(m_detailPane);
        // The tree and the grid show the audit's row too, where they hold it, else nothing: one selection.
        connect(m_audit, &AuditView::principalShown, m_selection, &SelectionKeeper::followPane);
        layout->addWidget(m_audit);
        auto* close = new QAction(tr("Close the audit"), m_auditWindow);
        close->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_U), QKeySequence::Close});
        connect(close, &QAction::triggered, m_auditWindow, &QWidget::close);
        m_auditWindow->addAction(close);
        const QByteArray geometry = QSettings().value(QStringLiteral("audit/geometry")).toByteArray();
        if (geometry.isEmpty() || !m_auditWindow->restoreGeometry(geometry)) {
            // As large as the screen allows up to a comfortable size; the window manager places it.
            const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1024, 700);
            m_auditWindow->resize(std::min(1000, screen.width() * 9 / 10), std::min(720, screen.height() * 9 / 10));
        }
    }
    if (m_auditWindow->isHidden() && !m_audit->isRunning()) {
        m_audit->setClient(m_session ? m_session->client() : nullptr);
    }
    if (m_auditWindow->isHidden()) {
        m_auditWindow->show();
        m_auditWindow->raise();
        m_auditWindow->activateWindow();
    } else {
        m_auditWindow->close();
    }
}

void MainWindow::createStatusBar()
{
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorStatusLabel"));
    m_errorLabel->setAccessibleName(tr("Error"));
    Theme::markAsError(m_errorLabel);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->hide();
    statusBar()->addWidget(m_errorLabel, 1);

    m_loadingLabel = new QLabel(this);
    m_loadingLabel->setObjectName(QStringLiteral("loadingStatusLabel"));
    m_loadingLabel->setAccessibleName(tr("Loading"));
    m_loadingLabel->setTextFormat(Qt::PlainText); // names of groups and folders
    statusBar()->addPermanentWidget(m_loadingLabel);
    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(QStringLiteral("busyProgressBar"));
    m_busyBar->setAccessibleName(tr("Busy"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(120);
    m_busyBar->setMaximumHeight(14);
    m_busyBar->setTextVisible(false);
    m_busyBar->hide();
    statusBar()->addPermanentWidget(m_busyBar);
    m_connectionLabel = new QLabel(tr("Not connected"), this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionStatusLabel"));
    m_connectionLabel->setAccessibleName(tr("Connection"));
    m_connectionLabel->setTextFormat(Qt::PlainText); // the account and tenant names
    statusBar()->addPermanentWidget(m_connectionLabel);
}

void MainWindow::closeSession()
{
    m_selection->reset();
    m_detailPane->setClient(nullptr);
    m_tree->setModel(nullptr);
    m_grid->setModel(nullptr);
    m_grid->setThumbnailLoader(nullptr);
    m_filter->setSourceModel(nullptr);
    m_thumbnails.reset();
    m_model.reset();
    m_session.reset();
    m_loading.clear();
    updateLoadingStatus();
    updateSessionActions();
}

void MainWindow::updateSessionActions()
{
    // Without a directory (the welcome page) there is nothing to export, show as faces, search, filter or sort.
    const bool open = m_session != nullptr;
    for (QAction* action : {m_refreshAction, m_exportAction, m_gridAction, m_findAction, m_copyAction,
                            m_filterMenu->menuAction(), m_sortMenu->menuAction()}) {
        action->setEnabled(open);
    }
    m_searchEdit->setEnabled(open);
}

void MainWindow::openSession(std::unique_ptr<Session> session)
{
    closeSession();
    m_lastError.clear();
    m_errorLabel->hide();
    if (!session) {
        setWindowTitle(tr("Portrait"));
        m_stack->setCurrentWidget(m_welcome);
        m_connectionLabel->setText(tr("Not connected"));
        updateAccountButton();
        return;
    }
    m_session = std::move(session);
    qCDebug(lcGui).noquote() << "session opened:" << m_session->description();
    m_model = std::make_unique<DirectoryModel>(m_session->client());
    connect(m_model.get(), &DirectoryModel::loadingStarted, this, &MainWindow::loadingStarted);
    connect(m_model.get(), &DirectoryModel::loadingFinished, this, &MainWindow::loadingFinished);
    connect(m_model.get(), &DirectoryModel::errorOccurred, this, &MainWindow::showError);
    m_filter->setSourceModel(m_model.get());
    m_tree->setModel(m_filter);

    // Thumbnails: through the connection's one scheduler (Graph's photo limit is per app, shared with an audit
    // or export), decoded on the thread pool, cached on disk per account in the cache folder of the preferences,
    // which is trimmed to its size limit on every connection and while thumbnails are written.
    // The demo tenant keeps them in memory only: it is rendered in-process and answers over loopback, so a disk
    // entry would save no time, and a throwaway tenant's thumbnails have no business in the user's cache folder
    // (nor would runs of the demo, such as tests and benchmarks that count requests, depend on earlier ones).
    m_thumbnails = std::make_unique<ThumbnailLoader>(m_session->scheduler());
    m_thumbnails->setEdge(qRound(m_grid->faceDelegate()->faceSize() * devicePixelRatioF()));
    if (!m_session->isDemo() && !m_session->accountName().isEmpty()) {
        QString error;
        const QString store = AppSettings::thumbnailDirectory(m_session->accountName(), &error);
        if (store.isEmpty()) {
            showError(tr("Thumbnails are kept in memory only: %1").arg(error));
        } else {
            m_thumbnails->setStoreDirectory(store);
            const QString cache = AppSettings::cacheDirectory();
            const qint64 maxBytes = AppSettings::cacheMaxBytes();
            (void)QtConcurrent::run(&AppSettings::trimCache, cache, maxBytes);
            // And again after every tenth of the limit written, so one long session stays within it too.
            m_thumbnails->setDiskBudget(maxBytes / 10,
                                        [cache, maxBytes]() { AppSettings::trimCache(cache, maxBytes); });
        }
    }
    connect(m_thumbnails.get(), &ThumbnailLoader::photoSeen, this,
            [this](const ItemPath& principal, const PhotoInfo& info, bool largest) {
                if (m_model) {
                    m_model->setPhotoInfo(principal, info, largest);
                }
            });
    m_grid->setModel(m_filter);
    m_grid->setThumbnailLoader(m_thumbnails.get());
    m_selection->attach(); // the grid shares the tree's selection
    connect(m_filter, &QAbstractItemModel::modelReset, this, &MainWindow::resetGridRoot, Qt::UniqueConnection);
    resetGridRoot();
    m_detailPane->setClient(m_session->client());
    updateSessionActions();
    m_connectionLabel->setText(m_session->description());
    // The platform adds the application's name ("Demo tenant — Portrait"): not in the title a second time.
    setWindowTitle(m_session->isDemo() ? tr("Demo tenant") : m_session->description());
    m_stack->setCurrentWidget(m_splitter);
    // The signed-in user's name for the Me node: one small request.
    m_model->fetchMore(m_model->topIndex(NodeKind::Me));
    m_tree->setFocus();
    updateAccountButton();
}

bool MainWindow::openDemo()
{
    ConnectionOptions options;
    options.demo = true;
    options.concurrency = AppSettings::concurrency();
    Session::Failure failure = Session::Failure::None;
    QString error;
    std::unique_ptr<Session> session = Session::open(options, &failure, &error);
    if (!session) {
        const QString message = tr("Could not open the demo tenant: %1").arg(error);
        m_welcome->setError(message);
        showError(message);
        return false;
    }
    m_welcome->setError({});
    openSession(std::move(session));
    return true;
}

void MainWindow::refresh()
{
    if (!m_model) {
        return;
    }
    m_lastError.clear();
    m_errorLabel->hide();
    m_loading.clear();
    if (m_thumbnails) {
        m_thumbnails->clear();
    }
    m_model->refresh();
    updateLoadingStatus();
    m_model->fetchMore(m_model->topIndex(NodeKind::Me));
    statusBar()->showMessage(tr("Refreshed"), 3000);
}

void MainWindow::savePhotoAs()
{
    if (m_detailPane->canSavePhoto()) {
        m_detailPane->savePhotoAs();
    }
}

void MainWindow::showError(const QString& message)
{
    qCDebug(lcGui).noquote() << "error shown:" << message;
    m_lastError = message;
    m_errorLabel->setText(message);
    m_errorLabel->setToolTip(plainToolTip(message));
    m_errorLabel->show();
}

void MainWindow::currentChanged(const QModelIndex& current)
{
    m_saveAction->setEnabled(m_detailPane->canSavePhoto());
    showGridRootFor(current);
}

void MainWindow::showGridRootFor(const QModelIndex& current)
{
    if (!current.isValid() && !m_grid->rootIndex().isValid()) {
        resetGridRoot(); // its list went with the selection (a search): Users, not the four top nodes as faces
    }
    if (!current.isValid() || current.model() != m_filter) {
        return;
    }
    const bool container = current.data(Roles::IsContainerRole).toBool();
    const QModelIndex root = container ? current : current.parent();
    if (root.isValid() && root != m_grid->rootIndex()) {
        m_grid->setRootIndex(root);
    }
    if (!container) {
        m_grid->scrollTo(current); // the grid shares the tree's selection: the face is already current
    }
}

void MainWindow::resetGridRoot()
{
    if (m_model && m_filter->sourceModel() == m_model.get()) {
        m_grid->setRootIndex(m_filter->mapFromSource(m_model->topIndex(NodeKind::Users)));
    }
}

void MainWindow::gridActivated(const QModelIndex& index)
{
    // A group or folder opens in the grid, and the tree follows.
    if (index.isValid() && index.data(Roles::IsContainerRole).toBool()) {
        m_tree->expand(index.parent());
        m_tree->setCurrentIndex(index);
    }
}

void MainWindow::setBrowseMode(BrowseMode mode)
{
    if (mode == m_browseMode) {
        return;
    }
    m_browseMode = mode;
    AppSettings::setViewMode(mode == BrowseMode::Grid ? QStringLiteral("grid") : QStringLiteral("tree"));
    m_grid->setVisible(mode == BrowseMode::Grid);
    {
        const QSignalBlocker blocker(m_gridAction);
        m_gridAction->setChecked(mode == BrowseMode::Grid);
    }
    if (mode == BrowseMode::Tree && m_thumbnails) {
        m_thumbnails->setWanted({});
    }
    emit browseModeChanged(mode);
}

void MainWindow::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

void MainWindow::applySearch()
{
    m_searchTimer->stop();
    const QString text = m_searchEdit->text().simplified();
    // Contacts (and what is already loaded) narrow at once on the client; users, groups and members are
    // searched by Graph ($search, or startswith where $search is refused).
    m_filter->setFilterText(text);
    if (m_model) {
        m_model->setSearchText(text);
    }
}

void MainWindow::createBrowseActions(QToolBar* toolBar)
{
    toolBar->addSeparator();
    toolBar->addAction(m_gridAction);

    m_searchEdit = new QLineEdit(toolBar);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    // A short placeholder, whole in every language (the field is at least as wide); the tooltip says the rest.
    m_searchEdit->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_searchEdit->setToolTip(tr("Search people and groups by name or address (Ctrl+F)"));
    m_searchEdit->setAccessibleName(tr("Search"));
    m_searchEdit->setClearButtonEnabled(true);
    Theme::fitPlaceholder(m_searchEdit);
    m_searchEdit->setMaximumWidth(std::max(300, m_searchEdit->minimumWidth()));
    m_searchTimer = new QTimer(this);
    m_searchTimer->setObjectName(QStringLiteral("searchTimer"));
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(300); // a pause in typing: one search, not one per key
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &MainWindow::applySearch);
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::applySearch);
    // Escape in the field clears the search at once.
    auto* clearSearch = new QAction(tr("Clear the search"), m_searchEdit);
    clearSearch->setObjectName(QStringLiteral("clearSearchAction"));
    clearSearch->setShortcut(Qt::Key_Escape);
    clearSearch->setShortcutContext(Qt::WidgetShortcut);
    connect(clearSearch, &QAction::triggered, this, [this]() {
        m_searchEdit->clear();
        applySearch();
    });
    m_searchEdit->addAction(clearSearch);
    toolBar->addWidget(m_searchEdit);

    // Filters: photo status, kind, user type, account enabled.
    // The menu is the window's (View ▸ Filter shows it too); the button shows its action: text, tooltip and state.
    auto* filterMenu = new QMenu(tr("Fi&lter"), this);
    filterMenu->setObjectName(QStringLiteral("filterMenu"));
    filterMenu->setIcon(QIcon::fromTheme(QStringLiteral("view-filter")));
    filterMenu->menuAction()->setToolTip(tr("Show only some photo statuses, kinds, user types or accounts"));
    m_filterMenu = filterMenu;
    filterMenu->addSection(tr("Photo"));
    const QList<QPair<QString, DirectoryFilterModel::StatusFlag>> statuses{
        {tr("Photo"), DirectoryFilterModel::StatusPhoto},
        {tr("No photo"), DirectoryFilterModel::StatusNone},
        {tr("Placeholder"), DirectoryFilterModel::StatusPlaceholder},
        {tr("Unavailable"), DirectoryFilterModel::StatusUnavailable},
        {tr("Error"), DirectoryFilterModel::StatusError},
        {tr("Not checked yet"), DirectoryFilterModel::StatusUnknown},
    };
    for (const auto& [text, flag] : statuses) {
        QAction* a = filterMenu->addAction(text);
        a->setCheckable(true);
        a->setChecked(true);
        const auto f = flag;
        connect(a, &QAction::toggled, this, [this, f](bool on) {
            auto current = m_filter->statusFilter();
            current.setFlag(f, on);
            m_filter->setStatusFilter(current);
        });
    }
    filterMenu->addSection(tr("Kind"));
    const QList<QPair<QString, DirectoryFilterModel::KindFlag>> kinds{
        {tr("Users"), DirectoryFilterModel::KindUser},
        {tr("Groups"), DirectoryFilterModel::KindGroup},
        {tr("Contacts"), DirectoryFilterModel::KindContact},
    };
    for (const auto& [text, flag] : kinds) {
        QAction* a = filterMenu->addAction(text);
        a->setCheckable(true);
        a->setChecked(true);
        const auto f = flag;
        connect(a, &QAction::toggled, this, [this, f](bool on) {
            auto current = m_filter->kindFilter();
            current.setFlag(f, on);
            m_filter->setKindFilter(current);
        });
    }
    filterMenu->addSection(tr("User type"));
    auto* typeGroup = new QActionGroup(filterMenu);
    const QList<QPair<QString, DirectoryFilterModel::UserTypeFilter>> types{
        {tr("Members and guests"), DirectoryFilterModel::UserTypeFilter::Any},
        {tr("Members only"), DirectoryFilterModel::UserTypeFilter::Member},
        {tr("Guests only"), DirectoryFilterModel::UserTypeFilter::Guest},
    };
    for (const auto& [text, value] : types) {
        QAction* a = filterMenu->addAction(text);
        a->setCheckable(true);
        a->setChecked(value == DirectoryFilterModel::UserTypeFilter::Any);
        typeGroup->addAction(a);
        const auto v = value;
        connect(a, &QAction::triggered, this, [this, v]() { m_filter->setUserTypeFilter(v); });
    }
    filterMenu->addSection(tr("Account"));
    auto* enabledGroup = new QActionGroup(filterMenu);
    const QList<QPair<QString, DirectoryFilterModel::EnabledFilter>> enabled{
        {tr("Enabled and disabled"), DirectoryFilterModel::EnabledFilter::Any},
        {tr("Enabled only"), DirectoryFilterModel::EnabledFilter::Enabled},
        {tr("Disabled only"), DirectoryFilterModel::EnabledFilter::Disabled},
    };
    for (const auto& [text, value] : enabled) {
        QAction* a = filterMenu->addAction(text);
        a->setCheckable(true);
        a->setChecked(value == DirectoryFilterModel::EnabledFilter::Any);
        enabledGroup->addAction(a);
        const auto v = value;
        connect(a, &QAction::triggered, this, [this, v]() { m_filter->setEnabledFilter(v); });
    }
    auto* filterButton = new QToolButton(toolBar);
    filterButton->setObjectName(QStringLiteral("filterButton"));
    filterButton->setDefaultAction(filterMenu->menuAction());
    filterButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    filterButton->setPopupMode(QToolButton::InstantPopup);
    toolBar->addWidget(filterButton);

    // Sorting: name, status, pixel size, bytes (or Graph's order).
    auto* sortMenu = new QMenu(tr("&Sort"), this);
    sortMenu->setObjectName(QStringLiteral("sortMenu"));
    sortMenu->setIcon(QIcon::fromTheme(QStringLiteral("view-sort")));
    sortMenu->menuAction()->setToolTip(tr("Sort by name, photo status, pixel size or bytes"));
    m_sortMenu = sortMenu;
    auto* keyGroup = new QActionGroup(sortMenu);
    auto* descending = new QAction(tr("Descending"), sortMenu);
    descending->setObjectName(QStringLiteral("sortDescendingAction"));
    descending->setCheckable(true);
    // The order of last time (AppSettings), applied now and remembered on every change.
    const QMetaEnum sortKeys = QMetaEnum::fromType<DirectoryFilterModel::SortKey>();
    bool known = false;
    const auto savedKey
        = DirectoryFilterModel::SortKey(sortKeys.keyToValue(qPrintable(AppSettings::sortKey()), &known));
    const auto initialKey = known ? savedKey : DirectoryFilterModel::SortKey::Listing;
    descending->setChecked(AppSettings::sortDescending());
    m_filter->setSortKey(initialKey, descending->isChecked() ? Qt::DescendingOrder : Qt::AscendingOrder);
    const auto remember = [this, descending]() {
        AppSettings::setSort(QString::fromLatin1(QMetaEnum::fromType<DirectoryFilterModel::SortKey>().valueToKey(
                                 int(m_filter->sortKey()))),
                             descending->isChecked());
    };
    const QList<QPair<QString, DirectoryFilterModel::SortKey>> keys{
        {tr("Directory order"), DirectoryFilterModel::SortKey::Listing},
        {tr("Name"), DirectoryFilterModel::SortKey::Name},
        {tr("Photo status"), DirectoryFilterModel::SortKey::Status},
        {tr("Pixel size"), DirectoryFilterModel::SortKey::PixelSize},
        {tr("Bytes"), DirectoryFilterModel::SortKey::Bytes},
    };
    for (const auto& [text, key] : keys) {
        QAction* a = sortMenu->addAction(text);
        a->setCheckable(true);
        a->setObjectName(QStringLiteral("sortAction") + QString::fromLatin1(sortKeys.valueToKey(int(key))));
        a->setChecked(key == initialKey);
        keyGroup->addAction(a);
        const auto k = key;
        connect(a, &QAction::triggered, this, [this, k, descending, remember]() {
            m_filter->setSortKey(k, descending->isChecked() ? Qt::DescendingOrder : Qt::AscendingOrder);
            remember();
        });
    }
    sortMenu->addSeparator();
    sortMenu->addAction(descending);
    connect(descending, &QAction::toggled, this, [this, remember](bool on) {
        m_filter->setSortKey(m_filter->sortKey(), on ? Qt::DescendingOrder : Qt::AscendingOrder);
        remember();
    });
    auto* sortButton = new QToolButton(toolBar);
    sortButton->setObjectName(QStringLiteral("sortButton"));
    sortButton->setDefaultAction(sortMenu->menuAction());
    sortButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    sortButton->setPopupMode(QToolButton::InstantPopup);
    toolBar->addWidget(sortButton);
}

void MainWindow::loadingStarted(const QString& what)
{
    m_loading.append(what);
    updateLoadingStatus();
}

void MainWindow::loadingFinished(const QString& what)
{
    m_loading.removeOne(what);
    updateLoadingStatus();
    m_noMatchesTimer->start();
}

void MainWindow::updateNoMatches()
{
    // Only once the search's lists are in: while they load, an empty view is not yet a result.
    const QString text = m_filter->filterText();
    const bool searched = m_model && !text.isEmpty() && !m_model->isLoading();
    const QString notice = tr("No matches for “%1”.").arg(text);
    m_treeNotice->setNotice(searched && !m_filter->showsAnyPrincipal() ? notice : QString());
    m_gridNotice->setNotice(searched && m_filter->rowCount(m_grid->rootIndex()) == 0 ? notice : QString());
}

QString MainWindow::loadingText() const
{
    return m_loading.isEmpty() ? QString() : m_loadingLabel->text();
}

void MainWindow::updateLoadingStatus()
{
    if (m_loading.isEmpty()) {
        m_loadingLabel->clear();
        m_busyBar->hide();
        return;
    }
    if (m_loading.size() == 1) {
        m_loadingLabel->setText(tr("Loading %1…").arg(m_loading.first()));
    } else {
        m_loadingLabel->setText(
            tr("Loading %1 and %n more…", nullptr, int(m_loading.size() - 1)).arg(m_loading.last()));
    }
    m_busyBar->show();
}

void MainWindow::showTreeMenu(const QPoint& pos)
{
    if (!m_model) {
        return;
    }
    const QModelIndex index = m_tree->indexAt(pos);
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (index.isValid() && m_filter->canFetchMore(index)) {
        const auto state = FetchState(index.data(Roles::FetchStateRole).toInt());
        const QString text = state == FetchState::Failed ? tr("Try again")
            : state == FetchState::Partial               ? tr("Load more")
                                                         : tr("Load");
        const QPersistentModelIndex persistent(index);
        menu->addAction(m_refreshAction->icon(), text, this, [this, persistent]() {
            if (m_model && persistent.isValid()) {
                m_filter->fetchMore(persistent);
                m_tree->expand(persistent);
            }
        });
    }
    if (index.isValid() && index.data(Roles::IsPrincipalRole).toBool() && index == m_tree->currentIndex()) {
        menu->addAction(m_saveAction);
    }
    menu->addSeparator();
    menu->addAction(m_refreshAction);
    menu->popup(m_tree->viewport()->mapToGlobal(pos));
}

void MainWindow::exportPhotos()
{
    if (!m_session || !m_model) {
        showError(tr("Open a directory first: there is nothing to export yet."));
        return;
    }
    // Window-modal without a nested event loop; the dialog deletes itself when closed.
    QModelIndexList selected;
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows();
    for (const QModelIndex& row : rows) {
        selected << m_filter->mapToSource(row);
    }
    auto* dialog = new ExportDialog(m_session->client(), m_model.get(), selected,
                                    m_filter->mapToSource(m_tree->currentIndex()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

TokenStore* MainWindow::tokenStore()
{
    if (!m_tokenStore) {
        m_tokenStore = new KeychainTokenStore(QStringLiteral("portrait"), this);
    }
    return m_tokenStore;
}

void MainWindow::createAccountMenu()
{
    m_accountMenu = menuBar()->addMenu(tr("&Account"));
    m_accountMenu->setObjectName(QStringLiteral("accountMenu"));
    // Accounts may have been added by portrait-cli meanwhile: list them afresh each time.
    connect(m_accountMenu, &QMenu::aboutToShow, this, &MainWindow::updateAccountMenu);
}

void MainWindow::updateAccountMenu()
{
    if (!m_accountMenu) {
        return;
    }
    const QString current = m_session ? m_session->accountName() : QString();
    const bool demo = m_session && m_session->isDemo();
    // Only ever called before the menu shows, so no action being triggered is deleted here.
    qDeleteAll(m_accountMenu->findChildren<QActionGroup*>(Qt::FindDirectChildrenOnly));
    m_accountMenu->clear();
    auto* group = new QActionGroup(m_accountMenu);

    QAction* demoAction = m_accountMenu->addAction(QIcon(QStringLiteral(":/portrait/icons/users.svg")),
                                                   tr("Demo tenant"), this, &MainWindow::openDemo);
    demoAction->setObjectName(QStringLiteral("demoAccountAction"));
    demoAction->setCheckable(true);
    demoAction->setChecked(demo);
    group->addAction(demoAction);

    const QList<Account> accounts = AccountStore().accounts();
    if (!accounts.isEmpty()) {
        m_accountMenu->addSection(tr("Accounts"));
    }
    for (const Account& account : accounts) {
        const QString text = account.userName.isEmpty()
            ? tr("%1 (%2)").arg(account.name, account.tenant)
            : tr("%1 (%2, %3)").arg(account.name, account.userName, account.tenant);
        const QString name = account.name;
        QAction* action = m_accountMenu->addAction(text, this, [this, name]() { openAccount(name); });
        action->setObjectName(QStringLiteral("accountAction:") + name);
        action->setCheckable(true);
        action->setChecked(name == current);
        group->addAction(action);
    }
    m_accountMenu->addSeparator();
    QAction* signInAction = m_accountMenu->addAction(tr("Sign &in…"), this, [this]() { signIn(); });
    signInAction->setObjectName(QStringLiteral("signInAction"));
    QAction* signOutAction = m_accountMenu->addAction(
        current.isEmpty() ? tr("Sign &out") : tr("Sign &out of %1").arg(current), this, &MainWindow::signOut);
    signOutAction->setObjectName(QStringLiteral("signOutAction"));
    signOutAction->setEnabled(!current.isEmpty());

    updateAccountButton();
}

void MainWindow::updateAccountButton()
{
    const QString current = m_session ? m_session->accountName() : QString();
    const bool demo = m_session && m_session->isDemo();
    m_accountButton->setText(demo ? tr("Demo tenant") : current.isEmpty() ? tr("Not signed in") : current);
}

bool MainWindow::openAccount(const QString& name, const TokenGrant& grant)
{
    ConnectionOptions options;
    options.account = name;
    options.initialGrant = grant;
    options.tokenStore = tokenStore();
    options.concurrency = AppSettings::concurrency();
    Session::Failure failure = Session::Failure::None;
    QString error;
    std::unique_ptr<Session> session = Session::open(options, &failure, &error);
    if (!session) {
        const QString message = tr("Could not open the account %1: %2").arg(name, error);
        m_welcome->setError(message);
        showError(message);
        return false;
    }
    AccountStore().setCurrent(name);
    m_welcome->setError({});
    openSession(std::move(session));
    return true;
}

bool MainWindow::restoreLastAccount()
{
    const AccountStore accounts;
    const QString name = accounts.current();
    if (name.isEmpty()) {
        return false;
    }
    if (!accounts.find(name)) {
        // Signed out meanwhile (e.g. `portrait-cli logout`): nothing to reopen, and nothing to complain about.
        return false;
    }
    return openAccount(name);
}

SignInDialog* MainWindow::signIn()
{
    if (auto* open = findChild<SignInDialog*>(); open && open->isVisible()) {
        open->raise();
        return open;
    }
    // Window-modal without a nested event loop; the dialog deletes itself when closed.
    auto* dialog = new SignInDialog(tokenStore(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SignInDialog::signedIn, this,
            [this](const Account& account, const TokenGrant& grant) { openAccount(account.name, grant); });
    dialog->open();
    return dialog;
}

void MainWindow::signOut()
{
    const QString name = m_session ? m_session->accountName() : QString();
    const std::optional<Account> account = name.isEmpty() ? std::nullopt : AccountStore().find(name);
    if (!account) {
        return;
    }
    // Closed first: nothing may use the account's tokens while its secrets are deleted.
    openSession(nullptr);
    auto* signOut = new SignOut(*account, tokenStore(), this);
    connect(signOut, &SignOut::finished, this, [this, signOut]() {
        signOut->deleteLater();
        if (!signOut->succeeded()) {
            showError(tr("Cannot delete the keychain entries of %1: %2")
                          .arg(signOut->account().name, signOut->errorString()));
            return;
        }
        statusBar()->showMessage(tr("Signed out of %1.").arg(signOut->account().name), 8000);
    });
    signOut->start();
}

} // namespace Portrait

namespace Portrait {

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
        if (m_audit) {
            m_audit->reloadPlaceholders();
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
    QModelIndexList rows = m_tree->selectionModel()->selectedRows();
    if (rows.isEmpty() && m_tree->currentIndex().isValid()) {
        rows << m_tree->currentIndex();
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
    if (rows.size() == 1 && !m_detailPane->photoImage().isNull()) {
        data->setImageData(m_detailPane->photoImage());
    }
    QApplication::clipboard()->setMimeData(data);
    statusBar()->showMessage(tr("Copied %n item(s).", nullptr, int(lines.size())), 3000);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    if (m_auditWindow) {
        settings.setValue(QStringLiteral("audit/geometry"), m_auditWindow->saveGeometry());
    }
    // The view mode ("tree"/"grid") is AppSettings::setViewMode(): setBrowseMode() records it when it changes,
    // and the constructor restores AppSettings::viewMode().
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()); // else the default size
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace Portrait
