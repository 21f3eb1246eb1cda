// ExportJob against GraphEmulator on loopback: byte-identical files, the manifest, incremental runs, repair,
// prune, size fallback, formats, dry runs, abort and resume, and folders that try to lead elsewhere.
#include "base/TokenProvider.h"
#include "bulk/ExportJob.h"
#include "bulk/ExportManifest.h"
#include "emulator/DemoTenant.h"
#include "emulator/GraphEmulator.h"
#include "graph/GraphClient.h"
#include "graph/RequestScheduler.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <unistd.h>

using namespace Portrait;

namespace {

struct Run
{
    ExportJob::Counts counts;
    QList<ExportRecord> records;
    GraphError error;
    int valueRequests = 0; ///< photo operations for bytes
    int photoRequests = 0; ///< every photo operation
};

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList leftovers(const QString& dir)
{
    QStringList list;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.endsWith(QLatin1String(".jpg")) && !path.endsWith(QLatin1String(".png"))
            && !path.endsWith(ExportManifest::fileName()) && !path.endsWith(QLatin1String("keep.txt"))) {
            list.append(path);
        }
    }
    return list;
}

} // namespace

class TestExportJob : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void freshExportIsByteIdentical();
    void incrementalRunWritesNothing();
    void missingAndCorruptFilesAreRewritten();
    void bumpedPhotoIsTheOnlyOneFetched();
    void pruneRemovesOnlyManifestFiles();
    void sizeFallsBackToNearestSmaller();
    void convertedAndScaledOutputs_data();
    void convertedAndScaledOutputs();
    void dryRunWritesNothing();
    void abortThenResumeCompletes();
    void aCancelLeavesDiskManifestAndCountsAgreeing();
    void symlinkInTheFolderIsNotFollowed();
    void manifestThroughALinkIsRefused_data();
    void manifestThroughALinkIsRefused();
    void foreignFolderIsRefusedUnlessAllowed();
    void onlyPortraitsTemporariesAreSwept();
    void badTemplateFailsTheRun();

private:
    Run exportTo(const QString& dir, const QList<ItemPath>& scopes, ExportOptions options, int abortAfter = -1);
    QList<ItemPath> everything() const;
    QString tenantPhotoId(const ExportRecord& r) const { return r.object.id; }

    GraphEmulator* m_emulator = nullptr;
    StaticTokenProvider* m_tokens = nullptr;
    GraphClient* m_client = nullptr;
    RequestScheduler* m_scheduler = nullptr;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestExportJob::initTestCase()
{
    m_emulator = new GraphEmulator(DemoTenantOptions{}, this);
    QVERIFY(m_emulator->listen(0));
    m_tokens = new StaticTokenProvider(m_emulator->accessToken(), this);
    m_client = new GraphClient(GraphRoot::parse(m_emulator->graphRoot().toString()), m_tokens, nullptr, this);
    m_scheduler = new RequestScheduler(m_client, this);
}

void TestExportJob::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QList<ItemPath> TestExportJob::everything() const
{
    return {ItemPath::users(), ItemPath::groups(), ItemPath::contacts(), ItemPath::contactFolders()};
}

Run TestExportJob::exportTo(const QString& dir, const QList<ItemPath>& scopes, ExportOptions options, int abortAfter)
{
    options.outDir = dir;
    m_emulator->clearRequestLog();
    ExportJob job(m_scheduler, scopes, options);
    Run run;
    connect(&job, &ExportJob::recordReady, this, [&run, &job, abortAfter](const ExportRecord& r) {
        run.records.append(r);
        if (abortAfter >= 0 && run.records.size() == abortAfter) {
            job.abort();
        }
    });
    QSignalSpy finished(&job, &ExportJob::finished);
    job.start();
    if (!finished.wait(60000)) {
        qWarning("export did not finish");
    }
    run.counts = job.counts();
    run.error = job.error();
    // What the job asked of the scheduler (the scheduler may carry them in `$batch` requests).
    run.valueRequests = int(run.counts.bytesRequests);
    run.photoRequests = int(run.counts.bytesRequests + run.counts.metadataRequests);
    return run;
}

void TestExportJob::freshExportIsByteIdentical()
{
    const Run run = exportTo(m_dir->path(), everything(), {});
    QVERIFY2(!run.error.isError(), qPrintable(run.error.toString()));
    const DemoTenant& t = m_emulator->tenant();
    QCOMPARE(run.records.size(), t.users().size() + t.groups().size() + t.allContacts().size());
    QCOMPARE(run.counts.failed, 0);
    QVERIFY(run.counts.written > 100);
    // One photo request per principal: `$value` only.
    QCOMPARE(run.photoRequests, run.records.size());
    QCOMPARE(run.valueRequests, run.records.size());

    ExportManifest manifest;
    QVERIFY(manifest.load(m_dir->path()));
    QCOMPARE(manifest.size(), run.counts.written);
    for (const ExportRecord& r : run.records) {
        const PhotoAsset asset = t.photo(r.object.id);
        if (r.action == ExportAction::Skipped) {
            QVERIFY2(asset.isNull(), qPrintable(r.object.path.toString()));
            QVERIFY(r.file.isEmpty());
            continue;
        }
        QCOMPARE(r.action, ExportAction::Written);
        const QByteArray bytes = readAll(QDir(m_dir->path()).filePath(r.file));
        QVERIFY2(bytes == asset.bytes, qPrintable(r.file));
        QCOMPARE(r.photo.etag, asset.etag);
        const ExportManifestEntry* e = manifest.find(r.object.path.toString());
        QVERIFY(e);
        QCOMPARE(e->file, r.file);
        QCOMPARE(e->etag, asset.etag);
        QCOMPARE(e->bytes, qint64(asset.bytes.size()));
        QCOMPARE(e->sha256, QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(e->mediaType, QString::fromLatin1(asset.mediaType));
        QCOMPARE(e->width, asset.width);
        QCOMPARE(e->height, asset.height);
        QVERIFY(r.file.startsWith(r.object.kindName() + u'/'));
        const QJsonObject json = r.toJson();
        QCOMPARE(json.value(QLatin1String("action")).toString(), QStringLiteral("written"));
        QCOMPARE(json.value(QLatin1String("file")).toString(), r.file);
        QCOMPARE(json.value(QLatin1String("sha256")).toString(), e->sha256);
    }
    QVERIFY2(leftovers(m_dir->path()).isEmpty(), qPrintable(leftovers(m_dir->path()).join(u' ')));
}

void TestExportJob::incrementalRunWritesNothing()
{
    const Run first = exportTo(m_dir->path(), everything(), {});
    QVERIFY(!first.error.isError());
    // Age every file: whatever is rewritten gets a new modification time.
    const QDateTime old(QDate(2001, 2, 3), QTime(4, 5, 6), Qt::UTC);
    QStringList files;
    QDirIterator it(m_dir->path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files.append(it.next());
        QFile f(files.constLast());
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(old, QFileDevice::FileModificationTime));
    }
    ExportOptions incremental;
    incremental.incremental = true;
    const Run second = exportTo(m_dir->path(), everything(), incremental);
    QVERIFY(!second.error.isError());
    for (const QString& path : files) {
        QVERIFY2(QFileInfo(path).lastModified().toUTC() == old, qPrintable(path));
    }
    QCOMPARE(second.counts.written, 0);
    QCOMPARE(second.counts.unchanged, first.counts.written);
    QCOMPARE(second.counts.skipped, first.counts.skipped);
    // An unchanged record has `bytes` and `sha256` as every export record with a file does: the file was hashed.
    for (const ExportRecord& r : second.records) {
        if (r.action != ExportAction::Unchanged) {
            continue;
        }
        const PhotoAsset asset = m_emulator->tenant().photo(r.object.id);
        const QJsonObject json = r.toJson();
        QCOMPARE(json.value(QLatin1String("bytes")).toInteger(), asset.bytes.size());
        QCOMPARE(json.value(QLatin1String("sha256")).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(asset.bytes, QCryptographicHash::Sha256).toHex()));
        QVERIFY(!json.contains(QLatin1String("fileSha256")));
    }
    // Metadata only for what the manifest knows; `$value` only for principals without a photo (404).
    QCOMPARE(second.valueRequests, int(first.counts.skipped));
}

void TestExportJob::missingAndCorruptFilesAreRewritten()
{
    const Run first = exportTo(m_dir->path(), {ItemPath::users()}, {});
    QList<ExportRecord> written;
    for (const ExportRecord& r : first.records) {
        if (r.action == ExportAction::Written) {
            written.append(r);
        }
    }
    QVERIFY(written.size() > 3);
    const QDir dir(m_dir->path());
    QVERIFY(QFile::remove(dir.filePath(written.at(0).file)));
    {
        QFile f(dir.filePath(written.at(1).file));
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(f.size() / 2);
        f.write("garbage");
    }
    ExportOptions incremental;
    incremental.incremental = true;
    const Run second = exportTo(m_dir->path(), {ItemPath::users()}, incremental);
    QCOMPARE(second.counts.written, 2);
    QCOMPARE(second.counts.unchanged, first.counts.written - 2);
    QCOMPARE(second.valueRequests, int(first.counts.skipped) + 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(readAll(dir.filePath(written.at(i).file)), m_emulator->tenant().photo(written.at(i).object.id).bytes);
    }
}

void TestExportJob::bumpedPhotoIsTheOnlyOneFetched()
{
    const Run first = exportTo(m_dir->path(), {ItemPath::users()}, {});
    QString bumped;
    for (const ExportRecord& r : first.records) {
        if (r.action == ExportAction::Written && r.object.id != m_emulator->tenant().me().id) {
            bumped = r.object.id;
            break;
        }
    }
    QVERIFY(m_emulator->tenant().bumpPhoto(bumped));
    ExportOptions incremental;
    incremental.incremental = true;
    const Run second = exportTo(m_dir->path(), {ItemPath::users()}, incremental);
    QCOMPARE(second.counts.written, 1);
    QCOMPARE(second.valueRequests, int(first.counts.skipped) + 1);
    for (const ExportRecord& r : second.records) {
        if (r.action == ExportAction::Written) {
            QCOMPARE(r.object.id, bumped);
            QCOMPARE(readAll(QDir(m_dir->path()).filePath(r.file)), m_emulator->tenant().photo(bumped).bytes);
            QCOMPARE(r.photo.etag, m_emulator->tenant().photoEtag(bumped));
        }
    }
    ExportManifest manifest;
    QVERIFY(manifest.load(m_dir->path()));
    QCOMPARE(manifest.find(QStringLiteral("users/") + bumped)->etag, m_emulator->tenant().photoEtag(bumped));
}

void TestExportJob::pruneRemovesOnlyManifestFiles()
{
    DemoUser extra;
    extra.displayName = QStringLiteral("Leaving Soon");
    extra.givenName = QStringLiteral("Leaving");
    extra.surname = QStringLiteral("Soon");
    extra.photo.state = PhotoState::Present;
    extra.photo.edge = 96;
    const QString id = m_emulator->tenant().addUser(extra);
    QVERIFY(m_emulator->tenant().photo(id).bytes.size() > 0);
    const Run first = exportTo(m_dir->path(), {ItemPath::users()}, {});
    QString file;
    for (const ExportRecord& r : first.records) {
        if (r.object.id == id) {
            file = r.file;
        }
    }
    QVERIFY(!file.isEmpty());
    const QDir dir(m_dir->path());
    QVERIFY(QFileInfo::exists(dir.filePath(file)));
    {
        QFile keep(dir.filePath(QStringLiteral("user/keep.txt")));
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.write("not ours");
    }
    QVERIFY(m_emulator->tenant().removeUser(id));

    ExportOptions prune;
    prune.incremental = true;
    prune.prune = true;
    prune.dryRun = true;
    const Run dry = exportTo(m_dir->path(), {ItemPath::users()}, prune);
    QCOMPARE(dry.counts.removed, 1);
    QVERIFY(QFileInfo::exists(dir.filePath(file)));

    prune.dryRun = false;
    const Run second = exportTo(m_dir->path(), {ItemPath::users()}, prune);
    QCOMPARE(second.counts.removed, 1);
    QCOMPARE(second.counts.written, 0);
    QVERIFY(!QFileInfo::exists(dir.filePath(file)));
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("user/keep.txt"))));
    ExportManifest manifest;
    QVERIFY(manifest.load(m_dir->path()));
    QVERIFY(!manifest.find(QStringLiteral("users/") + id));
    QCOMPARE(manifest.size(), first.counts.written - 1);
}

void TestExportJob::sizeFallsBackToNearestSmaller()
{
    // A user whose uploaded photo is smaller than 360x360: the nearest smaller size is the largest one.
    const DemoUser* small = nullptr;
    for (const DemoUser& u : m_emulator->tenant().users()) {
        if (u.photo.hasPhoto() && u.photo.edge < 360 && u.photo.edge >= 48) {
            small = &u;
            break;
        }
    }
    if (!small) {
        DemoUser u;
        u.displayName = QStringLiteral("Small Photo");
        u.photo.state = PhotoState::Present;
        u.photo.edge = 120;
        small = m_emulator->tenant().findUser(m_emulator->tenant().addUser(u));
    }
    const QString id = small->id;
    const int edge = small->photo.edge;
    ExportOptions options;
    options.sizeId = QStringLiteral("360x360");
    const Run run = exportTo(m_dir->path(), {ItemPath::user(id), ItemPath::me()}, options);
    QCOMPARE(run.records.size(), 2);
    for (const ExportRecord& r : run.records) {
        QCOMPARE(r.action, ExportAction::Written);
        const QByteArray bytes = readAll(QDir(m_dir->path()).filePath(r.file));
        if (r.object.id == id) {
            QVERIFY(r.sizeFallback);
            QCOMPARE(r.requestedSizeId, QStringLiteral("360x360"));
            QCOMPARE(r.toJson().value(QLatin1String("sizeFallback")).toBool(), true);
            QCOMPARE(bytes, m_emulator->tenant().photo(id, edge).bytes);
            QCOMPARE(r.photo.width, edge);
        } else {
            QVERIFY(!r.sizeFallback);
            QCOMPARE(bytes, m_emulator->tenant().photo(r.object.id, 360).bytes);
            QCOMPARE(r.photo.width, 360);
        }
    }
}

void TestExportJob::convertedAndScaledOutputs_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("maxEdge");
    QTest::addColumn<QString>("mediaType");
    QTest::newRow("jpeg, full size") << int(ExportFormat::Jpeg) << 0 << QStringLiteral("image/jpeg");
    QTest::newRow("png, max edge 64") << int(ExportFormat::Png) << 64 << QStringLiteral("image/png");
    QTest::newRow("jpeg, max edge 100") << int(ExportFormat::Jpeg) << 100 << QStringLiteral("image/jpeg");
    QTest::newRow("original, max edge 50") << int(ExportFormat::Original) << 50 << QString();
}

void TestExportJob::convertedAndScaledOutputs()
{
    QFETCH(int, format);
    QFETCH(int, maxEdge);
    QFETCH(QString, mediaType);
    ExportOptions options;
    options.format = ExportFormat(format);
    options.maxEdge = maxEdge;
    options.quality = 80;
    const Run run = exportTo(m_dir->path(), {ItemPath::contacts()}, options);
    QVERIFY(run.counts.written > 0);
    QCOMPARE(run.counts.failed, 0);
    ExportManifest manifest;
    QVERIFY(manifest.load(m_dir->path()));
    for (const ExportRecord& r : run.records) {
        if (r.action != ExportAction::Written) {
            continue;
        }
        const PhotoAsset asset = m_emulator->tenant().photo(r.object.id);
        const QImage image(QDir(m_dir->path()).filePath(r.file));
        QVERIFY2(!image.isNull(), qPrintable(r.file));
        const int expectedEdge = maxEdge > 0 ? qMin(maxEdge, asset.width) : asset.width;
        QCOMPARE(qMax(image.width(), image.height()), expectedEdge);
        const QString type = mediaType.isEmpty() ? QString::fromLatin1(asset.mediaType) : mediaType;
        QCOMPARE(manifest.find(r.object.path.toString())->mediaType, type);
        QCOMPARE(manifest.find(r.object.path.toString())->width, image.width());
        QVERIFY(r.file.endsWith(type == QLatin1String("image/png") ? QLatin1String(".png") : QLatin1String(".jpg")));
    }
    // Again, incrementally: nothing is written, and each record says what Graph served and what the file is.
    options.incremental = true;
    const Run again = exportTo(m_dir->path(), {ItemPath::contacts()}, options);
    QCOMPARE(again.counts.written, 0);
    QCOMPARE(again.counts.unchanged, run.counts.written);
    for (const ExportRecord& r : again.records) {
        if (r.action != ExportAction::Unchanged) {
            continue;
        }
        const PhotoAsset asset = m_emulator->tenant().photo(r.object.id);
        const QJsonObject json = r.toJson();
        const QByteArray file = readAll(QDir(m_dir->path()).filePath(r.file));
        QCOMPARE(json.value(QLatin1String("bytes")).toInteger(), asset.bytes.size());
        QCOMPARE(json.value(QLatin1String("sha256")).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(asset.bytes, QCryptographicHash::Sha256).toHex()));
        if (file != asset.bytes) {
            QCOMPARE(json.value(QLatin1String("fileBytes")).toInteger(), file.size());
            QCOMPARE(json.value(QLatin1String("fileSha256")).toString(),
                     QString::fromLatin1(QCryptographicHash::hash(file, QCryptographicHash::Sha256).toHex()));
        }
    }
}

void TestExportJob::dryRunWritesNothing()
{
    const QString out = QDir(m_dir->path()).filePath(QStringLiteral("not-yet"));
    ExportOptions options;
    options.dryRun = true;
    const Run run = exportTo(out, {ItemPath::groups()}, options);
    QVERIFY(!run.error.isError());
    QVERIFY(run.counts.written > 0);
    QCOMPARE(run.valueRequests, 0);
    QVERIFY(!QFileInfo::exists(out));
    for (const ExportRecord& r : run.records) {
        QVERIFY(r.dryRun);
        if (r.action == ExportAction::Written) {
            QVERIFY(r.file.startsWith(QLatin1String("group/")));
        }
    }
}

void TestExportJob::abortThenResumeCompletes()
{
    const Run cut = exportTo(m_dir->path(), {ItemPath::users()}, {}, 40);
    QCOMPARE(cut.error.kind, GraphError::Kind::Cancelled);
    QVERIFY(cut.records.size() >= 40 && cut.records.size() < m_emulator->tenant().users().size());
    QVERIFY2(leftovers(m_dir->path()).isEmpty(), qPrintable(leftovers(m_dir->path()).join(u' ')));
    ExportOptions resume;
    resume.incremental = true;
    const Run rest = exportTo(m_dir->path(), {ItemPath::users()}, resume);
    QVERIFY(!rest.error.isError());
    QCOMPARE(rest.records.size(), m_emulator->tenant().users().size());
    QCOMPARE(rest.counts.failed, 0);
    QVERIFY(rest.counts.unchanged > 0);
    ExportManifest manifest;
    QVERIFY(manifest.load(m_dir->path()));
    for (const ExportRecord& r : rest.records) {
        if (r.action == ExportAction::Written || r.action == ExportAction::Unchanged) {
            QCOMPARE(readAll(QDir(m_dir->path()).filePath(r.file)), m_emulator->tenant().photo(r.object.id).bytes);
            QVERIFY(manifest.find(r.object.path.toString()));
        }
    }
    QVERIFY(leftovers(m_dir->path()).isEmpty());
}

void TestExportJob::aCancelLeavesDiskManifestAndCountsAgreeing()
{
    // Issue 15: "Cancelled after 0.5 s. 26 written", 26 in the manifest, 78 files on disk. Converting every photo
    // to PNG keeps the file threads busy, so that many writes are queued or under way when the run is cancelled.
    ExportOptions options;
    options.format = ExportFormat::Png;
    const Run cut = exportTo(m_dir->path(), {ItemPath::users()}, options, 10);
    QCOMPARE(cut.error.kind, GraphError::Kind::Cancelled);
    // Whatever the job left on the file threads has ended: nothing more can reach the disk.
    ExportJob::filePool()->waitForDone();
    QStringList onDisk;
    QDirIterator it(m_dir->path(), {QStringLiteral("*.png")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        onDisk << QDir(m_dir->path()).relativeFilePath(it.next());
    }
    onDisk.sort();
    ExportManifest manifest;
    QVERIFY(manifest.load(m_dir->path()));
    QStringList listed;
    for (const ExportManifestEntry& e : manifest.entries()) {
        listed << e.file;
    }
    listed.sort();
    QStringList reported;
    for (const ExportRecord& r : cut.records) {
        if (r.action == ExportAction::Written) {
            reported << r.file;
        }
    }
    reported.sort();
    QVERIFY(!onDisk.isEmpty());
    QVERIFY2(onDisk.size() < m_emulator->tenant().users().size(), "the cancel came too late to test anything");
    QCOMPARE(listed, onDisk);
    QCOMPARE(reported, onDisk);
    QCOMPARE(cut.counts.written, qint64(onDisk.size()));
    QVERIFY2(leftovers(m_dir->path()).isEmpty(), qPrintable(leftovers(m_dir->path()).join(u' ')));
}

void TestExportJob::symlinkInTheFolderIsNotFollowed()
{
    QTemporaryDir elsewhere;
    QVERIFY(QFile::link(elsewhere.path(), QDir(m_dir->path()).filePath(QStringLiteral("group"))));
    const Run run = exportTo(m_dir->path(), {ItemPath::groups()}, {});
    QVERIFY(run.counts.failed > 0);
    QCOMPARE(run.counts.written, 0);
    QVERIFY(QDir(elsewhere.path()).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty());
    // A link at a photo's own name, dangling: refused, and nothing is created where it points.
    QVERIFY(QFile::remove(QDir(m_dir->path()).filePath(QStringLiteral("group"))));
    const Run first = exportTo(m_dir->path(), {ItemPath::groups()}, {});
    QString file;
    for (const ExportRecord& r : first.records) {
        if (r.action == ExportAction::Written) {
            file = r.file;
        }
    }
    QVERIFY(!file.isEmpty());
    const QString victim = QDir(elsewhere.path()).filePath(QStringLiteral("victim.jpg"));
    QVERIFY(QFile::remove(QDir(m_dir->path()).filePath(file)));
    QVERIFY(QFile::link(victim, QDir(m_dir->path()).filePath(file)));
    ExportOptions incremental;
    incremental.incremental = true;
    const Run again = exportTo(m_dir->path(), {ItemPath::groups()}, incremental);
    QCOMPARE(again.counts.failed, 1);
    QVERIFY(!QFileInfo::exists(victim));
}

void TestExportJob::manifestThroughALinkIsRefused_data()
{
    QTest::addColumn<bool>("dangling");
    QTest::newRow("dangling link") << true;
    QTest::newRow("link to another manifest") << false;
}

void TestExportJob::manifestThroughALinkIsRefused()
{
    // Another user who can write the folder points portrait-manifest.json elsewhere: Portrait must neither read
    // what is there nor write (or create) anything there.
    QFETCH(bool, dangling);
    QTemporaryDir elsewhere;
    const QString target = QDir(elsewhere.path()).filePath(QStringLiteral("victim.json"));
    const QByteArray before = "{\"version\": 1, \"generator\": \"portrait\", \"entries\": []}\n";
    if (!dangling) {
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(before);
    }
    QVERIFY(QFile::link(target, QDir(m_dir->path()).filePath(ExportManifest::fileName())));
    const Run run = exportTo(m_dir->path(), {ItemPath::groups()}, {});
    QCOMPARE(run.error.code, QStringLiteral("bad-manifest"));
    QVERIFY2(run.error.message.contains(QStringLiteral("symbolic link")), qPrintable(run.error.message));
    QCOMPARE(run.counts.written, 0);
    if (dangling) {
        QVERIFY(!QFileInfo::exists(target));
    } else {
        QCOMPARE(readAll(target), before);
    }
    QVERIFY(QFileInfo(QDir(m_dir->path()).filePath(ExportManifest::fileName())).isSymLink());
    ExportManifest manifest;
    QString error;
    QVERIFY(!manifest.load(m_dir->path(), &error));
    QVERIFY(!manifest.save(m_dir->path(), &error));
    QVERIFY(dangling ? !QFileInfo::exists(target) : readAll(target) == before);
}

void TestExportJob::foreignFolderIsRefusedUnlessAllowed()
{
    if (::geteuid() != 0) {
        QSKIP("making a folder another user owns needs root");
    }
    QVERIFY(::chown(QFile::encodeName(m_dir->path()).constData(), 65534, 65534) == 0);
    const Run refused = exportTo(m_dir->path(), {ItemPath::groups()}, {});
    QCOMPARE(refused.error.code, QStringLiteral("foreign-folder"));
    QVERIFY(refused.records.isEmpty());
    QVERIFY(QDir(m_dir->path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    ExportOptions allowed;
    allowed.allowForeignFolder = true;
    const Run run = exportTo(m_dir->path(), {ItemPath::groups()}, allowed);
    QVERIFY2(!run.error.isError(), qPrintable(run.error.toString()));
    QVERIFY(run.counts.written > 0);
    // A folder the run creates is the user's own.
    const QString fresh = QDir(m_dir->path()).filePath(QStringLiteral("fresh/out"));
    QVERIFY(!exportTo(fresh, {ItemPath::groups()}, {}).error.isError());
}

void TestExportJob::onlyPortraitsTemporariesAreSwept()
{
    // Files that merely look like temporaries are not Portrait's to delete; Portrait's own leftovers are.
    const QDir dir(m_dir->path());
    QVERIFY(dir.mkpath(QStringLiteral("user")));
    const QStringList notOurs{QStringLiteral("user/photo.jpg.orig01"), QStringLiteral("package.json.backup"),
                              QStringLiteral("notes.png.abc123"), QStringLiteral("user/.portrait-0123abcd.tmp")};
    const QString ours = QStringLiteral(".portrait-0123abcd.tmp");
    for (const QString& name : notOurs + QStringList{ours}) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("somebody's data");
    }
    const Run run = exportTo(m_dir->path(), {ItemPath::groups()}, {});
    QVERIFY(!run.error.isError());
    for (const QString& name : notOurs) {
        QVERIFY2(readAll(dir.filePath(name)) == "somebody's data", qPrintable(name));
    }
    QVERIFY(!QFileInfo::exists(dir.filePath(ours)));
}

void TestExportJob::badTemplateFailsTheRun()
{
    ExportOptions options;
    options.nameTemplate = QStringLiteral("{nope}");
    const Run run = exportTo(m_dir->path(), {ItemPath::users()}, options);
    QVERIFY(run.error.isError());
    QCOMPARE(run.error.code, QStringLiteral("bad-template"));
    QVERIFY(run.records.isEmpty());
}

QTEST_MAIN(TestExportJob)
#include "TestExportJob.moc"
