// Chaos: `portrait-cli export` and `audit` of 2,000 users against the emulator while
// 10% of its answers are faulty (every kind, seeded): every file byte-identical, nothing lost, exit 0, and
// no `error` record. The figures are printed for the closing note.
#include "CliRunner.h"
#include "emulator/DemoTenant.h"
#include "emulator/FaultPlan.h"
#include "emulator/GraphEmulator.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Portrait;
namespace {

using Result = Portrait::Test::CliResult;

constexpr int kUsers = 2000;

} // namespace

class TestChaos : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportUnderFaults();
    void auditUnderFaults();

private:
    Result cli(const QStringList& args);
    void setFaults(quint64 seed);

    GraphEmulator* m_emulator = nullptr;
};

void TestChaos::initTestCase()
{
    DemoTenantOptions options;
    options.users = kUsers;
    options.groups = 5;
    m_emulator = new GraphEmulator(options, this);
    m_emulator->setRequestLogLimit(0);
    QVERIFY(m_emulator->listen(0));
    qputenv("PORTRAIT_TEST_TOKEN", m_emulator->accessToken().toUtf8());
}

void TestChaos::setFaults(quint64 seed)
{
    FaultPlan plan = *FaultPlan::parse(QStringLiteral("10%:all"), nullptr);
    plan.setSeed(seed);
    plan.setMaxRetryAfterMs(200); // short waits keep the test fast; the client honours them all the same
    plan.setDripIntervalMs(5);
    m_emulator->setFaultPlan(plan);
}

Result TestChaos::cli(const QStringList& args)
{
    QStringList all{QStringLiteral("--graph-url"), m_emulator->graphRoot().toString(),
                    QStringLiteral("--access-token-env"), QStringLiteral("PORTRAIT_TEST_TOKEN"),
                    QStringLiteral("--json")};
    all << args;
    Portrait::Test::CliRunOptions options;
    options.timeoutMs = 240000;
    return Portrait::Test::runCli(QStringLiteral(PORTRAIT_CLI_PATH), all, options);
}

void TestChaos::exportUnderFaults()
{
    setFaults(2026);
    const quint64 faultsBefore = m_emulator->faultCount();
    QTemporaryDir dir;
    const Result r = cli({QStringLiteral("export"), QStringLiteral("users"), QStringLiteral("--out"), dir.path()});
    const quint64 faults = m_emulator->faultCount() - faultsBefore;
    m_emulator->setFaultPlan(FaultPlan());
    QVERIFY2(r.exitCode == 0, r.err.right(3000).constData());

    const DemoTenant& tenant = m_emulator->tenant();
    QHash<QString, QString> fileOf; // user id → written file
    for (const QJsonObject& o : r.records()) {
        const QString action = o.value(QLatin1String("action")).toString();
        QVERIFY2(action == QStringLiteral("written") || action == QStringLiteral("skipped"),
                 QJsonDocument(o).toJson().constData());
        if (action == QStringLiteral("written")) {
            fileOf.insert(o.value(QLatin1String("id")).toString(), o.value(QLatin1String("file")).toString());
        }
    }
    QCOMPARE(r.records().size(), tenant.users().size());

    int checked = 0;
    int lost = 0;
    int corrupt = 0;
    int expected = 0;
    for (const DemoUser& user : tenant.users()) {
        const QByteArray bytes = tenant.photo(user.id).bytes;
        if (bytes.isEmpty()) {
            QVERIFY2(!fileOf.contains(user.id), qPrintable(user.id)); // nothing invented
            continue;
        }
        ++expected;
        if (!fileOf.contains(user.id)) {
            ++lost;
            continue;
        }
        QFile file(QDir(dir.path()).filePath(fileOf.value(user.id)));
        if (!file.open(QIODevice::ReadOnly)) {
            ++lost;
            continue;
        }
        ++checked;
        if (file.readAll() != bytes) {
            ++corrupt;
        }
    }
    // Nothing else in the folder: no temporary file of a write that was retried.
    QDirIterator it(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.endsWith(QStringLiteral(".json"))) {
            ++files;
        }
    }
    qInfo().noquote()
        << QStringLiteral("chaos export: %1 users, %2 photos expected, %3 files checked, %4 lost, %5 corrupt, "
                          "%6 faults injected (%7 x 429, %8 x 503, %9 x 504, %10 x reset, %11 x truncate, %12 x drip, "
                          "%13 x malformed-json, %14 x content-type, %15 x huge-length)")
               .arg(tenant.users().size())
               .arg(expected)
               .arg(checked)
               .arg(lost)
               .arg(corrupt)
               .arg(faults)
               .arg(m_emulator->faultCount(FaultKind::Throttled))
               .arg(m_emulator->faultCount(FaultKind::Unavailable))
               .arg(m_emulator->faultCount(FaultKind::GatewayTimeout))
               .arg(m_emulator->faultCount(FaultKind::Reset))
               .arg(m_emulator->faultCount(FaultKind::Truncated))
               .arg(m_emulator->faultCount(FaultKind::SlowDrip))
               .arg(m_emulator->faultCount(FaultKind::MalformedJson))
               .arg(m_emulator->faultCount(FaultKind::WrongContentType))
               .arg(m_emulator->faultCount(FaultKind::AbsurdLength));
    QVERIFY(faults > 100); // the faults really happened
    QCOMPARE(lost, 0);
    QCOMPARE(corrupt, 0);
    QCOMPARE(checked, expected);
    QCOMPARE(files, checked);
}

void TestChaos::auditUnderFaults()
{
    setFaults(77);
    const quint64 faultsBefore = m_emulator->faultCount();
    const Result r = cli({QStringLiteral("audit"), QStringLiteral("users")});
    const quint64 faults = m_emulator->faultCount() - faultsBefore;
    m_emulator->setFaultPlan(FaultPlan());
    QVERIFY2(r.exitCode == 0, r.err.right(3000).constData());
    const QList<QJsonObject> records = r.records();
    QCOMPARE(records.size(), m_emulator->tenant().users().size());
    int errors = 0;
    QSet<QString> ids;
    for (const QJsonObject& o : records) {
        ids.insert(o.value(QLatin1String("id")).toString());
        if (o.value(QLatin1String("status")).toString() == QStringLiteral("error")) {
            ++errors;
            qWarning().noquote() << QJsonDocument(o).toJson(QJsonDocument::Compact);
        }
    }
    qInfo().noquote() << QStringLiteral("chaos audit: %1 records, %2 error records, %3 faults injected")
                             .arg(records.size())
                             .arg(errors)
                             .arg(faults);
    QVERIFY(faults > 20);
    QCOMPARE(errors, 0);
    QCOMPARE(ids.size(), m_emulator->tenant().users().size());
}

QTEST_MAIN(TestChaos)
#include "TestChaos.moc"
