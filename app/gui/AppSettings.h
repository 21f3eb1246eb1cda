#pragma once

#include "bulk/PlaceholderSet.h"
#include "cache/CacheFolder.h"

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
    static constexpr int kDefaultCacheMegabytes = int(CacheFolder::kDefaultMaxBytes / 1024 / 1024);
    static constexpr int kMaxCacheMegabytes = 64 * 1024;

    /// Photo requests in flight at most (1..kMaxConcurrency): ConnectionOptions::concurrency and the schedulers.
    static int concurrency();
    static void setConcurrency(int requests);

    static Proxy proxy();
    static void setProxy(const Proxy& proxy);
    /// Makes @p proxy the application's proxy for every QNetworkAccessManager created from now on.
    static void applyProxy(const Proxy& proxy);

    /// The folder of the thumbnail/photo cache; default: CacheFolder::defaultPath().
    static QString cacheDirectory();
    static void setCacheDirectory(const QString& dir);
    /// The most the cache may hold on disk.
    static qint64 cacheMaxBytes();
    static void setCacheMaxMegabytes(int megabytes);
    static int cacheMaxMegabytes();
    /// The cache folder the user chose, with its limit: what the connections' thumbnails use.
    static CacheFolder cacheFolder();

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
};

} // namespace Portrait
