#pragma once

#include <QString>

namespace Portrait {

class ThumbnailLoader;

/**
 * @brief Portrait's cache folder on disk: where it is, how much it holds, clearing it, trimming it to its size
 * limit, and the folder of one account's thumbnails in it.
 *
 * The folder is marked with a CACHEDIR.TAG (the Cache Directory Tagging standard, https://bford.info/cachedir/):
 * backup tools skip it, and Portrait deletes only in a folder that carries the tag, so a folder chosen by mistake
 * (the home folder, documents) never loses a file. Which folder and which limit the user chose are preferences
 * (the GUI's AppSettings); this class only manages the folder it is given. It touches only the file system, so
 * every function may run on a worker thread.
 */
class CacheFolder
{
public:
    static constexpr qint64 kDefaultMaxBytes = qint64(256) * 1024 * 1024;

    explicit CacheFolder(const QString& path, qint64 maxBytes = kDefaultMaxBytes);

    /// The platform's cache folder for the application (QStandardPaths::CacheLocation): Portrait's own.
    static QString defaultPath();

    QString path() const { return m_path; }
    qint64 maxBytes() const { return m_maxBytes; }
    /// Whether this is defaultPath(), which is Portrait's by convention even when it holds untagged files.
    bool isDefault() const;

    /**
     * @brief Makes the folder usable as the cache: creates it and writes its CACHEDIR.TAG. Refuses a relative
     * path, a file, and a folder that already holds files but no tag: it is someone else's. False with @p error.
     */
    bool prepare(QString* error) const;
    /// The bytes of the files in the folder (its tag not counted); 0 when it does not exist.
    qint64 usage() const;
    /// Deletes everything in the folder but its tag; refuses an untagged folder. False with @p error.
    bool clear(QString* error) const;
    /**
     * @brief Keeps the folder under maxBytes(): when it holds more, deletes the least recently written files
     * (never the tag) until at most 90% of the limit remains. Refuses an untagged folder. Returns the bytes
     * deleted.
     */
    qint64 trim() const;

    /**
     * @brief The folder of one account's thumbnails, `<path>/thumbnails/<scope>`, after prepare() (the default
     * folder is tagged even when it already holds files: earlier versions wrote there untagged). Empty with
     * @p error when the folder cannot be used.
     */
    QString thumbnailDirectory(const QString& scope, QString* error) const;

    /**
     * @brief The thumbnail cache's policy for one connection: @p loader keeps its thumbnails on disk in
     * thumbnailDirectory(@p scope), and the folder is trimmed now (on a worker thread) and again after every
     * tenth of the limit written, so one long session stays within it too. An empty @p scope keeps them in
     * memory only and touches no disk. False with @p error when the folder cannot be used: the loader then keeps
     * its thumbnails in memory.
     */
    bool attach(ThumbnailLoader* loader, const QString& scope, QString* error) const;

private:
    bool isTagged() const;
    /// Creates the folder and writes its CACHEDIR.TAG.
    bool writeTag(QString* error) const;

    QString m_path;
    qint64 m_maxBytes;
};

} // namespace Portrait
