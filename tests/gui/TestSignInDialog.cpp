// The sign-in dialog and the account switcher against the emulator's identity endpoints, with an in-memory
// token store (no keychain needed) and the settings in a temporary folder.
#include "MainWindow.h"
#include "Session.h"
#include "SignInDialog.h"
#include "auth/AccountStore.h"
#include "auth/MemoryTokenStore.h"
#include "auth/TokenStore.h"
#include "emulator/GraphEmulator.h"
#include "graph/GraphClient.h"
#include "model/DirectoryFilterModel.h"
#include "model/DirectoryModel.h"
#include "model/Roles.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Portrait;

namespace {
const QString kClient = QStringLiteral("11111111-2222-3333-4444-555555555555");
const QString kTenant = QStringLiteral("contoso.example");
} // namespace

class TestSignInDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void welcomeButtonOpensTheDialog();
    void dialogShowsTheCodeAndCancels();
    void deviceCodeSignInBrowsesTheAccount();
    void declinedSignInSavesNothing();
    void signOutRemovesTheAccount();

private:
    /// Opens the dialog from @p window and fills it for the emulator; device code, account @p name.
    SignInDialog* openFilledDialog(MainWindow& window, const QString& name);
    /// Signs in as @p name through the dialog and waits until the window browses it.
    void signInThroughDialog(MainWindow& window, const QString& name);
    bool storeHasSecretOf(const QString& name) const;
    /// With PORTRAIT_SCREENSHOT_DIR set (under xvfb-run, QT_QPA_PLATFORM=xcb): the screen, by ImageMagick's import.
    void screenshot(QWidget* widget, const QString& fileName);

    QTemporaryDir m_config;
    GraphEmulator* m_emulator = nullptr;
    MemoryTokenStore* m_store = nullptr;
};

void TestSignInDialog::initTestCase()
{
    QVERIFY(m_config.isValid());
    // Before the first QSettings: the accounts' settings go to the temporary folder.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    QVERIFY(AccountStore().fileName().startsWith(m_config.path()));
    m_emulator = new GraphEmulator(DemoTenantOptions{}, this);
    QVERIFY(m_emulator->listen(0));
    m_emulator->tokenEndpoint().registerClient(kClient);
    m_emulator->tokenEndpoint().setDeviceCodeInterval(0);
    m_store = new MemoryTokenStore(this);
}

SignInDialog* TestSignInDialog::openFilledDialog(MainWindow& window, const QString& name)
{
    SignInDialog* dialog = window.signIn();
    if (!dialog || !dialog->isVisible()) {
        return nullptr;
    }
    dialog->findChild<QLineEdit*>(QStringLiteral("tenantEdit"))->setText(kTenant);
    dialog->findChild<QLineEdit*>(QStringLiteral("clientIdEdit"))->setText(kClient);
    dialog->findChild<QLineEdit*>(QStringLiteral("accountNameEdit"))->setText(name);
    dialog->findChild<QCheckBox*>(QStringLiteral("advancedCheck"))->setChecked(true);
    dialog->findChild<QLineEdit*>(QStringLiteral("loginUrlEdit"))->setText(m_emulator->baseUrl().toString());
    dialog->findChild<QLineEdit*>(QStringLiteral("graphUrlEdit"))->setText(m_emulator->graphRoot().toString());
    return dialog;
}

void TestSignInDialog::signInThroughDialog(MainWindow& window, const QString& name)
{
    m_emulator->tokenEndpoint().setDeviceCodeInterval(0);
    m_emulator->tokenEndpoint().setDeviceCodeScript({QStringLiteral("pending")});
    QPointer<SignInDialog> dialog = openFilledDialog(window, name);
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("signInStartButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window.session() && window.session()->accountName() == name, 10000);
    QTRY_VERIFY(!dialog); // accepted and deleted
}

bool TestSignInDialog::storeHasSecretOf(const QString& name) const
{
    const auto keys = m_store->entries().keys();
    return std::any_of(keys.begin(), keys.end(),
                       [&](const QString& key) { return key.contains(QLatin1Char('/') + name + QLatin1Char('/')); });
}

void TestSignInDialog::screenshot(QWidget* widget, const QString& fileName)
{
    const QString dir = qEnvironmentVariable("PORTRAIT_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        return;
    }
    // Painted before the screen is read: exposed, then every pending paint event handled.
    QVERIFY(QTest::qWaitForWindowExposed(widget));
    widget->repaint();
    QCoreApplication::processEvents();
    QProcess import;
    QSignalSpy done(&import, &QProcess::finished);
    import.start(QStringLiteral("import"),
                 {QStringLiteral("-window"), QStringLiteral("root"), dir + QLatin1Char('/') + fileName});
    QVERIFY(done.wait(20000));
}

void TestSignInDialog::welcomeButtonOpensTheDialog()
{
    MainWindow window;
    window.setTokenStore(m_store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* button = window.findChild<QPushButton*>(QStringLiteral("signInButton"));
    QVERIFY(button && button->isVisible() && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    auto* dialog = window.findChild<SignInDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->isModal() || dialog->windowModality() != Qt::NonModal);
    // No borrowed client ID: the user brings their own.
    QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("clientIdEdit"))->text().isEmpty());
    dialog->reject();
    QTRY_VERIFY(!window.findChild<SignInDialog*>());
}

void TestSignInDialog::dialogShowsTheCodeAndCancels()
{
    MainWindow window;
    window.setTokenStore(m_store);
    window.show();
    // One poll a second, never approved while the test looks: the code stays on screen.
    m_emulator->tokenEndpoint().setDeviceCodeInterval(1);
    m_emulator->tokenEndpoint().setDeviceCodeScript(QStringList(600, QStringLiteral("pending")));
    SignInDialog* dialog = openFilledDialog(window, QStringLiteral("shown"));
    QVERIFY(dialog);
    screenshot(dialog, QStringLiteral("sign-in.png"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("signInStartButton")), Qt::LeftButton);
    auto* code = dialog->findChild<QLabel*>(QStringLiteral("userCodeLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(code->isVisible() && !code->text().isEmpty(), 10000);
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("verificationUrlLabel"))
                ->text()
                .contains(QStringLiteral("devicelogin")));
    QVERIFY(
        dialog->findChild<QLabel*>(QStringLiteral("signInStatusLabel"))->text().contains(QStringLiteral("pending")));
    QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("copyCodeButton"))->isVisible());
    QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("openBrowserButton"))->isVisible());
    QVERIFY(dialog->isSigningIn());
    screenshot(dialog, QStringLiteral("sign-in-code.png"));

    // Cancel stops waiting, keeps the dialog, and saves nothing.
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("signInCancelButton")), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isSigningIn());
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->errorText().contains(QStringLiteral("cancelled")));
    QVERIFY(!AccountStore().find(QStringLiteral("shown")));
    QVERIFY(!storeHasSecretOf(QStringLiteral("shown")));
    QVERIFY(!window.session());
}

void TestSignInDialog::deviceCodeSignInBrowsesTheAccount()
{
    MainWindow window;
    window.setTokenStore(m_store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    signInThroughDialog(window, QStringLiteral("work"));
    QVERIFY(!QTest::currentTestFailed());

    // Saved: settings without secrets, the refresh token in the store.
    const std::optional<Account> account = AccountStore().find(QStringLiteral("work"));
    QVERIFY(account);
    QCOMPARE(account->tenant, kTenant);
    QCOMPARE(account->mode, Account::Mode::DeviceCode);
    QCOMPARE(account->userName, QStringLiteral("admin@contoso.example"));
    QVERIFY(m_store->entries().contains(account->secretKey(TokenStore::refreshTokenKind())));
    QCOMPARE(AccountStore().current(), QStringLiteral("work"));

    // Browsing: the account's token (from the stored refresh token) lists the users.
    QVERIFY(!window.session()->isDemo());
    auto* stack = qobject_cast<QStackedWidget*>(window.centralWidget());
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("mainSplitter"));
    const QModelIndex users = window.model()->topIndex(NodeKind::Users);
    window.treeView()->expand(window.filterModel()->mapFromSource(users));
    QTRY_VERIFY_WITH_TIMEOUT(window.model()->rowCount(users) > 0, 10000);
    QVERIFY(window.lastError().isEmpty());

    // The switcher lists it; switching to the demo and back reopens it with --account semantics.
    emit window.accountMenu()->aboutToShow();
    auto* demo = window.accountMenu()->findChild<QAction*>(QStringLiteral("demoAccountAction"));
    auto* work = window.accountMenu()->findChild<QAction*>(QStringLiteral("accountAction:work"));
    QVERIFY(demo && work);
    demo->trigger();
    QVERIFY(window.session() && window.session()->isDemo());
    emit window.accountMenu()->aboutToShow();
    window.accountMenu()->findChild<QAction*>(QStringLiteral("accountAction:work"))->trigger();
    QVERIFY(window.session() && window.session()->accountName() == QStringLiteral("work"));
    emit window.accountMenu()->aboutToShow();
    QVERIFY(window.accountMenu()->findChild<QAction*>(QStringLiteral("accountAction:work"))->isChecked());
}

void TestSignInDialog::declinedSignInSavesNothing()
{
    MainWindow window;
    window.setTokenStore(m_store);
    window.show();
    m_emulator->tokenEndpoint().setDeviceCodeInterval(0);
    m_emulator->tokenEndpoint().setDeviceCodeScript({QStringLiteral("pending"), QStringLiteral("declined")});
    const int writes = m_store->writes();
    SignInDialog* dialog = openFilledDialog(window, QStringLiteral("nope"));
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("signInStartButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText().isEmpty(), 10000);
    QVERIFY2(dialog->errorText().contains(QStringLiteral("declined")), qPrintable(dialog->errorText()));
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("signInErrorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY(dialog->isVisible());
    QVERIFY(!AccountStore().find(QStringLiteral("nope")));
    QVERIFY(!storeHasSecretOf(QStringLiteral("nope")));
    QCOMPARE(m_store->writes(), writes);
    QVERIFY(!window.session());
}

void TestSignInDialog::signOutRemovesTheAccount()
{
    MainWindow window;
    window.setTokenStore(m_store);
    window.show();
    signInThroughDialog(window, QStringLiteral("leaving"));
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(storeHasSecretOf(QStringLiteral("leaving")));

    emit window.accountMenu()->aboutToShow();
    auto* signOut = window.accountMenu()->findChild<QAction*>(QStringLiteral("signOutAction"));
    QVERIFY(signOut && signOut->isEnabled());
    signOut->trigger();
    QTRY_VERIFY(!AccountStore().find(QStringLiteral("leaving")));
    QVERIFY(!storeHasSecretOf(QStringLiteral("leaving")));
    QVERIFY(!window.session());
    auto* stack = qobject_cast<QStackedWidget*>(window.centralWidget());
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("welcomePage"));
    emit window.accountMenu()->aboutToShow();
    QVERIFY(!window.accountMenu()->findChild<QAction*>(QStringLiteral("accountAction:leaving")));
}

QTEST_MAIN(TestSignInDialog)
#include "TestSignInDialog.moc"
