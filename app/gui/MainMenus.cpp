#include "MainMenus.h"

#include "AboutDialog.h"
#include "AccountMenu.h"
#include "DetailPane.h"
#include "FilterSortMenus.h"
#include "ImportController.h"
#include "MainWindow.h"
#include "PhotoChangeActions.h"
#include "SearchBox.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>
#include <QToolButton>

namespace Portrait {

namespace {
/// The desktop theme's icon @p name, else Portrait's own.
QIcon themed(const QString& name, const QString& fallback)
{
    return QIcon::fromTheme(name, QIcon(fallback));
}
} // namespace

MainMenus::MainMenus(MainWindow* window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("mainMenus"));
    createActions();
    m_search = new SearchBox(window);
    m_filterSort = new FilterSortMenus(window->filterModel(), window);
    m_accountMenu = new AccountMenu(window->accounts(), window);
    buildMenuBar();
    buildToolBar();
}

MainMenus::~MainMenus() = default;

void MainMenus::createActions()
{
    MainWindow* w = m_window;
    m_openDemo = new QAction(QIcon(QStringLiteral(":/portrait/icons/users.svg")), tr("Open the &demo tenant"), w);
    m_openDemo->setObjectName(QStringLiteral("openDemoAction"));
    connect(m_openDemo, &QAction::triggered, w, &MainWindow::openDemo);

    m_refresh = new QAction(themed(QStringLiteral("view-refresh"), QStringLiteral(":/portrait/icons/refresh.svg")),
                            tr("&Refresh"), w);
    m_refresh->setObjectName(QStringLiteral("refreshAction"));
    m_refresh->setShortcut(QKeySequence(Qt::Key_F5));
    m_refresh->setToolTip(tr("Forget what was loaded and load it again (F5)"));
    m_refresh->setEnabled(false);
    connect(m_refresh, &QAction::triggered, w, &MainWindow::refresh);

    m_save = new QAction(themed(QStringLiteral("document-save-as"), QStringLiteral(":/portrait/icons/save.svg")),
                         tr("&Save photo as…"), w);
    m_save->setObjectName(QStringLiteral("savePhotoAction"));
    m_save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    m_save->setToolTip(tr("Save the selected photo's exact bytes to a file (Ctrl+S)"));
    m_save->setEnabled(false);
    connect(m_save, &QAction::triggered, w, &MainWindow::savePhotoAs);

    m_export = new QAction(themed(QStringLiteral("document-export"), QStringLiteral(":/portrait/icons/export.svg")),
                           tr("&Export…"), w);
    m_export->setObjectName(QStringLiteral("exportAction"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setToolTip(tr("Export the photos of the selection, a group, or the whole directory (Ctrl+E)"));
    connect(m_export, &QAction::triggered, w, &MainWindow::exportPhotos);

    m_grid = new QAction(QIcon(QStringLiteral(":/portrait/icons/users.svg")), tr("&Grid of faces"), w);
    m_grid->setObjectName(QStringLiteral("gridAction"));
    m_grid->setCheckable(true);
    m_grid->setChecked(w->browseMode() == MainWindow::BrowseMode::Grid);
    m_grid->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    m_grid->setToolTip(tr("Show the faces of the chosen list beside the tree (Ctrl+G)"));
    connect(m_grid, &QAction::toggled, w,
            [w](bool on) { w->setBrowseMode(on ? MainWindow::BrowseMode::Grid : MainWindow::BrowseMode::Tree); });

    m_quit = new QAction(themed(QStringLiteral("application-exit"), QStringLiteral(":/portrait/icons/quit.svg")),
                         tr("&Quit"), w);
    m_quit->setObjectName(QStringLiteral("quitAction"));
    // The platform's Quit key where it has one, else the common Ctrl+Q.
    const QKeySequence quit(QKeySequence::Quit);
    m_quit->setShortcut(quit.isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Q) : quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, w, &MainWindow::close);

    m_about = new QAction(themed(QStringLiteral("help-about"), QStringLiteral(":/portrait/icons/about.svg")),
                          tr("&About Portrait"), w);
    m_about->setObjectName(QStringLiteral("aboutAction"));
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, w, [w]() {
        auto* about = new AboutDialog(w);
        about->setAttribute(Qt::WA_DeleteOnClose);
        about->open();
    });

    m_copy = new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy"), w);
    m_copy->setObjectName(QStringLiteral("copyAction"));
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setToolTip(tr("Copy the selected people's names and addresses, and the photo shown (Ctrl+C)"));
    connect(m_copy, &QAction::triggered, w, &MainWindow::copySelection);

    m_settings = new QAction(QIcon::fromTheme(QStringLiteral("preferences-system")), tr("&Preferences…"), w);
    m_settings->setObjectName(QStringLiteral("settingsAction"));
    QList<QKeySequence> settingsKeys{QKeySequence(Qt::CTRL | Qt::Key_Comma)};
    if (const QKeySequence platform(QKeySequence::Preferences);
        !platform.isEmpty() && !settingsKeys.contains(platform)) {
        settingsKeys << platform;
    }
    m_settings->setShortcuts(settingsKeys);
    m_settings->setMenuRole(QAction::PreferencesRole);
    connect(m_settings, &QAction::triggered, w, &MainWindow::showSettings);

    m_find = new QAction(tr("&Find…"), w);
    m_find->setObjectName(QStringLiteral("findAction"));
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, w, &MainWindow::focusSearch);

    m_audit = new QAction(tr("&Audit…"), w);
    m_audit->setObjectName(QStringLiteral("auditAction"));
    m_audit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    connect(m_audit, &QAction::triggered, w, &MainWindow::toggleAudit);
}

void MainMenus::buildMenuBar()
{
    QMenuBar* bar = m_window->menuBar();

    QMenu* file = bar->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_openDemo);
    file->addSeparator();
    file->addAction(m_save);
    file->addAction(m_export);
    file->addAction(m_window->importController()->importAction());
    file->addMenu(m_window->importController()->recentJournalsMenu());
    file->addSeparator();
    file->addAction(m_window->photoChangeActions()->replaceAction());
    file->addAction(m_window->photoChangeActions()->removeAction());
    file->addSeparator();
    file->addAction(m_quit);

    QMenu* edit = bar->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_copy);
    edit->addActions(m_window->detailPane()->copyActions()); // the detail pane's Copy menu, for the keyboard
    edit->addSeparator();
    edit->addAction(m_settings);

    QMenu* view = bar->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_refresh);
    view->addAction(m_grid);
    view->addAction(m_find);
    view->addAction(m_audit);
    // The toolbar's Filter and Sort menus, for the keyboard.
    view->addSeparator();
    view->addMenu(m_filterSort->filterMenu());
    view->addMenu(m_filterSort->sortMenu());

    bar->addMenu(m_accountMenu);

    QMenu* help = bar->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_about);
}

void MainMenus::buildToolBar()
{
    QToolBar* toolBar = m_window->addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_refresh);
    toolBar->addAction(m_save);
    toolBar->addAction(m_export);
    toolBar->addSeparator();
    toolBar->addAction(m_grid);
    toolBar->addWidget(m_search);
    m_filterSort->addButtons(toolBar);

    // The account switcher, at the toolbar's far end.
    auto* spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    toolBar->addWidget(m_accountMenu->createButton(toolBar));
}

void MainMenus::setDirectoryOpen(bool open)
{
    // Without a directory (the welcome page) there is nothing to export, show as faces, search, filter or sort.
    for (QAction* action : {m_refresh, m_export, m_grid, m_find, m_copy, m_filterSort->filterMenu()->menuAction(),
                            m_filterSort->sortMenu()->menuAction(), m_window->importController()->importAction()}) {
        action->setEnabled(open);
    }
    m_search->setEnabled(open);
}

} // namespace Portrait
