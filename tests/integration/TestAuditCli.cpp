// portrait-cli audit and diff as scripts run them: records, reports, snapshots, summaries and exit codes.
#include "CliRunner.h"
#include "bulk/CsvReportWriter.h"
#include "emulator/DemoTenant.h"
#include "emulator/GraphEmulator.h"

#include <QBuffer>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Portrait;

namespace {

using Result = Portrait::Test::CliResult;

} // namespace

class TestAuditCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void auditRecordsAndSummary();
    void reportsAndSnapshot();
    void placeholderAndMinEdge();
    void diffOfTwoRuns();
    void usageErrors_data();
    void usageErrors();
    void refusedToken();

private:
    Result cli(const QStringList& args, bool connect = true);
    QString file(const QString& name) const { return m_dir.filePath(name); }

    GraphEmulator* m_emulator = nullptr;
    QTemporaryDir m_dir;
};

void TestAuditCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_emulator = new GraphEmulator(DemoTenantOptions{42, 80, 6, 10, 1, 4}, this);
    QVERIFY(m_emulator->listen(0));
    qputenv("PORTRAIT_TEST_TOKEN", m_emulator->accessToken().toUtf8());
}

Result TestAuditCli::cli(const QStringList& args, bool connect)
{
    QStringList all;
    if (connect) {
        all << QStringLiteral("--graph-url") << m_emulator->graphRoot().toString()
            << QStringLiteral("--access-token-env") << QStringLiteral("PORTRAIT_TEST_TOKEN");
    }
    all << args;
    return Portrait::Test::runCli(QStringLiteral(PORTRAIT_CLI_PATH), all);
}

void TestAuditCli::auditRecordsAndSummary()
{
    const DemoTenant& t = m_emulator->tenant();
    const Result r = cli(
        {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("users"), QStringLiteral("me/contacts")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QList<QJsonObject> records = r.records();
    QCOMPARE(records.size(), t.users().size() + t.contacts().size());
    QHash<QString, int> counts;
    for (const QJsonObject& o : records) {
        const QString status = o.value(QLatin1String("status")).toString();
        ++counts[status];
        if (o.value(QLatin1String("kind")).toString() != QLatin1String("user")) {
            continue;
        }
        const DemoUser* u = t.findUser(o.value(QLatin1String("id")).toString());
        QVERIFY(u);
        const char* expected = u->photo.hasPhoto()    ? "photo"
            : u->photo.state == PhotoState::NoMailbox ? "unavailable"
                                                      : "none";
        QCOMPARE(status, QString::fromLatin1(expected));
        QVERIFY(!o.contains(QLatin1String("sha256"))); // metadata only by default
    }
    const QString summary = QStringLiteral("Audited %1 principals").arg(records.size());
    QVERIFY2(r.err.contains(summary.toUtf8()), r.err.constData());
    QVERIFY(r.err.contains(QStringLiteral("%1 photo, %2 none")
                               .arg(counts.value(QStringLiteral("photo")))
                               .arg(counts.value(QStringLiteral("none")))
                               .toUtf8()));

    // Without --json, stdout lists who lacks a real photo, one line each.
    const Result human = cli({QStringLiteral("audit"), QStringLiteral("users")});
    QCOMPARE(human.exitCode, 0);
    int lacking = 0;
    for (const DemoUser& u : t.users()) {
        lacking += u.photo.hasPhoto() ? 0 : 1;
    }
    QCOMPARE(int(human.out.count('\n')), lacking);
}

void TestAuditCli::reportsAndSnapshot()
{
    const Result r = cli({QStringLiteral("audit"), QStringLiteral("users"), QStringLiteral("groups"),
                          QStringLiteral("--deep"), QStringLiteral("--report"), file(QStringLiteral("r.csv")),
                          QStringLiteral("--report"), file(QStringLiteral("r.html")), QStringLiteral("--snapshot"),
                          file(QStringLiteral("s.json")), QStringLiteral("--bom")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const qsizetype total = m_emulator->tenant().users().size() + m_emulator->tenant().groups().size();
    QFile csv(file(QStringLiteral("r.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray csvBytes = csv.readAll();
    QVERIFY(csvBytes.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> rows = CsvReportWriter::parse(QString::fromUtf8(csvBytes));
    QCOMPARE(rows.size(), total + 1);
    QFile html(file(QStringLiteral("r.html")));
    QVERIFY(html.open(QIODevice::ReadOnly));
    const QString sheet = QString::fromUtf8(html.readAll());
    QCOMPARE(sheet.count(QLatin1String("class=\"card\"")), total);
    QVERIFY(sheet.contains(QLatin1String("data:image/jpeg;base64,")));
    QFile snapshot(file(QStringLiteral("s.json")));
    QVERIFY(snapshot.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(snapshot.readAll()).object();
    QCOMPARE(doc.value(QLatin1String("records")).toArray().size(), total);
    QVERIFY(doc.value(QLatin1String("deep")).toBool());
    const QJsonObject first = doc.value(QLatin1String("records")).toArray().first().toObject();
    QVERIFY(first.value(QLatin1String("status")).toString() != QLatin1String("photo")
            || first.value(QLatin1String("sha256")).toString().size() == 64);
}

void TestAuditCli::placeholderAndMinEdge()
{
    const DemoTenant& t = m_emulator->tenant();
    const DemoUser* big = nullptr;
    const DemoUser* small = nullptr;
    for (const DemoUser& u : t.users()) {
        if (u.photo.hasPhoto() && (!big || u.photo.edge > big->photo.edge)) {
            big = &u;
        }
        if (u.photo.hasPhoto() && (!small || u.photo.edge < small->photo.edge)) {
            small = &u;
        }
    }
    QVERIFY(big && small && small->photo.edge < big->photo.edge);
    const QImage image = QImage::fromData(t.photo(big->id).bytes);
    QVERIFY(image.scaled(120, 120, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                .save(file(QStringLiteral("silhouette.png"))));
    const Result r = cli({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("users"),
                          QStringLiteral("--placeholder"), file(QStringLiteral("silhouette.png")),
                          QStringLiteral("--min-edge"), QString::number(small->photo.edge + 1)});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    int placeholders = 0;
    for (const QJsonObject& o : r.records()) {
        const QString id = o.value(QLatin1String("id")).toString();
        const QString status = o.value(QLatin1String("status")).toString();
        if (id == big->id) {
            QCOMPARE(status, QStringLiteral("placeholder"));
            QCOMPARE(o.value(QLatin1String("reason")).toString(), QStringLiteral("placeholder-similar"));
            QCOMPARE(o.value(QLatin1String("placeholder")).toString(), QStringLiteral("silhouette.png"));
        } else if (id == small->id) {
            QCOMPARE(status, QStringLiteral("placeholder"));
            QCOMPARE(o.value(QLatin1String("reason")).toString(), QStringLiteral("min-edge"));
        }
        placeholders += status == QLatin1String("placeholder") ? 1 : 0;
    }
    QVERIFY(placeholders >= 2);
}

void TestAuditCli::diffOfTwoRuns()
{
    DemoTenant& t = m_emulator->tenant();
    const QString before = file(QStringLiteral("before.json"));
    const QString after = file(QStringLiteral("after.json"));
    QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("users"), QStringLiteral("--snapshot"), before}).exitCode, 0);
    QString changed;
    QString removed;
    for (const DemoUser& u : t.users()) {
        if (u.photo.hasPhoto() && u.id != t.me().id) {
            (changed.isEmpty() ? changed : removed) = u.id;
            if (!removed.isEmpty()) {
                break;
            }
        }
    }
    QVERIFY(t.bumpPhoto(changed));
    QVERIFY(t.removeUser(removed));
    DemoUser added;
    added.displayName = QStringLiteral("Ünal, \"New\" Person");
    const QString addedId = t.addUser(added);
    QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("users"), QStringLiteral("--snapshot"), after}).exitCode, 0);

    const Result r = cli({QStringLiteral("--json"), QStringLiteral("diff"), before, after}, false);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QHash<QString, QString> changes;
    for (const QJsonObject& o : r.records()) {
        changes.insert(o.value(QLatin1String("id")).toString(), o.value(QLatin1String("change")).toString());
    }
    QHash<QString, QString> expected{{changed, QStringLiteral("photo-changed")},
                                     {removed, QStringLiteral("principal-removed")},
                                     {addedId, QStringLiteral("principal-added")}};
    QCOMPARE(changes, expected);
    QVERIFY(r.err.contains("3 changes"));
    const Result same = cli({QStringLiteral("diff"), after, after}, false);
    QCOMPARE(same.exitCode, 0);
    QVERIFY(same.out.isEmpty());
    QVERIFY(same.err.contains("No changes."));
}

void TestAuditCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("audit without a scope") << QStringList{QStringLiteral("audit")};
    QTest::newRow("audit of a bad address") << QStringList{QStringLiteral("audit"), QStringLiteral("nonsense/x")};
    QTest::newRow("report of an unknown type") << QStringList{QStringLiteral("audit"), QStringLiteral("users"),
                                                              QStringLiteral("--report"), QStringLiteral("r.txt")};
    QTest::newRow("min-edge that is not a number") << QStringList{QStringLiteral("audit"), QStringLiteral("users"),
                                                                  QStringLiteral("--min-edge"), QStringLiteral("big")};
    QTest::newRow("placeholder that is not an image")
        << QStringList{QStringLiteral("audit"), QStringLiteral("users"), QStringLiteral("--placeholder"),
                       QStringLiteral(PORTRAIT_CLI_PATH)};
    QTest::newRow("diff with one file") << QStringList{QStringLiteral("diff"), QStringLiteral("a.json")};
    QTest::newRow("diff of files that are not snapshots")
        << QStringList{QStringLiteral("diff"), QStringLiteral(PORTRAIT_CLI_PATH), QStringLiteral(PORTRAIT_CLI_PATH)};
    QTest::newRow("--deep is not an option of list")
        << QStringList{QStringLiteral("list"), QStringLiteral("users"), QStringLiteral("--deep")};
}

void TestAuditCli::usageErrors()
{
    QFETCH(QStringList, args);
    const Result r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
}

void TestAuditCli::refusedToken()
{
    qputenv("PORTRAIT_WRONG_TOKEN", "not-the-token");
    const Result r
        = cli({QStringLiteral("--graph-url"), m_emulator->graphRoot().toString(), QStringLiteral("--access-token-env"),
               QStringLiteral("PORTRAIT_WRONG_TOKEN"), QStringLiteral("audit"), QStringLiteral("users")},
              false);
    QCOMPARE(r.exitCode, 3);
}

QTEST_GUILESS_MAIN(TestAuditCli)
#include "TestAuditCli.moc"
