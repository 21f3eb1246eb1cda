// The logging categories of the three programs as an admin turns them on: --verbose, and QT_LOGGING_RULES,
// which takes precedence over it.

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>
#include <QUrl>

#include <memory>

/// Runs the real executables (the emulator in-process for the CLI's --demo) and reads what they log.
class TestLogging : public QObject
{
    Q_OBJECT

private slots:
    void quietByDefault();
    void verboseLogsEveryLayerOfARun();
    void loggingRulesOverrideVerbose();
    void emulatorVerboseLogsItsCategory();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run run(const QString& program, const QStringList& arguments, const QString& rules = {});
};

TestLogging::Run TestLogging::run(const QString& program, const QStringList& arguments, const QString& rules)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_LOGGING_RULES")); // the suite's own rule would hide what --verbose does
    if (!rules.isEmpty()) {
        env.insert(QStringLiteral("QT_LOGGING_RULES"), rules);
    }
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void TestLogging::quietByDefault()
{
    const Run r = run(QStringLiteral(PORTRAIT_CLI_PATH),
                      {QStringLiteral("--demo"), QStringLiteral("list"), QStringLiteral("users"),
                       QStringLiteral("--top"), QStringLiteral("3")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.count('\n'), 3);
    QVERIFY2(!r.err.contains("portrait."), r.err.constData());
}

void TestLogging::verboseLogsEveryLayerOfARun()
{
    const Run r = run(QStringLiteral(PORTRAIT_CLI_PATH),
                      {QStringLiteral("--demo"), QStringLiteral("--verbose"), QStringLiteral("audit"),
                       QStringLiteral("users"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    // The records are untouched on stdout; the log is on stderr, one category per layer of the run.
    QVERIFY(r.out.startsWith("{\""));
    QVERIFY2(!r.out.contains("portrait."), r.out.left(300).constData());
    QVERIFY2(r.err.contains("portrait.cli: command audit users"), r.err.left(2000).constData());
    QVERIFY2(r.err.contains("portrait.graph: GET "), r.err.left(2000).constData());
    QVERIFY2(r.err.contains("portrait.emulator: GET /v1.0/users"), r.err.left(2000).constData());
    QVERIFY2(r.err.contains("portrait.bulk: audit finished:"), r.err.right(2000).constData());
    QVERIFY2(r.err.contains("portrait.cli: exit code 0"), r.err.right(2000).constData());
    // -v is the same switch.
    const Run shortForm
        = run(QStringLiteral(PORTRAIT_CLI_PATH),
              {QStringLiteral("--demo"), QStringLiteral("-v"), QStringLiteral("sizes"), QStringLiteral("me")});
    QCOMPARE(shortForm.exitCode, 0);
    QVERIFY2(shortForm.err.contains("portrait.graph: GET "), shortForm.err.constData());
}

void TestLogging::loggingRulesOverrideVerbose()
{
    // QT_LOGGING_RULES is applied after --verbose: an admin can silence one category of a verbose run...
    const Run r = run(QStringLiteral(PORTRAIT_CLI_PATH),
                      {QStringLiteral("--demo"), QStringLiteral("--verbose"), QStringLiteral("list"),
                       QStringLiteral("users"), QStringLiteral("--top"), QStringLiteral("1")},
                      QStringLiteral("portrait.emulator.debug=false"));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains("portrait.graph: GET "), r.err.constData());
    QVERIFY2(!r.err.contains("portrait.emulator:"), r.err.constData());
    // ...or turn on one without --verbose.
    const Run one = run(QStringLiteral(PORTRAIT_CLI_PATH),
                        {QStringLiteral("--demo"), QStringLiteral("list"), QStringLiteral("users"),
                         QStringLiteral("--top"), QStringLiteral("1")},
                        QStringLiteral("portrait.graph.debug=true"));
    QCOMPARE(one.exitCode, 0);
    QVERIFY2(one.err.contains("portrait.graph: GET "), one.err.constData());
    QVERIFY2(!one.err.contains("portrait.cli:"), one.err.constData());
}

void TestLogging::emulatorVerboseLogsItsCategory()
{
    // portrait-emulator --verbose -q: no request log of its own, only the portrait.emulator category.
    QProcess emulator;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    emulator.setProcessEnvironment(env);
    emulator.start(QStringLiteral(PORTRAIT_EMULATOR_PATH),
                   {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--users"), QStringLiteral("5"),
                    QStringLiteral("--quiet"), QStringLiteral("--verbose")});
    QVERIFY(emulator.waitForStarted());
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += emulator.readAllStandardOutput()).contains('\n'), 20000);
    const qsizetype at = out.indexOf("http://");
    QVERIFY2(at >= 0, out.constData());
    const QUrl root(QString::fromLatin1(out.mid(at, out.indexOf(' ', at) - at)));
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(root.toString() + QStringLiteral("/users")));
    request.setRawHeader("Authorization", "Bearer portrait-demo-token");
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 20000);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT(
        (err += emulator.readAllStandardError()).contains("portrait.emulator: GET /v1.0/users 200"), 20000);
    emulator.terminate(); // SIGTERM: the emulator quits its event loop and exits 0
    QVERIFY(emulator.waitForFinished(20000));
    QCOMPARE(emulator.exitStatus(), QProcess::NormalExit);
    QCOMPARE(emulator.exitCode(), 0);

    // --help and --version work without serving; -v is --verbose, as in portrait-cli, for the emulator and the GUI.
    for (const QString& program : {QStringLiteral(PORTRAIT_EMULATOR_PATH), QStringLiteral(PORTRAIT_GUI_PATH)}) {
        const Run help = run(program, {QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains("-v, --verbose"), help.out.constData());
        const Run version = run(program, {QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.endsWith(QByteArray(" " PORTRAIT_VERSION_TEXT "\n")), version.out.constData());
    }
}

QTEST_GUILESS_MAIN(TestLogging)
#include "TestLogging.moc"
