#pragma once

#include "bulk/PlaceholderSet.h"

#include <QCoreApplication>
#include <QString>

namespace Portrait {

/**
 * @brief The GUI's preferences in QSettings (organisation `Portrait`, application `portrait`), with their defaults
 * and ranges in one place: what the Settings dialog edits and the rest of the GUI reads.
 *
 * Keys: `network/concurrency`, `network/proxyMode|proxyHost|proxyPort`, `cache/directory`, `cache/maxMegabytes`,
 * `export/…` (the export dialog's last choices; `export/template` is also the default template the Settings
 * dialog edits), `audit/placeholders` (shared with AuditView), `view/mode`, and `window/…` (MainWindow).
 * Nothing secret is ever stored here: secrets live in the keychain (TokenStore).
 */
class AppSettings
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::AppSettings)

public:
    /// How the application reaches the network.
    enum class ProxyMode
    {
        System, ///< the desktop's proxy settings (the environment's http_proxy/no_proxy on Linux); the default
        None, ///< direct connections
        Manual, ///< an HTTP proxy at host:port
    };
    struct Proxy
    {
        ProxyMode mode = ProxyMode::System;
        QString host;
        int port = 8080;
        bool operator==(const Proxy&) const = default;
    };

    static constexpr int kDefaultConcurrency
        = 4; ///< Graph's Outlook photo limit per app (docs/GRAPH.md#the-outlook-limit-4-at-once)
    static constexpr int kMaxConcurrency = 16;
    static constexpr int kDefaultCacheMegabytes = 256;
    static constexpr int kMaxCacheMegabytes = 64 * 1024;

    /// Photo requests in flight at most (1..kMaxConcurrency): ConnectionOptions::concurrency and the schedulers.
    static int concurrency();
    static void setConcurrency(int requests);

    static Proxy proxy();
    static void setProxy(const Proxy& proxy);
    /// Makes @p proxy the application's proxy for every QNetworkAccessManager created from now on.
    static void applyProxy(const Proxy& proxy);

    /// The folder of the thumbnail/photo cache; default: QStandardPaths::CacheLocation.
    static QString cacheDirectory();
    static QString defaultCacheDirectory();
    static void setCacheDirectory(const QString& dir);
    /// The most the cache may hold on disk.
    static qint64 cacheMaxBytes();
    static void setCacheMaxMegabytes(int megabytes);
    static int cacheMaxMegabytes();

    /**
     * @brief Makes @p dir usable as the cache: creates it and marks it with a CACHEDIR.TAG (the Cache Directory
     * Tagging standard, so backup tools skip it and clearCache() knows it may delete there). Refuses a folder that
     * already holds files but no tag: it is someone else's.
     */
    static bool prepareCacheDirectory(const QString& dir, QString* error);
    /// The bytes of the files under @p dir (the tag not counted).
    static qint64 cacheUsage(const QString& dir);
    /// Deletes everything under @p dir but its CACHEDIR.TAG; refuses an untagged folder. False with @p error.
    static bool clearCache(const QString& dir, QString* error);

    /**
     * @brief The folder of one account's thumbnails: `<cacheDirectory()>/thumbnails/<scope>`, after
     * prepareCacheDirectory() on the cache folder (the platform's default folder is Portrait's own, so it is
     * tagged even when it already holds files). Empty with @p error when the cache folder cannot be used.
     */
    static QString thumbnailDirectory(const QString& scope, QString* error);
    /**
     * @brief Keeps the cache under @p maxBytes: deletes the least recently written files under @p dir (never
     * the tag) until at most 90% of @p maxBytes remain. Refuses an untagged folder. Returns the bytes deleted.
     * Touches only the file system: runs on a worker thread.
     */
    static qint64 trimCache(const QString& dir, qint64 maxBytes);

    /// The export template the export dialog starts with (and last used); default NameTemplate::defaultPattern().
    static QString exportTemplate();
    static void setExportTemplate(const QString& pattern);

    /// The images that count as "no real photo" (AuditView's "Add photo to placeholders" adds to the same list).
    static PlaceholderSet placeholders();
    static void setPlaceholders(const PlaceholderSet& placeholders);

    /// `tree` or `grid`: how the directory is shown (View ▸ Grid of faces, Ctrl+G); default `grid`.
    static QString viewMode();
    static void setViewMode(const QString& mode);

    /// How the tree and the grid are sorted (View ▸ Sort): a DirectoryFilterModel::SortKey's name ("Name"),
    /// default "Listing", and whether descending.
    static QString sortKey();
    static bool sortDescending();
    static void setSort(const QString& key, bool descending);

    /// The folder reports were last saved in (the audit's Save report…); default the documents folder.
    static QString reportFolder();
    static void setReportFolder(const QString& folder);

private:
    /// Creates @p dir and writes its CACHEDIR.TAG.
    static bool writeTag(const QString& dir, QString* error);
};

} // namespace Portrait
