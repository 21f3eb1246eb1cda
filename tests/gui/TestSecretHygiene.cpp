// A whole GUI session at maximum log verbosity (QT_LOGGING_RULES=*.debug=true, set by CMake): sign in through
// the dialog with the browser (PKCE) and with a client secret, browse users and photos, refresh, save the window.
// Then no access token, refresh token, authorization code, code_verifier or client secret may appear in the
// captured log, in the QSettings files, or in any file under the (temporary) config, cache and data folders.
#include "DetailPane.h"
#include "MainWindow.h"
#include "Session.h"
#include "SignInDialog.h"
#include "auth/AccountStore.h"
#include "auth/MemoryTokenStore.h"
#include "emulator/GraphEmulator.h"
#include "emulator/TokenEndpoint.h"
#include "graph/GraphClient.h"
#include "model/DirectoryFilterModel.h"
#include "model/DirectoryModel.h"
#include "model/Roles.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Portrait;

namespace {
const QString kClient = QStringLiteral("11111111-2222-3333-4444-555555555555");
const QString kApp = QStringLiteral("aaaaaaaa-0000-0000-0000-00000000000a");
const QString kAppSecret = QStringLiteral("s3cret-0f-the-app~never-to-be-logged");
const QString kTenant = QStringLiteral("contoso.example");

QMutex g_logMutex;
QByteArray g_log; // every message of every category and level, as formatted for the terminal
int g_debugMessages = 0;
QtMessageHandler g_previous = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    // The emulator's HTTP server shares this process but stands for Microsoft's servers: what it logs about the
    // requests it receives (their Authorization headers included) is the other side's log, not Portrait's.
    // Portrait's own loopback listener for the browser's redirect is a QTcpServer, so its traffic is not excluded.
    if (context.category && QByteArrayView(context.category).startsWith("qt.httpserver")) {
        return;
    }
    {
        QMutexLocker lock(&g_logMutex);
        g_log += qFormatLogMessage(type, context, message).toUtf8() + '\n';
        g_debugMessages += type == QtDebugMsg ? 1 : 0;
    }
    if (type != QtDebugMsg && type != QtInfoMsg && g_previous) {
        g_previous(type, context, message); // warnings still reach the test's output
    }
}
} // namespace

class TestSecretHygiene : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void fullSessionLeaksNoSecret();

private:
    SignInDialog* openDialog(MainWindow& window, const QString& name, Account::Mode mode);
    void signIn(MainWindow& window, SignInDialog* dialog, const QString& name);
    void browse(MainWindow& window);
    bool fakeBrowser(const QUrl& url);

    QTemporaryDir m_home;
    GraphEmulator* m_emulator = nullptr;
    MemoryTokenStore* m_store = nullptr;
    QNetworkAccessManager* m_browser = nullptr;
};

void TestSecretHygiene::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Before the first QSettings or QStandardPaths use: every folder the app may write to is in the sandbox.
    for (const char* variable : {"XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"}) {
        const QString dir = m_home.filePath(QString::fromLatin1(variable).toLower());
        QVERIFY(QDir().mkpath(dir));
        qputenv(variable, QFile::encodeName(dir));
    }
    QVERIFY(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation).startsWith(m_home.path()));
    QVERIFY(QStandardPaths::writableLocation(QStandardPaths::CacheLocation).startsWith(m_home.path()));
    QVERIFY(QSettings().fileName().startsWith(m_home.path()));
    QVERIFY(AccountStore().fileName().startsWith(m_home.path()));

    // The maximum verbosity really is on (CMake sets QT_LOGGING_RULES=*.debug=true for this test).
    QVERIFY2(QLoggingCategory("portrait.auth").isDebugEnabled(), "run with QT_LOGGING_RULES=*.debug=true");
    QVERIFY(QLoggingCategory("portrait.graph").isDebugEnabled());
    QVERIFY(QLoggingCategory("qt.network.http2").isDebugEnabled());
    qSetMessagePattern(QStringLiteral("%{type} %{category}: %{message}"));
    g_previous = qInstallMessageHandler(captureMessage);

    m_emulator = new GraphEmulator(DemoTenantOptions{}, this);
    QVERIFY(m_emulator->listen(0));
    m_emulator->tokenEndpoint().registerClient(kClient);
    m_emulator->tokenEndpoint().registerClient(kApp, kAppSecret);
    // Each account reopened redeems (and rotates) its refresh token from the store.
    m_store = new MemoryTokenStore(this);
    m_browser = new QNetworkAccessManager(this);
    m_browser->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

void TestSecretHygiene::cleanupTestCase()
{
    qInstallMessageHandler(g_previous);
}

bool TestSecretHygiene::fakeBrowser(const QUrl& url)
{
    QNetworkReply* authorize = m_browser->get(QNetworkRequest(url));
    connect(authorize, &QNetworkReply::finished, this, [this, authorize]() {
        authorize->deleteLater();
        const QUrl location = QUrl::fromEncoded(authorize->rawHeader("Location"));
        if (location.isValid()) {
            QNetworkReply* redirect = m_browser->get(QNetworkRequest(location));
            connect(redirect, &QNetworkReply::finished, redirect, &QObject::deleteLater);
        }
    });
    return true;
}

SignInDialog* TestSecretHygiene::openDialog(MainWindow& window, const QString& name, Account::Mode mode)
{
    SignInDialog* dialog = window.signIn();
    if (!dialog) {
        return nullptr;
    }
    auto* modes = dialog->findChild<QComboBox*>(QStringLiteral("modeCombo"));
    modes->setCurrentIndex(modes->findData(int(mode)));
    dialog->findChild<QLineEdit*>(QStringLiteral("tenantEdit"))->setText(kTenant);
    dialog->findChild<QLineEdit*>(QStringLiteral("accountNameEdit"))->setText(name);
    dialog->findChild<QCheckBox*>(QStringLiteral("advancedCheck"))->setChecked(true);
    dialog->findChild<QLineEdit*>(QStringLiteral("loginUrlEdit"))->setText(m_emulator->baseUrl().toString());
    dialog->findChild<QLineEdit*>(QStringLiteral("graphUrlEdit"))->setText(m_emulator->graphRoot().toString());
    dialog->setUrlOpener([this](const QUrl& url) { return fakeBrowser(url); });
    return dialog;
}

void TestSecretHygiene::signIn(MainWindow& window, SignInDialog* dialog, const QString& name)
{
    QPointer<SignInDialog> guard(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("signInStartButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!guard || !guard->errorText().isEmpty(), 15000);
    QVERIFY2(!guard, qPrintable(guard ? guard->errorText() : QString()));
    QVERIFY(window.session());
    QCOMPARE(window.session()->accountName(), name);
}

void TestSecretHygiene::browse(MainWindow& window)
{
    // The tree shows the search filter over the model: its indexes are mapped.
    DirectoryModel* model = window.model();
    const auto expandUsers = [&]() {
        const QModelIndex users = model->topIndex(NodeKind::Users);
        window.treeView()->expand(window.filterModel()->mapFromSource(users));
        model->fetchMore(users);
        return users;
    };
    QModelIndex users = expandUsers();
    QTRY_VERIFY2_WITH_TIMEOUT(model->rowCount(users) >= 3, qPrintable(window.lastError()), 10000);
    // Three people's details and photos.
    for (int row = 0; row < 3; ++row) {
        const QModelIndex user = model->index(row, 0, users);
        window.treeView()->setCurrentIndex(window.filterModel()->mapFromSource(user));
        QTRY_VERIFY_WITH_TIMEOUT(user.data(Roles::PhotoStateRole).isValid(), 10000);
    }
    QVERIFY2(window.lastError().isEmpty(), qPrintable(window.lastError()));
    window.refresh(); // F5: everything is listed again
    users = expandUsers();
    QTRY_VERIFY2_WITH_TIMEOUT(model->rowCount(users) >= 3, qPrintable(window.lastError()), 10000);
}

void TestSecretHygiene::fullSessionLeaksNoSecret()
{
    {
        MainWindow window;
        window.setTokenStore(m_store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Delegated, in the browser with PKCE.
        SignInDialog* dialog = openDialog(window, QStringLiteral("people"), Account::Mode::Browser);
        QVERIFY(dialog);
        dialog->findChild<QLineEdit*>(QStringLiteral("clientIdEdit"))->setText(kClient);
        signIn(window, dialog, QStringLiteral("people"));
        QVERIFY(!QTest::currentTestFailed());
        browse(window);
        QVERIFY(!QTest::currentTestFailed());

        // App-only with a client secret.
        dialog = openDialog(window, QStringLiteral("daemon"), Account::Mode::ClientSecret);
        QVERIFY(dialog);
        dialog->findChild<QLineEdit*>(QStringLiteral("clientIdEdit"))->setText(kApp);
        dialog->findChild<QLineEdit*>(QStringLiteral("clientSecretEdit"))->setText(kAppSecret);
        signIn(window, dialog, QStringLiteral("daemon"));
        QVERIFY(!QTest::currentTestFailed());
        browse(window);
        QVERIFY(!QTest::currentTestFailed());

        // Back to the first account (its refresh token from the store), then close: settings are written.
        QVERIFY(window.openAccount(QStringLiteral("people")));
        browse(window);
        QVERIFY(!QTest::currentTestFailed());
        window.close();
    }
    QSettings().sync();

    const TokenEndpoint& endpoint = m_emulator->tokenEndpoint();
    QVERIFY(endpoint.tokenRequests(QStringLiteral("authorization_code")) >= 1);
    // The session opened by a sign-in starts with its tokens; reopening "people" redeems the stored one.
    QVERIFY(endpoint.tokenRequests(QStringLiteral("refresh_token")) >= 1);
    QVERIFY(endpoint.tokenRequests(QStringLiteral("client_credentials")) >= 2);

    // What to look for: every token, code and verifier the identity endpoint issued or accepted, the secret.
    QStringList secrets = endpoint.issuedSecrets();
    QVERIFY(std::any_of(secrets.begin(), secrets.end(), [](const QString& s) { return s.startsWith(u"RT."); }));
    QVERIFY(std::any_of(secrets.begin(), secrets.end(), [](const QString& s) { return s.startsWith(u"AC."); }));
    QVERIFY(std::any_of(secrets.begin(), secrets.end(), [](const QString& s) { return s.startsWith(u"at"); }));
    QVERIFY(std::any_of(secrets.begin(), secrets.end(), [](const QString& s) { return s.size() >= 43; }));
    secrets << kAppSecret;
    // The whole access token (a JWT-like string) and the bearer header too.
    secrets << endpoint.lastAccessToken();

    // Where to look: the log, and every file the session left in the config, cache and data folders.
    QByteArray log;
    {
        QMutexLocker lock(&g_logMutex);
        log = g_log;
        QVERIFY2(g_debugMessages > 20, "the debug log was not captured");
    }
    QVERIFY(log.contains("portrait.auth"));
    QVERIFY(log.contains("portrait.graph"));
    QHash<QString, QByteArray> files;
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        files.insert(file.fileName(), file.readAll());
    }
    QVERIFY2(files.contains(AccountStore().fileName()), qPrintable(files.keys().join(u' ')));
    QVERIFY(files.value(AccountStore().fileName()).contains("people"));

    for (const QString& secret : std::as_const(secrets)) {
        QVERIFY(secret.size() >= 8);
        const QByteArray needle = secret.toUtf8();
        const QByteArray encoded = QUrl::toPercentEncoding(secret);
        for (const QByteArray& form : {needle, encoded}) {
            const qsizetype at = log.indexOf(form);
            if (at >= 0) {
                // Where it leaked, with the secret itself blanked out.
                const qsizetype start = log.lastIndexOf('\n', at) + 1;
                const qsizetype end = log.indexOf('\n', at);
                QByteArray line = log.mid(start, end < 0 ? -1 : end - start).left(400);
                line.replace(form, "<secret>");
                QFAIL(qPrintable(
                    QStringLiteral("a secret (%1…) in the log: %2").arg(secret.left(4), QString::fromUtf8(line))));
            }
        }
        for (auto file = files.cbegin(); file != files.cend(); ++file) {
            QVERIFY2(!file.value().contains(needle) && !file.value().contains(encoded),
                     qPrintable(QStringLiteral("in %1: %2…").arg(file.key(), secret.left(6))));
        }
    }
    QVERIFY(!log.contains("Bearer ey"));
    QVERIFY(!log.toLower().contains("code_verifier="));
}

QTEST_MAIN(TestSecretHygiene)
#include "TestSecretHygiene.moc"
