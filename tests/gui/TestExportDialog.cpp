// The export dialog on the offscreen platform against the in-process demo tenant: preview, progress, summary.
#include "ExportDialog.h"
#include "base/TokenProvider.h"
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
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Portrait;

class TestExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void previewFollowsTheTemplate();
    void exportsAllGroupsWithProgressAndSummary();
    void cancelStopsTheRun();
    void countsAndPercentInTheUsersLanguage();

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

void TestExportDialog::countsAndPercentInTheUsersLanguage()
{
    // French declines the word after each count (0 and 1 singular), and both French and German put a space
    // before the percent sign.
    QTranslator french;
    QVERIFY(french.load(QLocale(QLocale::French, QLocale::France), QStringLiteral("portrait"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&french);
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    const auto restore = qScopeGuard([&]() {
        QCoreApplication::removeTranslator(&french);
        QLocale::setDefault(before);
    });
    QTemporaryDir dir;
    ExportDialog dialog(m_client, m_model, {}, {});
    QVERIFY(dialog.setScope(ExportDialog::Scope::AllGroups));
    dialog.setOutputFolder(dir.path());
    dialog.startExport();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.job()->isFinished(), 30000);
    QVERIFY(!dialog.job()->hasError());
    const ExportJob::Counts& c = dialog.job()->counts();
    QVERIFY(c.written > 1);
    QCOMPARE(c.failed, 0);
    QCOMPARE(c.removed, 0);
    const QString summary = dialog.summaryText();
    QVERIFY2(summary.contains(QStringLiteral("%1 écrits").arg(QLocale().toString(c.written))), qPrintable(summary));
    // The counts in French's list: "…, 0 échec et 0 supprimé."
    QVERIFY2(summary.endsWith(QStringLiteral(", 0 échec et 0 supprimé.")), qPrintable(summary));
    const QString progress = dialog.findChild<QLabel*>(QStringLiteral("progressLabel"))->text();
    QVERIFY2(progress.contains(QStringLiteral("0 échec")), qPrintable(progress));
    auto* bar = dialog.findChild<QProgressBar*>(QStringLiteral("exportProgressBar"));
    QCOMPARE(bar->text(), QStringLiteral("100\u00a0%"));

    QTranslator german;
    QVERIFY(german.load(QLocale(QLocale::German, QLocale::Germany), QStringLiteral("portrait"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")));
    QCoreApplication::removeTranslator(&french);
    QCoreApplication::installTranslator(&german);
    const auto removeGerman = qScopeGuard([&]() { QCoreApplication::removeTranslator(&german); });
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    ExportDialog deutsch(m_client, m_model, {}, {});
    QCOMPARE(deutsch.findChild<QProgressBar*>(QStringLiteral("exportProgressBar"))->text(), QStringLiteral("0\u00a0%"));
}

QTEST_MAIN(TestExportDialog)
#include "TestExportDialog.moc"
