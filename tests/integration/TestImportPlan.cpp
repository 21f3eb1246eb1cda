// Import plans against GraphEmulator on loopback, from a folder built here: every action and reason, the image
// preparation, and no write request at all while planning (the emulator's log).
#include "base/TokenProvider.h"
#include "bulk/ImportPlanner.h"
#include "bulk/PhotoWriteRun.h"
#include "emulator/DemoTenant.h"
#include "emulator/GraphEmulator.h"
#include "graph/GraphClient.h"
#include "graph/RequestScheduler.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Portrait;

namespace {

QByteArray encoded(const QImage& image, const char* format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, 90);
    return bytes;
}

QImage picture(int w, int h)
{
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(QColor(60, 140, 90));
    // A mark in the top-left corner, to see where it ends up.
    for (int y = 0; y < h / 4; ++y) {
        for (int x = 0; x < w / 4; ++x) {
            image.setPixel(x, y, qRgb(250, 20, 20));
        }
    }
    return image;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestImportPlan : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyActionAndReason();
    void onlyMissingSkipsPhotos();
    void onlyTheChosenPrincipals();
    void placeholdersCountAsMissing();
    void displayNameIsMatchedNfcAndCaseInsensitively();
    void uploadIsUprightSquareAndNeverUpscaled();
    void jpegThatNeedsNothingIsSentAsItIs();
    void badMapIsAnError();

private:
    struct Plan
    {
        QHash<QString, WriteOutcome> byFile;
        QStringList ignored; ///< files that are not pictures
        GraphError error;
    };
    Plan plan(const QString& folder, ImportOptions options, bool onlyMissing = false,
              const PlaceholderSet& placeholders = {});
    const DemoUser& userWith(PhotoState state, int skip = 0) const;

    GraphEmulator* m_emulator = nullptr;
    StaticTokenProvider* m_tokens = nullptr;
    GraphClient* m_client = nullptr;
};

void TestImportPlan::initTestCase()
{
    DemoTenantOptions small;
    small.users = 40;
    m_emulator = new GraphEmulator(small, this);
    QVERIFY(m_emulator->listen(0));
    m_tokens = new StaticTokenProvider(m_emulator->accessToken(), this);
    m_client = new GraphClient(GraphRoot::parse(m_emulator->graphRoot().toString()), m_tokens, nullptr, this);
    new RequestScheduler(m_client, this);
}

const DemoUser& TestImportPlan::userWith(PhotoState state, int skip) const
{
    for (const DemoUser& u : m_emulator->tenant().users()) {
        if (u.photo.state == state && !u.guest && skip-- == 0) {
            return u;
        }
    }
    qFatal("the demo tenant has too few users in that state");
}

TestImportPlan::Plan TestImportPlan::plan(const QString& folder, ImportOptions options, bool onlyMissing,
                                          const PlaceholderSet& placeholders)
{
    Plan result;
    m_emulator->clearRequestLog();
    options.folder = folder;
    ImportPlanner planner(m_client, options);
    QSignalSpy planned(&planner, &ImportPlanner::finished);
    planner.start();
    if (!planned.wait(20000)) {
        result.error = GraphError::make(GraphError::Kind::Timeout, QStringLiteral("the planner did not finish"));
        return result;
    }
    if (planner.error().isError()) {
        result.error = planner.error();
        return result;
    }
    result.ignored = planner.ignored();
    for (const WriteOutcome& o : planner.decided()) {
        result.byFile.insert(o.task.file, o);
    }
    PhotoWriteRun run(m_client, nullptr, planner.tasks());
    run.setOnlyMissing(onlyMissing);
    run.setPlaceholders(placeholders);
    QSignalSpy done(&run, &PhotoWriteRun::finished);
    run.start();
    if (!done.wait(20000)) {
        result.error = GraphError::make(GraphError::Kind::Timeout, QStringLiteral("the run did not finish"));
        return result;
    }
    for (const WriteOutcome& o : run.outcomes()) {
        result.byFile.insert(o.task.file, o);
    }
    // The no-write guarantee of a plan (a $batch POST carries GETs only).
    for (const RequestRecord& r : m_emulator->requestLog()) {
        if (r.method == "PUT" || r.method == "PATCH" || r.method == "DELETE") {
            result.error = GraphError::make(
                GraphError::Kind::Protocol,
                QStringLiteral("a plan sent %1 %2").arg(QString::fromLatin1(r.method), QString::fromLatin1(r.target)));
        }
    }
    return result;
}

void TestImportPlan::everyActionAndReason()
{
    QTemporaryDir dir;
    const DemoUser& withPhoto = userWith(PhotoState::Present);
    const DemoUser& withoutPhoto = userWith(PhotoState::None);
    const DemoUser& noMailbox = userWith(PhotoState::NoMailbox);
    const DemoUser& byId = userWith(PhotoState::Present, 1);
    const DemoUser& twice = userWith(PhotoState::Present, 2);
    const DemoUser& tiny = userWith(PhotoState::Present, 3);
    const DemoUser& mapped = userWith(PhotoState::None, 1);
    const QByteArray jpeg = encoded(picture(300, 300), "JPEG");
    QVERIFY(writeFile(dir.filePath(withPhoto.userPrincipalName.toUpper() + QStringLiteral(".jpg")), jpeg));
    QVERIFY(writeFile(dir.filePath(withoutPhoto.userPrincipalName + QStringLiteral(".png")),
                      encoded(picture(400, 300), "PNG")));
    QVERIFY(writeFile(dir.filePath(noMailbox.userPrincipalName + QStringLiteral(".jpg")), jpeg));
    QVERIFY(writeFile(dir.filePath(byId.id + QStringLiteral(".jpeg")), jpeg));
    QVERIFY(writeFile(dir.filePath(twice.userPrincipalName + QStringLiteral(".jpg")), jpeg));
    QVERIFY(
        writeFile(dir.filePath(twice.userPrincipalName + QStringLiteral(".png")), encoded(picture(300, 300), "PNG")));
    QVERIFY(writeFile(dir.filePath(tiny.userPrincipalName + QStringLiteral(".jpg")), encoded(picture(40, 40), "JPEG")));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("nobody@nowhere.example.jpg")), jpeg));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("notes.txt")), "not an image")); // no row: not a picture's name
    QVERIFY(writeFile(dir.filePath(QStringLiteral("Thumbs.db")), "a cache"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("scan.JPG")), "named like a picture but it is text"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("badge-0042.jpg")), jpeg));
    QTemporaryDir mapDir;
    const QString map = mapDir.filePath(QStringLiteral("map.csv"));
    QVERIFY(writeFile(map, "file,principal\n\"badge-0042.jpg\",users/" + mapped.userPrincipalName.toUtf8() + "\n"));

    ImportOptions options;
    options.mapFile = map;
    const Plan p = plan(dir.path(), options);
    QVERIFY2(!p.error.isError(), qPrintable(p.error.toString()));
    QCOMPARE(p.byFile.size(), 10);

    const auto check = [&p](const QString& file, const QString& action, const QString& reason,
                            const QString& matchedBy = {}) {
        const WriteOutcome o = p.byFile.value(file);
        QVERIFY2(o.action == action, qPrintable(file + QStringLiteral(": ") + o.action + u'/' + o.reason));
        QVERIFY2(o.reason == reason, qPrintable(file + QStringLiteral(": reason ") + o.reason));
        if (!matchedBy.isEmpty()) {
            QVERIFY2(o.task.matchedBy == matchedBy, qPrintable(file + QStringLiteral(": by ") + o.task.matchedBy));
        }
        QVERIFY(!o.applied);
    };
    check(withPhoto.userPrincipalName.toUpper() + QStringLiteral(".jpg"), QStringLiteral("replace"), {},
          QStringLiteral("upn"));
    check(withoutPhoto.userPrincipalName + QStringLiteral(".png"), QStringLiteral("set"), {}, QStringLiteral("upn"));
    check(noMailbox.userPrincipalName + QStringLiteral(".jpg"), QStringLiteral("unsupported"),
          QStringLiteral("ErrorNonExistentMailbox"));
    check(byId.id + QStringLiteral(".jpeg"), QStringLiteral("replace"), {}, QStringLiteral("id"));
    check(twice.userPrincipalName + QStringLiteral(".jpg"), QStringLiteral("ambiguous"),
          QStringLiteral("several-files"));
    check(twice.userPrincipalName + QStringLiteral(".png"), QStringLiteral("ambiguous"),
          QStringLiteral("several-files"));
    check(tiny.userPrincipalName + QStringLiteral(".jpg"), QStringLiteral("invalid"), QStringLiteral("too-small"));
    check(QStringLiteral("nobody@nowhere.example.jpg"), QStringLiteral("unmatched"), QStringLiteral("no-principal"));
    check(QStringLiteral("scan.JPG"), QStringLiteral("invalid"), QStringLiteral("not-an-image"));
    QCOMPARE(QSet<QString>(p.ignored.begin(), p.ignored.end()),
             (QSet<QString>{QStringLiteral("notes.txt"), QStringLiteral("Thumbs.db")}));
    check(QStringLiteral("badge-0042.jpg"), QStringLiteral("set"), {}, QStringLiteral("map"));
    QCOMPARE(p.byFile.value(QStringLiteral("badge-0042.jpg")).task.principal.id, mapped.id);
    // The record says what the file is and what would be sent.
    const QJsonObject record = p.byFile.value(withoutPhoto.userPrincipalName + QStringLiteral(".png")).toJson();
    QCOMPARE(record.value(QStringLiteral("image")).toObject().value(QStringLiteral("mediaType")).toString(),
             QStringLiteral("image/png"));
    QCOMPARE(record.value(QStringLiteral("upload")).toObject().value(QStringLiteral("width")).toInt(), 300);
    QCOMPARE(record.value(QStringLiteral("before")).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("none"));
}

void TestImportPlan::onlyTheChosenPrincipals()
{
    // The audit's "Fix…": only the people chosen take photos; a file for anyone else says so, and a file naming
    // two people, one of them chosen, is that one's.
    QTemporaryDir dir;
    const DemoUser& chosen = userWith(PhotoState::None);
    const DemoUser& other = userWith(PhotoState::None, 1);
    const QByteArray jpeg = encoded(picture(300, 300), "JPEG");
    QVERIFY(writeFile(dir.filePath(chosen.userPrincipalName + QStringLiteral(".jpg")), jpeg));
    QVERIFY(writeFile(dir.filePath(other.userPrincipalName + QStringLiteral(".jpg")), jpeg));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("nobody@nowhere.example.jpg")), jpeg));
    ImportOptions options;
    options.only = {ItemPath::parse(QStringLiteral("users/") + chosen.id)};
    const Plan p = plan(dir.path(), options);
    QVERIFY2(!p.error.isError(), qPrintable(p.error.toString()));
    QCOMPARE(p.byFile.size(), 3);
    const WriteOutcome mine = p.byFile.value(chosen.userPrincipalName + QStringLiteral(".jpg"));
    QCOMPARE(mine.action, QStringLiteral("set"));
    QCOMPARE(mine.task.principal.id, chosen.id);
    const WriteOutcome left = p.byFile.value(other.userPrincipalName + QStringLiteral(".jpg"));
    QCOMPARE(left.action, QStringLiteral("skip"));
    QCOMPARE(left.reason, QStringLiteral("not-selected"));
    QCOMPARE(left.task.principal.id, other.id);
    QCOMPARE(p.byFile.value(QStringLiteral("nobody@nowhere.example.jpg")).reason, QStringLiteral("no-principal"));
}

void TestImportPlan::onlyMissingSkipsPhotos()
{
    QTemporaryDir dir;
    const DemoUser& withPhoto = userWith(PhotoState::Present);
    const DemoUser& withoutPhoto = userWith(PhotoState::None);
    const QByteArray jpeg = encoded(picture(300, 300), "JPEG");
    QVERIFY(writeFile(dir.filePath(withPhoto.mail + QStringLiteral(".jpg")), jpeg));
    QVERIFY(writeFile(dir.filePath(withoutPhoto.mail + QStringLiteral(".jpg")), jpeg));
    ImportOptions options;
    options.rule = PhotoMatcher::Rule::Mail;
    const Plan p = plan(dir.path(), options, true);
    QVERIFY2(!p.error.isError(), qPrintable(p.error.toString()));
    QCOMPARE(p.byFile.value(withPhoto.mail + QStringLiteral(".jpg")).action, QStringLiteral("skip"));
    QCOMPARE(p.byFile.value(withPhoto.mail + QStringLiteral(".jpg")).reason, QStringLiteral("has-photo"));
    QCOMPARE(p.byFile.value(withoutPhoto.mail + QStringLiteral(".jpg")).action, QStringLiteral("set"));
    QCOMPARE(p.byFile.value(withoutPhoto.mail + QStringLiteral(".jpg")).task.matchedBy, QStringLiteral("mail"));
}

void TestImportPlan::placeholdersCountAsMissing()
{
    QTemporaryDir dir;
    const DemoUser& logo = userWith(PhotoState::Present);
    const DemoUser& real = userWith(PhotoState::Present, 1);
    const QByteArray jpeg = encoded(picture(300, 300), "JPEG");
    QVERIFY(writeFile(dir.filePath(logo.userPrincipalName + QStringLiteral(".jpg")), jpeg));
    QVERIFY(writeFile(dir.filePath(real.userPrincipalName + QStringLiteral(".jpg")), jpeg));
    // The placeholder, as an admin would have it: a resized copy of the picture in use.
    const QImage current = QImage::fromData(m_emulator->tenant().photo(logo.id).bytes);
    PlaceholderSet placeholders;
    QVERIFY(placeholders.addImage(encoded(current.scaled(96, 96), "PNG"), QStringLiteral("logo")));
    const Plan p = plan(dir.path(), ImportOptions{}, true, placeholders);
    QVERIFY2(!p.error.isError(), qPrintable(p.error.toString()));
    const WriteOutcome replaced = p.byFile.value(logo.userPrincipalName + QStringLiteral(".jpg"));
    QCOMPARE(replaced.action, QStringLiteral("replace"));
    QVERIFY(replaced.warnings.contains(QStringLiteral("placeholder")));
    QCOMPARE(replaced.before.status, PhotoStatus::Placeholder);
    QCOMPARE(p.byFile.value(real.userPrincipalName + QStringLiteral(".jpg")).action, QStringLiteral("skip"));
}

void TestImportPlan::displayNameIsMatchedNfcAndCaseInsensitively()
{
    // A name with letters that decompose (NFD, as macOS writes file names), upper-cased.
    const DemoUser* accented = nullptr;
    for (const DemoUser& u : m_emulator->tenant().users()) {
        if (u.displayName.normalized(QString::NormalizationForm_D) != u.displayName && !u.guest) {
            accented = &u;
            break;
        }
    }
    if (!accented) {
        QSKIP("the demo tenant has no name with accents");
    }
    QTemporaryDir dir;
    const QString name = accented->displayName.toUpper().normalized(QString::NormalizationForm_D);
    QVERIFY(writeFile(dir.filePath(name + QStringLiteral(".jpg")), encoded(picture(300, 300), "JPEG")));
    ImportOptions options;
    options.rule = PhotoMatcher::Rule::DisplayName;
    const Plan p = plan(dir.path(), options);
    QVERIFY2(!p.error.isError(), qPrintable(p.error.toString()));
    QCOMPARE(p.byFile.size(), 1);
    const WriteOutcome o = p.byFile.begin().value();
    QCOMPARE(o.task.principal.id, accented->id);
    QCOMPARE(o.task.matchedBy, QStringLiteral("displayName"));

    // Not with the default rule: names repeat, so they are matched only when asked.
    const Plan byDefault = plan(dir.path(), ImportOptions{});
    QCOMPARE(byDefault.byFile.begin().value().action, QStringLiteral("unmatched"));
}

void TestImportPlan::uploadIsUprightSquareAndNeverUpscaled()
{
    // A landscape picture stored sideways with an EXIF orientation: decoded upright, cropped to a centred square.
    // EXIF orientation 6 (turn 90° clockwise to view), as a camera held upright writes it: an APP1 block right
    // after the start-of-image marker.
    QByteArray sideways = encoded(picture(600, 300), "JPEG");
    const QByteArray exif = QByteArray::fromHex("ffe10022" // APP1, 34 bytes
                                                "457869660000" // "Exif\0\0"
                                                "4d4d002a00000008" // big-endian TIFF, first IFD at 8
                                                "0001" // one entry
                                                "011200030000000100060000" // Orientation, SHORT, 1, value 6
                                                "00000000"); // no next IFD
    sideways.insert(2, exif);
    UploadOptions options;
    options.maxEdge = 200;
    const UploadImage up = UploadImage::prepare(sideways, options);
    QVERIFY2(up.ok, qPrintable(up.error));
    QCOMPARE(QSize(up.width, up.height), QSize(300, 600)); // upright: turned a quarter
    QCOMPARE(QSize(up.uploadWidth, up.uploadHeight), QSize(200, 200));
    QVERIFY(up.warnings.contains(QStringLiteral("rotated")));
    QVERIFY(up.warnings.contains(QStringLiteral("cropped")));
    QVERIFY(up.warnings.contains(QStringLiteral("scaled")));
    QVERIFY(up.jpeg.startsWith("\xFF\xD8\xFF"));

    // Small images stay small.
    options.maxEdge = 648;
    const UploadImage small = UploadImage::prepare(encoded(picture(120, 100), "PNG"), options);
    QVERIFY(small.ok);
    QCOMPARE(QSize(small.uploadWidth, small.uploadHeight), QSize(100, 100));
    QVERIFY(!small.warnings.contains(QStringLiteral("scaled")));
    // Without cropping the frame is kept.
    options.crop = UploadOptions::Crop::None;
    const UploadImage framed = UploadImage::prepare(encoded(picture(120, 100), "PNG"), options);
    QCOMPARE(QSize(framed.uploadWidth, framed.uploadHeight), QSize(120, 100));
}

void TestImportPlan::jpegThatNeedsNothingIsSentAsItIs()
{
    const QByteArray jpeg = encoded(picture(300, 300), "JPEG");
    const UploadImage up = UploadImage::prepare(jpeg, UploadOptions{});
    QVERIFY(up.ok);
    QCOMPARE(up.jpeg, jpeg);
    QVERIFY(up.warnings.isEmpty());
    QCOMPARE(up.uploadSha256, up.sha256);
    // Checked by a scaled decode, it still reports its own size, and none under --min-edge passes.
    QCOMPARE(QSize(up.width, up.height), QSize(300, 300));
    QCOMPARE(QSize(up.uploadWidth, up.uploadHeight), QSize(300, 300));
    UploadOptions strict;
    strict.minEdge = 301;
    QCOMPARE(UploadImage::prepare(jpeg, strict).errorCode, QStringLiteral("too-small"));
    // That decode reads every byte: a JPEG whose headers are whole but whose image data holds a marker that is none,
    // half-way, is refused as before (a check of the headers alone would pass it).
    QByteArray damaged = jpeg;
    const qsizetype scan = damaged.indexOf(QByteArrayLiteral("\xff\xda"));
    QVERIFY(scan > 0);
    const qsizetype data = scan + 2 + (uchar(damaged.at(scan + 2)) << 8 | uchar(damaged.at(scan + 3)));
    const qsizetype half = data + (damaged.size() - data) / 2;
    damaged[half] = '\xff';
    damaged[half + 1] = '\x24';
    QBuffer header(&damaged);
    QVERIFY(QImageReader(&header).size().isValid());
    const UploadImage bad = UploadImage::prepare(damaged, UploadOptions{});
    QVERIFY(!bad.ok);
    QCOMPARE(bad.errorCode, QStringLiteral("not-an-image"));
}

void TestImportPlan::badMapIsAnError()
{
    QTemporaryDir dir;
    const QString map = dir.filePath(QStringLiteral("map.csv"));
    QVERIFY(writeFile(map, "name;user\nx.jpg;y\n"));
    ImportOptions options;
    options.mapFile = map;
    const Plan p = plan(dir.path(), options);
    QCOMPARE(p.error.code, QStringLiteral("bad-map"));
}

QTEST_MAIN(TestImportPlan)
#include "TestImportPlan.moc"
