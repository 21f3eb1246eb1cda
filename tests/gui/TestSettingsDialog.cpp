// Preferences: the Settings dialog saves what it shows and shows what was saved; the main window and the export
// dialog remember their state. Settings and cache live in a temporary XDG sandbox.
#include "AppSettings.h"
#include "AuditView.h"
#include "DetailPane.h"
#include "ExportDialog.h"
#include "MainWindow.h"
#include "Session.h"
#include "SettingsDialog.h"
#include "base/TokenProvider.h"
#include "bulk/ExportJob.h"
#include "bulk/NameTemplate.h"
#include "cache/CacheFolder.h"
#include "emulator/GraphEmulator.h"
#include "graph/GraphClient.h"
#include "graph/RequestScheduler.h"
#include "model/DirectoryModel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Portrait;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void defaultsWithoutSettings();
    void savesWhatItShowsAndShowsWhatWasSaved();
    void cancelSavesNothing();
    void invalidTemplateIsRefused();
    void manualProxyNeedsAHost();
    void cacheFolderIsTaggedAndCleared();
    void foreignFolderIsNeverCleared();
    void placeholderImagesAreAddedAndShared();
    void openAuditTakesThePlaceholdersSaved();
    void preferencesShortcutOpensTheDialog();
    void mainWindowRemembersGeometryAndSplitter();
    void exportDialogRemembersTheLastChoices();

private:
    template <typename T> static T* child(QObject* parent, const char* name)
    {
        return parent->findChild<T*>(QString::fromLatin1(name));
    }
    static QString writeImage(const QString& dir, const QString& name, const QColor& colour);

    QTemporaryDir m_sandbox;
};

void TestSettingsDialog::initTestCase()
{
    QVERIFY(m_sandbox.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_sandbox.filePath(QStringLiteral("config"))));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(m_sandbox.filePath(QStringLiteral("cache"))));
    QCoreApplication::setOrganizationName(QStringLiteral("Portrait"));
    QCoreApplication::setApplicationName(QStringLiteral("portrait"));
    QVERIFY(QSettings().fileName().startsWith(m_sandbox.path()));
    QVERIFY(CacheFolder::defaultPath().startsWith(m_sandbox.path()));
}

void TestSettingsDialog::init()
{
    QSettings().clear();
    QDir(m_sandbox.filePath(QStringLiteral("cache"))).removeRecursively();
    AppSettings::applyProxy({});
}

QString TestSettingsDialog::writeImage(const QString& dir, const QString& name, const QColor& colour)
{
    QImage image(96, 96, QImage::Format_RGB32);
    image.fill(colour);
    QPainter p(&image);
    p.setBrush(Qt::white);
    p.drawEllipse(QRect(28, 12, 40, 40)); // a silhouette: head
    p.drawRoundedRect(QRect(16, 56, 64, 48), 20, 20); // shoulders
    p.end();
    const QString path = QDir(dir).filePath(name);
    return image.save(path) ? path : QString();
}

void TestSettingsDialog::defaultsWithoutSettings()
{
    QCOMPARE(AppSettings::concurrency(), 4);
    QCOMPARE(AppSettings::proxy().mode, AppSettings::ProxyMode::System);
    QCOMPARE(AppSettings::cacheDirectory(), QStandardPaths::writableLocation(QStandardPaths::CacheLocation));
    QCOMPARE(AppSettings::cacheMaxBytes(), qint64(256) * 1024 * 1024);
    QCOMPARE(AppSettings::exportTemplate(), NameTemplate::defaultPattern());
    QVERIFY(AppSettings::placeholders().isEmpty());
    QCOMPARE(AppSettings::viewMode(), QStringLiteral("grid")); // the grid of faces

    SettingsDialog dialog;
    QCOMPARE(child<QSpinBox>(&dialog, "concurrencySpin")->value(), 4);
    QVERIFY(child<QRadioButton>(&dialog, "systemProxyRadio")->isChecked());
    QVERIFY(!child<QLineEdit>(&dialog, "proxyHostEdit")->isEnabled());
    QCOMPARE(QDir::fromNativeSeparators(child<QLineEdit>(&dialog, "cacheDirEdit")->text()), CacheFolder::defaultPath());
    QCOMPARE(child<QSpinBox>(&dialog, "cacheSizeSpin")->value(), 256);
    QCOMPARE(child<QLineEdit>(&dialog, "defaultTemplateEdit")->text(), NameTemplate::defaultPattern());
    QCOMPARE(child<QListWidget>(&dialog, "placeholderList")->count(), 0);
}

void TestSettingsDialog::savesWhatItShowsAndShowsWhatWasSaved()
{
    const QString cacheDir = m_sandbox.filePath(QStringLiteral("elsewhere/thumbs"));
    {
        SettingsDialog dialog;
        QSignalSpy applied(&dialog, &SettingsDialog::settingsApplied);
        child<QSpinBox>(&dialog, "concurrencySpin")->setValue(2);
        child<QRadioButton>(&dialog, "manualProxyRadio")->setChecked(true);
        QVERIFY(child<QLineEdit>(&dialog, "proxyHostEdit")->isEnabled());
        child<QLineEdit>(&dialog, "proxyHostEdit")->setText(QStringLiteral("proxy.example.com"));
        child<QSpinBox>(&dialog, "proxyPortSpin")->setValue(3128);
        child<QLineEdit>(&dialog, "cacheDirEdit")->setText(QDir::toNativeSeparators(cacheDir));
        child<QSpinBox>(&dialog, "cacheSizeSpin")->setValue(64);
        child<QLineEdit>(&dialog, "defaultTemplateEdit")->setText(QStringLiteral("{displayName} ({id}).{ext}"));
        QTest::mouseClick(child<QPushButton>(&dialog, "settingsOkButton"), Qt::LeftButton);
        QCOMPARE(applied.count(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QCOMPARE(AppSettings::concurrency(), 2);
    const AppSettings::Proxy proxy = AppSettings::proxy();
    QCOMPARE(proxy.mode, AppSettings::ProxyMode::Manual);
    QCOMPARE(proxy.host, QStringLiteral("proxy.example.com"));
    QCOMPARE(proxy.port, 3128);
    QCOMPARE(AppSettings::cacheDirectory(), cacheDir);
    QCOMPARE(AppSettings::cacheMaxBytes(), qint64(64) * 1024 * 1024);
    QCOMPARE(AppSettings::exportTemplate(), QStringLiteral("{displayName} ({id}).{ext}"));
    QVERIFY(QFile::exists(QDir(cacheDir).filePath(QStringLiteral("CACHEDIR.TAG"))));

    // Applied at once: every QNetworkAccessManager from now on goes through the proxy.
    QCOMPARE(QNetworkProxy::applicationProxy().type(), QNetworkProxy::HttpProxy);
    QCOMPARE(QNetworkProxy::applicationProxy().hostName(), QStringLiteral("proxy.example.com"));
    QCOMPARE(QNetworkProxy::applicationProxy().port(), quint16(3128));
    QVERIFY(!QNetworkProxyFactory::usesSystemConfiguration());

    // A new dialog shows what was saved; back to the system proxy.
    SettingsDialog dialog;
    QCOMPARE(child<QSpinBox>(&dialog, "concurrencySpin")->value(), 2);
    QVERIFY(child<QRadioButton>(&dialog, "manualProxyRadio")->isChecked());
    QCOMPARE(child<QLineEdit>(&dialog, "proxyHostEdit")->text(), QStringLiteral("proxy.example.com"));
    QCOMPARE(child<QSpinBox>(&dialog, "proxyPortSpin")->value(), 3128);
    QCOMPARE(QDir::fromNativeSeparators(child<QLineEdit>(&dialog, "cacheDirEdit")->text()), cacheDir);
    QCOMPARE(child<QSpinBox>(&dialog, "cacheSizeSpin")->value(), 64);
    QCOMPARE(child<QLineEdit>(&dialog, "defaultTemplateEdit")->text(), QStringLiteral("{displayName} ({id}).{ext}"));
    child<QRadioButton>(&dialog, "systemProxyRadio")->setChecked(true);
    dialog.accept();
    QCOMPARE(AppSettings::proxy().mode, AppSettings::ProxyMode::System);
    QVERIFY(QNetworkProxyFactory::usesSystemConfiguration());
    // What the desktop says (here: whatever http_proxy says), no longer the manual proxy.
    QCOMPARE(QNetworkProxy::applicationProxy(), QNetworkProxyFactory::systemProxyForQuery().constFirst());

    // The saved concurrency caps the scheduler of the next connection (export, audit and listing share it).
    MainWindow window;
    QVERIFY(window.openDemo());
    QCOMPARE(window.session()->scheduler()->maxInFlight(), 2);
}

void TestSettingsDialog::cancelSavesNothing()
{
    SettingsDialog dialog;
    child<QSpinBox>(&dialog, "concurrencySpin")->setValue(9);
    child<QRadioButton>(&dialog, "noProxyRadio")->setChecked(true);
    child<QLineEdit>(&dialog, "defaultTemplateEdit")->setText(QStringLiteral("{id}.{ext}"));
    QTest::mouseClick(child<QPushButton>(&dialog, "settingsCancelButton"), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(AppSettings::concurrency(), 4);
    QCOMPARE(AppSettings::proxy().mode, AppSettings::ProxyMode::System);
    QCOMPARE(AppSettings::exportTemplate(), NameTemplate::defaultPattern());
    QVERIFY(!QSettings().contains(QStringLiteral("network/concurrency")));
}

void TestSettingsDialog::invalidTemplateIsRefused()
{
    SettingsDialog dialog;
    dialog.show();
    child<QSpinBox>(&dialog, "concurrencySpin")->setValue(3);
    auto* edit = child<QLineEdit>(&dialog, "defaultTemplateEdit");
    edit->setText(QStringLiteral("{nope}.{ext}"));
    auto* error = child<QLabel>(&dialog, "defaultTemplateErrorLabel");
    QVERIFY(!error->isHidden());
    QVERIFY(!error->text().isEmpty());
    dialog.accept();
    // Nothing is saved while one field is wrong; the dialog stays, on the page with the problem.
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.messageText().contains(QStringLiteral("template")));
    QCOMPARE(child<QTabWidget>(&dialog, "settingsTabs")->currentWidget()->objectName(), QStringLiteral("exportPage"));
    QCOMPARE(AppSettings::concurrency(), 4);
    QCOMPARE(AppSettings::exportTemplate(), NameTemplate::defaultPattern());
    // Fixed: saved.
    edit->setText(QStringLiteral("{upn}.{ext}"));
    QVERIFY(error->isHidden());
    dialog.accept();
    QVERIFY(!dialog.isVisible());
    QCOMPARE(AppSettings::concurrency(), 3);
    QCOMPARE(AppSettings::exportTemplate(), QStringLiteral("{upn}.{ext}"));
}

void TestSettingsDialog::manualProxyNeedsAHost()
{
    SettingsDialog dialog;
    dialog.show();
    // Host and port, with their labels, are for the manual choice only.
    QVERIFY(child<QRadioButton>(&dialog, "systemProxyRadio")->isChecked());
    for (const char* name : {"proxyHostLabel", "proxyHostEdit", "proxyPortLabel", "proxyPortSpin"}) {
        QVERIFY2(!child<QWidget>(&dialog, name)->isEnabled(), name);
    }
    child<QRadioButton>(&dialog, "manualProxyRadio")->setChecked(true);
    for (const char* name : {"proxyHostLabel", "proxyHostEdit", "proxyPortLabel", "proxyPortSpin"}) {
        QVERIFY2(child<QWidget>(&dialog, name)->isEnabled(), name);
    }
    child<QLineEdit>(&dialog, "proxyHostEdit")->clear();
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.messageText().contains(QStringLiteral("proxy")));
    QCOMPARE(AppSettings::proxy().mode, AppSettings::ProxyMode::System);
    QVERIFY(QNetworkProxyFactory::usesSystemConfiguration());
}

void TestSettingsDialog::cacheFolderIsTaggedAndCleared()
{
    const QString dir = AppSettings::cacheDirectory();
    QString error;
    QVERIFY2(CacheFolder(dir).prepare(&error), qPrintable(error));
    QVERIFY(QDir().mkpath(dir + QStringLiteral("/thumbnails/ab")));
    QFile blob(dir + QStringLiteral("/thumbnails/ab/abcdef.jpg"));
    QVERIFY(blob.open(QIODevice::WriteOnly));
    blob.write(QByteArray(5000, 'x'));
    blob.close();
    QCOMPARE(CacheFolder(dir).usage(), qint64(5000));

    SettingsDialog dialog;
    auto* clear = child<QPushButton>(&dialog, "clearCacheButton");
    auto* usage = child<QLabel>(&dialog, "cacheUsageLabel");
    QCOMPARE(usage->text(), QLocale().formattedDataSize(5000));
    QVERIFY(clear->isEnabled());
    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(!blob.exists());
    QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/thumbnails")));
    QVERIFY(QFile::exists(dir + QStringLiteral("/CACHEDIR.TAG"))); // still Portrait's cache
    QCOMPARE(CacheFolder(dir).usage(), qint64(0));
    QCOMPARE(usage->text(), QLocale().formattedDataSize(0));
    QVERIFY(!clear->isEnabled());
}

void TestSettingsDialog::foreignFolderIsNeverCleared()
{
    // A folder with someone's files: refused as the cache, and never emptied.
    const QString foreign = m_sandbox.filePath(QStringLiteral("documents"));
    QVERIFY(QDir().mkpath(foreign));
    QFile letter(foreign + QStringLiteral("/letter.txt"));
    QVERIFY(letter.open(QIODevice::WriteOnly));
    letter.write("dear reader");
    letter.close();

    QString error;
    QVERIFY(!CacheFolder(foreign).clear(&error));
    QVERIFY(error.contains(QStringLiteral("CACHEDIR.TAG")));
    QVERIFY(letter.exists());

    SettingsDialog dialog;
    dialog.show();
    child<QLineEdit>(&dialog, "cacheDirEdit")->setText(QDir::toNativeSeparators(foreign));
    dialog.clearCache();
    QVERIFY(letter.exists());
    QVERIFY(dialog.messageText().contains(QStringLiteral("nothing was deleted")));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.messageText().contains(QStringLiteral("other files")));
    QCOMPARE(child<QTabWidget>(&dialog, "settingsTabs")->currentWidget()->objectName(), QStringLiteral("cachePage"));
    QCOMPARE(AppSettings::cacheDirectory(), CacheFolder::defaultPath());
    QVERIFY(!QFile::exists(foreign + QStringLiteral("/CACHEDIR.TAG")));
    QVERIFY(letter.exists());
}

void TestSettingsDialog::placeholderImagesAreAddedAndShared()
{
    QTemporaryDir images;
    const QString silhouette = writeImage(images.path(), QStringLiteral("silhouette.png"), QColor(0x60, 0x70, 0x80));
    QVERIFY(!silhouette.isEmpty());
    const QString notImage = images.filePath(QStringLiteral("notes.png"));
    QFile text(notImage);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("not an image at all");
    text.close();

    SettingsDialog dialog;
    dialog.show();
    QSignalSpy changed(&dialog, &SettingsDialog::placeholdersChanged);
    auto* list = child<QListWidget>(&dialog, "placeholderList");
    dialog.addPlaceholderFile(silhouette);
    QVERIFY(changed.wait(10000));
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), QStringLiteral("silhouette.png"));
    dialog.addPlaceholderFile(notImage);
    QVERIFY(changed.wait(10000));
    QCOMPARE(list->count(), 1);
    QVERIFY(dialog.messageText().contains(QStringLiteral("notes.png")));
    dialog.addPlaceholderFile(silhouette); // the same picture again
    QVERIFY(changed.wait(10000));
    QCOMPARE(list->count(), 1);
    dialog.accept();
    QVERIFY(!dialog.isVisible());

    const PlaceholderSet saved = AppSettings::placeholders();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.entries().first().label, QStringLiteral("silhouette.png"));
    // The audit reads the same list.
    AuditView audit;
    QVERIFY(child<QLabel>(&audit, "placeholderLabel")->text().startsWith(QStringLiteral("1 ")));

    // Removed again in a new dialog.
    SettingsDialog again;
    auto* list2 = child<QListWidget>(&again, "placeholderList");
    QCOMPARE(list2->count(), 1);
    list2->item(0)->setSelected(true);
    auto* remove = child<QPushButton>(&again, "removePlaceholderButton");
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(list2->count(), 0);
    again.accept();
    QVERIFY(AppSettings::placeholders().isEmpty());
}

void TestSettingsDialog::openAuditTakesThePlaceholdersSaved()
{
    QTemporaryDir images;
    const QString silhouette = writeImage(images.path(), QStringLiteral("silhouette.png"), QColor(0x60, 0x70, 0x80));
    QVERIFY(!silhouette.isEmpty());
    MainWindow window;
    QVERIFY(window.openDemo());
    window.show();
    window.toggleAudit();
    auto* audit = window.findChild<AuditView*>();
    QVERIFY(audit && audit->isVisible());
    QVERIFY(audit->placeholders().isEmpty());
    auto* count = child<QLabel>(audit, "placeholderLabel");
    const QString before = count->text();

    // Preferences add an image while the audit is open: its next run uses it, and it says so.
    SettingsDialog* dialog = window.showSettings();
    QSignalSpy changed(dialog, &SettingsDialog::placeholdersChanged);
    dialog->addPlaceholderFile(silhouette);
    QVERIFY(changed.wait(10000));
    QVERIFY(audit->placeholders().isEmpty()); // nothing until saved
    dialog->accept();
    QCOMPARE(audit->placeholders().size(), 1);
    QCOMPARE(audit->placeholders().entries().first().label, QStringLiteral("silhouette.png"));
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("audit")),
             qPrintable(window.statusBar()->currentMessage()));
    QVERIFY(count->text() != before);
    QVERIFY(count->text().startsWith(QStringLiteral("1 ")));

    // And removed again: the audit forgets it.
    dialog = window.showSettings();
    auto* list = child<QListWidget>(dialog, "placeholderList");
    QCOMPARE(list->count(), 1);
    list->item(0)->setSelected(true);
    QTest::mouseClick(child<QPushButton>(dialog, "removePlaceholderButton"), Qt::LeftButton);
    dialog->accept();
    QVERIFY(audit->placeholders().isEmpty());
    QCOMPARE(count->text(), before);
}

void TestSettingsDialog::preferencesShortcutOpensTheDialog()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto* action = window.findChild<QAction*>(QStringLiteral("settingsAction"));
    QVERIFY(action);
    QVERIFY(action->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
    QTRY_VERIFY(window.findChild<SettingsDialog*>() && window.findChild<SettingsDialog*>()->isVisible());
    auto* dialog = window.findChild<SettingsDialog*>();
    QVERIFY(dialog->windowModality() != Qt::NonModal);
    dialog->reject();
    QTRY_VERIFY(!window.findChild<SettingsDialog*>());
}

void TestSettingsDialog::mainWindowRemembersGeometryAndSplitter()
{
    QList<int> sizes;
    {
        MainWindow window;
        QVERIFY(window.openDemo());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(700, 480);
        auto* splitter = window.findChild<QSplitter*>(QStringLiteral("mainSplitter"));
        splitter->setSizes({180, 500});
        QTRY_COMPARE(window.size(), QSize(700, 480));
        sizes = splitter->sizes();
        window.close(); // closing saves
    }
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), QSize(700, 480));
    QVERIFY(window.openDemo());
    QTRY_COMPARE(window.findChild<QSplitter*>(QStringLiteral("mainSplitter"))->sizes(), sizes);
}

void TestSettingsDialog::exportDialogRemembersTheLastChoices()
{
    GraphEmulator emulator(DemoTenantOptions{});
    QVERIFY(emulator.listen(0));
    auto* tokens = new StaticTokenProvider(emulator.accessToken(), &emulator);
    GraphClient client(GraphRoot::parse(emulator.graphRoot().toString()), tokens, nullptr);
    DirectoryModel model(&client);
    QTemporaryDir out;
    {
        ExportDialog dialog(&client, &model, {}, {});
        QVERIFY(dialog.setScope(ExportDialog::Scope::AllGroups));
        dialog.setOutputFolder(out.path());
        dialog.setNameTemplate(QStringLiteral("{displayName}.{ext}"));
        auto* size = child<QComboBox>(&dialog, "sizeComboBox");
        size->setCurrentIndex(size->findData(QStringLiteral("120x120")));
        auto* format = child<QComboBox>(&dialog, "formatComboBox");
        format->setCurrentIndex(2); // PNG
        child<QSpinBox>(&dialog, "maxEdgeSpinBox")->setValue(96);
        child<QCheckBox>(&dialog, "incrementalCheckBox")->setChecked(false);
        child<QCheckBox>(&dialog, "dryRunCheckBox")->setChecked(true);
        dialog.startExport();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.job() && dialog.job()->isFinished(), 30000);
    }
    ExportDialog dialog(&client, &model, {}, {});
    QCOMPARE(child<QLineEdit>(&dialog, "folderLineEdit")->text(), out.path());
    QCOMPARE(child<QLineEdit>(&dialog, "templateLineEdit")->text(), QStringLiteral("{displayName}.{ext}"));
    QCOMPARE(child<QComboBox>(&dialog, "sizeComboBox")->currentData().toString(), QStringLiteral("120x120"));
    QCOMPARE(child<QComboBox>(&dialog, "formatComboBox")->currentIndex(), 2);
    QCOMPARE(child<QSpinBox>(&dialog, "maxEdgeSpinBox")->value(), 96);
    QVERIFY(!child<QCheckBox>(&dialog, "incrementalCheckBox")->isChecked());
    // A dry run is a one-off decision: the next export is real unless asked again.
    QVERIFY(!child<QCheckBox>(&dialog, "dryRunCheckBox")->isChecked());
    // The template is the default the Settings dialog edits.
    QCOMPARE(AppSettings::exportTemplate(), QStringLiteral("{displayName}.{ext}"));
}

QTEST_MAIN(TestSettingsDialog)
#include "TestSettingsDialog.moc"
