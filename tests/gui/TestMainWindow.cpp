#include "AuditView.h"
#include "DetailPane.h"
#include "ExportDialog.h"
#include "FaceGridView.h"
#include "MainWindow.h"
#include "ScreenFit.h"
#include "Session.h"
#include "emulator/DemoTenant.h"
#include "emulator/GraphEmulator.h"
#include "model/DirectoryFilterModel.h"
#include "model/DirectoryModel.h"
#include "model/Roles.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <QTreeView>
#include <functional>

using namespace Portrait;

/**
 * The main window on the offscreen platform against the demo tenant (GraphEmulator in-process on loopback):
 * what the detail pane shows is compared with the tenant's truth.
 */
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void startsOnTheWelcomePage();
    void demoButtonOpensTheDemoTenant();
    void directoryCommandsWaitForADirectory();
    void selectedUserShowsTheExactPhotoFacts();
    void userWithoutPhotoShowsStatusNoneWithReason();
    void userWithoutMailboxShowsUnavailableWithGraphsError();
    void failedListIsShownInTheStatusBarAndOnTheNode();
    void viewModeIsRememberedAcrossRestarts();
    void numbersFollowTheLocale();
    void auditAndExportFitSmallScreens();
    void titleNamesTheTenantOnce();
    void firstSizeFitsTheScreen();
    void legendGreyFollowsTheTheme();

private:
    /// Opens the demo tenant in @p window, expands Users and waits for the first page.
    void openAndExpandUsers(MainWindow& window, QModelIndex* users);
    /// The id of the first listed user (after Me) that @p wanted accepts; empty when none does.
    static QString firstUserWhere(MainWindow& window, const QModelIndex& users,
                                  const std::function<bool(const DemoUser&)>& wanted);
    /// Selects the user @p userId (must be in the first page) and waits until the pane has the outcome.
    void selectUser(MainWindow& window, const QModelIndex& users, const QString& userId);
    static QString text(const MainWindow& window, const char* objectName);

    QTemporaryDir m_sandbox;
};

void TestMainWindow::initTestCase()
{
    // Before the first QSettings: the window's state and preferences stay in a folder of this run.
    QVERIFY(m_sandbox.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_sandbox.filePath(QStringLiteral("config"))));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(m_sandbox.filePath(QStringLiteral("cache"))));
}

void TestMainWindow::directoryCommandsWaitForADirectory()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // What needs a directory, in the menus and on the toolbar.
    const QStringList actionNames{QStringLiteral("refreshAction"), QStringLiteral("exportAction"),
                                  QStringLiteral("gridAction"), QStringLiteral("findAction"),
                                  QStringLiteral("copyAction")};
    const auto commands = [&]() {
        QList<QAction*> actions;
        for (const QString& name : actionNames) {
            actions << window.findChild<QAction*>(name);
        }
        actions << window.findChild<QMenu*>(QStringLiteral("filterMenu"))->menuAction()
                << window.findChild<QMenu*>(QStringLiteral("sortMenu"))->menuAction();
        return actions;
    };
    const auto buttons = [&]() {
        return QList<QWidget*>{window.searchEdit(), window.findChild<QToolButton*>(QStringLiteral("filterButton")),
                               window.findChild<QToolButton*>(QStringLiteral("sortButton"))};
    };
    const auto enabled = [&](bool on) {
        QStringList wrong;
        for (const QAction* action : commands()) {
            if (action->isEnabled() != on) {
                wrong << action->objectName() + action->text();
            }
        }
        for (const QWidget* widget : buttons()) {
            if (widget->isEnabled() != on) {
                wrong << widget->objectName();
            }
        }
        return wrong;
    };
    QVERIFY(!commands().contains(nullptr));
    QVERIFY(!buttons().contains(nullptr));

    // The welcome page: nothing to export, show as faces, search, filter or sort.
    QCOMPARE(enabled(false), QStringList());
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
    QVERIFY(window.lastError().isEmpty()); // Ctrl+E does nothing, rather than saying it cannot
    QVERIFY(window.openDemo());
    QCOMPARE(enabled(true), QStringList());
    // Closed again (as on sign-out): back to the welcome page's state.
    window.openSession(nullptr);
    QCOMPARE(enabled(false), QStringList());
}

QString TestMainWindow::text(const MainWindow& window, const char* objectName)
{
    auto* label = window.detailPane()->findChild<QLabel*>(QLatin1String(objectName));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QLatin1String(objectName));
}

QString TestMainWindow::firstUserWhere(MainWindow& window, const QModelIndex& users,
                                       const std::function<bool(const DemoUser&)>& wanted)
{
    const DemoTenant& tenant = window.session()->emulator()->tenant();
    for (int i = 1; i < window.model()->rowCount(users); ++i) {
        if (wanted(tenant.users().at(i))) {
            return tenant.users().at(i).id;
        }
    }
    return {};
}

void TestMainWindow::openAndExpandUsers(MainWindow& window, QModelIndex* users)
{
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDemo());
    *users = window.model()->topIndex(NodeKind::Users);
    // The view calls fetchMore() (through the filter model), as when the user clicks the arrow.
    window.treeView()->expand(window.filterModel()->mapFromSource(*users));
    QTRY_VERIFY_WITH_TIMEOUT(window.model()->rowCount(*users) > 0, 10000);
}

void TestMainWindow::selectUser(MainWindow& window, const QModelIndex& users, const QString& userId)
{
    QModelIndex found;
    for (int row = 0; row < window.model()->rowCount(users); ++row) {
        const QModelIndex index = window.model()->index(row, 0, users);
        if (index.data(Roles::GraphIdRole).toString() == userId) {
            found = index;
            break;
        }
    }
    QVERIFY2(found.isValid(), qPrintable(userId));
    window.treeView()->setCurrentIndex(window.filterModel()->mapFromSource(found));
    QTRY_VERIFY_WITH_TIMEOUT(window.detailPane()->hasPhotoInfo() && !window.detailPane()->isPhotoLoading(), 10000);
    QCOMPARE(window.detailPane()->principal().key(), userId);
}

void TestMainWindow::startsOnTheWelcomePage()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.session());
    auto* stack = qobject_cast<QStackedWidget*>(window.centralWidget());
    QVERIFY(stack);
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("welcomePage"));
    auto* demo = window.findChild<QPushButton*>(QStringLiteral("openDemoButton"));
    QVERIFY(demo && demo->isVisible() && demo->isEnabled());
    auto* signIn = window.findChild<QPushButton*>(QStringLiteral("signInButton"));
    QVERIFY(signIn && signIn->isEnabled());
    // It says what Portrait does: browse and save, and fix photos too, safely.
    auto* text = window.findChild<QLabel*>(QStringLiteral("welcomeTextLabel"));
    QVERIFY(text);
    for (const char* what : {"save it to disk", "import", "replace", "remove", "plan", "undo"}) {
        QVERIFY2(text->text().contains(QLatin1String(what)), what);
    }
}

void TestMainWindow::demoButtonOpensTheDemoTenant()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("openDemoButton")), Qt::LeftButton);
    QVERIFY(window.session());
    QVERIFY(window.session()->isDemo());
    auto* stack = qobject_cast<QStackedWidget*>(window.centralWidget());
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("mainSplitter"));
    QCOMPARE(window.treeView()->model(), window.filterModel());
    QCOMPARE(window.filterModel()->sourceModel(), window.model());
    // The Me node is fetched for its name, the grid of faces shows the first page of users; nothing else is
    // loaded before the user expands something.
    const QModelIndex me = window.model()->topIndex(NodeKind::Me);
    const DemoTenant& tenant = window.session()->emulator()->tenant();
    QTRY_COMPARE_WITH_TIMEOUT(me.data(Roles::DisplayNameRole).toString(), tenant.me().displayName, 10000);
    QCOMPARE(window.model()->rowCount(window.model()->topIndex(NodeKind::Groups)), 0);
}

void TestMainWindow::selectedUserShowsTheExactPhotoFacts()
{
    MainWindow window;
    QModelIndex users;
    openAndExpandUsers(window, &users);
    QVERIFY(!QTest::currentTestFailed() && users.isValid());
    const DemoTenant& tenant = window.session()->emulator()->tenant();
    const int loaded = window.model()->rowCount(users);

    // A user with a photo, not the signed-in one.
    QString userId;
    for (int i = 1; i < loaded && userId.isEmpty(); ++i) {
        if (tenant.users().at(i).photo.hasPhoto()) {
            userId = tenant.users().at(i).id;
        }
    }
    QVERIFY(!userId.isEmpty());
    selectUser(window, users, userId);
    QVERIFY(!QTest::currentTestFailed());

    const PhotoAsset truth = tenant.photo(userId);
    QVERIFY(!truth.isNull());
    QCOMPARE(text(window, "statusValueLabel"), QStringLiteral("Photo"));
    QCOMPARE(text(window, "sizeValueLabel"), QStringLiteral("%1 × %2").arg(truth.width).arg(truth.height));
    const QString bytes = text(window, "bytesValueLabel");
    QVERIFY2(bytes.startsWith(QLocale().toString(qint64(truth.bytes.size())) + QStringLiteral(" bytes")),
             qPrintable(bytes));
    QCOMPARE(text(window, "mediaTypeValueLabel"), QString::fromLatin1(truth.mediaType));
    QCOMPARE(text(window, "etagValueLabel"), truth.etag);
    QCOMPARE(text(window, "upnValueLabel"), tenant.findUser(userId)->userPrincipalName);
    QCOMPARE(text(window, "idValueLabel"), userId);
    QCOMPARE(window.detailPane()->photoInfo().data, truth.bytes);
    // Decoded off the GUI thread, shown at its real size (scaled only for display).
    QCOMPARE(window.detailPane()->photoImage().size(), QSize(truth.width, truth.height));

    // "Save photo as…" writes exactly the bytes Graph sent.
    QVERIFY(window.detailPane()->canSavePhoto());
    const QString suffix = truth.mediaType == "image/png" ? QStringLiteral(".png") : QStringLiteral(".jpg");
    QVERIFY(window.detailPane()->suggestedFileName().endsWith(suffix));
    QVERIFY(window.detailPane()->suggestedFileName().startsWith(tenant.findUser(userId)->userPrincipalName));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(window.detailPane()->suggestedFileName());
    QString error;
    QVERIFY2(window.detailPane()->savePhotoTo(path, &error), qPrintable(error));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), truth.bytes);

    // The tree learnt the outcome through the model's role.
    QTRY_COMPARE(window.treeView()->currentIndex().data(Roles::PhotoStateRole).toInt(), int(PhotoStatus::Photo));
}

void TestMainWindow::userWithoutPhotoShowsStatusNoneWithReason()
{
    MainWindow window;
    QModelIndex users;
    openAndExpandUsers(window, &users);
    QVERIFY(!QTest::currentTestFailed() && users.isValid());
    const QString userId
        = firstUserWhere(window, users, [](const DemoUser& user) { return user.photo.state == PhotoState::None; });
    QVERIFY(!userId.isEmpty());
    selectUser(window, users, userId);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(text(window, "statusValueLabel"), QStringLiteral("No photo"));
    // In words (the code on hover): Graph's empty 1×1 image, or none uploaded.
    const QString reason = text(window, "reasonValueLabel");
    QVERIFY2(reason == QStringLiteral("Graph's empty 1×1 image") || reason == QStringLiteral("none uploaded"),
             qPrintable(reason));
    QVERIFY(text(window, "photoHeadlineLabel").startsWith(QStringLiteral("No photo")));
    QCOMPARE(text(window, "bytesValueLabel"), QStringLiteral("—"));
    QVERIFY(!window.detailPane()->canSavePhoto());
    QVERIFY(window.detailPane()->photoImage().isNull());
}

void TestMainWindow::userWithoutMailboxShowsUnavailableWithGraphsError()
{
    MainWindow window;
    QModelIndex users;
    openAndExpandUsers(window, &users);
    QVERIFY(!QTest::currentTestFailed() && users.isValid());
    DemoTenant& tenant = window.session()->emulator()->tenant();
    const QString userId = tenant.users().at(2).id;
    QVERIFY(tenant.setNoMailbox(userId));
    selectUser(window, users, userId);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(text(window, "statusValueLabel"), QStringLiteral("Unavailable"));
    QCOMPARE(text(window, "reasonValueLabel"), QStringLiteral("no Exchange Online mailbox"));
    QCOMPARE(text(window, "errorCodeValueLabel"), QStringLiteral("ErrorNonExistentMailbox"));
    QVERIFY(!text(window, "errorMessageValueLabel").isEmpty());
    QVERIFY(text(window, "requestIdValueLabel") != QStringLiteral("—"));
    QVERIFY(text(window, "photoHeadlineLabel").contains(QStringLiteral("mailbox")));
}

void TestMainWindow::failedListIsShownInTheStatusBarAndOnTheNode()
{
    MainWindow window;
    QModelIndex users;
    openAndExpandUsers(window, &users);
    QVERIFY(!QTest::currentTestFailed() && users.isValid());
    // The expanded Users list goes on loading its pages (QTreeView asks while it lays out): let it finish.
    QTRY_VERIFY_WITH_TIMEOUT(!window.model()->isLoading(), 10000);
    window.session()->emulator()->setAccessToken(QStringLiteral("not-the-token-portrait-has"));
    const QModelIndex groups = window.model()->topIndex(NodeKind::Groups);
    window.treeView()->expand(window.filterModel()->mapFromSource(groups));
    QTRY_COMPARE_WITH_TIMEOUT(FetchState(groups.data(Roles::FetchStateRole).toInt()), FetchState::Failed, 10000);
    QVERIFY(!groups.data(Roles::ErrorRole).toString().isEmpty());
    QVERIFY2(window.lastError().contains(QStringLiteral("groups")), qPrintable(window.lastError()));
    auto* label = window.findChild<QLabel*>(QStringLiteral("errorStatusLabel"));
    QVERIFY(label && label->isVisible());
    QCOMPARE(label->text(), window.lastError());
    QVERIFY(window.loadingText().isEmpty());
}

void TestMainWindow::viewModeIsRememberedAcrossRestarts()
{
    {
        MainWindow window; // first start: the grid of faces
        QCOMPARE(window.browseMode(), MainWindow::BrowseMode::Grid);
        QVERIFY(window.openDemo());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.gridView()->isVisible());
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_G, Qt::ControlModifier); // View ▸ Grid of faces, off
        QCOMPARE(window.browseMode(), MainWindow::BrowseMode::Tree);
        QVERIFY(!window.gridView()->isVisible());
        window.close();
    }
    {
        MainWindow window; // the next start: the tree alone, as left
        QCOMPARE(window.browseMode(), MainWindow::BrowseMode::Tree);
        QVERIFY(window.openDemo());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.gridView()->isVisible());
        auto* action = window.findChild<QAction*>(QStringLiteral("gridAction"));
        QVERIFY(action && !action->isChecked());
        action->trigger(); // the grid again
        QCOMPARE(window.browseMode(), MainWindow::BrowseMode::Grid);
        window.close();
    }
    MainWindow window;
    QCOMPARE(window.browseMode(), MainWindow::BrowseMode::Grid);
    QVERIFY(window.findChild<QAction*>(QStringLiteral("gridAction"))->isChecked());
}

void TestMainWindow::numbersFollowTheLocale()
{
    // A German desktop: the photo's bytes read "18.143", not "18,143" (the locale, not the translation, decides).
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto restore = qScopeGuard([&before]() { QLocale::setDefault(before); });
    MainWindow window;
    QModelIndex users;
    openAndExpandUsers(window, &users);
    QVERIFY(!QTest::currentTestFailed() && users.isValid());
    const DemoTenant& tenant = window.session()->emulator()->tenant();
    const QString userId = firstUserWhere(window, users, [&tenant](const DemoUser& user) {
        return user.photo.hasPhoto() && tenant.photo(user.id).bytes.size() >= 1000;
    });
    QVERIFY(!userId.isEmpty());
    selectUser(window, users, userId);
    QVERIFY(!QTest::currentTestFailed());
    const qint64 size = tenant.photo(userId).bytes.size();
    const QString grouped = QStringLiteral("%1.%2").arg(size / 1000).arg(size % 1000, 3, 10, QLatin1Char('0'));
    const QString bytes = text(window, "bytesValueLabel");
    QVERIFY2(bytes.startsWith(grouped + QStringLiteral(" bytes (")), qPrintable(bytes));
    QVERIFY2(bytes.contains(QStringLiteral(",")) && bytes.endsWith(QStringLiteral(" KiB)")), qPrintable(bytes));
}

void TestMainWindow::auditAndExportFitSmallScreens()
{
    // The audit was a dock: opening it raised the main window's minimum height to 922 px, more than a 900-pixel
    // screen, and left its table five rows. Now it is a window of its own; nothing of it binds the main window.
    MainWindow window;
    QVERIFY(window.openDemo());
    window.resize(1300, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QSize before = window.minimumSizeHint();
    window.toggleAudit();
    QWidget* audit = window.auditWindow();
    QVERIFY(audit && audit->isVisible() && audit->isWindow());
    QCOMPARE(window.minimumSizeHint(), before);
    QCOMPARE(window.size(), QSize(1300, 700));
    // Room for both on a 1366×768 screen less a panel and the title bars: each fits on its own.
    const QSize small(1366, 768 - 80);
    for (QWidget* w : {static_cast<QWidget*>(&window), audit}) {
        const QSize minimum = w->minimumSizeHint().expandedTo(w->minimumSize());
        QVERIFY2(minimum.width() <= small.width() && minimum.height() <= small.height(),
                 qPrintable(
                     QStringLiteral("%1 needs %2×%3").arg(w->objectName()).arg(minimum.width()).arg(minimum.height())));
    }
    QVERIFY(audit->height() <= 720);
    // Idle, its progress bar says nothing ("0 of 1" read as one principal left undone).
    QProgressBar* progress = window.auditView()->progressBar();
    QVERIFY(!progress->isTextVisible() || !progress->text().contains(QLatin1String("of")));
    // The table takes the room the window has: most of its height.
    audit->resize(1000, 680);
    QTRY_VERIFY(window.auditView()->tableView()->height() > audit->height() / 3);
    // Ctrl+U again (or closing it) hides it; the main window keeps its size.
    window.toggleAudit();
    QVERIFY(!audit->isVisible());
    QCOMPARE(window.size(), QSize(1300, 700));

    window.exportPhotos();
    auto* exportDialog = window.findChild<ExportDialog*>();
    QVERIFY(exportDialog);
    const QSize exportSize = exportDialog->sizeHint().expandedTo(exportDialog->minimumSizeHint());
    QVERIFY2(
        exportSize.height() <= small.height() && exportSize.width() <= small.width(),
        qPrintable(QStringLiteral("the export dialog needs %1×%2").arg(exportSize.width()).arg(exportSize.height())));
    // Idle, its progress bar says nothing either ("0%" read as stuck).
    QVERIFY(!exportDialog->findChild<QProgressBar*>(QStringLiteral("exportProgressBar"))->isTextVisible());
    exportDialog->close();
}

void TestMainWindow::titleNamesTheTenantOnce()
{
    // The platform appends the application's display name: the title itself must not carry it too
    // ("Portrait — Demo tenant — Portrait").
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Portrait"));
    MainWindow window;
    QVERIFY(window.openDemo());
    QCOMPARE(window.windowTitle(), QStringLiteral("Demo tenant"));
    window.openSession(nullptr);
    QCOMPARE(window.windowTitle(), QStringLiteral("Portrait")); // shown once: the platform adds nothing to it
}

void TestMainWindow::firstSizeFitsTheScreen()
{
    // Without a geometry of last time: 1100x720, or 90% of the screen's available room where that is less. It
    // used to be 1100x720 whatever the screen, taller than a 1366x768 laptop shows below its panel.
    QSettings().remove(QStringLiteral("window"));
    QCOMPARE(ScreenFit::fitted(QSize(1100, 720), QRect(0, 0, 1366, 768 - 32)), QSize(1100, 662));
    QCOMPARE(ScreenFit::fitted(QSize(1100, 720), QRect(0, 0, 1440, 900 - 32)), QSize(1100, 720));
    QCOMPARE(ScreenFit::fitted(QSize(1100, 720), QRect(0, 24, 1024, 576)), QSize(921, 518));
    QCOMPARE(ScreenFit::fitted(QSize(1100, 720), QRect()), QSize(1100, 720)); // no screen known
    MainWindow window;
    const QRect available = window.screen()->availableGeometry();
    const QSize fitted = ScreenFit::fitted(QSize(1100, 720), available);
    QVERIFY2(fitted.width() < 1100 || fitted.height() < 720, "the test screen is smaller than 1100x720");
    QCOMPARE(window.size(), fitted.expandedTo(window.minimumSize()));
    QVERIFY(window.width() <= available.width() && window.height() <= available.height());
    // The user's own geometry wins the next time.
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.resize(640, 500);
    QTRY_COMPARE(window.size(), QSize(640, 500));
    window.close();
    MainWindow again;
    QCOMPARE(again.size(), QSize(640, 500));
    // A geometry kept on a larger screen (or before a resolution change) is brought within this one.
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    again.setGeometry(QRect(available.topLeft(), available.size() * 2));
    again.close();
    MainWindow smaller;
    QVERIFY2(smaller.width() <= available.width() && smaller.height() <= available.height(),
             qPrintable(QStringLiteral("%1x%2").arg(smaller.width()).arg(smaller.height())));
}

void TestMainWindow::legendGreyFollowsTheTheme()
{
    // The legend's "Grey: disabled account" is rich text, so its colour is in the markup: it used to keep the
    // grey of the theme the window was opened with.
    MainWindow window;
    window.show();
    const auto* legend = window.findChild<QLabel*>(QStringLiteral("legendLabel"));
    QVERIFY(legend);
    const QPalette before = QApplication::palette();
    const auto restore = qScopeGuard([before]() { QApplication::setPalette(before); });
    QVERIFY(legend->text().contains(before.color(QPalette::Disabled, QPalette::Text).name()));
    QPalette dark = before;
    dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x26));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x7a, 0x80, 0x8a));
    QVERIFY(dark.color(QPalette::Disabled, QPalette::Text) != before.color(QPalette::Disabled, QPalette::Text));
    QApplication::setPalette(dark);
    QTRY_VERIFY2(legend->text().contains(QStringLiteral("#7a808a")), qPrintable(legend->text()));
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
