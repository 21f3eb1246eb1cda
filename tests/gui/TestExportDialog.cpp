// The export dialog on the offscreen platform against the in-process demo tenant: preview, progress, summary.
#include "ExportDialog.h"
#include "auth/TokenProvider.h"
#include "bulk/ExportJob.h"
#include "bulk/ExportManifest.h"
#include "emulator/DemoTenant.h"
#include "emulator/GraphEmulator.h"
#include "graph/GraphClient.h"
#include "model/DirectoryModel.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Portrait;

class TestExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void previewFollowsTheTemplate();
    void exportsAllGroupsWithProgressAndSummary();
    void cancelStopsTheRun();

private:
    GraphEmulator* m_emulator = nullptr;
    GraphClient* m_client = nullptr;
    DirectoryModel* m_model = nullptr;
};

void TestExportDialog::initTestCase()
{
    m_emulator = new GraphEmulator(DemoTenantOptions{}, this);
    QVERIFY(m_emulator->listen(0));
    auto* tokens = new StaticTokenProvider(m_emulator->accessToken(), this);
    m_client = new GraphClient(GraphRoot::parse(m_emulator->graphRoot().toString()), tokens, nullptr, this);
    m_model = new DirectoryModel(m_client, this);
}

void TestExportDialog::previewFollowsTheTemplate()
{
    ExportDialog dialog(m_client, m_model, {}, {});
    QVERIFY(dialog.setScope(ExportDialog::Scope::AllUsers));
    QVERIFY(!dialog.setScope(ExportDialog::Scope::GroupMembers)); // no group is current
    dialog.setNameTemplate(QStringLiteral("{displayName}/../{upn}.{ext}"));
    const QStringList names = dialog.previewNames();
    QVERIFY(!names.isEmpty());
    for (const QString& n : names) {
        QVERIFY2(!n.split(u'/').contains(QStringLiteral("..")), qPrintable(n));
    }
    auto* exportButton = dialog.findChild<QPushButton*>(QStringLiteral("exportPushButton"));
    QVERIFY(exportButton->isEnabled());
    dialog.setNameTemplate(QStringLiteral("{nope}"));
    QVERIFY(!exportButton->isEnabled());
    QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("templateErrorLabel"))->isHidden());
    QVERIFY(dialog.previewNames().isEmpty());
}

void TestExportDialog::exportsAllGroupsWithProgressAndSummary()
{
    QTemporaryDir dir;
    ExportDialog dialog(m_client, m_model, {}, {});
    dialog.show();
    QVERIFY(dialog.setScope(ExportDialog::Scope::AllGroups));
    dialog.setOutputFolder(dir.path());
    QCOMPARE(dialog.scopes(), QList<ItemPath>{ItemPath::groups()});
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("exportPushButton")), Qt::LeftButton);
    QVERIFY(dialog.job());
    QTRY_VERIFY_WITH_TIMEOUT(dialog.job()->isFinished(), 30000);
    QVERIFY(!dialog.job()->hasError());
    const ExportJob::Counts& c = dialog.job()->counts();
    QCOMPARE(c.written + c.skipped, qint64(m_emulator->tenant().groups().size()));
    auto* bar = dialog.findChild<QProgressBar*>(QStringLiteral("exportProgressBar"));
    QCOMPARE(bar->value(), bar->maximum());
    QVERIFY(dialog.summaryText().contains(QStringLiteral("%1 written").arg(c.written)));
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("openFolderPushButton"))->isEnabled());
    QVERIFY(dialog.findChild<QListWidget*>(QStringLiteral("failureListWidget"))->isHidden());
    ExportManifest manifest;
    QVERIFY(manifest.load(dir.path()));
    QCOMPARE(manifest.size(), c.written);
}

void TestExportDialog::cancelStopsTheRun()
{
    QTemporaryDir dir;
    ExportDialog dialog(m_client, m_model, {}, {});
    QVERIFY(dialog.setScope(ExportDialog::Scope::AllUsers));
    dialog.setOutputFolder(dir.path());
    dialog.startExport();
    QTRY_VERIFY(dialog.job()->done() > 5);
    dialog.cancelExport();
    QTRY_VERIFY(dialog.job()->isFinished());
    QCOMPARE(dialog.job()->error().kind, GraphError::Kind::Cancelled);
    QVERIFY(dialog.summaryText().startsWith(QStringLiteral("Cancelled")));
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("exportPushButton"))->isEnabled());
}

QTEST_MAIN(TestExportDialog)
#include "TestExportDialog.moc"
