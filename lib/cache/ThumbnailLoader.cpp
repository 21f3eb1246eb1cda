#include "ThumbnailLoader.h"

#include "cache/CacheLogging.h"

#include "base/Clock.h"
#include "graph/GraphImage.h"
#include "graph/RequestScheduler.h"
#include "graph/WhenReady.h"

#include <QDateTime>
#include <QSet>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace Portrait {

namespace {

/// Graph's fixed photo sizes (docs/GRAPH.md#photo-sizes).
constexpr int kGraphSizes[] = {48, 64, 96, 120, 240, 360, 432, 504, 648};

/// Decodes @p bytes and scales them down to fit @p edge (never up). Runs on the pool.
QImage decodeAndScale(const QByteArray& bytes, int edge)
{
    QImage image = GraphImage::decode(bytes);
    if (image.isNull()) {
        return image;
    }
    if (image.width() > edge || image.height() > edge) {
        image = image.scaled(edge, edge, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    // One format for painting: no conversion on the GUI thread.
    return image.convertToFormat(image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
}

/// Contacts have no `/photos/{size}` (400, docs/GRAPH.md#photo-endpoints): only their largest photo can be asked.
bool isContact(const ItemPath& path)
{
    return !path.supportsPhotoSizes();
}

qint64 costOf(const QImage& image)
{
    return qMax<qint64>(64, image.sizeInBytes());
}

} // namespace

/// When to trim the disk cache (setDiskBudget); shared with the pool's writes, which check it.
struct ThumbnailLoader::DiskBudget
{
    qint64 everyBytes = 0;
    std::function<void()> trim;
    std::atomic<qint64> nextAt{0}; ///< trim when the store has written this many bytes
    std::atomic<bool> trimming{false};

    /// On a pool thread, after a write.
    void check(const ThumbnailStore& store)
    {
        const qint64 written = store.bytesWritten();
        if (written < nextAt.load() || trimming.exchange(true)) {
            return;
        }
        nextAt = written + everyBytes;
        qCDebug(lcCache) << "trimming the disk cache after" << written << "bytes written";
        trim();
        trimming = false;
    }
};

/// One load on its way. Deleting it drops the load: the scheduler's callbacks and the pool's results (whenReady) are
/// owned by it.
struct ThumbnailLoader::Pending : QObject
{
    ItemPath principal;
    QString key;
    ThumbnailStore::Entry disk; ///< what the disk had (stale, or for another etag)
};

ThumbnailLoader::ThumbnailLoader(RequestScheduler* scheduler, QObject* parent)
    : QObject(parent)
    , m_scheduler(scheduler)
    , m_store(std::make_shared<ThumbnailStore>())
    , m_clock(Clock::system())
{
    m_pool.setMaxThreadCount(qMax(2, QThread::idealThreadCount()));
    m_memory.setMaxCost(48LL * 1024 * 1024);
}

ThumbnailLoader::~ThumbnailLoader()
{
    clear();
    m_pool.waitForDone();
}

RequestScheduler* ThumbnailLoader::scheduler() const
{
    return m_scheduler;
}

QString ThumbnailLoader::graphSizeFor(int edge)
{
    for (int size : kGraphSizes) {
        if (size >= edge) {
            return QStringLiteral("%1x%1").arg(size);
        }
    }
    return QStringLiteral("648x648");
}

QString ThumbnailLoader::graphSizeId() const
{
    return graphSizeFor(m_edge);
}

void ThumbnailLoader::setEdge(int edge)
{
    edge = qBound(16, edge, 648);
    if (edge == m_edge) {
        return;
    }
    m_edge = edge;
    clear();
}

void ThumbnailLoader::setStoreDirectory(const QString& directory)
{
    m_store = std::make_shared<ThumbnailStore>(directory);
}

void ThumbnailLoader::setDiskBudget(qint64 everyBytes, std::function<void()> trim)
{
    if (everyBytes <= 0 || !trim) {
        m_budget.reset();
        return;
    }
    // A new budget object: a trim already running on the pool keeps the old one alive until it ends.
    m_budget = std::make_shared<DiskBudget>();
    m_budget->everyBytes = everyBytes;
    m_budget->trim = std::move(trim);
    m_budget->nextAt = m_store->bytesWritten() + everyBytes;
}

void ThumbnailLoader::setMemoryLimit(qint64 bytes)
{
    m_memory.setMaxCost(qMax<qint64>(64 * 1024, bytes));
}

qint64 ThumbnailLoader::nowWallMs() const
{
    return m_clock->nowUtc().toMSecsSinceEpoch();
}

ThumbnailLoader::Thumbnail ThumbnailLoader::thumbnail(const QString& principal) const
{
    if (const Thumbnail* known = m_memory.object(principal)) {
        return *known;
    }
    Thumbnail t;
    t.loading = m_pending.contains(principal);
    return t;
}

void ThumbnailLoader::setWanted(const QList<ItemPath>& principals)
{
    QSet<QString> wanted;
    wanted.reserve(principals.size());
    for (const ItemPath& p : principals) {
        wanted.insert(p.toString());
    }
    // Drop what scrolled away: a queued request whose context dies is never sent.
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (wanted.contains(it.key())) {
            ++it;
            continue;
        }
        delete it.value();
        it = m_pending.erase(it);
    }
    for (const ItemPath& p : principals) {
        const QString key = p.toString();
        if (!m_pending.contains(key) && !m_memory.contains(key)) {
            start(p);
        }
    }
    if (m_pending.isEmpty()) {
        emit idle();
    }
}

void ThumbnailLoader::invalidate(const ItemPath& principal)
{
    const QString key = principal.toString();
    delete m_pending.take(key);
    m_memory.remove(key);
    // Its next load asks Graph: the disk entry's removal below runs on the pool, where a read of it could come first.
    m_skipDisk.insert(key);
    const auto store = m_store;
    const int edge = m_edge;
    m_pool.start([store, key, edge]() { store->remove(key, edge); }); // nobody waits for the result
    emit thumbnailChanged(key);
}

void ThumbnailLoader::clear()
{
    qDeleteAll(m_pending);
    m_pending.clear();
    m_memory.clear();
}

void ThumbnailLoader::start(const ItemPath& principal)
{
    auto* pending = new Pending;
    pending->setParent(this);
    pending->principal = principal;
    pending->key = principal.toString();
    m_pending.insert(pending->key, pending);
    if (!m_store->isEnabled() || m_skipDisk.remove(pending->key)) {
        fetchBytes(pending, isContact(principal));
        return;
    }
    const auto store = m_store;
    const QString key = pending->key;
    const int edge = m_edge;
    whenReady(pending, QtConcurrent::run(&m_pool, [store, key, edge]() { return store->read(key, edge); }),
              [this, pending](const ThumbnailStore::Entry& entry) { onDiskEntry(pending, entry); });
}

void ThumbnailLoader::onDiskEntry(Pending* pending, const ThumbnailStore::Entry& entry)
{
    if (!entry.valid) {
        fetchBytes(pending, isContact(pending->principal));
        return;
    }
    const qint64 age = nowWallMs() - entry.checkedMs;
    if (age >= 0 && age < m_maxAgeMs) {
        ++m_diskHits;
        finish(pending, entry.status, entry.image);
        return;
    }
    // Stale: a photo of a user or group is checked by its etag (metadata only); anything else is asked again.
    if (entry.status == PhotoStatus::Photo && !entry.etag.isEmpty() && !isContact(pending->principal)) {
        checkEtag(pending, entry);
        return;
    }
    fetchBytes(pending, isContact(pending->principal));
}

void ThumbnailLoader::checkEtag(Pending* pending, const ThumbnailStore::Entry& entry)
{
    if (!m_scheduler) {
        finish(pending, PhotoStatus::Error, {});
        return;
    }
    pending->disk = entry;
    ++m_operations;
    ++m_etagChecks;
    m_scheduler->fetchPhoto(pending->principal, PhotoJob::Mode::MetadataOnly, graphSizeId(), pending,
                            [this, pending](const PhotoInfo& info) {
                                qCDebug(lcCache).noquote()
                                    << pending->key << "etag check:" << pending->disk.etag << "->" << info.etag;
                                if (info.status == PhotoStatus::Photo && info.etag == pending->disk.etag) {
                                    ++m_diskHits;
                                    saveToDisk(pending->key, PhotoStatus::Photo, info.etag, pending->disk.image);
                                    finish(pending, PhotoStatus::Photo, pending->disk.image);
                                    return;
                                }
                                fetchBytes(pending, false);
                            });
}

void ThumbnailLoader::fetchBytes(Pending* pending, bool largest)
{
    if (!m_scheduler) {
        finish(pending, PhotoStatus::Error, {});
        return;
    }
    ++m_operations;
    m_scheduler->fetchPhoto(pending->principal, PhotoJob::Mode::BytesOnly, largest ? QString() : graphSizeId(), pending,
                            [this, pending, largest](const PhotoInfo& info) { onBytes(pending, largest, info); });
}

void ThumbnailLoader::onBytes(Pending* pending, bool largest, const PhotoInfo& info)
{
    if (!largest) {
        // The size does not exist (404 with an empty body, docs/GRAPH.md#photo-sizes) or sizes are not supported here
        // (400): the largest photo, scaled down, is the fallback.
        const bool sizeMissing = info.error.httpStatus == 404 && info.error.code.isEmpty();
        const bool sizesUnsupported = info.status == PhotoStatus::Error && info.error.httpStatus == 400;
        if (sizeMissing || sizesUnsupported) {
            qCDebug(lcCache).noquote() << pending->key << graphSizeId() << "not served (HTTP" << info.error.httpStatus
                                       << "), asking for the largest photo";
            ++m_sizeFallbacks;
            fetchBytes(pending, true);
            return;
        }
    }
    emit photoSeen(pending->principal, info, largest);
    if (!info.hasPhoto() || info.data.isEmpty()) {
        if (info.status != PhotoStatus::Error) {
            saveToDisk(pending->key, info.status, QString(), {});
        }
        finish(pending, info.status == PhotoStatus::Photo ? PhotoStatus::Error : info.status, {});
        return;
    }
    const QByteArray bytes = info.data;
    const int edge = m_edge;
    const PhotoStatus status = info.status;
    const QString etag = info.etag;
    whenReady(pending, QtConcurrent::run(&m_pool, &decodeAndScale, bytes, edge),
              [this, pending, status, etag](const QImage& image) {
                  if (image.isNull()) {
                      finish(pending, PhotoStatus::Error, {});
                      return;
                  }
                  saveToDisk(pending->key, status, etag, image);
                  finish(pending, status, image);
              });
}

void ThumbnailLoader::saveToDisk(const QString& principal, PhotoStatus status, const QString& etag, const QImage& image)
{
    if (!m_store->isEnabled()) {
        return;
    }
    ThumbnailStore::Entry entry;
    entry.valid = true;
    entry.status = status;
    entry.etag = etag;
    entry.checkedMs = nowWallMs();
    entry.image = image;
    const auto store = m_store;
    const auto budget = m_budget;
    const int edge = m_edge;
    m_pool.start([store, budget, principal, edge, entry]() { // fire and forget
        if (store->write(principal, edge, entry) && budget) {
            budget->check(*store);
        }
    });
}

void ThumbnailLoader::remember(const QString& principal, PhotoStatus status, const QImage& image)
{
    auto* t = new Thumbnail;
    t->status = status;
    t->image = image;
    m_memory.insert(principal, t, costOf(image));
}

void ThumbnailLoader::finish(Pending* pending, PhotoStatus status, const QImage& image)
{
    const QString key = pending->key;
    m_pending.remove(key);
    pending->deleteLater();
    remember(key, status, image);
    emit thumbnailChanged(key);
    if (m_pending.isEmpty()) {
        emit idle();
    }
}

} // namespace Portrait
