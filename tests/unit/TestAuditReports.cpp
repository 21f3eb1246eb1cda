// The audit reports parse back: CSV with awkward names, valid JSON (the snapshot format), an HTML sheet that loads.
#include "bulk/AuditSnapshot.h"
#include "bulk/CsvReportWriter.h"
#include "bulk/HtmlReportWriter.h"
#include "bulk/JsonReportWriter.h"
#include "emulator/DemoTenant.h"
#include "graph/DisplayText.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Portrait;

class TestAuditReports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void csvQuoting_data();
    void csvQuoting();
    void csvParsesBack_data();
    void csvParsesBack();
    void jsonParsesBack();
    void htmlLoads();
    void writersByExtension();

private:
    AuditReportInfo info() const;
    QByteArray writeAll(AuditReportWriter& writer, const QString& name);

    QList<AuditRecord> m_records;
    QTemporaryDir m_dir;
};

void TestAuditReports::initTestCase()
{
    DemoTenant tenant;
    const QStringList awkward{QStringLiteral("O'Brien, Siobhán"), QStringLiteral("Robert \"Bob\" Jones")};
    int statusIndex = 0;
    for (const DemoUser& u : tenant.users()) {
        const bool isAwkward = awkward.contains(u.displayName);
        if (!isAwkward && m_records.size() >= 12) {
            continue;
        }
        AuditRecord r;
        r.object.kind = DirectoryObject::Kind::User;
        r.object.id = u.id;
        r.object.displayName = u.displayName;
        r.object.userPrincipalName = u.userPrincipalName;
        r.object.mail = u.mail;
        r.object.path = ItemPath::user(u.id);
        r.photo.status = PhotoStatus(statusIndex++ % 5);
        if (r.photo.status == PhotoStatus::Photo || r.photo.status == PhotoStatus::Placeholder) {
            const PhotoAsset a = tenant.photo(u.id);
            if (!a.isNull()) {
                r.photo.width = a.width;
                r.photo.height = a.height;
                r.photo.etag = a.etag;
                r.photo.mediaType = QString::fromLatin1(a.mediaType);
                const QImage image = QImage::fromData(a.bytes).scaled(72, 72, Qt::KeepAspectRatio);
                QBuffer b(&r.thumbnail);
                b.open(QIODevice::WriteOnly);
                image.save(&b, "JPEG");
            }
            if (r.photo.status == PhotoStatus::Placeholder) {
                r.photo.reason = QStringLiteral("placeholder-similar");
                r.placeholder = QStringLiteral("<logo> & \"old\".png");
                r.placeholderDistance = 3;
            }
        } else {
            r.photo.reason = QStringLiteral("reason, with \"quotes\"\nand a newline");
        }
        m_records.append(r);
    }
    // A group and a contact with markup in their names.
    AuditRecord g;
    g.object.kind = DirectoryObject::Kind::Group;
    g.object.id = QStringLiteral("g1");
    g.object.displayName = QStringLiteral("<script>alert('x')</script> R&D, \"core\"");
    g.object.path = ItemPath::group(g.object.id);
    g.photo.status = PhotoStatus::None;
    g.photo.reason = QStringLiteral("not-found");
    m_records.append(g);
    // A contact whose fields a spreadsheet would run as formulas.
    AuditRecord f;
    f.object.kind = DirectoryObject::Kind::Contact;
    f.object.id = QStringLiteral("c1");
    f.object.displayName = QStringLiteral("=HYPERLINK(\"//evil.example/\",\"Click\")");
    f.object.mail = QStringLiteral("@SUM(1+1)*cmd|' /C calc'!A0");
    f.object.path = ItemPath::parse(QStringLiteral("me/contacts/c1"));
    f.photo.status = PhotoStatus::Unavailable;
    f.photo.reason = QStringLiteral("-2+3");
    m_records.append(f);
    int found = 0;
    for (const AuditRecord& r : std::as_const(m_records)) {
        found += awkward.contains(r.object.displayName) ? 1 : 0;
    }
    QCOMPARE(found, 2);
}

AuditReportInfo TestAuditReports::info() const
{
    AuditReportInfo i;
    i.scopes = {QStringLiteral("users"), QStringLiteral("groups/x,y/members")};
    i.createdAt = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
    for (const AuditRecord& r : m_records) {
        ++i.counts[size_t(r.photo.status)];
    }
    return i;
}

QByteArray TestAuditReports::writeAll(AuditReportWriter& writer, const QString& name)
{
    const QString path = m_dir.filePath(name);
    QString error;
    if (!writer.open(path, info(), &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    for (const AuditRecord& r : std::as_const(m_records)) {
        writer.write(r);
    }
    if (!writer.finish(info(), &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

void TestAuditReports::csvQuoting_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain stays plain") << QStringLiteral("Adele Vance") << QStringLiteral("Adele Vance");
    QTest::newRow("comma is quoted") << QStringLiteral("O'Brien, Siobhán") << QStringLiteral("\"O'Brien, Siobhán\"");
    QTest::newRow("quotes are doubled") << QStringLiteral("Robert \"Bob\" Jones")
                                        << QStringLiteral("\"Robert \"\"Bob\"\" Jones\"");
    QTest::newRow("newline is quoted") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("leading space is quoted") << QStringLiteral(" x") << QStringLiteral("\" x\"");
    QTest::newRow("empty stays empty") << QString() << QString();
    // OWASP's rule against formula injection: an apostrophe in front, and the cell quoted.
    QTest::newRow("= is no formula") << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")
                                     << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    QTest::newRow("+ is no formula") << QStringLiteral("+1") << QStringLiteral("\"'+1\"");
    QTest::newRow("- is no formula") << QStringLiteral("-1+2") << QStringLiteral("\"'-1+2\"");
    QTest::newRow("@ is no formula") << QStringLiteral("@SUM(A1)") << QStringLiteral("\"'@SUM(A1)\"");
    QTest::newRow("leading tab") << QStringLiteral("\t=1") << QStringLiteral("\"'\t=1\"");
    QTest::newRow("leading CR") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
    QTest::newRow("= inside stays") << QStringLiteral("a=b") << QStringLiteral("a=b");
}

void TestAuditReports::csvQuoting()
{
    QFETCH(QString, field);
    QFETCH(QString, quoted);
    QCOMPARE(CsvReportWriter::quote(field), quoted);
}

void TestAuditReports::csvParsesBack_data()
{
    QTest::addColumn<bool>("bom");
    QTest::newRow("without BOM") << false;
    QTest::newRow("with UTF-8 BOM") << true;
}

void TestAuditReports::csvParsesBack()
{
    QFETCH(bool, bom);
    CsvReportWriter writer;
    writer.setByteOrderMark(bom);
    const QByteArray bytes = writeAll(writer, QStringLiteral("report.csv"));
    QCOMPARE(bytes.startsWith("\xEF\xBB\xBF"), bom);
    const QList<QStringList> rows = CsvReportWriter::parse(QString::fromUtf8(bytes));
    QCOMPARE(rows.size(), m_records.size() + 1);
    const QStringList columns = CsvReportWriter::columns();
    QCOMPARE(rows.first(), columns);
    for (qsizetype i = 0; i < m_records.size(); ++i) {
        const QStringList& row = rows.at(i + 1);
        QCOMPARE(row.size(), columns.size());
        const AuditRecord& r = m_records.at(i);
        // Texts that start like a formula come back with the apostrophe that keeps them text.
        const auto cell = [](const QString& text) {
            return QStringView(u"=+-@").contains(text.isEmpty() ? QChar() : text.front()) ? u'\'' + text : text;
        };
        QCOMPARE(row.at(columns.indexOf(QStringLiteral("displayName"))), cell(r.object.displayName));
        QCOMPARE(row.at(columns.indexOf(QStringLiteral("mail"))), cell(r.object.mail));
        QCOMPARE(row.at(columns.indexOf(QStringLiteral("path"))), r.object.path.toString());
        QCOMPARE(row.at(columns.indexOf(QStringLiteral("status"))), photoStatusName(r.photo.status));
        QCOMPARE(row.at(columns.indexOf(QStringLiteral("reason"))), cell(r.photo.reason));
        QCOMPARE(row.at(columns.indexOf(QStringLiteral("placeholder"))), r.placeholder);
        if (r.photo.hasPhoto()) {
            QCOMPARE(row.at(columns.indexOf(QStringLiteral("width"))), QString::number(r.photo.width));
        }
    }
}

void TestAuditReports::jsonParsesBack()
{
    JsonReportWriter writer;
    const QByteArray bytes = writeAll(writer, QStringLiteral("report.json"));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
    const QJsonObject summary = doc.object().value(QLatin1String("summary")).toObject();
    QCOMPARE(summary.value(QLatin1String("total")).toInteger(), m_records.size());
    QCOMPARE(doc.object().value(QLatin1String("scopes")).toArray().at(1).toString(),
             QStringLiteral("groups/x,y/members"));
    AuditSnapshot snapshot;
    QString error;
    QVERIFY2(snapshot.parse(bytes, &error), qPrintable(error));
    QCOMPARE(snapshot.records().size(), m_records.size());
    for (const AuditRecord& r : std::as_const(m_records)) {
        const QJsonObject* o = snapshot.find(r.object.path.toString());
        QVERIFY(o);
        QCOMPARE(*o, r.toJson());
    }
    QCOMPARE(snapshot.createdAt(), info().createdAt);
    QVERIFY(!snapshot.parse("{\"records\":[]}", &error));
}

void TestAuditReports::htmlLoads()
{
    HtmlReportWriter writer;
    const QByteArray bytes = writeAll(writer, QStringLiteral("sheet.html"));
    const QString html = QString::fromUtf8(bytes);
    QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
    QVERIFY(html.contains(QLatin1String("<meta charset=\"utf-8\">")));
    QVERIFY(html.trimmed().endsWith(QLatin1String("</html>")));
    // Nothing from the directory reaches the markup unescaped, and there is no external resource.
    QVERIFY(!html.contains(QLatin1String("<script")));
    QVERIFY(!html.contains(QLatin1String("http://")) && !html.contains(QLatin1String("https://")));
    // Tags balance (a well-formedness check without an XML parser: HTML void elements aside).
    for (const char* tag : {"div", "span", "h1", "h2", "style", "body", "head", "html", "title"}) {
        const int open = int(html.count(QRegularExpression(QStringLiteral("<%1[ >]").arg(QLatin1String(tag)))));
        const int close = int(html.count(QStringLiteral("</%1>").arg(QLatin1String(tag))));
        QVERIFY2(open == close, tag);
    }
    // Every principal is there, once, in its status section.
    for (const AuditRecord& r : std::as_const(m_records)) {
        const QString card
            = QStringLiteral("data-path=\"%1\" data-status=\"%2\"")
                  .arg(HtmlReportWriter::escape(r.object.path.toString()), photoStatusName(r.photo.status));
        QCOMPARE(html.count(card), 1);
        QVERIFY2(html.contains(HtmlReportWriter::escape(r.object.displayName)), qPrintable(r.object.displayName));
    }
    QVERIFY(html.contains(QStringLiteral("O&#39;Brien, Siobhán")));
    QVERIFY(html.contains(QStringLiteral("Robert &quot;Bob&quot; Jones")));
    // For people: each reason in words with what to do, not the code (which stays in CSV and JSON).
    for (const AuditRecord& r : std::as_const(m_records)) {
        if (r.photo.reason.isEmpty() || r.photo.reason.contains(u'"')) {
            continue;
        }
        const PhotoExplanation e = explainPhoto(r.photo.status, r.photo.reason);
        QVERIFY2(html.contains(HtmlReportWriter::escape(e.reason)), qPrintable(e.reason));
        QVERIFY2(html.contains(HtmlReportWriter::escape(e.advice)), qPrintable(e.advice));
    }
    QVERIFY(html.contains(QLatin1String(">none uploaded<")));
    // Sections in order of attention: error, placeholder, none, unavailable, photo.
    qsizetype last = -1;
    for (PhotoStatus s : HtmlReportWriter::sectionOrder()) {
        const qsizetype at = html.indexOf(QStringLiteral("<h2 id=\"%1\">").arg(photoStatusName(s)));
        QVERIFY(at > last);
        last = at;
    }
    // Every embedded thumbnail decodes.
    const QRegularExpression img(QStringLiteral("src=\"data:image/jpeg;base64,([A-Za-z0-9+/=]+)\""));
    int images = 0;
    for (auto it = img.globalMatch(html); it.hasNext();) {
        const QImage decoded = QImage::fromData(QByteArray::fromBase64(it.next().captured(1).toLatin1()));
        QVERIFY(!decoded.isNull());
        ++images;
    }
    int expected = 0;
    for (const AuditRecord& r : std::as_const(m_records)) {
        expected += r.thumbnail.isEmpty() ? 0 : 1;
    }
    QVERIFY(expected > 0);
    QCOMPARE(images, expected);
}

void TestAuditReports::writersByExtension()
{
    QVERIFY(dynamic_cast<CsvReportWriter*>(AuditReportWriter::forPath(QStringLiteral("a/B.CSV")).get()));
    QVERIFY(dynamic_cast<JsonReportWriter*>(AuditReportWriter::forPath(QStringLiteral("x.json")).get()));
    QVERIFY(dynamic_cast<HtmlReportWriter*>(AuditReportWriter::forPath(QStringLiteral("x.htm")).get()));
    QVERIFY(!AuditReportWriter::forPath(QStringLiteral("x.txt")));
    // A failed run leaves no file behind: nothing appears before finish().
    JsonReportWriter writer;
    const QString path = m_dir.filePath(QStringLiteral("partial.json"));
    QVERIFY(writer.open(path, info()));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestAuditReports)
#include "TestAuditReports.moc"
