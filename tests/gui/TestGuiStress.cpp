#include "FaceGridView.h"
#include "MainWindow.h"
#include "Session.h"
#include "cache/ThumbnailLoader.h"
#include "emulator/GraphEmulator.h"
#include "graph/GraphClient.h"
#include "model/DirectoryFilterModel.h"
#include "model/DirectoryModel.h"

#include <QAction>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>

using namespace Portrait;

/**
 * The main window on the demo tenant with the grid of faces shown, driven at random for a while: filters, sort
 * orders, searches (typed, and cleared with Escape), scrolling, selecting, refreshing and forgetting the
 * thumbnails, while thumbnails load. It asserts that the program survives: in the sanitizer build (the asan
 * preset, where CI runs it for a minute) any use after free or leak fails it. Issue 15: changing a filter
 * while thumbnails loaded killed the program.
 *
 * PORTRAIT_STRESS_SECONDS sets how long (default 3); PORTRAIT_STRESS_SEED the random sequence (default 15), so
 * that a failure can be replayed.
 */
class TestGuiStress : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void randomUseWhileThumbnailsLoad();

private:
    QTemporaryDir m_sandbox;
};

void TestGuiStress::initTestCase()
{
    QVERIFY(m_sandbox.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_sandbox.filePath(QStringLiteral("config"))));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(m_sandbox.filePath(QStringLiteral("cache"))));
}

void TestGuiStress::randomUseWhileThumbnailsLoad()
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("PORTRAIT_STRESS_SECONDS", &ok);
    const qint64 durationMs = (ok && seconds > 0 ? seconds : 3) * 1000LL;
    const int seedValue = qEnvironmentVariableIntValue("PORTRAIT_STRESS_SEED", &ok);
    const quint32 seed = ok ? quint32(seedValue) : 15u;
    qInfo("stress: %lld s, seed %u", durationMs / 1000, seed);
    QRandomGenerator random(seed);

    MainWindow window;
    window.resize(1100, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDemo());
    QCOMPARE(window.browseMode(), MainWindow::BrowseMode::Grid);
    FaceGridView* grid = window.gridView();
    QTRY_VERIFY_WITH_TIMEOUT(window.filterModel()->rowCount(grid->rootIndex()) > 0, 20000);
    // Answers that take a while and a memory cache of a few faces: loads are always on their way, and decodes
    // end after the view moved on.
    window.session()->emulator()->setResponseDelay(std::chrono::milliseconds(5));
    ThumbnailLoader* thumbnails = window.thumbnailLoader();
    QVERIFY(thumbnails);
    thumbnails->setMemoryLimit(64 * 1024);
    int thumbnailsChanged = 0;
    connect(thumbnails, &ThumbnailLoader::thumbnailChanged, this, [&thumbnailsChanged]() { ++thumbnailsChanged; });

    const auto choices = [](QMenu* menu) {
        QList<QAction*> out;
        for (QAction* a : menu->actions()) {
            if (!a->isSeparator() && a->isEnabled() && !a->menu()) {
                out << a;
            }
        }
        return out;
    };
    auto* filterMenu = window.findChild<QMenu*>(QStringLiteral("filterMenu"));
    auto* sortMenu = window.findChild<QMenu*>(QStringLiteral("sortMenu"));
    QVERIFY(filterMenu && sortMenu);
    const QList<QAction*> filters = choices(filterMenu);
    const QList<QAction*> sorts = choices(sortMenu);
    QVERIFY(!filters.isEmpty() && !sorts.isEmpty());
    const QStringList terms{QStringLiteral("a"),       QStringLiteral("megan"), QStringLiteral("megan.bowen"),
                            QStringLiteral("siobhan"), QStringLiteral("o'b"),   QStringLiteral("zz-nobody"),
                            QStringLiteral("bowen m"), QStringLiteral("é"),     QStringLiteral("sales")};

    QHash<QString, int> counts;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < durationMs) {
        const int dice = random.bounded(100);
        QLineEdit* search = window.searchEdit();
        const QModelIndex root = grid->rootIndex();
        const int rows = window.filterModel()->rowCount(root);
        if (dice < 25) {
            filters.at(random.bounded(int(filters.size())))->trigger();
            ++counts[QStringLiteral("filter")];
        } else if (dice < 35) {
            sorts.at(random.bounded(int(sorts.size())))->trigger();
            ++counts[QStringLiteral("sort")];
        } else if (dice < 47) {
            search->setFocus();
            if (random.bounded(4) == 0) {
                QTest::keyClick(search, Qt::Key_Escape);
                ++counts[QStringLiteral("escape")];
            } else {
                search->setText(terms.at(random.bounded(int(terms.size()))));
                QTest::keyClick(search, Qt::Key_Return);
                ++counts[QStringLiteral("search")];
            }
        } else if (dice < 70) {
            QScrollBar* bar = grid->verticalScrollBar();
            bar->setValue(bar->minimum() + random.bounded(qMax(1, bar->maximum() - bar->minimum() + 1)));
            ++counts[QStringLiteral("scroll")];
        } else if (dice < 92) {
            if (rows > 0) {
                grid->setCurrentIndex(window.filterModel()->index(random.bounded(rows), 0, root));
                ++counts[QStringLiteral("select")];
            }
        } else if (dice < 97) {
            thumbnails->clear();
            ++counts[QStringLiteral("forget thumbnails")];
        } else {
            window.refresh();
            ++counts[QStringLiteral("refresh")];
        }
        QTest::qWait(random.bounded(1, 25)); // events run: pages, thumbnails and decodes land between actions
    }
    QStringList summary;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        summary << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    }
    summary.sort();
    qInfo("stress: %s; %d thumbnail changes", qPrintable(summary.join(QStringLiteral(", "))), thumbnailsChanged);
    QVERIFY(counts.value(QStringLiteral("filter")) > 0);
    QVERIFY(thumbnailsChanged > 0);

    // Still a working window: back to everyone, the grid fills and its thumbnails come.
    window.searchEdit()->setFocus();
    window.searchEdit()->clear();
    QTest::keyClick(window.searchEdit(), Qt::Key_Return);
    window.filterModel()->setStatusFilter(DirectoryFilterModel::AnyStatus);
    window.filterModel()->setKindFilter(DirectoryFilterModel::AnyKind);
    window.filterModel()->setUserTypeFilter(DirectoryFilterModel::UserTypeFilter::Any);
    window.filterModel()->setEnabledFilter(DirectoryFilterModel::EnabledFilter::Any);
    QTRY_VERIFY_WITH_TIMEOUT(!window.model()->isLoading(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(window.filterModel()->rowCount(grid->rootIndex()) > 0, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(thumbnails->pendingCount(), 0, 20000);
}

QTEST_MAIN(TestGuiStress)
#include "TestGuiStress.moc"
