// portrait-cli as scripts run it: the records, statuses and exit codes of CLI.md, against GraphEmulator.
#include "CliRunner.h"
#include "emulator/DemoTenant.h"
#include "emulator/GraphEmulator.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Portrait;

namespace {

using Result = Portrait::Test::CliResult;

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void versionAndHelp();
    void listEveryUser();
    void photoMetaRecord();
    void photoBytesAreIdentical();
    void photoToStdout();
    void noPhoto();
    void noMailbox();
    void guestByUpn();
    void sizes();
    void sizedPhoto();
    void usageErrors_data();
    void usageErrors();
    void authFailure();
    void unreachable();
    void demoMode();
    void controlCharactersNeverReachTheTerminal();

private:
    Result cli(const QStringList& args, bool connect = true);
    const DemoUser* user(PhotoState state, bool guest = false) const;

    GraphEmulator* m_emulator = nullptr;
    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_emulator = new GraphEmulator(DemoTenantOptions{}, this);
    QVERIFY(m_emulator->listen(0));
    qputenv("PORTRAIT_TEST_TOKEN", m_emulator->accessToken().toUtf8());
}

Result TestCli::cli(const QStringList& args, bool connect)
{
    QStringList all;
    if (connect) {
        all << QStringLiteral("--graph-url") << m_emulator->graphRoot().toString()
            << QStringLiteral("--access-token-env") << QStringLiteral("PORTRAIT_TEST_TOKEN");
    }
    all << args;
    return Portrait::Test::runCli(QStringLiteral(PORTRAIT_CLI_PATH), all);
}

const DemoUser* TestCli::user(PhotoState state, bool guest) const
{
    for (const DemoUser& u : m_emulator->tenant().users()) {
        if (u.photo.state == state && u.guest == guest && u.id != m_emulator->tenant().me().id) {
            return &u;
        }
    }
    return nullptr;
}

void TestCli::versionAndHelp()
{
    Result v = cli({QStringLiteral("--version")}, false);
    QCOMPARE(v.exitCode, 0);
    QVERIFY(v.out.startsWith("portrait-cli "));
    Result h = cli({QStringLiteral("--help")}, false);
    QCOMPARE(h.exitCode, 0);
    QVERIFY(h.out.contains("--access-token-env"));
    QVERIFY(h.out.contains("photo ITEM"));
}

void TestCli::listEveryUser()
{
    const Result r = cli({QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("users")});
    QCOMPARE(r.exitCode, 0);
    const QList<QJsonObject> records = r.records();
    QCOMPARE(records.size(), m_emulator->tenant().users().size());
    QSet<QString> ids;
    for (const QJsonObject& o : records) {
        QCOMPARE(o.value(QLatin1String("kind")).toString(), QStringLiteral("user"));
        const QString id = o.value(QLatin1String("id")).toString();
        QCOMPARE(o.value(QLatin1String("path")).toString(), QStringLiteral("users/") + id);
        const DemoUser* u = m_emulator->tenant().findUser(id);
        QVERIFY(u);
        QCOMPARE(o.value(QLatin1String("displayName")).toString(), u->displayName);
        QCOMPARE(o.value(QLatin1String("userPrincipalName")).toString(), u->userPrincipalName);
        ids.insert(id);
    }
    QCOMPARE(ids.size(), records.size());
}

void TestCli::photoMetaRecord()
{
    const DemoUser* u = user(PhotoState::Present);
    QVERIFY(u);
    const Result r = cli({QStringLiteral("--json"), QStringLiteral("photo"),
                          QStringLiteral("users/") + u->userPrincipalName, QStringLiteral("--meta")});
    QCOMPARE(r.exitCode, 0);
    const QList<QJsonObject> records = r.records();
    QCOMPARE(records.size(), 1);
    const QJsonObject o = records.first();
    const PhotoAsset truth = m_emulator->tenant().photo(u->id);
    QCOMPARE(o.value(QLatin1String("path")).toString(), QStringLiteral("users/") + u->id);
    QCOMPARE(o.value(QLatin1String("kind")).toString(), QStringLiteral("user"));
    QCOMPARE(o.value(QLatin1String("id")).toString(), u->id);
    QCOMPARE(o.value(QLatin1String("displayName")).toString(), u->displayName);
    QCOMPARE(o.value(QLatin1String("userPrincipalName")).toString(), u->userPrincipalName);
    QCOMPARE(o.value(QLatin1String("mail")).toString(), u->mail);
    QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("photo"));
    QVERIFY(!o.contains(QLatin1String("reason")));
    QCOMPARE(o.value(QLatin1String("mediaType")).toString(), QString::fromLatin1(truth.mediaType));
    QCOMPARE(o.value(QLatin1String("etag")).toString(), truth.etag);
    QCOMPARE(o.value(QLatin1String("width")).toInt(), truth.width);
    QCOMPARE(o.value(QLatin1String("height")).toInt(), truth.height);
    QVERIFY(!o.contains(QLatin1String("bytes"))); // metadata only
}

void TestCli::photoBytesAreIdentical()
{
    const DemoUser* u = user(PhotoState::Present);
    const QString file = m_dir.filePath(QStringLiteral("photo.bin"));
    const Result r = cli({QStringLiteral("--json"), QStringLiteral("photo"),
                          QStringLiteral("users/") + u->userPrincipalName, QStringLiteral("-o"), file});
    QCOMPARE(r.exitCode, 0);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray truth = m_emulator->tenant().photo(u->id).bytes;
    QCOMPARE(f.readAll(), truth);
    const QJsonObject o = r.records().value(0);
    QCOMPARE(o.value(QLatin1String("bytes")).toInteger(), truth.size());
    QCOMPARE(o.value(QLatin1String("sha256")).toString(),
             QString::fromLatin1(QCryptographicHash::hash(truth, QCryptographicHash::Sha256).toHex()));
}

void TestCli::photoToStdout()
{
    const Result r = cli({QStringLiteral("photo"), QStringLiteral("me"), QStringLiteral("-o"), QStringLiteral("-")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, m_emulator->tenant().photo(m_emulator->tenant().me().id).bytes);
}

void TestCli::noPhoto()
{
    const DemoUser* u = user(PhotoState::None);
    QVERIFY(u);
    const Result meta = cli({QStringLiteral("--json"), QStringLiteral("photo"), QStringLiteral("users/") + u->id,
                             QStringLiteral("--meta")});
    QCOMPARE(meta.exitCode, 0); // principals without photos are not failures
    QCOMPARE(meta.records().value(0).value(QLatin1String("status")).toString(), QStringLiteral("none"));
    QCOMPARE(meta.records().value(0).value(QLatin1String("reason")).toString(), QStringLiteral("placeholder-1x1"));
    const QString file = m_dir.filePath(QStringLiteral("none.jpg"));
    const Result out = cli({QStringLiteral("photo"), QStringLiteral("users/") + u->id, QStringLiteral("-o"), file});
    QCOMPARE(out.exitCode, 0);
    QVERIFY(!QFile::exists(file));
}

void TestCli::noMailbox()
{
    const DemoUser* u = user(PhotoState::NoMailbox);
    QVERIFY(u);
    const Result r = cli({QStringLiteral("--json"), QStringLiteral("photo"), QStringLiteral("users/") + u->id,
                          QStringLiteral("--meta")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = r.records().value(0);
    QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("unavailable"));
    QCOMPARE(o.value(QLatin1String("reason")).toString(), QStringLiteral("ErrorNonExistentMailbox"));
    QVERIFY(!o.value(QLatin1String("requestId")).toString().isEmpty());
}

void TestCli::guestByUpn()
{
    const DemoUser* g = user(PhotoState::Present, true);
    if (!g) {
        g = user(PhotoState::None, true);
    }
    QVERIFY(g);
    QVERIFY(g->userPrincipalName.contains(QLatin1String("#EXT#")));
    const Result r = cli({QStringLiteral("--json"), QStringLiteral("photo"),
                          QStringLiteral("users/") + g->userPrincipalName, QStringLiteral("--meta")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.records().value(0).value(QLatin1String("id")).toString(), g->id);
}

void TestCli::sizes()
{
    const Result r = cli({QStringLiteral("--json"), QStringLiteral("sizes"), QStringLiteral("me")});
    QCOMPARE(r.exitCode, 0);
    const QList<int> truth = m_emulator->tenant().availablePhotoSizes(m_emulator->tenant().me().id);
    QCOMPARE(r.records().size(), truth.size());
    QCOMPARE(r.records().first().value(QLatin1String("width")).toInt(), truth.first());
}

void TestCli::sizedPhoto()
{
    const QString file = m_dir.filePath(QStringLiteral("small.jpg"));
    const Result r = cli({QStringLiteral("photo"), QStringLiteral("me"), QStringLiteral("--size"),
                          QStringLiteral("48x48"), QStringLiteral("-o"), file});
    QCOMPARE(r.exitCode, 0);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), m_emulator->tenant().photo(m_emulator->tenant().me().id, 48).bytes);
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("connect");
    QTest::newRow("no command") << QStringList{} << true;
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate"), QStringLiteral("users")} << true;
    QTest::newRow("bad address") << QStringList{QStringLiteral("photo"), QStringLiteral("devices/1")} << true;
    QTest::newRow("photo of a collection") << QStringList{QStringLiteral("photo"), QStringLiteral("users")} << true;
    QTest::newRow("list of a principal") << QStringList{QStringLiteral("list"), QStringLiteral("me")} << true;
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frob"), QStringLiteral("list"),
                                                   QStringLiteral("users")}
                                    << true;
    QTest::newRow("option of another command")
        << QStringList{QStringLiteral("list"), QStringLiteral("users"), QStringLiteral("--meta")} << true;
    QTest::newRow("bad size") << QStringList{QStringLiteral("photo"), QStringLiteral("me"), QStringLiteral("--size"),
                                             QStringLiteral("big")}
                              << true;
    QTest::newRow("contact size") << QStringList{QStringLiteral("photo"), QStringLiteral("me/contacts/x"),
                                                 QStringLiteral("--size"), QStringLiteral("48x48")}
                                  << true;
    QTest::newRow("bad top") << QStringList{QStringLiteral("list"), QStringLiteral("users"), QStringLiteral("--top"),
                                            QStringLiteral("0")}
                             << true;
    QTest::newRow("http to a remote host") << QStringList{QStringLiteral("--graph-url"),
                                                          QStringLiteral("http://graph.microsoft.com/v1.0"),
                                                          QStringLiteral("--access-token-env"),
                                                          QStringLiteral("PORTRAIT_TEST_TOKEN"),
                                                          QStringLiteral("list"),
                                                          QStringLiteral("users")}
                                           << false;
    QTest::newRow("demo and graph-url") << QStringList{QStringLiteral("--demo"), QStringLiteral("--graph-url"),
                                                       QStringLiteral("https://graph.microsoft.com/v1.0"),
                                                       QStringLiteral("list"), QStringLiteral("users")}
                                        << false;
    QTest::newRow("unknown cloud") << QStringList{QStringLiteral("--cloud"), QStringLiteral("mars"),
                                                  QStringLiteral("list"), QStringLiteral("users")}
                                   << false;
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(bool, connect);
    m_emulator->clearRequestLog();
    const Result r = cli(args, connect);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(r.out.isEmpty());
    QVERIFY(m_emulator->requestLog().isEmpty()); // nothing was sent
}

void TestCli::authFailure()
{
    qputenv("PORTRAIT_WRONG_TOKEN", "wrong");
    const Result wrong
        = cli({QStringLiteral("--graph-url"), m_emulator->graphRoot().toString(), QStringLiteral("--access-token-env"),
               QStringLiteral("PORTRAIT_WRONG_TOKEN"), QStringLiteral("list"), QStringLiteral("users")},
              false);
    QCOMPARE(wrong.exitCode, 3);
    QVERIFY(wrong.err.contains("401"));
    const Result none = cli({QStringLiteral("--graph-url"), m_emulator->graphRoot().toString(), QStringLiteral("list"),
                             QStringLiteral("users")},
                            false);
    QCOMPARE(none.exitCode, 3);
    const Result missingFile = cli({QStringLiteral("--access-token-file"), m_dir.filePath(QStringLiteral("nope")),
                                    QStringLiteral("list"), QStringLiteral("users")},
                                   false);
    QCOMPARE(missingFile.exitCode, 3);
}

void TestCli::unreachable()
{
    // A port that was free a moment ago: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    const Result r = cli({QStringLiteral("--graph-url"), QStringLiteral("http://127.0.0.1:%1/v1.0").arg(port),
                          QStringLiteral("--access-token-env"), QStringLiteral("PORTRAIT_TEST_TOKEN"),
                          QStringLiteral("list"), QStringLiteral("users")},
                         false);
    QCOMPARE(r.exitCode, 4);
}

void TestCli::demoMode()
{
    const Result r = cli(
        {QStringLiteral("--demo"), QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("users")}, false);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.records().size(), DemoTenantOptions{}.users);
}

void TestCli::controlCharactersNeverReachTheTerminal()
{
    // A name that would retitle the terminal (OSC), clear it (CSI), and reverse the text after it (RLO).
    DemoUser evil;
    evil.displayName = QStringLiteral("Eve\x1b]0;owned\x07\x1b[2J\u202Egnp.exe\u0085");
    evil.photo.state = PhotoState::NoMailbox;
    const QString id = m_emulator->tenant().addUser(evil);
    const auto terminalSafe = [](const QByteArray& out) {
        return !out.contains('\x1b') && !out.contains('\x07') && !out.contains("\u202E") && !out.contains("\u0085");
    };
    const QString address = QStringLiteral("users/") + id;
    for (const QStringList& args : {QStringList{QStringLiteral("list"), QStringLiteral("users")},
                                    QStringList{QStringLiteral("photo"), address, QStringLiteral("--meta")}}) {
        const Result r = cli(args);
        QVERIFY2(r.out.contains("Eve\\x1b]0;owned\\x07\\x1b[2J\\u202egnp.exe\\x85"), r.out.constData());
        QVERIFY2(terminalSafe(r.out) && terminalSafe(r.err), qPrintable(args.join(u' ')));
    }
    // Messages on stderr too: "NAME has no photo (...): nothing written."
    const Result none
        = cli({QStringLiteral("photo"), address, QStringLiteral("-o"), m_dir.filePath(QStringLiteral("none.jpg"))});
    QVERIFY2(none.err.contains("Eve\\x1b]0;owned"), none.err.constData());
    QVERIFY(terminalSafe(none.err));
    // JSON stays exact: JSON itself escapes what needs it.
    const Result json = cli({QStringLiteral("--json"), QStringLiteral("photo"), address, QStringLiteral("--meta")});
    QCOMPARE(json.records().value(0).value(QLatin1String("displayName")).toString(), evil.displayName);
    QVERIFY(m_emulator->tenant().removeUser(id));
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
