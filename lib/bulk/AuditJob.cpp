#include "AuditJob.h"

#include "bulk/BulkLogging.h"
#include "bulk/ScopeWalker.h"
#include "graph/GraphImage.h"
#include "graph/RequestScheduler.h"
#include "graph/WhenReady.h"

#include <QBuffer>
#include <QFuture>
#include <QImage>
#include <QPainter>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace Portrait {

AuditJob::AuditJob(RequestScheduler* scheduler, const QList<ItemPath>& scopes, const AuditOptions& options,
                   QObject* parent)
    : Task(parent)
    , m_scheduler(scheduler)
    , m_options(options)
    , m_scopes(scopes)
    , m_context(new QObject(this))
{
    m_walker = new ScopeWalker(scheduler->client(), scopes, this);
    m_walker->setTransitive(options.transitive);
    connect(m_walker, &ScopeWalker::principalsFound, this, &AuditJob::onPrincipals);
    connect(m_walker, &ScopeWalker::finished, this, &AuditJob::onWalkFinished);
}

AuditJob::AuditJob(RequestScheduler* scheduler, const QList<DirectoryObject>& principals, const AuditOptions& options,
                   QObject* parent)
    : Task(parent)
    , m_scheduler(scheduler)
    , m_options(options)
    , m_context(new QObject(this))
{
    m_pending.assign(principals.begin(), principals.end());
    m_found = principals.size();
}

AuditJob::~AuditJob() = default;

void AuditJob::run()
{
    qCDebug(lcBulk) << "audit started; bytes fetched:" << m_options.needsBytes();
    if (m_walker) {
        m_walker->start();
    } else {
        onWalkFinished();
    }
}

void AuditJob::stop()
{
    fail(cancelledError());
}

void AuditJob::fail(const GraphError& error)
{
    if (hasError()) {
        return;
    }
    setError(error);
    m_pending.clear();
    m_held.clear();
    if (m_walker) {
        m_walker->disconnect(this);
        m_walker->abort(); // nothing when it has finished
    }
    // Late answers of the scheduler and the thread pool are owned by the context and die with it.
    m_context->deleteLater();
    m_context = nullptr;
    m_inScheduler = 0;
    m_analysing = 0;
    m_walkFinished = true;
    maybeFinish();
}

void AuditJob::onPrincipals(const QList<DirectoryObject>& principals)
{
    if (hasError()) {
        return;
    }
    m_pending.insert(m_pending.end(), principals.begin(), principals.end());
    m_found += principals.size();
    emit progress(m_done, m_found);
    pump();
}

void AuditJob::onWalkFinished()
{
    if (m_walker && m_walker->hasError()) {
        fail(m_walker->error());
        return;
    }
    m_walkFinished = true;
    emit progress(m_done, m_found);
    pump();
    maybeFinish();
}

void AuditJob::pump()
{
    if (!m_scheduler || !m_context) {
        return;
    }
    const PhotoJob::Mode mode
        = m_options.needsBytes() ? PhotoJob::Mode::MetadataAndBytes : PhotoJob::Mode::MetadataOnly;
    while (m_inScheduler < m_options.window && !m_pending.empty()) {
        DirectoryObject object = std::move(m_pending.front());
        m_pending.pop_front();
        ++m_inScheduler;
        const ItemPath path = object.path;
        m_scheduler->fetchPhoto(path, mode, {}, m_context, [this, object = std::move(object)](const PhotoInfo& info) {
            --m_inScheduler;
            onPhoto(object, info);
            pump();
        });
    }
}

AuditJob::Analysis AuditJob::analyse(const QByteArray& bytes, int thumbnailEdge)
{
    Analysis a;
    const QImage image = GraphImage::decode(bytes);
    a.fingerprint = PhotoFingerprint::fromImage(image);
    if (thumbnailEdge > 0 && !image.isNull()) {
        const QImage scaled = image.scaled(thumbnailEdge, thumbnailEdge, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        QImage flat(scaled.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        {
            QPainter p(&flat);
            p.drawImage(0, 0, scaled);
        }
        QBuffer buffer(&a.thumbnail);
        buffer.open(QIODevice::WriteOnly);
        flat.save(&buffer, "JPEG", 80);
    }
    return a;
}

void AuditJob::onPhoto(const DirectoryObject& object, const PhotoInfo& info)
{
    if (hasError()) {
        return;
    }
    if (info.error.isAuthFailure()) {
        // The token is refused for good: every other principal would fail the same way.
        fail(info.error);
        return;
    }
    AuditRecord record;
    record.object = object;
    record.photo = info;
    if (info.hasBytes() && m_options.needsDecoding()) {
        const QByteArray bytes = info.data;
        record.photo.data.clear();
        ++m_analysing;
        whenReady(m_context, QtConcurrent::run(&AuditJob::analyse, bytes, m_options.thumbnailEdge),
                  [this, record = std::move(record)](const Analysis& analysis) mutable {
                      if (hasError()) {
                          return; // cancelled, and the context's deletion is still queued
                      }
                      --m_analysing;
                      complete(std::move(record), &analysis);
                      maybeFinish();
                  });
        return;
    }
    record.photo.data.clear();
    complete(std::move(record), nullptr);
    maybeFinish();
}

void AuditJob::complete(AuditRecord record, const Analysis* analysis)
{
    if (hasError()) {
        return;
    }
    PhotoInfo& photo = record.photo;
    if (analysis) {
        record.thumbnail = analysis->thumbnail;
        if (analysis->fingerprint.decoded) {
            record.dhash = analysis->fingerprint.dhashHex();
        }
    }
    if (photo.status == PhotoStatus::Photo && m_options.minEdge > 0 && photo.width > 0 && photo.height > 0
        && qMin(photo.width, photo.height) < m_options.minEdge) {
        photo.status = PhotoStatus::Placeholder;
        photo.reason = QStringLiteral("min-edge");
    }
    if (photo.status == PhotoStatus::Photo && analysis && !m_options.placeholders.isEmpty()) {
        PhotoFingerprint f = analysis->fingerprint;
        f.sha256 = photo.sha256;
        const PlaceholderSet::Match m = m_options.placeholders.match(f);
        if (m.matched) {
            photo.status = PhotoStatus::Placeholder;
            photo.reason = m.exact ? QStringLiteral("placeholder-image") : QStringLiteral("placeholder-similar");
            record.placeholder = m.label;
            record.placeholderDistance = m.distance;
        }
    }
    if (m_options.duplicateThreshold > 0 && photo.hasPhoto() && !photo.sha256.isEmpty()) {
        ++m_shaCounts[photo.sha256];
        m_held.push_back(std::move(record));
        return;
    }
    emitRecord(record);
}

void AuditJob::emitRecord(const AuditRecord& record)
{
    ++m_done;
    ++m_counts[size_t(record.photo.status)];
    emit recordReady(record);
    emit progress(m_done, m_found);
}

void AuditJob::maybeFinish()
{
    if (isFinishing()) {
        return;
    }
    if (!hasError() && (!m_walkFinished || !m_pending.empty() || m_inScheduler > 0 || m_analysing > 0)) {
        return;
    }
    // Only now is it known how many principals share each photo.
    std::vector<AuditRecord> held = std::exchange(m_held, {});
    for (AuditRecord& record : held) {
        if (hasError()) {
            break; // a receiver of recordReady() aborted the run
        }
        const int shared = m_shaCounts.value(record.photo.sha256);
        record.duplicates = shared;
        if (shared > m_options.duplicateThreshold && record.photo.status == PhotoStatus::Photo) {
            record.photo.status = PhotoStatus::Placeholder;
            record.photo.reason = QStringLiteral("duplicate");
        }
        emitRecord(record);
    }
    qCDebug(lcBulk) << "audit finished:" << count(PhotoStatus::Photo) << "photo," << count(PhotoStatus::None) << "none,"
                    << count(PhotoStatus::Placeholder) << "placeholder," << count(PhotoStatus::Unavailable)
                    << "unavailable," << count(PhotoStatus::Error) << "error";
    finish();
}

} // namespace Portrait
