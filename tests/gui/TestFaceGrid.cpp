#include "FaceGridView.h"
#include "MainWindow.h"
#include "Session.h"
#include "cache/ThumbnailLoader.h"
#include "emulator/DemoTenant.h"
#include "emulator/GraphEmulator.h"
#include "graph/GraphClient.h"
#include "graph/RequestScheduler.h"
#include "model/DirectoryFilterModel.h"
#include "model/DirectoryModel.h"
#include "model/Roles.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Portrait;

namespace {

QString pathOf(const RequestRecord& record)
{
    const qsizetype q = record.target.indexOf('?');
    return QUrl::fromPercentEncoding(q < 0 ? record.target : record.target.left(q));
}

bool searchMatches(const QString& displayName, const QString& term)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    const QStringList words = displayName.split(separators, Qt::SkipEmptyParts);
    return std::any_of(words.cbegin(), words.cend(),
                       [&](const QString& word) { return word.startsWith(term, Qt::CaseInsensitive); });
}

/// The user ids whose thumbnails were asked for (`/users/{id}/photo...`), in order.
QStringList photoRequestIds(const GraphEmulator& emulator)
{
    static const QRegularExpression re(QStringLiteral("^/v1\\.0/users/([^/]+)/photos?(/|$)"));
    QStringList ids;
    const auto log = emulator.requestLog();
    for (const RequestRecord& r : log) {
        const auto m = re.match(pathOf(r));
        if (m.hasMatch()) {
            ids << m.captured(1);
        }
    }
    return ids;
}

} // namespace

/**
 * The grid of faces in the main window, against the in-process demo tenant: it shows the users at once,
 * asks thumbnails only for what is on screen (plus a small margin), and narrows to the matching faces when a
 * search is typed.
 */
class TestFaceGrid : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void gridShowsTheUsersAndIsTheDefault();
    void scrollingRequestsOnlyVisibleThumbnails();
    void typingASearchNarrowsTheGridToTheMatchingFaces();
    void browseModeTogglesTheGrid();
    void anEmptySearchSaysSoAndEscapeClearsIt();

private:
    QTemporaryDir m_sandbox;
    void open(MainWindow& window);
    QModelIndex gridRoot(MainWindow& window) const { return window.gridView()->rootIndex(); }
    int gridRows(MainWindow& window) const { return window.filterModel()->rowCount(gridRoot(window)); }
    /// Every face in the viewport shows a photo or a status (none is loading or unknown).
    bool visibleFacesKnown(MainWindow& window) const
    {
        const auto [first, last] = window.gridView()->visibleRows();
        for (int row = first; row <= last && first >= 0; ++row) {
            const QString state
                = window.gridView()->faceDelegate()->faceState(window.filterModel()->index(row, 0, gridRoot(window)));
            if (state == u"loading" || state == u"unknown") {
                return false;
            }
        }
        return first >= 0;
    }
};

void TestFaceGrid::initTestCase()
{
    // The view mode is a preference (MainWindow records it): this run's own, not the user's.
    QVERIFY(m_sandbox.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_sandbox.filePath(QStringLiteral("config"))));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(m_sandbox.filePath(QStringLiteral("cache"))));
}

void TestFaceGrid::open(MainWindow& window)
{
    window.resize(1100, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDemo());
    QTRY_VERIFY_WITH_TIMEOUT(gridRows(window) > 0, 10000);
}

void TestFaceGrid::gridShowsTheUsersAndIsTheDefault()
{
    MainWindow window;
    open(window);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(window.browseMode(), MainWindow::BrowseMode::Grid);
    QVERIFY(window.gridView()->isVisible());
    QCOMPARE(window.gridView()->viewMode(), QListView::IconMode);
    QCOMPARE(window.filterModel()->mapToSource(gridRoot(window)), window.model()->topIndex(NodeKind::Users));
    // Thumbnails come, with distinct states for photos and people without one.
    QTRY_VERIFY_WITH_TIMEOUT(visibleFacesKnown(window), 20000);
    const DemoTenant& tenant = window.session()->emulator()->tenant();
    const auto [first, last] = window.gridView()->visibleRows();
    QVERIFY(first == 0 && last > 5);
    QSet<QString> states;
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = window.filterModel()->index(row, 0, gridRoot(window));
        const DemoUser* user = tenant.findUser(index.data(Roles::GraphIdRole).toString());
        QVERIFY(user);
        const QString state = window.gridView()->faceDelegate()->faceState(index);
        states.insert(state);
        if (user->photo.state == PhotoState::NoMailbox) {
            QCOMPARE(state, QStringLiteral("unavailable"));
        } else {
            QCOMPARE(state, user->photo.hasPhoto() ? QStringLiteral("photo") : QStringLiteral("none"));
        }
        // The model learnt the status from the thumbnail.
        QVERIFY(index.data(Roles::PhotoStateRole).isValid());
    }
    QVERIFY(states.contains(QStringLiteral("photo")));
}

void TestFaceGrid::scrollingRequestsOnlyVisibleThumbnails()
{
    MainWindow window;
    open(window);
    QVERIFY(!QTest::currentTestFailed());
    // Every user loaded first, so that scrolling to the end does not fetch another page.
    DirectoryModel* model = window.model();
    const QModelIndex users = model->topIndex(NodeKind::Users);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 10000);
    for (int guard = 0; guard < 100 && model->canFetchMore(users); ++guard) {
        model->fetchMore(users);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 10000);
    }
    const int rows = gridRows(window);
    QCOMPARE(rows, int(window.session()->emulator()->tenant().users().size()));
    FaceGridView* grid = window.gridView();
    QTRY_COMPARE_WITH_TIMEOUT(window.thumbnailLoader()->pendingCount(), 0, 20000);
    // Start over with one logged request per thumbnail ($batch would hide the paths from the log).
    window.thumbnailLoader()->clear();
    window.thumbnailLoader()->scheduler()->setBatchMode(RequestScheduler::BatchMode::Never);
    window.session()->emulator()->clearRequestLog();
    grid->updateWanted();
    QTRY_VERIFY_WITH_TIMEOUT(visibleFacesKnown(window), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(window.thumbnailLoader()->pendingCount(), 0, 20000);

    const auto rowOf = [&](const QString& id) {
        for (int row = 0; row < rows; ++row) {
            if (window.filterModel()->index(row, 0, gridRoot(window)).data(Roles::GraphIdRole).toString() == id) {
                return row;
            }
        }
        return -1;
    };
    const int perLine = qMax(1, grid->viewport()->width() / grid->gridSize().width());
    const int margin = grid->prefetchRows() * perLine;

    // At the top: only the visible faces and one line below.
    const auto [top0, top1] = grid->visibleRows();
    QCOMPARE(top0, 0);
    QVERIFY(top1 < rows - 3 * margin);
    const QStringList atTop = photoRequestIds(*window.session()->emulator());
    QVERIFY(!atTop.isEmpty());
    for (const QString& id : atTop) {
        const int row = rowOf(id);
        QVERIFY2(row >= 0 && row <= top1 + margin, qPrintable(QStringLiteral("row %1 of %2").arg(row).arg(top1)));
    }
    // Each face once (a face without a photo twice: the size, then /photo/$value).
    QVERIFY(QSet<QString>(atTop.cbegin(), atTop.cend()).size() <= top1 + 1 + margin);

    // Jump to the end: the faces in between are never asked for.
    window.session()->emulator()->clearRequestLog();
    grid->verticalScrollBar()->setValue(grid->verticalScrollBar()->maximum());
    QTRY_VERIFY_WITH_TIMEOUT(grid->visibleRows().second == rows - 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(visibleFacesKnown(window), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(window.thumbnailLoader()->pendingCount(), 0, 20000);
    const auto [bottom0, bottom1] = grid->visibleRows();
    const QStringList atBottom = photoRequestIds(*window.session()->emulator());
    QVERIFY(!atBottom.isEmpty());
    for (const QString& id : atBottom) {
        const int row = rowOf(id);
        QVERIFY2(row >= bottom0 - margin && row <= bottom1,
                 qPrintable(QStringLiteral("row %1 outside %2..%3").arg(row).arg(bottom0).arg(bottom1)));
    }
    QVERIFY(QSet<QString>(atBottom.cbegin(), atBottom.cend()).size() <= bottom1 - bottom0 + 1 + margin);

    // Back to the top: all in memory, nothing asked.
    window.session()->emulator()->clearRequestLog();
    grid->verticalScrollBar()->setValue(0);
    QTRY_COMPARE_WITH_TIMEOUT(grid->visibleRows().first, 0, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(visibleFacesKnown(window), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(window.thumbnailLoader()->pendingCount(), 0, 20000);
    QVERIFY(photoRequestIds(*window.session()->emulator()).isEmpty());
}

void TestFaceGrid::typingASearchNarrowsTheGridToTheMatchingFaces()
{
    MainWindow window;
    open(window);
    QVERIFY(!QTest::currentTestFailed());
    const DemoTenant& tenant = window.session()->emulator()->tenant();
    // A surname shared by a few users.
    QString term;
    QSet<QString> expected;
    for (const DemoUser& candidate : tenant.users()) {
        const QString surname = candidate.displayName.section(u' ', -1);
        QSet<QString> ids;
        for (const DemoUser& u : tenant.users()) {
            if (searchMatches(u.displayName, surname)) {
                ids.insert(u.id);
            }
        }
        if (ids.size() >= 2 && ids.size() <= 12) {
            term = surname;
            expected = ids;
            break;
        }
    }
    QVERIFY(!term.isEmpty());
    const int before = gridRows(window);
    QVERIFY(before > expected.size());
    window.session()->emulator()->clearRequestLog();

    window.focusSearch();
    QVERIFY(window.searchEdit()->hasFocus());
    QTest::keyClicks(window.searchEdit(), term);
    QTRY_COMPARE_WITH_TIMEOUT(gridRows(window), int(expected.size()), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!window.model()->isLoading(), 10000);
    QCOMPARE(gridRows(window), int(expected.size()));
    for (int row = 0; row < gridRows(window); ++row) {
        const QModelIndex index = window.filterModel()->index(row, 0, gridRoot(window));
        QVERIFY(expected.contains(index.data(Roles::GraphIdRole).toString()));
        QVERIFY(!window.gridView()->visualRect(index).isEmpty());
    }
    // One search for the whole word (typing was debounced), with the advanced-query header.
    int searches = 0;
    const auto log = window.session()->emulator()->requestLog();
    for (const RequestRecord& r : log) {
        if (pathOf(r) == u"/v1.0/users" && r.target.contains("search")) {
            ++searches;
            QCOMPARE(r.consistencyLevel, QByteArray("eventual"));
            QVERIFY(QUrl::fromPercentEncoding(r.target).contains(QStringLiteral("displayName:%1").arg(term)));
        }
    }
    QCOMPARE(searches, 1);

    // Clearing the search brings everyone back.
    window.searchEdit()->clear();
    QTRY_VERIFY_WITH_TIMEOUT(gridRows(window) >= before, 10000);
}

void TestFaceGrid::browseModeTogglesTheGrid()
{
    MainWindow window;
    open(window);
    QVERIFY(!QTest::currentTestFailed());
    QSignalSpy changed(&window, &MainWindow::browseModeChanged);
    auto* action = window.findChild<QAction*>(QStringLiteral("gridAction"));
    QVERIFY(action && action->isChecked());
    action->trigger();
    QCOMPARE(window.browseMode(), MainWindow::BrowseMode::Tree);
    QVERIFY(!window.gridView()->isVisible());
    QCOMPARE(changed.count(), 1);
    window.setBrowseMode(MainWindow::BrowseMode::Grid);
    QVERIFY(window.gridView()->isVisible());
    QVERIFY(action->isChecked());
    QCOMPARE(changed.count(), 2);
    window.setBrowseMode(MainWindow::BrowseMode::Grid); // no change, no signal
    QCOMPARE(changed.count(), 2);
}

void TestFaceGrid::anEmptySearchSaysSoAndEscapeClearsIt()
{
    // Issue 15: an empty result was a blank grid, Escape did not clear, "megan.bowen" found nobody.
    MainWindow window;
    open(window);
    const int before = gridRows(window);
    auto* gridNotice = window.findChild<QLabel*>(QStringLiteral("gridNoMatches"));
    auto* treeNotice = window.findChild<QLabel*>(QStringLiteral("treeNoMatches"));
    QVERIFY(gridNotice && treeNotice);
    QVERIFY(!gridNotice->isVisible());
    window.focusSearch();
    QTest::keyClicks(window.searchEdit(), QStringLiteral("zz-nobody"));
    QTRY_VERIFY_WITH_TIMEOUT(gridNotice->isVisible(), 10000);
    QCOMPARE(gridRows(window), 0);
    QCOMPARE(gridNotice->text(), QStringLiteral("No matches for “zz-nobody”."));
    QVERIFY(!treeNotice->isHidden());
    QCOMPARE(treeNotice->text(), gridNotice->text());

    QTest::keyClick(window.searchEdit(), Qt::Key_Escape);
    QCOMPARE(window.searchEdit()->text(), QString());
    QTRY_VERIFY(!gridNotice->isVisible());
    QTRY_VERIFY(treeNotice->isHidden());
    QTRY_VERIFY_WITH_TIMEOUT(gridRows(window) >= before, 10000);

    // The start of an address finds its user, and a name without its accents.
    for (const auto& [typed, name] : {std::pair{QStringLiteral("megan.bowen"), QStringLiteral("Megan Bowen")},
                                      std::pair{QStringLiteral("siobhan"), QStringLiteral("O'Brien, Siobhán")}}) {
        window.searchEdit()->setText(typed);
        QTest::keyClick(window.searchEdit(), Qt::Key_Return);
        const auto shown = [&]() {
            QStringList names;
            for (int row = 0; row < gridRows(window); ++row) {
                names << window.filterModel()->index(row, 0, gridRoot(window)).data(Roles::DisplayNameRole).toString();
            }
            return names;
        };
        QTRY_VERIFY_WITH_TIMEOUT(!window.model()->isLoading() && shown().contains(name), 10000);
        QVERIFY(!gridNotice->isVisible());
    }
}

QTEST_MAIN(TestFaceGrid)
#include "TestFaceGrid.moc"
