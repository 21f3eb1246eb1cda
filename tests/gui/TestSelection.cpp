#include "DetailPane.h"
#include "FaceGridView.h"
#include "MainWindow.h"
#include "SelectionKeeper.h"
#include "Session.h"
#include "emulator/DemoTenant.h"
#include "emulator/GraphEmulator.h"
#include "model/DirectoryFilterModel.h"
#include "model/DirectoryModel.h"
#include "model/Roles.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Portrait;

/**
 * One selection in the tree, the grid of faces and the detail pane (issue: the tree highlighted one node while
 * the pane showed another; a filter made the selection jump to somebody else; F5 dropped it), on the demo tenant.
 */
class TestSelection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void gridAndTreeShowOneSelection();
    void refreshKeepsTheSelection();
    void filterThatHidesTheSelectionClearsIt();
    void filterThatKeepsTheSelectionKeepsIt();
    void searchKeepsAMatchAndClearsTheRest();
    void searchKeepsAChosenListAndThePaneWithIt();
    void groupGoneLeavesTheGridOnUsers();
    void meShowsItsIdentityOnceKnown();

private:
    void open(MainWindow& window);
    /// The row of the user @p id under Users, in the model; invalid if not loaded.
    static QModelIndex userIndex(MainWindow& window, const QString& id);
    /// Makes the user @p id current in the tree (as a click does) and waits for the pane.
    void select(MainWindow& window, const QString& id);
    /// What the tree, the grid and the pane show agree, and name @p id (empty: nothing selected).
    static void verifyOneSelection(MainWindow& window, const QString& id);
    static QString label(MainWindow& window, const char* name);

    QTemporaryDir m_sandbox;
};

void TestSelection::initTestCase()
{
    QVERIFY(m_sandbox.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_sandbox.filePath(QStringLiteral("config"))));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(m_sandbox.filePath(QStringLiteral("cache"))));
}

void TestSelection::open(MainWindow& window)
{
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDemo());
    const QModelIndex users = window.model()->topIndex(NodeKind::Users);
    window.treeView()->expand(window.filterModel()->mapFromSource(users));
    QTRY_VERIFY_WITH_TIMEOUT(window.model()->rowCount(users) >= 20, 10000);
}

QModelIndex TestSelection::userIndex(MainWindow& window, const QString& id)
{
    const QModelIndex users = window.model()->topIndex(NodeKind::Users);
    for (int row = 0; row < window.model()->rowCount(users); ++row) {
        const QModelIndex index = window.model()->index(row, 0, users);
        if (index.data(Roles::GraphIdRole).toString() == id) {
            return index;
        }
    }
    return {};
}

void TestSelection::select(MainWindow& window, const QString& id)
{
    const QModelIndex index = userIndex(window, id);
    QVERIFY2(index.isValid(), qPrintable(id));
    window.treeView()->setCurrentIndex(window.filterModel()->mapFromSource(index));
    QTRY_VERIFY_WITH_TIMEOUT(window.detailPane()->hasPhotoInfo() && !window.detailPane()->isPhotoLoading(), 10000);
    verifyOneSelection(window, id);
}

QString TestSelection::label(MainWindow& window, const char* name)
{
    auto* l = window.detailPane()->findChild<QLabel*>(QLatin1String(name));
    return l ? l->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
}

void TestSelection::verifyOneSelection(MainWindow& window, const QString& id)
{
    const QModelIndex tree = window.treeView()->currentIndex();
    const QModelIndex grid = window.gridView()->currentIndex();
    if (id.isEmpty()) {
        QVERIFY2(!tree.isValid(), qPrintable(tree.data(Roles::GraphPathRole).toString()));
        QVERIFY(!grid.isValid());
        QVERIFY(window.treeView()->selectionModel()->selectedIndexes().isEmpty());
        QVERIFY(!window.detailPane()->principal().isValid());
        QCOMPARE(label(window, "nameLabel"), QStringLiteral("Nothing selected"));
        return;
    }
    QCOMPARE(tree.data(Roles::GraphIdRole).toString(), id);
    QCOMPARE(grid, tree); // one selection model
    QVERIFY(window.treeView()->selectionModel()->isSelected(tree));
    QCOMPARE(window.detailPane()->principal().key(), id);
    QCOMPARE(label(window, "idValueLabel"), id);
    // The grid shows the list the selection is in.
    QCOMPARE(window.gridView()->rootIndex(), tree.parent());
}

void TestSelection::gridAndTreeShowOneSelection()
{
    MainWindow window;
    open(window);
    QVERIFY(!QTest::currentTestFailed());
    const QModelIndex users = window.filterModel()->mapFromSource(window.model()->topIndex(NodeKind::Users));
    QCOMPARE(window.gridView()->rootIndex(), users);
    // A face clicked in the grid: the tree shows the same person, and so does the pane.
    const QModelIndex face = window.filterModel()->index(7, 0, users);
    QTest::mouseClick(window.gridView()->viewport(), Qt::LeftButton, {}, window.gridView()->visualRect(face).center());
    QTRY_VERIFY_WITH_TIMEOUT(window.detailPane()->hasPhotoInfo() && !window.detailPane()->isPhotoLoading(), 10000);
    verifyOneSelection(window, face.data(Roles::GraphIdRole).toString());
    // And a user chosen in the tree is the grid's current face.
    const QString other = window.filterModel()->index(3, 0, users).data(Roles::GraphIdRole).toString();
    select(window, other);
}

void TestSelection::refreshKeepsTheSelection()
{
    MainWindow window;
    open(window);
    QVERIFY(!QTest::currentTestFailed());
    const QModelIndex users = window.model()->topIndex(NodeKind::Users);
    // Beyond the first page, so that it takes a second page to find again.
    window.filterModel()->fetchMore(window.filterModel()->mapFromSource(users));
    QTRY_VERIFY_WITH_TIMEOUT(window.model()->rowCount(users) > 100, 10000);
    const QString id = window.model()->index(120, 0, users).data(Roles::GraphIdRole).toString();
    select(window, id);
    QVERIFY(!QTest::currentTestFailed());

    window.refresh(); // F5
    QTRY_VERIFY_WITH_TIMEOUT(!window.selectionKeeper()->isPending() && window.treeView()->currentIndex().isValid(),
                             10000);
    verifyOneSelection(window, id);
    QVERIFY(!window.detailPane()->isPhotoLoading() || window.detailPane()->principal().key() == id);
}

void TestSelection::filterThatHidesTheSelectionClearsIt()
{
    MainWindow window;
    open(window);
    QVERIFY(!QTest::currentTestFailed());
    const DemoTenant& tenant = window.session()->emulator()->tenant();
    QString member;
    for (const DemoUser& user : tenant.users()) {
        if (!user.guest && userIndex(window, user.id).isValid() && user.id != tenant.me().id) {
            member = user.id;
            break;
        }
    }
    QVERIFY(!member.isEmpty());
    select(window, member);
    QVERIFY(!QTest::currentTestFailed());

    // Guests only: the member is hidden. Nobody else is shown as if selected: the pane says nothing is.
    window.filterModel()->setUserTypeFilter(DirectoryFilterModel::UserTypeFilter::Guest);
    QTRY_VERIFY(window.selectionKeeper()->selectedChain().isEmpty());
    verifyOneSelection(window, {});
    QVERIFY(
        window.filterModel()->rowCount(window.filterModel()->mapFromSource(window.model()->topIndex(NodeKind::Users)))
        > 0); // there were guests to jump to
}

void TestSelection::filterThatKeepsTheSelectionKeepsIt()
{
    MainWindow window;
    open(window);
    QVERIFY(!QTest::currentTestFailed());
    const DemoTenant& tenant = window.session()->emulator()->tenant();
    QString member;
    int rowsAbove = 0;
    for (const DemoUser& user : tenant.users()) {
        const QModelIndex index = userIndex(window, user.id);
        if (index.isValid() && !user.guest && index.row() > 10) {
            member = user.id;
            break;
        }
        rowsAbove += user.guest ? 1 : 0;
    }
    QVERIFY(!member.isEmpty());
    QVERIFY(rowsAbove > 0); // guests above it go: its row changes
    select(window, member);
    QVERIFY(!QTest::currentTestFailed());
    window.filterModel()->setUserTypeFilter(DirectoryFilterModel::UserTypeFilter::Member);
    QTRY_VERIFY(!window.selectionKeeper()->isPending());
    verifyOneSelection(window, member);
    // Sorting moves it; it stays selected.
    window.filterModel()->setSortKey(DirectoryFilterModel::SortKey::Name, Qt::DescendingOrder);
    verifyOneSelection(window, member);
}

void TestSelection::searchKeepsAMatchAndClearsTheRest()
{
    MainWindow window;
    open(window);
    QVERIFY(!QTest::currentTestFailed());
    const DemoTenant& tenant = window.session()->emulator()->tenant();
    const DemoUser* chosen = nullptr;
    for (const DemoUser& user : tenant.users()) {
        if (userIndex(window, user.id).isValid() && user.id != tenant.me().id && user.surname.size() > 3) {
            chosen = &user;
            break;
        }
    }
    QVERIFY(chosen);
    select(window, chosen->id);
    QVERIFY(!QTest::currentTestFailed());

    // A search that finds the selected user: the list is asked again, and the user is selected again in it.
    window.searchEdit()->setText(chosen->displayName);
    window.applySearch();
    QTRY_VERIFY_WITH_TIMEOUT(!window.model()->isLoading() && !window.selectionKeeper()->isPending(), 10000);
    verifyOneSelection(window, chosen->id);

    // A search that does not find them: nothing selected, not the first of the results.
    window.searchEdit()->setText(QStringLiteral("Zzyzx-nobody"));
    window.applySearch();
    QTRY_VERIFY_WITH_TIMEOUT(!window.model()->isLoading() && window.selectionKeeper()->selectedChain().isEmpty(),
                             10000);
    verifyOneSelection(window, {});
}

void TestSelection::searchKeepsAChosenListAndThePaneWithIt()
{
    // As an admin met it: a contact folder chosen, then a search. The tree highlighted a group ("Suppliers")
    // while the pane showed the folder ("Family – 0 entries"): now both show the folder, and its count.
    MainWindow window;
    open(window);
    QVERIFY(!QTest::currentTestFailed());
    const QModelIndex contacts = window.model()->topIndex(NodeKind::MyContacts);
    const QModelIndex groups = window.model()->topIndex(NodeKind::Groups);
    window.treeView()->expand(window.filterModel()->mapFromSource(contacts));
    window.treeView()->expand(window.filterModel()->mapFromSource(groups));
    QTRY_VERIFY_WITH_TIMEOUT(!window.model()->isLoading() && window.model()->rowCount(contacts) > 0
                                 && window.model()->rowCount(groups) > 0,
                             10000);
    QModelIndex folder;
    for (int row = 0; row < window.model()->rowCount(contacts) && !folder.isValid(); ++row) {
        const QModelIndex index = window.model()->index(row, 0, contacts);
        if (NodeKind(index.data(Roles::KindRole).toInt()) == NodeKind::ContactFolder) {
            folder = index;
        }
    }
    QVERIFY(folder.isValid());
    const QString path = folder.data(Roles::GraphPathRole).toString();
    window.treeView()->setCurrentIndex(window.filterModel()->mapFromSource(folder));
    QCOMPARE(label(window, "nameLabel"), folder.data(Roles::DisplayNameRole).toString());

    window.searchEdit()->setText(QStringLiteral("Johansson"));
    window.applySearch();
    QTRY_VERIFY_WITH_TIMEOUT(!window.model()->isLoading() && !window.selectionKeeper()->isPending(), 10000);
    const QModelIndex current = window.treeView()->currentIndex();
    QCOMPARE(current.data(Roles::GraphPathRole).toString(), path);
    QCOMPARE(window.gridView()->currentIndex(), current);
    QCOMPARE(label(window, "nameLabel"), current.data(Roles::DisplayNameRole).toString());
    QCOMPARE(window.gridView()->rootIndex(), current); // the grid shows the folder's (matching) contacts
}

void TestSelection::groupGoneLeavesTheGridOnUsers()
{
    // A group chosen (the grid shows its members), then a search that does not find it: the selection is
    // cleared, and the grid goes back to Users rather than showing the four top nodes as faces.
    MainWindow window;
    open(window);
    QVERIFY(!QTest::currentTestFailed());
    const QModelIndex groups = window.model()->topIndex(NodeKind::Groups);
    window.treeView()->expand(window.filterModel()->mapFromSource(groups));
    QTRY_VERIFY_WITH_TIMEOUT(!window.model()->isLoading() && window.model()->rowCount(groups) > 0, 10000);
    const QModelIndex group = window.filterModel()->mapFromSource(window.model()->index(0, 0, groups));
    window.treeView()->setCurrentIndex(group);
    QCOMPARE(window.gridView()->rootIndex(), group);

    window.searchEdit()->setText(QStringLiteral("Zzyzx-nobody"));
    window.applySearch();
    QTRY_VERIFY_WITH_TIMEOUT(!window.model()->isLoading() && window.selectionKeeper()->selectedChain().isEmpty(),
                             10000);
    verifyOneSelection(window, {});
    QCOMPARE(window.gridView()->rootIndex(),
             window.filterModel()->mapFromSource(window.model()->topIndex(NodeKind::Users)));
}

void TestSelection::meShowsItsIdentityOnceKnown()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDemo());
    // Chosen before the signed-in user's own object has arrived (it is asked for when the tenant opens).
    const QModelIndex me = window.filterModel()->mapFromSource(window.model()->topIndex(NodeKind::Me));
    QVERIFY(me.data(Roles::GraphIdRole).toString().isEmpty());
    window.treeView()->setCurrentIndex(me);
    const DemoUser& truth = window.session()->emulator()->tenant().me();
    QTRY_COMPARE_WITH_TIMEOUT(label(window, "upnValueLabel"), truth.userPrincipalName, 10000);
    QCOMPARE(label(window, "mailValueLabel"), truth.mail);
    QCOMPARE(label(window, "idValueLabel"), truth.id);
    QCOMPARE(label(window, "nameLabel"), truth.displayName);
}

QTEST_MAIN(TestSelection)
#include "TestSelection.moc"
