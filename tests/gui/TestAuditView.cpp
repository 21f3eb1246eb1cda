// The audit view on the offscreen platform against the in-process demo tenant: run, chart, filters, detail pane,
// placeholder action and snapshot comparison.
#include "AppSettings.h"
#include "AuditFilterModel.h"
#include "AuditView.h"
#include "DetailPane.h"
#include "FaceGridView.h"
#include "MainWindow.h"
#include "StatusChart.h"
#include "model/AuditModel.h"
#include "model/DirectoryFilterModel.h"
#include "model/DirectoryModel.h"
#include "model/Roles.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace Portrait;
class TestAuditView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void runShowsCountsAndRows();
    void reopeningKeepsTheResults();
    void filtersByStatusAndKind();
    void rowShowsInDetailPane();
    void addPhotoToPlaceholders();
    void compareSnapshots();
    void reportDialogStartsNamedAndFollowsTheFilter();
    void cancel();

private:
    MainWindow* m_window = nullptr;
    AuditView* m_audit = nullptr;
    QTemporaryDir m_dir;
};

void TestAuditView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PortraitTest"));
    m_window = new MainWindow;
    QVERIFY(m_window->openDemo());
    m_window->resize(1200, 800);
    m_window->show();
    auto* action = m_window->findChild<QAction*>(QStringLiteral("auditAction"));
    QVERIFY(action);
    action->trigger();
    QVERIFY(m_window->auditWindow() && m_window->auditWindow()->isVisible());
    m_audit = m_window->auditView();
    QVERIFY(m_audit);
    m_audit->clearPlaceholders();
}

void TestAuditView::runShowsCountsAndRows()
{
    QSignalSpy finished(m_audit, &AuditView::auditFinished);
    QVERIFY(m_audit->startAudit(QStringLiteral("users groups")));
    QVERIFY(m_audit->isRunning());
    QVERIFY(finished.wait(60000));
    const std::array<qint64, 5> counts = m_audit->chart()->counts();
    std::array<qint64, 5> rows{};
    for (const AuditRow& r : m_audit->model()->rows()) {
        ++rows[size_t(r.photo.status)];
    }
    QCOMPARE(counts, rows);
    QVERIFY(counts[size_t(PhotoStatus::Photo)] > 0);
    QVERIFY(counts[size_t(PhotoStatus::None)] > 0);
    QVERIFY(counts[size_t(PhotoStatus::Unavailable)] > 0);
    QCOMPARE(m_audit->model()->rowCount(), 250 + 25);
    QVERIFY(m_audit->statusText().startsWith(QLatin1String("Audited 275 principals")));
    // Long paths stay on one line (no wrapped, half-cut second line) and say all of themselves on hover.
    QTableView* table = m_audit->tableView();
    QVERIFY(!table->wordWrap());
    QCOMPARE(table->textElideMode(), Qt::ElideMiddle);
    const QModelIndex path = m_audit->filterModel()->index(0, AuditModel::PathColumn);
    QVERIFY(!path.data().toString().isEmpty());
    QCOMPARE(path.data(Qt::ToolTipRole).toString(), path.data().toString());
    // Sorted A to Z by name, as people read it: "Łukasz" among the Ls, not after "Zoë".
    const QAbstractItemModel* shown = m_audit->filterModel();
    for (int row = 1; row < shown->rowCount(); ++row) {
        const QString before = shown->index(row - 1, AuditModel::NameColumn).data().toString();
        const QString name = shown->index(row, AuditModel::NameColumn).data().toString();
        QVERIFY2(QString::localeAwareCompare(before, name) <= 0, qPrintable(before + QStringLiteral(" > ") + name));
    }
    // For a look by eye: PORTRAIT_AUDIT_SCREENSHOT=/tmp/audit.png
    if (qEnvironmentVariableIsSet("PORTRAIT_AUDIT_SCREENSHOT")) {
        m_window->grab().save(qEnvironmentVariable("PORTRAIT_AUDIT_SCREENSHOT"));
    }
}

void TestAuditView::reopeningKeepsTheResults()
{
    // The audit is a window of its own, closed and opened again (Ctrl+U) more often than a dock was: the results
    // of the run stay until another tenant is opened.
    const int rows = m_audit->model()->rowCount();
    QVERIFY(rows > 0);
    const QString status = m_audit->statusText();
    m_window->toggleAudit();
    QVERIFY(!m_window->auditWindow()->isVisible());
    m_window->toggleAudit();
    QVERIFY(m_window->auditWindow()->isVisible());
    QCOMPARE(m_audit->model()->rowCount(), rows);
    QCOMPARE(m_audit->statusText(), status);
    QCOMPARE(m_audit->chart()->counts()[size_t(PhotoStatus::Photo)] > 0, true);
}

void TestAuditView::filtersByStatusAndKind()
{
    QComboBox* status = m_audit->statusFilterCombo();
    status->setCurrentIndex(status->findData(int(PhotoStatus::None)));
    const qint64 none = m_audit->chart()->counts()[size_t(PhotoStatus::None)];
    QCOMPARE(m_audit->filterModel()->rowCount(), int(none));
    QComboBox* kind = m_audit->kindFilterCombo();
    kind->setCurrentIndex(kind->findData(QStringLiteral("group")));
    for (int row = 0; row < m_audit->filterModel()->rowCount(); ++row) {
        const QModelIndex kindCell = m_audit->filterModel()->index(row, AuditModel::KindColumn);
        QCOMPARE(NodeKind(kindCell.data(Roles::KindRole).toInt()), NodeKind::Group);
        QCOMPARE(kindCell.data().toString(), QStringLiteral("Group"));
        QCOMPARE(PhotoStatus(kindCell.data(Roles::PhotoStateRole).toInt()), PhotoStatus::None);
        QCOMPARE(m_audit->filterModel()->index(row, AuditModel::StatusColumn).data().toString(),
                 QStringLiteral("No photo"));
    }
    QVERIFY(m_audit->filterModel()->rowCount() < int(none));
    status->setCurrentIndex(0);
    kind->setCurrentIndex(0);
    QCOMPARE(m_audit->filterModel()->rowCount(), m_audit->model()->rowCount());
}

void TestAuditView::rowShowsInDetailPane()
{
    QTableView* table = m_audit->tableView();
    const QModelIndex index = table->model()->index(3, AuditModel::NameColumn);
    table->setCurrentIndex(index);
    const QString path = index.data(Qt::UserRole + 2).toString(); // Roles::GraphPathRole
    QVERIFY(!path.isEmpty());
    QCOMPARE(m_window->detailPane()->principal().toString(), path);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->detailPane()->hasPhotoInfo(), 20000);

    // One selection: the tree shows the same principal where a loaded list holds it, else nothing.
    QTreeView* tree = m_window->treeView();
    QVERIFY(!tree->currentIndex().isValid() || tree->currentIndex().data(Roles::GraphPathRole).toString() == path);
    const QModelIndex users = m_window->model()->topIndex(NodeKind::Users);
    tree->expand(m_window->filterModel()->mapFromSource(users));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->model()->rowCount(users) > 0, 10000);
    QString loaded;
    for (int row = 0; row < table->model()->rowCount() && loaded.isEmpty(); ++row) {
        const QString candidate = table->model()->index(row, 0).data(Roles::GraphPathRole).toString();
        for (int u = 0; u < m_window->model()->rowCount(users); ++u) {
            if (m_window->model()->index(u, 0, users).data(Roles::GraphPathRole).toString() == candidate) {
                loaded = candidate;
                table->setCurrentIndex(table->model()->index(row, AuditModel::NameColumn));
                break;
            }
        }
    }
    QVERIFY(!loaded.isEmpty());
    QCOMPARE(tree->currentIndex().data(Roles::GraphPathRole).toString(), loaded);
    QCOMPARE(m_window->gridView()->currentIndex(), tree->currentIndex());
    QCOMPARE(m_window->detailPane()->principal().toString(), loaded);
}

void TestAuditView::addPhotoToPlaceholders()
{
    QComboBox* status = m_audit->statusFilterCombo();
    status->setCurrentIndex(status->findData(int(PhotoStatus::Photo)));
    QTableView* table = m_audit->tableView();
    table->setCurrentIndex(table->model()->index(0, AuditModel::NameColumn));
    const QString path = table->currentIndex().data(Qt::UserRole + 2).toString();
    QSignalSpy changed(m_audit, &AuditView::placeholdersChanged);
    m_audit->addCurrentPhotoToPlaceholders();
    QVERIFY(changed.wait(20000));
    QCOMPARE(m_audit->placeholders().size(), 1);
    status->setCurrentIndex(0);
    // The next run flags that principal (and nobody else by image) as a placeholder.
    QSignalSpy finished(m_audit, &AuditView::auditFinished);
    m_audit->deepCheckBox()->setChecked(true);
    QVERIFY(m_audit->startAudit(QStringLiteral("users")));
    QVERIFY(finished.wait(60000));
    int byImage = 0;
    for (const AuditRow& r : m_audit->model()->rows()) {
        if (r.photo.reason.startsWith(QLatin1String("placeholder-")) && r.photo.status == PhotoStatus::Placeholder) {
            QCOMPARE(r.object.path.toString(), path);
            ++byImage;
        }
    }
    QCOMPARE(byImage, 1);
    QVERIFY(m_audit->saveReport(m_dir.filePath(QStringLiteral("sheet.html"))));
    m_audit->clearPlaceholders();
    m_audit->deepCheckBox()->setChecked(false);
}

void TestAuditView::compareSnapshots()
{
    const QString a = m_dir.filePath(QStringLiteral("a.json"));
    QVERIFY(m_audit->saveReport(a));
    QVERIFY(m_audit->saveReport(m_dir.filePath(QStringLiteral("a.csv"))));
    QVERIFY(m_audit->compareSnapshots(a, a).isEmpty());
    auto* dialog = m_audit->findChild<QDialog*>(QStringLiteral("snapshotDiffDialog"));
    QVERIFY(dialog);
    dialog->close();

    // One photo gone in the newer snapshot: the change reads in words, not in the snapshots' wire names.
    QFile older(a);
    QVERIFY(older.open(QIODevice::ReadOnly));
    QByteArray text = older.readAll();
    const qsizetype at = text.indexOf("\"status\":\"photo\"");
    QVERIFY(at > 0);
    text.replace(at, qsizetype(qstrlen("\"status\":\"photo\"")), "\"status\":\"none\",\"reason\":\"not-found\"");
    const QString b = m_dir.filePath(QStringLiteral("b.json"));
    QFile newer(b);
    QVERIFY(newer.open(QIODevice::WriteOnly) && newer.write(text) == text.size());
    newer.close();
    QCOMPARE(m_audit->compareSnapshots(a, b).size(), 1);
    const QList<QDialog*> dialogs = m_audit->findChildren<QDialog*>(QStringLiteral("snapshotDiffDialog"));
    auto* changes = dialogs.last()->findChild<QTreeWidget*>(QStringLiteral("changesTreeWidget"));
    QVERIFY(changes && changes->topLevelItemCount() == 1);
    QCOMPARE(changes->topLevelItem(0)->text(2), QStringLiteral("Photo"));
    QCOMPARE(changes->topLevelItem(0)->text(3), QStringLiteral("No photo: none uploaded"));
    dialogs.last()->close();
}

void TestAuditView::reportDialogStartsNamedAndFollowsTheFilter()
{
    QVERIFY(m_audit->model()->rowCount() > 0);
    const QString folder = m_dir.filePath(QStringLiteral("reports"));
    QVERIFY(QDir().mkpath(folder));
    AppSettings::setReportFolder(folder);

    // It starts with a name, in the folder of the last report.
    QFileDialog* dialog = m_audit->saveReportAs();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(QDir(dialog->directory()).absolutePath(), QDir(folder).absolutePath());
    auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
    QVERIFY(name);
    QVERIFY2(name->text().startsWith(QLatin1String("portrait-audit-")) && name->text().endsWith(QLatin1String(".html")),
             qPrintable(name->text()));
    // The CSV filter chosen (as the user does, in the file type box) and a name typed without an extension:
    // a CSV file, not HTML.
    auto* types = dialog->findChild<QComboBox*>(QStringLiteral("fileTypeCombo"));
    QVERIFY(types);
    types->setFocus();
    QTest::keyClick(types, Qt::Key_Down);
    QTest::keyClick(types, Qt::Key_Down);
    QVERIFY2(dialog->selectedNameFilter().startsWith(QLatin1String("CSV (")), qPrintable(dialog->selectedNameFilter()));
    QVERIFY2(name->text().endsWith(QLatin1String(".csv")), qPrintable(name->text())); // the name typed follows
    name->setText(QStringLiteral("plain"));
    static_cast<QDialog*>(dialog)->accept(); // as the Save button does
    QFile plain(QDir(folder).filePath(QStringLiteral("plain.csv")));
    QVERIFY2(plain.open(QIODevice::ReadOnly), qPrintable(m_audit->statusText()));
    const QByteArray csv = plain.readAll();
    QVERIFY(csv.startsWith("path,kind,"));

    // And the CSV for Excel: the same with a byte order mark; the folder was remembered.
    AppSettings::setReportFolder({});
    QFileDialog* again = m_audit->saveReportAs();
    QCOMPARE(QDir(again->directory()).absolutePath(), QDir(folder).absolutePath());
    auto* againTypes = again->findChild<QComboBox*>(QStringLiteral("fileTypeCombo"));
    againTypes->setFocus();
    for (int i = 0; i < 3; ++i) {
        QTest::keyClick(againTypes, Qt::Key_Down);
    }
    again->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"))->setText(QStringLiteral("excel"));
    static_cast<QDialog*>(again)->accept();
    QFile excel(QDir(folder).filePath(QStringLiteral("excel.csv")));
    QVERIFY(excel.open(QIODevice::ReadOnly));
    QCOMPARE(excel.readAll(), QByteArray("\xEF\xBB\xBF") + csv);
}

void TestAuditView::cancel()
{
    QSignalSpy finished(m_audit, &AuditView::auditFinished);
    QVERIFY(m_audit->startAudit(QStringLiteral("users")));
    m_audit->cancelAudit();
    QVERIFY(finished.wait(20000));
    QVERIFY(!m_audit->isRunning());
    QVERIFY(m_audit->statusText().startsWith(QLatin1String("Cancelled")));
}

QTEST_MAIN(TestAuditView)
#include "TestAuditView.moc"
