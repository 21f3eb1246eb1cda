#pragma once

#include "graph/PhotoInfo.h"

#include <QImage>
#include <QString>

#include <atomic>

namespace Portrait {

/**
 * @brief The disk half of the thumbnail cache: one small file per (principal, edge) under a folder of the
 * XDG cache location, holding the photo's etag, the status, when it was last checked and the scaled image.
 *
 * An entry is only good for the etag it was made from: a newer etag replaces it (ThumbnailLoader checks
 * the etag of entries older than its maximum age). "No photo" and "unavailable" are kept too, so that a
 * directory without photos is not asked again on every start; errors are never kept.
 *
 * read(), write() and remove() touch one file each and keep no state but two counters:
 * they may run on any thread, also at the same time (writes go through QSaveFile, so a reader sees the old file or the
 * new one).
 */
class ThumbnailStore
{
public:
    struct Entry
    {
        bool valid = false; ///< false: nothing stored (or unreadable, which counts as nothing)
        PhotoStatus status = PhotoStatus::Error;
        QString etag; ///< unquoted; empty without a photo
        qint64 checkedMs = 0; ///< wall-clock ms since the epoch of the last check against Graph
        QImage image; ///< the scaled thumbnail (status photo), else null
    };

    /// @p directory empty disables the store (reads find nothing, writes do nothing).
    explicit ThumbnailStore(const QString& directory = {});

    /// `<QStandardPaths::CacheLocation>/thumbnails/<scope>`; @p scope separates accounts (e.g. "demo").
    static QString defaultDirectory(const QString& scope);
    /// `<base>/<scope>`, with @p scope made safe for a folder name (empty: `default`).
    static QString directoryIn(const QString& base, const QString& scope);

    QString directory() const { return m_directory; }
    bool isEnabled() const { return !m_directory.isEmpty(); }
    /// The file of one entry: a hash of the principal and the edge, so names are safe and bounded.
    QString fileFor(const QString& principal, int edge) const;

    Entry read(const QString& principal, int edge) const;
    bool write(const QString& principal, int edge, const Entry& entry) const;
    /// Bytes of the files written through this store so far (for trimming the cache while a session runs).
    qint64 bytesWritten() const { return m_bytesWritten.load(); }
    void remove(const QString& principal, int edge) const;
    /// Deletes every entry of the folder.
    void clear() const;

private:
    void warnOnce(const QString& what) const;

    QString m_directory;
    mutable std::atomic<bool> m_warned{false}; ///< a failed write was reported (once, then as debug)
    mutable std::atomic<qint64> m_bytesWritten{0};
};

} // namespace Portrait
