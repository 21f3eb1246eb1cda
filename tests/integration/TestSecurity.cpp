// Security over real sockets: the emulator's HTTPS with a self-signed
// certificate trusted only through explicit configuration; TLS errors never ignored nor retried; the token
// never sent toward another origin (nextLink, redirect, https→http downgrade); secrets never in logs, even
// at the highest verbosity; http:// refused for non-loopback hosts.
#include "CliRunner.h"
#include "base/TokenProvider.h"
#include "emulator/DemoTenant.h"
#include "emulator/FaultPlan.h"
#include "emulator/GraphEmulator.h"
#include "emulator/SelfSignedCertificate.h"
#include "graph/GraphClient.h"
#include "graph/ListJob.h"
#include "graph/PhotoJob.h"

#include <QFileInfo>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace Portrait;
namespace {

using Result = Portrait::Test::CliResult;

const QString kSecret = QStringLiteral("s3cr3t-t0ken-that-must-never-be-logged");

/// A tiny server that is not Graph: records every request it gets (and whether it carried Authorization).
class Sink : public QObject
{
public:
    explicit Sink(QObject* parent)
        : QObject(parent)
        , m_server(new QHttpServer(this))
    {
        m_server->setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            requests << request.url().toString();
            for (const auto& [name, value] : request.headers()) {
                if (QByteArrayView(name).compare("Authorization", Qt::CaseInsensitive) == 0) {
                    authorizations << value;
                }
            }
            responder.write(QByteArrayLiteral("{\"value\":[]}"), QByteArrayLiteral("application/json"));
        });
    }
    quint16 listen() { return m_port = m_server->listen(QHostAddress::LocalHost, 0); }
    /// Serves HTTPS instead (call before listen()).
    void useTls(const QSslCertificate& certificate, const QSslKey& key)
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(certificate);
        tls.setPrivateKey(key);
        m_server->sslSetup(tls);
    }
    QHttpServer* server() const { return m_server; }
    quint16 port() const { return m_port; }

    QStringList requests;
    QList<QByteArray> authorizations;

private:
    QHttpServer* m_server;
    quint16 m_port = 0;
};

} // namespace

class TestSecurity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void certificateNamesLoopback();
    void trustedWithExplicitCa();
    void untrustedSelfSignedFailsOnceWithClearError();
    void cliTrustsOnlyWithCaCertificate();
    void cliRejectsUnreadableCaFile();

    void noTokenTowardOtherOrigins_data();
    void noTokenTowardOtherOrigins();
    void redirectLoopStops();

    void cliRefusesPlainHttpToRemoteHosts_data();
    void cliRefusesPlainHttpToRemoteHosts();
    void secretsNeverInLogs_data();
    void secretsNeverInLogs();

private:
    Result cli(const QStringList& args, const QStringList& extraEnv = {});
    GraphClient* clientFor(const QUrl& root, bool trustEmulator);

    GraphEmulator* m_emulator = nullptr;
    StaticTokenProvider* m_tokens = nullptr;
    QTemporaryDir m_dir;
    QString m_certFile;
};

void TestSecurity::initTestCase()
{
    QVERIFY(m_dir.isValid());
    DemoTenantOptions options;
    options.users = 30;
    options.groups = 3;
    m_emulator = new GraphEmulator(options, this);
    m_emulator->setAccessToken(kSecret);
    QVERIFY(m_emulator->listen(0));
    QString error;
    QVERIFY2(m_emulator->listenHttps(0, &error), qPrintable(error));
    m_certFile = m_dir.filePath(QStringLiteral("emulator.pem"));
    QFile file(m_certFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_emulator->certificatePem());
    file.close();
    m_tokens = new StaticTokenProvider(kSecret, this);
    qputenv("PORTRAIT_TEST_TOKEN", kSecret.toUtf8());
}

Result TestSecurity::cli(const QStringList& args, const QStringList& extraEnv)
{
    Portrait::Test::CliRunOptions options;
    for (const QString& pair : extraEnv) {
        options.extraEnv.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    }
    return Portrait::Test::runCli(QStringLiteral(PORTRAIT_CLI_PATH), args, options);
}

GraphClient* TestSecurity::clientFor(const QUrl& root, bool trustEmulator)
{
    auto* client = new GraphClient(GraphRoot::parse(root.toString()), m_tokens, nullptr, this);
    RetryPolicy policy;
    policy.baseDelayMs = 10;
    policy.maxDelayMs = 20;
    client->setRetryPolicy(policy);
    if (trustEmulator) {
        client->setCaCertificates(QSslCertificate::fromData(m_emulator->certificatePem(), QSsl::Pem));
    }
    return client;
}

void TestSecurity::certificateNamesLoopback()
{
    const QList<QSslCertificate> certs = QSslCertificate::fromData(m_emulator->certificatePem(), QSsl::Pem);
    QCOMPARE(certs.size(), 1);
    const QSslCertificate& cert = certs.first();
    QVERIFY(cert.isSelfSigned());
    const auto names = cert.subjectAlternativeNames();
    QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
    QVERIFY(names.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
    QVERIFY(cert.effectiveDate() <= QDateTime::currentDateTimeUtc());
    QVERIFY(cert.expiryDate() > QDateTime::currentDateTimeUtc().addDays(1));
    // A fresh key on every start: two emulators never share a certificate.
    GraphEmulator other;
    QVERIFY(other.listenHttps(0));
    QVERIFY(other.certificatePem() != m_emulator->certificatePem());
}

void TestSecurity::trustedWithExplicitCa()
{
    GraphClient* client = clientFor(m_emulator->httpsGraphRoot(), true);
    ListQuery query;
    query.pageSize = 7; // several pages: the nextLinks must stay on the https origin
    ListJob list(client, ItemPath::parse(QStringLiteral("users")), query);
    QSignalSpy done(&list, &GraphJob::finished);
    list.start();
    QVERIFY(done.wait(20000));
    QVERIFY2(!list.hasError(), qPrintable(list.error().toString()));
    QCOMPARE(list.objects().size(), m_emulator->tenant().users().size());

    const DemoUser* user = nullptr;
    for (const DemoUser& u : m_emulator->tenant().users()) {
        if (!m_emulator->tenant().photo(u.id).isNull()) {
            user = &u;
            break;
        }
    }
    QVERIFY(user);
    PhotoJob photo(client, ItemPath::parse(QStringLiteral("users/") + user->id), PhotoJob::Mode::MetadataAndBytes);
    QSignalSpy photoDone(&photo, &GraphJob::finished);
    photo.start();
    QVERIFY(photoDone.wait(20000));
    QVERIFY2(photo.info().status == PhotoStatus::Photo, qPrintable(photo.info().error.toString()));
    QCOMPARE(photo.info().data, m_emulator->tenant().photo(user->id).bytes);
    delete client;
}

void TestSecurity::untrustedSelfSignedFailsOnceWithClearError()
{
    GraphClient* client = clientFor(m_emulator->httpsGraphRoot(), false);
    QSignalSpy retrying(client, &GraphClient::retrying);
    const quint64 served = m_emulator->requestCount();
    ListJob list(client, ItemPath::parse(QStringLiteral("users")), ListQuery());
    QSignalSpy done(&list, &GraphJob::finished);
    list.start();
    QVERIFY(done.wait(20000));
    QVERIFY(list.hasError());
    QCOMPARE(list.error().kind, GraphError::Kind::Network);
    QCOMPARE(list.error().code, QStringLiteral("tls"));
    QVERIFY2(list.error().message.contains(QStringLiteral("--ca-certificate")), qPrintable(list.error().message));
    QVERIFY2(list.error().message.contains(QStringLiteral("self"), Qt::CaseInsensitive),
             qPrintable(list.error().message));
    QCOMPARE(retrying.size(), 0); // no retry storm against a certificate that stays untrusted
    QCOMPARE(m_emulator->requestCount(), served); // the handshake failed: no request, no token sent
    delete client;
}

void TestSecurity::cliTrustsOnlyWithCaCertificate()
{
    const QStringList base{QStringLiteral("--graph-url"), m_emulator->httpsGraphRoot().toString(),
                           QStringLiteral("--access-token-env"), QStringLiteral("PORTRAIT_TEST_TOKEN")};
    const Result trusted = cli(base
                               + QStringList{QStringLiteral("--ca-certificate"), m_certFile, QStringLiteral("--json"),
                                             QStringLiteral("list"), QStringLiteral("users")});
    QVERIFY2(trusted.exitCode == 0, trusted.err.constData());
    QCOMPARE(trusted.out.count('\n'), m_emulator->tenant().users().size());

    const quint64 served = m_emulator->requestCount();
    const Result untrusted = cli(base + QStringList{QStringLiteral("list"), QStringLiteral("users")});
    QCOMPARE(untrusted.exitCode, 4);
    QVERIFY2(untrusted.err.contains("--ca-certificate"), untrusted.err.constData());
    QVERIFY(untrusted.out.isEmpty());
    QCOMPARE(m_emulator->requestCount(), served);
}

void TestSecurity::cliRejectsUnreadableCaFile()
{
    QFile notPem(m_dir.filePath(QStringLiteral("not.pem")));
    QVERIFY(notPem.open(QIODevice::WriteOnly));
    notPem.write("this is not a certificate\n");
    notPem.close();
    for (const QString& file : {m_dir.filePath(QStringLiteral("missing.pem")), notPem.fileName()}) {
        const Result r
            = cli({QStringLiteral("--graph-url"), m_emulator->httpsGraphRoot().toString(),
                   QStringLiteral("--access-token-env"), QStringLiteral("PORTRAIT_TEST_TOKEN"),
                   QStringLiteral("--ca-certificate"), file, QStringLiteral("list"), QStringLiteral("users")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QFileInfo(file).fileName().toUtf8()), r.err.constData());
    }
}

void TestSecurity::noTokenTowardOtherOrigins_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("nextLink to another origin") << QStringLiteral("nextLink");
    QTest::newRow("redirect to another origin") << QStringLiteral("redirect");
    QTest::newRow("https to http downgrade") << QStringLiteral("downgrade");
}

void TestSecurity::noTokenTowardOtherOrigins()
{
    QFETCH(QString, kind);
    // The sink is another origin on the same host: it must never see a request, let alone a token.
    Sink sink(this);
    QVERIFY(sink.listen() != 0);
    const QString foreign = QStringLiteral("http://127.0.0.1:%1").arg(sink.port());

    // A hostile "Graph": answers with links and redirects toward the sink; over https for the downgrade.
    QHttpServer graph;
    QString error;
    const SelfSignedCertificate generated = SelfSignedCertificate::generate(QStringLiteral("hostile"), 1, &error);
    QVERIFY2(!generated.isNull(), qPrintable(error));
    const bool https = kind == QStringLiteral("downgrade");
    if (https) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(generated.certificatePem));
        tls.setPrivateKey(QSslKey(generated.privateKeyPem, QSsl::Ec));
        graph.sslSetup(tls);
    }
    int graphRequests = 0;
    graph.setMissingHandler([&](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        ++graphRequests;
        const QString path = request.url().path();
        if (kind == QStringLiteral("redirect")) {
            responder.write({{"Location", (foreign + path).toUtf8()}}, QHttpServerResponder::StatusCode::Found);
            return;
        }
        const QJsonObject page{
            {QStringLiteral("value"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("1")}}}},
            {QStringLiteral("@odata.nextLink"), foreign + QStringLiteral("/v1.0/users?$skiptoken=2")}};
        responder.write(QJsonDocument(page));
    });
    const quint16 port = graph.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);
    const QUrl root(QStringLiteral("%1://127.0.0.1:%2/v1.0")
                        .arg(https ? QStringLiteral("https") : QStringLiteral("http"))
                        .arg(port));
    auto* client = new GraphClient(GraphRoot::parse(root.toString()), m_tokens, nullptr, this);
    client->setCaCertificates(QSslCertificate::fromData(generated.certificatePem));

    ListJob list(client, ItemPath::parse(QStringLiteral("users")), ListQuery());
    QSignalSpy done(&list, &GraphJob::finished);
    list.start();
    QVERIFY(done.wait(20000));
    QVERIFY(list.hasError());
    QCOMPARE(list.error().kind, GraphError::Kind::Security);
    QCOMPARE(graphRequests, 1);
    QVERIFY2(sink.requests.isEmpty(), qPrintable(sink.requests.join(QStringLiteral(", "))));
    QVERIFY(sink.authorizations.isEmpty());
    delete client;
}

void TestSecurity::redirectLoopStops()
{
    QHttpServer graph;
    int requests = 0;
    graph.setMissingHandler([&](const QHttpServerRequest&, QHttpServerResponder&& responder) {
        ++requests;
        responder.write({{"Location", QByteArrayLiteral("/v1.0/users")}}, QHttpServerResponder::StatusCode::Found);
    });
    const quint16 port = graph.listen(QHostAddress::LocalHost, 0);
    auto* client = new GraphClient(GraphRoot::parse(QStringLiteral("http://127.0.0.1:%1/v1.0").arg(port)), m_tokens,
                                   nullptr, this);
    client->setMaxRedirects(4);
    ListJob list(client, ItemPath::parse(QStringLiteral("users")), ListQuery());
    QSignalSpy done(&list, &GraphJob::finished);
    list.start();
    QVERIFY(done.wait(20000));
    QCOMPARE(list.error().code, QStringLiteral("too-many-redirects"));
    QCOMPARE(requests, 5); // the first and four redirects
    delete client;
}

void TestSecurity::cliRefusesPlainHttpToRemoteHosts_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("public host") << QStringLiteral("http://graph.microsoft.com/v1.0");
    QTest::newRow("private address") << QStringLiteral("http://10.0.0.7/v1.0");
    QTest::newRow("look-alike of localhost") << QStringLiteral("http://localhost.evil.example/v1.0");
    QTest::newRow("look-alike of 127.0.0.1") << QStringLiteral("http://127.0.0.1.nip.io/v1.0");
}

void TestSecurity::cliRefusesPlainHttpToRemoteHosts()
{
    QFETCH(QString, url);
    const Result r = cli({QStringLiteral("--graph-url"), url, QStringLiteral("--access-token-env"),
                          QStringLiteral("PORTRAIT_TEST_TOKEN"), QStringLiteral("list"), QStringLiteral("users")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(r.out.isEmpty());
}

void TestSecurity::secretsNeverInLogs_data()
{
    QTest::addColumn<QStringList>("args");
    const QString dir = m_dir.filePath(QStringLiteral("export"));
    QTest::newRow("list") << QStringList{QStringLiteral("list"), QStringLiteral("users")};
    QTest::newRow("photo") << QStringList{QStringLiteral("photo"), QStringLiteral("me"), QStringLiteral("--meta")};
    QTest::newRow("audit") << QStringList{QStringLiteral("audit"), QStringLiteral("users")};
    QTest::newRow("export") << QStringList{QStringLiteral("export"), QStringLiteral("users"), QStringLiteral("--out"),
                                           dir};
    QTest::newRow("failing request") << QStringList{QStringLiteral("photo"), QStringLiteral("users/nobody-here")};
}

void TestSecurity::secretsNeverInLogs()
{
    QFETCH(QStringList, args);
    // Every category at debug level, plus the CLI's own -v, and faults so that retries get logged too.
    m_emulator->setFaultPlan(*FaultPlan::parse(QStringLiteral("20%:status,reset"), nullptr));
    const Result r = cli(QStringList{QStringLiteral("--graph-url"), m_emulator->graphRoot().toString(),
                                     QStringLiteral("--access-token-env"), QStringLiteral("PORTRAIT_TEST_TOKEN"),
                                     QStringLiteral("-v"), QStringLiteral("--json")}
                             + args,
                         {QStringLiteral("QT_LOGGING_RULES=*.debug=true")});
    m_emulator->setFaultPlan(FaultPlan());
    QVERIFY2(r.exitCode == 0 || args.contains(QStringLiteral("users/nobody-here")), r.err.right(2000).constData());
    QVERIFY2(r.err.size() > 100, "the verbose run logged something");
    QVERIFY(!r.out.contains(kSecret.toUtf8()));
    QVERIFY(!r.err.contains(kSecret.toUtf8()));
    QVERIFY(!r.err.contains("Bearer "));
}

QTEST_MAIN(TestSecurity)
#include "TestSecurity.moc"
