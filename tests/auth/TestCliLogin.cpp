// portrait-cli login / accounts / --account / logout against the emulator, with the real keychain
// (run by with-keyring.sh), at maximum verbosity: no secret may reach the output, logs or settings files.
#include "TestCertificates.h"
#include "emulator/DemoTenant.h"
#include "emulator/GraphEmulator.h"

#include <QDirIterator>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Portrait;

namespace {
const QString kClient = QStringLiteral("11111111-2222-3333-4444-555555555555");
const QString kApp = QStringLiteral("99999999-8888-7777-6666-555555555555");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
} // namespace

class TestCliLogin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void deviceCodeLoginBrowseLogout();
    void clientSecretLogin();
    void certificateLogin();
    void declinedLoginSavesNothing();
    void revokedSignInIsForgotten();
    void unreachableKeychainIsAnAuthFailure();
    void browserLogin_data();
    void browserLogin();
    void noClientIdIsAUsageError();
    void unknownAccount();
    void cleanupTestCase();

private:
    QProcessEnvironment environment(const QProcessEnvironment& extra) const;
    Run cli(const QStringList& args, const QProcessEnvironment& extra = {});
    void assertNoSecretsLeaked();

    GraphEmulator* m_emulator = nullptr;
    QTemporaryDir m_config;
    QByteArray m_allOutput;
};

void TestCliLogin::initTestCase()
{
    QVERIFY(m_config.isValid());
    m_emulator = new GraphEmulator(DemoTenantOptions{}, this);
    QVERIFY(m_emulator->listen(0));
    m_emulator->tokenEndpoint().registerClient(kClient);
    m_emulator->tokenEndpoint().registerClient(kApp, QStringLiteral("app-secret-value-123"));
    // An announced interval of 0 does not make a tight loop: the CLI still waits 5 s between polls.
    m_emulator->tokenEndpoint().setDeviceCodeInterval(0);
}

QProcessEnvironment TestCliLogin::environment(const QProcessEnvironment& extra) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path() + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_config.path() + QStringLiteral("/cache"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    env.insert(extra);
    return env;
}

Run TestCliLogin::cli(const QStringList& args, const QProcessEnvironment& extra)
{
    QProcess process;
    process.setProcessEnvironment(environment(extra));
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(PORTRAIT_CLI_PATH), QStringList{QStringLiteral("-v")} + args);
    // The emulator lives in this process: wait by spinning the event loop, never by blocking.
    if (!finished.wait(60000)) {
        process.kill();
        finished.wait(5000);
    }
    Run r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    m_allOutput += r.out + r.err;
    return r;
}

void TestCliLogin::assertNoSecretsLeaked()
{
    QStringList secrets = m_emulator->tokenEndpoint().issuedSecrets();
    secrets << QStringLiteral("app-secret-value-123") << QStringLiteral("test-pass");
    QByteArray files;
    QDirIterator it(m_config.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly)) {
            files += file.readAll();
        }
    }
    for (const QString& secret : secrets) {
        // The access token body, refresh tokens, codes and device codes: never printed, never in a file.
        const QByteArray needle = secret.toUtf8();
        QVERIFY2(!m_allOutput.contains(needle), qPrintable(QStringLiteral("leaked in output: ") + secret.left(6)));
        QVERIFY2(!files.contains(needle), qPrintable(QStringLiteral("leaked in a file: ") + secret.left(6)));
    }
}

void TestCliLogin::deviceCodeLoginBrowseLogout()
{
    m_emulator->tokenEndpoint().setDeviceCodeScript({QStringLiteral("pending")});
    const Run login
        = cli({QStringLiteral("--graph-url"), m_emulator->graphRoot().toString(), QStringLiteral("login"),
               QStringLiteral("--device-code"), QStringLiteral("--tenant"), QStringLiteral("contoso.example"),
               QStringLiteral("--client-id"), kClient, QStringLiteral("--name"), QStringLiteral("work"),
               QStringLiteral("--login-url"), m_emulator->baseUrl().toString()});
    QVERIFY2(login.exitCode == 0, login.err.constData());
    QVERIFY(login.err.contains("enter the code"));
    QVERIFY(login.err.contains("/devicelogin"));
    QCOMPARE(m_emulator->tokenEndpoint().tokenRequests(QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")),
             2);

    const Run accounts = cli({QStringLiteral("--json"), QStringLiteral("accounts")});
    QCOMPARE(accounts.exitCode, 0);
    const QJsonObject record = QJsonDocument::fromJson(accounts.out.trimmed()).object();
    QCOMPARE(record.value(QStringLiteral("name")).toString(), QStringLiteral("work"));
    QCOMPARE(record.value(QStringLiteral("mode")).toString(), QStringLiteral("device-code"));
    QCOMPARE(record.value(QStringLiteral("cloud")).toString(), QStringLiteral("global"));
    QCOMPARE(record.value(QStringLiteral("user")).toString(), QStringLiteral("admin@contoso.example"));
    // The accounts' settings are where the README and the man page say.
    QVERIFY(QFile::exists(m_config.path() + QStringLiteral("/config/Portrait/accounts.ini")));
    for (const char* doc : {"README.md", "docs/man/portrait-cli.1"}) {
        QFile file(QStringLiteral(PORTRAIT_SOURCE_DIR "/") + QLatin1String(doc));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY2(text.contains("~/.config/Portrait/accounts.ini") && !text.contains("accounts.conf"), doc);
    }

    // A new process: the refresh token comes from the keychain, is redeemed and rotated.
    const Run list
        = cli({QStringLiteral("--account"), QStringLiteral("work"), QStringLiteral("--json"), QStringLiteral("list"),
               QStringLiteral("users"), QStringLiteral("--top"), QStringLiteral("3")});
    QVERIFY2(list.exitCode == 0, list.err.constData());
    QVERIFY(!list.out.isEmpty());
    const Run again
        = cli({QStringLiteral("--account"), QStringLiteral("work"), QStringLiteral("sizes"), QStringLiteral("me")});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(m_emulator->tokenEndpoint().tokenRequests(QStringLiteral("refresh_token")), 2);
    QCOMPARE(m_emulator->tokenEndpoint().reusedRefreshTokens(), 0); // the rotated refresh token was kept

    // The token of one cloud is never sent to another.
    const Run otherCloud = cli({QStringLiteral("--account"), QStringLiteral("work"), QStringLiteral("--cloud"),
                                QStringLiteral("china"), QStringLiteral("sizes"), QStringLiteral("me")});
    QCOMPARE(otherCloud.exitCode, 2);

    assertNoSecretsLeaked();

    const Run logout = cli({QStringLiteral("logout"), QStringLiteral("work")});
    QVERIFY2(logout.exitCode == 0, logout.err.constData());
    QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("accounts")}).out.trimmed(), QByteArray());
    const Run gone
        = cli({QStringLiteral("--account"), QStringLiteral("work"), QStringLiteral("sizes"), QStringLiteral("me")});
    QCOMPARE(gone.exitCode, 3);
}

void TestCliLogin::clientSecretLogin()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("APP_SECRET"), QStringLiteral("app-secret-value-123"));
    const QStringList base{
        QStringLiteral("--graph-url"),         m_emulator->graphRoot().toString(), QStringLiteral("login"),
        QStringLiteral("--client-secret-env"), QStringLiteral("APP_SECRET"),       QStringLiteral("--tenant"),
        QStringLiteral("contoso.example"),     QStringLiteral("--client-id"),      kApp,
        QStringLiteral("--login-url"),         m_emulator->baseUrl().toString(),   QStringLiteral("--name")};
    const Run login = cli(base + QStringList{QStringLiteral("app")}, env);
    QVERIFY2(login.exitCode == 0, login.err.constData());
    const Run sizes = cli({QStringLiteral("--account"), QStringLiteral("app"), QStringLiteral("list"),
                           QStringLiteral("users"), QStringLiteral("--top"), QStringLiteral("1")});
    QVERIFY2(sizes.exitCode == 0, sizes.err.constData()); // the secret came back from the keychain

    // The CLI knows the token is app-only before any request: a group photo is planned `unsupported`, not sent
    // for Graph to refuse.
    QTemporaryDir photos;
    QImage face(200, 200, QImage::Format_RGB32);
    face.fill(QColor(120, 80, 40));
    const QString file = photos.filePath(QStringLiteral("face.jpg"));
    QVERIFY(face.save(file, "JPEG"));
    const QString group = m_emulator->tenant().groups().constFirst().id;
    const Run plan = cli({QStringLiteral("--account"), QStringLiteral("app"), QStringLiteral("--json"),
                          QStringLiteral("set"), QStringLiteral("groups/") + group, file, QStringLiteral("--dry-run")});
    QVERIFY2(plan.out.contains("\"action\":\"unsupported\""), plan.out.constData());
    QVERIFY2(plan.out.contains("AppOnlyTokenNotSupportedForGroupUpdate"), plan.out.constData());

    QProcessEnvironment wrong;
    wrong.insert(QStringLiteral("APP_SECRET"), QStringLiteral("not-the-secret"));
    const Run refused = cli(base + QStringList{QStringLiteral("app2")}, wrong);
    QCOMPARE(refused.exitCode, 3);
    QVERIFY(refused.err.contains("AADSTS7000215"));
    QVERIFY(!refused.err.contains("not-the-secret"));
    assertNoSecretsLeaked();
    QCOMPARE(cli({QStringLiteral("logout"), QStringLiteral("app")}).exitCode, 0);
}

void TestCliLogin::certificateLogin()
{
    const Test::TestCertificate cert = Test::TestCertificate::generate();
    const QString app = QStringLiteral("77777777-8888-7777-6666-555555555555");
    m_emulator->tokenEndpoint().registerClient(app, {}, cert.der);
    const QString path = m_config.path() + QStringLiteral("/app.p12");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(cert.pkcs12);
    file.close();
    QProcessEnvironment env;
    env.insert(QStringLiteral("CERT_PASS"), QString::fromLatin1(cert.password));
    const Run login = cli({QStringLiteral("--graph-url"), m_emulator->graphRoot().toString(), QStringLiteral("login"),
                           QStringLiteral("--certificate"), path, QStringLiteral("--certificate-password-env"),
                           QStringLiteral("CERT_PASS"), QStringLiteral("--tenant"), QStringLiteral("contoso.example"),
                           QStringLiteral("--client-id"), app, QStringLiteral("--login-url"),
                           m_emulator->baseUrl().toString(), QStringLiteral("--name"), QStringLiteral("cert")},
                          env);
    QVERIFY2(login.exitCode == 0, login.err.constData());
    const Run list = cli({QStringLiteral("--account"), QStringLiteral("cert"), QStringLiteral("list"),
                          QStringLiteral("users"), QStringLiteral("--top"), QStringLiteral("1")});
    QVERIFY2(list.exitCode == 0, list.err.constData()); // password from the keychain, PS256 assertion
    QCOMPARE(m_emulator->tokenEndpoint().lastAssertionAlgorithm(), QStringLiteral("PS256"));
    assertNoSecretsLeaked();
    QCOMPARE(cli({QStringLiteral("logout"), QStringLiteral("cert")}).exitCode, 0);
}

void TestCliLogin::declinedLoginSavesNothing()
{
    m_emulator->tokenEndpoint().setDeviceCodeScript({QStringLiteral("declined")});
    const Run login = cli({QStringLiteral("login"), QStringLiteral("--tenant"), QStringLiteral("contoso.example"),
                           QStringLiteral("--client-id"), kClient, QStringLiteral("--name"), QStringLiteral("nope"),
                           QStringLiteral("--login-url"), m_emulator->baseUrl().toString()});
    QCOMPARE(login.exitCode, 3);
    QVERIFY(login.err.contains("declined"));
    QVERIFY(!cli({QStringLiteral("accounts")}).out.contains("nope"));
}

void TestCliLogin::revokedSignInIsForgotten()
{
    // A run that meets invalid_grant removes the dead refresh token from the keychain before it exits: the next
    // run says "not signed in" without sending it again.
    m_emulator->tokenEndpoint().setDeviceCodeScript({});
    const Run login = cli({QStringLiteral("--graph-url"), m_emulator->graphRoot().toString(), QStringLiteral("login"),
                           QStringLiteral("--tenant"), QStringLiteral("contoso.example"), QStringLiteral("--client-id"),
                           kClient, QStringLiteral("--name"), QStringLiteral("revoked"), QStringLiteral("--login-url"),
                           m_emulator->baseUrl().toString()});
    QVERIFY2(login.exitCode == 0, login.err.constData());
    m_emulator->tokenEndpoint().revokeRefreshTokens();
    const int refreshes = m_emulator->tokenEndpoint().tokenRequests(QStringLiteral("refresh_token"));
    const QStringList sizes{QStringLiteral("--account"), QStringLiteral("revoked"), QStringLiteral("sizes"),
                            QStringLiteral("me")};
    const Run expired = cli(sizes);
    QCOMPARE(expired.exitCode, 3);
    QVERIFY2(expired.err.contains("expired or was revoked"), expired.err.constData());
    QCOMPARE(m_emulator->tokenEndpoint().tokenRequests(QStringLiteral("refresh_token")), refreshes + 1);
    const Run again = cli(sizes);
    QCOMPARE(again.exitCode, 3);
    QVERIFY2(again.err.contains("not signed in"), again.err.constData());
    QCOMPARE(m_emulator->tokenEndpoint().tokenRequests(QStringLiteral("refresh_token")), refreshes + 1);
    QCOMPARE(cli({QStringLiteral("logout"), QStringLiteral("revoked")}).exitCode, 0);
}

void TestCliLogin::unreachableKeychainIsAnAuthFailure()
{
    // The keychain's own error reaches the Graph job that needed the token and the exit code as an authentication
    // failure (3), in the keychain's words: not re-worded, not a generic error.
    m_emulator->tokenEndpoint().setDeviceCodeScript({});
    const Run login = cli({QStringLiteral("--graph-url"), m_emulator->graphRoot().toString(), QStringLiteral("login"),
                           QStringLiteral("--tenant"), QStringLiteral("contoso.example"), QStringLiteral("--client-id"),
                           kClient, QStringLiteral("--name"), QStringLiteral("locked"), QStringLiteral("--login-url"),
                           m_emulator->baseUrl().toString()});
    QVERIFY2(login.exitCode == 0, login.err.constData());
    QProcessEnvironment noBus;
    noBus.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                 QStringLiteral("unix:path=/nonexistent/portrait-test-bus"));
    const Run locked = cli(
        {QStringLiteral("--account"), QStringLiteral("locked"), QStringLiteral("sizes"), QStringLiteral("me")}, noBus);
    QCOMPARE(locked.exitCode, 3);
    QVERIFY2(locked.err.contains("keychain"), locked.err.constData());
    QCOMPARE(cli({QStringLiteral("logout"), QStringLiteral("locked")}).exitCode, 0);
}

void TestCliLogin::browserLogin_data()
{
    QTest::addColumn<bool>("browser");
    QTest::newRow("$BROWSER") << true;
    QTest::newRow("no browser at all") << false;
}

void TestCliLogin::browserLogin()
{
    // A CLI cannot open a browser through QDesktopServices (it refuses outside a GUI application): `login
    // --browser` starts $BROWSER (or xdg-open) itself, and with no browser at all it says so and prints the
    // address, which signs in when opened by hand.
    QFETCH(bool, browser);
    QTemporaryDir bin; // the only PATH: no xdg-open
    QVERIFY(bin.isValid());
    const QString fakeBrowser = bin.path() + QStringLiteral("/fake-browser");
    QProcessEnvironment extra;
    extra.insert(QStringLiteral("PATH"), bin.path());
    extra.insert(QStringLiteral("BROWSER"), browser ? fakeBrowser : QString());
    if (browser) {
        // It only notes the address it was given; this test then plays the browser.
        QFile script(fakeBrowser);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\nprintf '%s' \"$1\" > \"$0.url.part\" && exec /bin/mv \"$0.url.part\" \"$0.url\"\n");
        script.close();
        QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }
    QProcess process;
    process.setProcessEnvironment(environment(extra));
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(PORTRAIT_CLI_PATH),
                  {QStringLiteral("-v"), QStringLiteral("--graph-url"), m_emulator->graphRoot().toString(),
                   QStringLiteral("login"), QStringLiteral("--browser"), QStringLiteral("--tenant"),
                   QStringLiteral("contoso.example"), QStringLiteral("--client-id"), kClient, QStringLiteral("--name"),
                   QStringLiteral("browser"), QStringLiteral("--login-url"), m_emulator->baseUrl().toString()});
    QByteArray err;
    QUrl authorize;
    if (browser) {
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(fakeBrowser + QStringLiteral(".url")), 30000);
        QFile opened(fakeBrowser + QStringLiteral(".url"));
        QVERIFY(opened.open(QIODevice::ReadOnly));
        authorize = QUrl::fromEncoded(opened.readAll());
    } else {
        QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError(),
                                  err.contains("Could not start a browser") && err.contains("/authorize?")),
                                 30000);
        const qsizetype start = err.indexOf("http://", err.indexOf("Could not start a browser"));
        authorize = QUrl::fromEncoded(err.mid(start, err.indexOf('\n', start) - start).trimmed());
    }
    QVERIFY2(authorize.path().endsWith(QStringLiteral("/authorize")), authorize.toEncoded().constData());

    QNetworkAccessManager user;
    user.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    std::unique_ptr<QNetworkReply> consent(user.get(QNetworkRequest(authorize)));
    QTRY_VERIFY(consent->isFinished());
    std::unique_ptr<QNetworkReply> redirect(
        user.get(QNetworkRequest(QUrl::fromEncoded(consent->rawHeader("Location")))));
    QTRY_VERIFY(redirect->isFinished());
    QVERIFY(redirect->readAll().contains("You can close this tab"));
    QVERIFY(finished.wait(30000) || !finished.isEmpty());
    err += process.readAllStandardError();
    QVERIFY2(process.exitCode() == 0, err.constData());
    QVERIFY(err.contains(browser ? "Started the browser" : "Could not start a browser"));
    m_allOutput += process.readAllStandardOutput() + err;
    QCOMPARE(cli({QStringLiteral("logout"), QStringLiteral("browser")}).exitCode, 0);
}

void TestCliLogin::noClientIdIsAUsageError()
{
    const Run login = cli({QStringLiteral("login"), QStringLiteral("--tenant"), QStringLiteral("contoso.example")});
    QCOMPARE(login.exitCode, 2);
    QVERIFY(login.err.contains("register an app"));
    const Run http
        = cli({QStringLiteral("login"), QStringLiteral("--tenant"), QStringLiteral("t"), QStringLiteral("--client-id"),
               kClient, QStringLiteral("--login-url"), QStringLiteral("http://login.example.com")});
    QCOMPARE(http.exitCode, 2);
}

void TestCliLogin::unknownAccount()
{
    const Run r
        = cli({QStringLiteral("--account"), QStringLiteral("nobody"), QStringLiteral("sizes"), QStringLiteral("me")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains("nobody"));
}

void TestCliLogin::cleanupTestCase()
{
    assertNoSecretsLeaked();
}

QTEST_MAIN(TestCliLogin)
#include "TestCliLogin.moc"
