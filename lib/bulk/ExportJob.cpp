#include "ExportJob.h"

#include "bulk/BulkLogging.h"
#include "bulk/ExportWriter.h"
#include "bulk/OutputFolder.h"
#include "bulk/ScopeWalker.h"
#include "graph/FileName.h"
#include "graph/RequestScheduler.h"
#include "graph/WhenReady.h"

#include <QDir>
#include <QFileInfo>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

namespace Portrait {

namespace {

/// Principals in progress at once (fetching, converting or writing): enough to keep the scheduler busy
/// while files are written, few enough that memory stays flat.
constexpr int kMaxActive = 64;
/// The manifest is saved at most this often while a run goes on (and always at the end).
constexpr qint64 kSaveIntervalMs = 2000;

const QList<int>& graphSizes()
{
    static const QList<int> sizes{48, 64, 96, 120, 240, 360, 432, 504, 648};
    return sizes;
}

int edgeOf(const QString& sizeId)
{
    return sizeId.section(u'x', 0, 0, QString::SectionCaseInsensitiveSeps).toInt();
}

QString sizeLabel(int width, int height)
{
    return width > 0 && height > 0 ? QStringLiteral("%1x%2").arg(width).arg(height) : QString();
}

} // namespace

struct ExportJob::Work
{
    DirectoryObject object;
    QString path; ///< object.path.toString()
    std::optional<ExportManifestEntry> entry; ///< what the manifest knew before this run
    QString requestedSizeId; ///< the size asked for (empty: the largest)
    QString usedSizeId; ///< the size the bytes come from
    bool fallback = false;
    QList<int> smaller; ///< sizes still to try after a fallback
};

ExportJob::ExportJob(RequestScheduler* scheduler, const QList<ItemPath>& scopes, const ExportOptions& options,
                     QObject* parent)
    : Task(parent)
    , m_scheduler(scheduler)
    , m_scopes(scopes)
    , m_options(options)
    , m_template(options.nameTemplate)
    , m_variant(options.variant())
{ }

QThreadPool* ExportJob::filePool()
{
    // File work (hashing, converting, atomic writes with their fsync) is I/O-bound: it gets its own few
    // threads instead of the CPU-sized global pool, which the GUI also uses for decoding.
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool;
        p->setMaxThreadCount(6);
        p->setExpiryTimeout(2000);
        return p;
    }();
    return pool;
}

ExportJob::~ExportJob()
{
    // Deleted while running (not the way to stop: abort() is): writes not started yet are dropped. Nothing
    // waits here for those under way; a later run's manifest does not know them and writes them again.
    if (m_stop) {
        m_stop->store(true);
    }
}

QString ExportJob::sizeIdFor(const DirectoryObject& object) const
{
    return object.path.supportsPhotoSizes() ? m_options.sizeId : QString();
}

void ExportJob::run()
{
    m_requests = new QObject(this);
    m_stop = std::make_shared<std::atomic<bool>>(false);
    if (!m_template.isValid()) {
        finishWith(
            GraphError::make(GraphError::Kind::Protocol, m_template.errorString(), QStringLiteral("bad-template")));
        return;
    }
    if (m_options.outDir.isEmpty() || !m_scheduler || !m_scheduler->client()) {
        finishWith(GraphError::make(GraphError::Kind::Protocol,
                                    trMessage(staticMetaObject.className(), QT_TR_NOOP("no output folder")),
                                    QStringLiteral("bad-folder")));
        return;
    }
    const QFileInfo dir(m_options.outDir);
    if (dir.exists() && !dir.isDir()) {
        finishWith(GraphError::make(
            GraphError::Kind::Protocol,
            trMessage(staticMetaObject.className(), QT_TR_NOOP("'%1' is not a folder")).arg(m_options.outDir),
            QStringLiteral("bad-folder")));
        return;
    }
    if (!m_options.allowForeignFolder && !OutputFolder::isOwnedByUser(m_options.outDir)) {
        finishWith(GraphError::make(GraphError::Kind::Protocol,
                                    trMessage(staticMetaObject.className(),
                                              QT_TR_NOOP("'%1' belongs to another user, who could redirect what is "
                                                         "written there: choose a folder of your own"))
                                        .arg(m_options.outDir),
                                    QStringLiteral("foreign-folder")));
        return;
    }
    if (!m_options.dryRun && !QDir().mkpath(m_options.outDir)) {
        finishWith(GraphError::make(
            GraphError::Kind::Protocol,
            trMessage(staticMetaObject.className(), QT_TR_NOOP("cannot create the folder '%1'")).arg(m_options.outDir),
            QStringLiteral("bad-folder")));
        return;
    }
    QString error;
    if (!m_manifest.load(m_options.outDir, &error)) {
        finishWith(GraphError::make(GraphError::Kind::Protocol,
                                    trMessage(staticMetaObject.className(),
                                              QT_TR_NOOP("cannot read %1 in '%2': %3 (move it away to start afresh)"))
                                        .arg(ExportManifest::fileName(), m_options.outDir, error),
                                    QStringLiteral("bad-manifest")));
        return;
    }
    m_names.reserve(QString(), ExportManifest::fileName());
    QSet<QString> listed;
    for (const ExportManifestEntry& e : m_manifest.entries()) {
        m_names.reserve(e.path, e.file);
        listed.insert(e.file);
    }
    if (m_options.dryRun) {
        begin();
        return;
    }
    // A run killed while a QSaveFile was open may have left its temporary file; clear those first (off the
    // event loop: the folder may be large).
    whenReady(m_requests,
              QtConcurrent::run(filePool(), &ExportWriter::removeStaleTemporaries, m_options.outDir, listed),
              [this](int) { begin(); });
}

void ExportJob::begin()
{
    if (m_finishing) {
        return;
    }
    m_sinceSave.start();
    m_walker = new ScopeWalker(m_scheduler->client(), m_scopes, this);
    m_walker->setTransitive(m_options.transitive);
    connect(m_walker, &ScopeWalker::principalsFound, this, &ExportJob::onFound);
    connect(m_walker, &ScopeWalker::finished, this, &ExportJob::onWalkFinished);
    m_walker->start();
}

void ExportJob::stop()
{
    finishWith(GraphError::make(GraphError::Kind::Cancelled,
                                trMessage(staticMetaObject.className(), QT_TR_NOOP("the export was cancelled")),
                                QStringLiteral("cancelled")));
}

void ExportJob::onFound(const QList<DirectoryObject>& principals)
{
    for (const DirectoryObject& o : principals) {
        if (o.kind == DirectoryObject::Kind::ContactFolder || !o.isValid()) {
            continue;
        }
        m_pending.push_back(o);
        ++m_found;
    }
    emit progress(m_done, m_found);
    pump();
}

void ExportJob::onWalkFinished()
{
    if (m_walker->hasError()) {
        finishWith(m_walker->error());
        return;
    }
    m_walkFinished = true;
    emit progress(m_done, m_found);
    checkDone();
}

void ExportJob::pump()
{
    while (!m_finishing && m_active < kMaxActive && !m_pending.empty()) {
        auto work = std::make_shared<Work>();
        work->object = std::move(m_pending.front());
        m_pending.pop_front();
        work->path = work->object.path.toString();
        if (m_seen.contains(work->path)) {
            continue;
        }
        m_seen.insert(work->path);
        ++m_active;
        process(work);
    }
}

void ExportJob::process(const WorkPtr& work)
{
    if (const ExportManifestEntry* e = m_manifest.find(work->path)) {
        work->entry = *e;
    }
    work->requestedSizeId = sizeIdFor(work->object);
    const bool knownBefore = work->entry && work->entry->variant == m_variant && !work->entry->etag.isEmpty();
    if (m_options.incremental && knownBefore) {
        // Metadata first: a cheap JSON answer tells whether the bytes on disk are still current.
        ++m_counts.metadataRequests;
        m_scheduler->fetchPhoto(work->object.path, PhotoJob::Mode::MetadataOnly, work->entry->sizeId, m_requests,
                                [this, work](const PhotoInfo& info) { onIncrementalMetadata(work, info); });
        return;
    }
    if (m_options.dryRun) {
        work->usedSizeId = work->requestedSizeId;
        ++m_counts.metadataRequests;
        m_scheduler->fetchPhoto(work->object.path, PhotoJob::Mode::MetadataOnly, work->requestedSizeId, m_requests,
                                [this, work](const PhotoInfo& info) { onPhoto(work, info); });
        return;
    }
    fetchBytes(work, work->requestedSizeId);
}

void ExportJob::fetchBytes(const WorkPtr& work, const QString& sizeId)
{
    work->usedSizeId = sizeId;
    const PhotoJob::Mode mode = m_options.dryRun ? PhotoJob::Mode::MetadataOnly : PhotoJob::Mode::BytesOnly;
    ++(m_options.dryRun ? m_counts.metadataRequests : m_counts.bytesRequests);
    m_scheduler->fetchPhoto(work->object.path, mode, sizeId, m_requests,
                            [this, work](const PhotoInfo& info) { onPhoto(work, info); });
}

bool ExportJob::authFailed(const PhotoInfo& info)
{
    if (info.error.isAuthFailure()) {
        finishWith(info.error);
        return true;
    }
    return false;
}

void ExportJob::onIncrementalMetadata(const WorkPtr& work, const PhotoInfo& info)
{
    if (authFailed(info)) {
        return;
    }
    const ExportManifestEntry& entry = *work->entry;
    if (info.status == PhotoStatus::Photo && info.etag == entry.etag) {
        // Same photo. Unchanged only if the name still follows the template and the file hashes right.
        const QString ext = FileName::extensionFor(entry.mediaType);
        const QString wanted
            = m_template.expand(NameFields::of(work->object, sizeLabel(entry.width, entry.height), entry.etag, ext));
        const QString file = m_names.claim(work->path, wanted);
        if (file != entry.file) {
            m_names.release(work->path, file);
            fetchBytes(work, work->requestedSizeId);
            return;
        }
        whenReady(m_requests,
                  QtConcurrent::run(filePool(), &ExportWriter::verify, m_options.outDir, entry.file, entry.sha256,
                                    entry.bytes),
                  [this, work, info](bool intact) {
                      const ExportManifestEntry& entry = *work->entry;
                      // The file is Graph's bytes, or a conversion whose source the manifest keeps; a conversion
                      // listed by an older Portrait does not say what Graph served.
                      const bool converted = !entry.sourceSha256.isEmpty();
                      const bool sourceKnown = converted
                          || (m_options.format == ExportFormat::Original && entry.width == info.width
                              && entry.height == info.height);
                      if (!intact || !sourceKnown) {
                          // Missing or damaged on disk: fetch the same size again and rewrite it.
                          fetchBytes(work, entry.sizeId);
                          return;
                      }
                      ExportRecord record;
                      record.object = work->object;
                      record.photo = info;
                      // The file was just hashed to decide "unchanged": its record has bytes and sha256 too.
                      record.photo.bytes = converted ? entry.sourceBytes : entry.bytes;
                      record.photo.sha256 = converted ? entry.sourceSha256 : entry.sha256;
                      record.converted = converted;
                      record.fileBytes = entry.bytes;
                      record.fileSha256 = entry.sha256;
                      record.fileMediaType = entry.mediaType;
                      record.fileWidth = entry.width;
                      record.fileHeight = entry.height;
                      record.action = ExportAction::Unchanged;
                      record.file = entry.file;
                      record.dryRun = m_options.dryRun;
                      complete(work, record);
                  });
        return;
    }
    if (info.status == PhotoStatus::Photo || (info.status == PhotoStatus::None && !entry.sizeId.isEmpty())) {
        // A new photo (or the size the file came from is gone): start over from the size asked for.
        fetchBytes(work, work->requestedSizeId);
        return;
    }
    completeWithoutPhoto(work, info);
}

void ExportJob::onPhoto(const WorkPtr& work, const PhotoInfo& info)
{
    if (authFailed(info)) {
        return;
    }
    if (info.hasPhoto()) {
        writePhoto(work, info);
        return;
    }
    if (info.status == PhotoStatus::None && !work->usedSizeId.isEmpty() && !work->fallback) {
        // That size is missing (or there is no photo at all): the largest photo's metadata tells which.
        work->fallback = true;
        ++m_counts.metadataRequests;
        m_scheduler->fetchPhoto(work->object.path, PhotoJob::Mode::MetadataOnly, QString(), m_requests,
                                [this, work](const PhotoInfo& largest) { onLargestMetadata(work, largest); });
        return;
    }
    if (info.status == PhotoStatus::None && work->fallback && !work->smaller.isEmpty()) {
        tryNextSmallerSize(work);
        return;
    }
    completeWithoutPhoto(work, info);
}

void ExportJob::onLargestMetadata(const WorkPtr& work, const PhotoInfo& info)
{
    if (authFailed(info)) {
        return;
    }
    if (!info.hasPhoto()) {
        work->fallback = false;
        completeWithoutPhoto(work, info);
        return;
    }
    const int requested = edgeOf(work->requestedSizeId);
    const int largest = qMax(info.width, info.height);
    if (largest <= requested) {
        // The largest photo is smaller than the size asked for: it is the nearest smaller one.
        if (m_options.dryRun) {
            work->usedSizeId = info.sizeId;
            writePhoto(work, info);
            return;
        }
        fetchBytes(work, QString());
        work->usedSizeId = info.sizeId;
        return;
    }
    for (auto it = graphSizes().crbegin(); it != graphSizes().crend(); ++it) {
        if (*it < requested) {
            work->smaller.append(*it);
        }
    }
    tryNextSmallerSize(work);
}

void ExportJob::tryNextSmallerSize(const WorkPtr& work)
{
    if (work->smaller.isEmpty()) {
        PhotoInfo none;
        none.status = PhotoStatus::None;
        none.reason = QStringLiteral("size-unavailable");
        completeWithoutPhoto(work, none);
        return;
    }
    const int edge = work->smaller.takeFirst();
    fetchBytes(work, QStringLiteral("%1x%1").arg(edge));
}

void ExportJob::writePhoto(const WorkPtr& work, PhotoInfo info)
{
    if (info.sizeId.isEmpty() && !work->usedSizeId.isEmpty()) {
        info.sizeId = work->usedSizeId;
    }
    const QSize source(info.width, info.height);
    const QString type = ExportWriter::outputMediaType(m_options.format, info.mediaType, source, m_options.maxEdge);
    const QSize target = ExportWriter::outputSize(source, m_options.maxEdge);
    const QString wanted = m_template.expand(NameFields::of(work->object, sizeLabel(target.width(), target.height()),
                                                            info.etag, FileName::extensionFor(type)));
    const QString file = m_names.claim(work->path, wanted);

    ExportRecord record;
    record.object = work->object;
    record.file = file;
    record.dryRun = m_options.dryRun;
    if (work->fallback) {
        record.sizeFallback = true;
        record.requestedSizeId = work->requestedSizeId;
    }
    if (m_options.dryRun) {
        info.data.clear();
        record.photo = info;
        record.action = ExportAction::Written;
        complete(work, record);
        return;
    }
    ExportWriteTask task;
    task.outDir = m_options.outDir;
    task.file = file;
    task.data = std::move(info.data);
    info.data = QByteArray();
    task.mediaType = info.mediaType;
    task.format = m_options.format;
    task.quality = m_options.quality;
    task.maxEdge = m_options.maxEdge;
    record.photo = info;
    // Owned by the job, not by m_requests: a write under way when the run stops still ends here, is counted and
    // goes into the manifest, so that the folder, the manifest and the counts agree. One not yet started when
    // the run stops is dropped on the pool (std::nullopt): nothing of it reaches the disk.
    ++m_writing;
    const auto stop = m_stop;
    whenReady(this,
              QtConcurrent::run(filePool(),
                                [stop, task]() -> std::optional<ExportWriteResult> {
                                    if (stop->load()) {
                                        return std::nullopt;
                                    }
                                    return ExportWriter::write(task);
                                }),
              [this, work, record](const std::optional<ExportWriteResult>& written) mutable {
                  --m_writing;
                  if (!written) {
                      finishWhenWritten();
                      return;
                  }
                  const ExportWriteResult& result = *written;
                  if (!result.ok) {
                      record.action = ExportAction::Failed;
                      record.message = result.error;
                      complete(work, record);
                      return;
                  }
                  record.action = ExportAction::Written;
                  record.fileBytes = result.bytes;
                  record.fileSha256 = result.sha256;
                  record.fileMediaType = result.mediaType;
                  record.fileWidth = result.width;
                  record.fileHeight = result.height;
                  record.converted = result.sha256 != record.photo.sha256;
                  ExportManifestEntry entry;
                  entry.path = work->path;
                  entry.file = record.file;
                  entry.etag = record.photo.etag;
                  entry.sha256 = result.sha256;
                  entry.bytes = result.bytes;
                  entry.mediaType = result.mediaType;
                  entry.width = result.width;
                  entry.height = result.height;
                  entry.sizeId = work->usedSizeId;
                  entry.variant = m_variant;
                  if (record.converted) {
                      entry.sourceSha256 = record.photo.sha256;
                      entry.sourceBytes = record.photo.bytes;
                  }
                  if (work->entry && work->entry->file != entry.file) {
                      // Renamed (template, etag or format changed): the old name is free again.
                      m_names.release(work->path, work->entry->file);
                      QString error;
                      if (m_options.prune) {
                          ExportWriter::removeFile(m_options.outDir, work->entry->file, &error);
                      }
                  }
                  m_manifest.insert(entry);
                  m_counts.bytesWritten += result.bytes;
                  complete(work, record);
              });
}

void ExportJob::completeWithoutPhoto(const WorkPtr& work, const PhotoInfo& info)
{
    ExportRecord record;
    record.object = work->object;
    record.photo = info;
    record.photo.data.clear();
    record.dryRun = m_options.dryRun;
    if (info.status == PhotoStatus::Error) {
        record.action = ExportAction::Failed;
        record.message = info.error.isError() ? info.error.toString() : info.reason;
    } else {
        record.action = ExportAction::Skipped;
    }
    if (work->fallback) {
        record.requestedSizeId = work->requestedSizeId;
    }
    complete(work, record);
}

void ExportJob::complete(const WorkPtr& work, ExportRecord record)
{
    Q_UNUSED(work);
    switch (record.action) {
    case ExportAction::Written:
        ++m_counts.written;
        break;
    case ExportAction::Unchanged:
        ++m_counts.unchanged;
        break;
    case ExportAction::Skipped:
        ++m_counts.skipped;
        break;
    case ExportAction::Failed:
        ++m_counts.failed;
        m_failures.append(record);
        break;
    case ExportAction::Removed:
        ++m_counts.removed;
        break;
    }
    --m_active;
    ++m_done;
    emit recordReady(record);
    emit progress(m_done, m_found);
    if (m_finishing) {
        // A write that was under way when the run stopped (the only work that outlives a stop).
        finishWhenWritten();
        return;
    }
    maybeSaveManifest(false);
    pump();
    checkDone();
}

void ExportJob::maybeSaveManifest(bool force)
{
    if (m_options.dryRun || !m_manifest.isDirty()) {
        return;
    }
    if (!force && m_sinceSave.isValid() && m_sinceSave.elapsed() < kSaveIntervalMs) {
        return;
    }
    m_sinceSave.restart();
    QString error;
    if (!m_manifest.save(m_options.outDir, &error) && force) {
        setError(GraphError::make(GraphError::Kind::Protocol,
                                  trMessage(staticMetaObject.className(), QT_TR_NOOP("cannot write %1: %2"))
                                      .arg(ExportManifest::fileName(), error),
                                  QStringLiteral("manifest-write")));
    }
}

void ExportJob::checkDone()
{
    if (m_finishing || !m_walkFinished || !m_pending.empty() || m_active > 0) {
        return;
    }
    if (m_options.prune) {
        prune();
    }
    finishWith(GraphError{});
}

void ExportJob::prune()
{
    // Only after a complete walk, and only files the manifest lists: nothing else in the folder is ours.
    for (const ExportManifestEntry& e : m_manifest.entries()) {
        if (m_seen.contains(e.path)) {
            continue;
        }
        ExportRecord record;
        record.object.path = ItemPath::parse(e.path);
        record.file = e.file;
        record.dryRun = m_options.dryRun;
        QString error;
        if (m_options.dryRun || ExportWriter::removeFile(m_options.outDir, e.file, &error)) {
            record.action = ExportAction::Removed;
            ++m_counts.removed;
            if (!m_options.dryRun) {
                m_manifest.remove(e.path);
                m_names.release(e.path, e.file);
            }
        } else {
            record.action = ExportAction::Failed;
            record.message = error;
            ++m_counts.failed;
            m_failures.append(record);
        }
        emit recordReady(record);
    }
}

void ExportJob::finishWith(const GraphError& error)
{
    if (m_finishing) {
        return;
    }
    m_finishing = true;
    if (error.isError() && !hasError()) {
        setError(error);
    }
    if (m_walker) {
        m_walker->abort(); // unless it has finished; its finished() comes back here and is ignored
    }
    // Nothing more from the scheduler for this run, and no write that has not started yet.
    delete m_requests;
    m_requests = nullptr;
    if (m_stop) {
        m_stop->store(true);
    }
    m_pending.clear();
    finishWhenWritten();
}

void ExportJob::finishWhenWritten()
{
    if (!m_finishing || m_writing > 0 || isFinishing()) {
        return;
    }
    qCDebug(lcBulk).noquote() << "export finishing:" << m_counts.written << "written," << m_counts.unchanged
                              << "unchanged," << m_counts.skipped << "skipped," << m_counts.failed << "failed;"
                              << m_counts.bytesRequests << "byte and" << m_counts.metadataRequests
                              << "metadata requests" << (hasError() ? error().toString() : QString());
    maybeSaveManifest(true);
    finish();
}

} // namespace Portrait
