#pragma once

#include "cache/ThumbnailStore.h"
#include "graph/ItemPath.h"
#include "graph/PhotoInfo.h"

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <optional>

namespace Portrait {

class Clock;
class RequestScheduler;

/**
 * @brief Small photos for a grid of faces: asked only for the principals a view says it shows, fetched
 * through the RequestScheduler, decoded and scaled on a thread pool, kept in a bounded memory cache and in a
 * ThumbnailStore on disk.
 *
 * For users and groups it asks `/photos/{size}/$value` with the smallest of Graph's sizes that covers
 * edge() (48x48, 64x64, ...); when that size does not exist (404 with an empty body, docs/GRAPH.md#photo-sizes) it
 * falls back to `/photo/$value` and scales down. Contacts have no sizes: `/photo/$value` at once.
 *
 * A disk entry younger than maxAge() is used without any request. An older one is checked with the size's
 * metadata (`/photos/{size}`, no bytes): the same etag keeps it, a changed etag fetches the bytes again.
 *
 * setWanted() is the only thing that starts work: the view passes the visible principals plus a small
 * margin; work for principals no longer wanted is dropped (still queued requests are never sent).
 * thumbnail() only reads the memory cache.
 */
class ThumbnailLoader : public QObject
{
    Q_OBJECT

public:
    /// What the loader knows of one principal's thumbnail.
    struct Thumbnail
    {
        std::optional<PhotoStatus> status; ///< empty while unknown (not asked, or on its way)
        QImage image; ///< the scaled photo (status photo), else null
        bool loading = false;
    };

    /// @p scheduler is not owned and must outlive the loader (or the loader is destroyed first).
    explicit ThumbnailLoader(RequestScheduler* scheduler, QObject* parent = nullptr);
    ~ThumbnailLoader() override;

    RequestScheduler* scheduler() const;

    /// The edge in device pixels thumbnails are scaled to (default 64); forgets what is cached in memory.
    int edge() const { return m_edge; }
    void setEdge(int edge);
    /// Graph's size asked for: the smallest of the 9 that is at least edge() ("64x64"), or the largest.
    QString graphSizeId() const;
    static QString graphSizeFor(int edge);

    /// Where thumbnails are kept on disk; an empty path keeps them in memory only (the default).
    void setStoreDirectory(const QString& directory);
    QString storeDirectory() const { return m_store->directory(); }
    /// How long a disk entry is used without checking its etag (default 24 h).
    void setMaxAgeMs(qint64 ms) { m_maxAgeMs = ms; }
    qint64 maxAgeMs() const { return m_maxAgeMs; }
    /// Memory for decoded thumbnails, in bytes (default 48 MiB); least recently used ones go first.
    void setMemoryLimit(qint64 bytes);
    qint64 memoryLimit() const { return m_memory.maxCost(); }
    qint64 memoryUsed() const { return m_memory.totalCost(); }
    /// The clock disk entries are dated with (default Clock::system()); not owned.
    void setClock(Clock* clock) { m_clock = clock; }

    /// What is known now, from memory only: never starts a request.
    Thumbnail thumbnail(const QString& principal) const;

    /**
     * @brief Loads what is not known among @p principals, in that order; drops loads of principals not listed
     * (their queued requests are never sent). Principals known in memory cost nothing.
     */
    void setWanted(const QList<ItemPath>& principals);
    /// Forgets one principal in memory and on disk (e.g. its photo was changed here).
    void invalidate(const ItemPath& principal);
    /// Drops every load and everything in memory (the disk entries stay).
    void clear();
    /**
     * @brief Keeps the disk cache within its limit while a session runs: after every @p everyBytes written to
     * the store, @p trim runs once on the loader's thread pool (never two at a time). A session that browses
     * 100,000 faces writes hundreds of megabytes; trimming only at the next start would let it grow past the
     * user's limit meanwhile. @p everyBytes <= 0 turns it off.
     */
    void setDiskBudget(qint64 everyBytes, std::function<void()> trim);

    /// Loads started and not finished.
    int pendingCount() const { return int(m_pending.size()); }
    /// Photo operations handed to the scheduler (a fallback counts twice); drops of queued ones are subtracted
    /// only by the scheduler, so this is an upper bound of what Graph saw.
    quint64 operationsQueued() const { return m_operations; }
    /// Loads answered from disk without any request, or after only an etag check.
    quint64 diskHits() const { return m_diskHits; }
    quint64 etagChecks() const { return m_etagChecks; }
    /// Second requests to `/photo/$value` after a sized request found nothing (an empty 404: no such size, or,
    /// indistinguishably, no photo at all; or a 400: sizes not supported there).
    quint64 sizeFallbacks() const { return m_sizeFallbacks; }

signals:
    /// The thumbnail of @p principal changed (loaded, failed, or forgotten).
    void thumbnailChanged(const QString& principal);
    /// A request found out about @p principal's photo (for the model's status). @p largest: @p info is of the
    /// largest photo (`/photo/$value`), so its pixel size and bytes are the photo's. Not emitted for disk hits.
    void photoSeen(const Portrait::ItemPath& principal, const Portrait::PhotoInfo& info, bool largest);
    /// Nothing pending any more.
    void idle();

private:
    struct Pending;
    struct Decoded;
    void start(const ItemPath& principal);
    void onDiskEntry(Pending* pending, const ThumbnailStore::Entry& entry);
    void fetchBytes(Pending* pending, bool largest);
    void onBytes(Pending* pending, bool largest, const PhotoInfo& info);
    void checkEtag(Pending* pending, const ThumbnailStore::Entry& entry);
    void finish(Pending* pending, PhotoStatus status, const QImage& image);
    void remember(const QString& principal, PhotoStatus status, const QImage& image);
    void saveToDisk(const QString& principal, PhotoStatus status, const QString& etag, const QImage& image);
    qint64 nowWallMs() const;

    QPointer<RequestScheduler> m_scheduler;
    struct DiskBudget;
    std::shared_ptr<ThumbnailStore> m_store;
    std::shared_ptr<DiskBudget> m_budget;
    Clock* m_clock = nullptr;
    QThreadPool m_pool;
    int m_edge = 64;
    qint64 m_maxAgeMs = 24LL * 3600 * 1000;
    QCache<QString, Thumbnail> m_memory;
    QHash<QString, Pending*> m_pending;
    QSet<QString> m_skipDisk; ///< invalidated: the next load asks Graph, whatever the disk still holds
    quint64 m_operations = 0;
    quint64 m_diskHits = 0;
    quint64 m_etagChecks = 0;
    quint64 m_sizeFallbacks = 0;
};

} // namespace Portrait
