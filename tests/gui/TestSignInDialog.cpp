// The sign-in dialog and the account switcher against the emulator's identity endpoints, with an in-memory
// token store (no keychain needed) and the settings in a temporary folder.
#include "AppSettings.h"
#include "MainWindow.h"
#include "Session.h"
#include "SignInDialog.h"
#include "TestCertificates.h"
#include "auth/AccountStore.h"
#include "auth/MemoryTokenStore.h"
#include "auth/TokenStore.h"
#include "cache/CacheFolder.h"
#include "cache/ThumbnailLoader.h"
#include "emulator/GraphEmulator.h"
#include "graph/GraphClient.h"
#include "model/DirectoryFilterModel.h"
#include "model/DirectoryModel.h"
#include "model/Roles.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUrlQuery>

using namespace Portrait;

namespace {
const QString kClient = QStringLiteral("11111111-2222-3333-4444-555555555555");
const QString kTenant = QStringLiteral("contoso.example");
const QString kSecretApp = QStringLiteral("aaaaaaaa-0000-0000-0000-00000000000a");
const QString kCertificateApp = QStringLiteral("cccccccc-0000-0000-0000-00000000000c");
const QString kAppSecret = QStringLiteral("app-secret-value-123");
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
    void browserSignInWithPkce();
    void browserSignInRejectsAForgedState();
    void clientSecretSignIn();
    void wrongClientSecretSavesNothing();
    void certificateSignIn();
    void unregisteredCertificateSavesNothing();
    void graphCliClientIsAnExplicitWarnedOptIn();
    void changingPhotosIsAnExplicitChoice();
    void lastAccountReopensAtStartup();
    void thumbnailsGoToTheConfiguredCacheFolder();

private:
    /// Chooses the sign-in method @p mode on the form.
    static void chooseMode(SignInDialog* dialog, Account::Mode mode);
    /// Clicks "Sign in" and waits until the window browses the account @p name, and the dialog is gone.
    void finishSignIn(MainWindow& window, SignInDialog* dialog, const QString& name);
    /// Clicks "Sign in" and waits for the error on the form; checks that nothing of @p name was saved.
    void expectFailure(MainWindow& window, SignInDialog* dialog, const QString& name, const QString& expected);
    /// Expands "Users" and waits for the first page: the account's token works against Graph.
    static void expectUsersListed(MainWindow& window);
    /// A browser that follows the authorize redirect to the loopback listener, like a real one would.
    bool fakeBrowser(const QUrl& url);

    /// Opens the dialog from @p window and fills it for the emulator; device code, account @p name.
    SignInDialog* openFilledDialog(MainWindow& window, const QString& name);
    /// Signs in as @p name through the dialog and waits until the window browses it.
    void signInThroughDialog(MainWindow& window, const QString& name);
    bool storeHasSecretOf(const QString& name) const;
    /// With PORTRAIT_SCREENSHOT_DIR set (under xvfb-run, QT_QPA_PLATFORM=xcb): the screen, by ImageMagick's import.
    void screenshot(QWidget* widget, const QString& fileName);

    QTemporaryDir m_config;
    QNetworkAccessManager* m_browser = nullptr;
    QByteArray m_browserPage;
    GraphEmulator* m_emulator = nullptr;
    MemoryTokenStore* m_store = nullptr;
};

void TestSignInDialog::initTestCase()
{
    QVERIFY(m_config.isValid());
    // Before the first QSettings: the accounts' settings go to the temporary folder.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(m_config.filePath(QStringLiteral("cache")))); // thumbnails
    QVERIFY(AccountStore().fileName().startsWith(m_config.path()));
    m_emulator = new GraphEmulator(DemoTenantOptions{}, this);
    QVERIFY(m_emulator->listen(0));
    m_emulator->tokenEndpoint().registerClient(kClient);
    m_emulator->tokenEndpoint().setDeviceCodeInterval(0);
    m_store = new MemoryTokenStore(this);
    m_browser = new QNetworkAccessManager(this);
    m_browser->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

void TestSignInDialog::chooseMode(SignInDialog* dialog, Account::Mode mode)
{
    auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("modeCombo"));
    const int index = combo->findData(int(mode));
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}

void TestSignInDialog::finishSignIn(MainWindow& window, SignInDialog* dialog, const QString& name)
{
    QPointer<SignInDialog> guard(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("signInStartButton")), Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(!guard || !guard->errorText().isEmpty()
                                  || (window.session() && window.session()->accountName() == name),
                              "no answer", 30000); // a device code is polled 5 s after it is shown
    QVERIFY2(!guard || guard->errorText().isEmpty(), qPrintable(guard ? guard->errorText() : QString()));
    QTRY_VERIFY_WITH_TIMEOUT(window.session() && window.session()->accountName() == name, 30000);
    QTRY_VERIFY(!guard); // accepted and deleted
}

void TestSignInDialog::expectFailure(MainWindow& window, SignInDialog* dialog, const QString& name,
                                     const QString& expected)
{
    const int writes = m_store->writes();
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("signInStartButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText().isEmpty(), 15000);
    QVERIFY2(dialog->errorText().contains(expected, Qt::CaseInsensitive), qPrintable(dialog->errorText()));
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isSigningIn());
    QVERIFY(!AccountStore().find(name));
    QVERIFY(!storeHasSecretOf(name));
    QCOMPARE(m_store->writes(), writes);
    QVERIFY(!window.session());
}

void TestSignInDialog::expectUsersListed(MainWindow& window)
{
    const QModelIndex users = window.model()->topIndex(NodeKind::Users);
    window.treeView()->expand(users);
    // 30 s: the whole suite runs two tests at once on two cores, beside the chaos tests. Failing, it says why.
    QTRY_VERIFY2_WITH_TIMEOUT(window.model()->rowCount(users) > 0,
                              qPrintable(QStringLiteral("no users listed; window error: \"%1\", status: \"%2\"")
                                             .arg(window.lastError(), window.model()->data(users).toString())),
                              30000);
}

bool TestSignInDialog::fakeBrowser(const QUrl& url)
{
    m_browserPage.clear();
    QNetworkReply* authorize = m_browser->get(QNetworkRequest(url));
    connect(authorize, &QNetworkReply::finished, this, [this, authorize]() {
        authorize->deleteLater();
        const QUrl location = QUrl::fromEncoded(authorize->rawHeader("Location"));
        if (!location.isValid()) {
            return;
        }
        QNetworkReply* redirect = m_browser->get(QNetworkRequest(location));
        connect(redirect, &QNetworkReply::finished, this, [this, redirect]() {
            redirect->deleteLater();
            m_browserPage = redirect->readAll();
        });
    });
    return true;
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
    // The emulator's page is plain http://: shown, but never opened for the user (https only).
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("openBrowserButton"))->isVisible());
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

void TestSignInDialog::browserSignInWithPkce()
{
    MainWindow window;
    window.setTokenStore(m_store);
    window.show();
    SignInDialog* dialog = openFilledDialog(window, QStringLiteral("browser"));
    QVERIFY(dialog);
    chooseMode(dialog, Account::Mode::Browser);
    QUrl opened;
    dialog->setUrlOpener([this, &opened](const QUrl& url) {
        opened = url;
        return fakeBrowser(url);
    });
    const int codes = m_emulator->tokenEndpoint().tokenRequests(QStringLiteral("authorization_code"));
    finishSignIn(window, dialog, QStringLiteral("browser"));
    QVERIFY(!QTest::currentTestFailed());

    // The system browser was sent to /authorize with PKCE S256, a state, and a loopback redirect.
    const QUrlQuery query(opened);
    QVERIFY2(opened.path().endsWith(QStringLiteral("/oauth2/v2.0/authorize")), qPrintable(opened.toString()));
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
    QVERIFY(!query.queryItemValue(QStringLiteral("state")).isEmpty());
    // The registered redirect is http://localhost (any port); the listener is on the loopback address.
    const QUrl redirect(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    QCOMPARE(redirect.scheme(), QStringLiteral("http"));
    QCOMPARE(redirect.host(), QStringLiteral("localhost"));
    QVERIFY(redirect.port() > 0);
    QCOMPARE(m_emulator->tokenEndpoint().tokenRequests(QStringLiteral("authorization_code")), codes + 1);
    QTRY_VERIFY(m_browserPage.contains("You can close this tab"));

    const std::optional<Account> account = AccountStore().find(QStringLiteral("browser"));
    QVERIFY(account);
    QCOMPARE(account->mode, Account::Mode::Browser);
    QVERIFY(m_store->entries().contains(account->secretKey(TokenStore::refreshTokenKind())));
    expectUsersListed(window);
}

void TestSignInDialog::browserSignInRejectsAForgedState()
{
    // A forged redirect is answered 404 and ignored: the dialog keeps waiting for the real one (nobody else can
    // end the sign-in), and Cancel still stops it with nothing saved.
    MainWindow window;
    window.setTokenStore(m_store);
    window.show();
    SignInDialog* dialog = openFilledDialog(window, QStringLiteral("forged"));
    QVERIFY(dialog);
    chooseMode(dialog, Account::Mode::Browser);
    dialog->setUrlOpener([this](const QUrl& url) { return fakeBrowser(url); });
    m_emulator->tokenEndpoint().setAuthorizeStateOverride(QStringLiteral("forged-state"));
    const int codes = m_emulator->tokenEndpoint().tokenRequests(QStringLiteral("authorization_code"));
    const int writes = m_store->writes();
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("signInStartButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_browserPage.contains("Not found"), 15000);
    m_emulator->tokenEndpoint().setAuthorizeStateOverride({});
    QVERIFY(dialog->isSigningIn());
    QVERIFY(dialog->errorText().isEmpty());
    // The forged redirect's code was never redeemed.
    QCOMPARE(m_emulator->tokenEndpoint().tokenRequests(QStringLiteral("authorization_code")), codes);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("signInCancelButton")), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isSigningIn());
    QVERIFY(dialog->errorText().contains(QStringLiteral("cancelled")));
    QVERIFY(!AccountStore().find(QStringLiteral("forged")));
    QCOMPARE(m_store->writes(), writes);
    QVERIFY(!window.session());
}

void TestSignInDialog::clientSecretSignIn()
{
    m_emulator->tokenEndpoint().registerClient(kSecretApp, kAppSecret);
    MainWindow window;
    window.setTokenStore(m_store);
    window.show();
    SignInDialog* dialog = openFilledDialog(window, QStringLiteral("daemon"));
    QVERIFY(dialog);
    chooseMode(dialog, Account::Mode::ClientSecret);
    QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("clientSecretEdit"))->isVisible());
    QVERIFY(!dialog->findChild<QCheckBox*>(QStringLiteral("photoScopeCheck"))->isVisible());
    QVERIFY(!dialog->findChild<QCheckBox*>(QStringLiteral("writeScopeCheck"))->isVisible());
    dialog->findChild<QLineEdit*>(QStringLiteral("clientIdEdit"))->setText(kSecretApp);
    auto* secret = dialog->findChild<QLineEdit*>(QStringLiteral("clientSecretEdit"));
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    secret->setText(kAppSecret);
    const int grants = m_emulator->tokenEndpoint().tokenRequests(QStringLiteral("client_credentials"));
    finishSignIn(window, dialog, QStringLiteral("daemon"));
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(m_emulator->tokenEndpoint().tokenRequests(QStringLiteral("client_credentials")) > grants);

    // The secret went to the store, not into the settings.
    const std::optional<Account> account = AccountStore().find(QStringLiteral("daemon"));
    QVERIFY(account);
    QCOMPARE(account->mode, Account::Mode::ClientSecret);
    QCOMPARE(m_store->entries().value(account->secretKey(TokenStore::clientSecretKind())), kAppSecret);
    QFile settings(AccountStore().fileName());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY(!settings.readAll().contains(kAppSecret.toUtf8()));
    expectUsersListed(window);
}

void TestSignInDialog::wrongClientSecretSavesNothing()
{
    m_emulator->tokenEndpoint().registerClient(kSecretApp, kAppSecret);
    MainWindow window;
    window.setTokenStore(m_store);
    window.show();
    SignInDialog* dialog = openFilledDialog(window, QStringLiteral("wrongsecret"));
    QVERIFY(dialog);
    chooseMode(dialog, Account::Mode::ClientSecret);
    dialog->findChild<QLineEdit*>(QStringLiteral("clientIdEdit"))->setText(kSecretApp);
    dialog->findChild<QLineEdit*>(QStringLiteral("clientSecretEdit"))->setText(QStringLiteral("not-the-secret"));
    expectFailure(window, dialog, QStringLiteral("wrongsecret"), QStringLiteral("AADSTS7000215"));
}

void TestSignInDialog::certificateSignIn()
{
    const Test::TestCertificate certificate = Test::TestCertificate::generate();
    m_emulator->tokenEndpoint().registerClient(kCertificateApp, {}, certificate.der);
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("app.p12")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(certificate.pkcs12);
    file.close();

    MainWindow window;
    window.setTokenStore(m_store);
    window.show();
    SignInDialog* dialog = openFilledDialog(window, QStringLiteral("certified"));
    QVERIFY(dialog);
    chooseMode(dialog, Account::Mode::Certificate);
    QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("certificateEdit"))->isVisible());
    QVERIFY(!dialog->findChild<QLineEdit*>(QStringLiteral("clientSecretEdit"))->isVisible());
    dialog->findChild<QLineEdit*>(QStringLiteral("clientIdEdit"))->setText(kCertificateApp);
    dialog->findChild<QLineEdit*>(QStringLiteral("certificateEdit"))->setText(file.fileName());
    dialog->findChild<QLineEdit*>(QStringLiteral("certificatePasswordEdit"))
        ->setText(QString::fromLatin1(certificate.password));
    finishSignIn(window, dialog, QStringLiteral("certified"));
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(m_emulator->tokenEndpoint().lastAssertionAlgorithm(), QStringLiteral("PS256"));

    const std::optional<Account> account = AccountStore().find(QStringLiteral("certified"));
    QVERIFY(account);
    QCOMPARE(account->mode, Account::Mode::Certificate);
    QCOMPARE(account->certificatePath, QFileInfo(file).absoluteFilePath());
    QCOMPARE(m_store->entries().value(account->secretKey(TokenStore::certificatePasswordKind())),
             QString::fromLatin1(certificate.password));
    expectUsersListed(window);
}

void TestSignInDialog::unregisteredCertificateSavesNothing()
{
    const Test::TestCertificate registered = Test::TestCertificate::generate();
    const Test::TestCertificate other = Test::TestCertificate::generate();
    m_emulator->tokenEndpoint().registerClient(kCertificateApp, {}, registered.der);
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("other.pem")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(other.pem);
    file.close();

    MainWindow window;
    window.setTokenStore(m_store);
    window.show();
    SignInDialog* dialog = openFilledDialog(window, QStringLiteral("impostor"));
    QVERIFY(dialog);
    chooseMode(dialog, Account::Mode::Certificate);
    dialog->findChild<QLineEdit*>(QStringLiteral("clientIdEdit"))->setText(kCertificateApp);
    dialog->findChild<QLineEdit*>(QStringLiteral("certificateEdit"))->setText(file.fileName());
    expectFailure(window, dialog, QStringLiteral("impostor"), QStringLiteral("AADSTS"));
}

void TestSignInDialog::graphCliClientIsAnExplicitWarnedOptIn()
{
    m_emulator->tokenEndpoint().registerClient(Account::graphCommandLineToolsClientId());
    MainWindow window;
    window.setTokenStore(m_store);
    window.show();
    SignInDialog* dialog = openFilledDialog(window, QStringLiteral("borrowed"));
    QVERIFY(dialog);
    auto* clientId = dialog->findChild<QLineEdit*>(QStringLiteral("clientIdEdit"));
    auto* borrow = dialog->findChild<QCheckBox*>(QStringLiteral("graphCliClientCheck"));
    auto* warning = dialog->findChild<QLabel*>(QStringLiteral("graphCliWarningLabel"));
    QVERIFY(borrow && warning);
    clientId->clear();

    // Off by default; checking it fills Microsoft's client ID and says why that is fragile.
    QVERIFY(borrow->isVisible());
    QVERIFY(!borrow->isChecked());
    QVERIFY(!warning->isVisible());
    QTest::mouseClick(borrow, Qt::LeftButton, {}, QPoint(8, borrow->height() / 2));
    QVERIFY(borrow->isChecked());
    QCOMPARE(clientId->text(), Account::graphCommandLineToolsClientId());
    QVERIFY(clientId->isReadOnly());
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(QStringLiteral("Conditional Access")));
    QVERIFY(warning->text().contains(QStringLiteral("not Portrait's")));

    // App-only credentials never use it: the option goes away and takes the borrowed ID with it.
    chooseMode(dialog, Account::Mode::ClientSecret);
    QVERIFY(!borrow->isVisible());
    QVERIFY(!borrow->isChecked());
    QVERIFY(clientId->text().isEmpty());
    QVERIFY(!clientId->isReadOnly());
    QVERIFY(!warning->isVisible());

    // Delegated again, opted in: the account signs in with the borrowed client.
    chooseMode(dialog, Account::Mode::DeviceCode);
    borrow->setChecked(true);
    m_emulator->tokenEndpoint().setDeviceCodeInterval(0);
    m_emulator->tokenEndpoint().setDeviceCodeScript({QStringLiteral("pending")});
    finishSignIn(window, dialog, QStringLiteral("borrowed"));
    QVERIFY(!QTest::currentTestFailed());
    const std::optional<Account> account = AccountStore().find(QStringLiteral("borrowed"));
    QVERIFY(account);
    QCOMPARE(account->clientId, Account::graphCommandLineToolsClientId());
}

void TestSignInDialog::changingPhotosIsAnExplicitChoice()
{
    MainWindow window;
    window.setTokenStore(m_store);
    window.show();
    SignInDialog* dialog = openFilledDialog(window, QStringLiteral("writer"));
    QVERIFY(dialog);
    auto* write = dialog->findChild<QCheckBox*>(QStringLiteral("writeScopeCheck"));
    QVERIFY(write);
    QVERIFY(write->isVisible());
    QVERIFY(!write->isChecked()); // read-only unless asked
    write->setChecked(true);
    finishSignIn(window, dialog, QStringLiteral("writer"));
    QVERIFY(!QTest::currentTestFailed());
    const std::optional<Account> account = AccountStore().find(QStringLiteral("writer"));
    QVERIFY(account);
    QVERIFY(account->writeScope);
    QVERIFY(!AccountStore().find(QStringLiteral("work")) || !AccountStore().find(QStringLiteral("work"))->writeScope);
}

void TestSignInDialog::lastAccountReopensAtStartup()
{
    const TokenEndpoint& endpoint = m_emulator->tokenEndpoint();
    const int refreshes = endpoint.tokenRequests(QStringLiteral("refresh_token"));
    {
        MainWindow window;
        window.setTokenStore(m_store);
        window.show();
        signInThroughDialog(window, QStringLiteral("again"));
        QVERIFY(!QTest::currentTestFailed());
        expectUsersListed(window);
        // The session opened by the sign-in browses with the sign-in's own access token. (It used to redeem the
        // refresh token at once; a window closed during that redemption left a stale token in the keychain.)
        QCOMPARE(endpoint.tokenRequests(QStringLiteral("refresh_token")), refreshes);
    }
    QCOMPARE(AccountStore().current(), QStringLiteral("again"));

    // The next start opens it without asking, from its stored refresh token.
    {
        MainWindow window;
        window.setTokenStore(m_store);
        QVERIFY(window.restoreLastAccount());
        window.show();
        QVERIFY(window.session());
        QCOMPARE(window.session()->accountName(), QStringLiteral("again"));
        auto* stack = qobject_cast<QStackedWidget*>(window.centralWidget());
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("mainSplitter"));
        expectUsersListed(window);
        QCOMPARE(endpoint.tokenRequests(QStringLiteral("refresh_token")), refreshes + 1);
        QCOMPARE(endpoint.reusedRefreshTokens(), 0);
    }

    // Signed out elsewhere (portrait-cli logout): the welcome page, without an error.
    AccountStore().remove(QStringLiteral("again"));
    MainWindow window;
    window.setTokenStore(m_store);
    QVERIFY(!window.restoreLastAccount());
    QVERIFY(!window.session());
    QVERIFY(window.lastError().isEmpty());
    auto* stack = qobject_cast<QStackedWidget*>(window.centralWidget());
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("welcomePage"));
}

void TestSignInDialog::thumbnailsGoToTheConfiguredCacheFolder()
{
    // Preferences ▸ Cache: a folder of the user's choice; the account's grid of faces fills it on disk.
    const QString chosen = m_config.filePath(QStringLiteral("chosen-cache"));
    AppSettings::setCacheDirectory(chosen);
    const auto restore = qScopeGuard([]() { AppSettings::setCacheDirectory({}); });
    MainWindow window;
    window.setTokenStore(m_store);
    window.resize(1100, 720);
    window.show();
    QCOMPARE(window.browseMode(), MainWindow::BrowseMode::Grid);
    signInThroughDialog(window, QStringLiteral("cached"));
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(window.thumbnailLoader());
    const QString store = window.thumbnailLoader()->storeDirectory();
    QCOMPARE(store, chosen + QStringLiteral("/thumbnails/cached"));
    const auto thumbnailFiles = [&store]() {
        QStringList files;
        QDirIterator it(store, {QStringLiteral("*.thumb")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            files << it.next();
        }
        return files;
    };
    QTRY_VERIFY_WITH_TIMEOUT(thumbnailFiles().size() >= 5, 20000);
    QVERIFY2(QFile::exists(chosen + QStringLiteral("/CACHEDIR.TAG")), "the chosen folder is tagged as a cache");
    // Nothing went to the platform's default cache folder.
    QVERIFY(!QFileInfo::exists(CacheFolder::defaultPath() + QStringLiteral("/thumbnails/cached")));
}

QTEST_MAIN(TestSignInDialog)
#include "TestSignInDialog.moc"
