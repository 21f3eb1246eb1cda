// Every sign-in flow end to end against the emulator's identity endpoints on loopback, time on a ManualClock.
#include "TestCertificates.h"
#include "auth/AuthEndpoints.h"
#include "auth/BrowserFlow.h"
#include "auth/CertificateCredential.h"
#include "auth/ClientCredentialsProvider.h"
#include "auth/DeviceCodeFlow.h"
#include "auth/MemoryTokenStore.h"
#include "auth/OAuthClient.h"
#include "auth/OAuthReply.h"
#include "auth/Pkce.h"
#include "auth/RefreshingTokenProvider.h"
#include "base/Clock.h"
#include "emulator/GraphEmulator.h"
#include "graph/GraphClient.h"
#include "graph/ObjectJob.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace Portrait;
using namespace Portrait::Test;

namespace {
const QString kClient = QStringLiteral("11111111-2222-3333-4444-555555555555");
const QString kApp = QStringLiteral("99999999-8888-7777-6666-555555555555");
} // namespace

class TestAuthFlows : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void pkceKnownVector();
    void formBodyIsExact();
    void errorJsonIsParsed();
    void cloudScopesAndEndpoints_data();
    void cloudScopesAndEndpoints();
    void loginOriginRules();

    void deviceCodePendingSlowDownSuccess();
    void deviceCodeNeverPollsEarly();
    void deviceCodeIntervalIsFloored();
    void verificationPageOpensOnlyOverHttps_data();
    void verificationPageOpensOnlyOverHttps();
    void deviceCodeStops_data();
    void deviceCodeStops();
    void deviceCodeExpiresLocally();

    void browserFlowEndToEnd();
    void browserFlowRejectsWrongState();
    void browserFlowAnswersOnBothLoopbacks_data();
    void browserFlowAnswersOnBothLoopbacks();
    void browserFlowTimesOut();
    void browserFlowUserDenied();
    void pkceMismatchAndCodeReuse();

    void refreshAheadOfExpiryAndRotation();
    void retryAfter401ThroughGraph();
    void invalidGrantAsksToSignInAgain();
    void notSignedInAsksToSignIn();

    void clientSecret();
    void wrongClientSecret();
    void certificateAssertions_data();
    void certificateAssertions();
    void ps256AssertionHeader();
    void badAssertionSignature();
    void certificateFormats();

private:
    AuthEndpoints endpoints() const;
    /// A browser that follows the authorize redirect to the loopback listener, like a real one would; with
    /// @p loopbackHost, to that address instead of the name `localhost`.
    bool fakeBrowser(const QUrl& url, const QString& loopbackHost = {});
    /// GETs @p url as a browser would; returns the HTTP status (0 when no answer).
    int browse(const QUrl& url);

    GraphEmulator* m_emulator = nullptr;
    QNetworkAccessManager* m_network = nullptr;
    OAuthClient* m_oauth = nullptr;
    std::unique_ptr<ManualClock> m_clock;
    QNetworkAccessManager* m_browser = nullptr;
    QByteArray m_browserPage;
};

void TestAuthFlows::init()
{
    m_emulator = new GraphEmulator(DemoTenantOptions{}, this);
    QVERIFY(m_emulator->listen(0));
    m_emulator->tokenEndpoint().registerClient(kClient);
    m_network = new QNetworkAccessManager(this);
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_oauth = new OAuthClient(m_network, this);
    m_clock = std::make_unique<ManualClock>();
    m_browser = new QNetworkAccessManager(this);
    m_browser->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_browserPage.clear();
}

void TestAuthFlows::cleanup()
{
    delete m_browser;
    delete m_oauth;
    delete m_network;
    delete m_emulator;
    m_clock.reset();
}

AuthEndpoints TestAuthFlows::endpoints() const
{
    AuthEndpoints e(Cloud::Global, QStringLiteral("contoso.example"));
    QString error;
    e.setLoginOrigin(m_emulator->baseUrl().toString(), &error);
    e.setGraphOrigin(m_emulator->baseUrl());
    return e;
}

bool TestAuthFlows::fakeBrowser(const QUrl& url, const QString& loopbackHost)
{
    QNetworkReply* authorize = m_browser->get(QNetworkRequest(url));
    connect(authorize, &QNetworkReply::finished, this, [this, authorize, loopbackHost]() {
        authorize->deleteLater();
        QUrl location = QUrl::fromEncoded(authorize->rawHeader("Location"));
        if (!location.isValid()) {
            return;
        }
        if (!loopbackHost.isEmpty()) {
            location.setHost(loopbackHost);
        }
        QNetworkReply* redirect = m_browser->get(QNetworkRequest(location));
        connect(redirect, &QNetworkReply::finished, this, [this, redirect]() {
            redirect->deleteLater();
            m_browserPage = redirect->readAll();
        });
    });
    return true;
}

int TestAuthFlows::browse(const QUrl& url)
{
    QNetworkReply* reply = m_browser->get(QNetworkRequest(url));
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !done.wait(10000)) {
        delete reply;
        return 0;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

void TestAuthFlows::pkceKnownVector()
{
    // RFC 7636 appendix B.
    QCOMPARE(Pkce::challengeS256("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
             QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    const QByteArray verifier = Pkce::generateVerifier();
    QCOMPARE(verifier.size(), 43);
    QVERIFY(verifier != Pkce::generateVerifier());
}

void TestAuthFlows::formBodyIsExact()
{
    // docs/GRAPH.md#device-code-sign-in: the devicecode and poll bodies.
    QCOMPARE(
        OAuthClient::formBody({{QStringLiteral("client_id"), QStringLiteral("535fb089-9ff3-47b6-9bfb-4f1264799865")},
                               {QStringLiteral("scope"), QStringLiteral("user.read openid profile")}}),
        QByteArray("client_id=535fb089-9ff3-47b6-9bfb-4f1264799865&scope=user.read%20openid%20profile"));
    QCOMPARE(OAuthClient::formBody(
                 {{QStringLiteral("grant_type"), QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
                  {QStringLiteral("scope"), QStringLiteral("https://graph.microsoft.com/.default")},
                  {QStringLiteral("client_secret"), QStringLiteral("a+b/c=d&e")}}),
             QByteArray("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code"
                        "&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default&client_secret=a%2Bb%2Fc%3Dd%26e"));
}

void TestAuthFlows::errorJsonIsParsed()
{
    const OAuthReply reply = OAuthReply::parse(
        400,
        R"({"error":"invalid_scope","error_description":"AADSTS70011: The provided value for the input parameter 'scope' is not valid.\r\nTrace ID: 0000aaaa\r\nCorrelation ID: aaaa0000\r\nTimestamp: 2016-01-09 02:02:12Z","error_codes":[70011],"timestamp":"2016-01-09 02:02:12Z","trace_id":"0000aaaa","correlation_id":"aaaa0000"})");
    QVERIFY(!reply.ok());
    QCOMPARE(reply.error, QStringLiteral("invalid_scope"));
    QCOMPARE(reply.errorCodes, QList<int>{70011});
    QCOMPARE(reply.traceId, QStringLiteral("0000aaaa"));
    QCOMPARE(
        reply.message(),
        QStringLiteral("invalid_scope: AADSTS70011: The provided value for the input parameter 'scope' is not valid."));
    const OAuthReply html = OAuthReply::parse(502, "<html>bad gateway</html>");
    QCOMPARE(html.error, QStringLiteral("invalid_response"));
}

void TestAuthFlows::cloudScopesAndEndpoints_data()
{
    QTest::addColumn<Cloud>("cloud");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("appScope");
    QTest::newRow("global") << Cloud::Global << "https://login.microsoftonline.com/t/oauth2/v2.0/token"
                            << "https://graph.microsoft.com/.default";
    QTest::newRow("usgov") << Cloud::UsGov << "https://login.microsoftonline.us/t/oauth2/v2.0/token"
                           << "https://graph.microsoft.us/.default";
    QTest::newRow("usgov-dod") << Cloud::UsGovDod << "https://login.microsoftonline.us/t/oauth2/v2.0/token"
                               << "https://dod-graph.microsoft.us/.default";
    QTest::newRow("china") << Cloud::China << "https://login.chinacloudapi.cn/t/oauth2/v2.0/token"
                           << "https://microsoftgraph.chinacloudapi.cn/.default";
}

void TestAuthFlows::cloudScopesAndEndpoints()
{
    QFETCH(Cloud, cloud);
    QFETCH(QString, token);
    QFETCH(QString, appScope);
    const AuthEndpoints e(cloud, QStringLiteral("t"));
    QCOMPARE(e.tokenUrl().toString(), token);
    QCOMPARE(e.appScope(), appScope);
    const QString host = appScope.chopped(int(qstrlen("/.default")));
    QCOMPARE(e.delegatedScopes(),
             QStringList({host + QStringLiteral("/User.ReadBasic.All"), host + QStringLiteral("/GroupMember.Read.All"),
                          host + QStringLiteral("/Contacts.Read"), QStringLiteral("offline_access"),
                          QStringLiteral("openid"), QStringLiteral("profile")}));
    QVERIFY(e.delegatedScopes(true).contains(host + QStringLiteral("/ProfilePhoto.Read.All")));
    // Read-only unless asked: no scope that changes anything by default, and the write scopes with --write.
    for (const QString& scope : e.delegatedScopes(true)) {
        QVERIFY2(!scope.contains(QLatin1String("Write")), qPrintable(scope));
    }
    const QStringList write = e.delegatedScopes(false, true);
    for (const QString& scope : {QStringLiteral("User.ReadWrite.All"), QStringLiteral("Group.ReadWrite.All"),
                                 QStringLiteral("Contacts.ReadWrite")}) {
        QVERIFY2(write.contains(host + u'/' + scope), qPrintable(write.join(u' ')));
    }
    QVERIFY(e.delegatedScopes(true, true).contains(host + QStringLiteral("/ProfilePhoto.ReadWrite.All")));
}

void TestAuthFlows::loginOriginRules()
{
    AuthEndpoints e(Cloud::Global, QStringLiteral("t"));
    QString error;
    QVERIFY(e.setLoginOrigin(QStringLiteral("http://127.0.0.1:8080"), &error));
    QCOMPARE(e.deviceCodeUrl().toString(), QStringLiteral("http://127.0.0.1:8080/t/oauth2/v2.0/devicecode"));
    QVERIFY(!e.setLoginOrigin(QStringLiteral("http://login.example.com"), &error));
    QVERIFY(error.contains(QStringLiteral("loopback")));
    QVERIFY(e.setLoginOrigin(QStringLiteral("http://[::1]:8080"), &error));
    // A name is whatever the resolver says, `localhost` too: plain HTTP only to a literal loopback address.
    QVERIFY(!e.setLoginOrigin(QStringLiteral("http://localhost:8080"), &error));
    QVERIFY(!e.setLoginOrigin(QStringLiteral("http://LOCALHOST:8080"), &error));
    QVERIFY(e.setLoginOrigin(QStringLiteral("https://localhost:8080"), &error));
    QVERIFY(!e.setLoginOrigin(QStringLiteral("https://login.example.com/evil/path"), &error));
    QVERIFY(e.setLoginOrigin(QStringLiteral("https://login.example.com"), &error));
}

void TestAuthFlows::deviceCodePendingSlowDownSuccess()
{
    m_emulator->tokenEndpoint().setDeviceCodeScript({QStringLiteral("pending"), QStringLiteral("slow_down")});
    const AuthEndpoints e = endpoints();
    DeviceCodeFlow flow(m_oauth, e, kClient, e.delegatedScopes(), m_clock.get());
    QSignalSpy code(&flow, &DeviceCodeFlow::codeReady);
    QSignalSpy finished(&flow, &DeviceCodeFlow::finished);
    flow.start();
    QVERIFY(code.wait());
    QVERIFY(!flow.info().userCode.isEmpty());
    QVERIFY(flow.info().verificationUri.isValid());
    QCOMPARE(m_clock->nextDelay(), 5000); // the announced interval, not sooner
    QCOMPARE(flow.polls(), 0);
    m_clock->advance(5000); // poll 1: authorization_pending
    QTRY_COMPARE(m_clock->pending(), 1);
    QCOMPARE(m_clock->nextDelay(), 5000);
    m_clock->advance(5000); // poll 2: slow_down, the interval grows by 5 s
    QTRY_COMPARE(flow.intervalMs(), 10000);
    QTRY_COMPARE(m_clock->pending(), 1);
    QCOMPARE(m_clock->nextDelay(), 10000);
    m_clock->advance(9999);
    QCOMPARE(flow.polls(), 2);
    m_clock->advance(1); // poll 3: approved
    QVERIFY(finished.wait());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(flow.error().code, QString());
    QCOMPARE(flow.polls(), 3);
    QCOMPARE(flow.grant().accessToken, m_emulator->tokenEndpoint().lastAccessToken());
    QVERIFY(!flow.grant().refreshToken.isEmpty());
    QCOMPARE(flow.grant().userName(), QStringLiteral("admin@contoso.example"));
    QCOMPARE(flow.grant().expiresAt, m_clock->nowUtc().addSecs(3599));
}

void TestAuthFlows::deviceCodeNeverPollsEarly()
{
    // On timers that fire 5 % early (a default QTimer of 2 s or more may), no poll leaves before its interval.
    m_clock->setEarlyPercent(5);
    m_emulator->tokenEndpoint().setDeviceCodeScript({QStringLiteral("pending"), QStringLiteral("slow_down")});
    const AuthEndpoints e = endpoints();
    DeviceCodeFlow flow(m_oauth, e, kClient, e.delegatedScopes(), m_clock.get());
    QSignalSpy ready(&flow, &DeviceCodeFlow::codeReady);
    QSignalSpy finished(&flow, &DeviceCodeFlow::finished);
    flow.start();
    QVERIFY(ready.wait());
    m_clock->advance(4999);
    QCOMPARE(flow.polls(), 0);
    m_clock->advance(1); // poll 1: authorization_pending
    QCOMPARE(flow.polls(), 1);
    QTRY_COMPARE(m_clock->pending(), 1);
    m_clock->advance(4999);
    QCOMPARE(flow.polls(), 1);
    m_clock->advance(1); // poll 2: slow_down
    QTRY_COMPARE(flow.intervalMs(), 10000);
    QTRY_COMPARE(m_clock->pending(), 1);
    m_clock->advance(9999);
    QCOMPARE(flow.polls(), 2);
    m_clock->advance(1); // poll 3: approved
    QCOMPARE(flow.polls(), 3);
    QVERIFY(finished.wait());
    QCOMPARE(flow.error().code, QString());
}

void TestAuthFlows::deviceCodeIntervalIsFloored()
{
    // An announced interval of 0 would poll in a tight loop: the flow waits the documented 5 s instead.
    m_emulator->tokenEndpoint().setDeviceCodeInterval(0);
    m_emulator->tokenEndpoint().setDeviceCodeScript({QStringLiteral("pending")});
    const AuthEndpoints e = endpoints();
    DeviceCodeFlow flow(m_oauth, e, kClient, e.delegatedScopes(), m_clock.get());
    QSignalSpy ready(&flow, &DeviceCodeFlow::codeReady);
    QSignalSpy finished(&flow, &DeviceCodeFlow::finished);
    flow.start();
    QVERIFY(ready.wait());
    QCOMPARE(flow.info().intervalSeconds, 5);
    QCOMPARE(m_clock->nextDelay(), 5000);
    QCOMPARE(flow.polls(), 0);
    m_clock->advance(5000); // poll 1: pending
    QTRY_COMPARE(m_clock->pending(), 1);
    QCOMPARE(m_clock->nextDelay(), 5000);
    QCOMPARE(flow.polls(), 1);
    m_clock->advance(5000); // poll 2: approved
    QVERIFY(finished.wait());
    QCOMPARE(flow.error().code, QString());
    QCOMPARE(flow.polls(), 2);
}

void TestAuthFlows::verificationPageOpensOnlyOverHttps_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<bool>("canOpen");
    QTest::newRow("https") << "https://microsoft.com/devicelogin" << true;
    QTest::newRow("http") << "http://microsoft.com/devicelogin" << false;
    QTest::newRow("http loopback") << "http://127.0.0.1:8080/devicelogin" << false;
    QTest::newRow("file") << "file:///etc/passwd" << false;
    QTest::newRow("javascript") << "javascript:alert(1)" << false;
    QTest::newRow("empty") << "" << false;
}

void TestAuthFlows::verificationPageOpensOnlyOverHttps()
{
    QFETCH(QString, uri);
    QFETCH(bool, canOpen);
    DeviceCodeInfo info;
    info.verificationUri = QUrl(uri);
    QCOMPARE(info.canOpen(), canOpen);
}

void TestAuthFlows::deviceCodeStops_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QString>("code");
    QTest::newRow("user declined") << "declined"
                                   << "authorization_declined";
    QTest::newRow("code expired at the service") << "expired"
                                                 << "expired_token";
}

void TestAuthFlows::deviceCodeStops()
{
    QFETCH(QString, answer);
    QFETCH(QString, code);
    m_emulator->tokenEndpoint().setDeviceCodeScript({QStringLiteral("pending"), answer});
    const AuthEndpoints e = endpoints();
    DeviceCodeFlow flow(m_oauth, e, kClient, e.delegatedScopes(), m_clock.get());
    QSignalSpy finished(&flow, &DeviceCodeFlow::finished);
    QSignalSpy ready(&flow, &DeviceCodeFlow::codeReady);
    flow.start();
    QVERIFY(ready.wait());
    m_clock->advance(5000);
    QTRY_COMPARE(m_clock->pending(), 1);
    m_clock->advance(5000);
    QVERIFY(finished.wait());
    QCOMPARE(flow.error().code, code);
    QVERIFY(!flow.grant().isValid());
    QCOMPARE(m_clock->pending(), 0); // no more polling
}

void TestAuthFlows::deviceCodeExpiresLocally()
{
    m_emulator->tokenEndpoint().setDeviceCodeScript(QStringList(1000, QStringLiteral("pending")));
    const AuthEndpoints e = endpoints();
    DeviceCodeFlow flow(m_oauth, e, kClient, e.delegatedScopes(), m_clock.get());
    QSignalSpy finished(&flow, &DeviceCodeFlow::finished);
    QSignalSpy ready(&flow, &DeviceCodeFlow::codeReady);
    flow.start();
    QVERIFY(ready.wait());
    m_clock->advance(900 * 1000); // the user walked away: one poll fell due on the way and was answered pending
    QTRY_COMPARE(m_clock->pending(), 1);
    const int polls = flow.polls();
    m_clock->advance(m_clock->nextDelay()); // past expires_in: the flow stops without polling again
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(flow.polls(), polls);
    QCOMPARE(flow.error().code, QStringLiteral("expired_token"));
}

void TestAuthFlows::browserFlowEndToEnd()
{
    const AuthEndpoints e = endpoints();
    BrowserFlow flow(m_oauth, e, kClient, e.delegatedScopes(), m_clock.get());
    QUrl opened;
    flow.setUrlOpener([this, &opened](const QUrl& url) {
        opened = url;
        return fakeBrowser(url);
    });
    QSignalSpy finished(&flow, &BrowserFlow::finished);
    flow.start();
    QVERIFY(finished.wait());
    QCOMPARE(flow.error().code, QString());
    QVERIFY(flow.grant().isValid());
    QVERIFY(!flow.grant().refreshToken.isEmpty());
    const QUrlQuery query(opened);
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(query.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
    QVERIFY(flow.redirectUri().toString().startsWith(QStringLiteral("http://localhost:")));
    QTRY_VERIFY(m_browserPage.contains("You can close this tab"));
    QCOMPARE(m_emulator->tokenEndpoint().tokenRequests(QStringLiteral("authorization_code")), 1);
}

void TestAuthFlows::browserFlowRejectsWrongState()
{
    // Requests to the listener without this sign-in's state are refused with a 404 and change nothing: a local
    // process cannot abort the sign-in, and the real redirect that follows still signs in.
    m_emulator->tokenEndpoint().setAuthorizeStateOverride(QStringLiteral("forged"));
    const AuthEndpoints e = endpoints();
    BrowserFlow flow(m_oauth, e, kClient, e.delegatedScopes(), m_clock.get());
    QUrl authorize;
    flow.setUrlOpener([&authorize](const QUrl& url) {
        authorize = url;
        return true;
    });
    QSignalSpy finished(&flow, &BrowserFlow::finished);
    QSignalSpy ready(&flow, &BrowserFlow::authorizeUrlReady);
    flow.start();
    QVERIFY(ready.wait());
    QTRY_VERIFY(authorize.isValid());
    const QString root = flow.redirectUri().toString();
    for (const QString& query : {QStringLiteral("?code=stolen"), QStringLiteral("?code=stolen&state=forged"),
                                 QStringLiteral("?error=access_denied&state=forged"), QStringLiteral("?state=")}) {
        QCOMPARE(browse(QUrl(root + query)), 404);
        QCOMPARE(finished.count(), 0);
    }
    // A forged redirect through the authorize endpoint: its code is never redeemed.
    fakeBrowser(authorize);
    QTRY_VERIFY(m_browserPage.contains("Not found"));
    QCOMPARE(finished.count(), 0);
    QCOMPARE(m_emulator->tokenEndpoint().tokenRequests(QStringLiteral("authorization_code")), 0);

    m_emulator->tokenEndpoint().setAuthorizeStateOverride({});
    m_browserPage.clear();
    fakeBrowser(authorize);
    QVERIFY(finished.wait());
    QCOMPARE(flow.error().code, QString());
    QVERIFY(flow.grant().isValid());
    QTRY_VERIFY(m_browserPage.contains("You can close this tab"));
    QCOMPARE(m_emulator->tokenEndpoint().tokenRequests(QStringLiteral("authorization_code")), 1);
}

void TestAuthFlows::browserFlowAnswersOnBothLoopbacks_data()
{
    QTest::addColumn<QString>("host");
    QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1");
    QTest::newRow("::1") << QStringLiteral("::1");
}

void TestAuthFlows::browserFlowAnswersOnBothLoopbacks()
{
    // The redirect URI says localhost, which a browser may resolve to either address: the flow listens on both,
    // on the same port, so no other local user can take the one it left free and receive the code.
    QFETCH(QString, host);
    if (host == QLatin1String("::1") && !QTcpServer().listen(QHostAddress::LocalHostIPv6, 0)) {
        QSKIP("no IPv6 loopback on this machine");
    }
    const AuthEndpoints e = endpoints();
    BrowserFlow flow(m_oauth, e, kClient, e.delegatedScopes(), m_clock.get());
    flow.setUrlOpener([this, host](const QUrl& url) { return fakeBrowser(url, host); });
    QSignalSpy finished(&flow, &BrowserFlow::finished);
    flow.start();
    QVERIFY(finished.wait());
    QCOMPARE(flow.error().code, QString());
    QVERIFY(flow.grant().isValid());
    QVERIFY(flow.redirectUri().toString().startsWith(QStringLiteral("http://localhost:")));
    QTRY_VERIFY(m_browserPage.contains("You can close this tab"));
}

void TestAuthFlows::browserFlowTimesOut()
{
    const AuthEndpoints e = endpoints();
    BrowserFlow flow(m_oauth, e, kClient, e.delegatedScopes(), m_clock.get());
    flow.setTimeoutMs(120000);
    flow.setUrlOpener([](const QUrl&) { return true; }); // the user never comes back
    QSignalSpy finished(&flow, &BrowserFlow::finished);
    QSignalSpy ready(&flow, &BrowserFlow::authorizeUrlReady);
    flow.start();
    QVERIFY(ready.wait());
    m_clock->advance(119999);
    QCOMPARE(finished.count(), 0);
    m_clock->advance(1);
    QCOMPARE(finished.count(), 0); // never from within the clock's callback
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(flow.error().code, QStringLiteral("timeout"));
    QCOMPARE(flow.error().kind, GraphError::Kind::Timeout);
}

void TestAuthFlows::browserFlowUserDenied()
{
    m_emulator->tokenEndpoint().setAuthorizeError(QStringLiteral("access_denied"));
    const AuthEndpoints e = endpoints();
    BrowserFlow flow(m_oauth, e, kClient, e.delegatedScopes(), m_clock.get());
    flow.setUrlOpener([this](const QUrl& url) { return fakeBrowser(url); });
    // The CLI exits as soon as the sign-in finished: by then the "Sign-in failed" page must have left, or the
    // browser shows a dropped connection instead.
    qint64 unsent = -1;
    connect(&flow, &BrowserFlow::finished, this, [&flow, &unsent]() {
        unsent = 0;
        for (const QTcpSocket* socket : flow.findChildren<QTcpSocket*>()) {
            unsent += socket->bytesToWrite();
        }
    });
    QSignalSpy finished(&flow, &BrowserFlow::finished);
    flow.start();
    QVERIFY(finished.wait());
    QCOMPARE(flow.error().code, QStringLiteral("access_denied"));
    QCOMPARE(unsent, 0);
    QTRY_VERIFY2(m_browserPage.contains("Sign-in failed: access_denied"), m_browserPage.constData());
}

void TestAuthFlows::pkceMismatchAndCodeReuse()
{
    // Drive /authorize by hand to hold the code, then redeem it with a wrong and then a right verifier.
    const AuthEndpoints e = endpoints();
    const QByteArray verifier = Pkce::generateVerifier();
    QUrl authorize = e.authorizeUrl();
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("client_id"), kClient);
    q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    q.addQueryItem(QStringLiteral("redirect_uri"), QStringLiteral("http://localhost:1/"));
    q.addQueryItem(QStringLiteral("scope"), QStringLiteral("openid offline_access"));
    q.addQueryItem(QStringLiteral("state"), QStringLiteral("s"));
    q.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(Pkce::challengeS256(verifier)));
    q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    authorize.setQuery(q);
    QNetworkReply* reply = m_browser->get(QNetworkRequest(authorize));
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait());
    const QString code
        = QUrlQuery(QUrl::fromEncoded(reply->rawHeader("Location"))).queryItemValue(QStringLiteral("code"));
    reply->deleteLater();
    QVERIFY(!code.isEmpty());

    const auto redeem = [&](const QByteArray& v) {
        OAuthReply result;
        bool called = false;
        m_oauth->post(e.tokenUrl(),
                      {{QStringLiteral("client_id"), kClient},
                       {QStringLiteral("code"), code},
                       {QStringLiteral("redirect_uri"), QStringLiteral("http://localhost:1/")},
                       {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                       {QStringLiteral("code_verifier"), QString::fromLatin1(v)}},
                      this, [&](const OAuthReply& r) {
                          result = r;
                          called = true;
                      });
        [&] { QTRY_VERIFY(called); }();
        return result;
    };
    const OAuthReply wrong = redeem(Pkce::generateVerifier());
    QCOMPARE(wrong.error, QStringLiteral("invalid_grant"));
    QCOMPARE(wrong.errorCodes, QList<int>{501481});
    // Codes are single use: even the right verifier cannot redeem a code that was presented once.
    const OAuthReply reused = redeem(verifier);
    QCOMPARE(reused.error, QStringLiteral("invalid_grant"));
    QCOMPARE(reused.errorCodes, QList<int>{54005});
}

void TestAuthFlows::refreshAheadOfExpiryAndRotation()
{
    // Sign in through the device code first.
    const AuthEndpoints e = endpoints();
    DeviceCodeFlow flow(m_oauth, e, kClient, e.delegatedScopes(), m_clock.get());
    QSignalSpy finished(&flow, &DeviceCodeFlow::finished);
    QSignalSpy ready(&flow, &DeviceCodeFlow::codeReady);
    flow.start();
    QVERIFY(ready.wait());
    m_clock->advance(5000);
    QVERIFY(finished.wait());
    const TokenGrant first = flow.grant();

    MemoryTokenStore store;
    const QString key = QStringLiteral("portrait/contoso.example/work/refresh-token");
    store.write(key, first.refreshToken, this, [](const TokenStoreResult&) {});
    RefreshingTokenProvider provider(m_oauth, e, kClient, e.delegatedScopes(), &store, key, QStringLiteral("work"),
                                     m_clock.get());
    provider.setGrant(first);

    TokenResult got;
    int answers = 0;
    const auto ask = [&](bool force = false) {
        provider.requestToken(
            this,
            [&](const TokenResult& r) {
                got = r;
                ++answers;
            },
            force);
    };
    ask();
    QTRY_COMPARE(answers, 1);
    QCOMPARE(got.accessToken, first.accessToken); // fresh: no request
    QCOMPARE(provider.acquisitions(), 0);

    m_clock->advance((3599 - 301) * 1000LL);
    ask();
    QTRY_COMPARE(answers, 2);
    QCOMPARE(provider.acquisitions(), 0); // still more than 5 minutes left

    m_clock->advance(2000); // now inside the 5-minute margin: renewed ahead of expiry
    ask();
    ask(); // a second caller joins the same renewal
    QTRY_COMPARE(answers, 4);
    QCOMPARE(provider.acquisitions(), 1);
    QCOMPARE(m_emulator->tokenEndpoint().tokenRequests(QStringLiteral("refresh_token")), 1);
    QVERIFY(got.ok());
    QVERIFY(got.accessToken != first.accessToken);
    // The newest refresh token is kept (the old one is discarded, docs/GRAPH.md#browser-sign-in-and-refresh-tokens).
    QTRY_VERIFY(store.entries().value(key) != first.refreshToken);
    QVERIFY(!store.entries().value(key).isEmpty());

    ask(true); // a forced refresh (after a 401) uses the rotated token successfully
    QTRY_COMPARE(answers, 5);
    QVERIFY(got.ok());
    QCOMPARE(provider.acquisitions(), 2);
    QCOMPARE(m_emulator->tokenEndpoint().reusedRefreshTokens(), 0); // never an old one

    // As at Entra ID, using a refresh token does not revoke it: a process that quit before saving the new one
    // (or a second process that read the same keychain entry) still signs in with the one it has.
    OAuthReply reused;
    bool reusedAnswered = false;
    m_oauth->post(e.tokenUrl(),
                  {{QStringLiteral("client_id"), kClient},
                   {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                   {QStringLiteral("refresh_token"), first.refreshToken},
                   {QStringLiteral("scope"), e.delegatedScopes().join(u' ')}},
                  this, [&](const OAuthReply& r) {
                      reused = r;
                      reusedAnswered = true;
                  });
    QTRY_VERIFY(reusedAnswered);
    QVERIFY2(reused.ok(), qPrintable(reused.message()));
    QCOMPARE(m_emulator->tokenEndpoint().reusedRefreshTokens(), 1);

    // A token that lives less than twice the margin (here 60 s) is used for half its life, not renewed on
    // every request (which raced refresh-token rotation into invalid_grant).
    TokenGrant shortLived = first;
    shortLived.refreshToken.clear(); // the provider keeps its rotated one
    shortLived.expiresAt = m_clock->nowUtc().addSecs(60);
    provider.setGrant(shortLived);
    ask();
    QTRY_COMPARE(answers, 6);
    QCOMPARE(provider.acquisitions(), 2);
    m_clock->advance(29000);
    ask();
    QTRY_COMPARE(answers, 7);
    QCOMPARE(provider.acquisitions(), 2);
    m_clock->advance(2000);
    ask();
    QTRY_COMPARE(answers, 8);
    QCOMPARE(provider.acquisitions(), 3);
    QVERIFY(got.ok());
}

void TestAuthFlows::retryAfter401ThroughGraph()
{
    // GraphClient holds a stale token; the 401 makes it ask again with forceRefresh, and the job succeeds.
    const AuthEndpoints e = endpoints();
    DeviceCodeFlow flow(m_oauth, e, kClient, e.delegatedScopes(), m_clock.get());
    QSignalSpy finished(&flow, &DeviceCodeFlow::finished);
    flow.start();
    QTRY_COMPARE(m_clock->pending(), 1);
    m_clock->advance(5000);
    QVERIFY(finished.wait());
    MemoryTokenStore store;
    const QString key = QStringLiteral("portrait/t/a/refresh-token");
    RefreshingTokenProvider provider(m_oauth, e, kClient, e.delegatedScopes(), &store, key, QStringLiteral("a"),
                                     m_clock.get());
    TokenGrant stale = flow.grant();
    provider.setGrant(stale);
    m_emulator->setAccessToken(QStringLiteral("revoked.by.service")); // the service no longer takes it

    GraphClient client(GraphRoot::parse(m_emulator->graphRoot().toString()), &provider, m_network);
    ObjectJob job(&client, ItemPath::parse(QStringLiteral("me")));
    QSignalSpy jobDone(&job, &GraphJob::finished);
    job.start();
    QVERIFY(jobDone.wait());
    QVERIFY2(!job.hasError(), qPrintable(job.error().message));
    QCOMPARE(provider.acquisitions(), 1);
    QCOMPARE(m_emulator->tokenEndpoint().tokenRequests(QStringLiteral("refresh_token")), 1);
}

void TestAuthFlows::invalidGrantAsksToSignInAgain()
{
    MemoryTokenStore store;
    const QString key = QStringLiteral("portrait/t/a/refresh-token");
    store.write(key, QStringLiteral("RT.unknown-to-the-service"), this, [](const TokenStoreResult&) {});
    const AuthEndpoints e = endpoints();
    RefreshingTokenProvider provider(m_oauth, e, kClient, e.delegatedScopes(), &store, key, QStringLiteral("a"),
                                     m_clock.get());
    QSignalSpy interaction(&provider, &CachingTokenProvider::interactionRequired);
    TokenResult got;
    bool answered = false;
    provider.requestToken(this, [&](const TokenResult& r) {
        got = r;
        answered = true;
    });
    QTRY_VERIFY(answered);
    QVERIFY(!got.ok());
    QVERIFY(got.interactionRequired());
    QCOMPARE(got.error.kind, GraphError::Kind::Auth);
    QVERIFY(got.error.needsSignIn());
    QVERIFY(got.error.message.contains(QStringLiteral("sign in again")));
    QCOMPARE(interaction.count(), 1);
    QTRY_VERIFY(!store.entries().contains(key)); // the dead refresh token is gone
}

void TestAuthFlows::notSignedInAsksToSignIn()
{
    MemoryTokenStore store;
    const AuthEndpoints e = endpoints();
    RefreshingTokenProvider provider(m_oauth, e, kClient, e.delegatedScopes(), &store, QStringLiteral("k"),
                                     QStringLiteral("a"), m_clock.get());
    TokenResult got;
    bool answered = false;
    provider.requestToken(this, [&](const TokenResult& r) {
        got = r;
        answered = true;
    });
    QTRY_VERIFY(answered);
    QVERIFY(got.interactionRequired());

    store.setAvailable(false); // no keychain: a clear error, not "sign in"
    RefreshingTokenProvider offline(m_oauth, e, kClient, e.delegatedScopes(), &store, QStringLiteral("k"),
                                    QStringLiteral("a"), m_clock.get());
    answered = false;
    offline.requestToken(this, [&](const TokenResult& r) {
        got = r;
        answered = true;
    });
    QTRY_VERIFY(answered);
    QVERIFY(!got.interactionRequired());
    QCOMPARE(got.error.kind, GraphError::Kind::Keychain); // the store's error as it was, not re-worded
    QVERIFY(got.error.message.contains(QStringLiteral("keychain")));
}

void TestAuthFlows::clientSecret()
{
    m_emulator->tokenEndpoint().registerClient(kApp, QStringLiteral("s3cret~value"));
    ClientCredentialsProvider provider(m_oauth, endpoints(), kApp, m_clock.get());
    provider.setClientSecret(QStringLiteral("s3cret~value"));
    TokenResult got;
    bool answered = false;
    provider.requestToken(this, [&](const TokenResult& r) {
        got = r;
        answered = true;
    });
    QTRY_VERIFY(answered);
    QVERIFY2(got.ok(), qPrintable(got.error.toString()));
    QCOMPARE(got.accessToken, m_emulator->accessToken());
}

void TestAuthFlows::wrongClientSecret()
{
    m_emulator->tokenEndpoint().registerClient(kApp, QStringLiteral("right"));
    ClientCredentialsProvider provider(m_oauth, endpoints(), kApp, m_clock.get());
    provider.setClientSecret(QStringLiteral("wrong"));
    TokenResult got;
    bool answered = false;
    provider.requestToken(this, [&](const TokenResult& r) {
        got = r;
        answered = true;
    });
    QTRY_VERIFY(answered);
    QVERIFY(!got.ok());
    QVERIFY(got.error.message.contains(QStringLiteral("AADSTS7000215")));
    QVERIFY(!got.error.message.contains(QStringLiteral("wrong")));
}

void TestAuthFlows::certificateAssertions_data()
{
    QTest::addColumn<bool>("rs256");
    QTest::newRow("PS256 with x5t#S256") << false;
    QTest::newRow("RS256 with x5t") << true;
}

void TestAuthFlows::certificateAssertions()
{
    QFETCH(bool, rs256);
    const TestCertificate cert = TestCertificate::generate();
    m_emulator->tokenEndpoint().registerClient(kApp, {}, cert.der);
    QString error;
    std::shared_ptr<CertificateCredential> credential = CertificateCredential::load(cert.pem, {}, &error);
    QVERIFY2(credential, qPrintable(error));
    // Assertion times are checked by the emulator against real time.
    ClientCredentialsProvider provider(m_oauth, endpoints(), kApp, Clock::system());
    provider.setCertificate(credential);
    provider.setAlgorithm(rs256 ? CertificateCredential::Algorithm::RS256 : CertificateCredential::Algorithm::PS256);
    TokenResult got;
    bool answered = false;
    provider.requestToken(this, [&](const TokenResult& r) {
        got = r;
        answered = true;
    });
    QTRY_VERIFY(answered);
    QVERIFY2(got.ok(), qPrintable(got.error.toString()));
    QCOMPARE(m_emulator->tokenEndpoint().lastAssertionAlgorithm(),
             rs256 ? QStringLiteral("RS256") : QStringLiteral("PS256"));
}

void TestAuthFlows::ps256AssertionHeader()
{
    // docs/GRAPH.md#app-only-sign-in: PS256 assertions name the certificate by its SHA-256 thumbprint.
    const TestCertificate cert = TestCertificate::generate();
    m_emulator->tokenEndpoint().registerClient(kApp, {}, cert.der);
    QString error;
    std::shared_ptr<CertificateCredential> credential = CertificateCredential::load(cert.pem, {}, &error);
    QVERIFY(credential);
    const QByteArray assertion = credential->createAssertion(
        kApp, QStringLiteral("aud"), QDateTime::currentDateTimeUtc(), CertificateCredential::Algorithm::PS256, &error);
    const QJsonObject header
        = QJsonDocument::fromJson(QByteArray::fromBase64(assertion.split('.').first(), QByteArray::Base64UrlEncoding))
              .object();
    QCOMPARE(header.value(QStringLiteral("x5t#S256")).toString().toLatin1(), credential->thumbprintSha256());
    QCOMPARE(header.value(QStringLiteral("typ")).toString(), QStringLiteral("JWT"));
}

void TestAuthFlows::badAssertionSignature()
{
    const TestCertificate registered = TestCertificate::generate();
    const TestCertificate other = TestCertificate::generate();
    m_emulator->tokenEndpoint().registerClient(kApp, {}, registered.der);
    QString error;
    std::shared_ptr<CertificateCredential> credential = CertificateCredential::load(other.pem, {}, &error);
    QVERIFY(credential);
    ClientCredentialsProvider provider(m_oauth, endpoints(), kApp, Clock::system());
    provider.setCertificate(credential);
    TokenResult got;
    bool answered = false;
    provider.requestToken(this, [&](const TokenResult& r) {
        got = r;
        answered = true;
    });
    QTRY_VERIFY(answered);
    QVERIFY(!got.ok());
    QVERIFY2(got.error.message.contains(QStringLiteral("AADSTS700027")), qPrintable(got.error.toString()));
    // PS256 was refused, RS256 tried once, then it gave up.
    QCOMPARE(m_emulator->tokenEndpoint().tokenRequests(QStringLiteral("client_credentials")), 2);
}

void TestAuthFlows::certificateFormats()
{
    const TestCertificate cert = TestCertificate::generate("pw");
    QString error;
    QVERIFY2(CertificateCredential::load(cert.encryptedPem, "pw", &error), qPrintable(error));
    QVERIFY(!CertificateCredential::load(cert.encryptedPem, "nope", &error));
    auto p12 = CertificateCredential::load(cert.pkcs12, "pw", &error);
    QVERIFY2(p12, qPrintable(error));
    QCOMPARE(p12->certificateDer(), cert.der);
    QVERIFY(!CertificateCredential::load(cert.pkcs12, "nope", &error));
    QVERIFY(!CertificateCredential::load("garbage", {}, &error));
}

QTEST_MAIN(TestAuthFlows)
#include "TestAuthFlows.moc"
