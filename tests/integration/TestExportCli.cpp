// `portrait-cli export` as scripts run it (CLI.md): records, the manifest, exit codes, and SIGKILL at 10 seeded
// points under a 10% fault rate, each followed by a resumed run that completes with every file right and no
// temporary file left.
#include "CliRunner.h"
#include "bulk/ExportManifest.h"
#include "emulator/DemoTenant.h"
#include "emulator/FaultPlan.h"
#include "emulator/GraphEmulator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Portrait;

namespace {

using Result = Portrait::Test::CliResult;

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestExportCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void recordsAndManifest();
    void incrementalRerunWritesNothing();
    void usageErrors_data();
    void usageErrors();
    void failedPrincipalsExitOne();
    void foreignFolderNeedsAnOption();
    void killedAndResumed_data();
    void killedAndResumed();
    void interruptedRunTellsTheTruth();

private:
    /// Runs the CLI; with @p killAfterRecords > 0, SIGKILLs it once that many records were printed.
    Result cli(const QStringList& args, int killAfterRecords = 0);
    void checkFolder(const QString& dir, const QList<QJsonObject>& records);

    GraphEmulator* m_emulator = nullptr;
};

void TestExportCli::initTestCase()
{
    DemoTenantOptions options;
    options.users = 120;
    options.groups = 10;
    m_emulator = new GraphEmulator(options, this);
    QVERIFY(m_emulator->listen(0));
    qputenv("PORTRAIT_TEST_TOKEN", m_emulator->accessToken().toUtf8());
}

Result TestExportCli::cli(const QStringList& args, int killAfterRecords)
{
    QStringList all{QStringLiteral("--graph-url"), m_emulator->graphRoot().toString(),
                    QStringLiteral("--access-token-env"), QStringLiteral("PORTRAIT_TEST_TOKEN")};
    all << args;
    Portrait::Test::CliRunOptions options;
    options.killAfterLines = killAfterRecords;
    return Portrait::Test::runCli(QStringLiteral(PORTRAIT_CLI_PATH), all, options);
}

void TestExportCli::checkFolder(const QString& dir, const QList<QJsonObject>& records)
{
    ExportManifest manifest;
    QVERIFY(manifest.load(dir));
    int withFile = 0;
    for (const QJsonObject& o : records) {
        const QString action = o.value(QLatin1String("action")).toString();
        const QString id = o.value(QLatin1String("id")).toString();
        if (action == QLatin1String("written") || action == QLatin1String("unchanged")) {
            ++withFile;
            const QString file = o.value(QLatin1String("file")).toString();
            QCOMPARE(readAll(QDir(dir).filePath(file)), m_emulator->tenant().photo(id).bytes);
            const ExportManifestEntry* e = manifest.find(o.value(QLatin1String("path")).toString());
            QVERIFY(e);
            QCOMPARE(e->file, file);
            QCOMPARE(e->etag, m_emulator->tenant().photoEtag(id));
        } else {
            QCOMPARE(action, QStringLiteral("skipped"));
            QVERIFY(m_emulator->tenant().photo(id).isNull());
        }
    }
    QCOMPARE(manifest.size(), withFile);
    // Nothing but photos and the manifest: no temporary file of an interrupted write.
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        ++files;
        QVERIFY2(path.endsWith(QLatin1String(".jpg")) || path.endsWith(QLatin1String(".png"))
                     || path.endsWith(ExportManifest::fileName()),
                 qPrintable(path));
    }
    QCOMPARE(files, withFile + 1);
}

void TestExportCli::recordsAndManifest()
{
    QTemporaryDir dir;
    const Result r
        = cli({QStringLiteral("--json"), QStringLiteral("export"), QStringLiteral("users"), QStringLiteral("groups"),
               QStringLiteral("me/contacts"), QStringLiteral("--out"), dir.path()});
    QCOMPARE(r.exitCode, 0);
    const QList<QJsonObject> records = r.records();
    const DemoTenant& t = m_emulator->tenant();
    QCOMPARE(records.size(), t.users().size() + t.groups().size() + t.contacts().size());
    for (const QJsonObject& o : records) {
        for (const char* field : {"path", "kind", "id", "displayName", "status", "action"}) {
            QVERIFY2(o.contains(QLatin1String(field)), field);
        }
        if (o.value(QLatin1String("action")).toString() == QLatin1String("written")) {
            QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("photo"));
            QVERIFY(o.contains(QLatin1String("file")));
            QVERIFY(o.contains(QLatin1String("sha256")));
            QVERIFY(o.contains(QLatin1String("etag")));
        }
    }
    QVERIFY(r.err.contains("written"));
    checkFolder(dir.path(), records);
}

void TestExportCli::incrementalRerunWritesNothing()
{
    QTemporaryDir dir;
    QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("groups"), QStringLiteral("--out"), dir.path()}).exitCode,
             0);
    const Result again = cli({QStringLiteral("--json"), QStringLiteral("export"), QStringLiteral("groups"),
                              QStringLiteral("--out"), dir.path(), QStringLiteral("--incremental")});
    QCOMPARE(again.exitCode, 0);
    for (const QJsonObject& o : again.records()) {
        QVERIFY(o.value(QLatin1String("action")).toString() != QLatin1String("written"));
        if (o.value(QLatin1String("action")).toString() == QLatin1String("unchanged")) {
            // As in every export record with a file (CLI.md): the file was hashed to say "unchanged".
            const QByteArray bytes = readAll(QDir(dir.path()).filePath(o.value(QLatin1String("file")).toString()));
            QCOMPARE(o.value(QLatin1String("bytes")).toInteger(), bytes.size());
            QCOMPARE(o.value(QLatin1String("sha256")).toString(),
                     QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        }
    }
    checkFolder(dir.path(), again.records());
}

void TestExportCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no --out") << QStringList{QStringLiteral("export"), QStringLiteral("users")};
    QTest::newRow("no scope") << QStringList{QStringLiteral("export"), QStringLiteral("--out"), QStringLiteral("x")};
    QTest::newRow("bad scope") << QStringList{QStringLiteral("export"), QStringLiteral("nonsense/1/2/3"),
                                              QStringLiteral("--out"), QStringLiteral("x")};
    QTest::newRow("bad template") << QStringList{QStringLiteral("export"), QStringLiteral("users"),
                                                 QStringLiteral("--out"),  QStringLiteral("x"),
                                                 QStringLiteral("--name"), QStringLiteral("{nope}")};
    QTest::newRow("bad format") << QStringList{QStringLiteral("export"),   QStringLiteral("users"),
                                               QStringLiteral("--out"),    QStringLiteral("x"),
                                               QStringLiteral("--format"), QStringLiteral("tiff")};
    QTest::newRow("bad quality") << QStringList{QStringLiteral("export"),    QStringLiteral("users"),
                                                QStringLiteral("--out"),     QStringLiteral("x"),
                                                QStringLiteral("--quality"), QStringLiteral("0")};
    QTest::newRow("bad size") << QStringList{QStringLiteral("export"), QStringLiteral("users"),
                                             QStringLiteral("--out"),  QStringLiteral("x"),
                                             QStringLiteral("--size"), QStringLiteral("big")};
}

void TestExportCli::usageErrors()
{
    QFETCH(QStringList, args);
    QCOMPARE(cli(args).exitCode, 2);
}

void TestExportCli::failedPrincipalsExitOne()
{
    QTemporaryDir dir;
    // A file where the `group` folder should be: every group photo fails to write.
    QFile blocker(QDir(dir.path()).filePath(QStringLiteral("group")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const Result r = cli({QStringLiteral("--json"), QStringLiteral("export"), QStringLiteral("groups"),
                          QStringLiteral("--out"), dir.path()});
    QCOMPARE(r.exitCode, 1);
    bool anyFailed = false;
    for (const QJsonObject& o : r.records()) {
        anyFailed = anyFailed || o.value(QLatin1String("action")).toString() == QLatin1String("failed");
    }
    QVERIFY(anyFailed);
}

void TestExportCli::foreignFolderNeedsAnOption()
{
    if (::geteuid() != 0) {
        QSKIP("making a folder another user owns needs root");
    }
    QTemporaryDir dir;
    QVERIFY(::chown(QFile::encodeName(dir.path()).constData(), 65534, 65534) == 0);
    const QStringList args{QStringLiteral("export"), QStringLiteral("groups"), QStringLiteral("--out"), dir.path()};
    const Result refused = cli(args);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("another user"), refused.err.constData());
    QVERIFY(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    QCOMPARE(cli(args + QStringList{QStringLiteral("--allow-foreign-folder")}).exitCode, 0);
}

void TestExportCli::killedAndResumed_data()
{
    QTest::addColumn<int>("killAfter");
    QTest::addColumn<bool>("incremental");
    QRandomGenerator random(5); // seeded: the same points every run
    for (int i = 0; i < 9; ++i) {
        const int point = 1 + int(random.bounded(100));
        QTest::newRow(qPrintable(QStringLiteral("kill after %1 records, resume incrementally").arg(point)))
            << point << true;
    }
    QTest::newRow("kill after 60 records, resume with a full run") << 60 << false;
}

void TestExportCli::killedAndResumed()
{
    QFETCH(int, killAfter);
    QFETCH(bool, incremental);
    QTemporaryDir dir;
    const QStringList args{QStringLiteral("--json"), QStringLiteral("export"), QStringLiteral("users"),
                           QStringLiteral("--out"), dir.path()};
    // Under chaos too: 10% of the answers are faulty (seeded per kill point), in both runs.
    FaultPlan faults = *FaultPlan::parse(QStringLiteral("10%"), nullptr);
    faults.setSeed(quint64(killAfter));
    faults.setMaxRetryAfterMs(100);
    faults.setDripIntervalMs(5);
    m_emulator->setFaultPlan(faults);
    const auto noFaults = qScopeGuard([this]() { m_emulator->setFaultPlan(FaultPlan()); });
    const Result killed = cli(args, killAfter);
    QVERIFY(killed.killed);
    QCOMPARE(killed.exitCode, -1);
    const Result resumed = cli(incremental ? args + QStringList{QStringLiteral("--incremental")} : args);
    QCOMPARE(resumed.exitCode, 0);
    QCOMPARE(resumed.records().size(), m_emulator->tenant().users().size());
    checkFolder(dir.path(), resumed.records());
}

void TestExportCli::interruptedRunTellsTheTruth()
{
    // Issue 15: after a cancel, the folder, the manifest and the summary must agree. Ctrl+C (SIGINT) while
    // photos are converted to PNG and written: those being written are finished and counted, the rest is not
    // started.
    QTemporaryDir dir;
    Portrait::Test::CliRunOptions options;
    options.interruptAfterLines = 5;
    const Result r = Portrait::Test::runCli(
        QStringLiteral(PORTRAIT_CLI_PATH),
        {QStringLiteral("--graph-url"), m_emulator->graphRoot().toString(), QStringLiteral("--access-token-env"),
         QStringLiteral("PORTRAIT_TEST_TOKEN"), QStringLiteral("--json"), QStringLiteral("export"),
         QStringLiteral("users"), QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("--out"),
         dir.path()},
        options);
    QVERIFY(r.interrupted);
    QCOMPARE(r.exitCode, 4); // the run was cancelled (CLI.md)
    QStringList written;
    for (const QJsonObject& o : r.records()) {
        if (o.value(QLatin1String("action")).toString() == QLatin1String("written")) {
            written << o.value(QLatin1String("file")).toString();
        }
    }
    written.sort();
    QVERIFY2(written.size() < m_emulator->tenant().users().size(), "the interrupt came too late to test anything");
    QStringList onDisk;
    QDirIterator it(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = QDir(dir.path()).relativeFilePath(it.next());
        if (file != ExportManifest::fileName()) {
            onDisk << file;
        }
    }
    onDisk.sort();
    QCOMPARE(onDisk, written); // also: no temporary file left
    ExportManifest manifest;
    QVERIFY(manifest.load(dir.path()));
    QStringList listed;
    for (const ExportManifestEntry& e : manifest.entries()) {
        listed << e.file;
    }
    listed.sort();
    QCOMPARE(listed, written);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(QStringLiteral(" %1 written").arg(written.size())), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("cancelled")), qPrintable(err));
}

QTEST_MAIN(TestExportCli)
#include "TestExportCli.moc"
