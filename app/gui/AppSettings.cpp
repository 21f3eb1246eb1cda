#include "AppSettings.h"

#include "bulk/NameTemplate.h"
#include "cache/ThumbnailStore.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>
#include <vector>

namespace Portrait {

namespace {
const QString kConcurrency = QStringLiteral("network/concurrency");
const QString kProxyMode = QStringLiteral("network/proxyMode");
const QString kProxyHost = QStringLiteral("network/proxyHost");
const QString kProxyPort = QStringLiteral("network/proxyPort");
const QString kCacheDirectory = QStringLiteral("cache/directory");
const QString kCacheMegabytes = QStringLiteral("cache/maxMegabytes");
const QString kExportTemplate = QStringLiteral("export/template");
const QString kPlaceholders = QStringLiteral("audit/placeholders");
const QString kViewMode = QStringLiteral("view/mode");
const QString kSortKey = QStringLiteral("view/sortKey");
const QString kSortDescending = QStringLiteral("view/sortDescending");
const QString kReportFolder = QStringLiteral("audit/reportFolder");

const QString kCacheTag = QStringLiteral("CACHEDIR.TAG");
// https://bford.info/cachedir/: the first 43 bytes are what tools look for.
const QByteArray kCacheTagSignature = QByteArrayLiteral("Signature: 8a477f597d28d172789f06886806bc55");

QString proxyModeName(AppSettings::ProxyMode mode)
{
    switch (mode) {
    case AppSettings::ProxyMode::None:
        return QStringLiteral("none");
    case AppSettings::ProxyMode::Manual:
        return QStringLiteral("manual");
    case AppSettings::ProxyMode::System:
        break;
    }
    return QStringLiteral("system");
}

bool isTagged(const QString& dir)
{
    QFile tag(QDir(dir).filePath(kCacheTag));
    return tag.open(QIODevice::ReadOnly) && tag.read(kCacheTagSignature.size()) == kCacheTagSignature;
}
} // namespace

int AppSettings::concurrency()
{
    return std::clamp(QSettings().value(kConcurrency, kDefaultConcurrency).toInt(), 1, kMaxConcurrency);
}

void AppSettings::setConcurrency(int requests)
{
    QSettings().setValue(kConcurrency, std::clamp(requests, 1, kMaxConcurrency));
}

AppSettings::Proxy AppSettings::proxy()
{
    const QSettings settings;
    Proxy proxy;
    const QString mode = settings.value(kProxyMode).toString();
    proxy.mode = mode == QLatin1String("none") ? ProxyMode::None
        : mode == QLatin1String("manual")      ? ProxyMode::Manual
                                               : ProxyMode::System;
    proxy.host = settings.value(kProxyHost).toString();
    proxy.port = std::clamp(settings.value(kProxyPort, 8080).toInt(), 1, 65535);
    if (proxy.mode == ProxyMode::Manual && proxy.host.isEmpty()) {
        proxy.mode = ProxyMode::System; // a manual proxy without a host cannot be used
    }
    return proxy;
}

void AppSettings::setProxy(const Proxy& proxy)
{
    QSettings settings;
    settings.setValue(kProxyMode, proxyModeName(proxy.mode));
    settings.setValue(kProxyHost, proxy.host.trimmed());
    settings.setValue(kProxyPort, std::clamp(proxy.port, 1, 65535));
}

void AppSettings::applyProxy(const Proxy& proxy)
{
    switch (proxy.mode) {
    case ProxyMode::System:
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::DefaultProxy));
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        return;
    case ProxyMode::None:
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        return;
    case ProxyMode::Manual:
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QNetworkProxy::setApplicationProxy(
            QNetworkProxy(QNetworkProxy::HttpProxy, proxy.host.trimmed(), quint16(std::clamp(proxy.port, 1, 65535))));
        return;
    }
}

QString AppSettings::defaultCacheDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
}

QString AppSettings::cacheDirectory()
{
    const QString dir = QSettings().value(kCacheDirectory).toString();
    return dir.isEmpty() ? defaultCacheDirectory() : dir;
}

void AppSettings::setCacheDirectory(const QString& dir)
{
    QSettings settings;
    if (dir.isEmpty() || QDir::cleanPath(dir) == QDir::cleanPath(defaultCacheDirectory())) {
        settings.remove(kCacheDirectory); // follows the platform's default if that ever moves
    } else {
        settings.setValue(kCacheDirectory, QDir::cleanPath(dir));
    }
}

int AppSettings::cacheMaxMegabytes()
{
    return std::clamp(QSettings().value(kCacheMegabytes, kDefaultCacheMegabytes).toInt(), 1, kMaxCacheMegabytes);
}

qint64 AppSettings::cacheMaxBytes()
{
    return qint64(cacheMaxMegabytes()) * 1024 * 1024;
}

void AppSettings::setCacheMaxMegabytes(int megabytes)
{
    QSettings().setValue(kCacheMegabytes, std::clamp(megabytes, 1, kMaxCacheMegabytes));
}

QString AppSettings::thumbnailDirectory(const QString& scope, QString* error)
{
    const QString root = cacheDirectory();
    const bool ours = QDir::cleanPath(root) == QDir::cleanPath(defaultCacheDirectory());
    if (ours && !isTagged(root) && QFileInfo(root).isDir()) {
        // ~/.cache/portrait is Portrait's by the XDG convention (earlier versions wrote there untagged).
        if (!writeTag(root, error)) {
            return {};
        }
    } else if (!prepareCacheDirectory(root, error)) {
        return {};
    }
    return ThumbnailStore::directoryIn(root + QStringLiteral("/thumbnails"), scope);
}

qint64 AppSettings::trimCache(const QString& dir, qint64 maxBytes)
{
    if (!isTagged(dir)) {
        return 0;
    }
    struct File
    {
        QString path;
        qint64 size;
        QDateTime written;
    };
    std::vector<File> files;
    qint64 total = 0;
    const QString tag = QDir(dir).filePath(kCacheTag);
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        if (info.absoluteFilePath() == QFileInfo(tag).absoluteFilePath()) {
            continue;
        }
        files.push_back({info.absoluteFilePath(), info.size(), info.lastModified()});
        total += info.size();
    }
    if (total <= maxBytes) {
        return 0;
    }
    std::sort(files.begin(), files.end(), [](const File& a, const File& b) { return a.written < b.written; });
    const qint64 target = maxBytes / 10 * 9;
    qint64 deleted = 0;
    for (const File& file : files) {
        if (total - deleted <= target) {
            break;
        }
        if (QFile::remove(file.path)) {
            deleted += file.size;
        }
    }
    return deleted;
}

bool AppSettings::prepareCacheDirectory(const QString& dir, QString* error)
{
    if (dir.trimmed().isEmpty() || QDir::isRelativePath(dir)) {
        *error = tr("The cache folder must be an absolute path.");
        return false;
    }
    if (isTagged(dir)) {
        return true;
    }
    const QFileInfo info(dir);
    if (info.exists() && !info.isDir()) {
        *error = tr("%1 is a file, not a folder.").arg(QDir::toNativeSeparators(dir));
        return false;
    }
    if (info.exists() && !QDir(dir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
        *error = tr("%1 already holds other files. Choose an empty folder: Portrait deletes what is in its cache "
                    "folder when the cache is cleared.")
                     .arg(QDir::toNativeSeparators(dir));
        return false;
    }
    return writeTag(dir, error);
}

bool AppSettings::writeTag(const QString& dir, QString* error)
{
    if (!QDir().mkpath(dir)) {
        *error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir));
        return false;
    }
    QFile tag(QDir(dir).filePath(kCacheTag));
    if (!tag.open(QIODevice::WriteOnly | QIODevice::NewOnly)
        || tag.write(kCacheTagSignature
                     + "\n# This file is a cache directory tag created by Portrait.\n"
                       "# For information about cache directory tags, see https://bford.info/cachedir/\n")
            < 0) {
        *error = tr("Cannot write in %1: %2").arg(QDir::toNativeSeparators(dir), tag.errorString());
        return false;
    }
    return true;
}

qint64 AppSettings::cacheUsage(const QString& dir)
{
    qint64 bytes = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        if (it.fileName() != kCacheTag || it.fileInfo().absolutePath() != QFileInfo(dir).absoluteFilePath()) {
            bytes += it.fileInfo().size();
        }
    }
    return bytes;
}

bool AppSettings::clearCache(const QString& dir, QString* error)
{
    if (!QFileInfo::exists(dir)) {
        return true; // nothing cached yet
    }
    if (!isTagged(dir)) {
        *error = tr("%1 is not marked as Portrait's cache (no CACHEDIR.TAG): nothing was deleted.")
                     .arg(QDir::toNativeSeparators(dir));
        return false;
    }
    bool ok = true;
    const QFileInfoList entries
        = QDir(dir).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    for (const QFileInfo& entry : entries) {
        if (entry.fileName() == kCacheTag) {
            continue;
        }
        const bool removed = entry.isDir() && !entry.isSymLink() ? QDir(entry.absoluteFilePath()).removeRecursively()
                                                                 : QFile::remove(entry.absoluteFilePath());
        if (!removed) {
            *error = tr("Cannot delete %1.").arg(QDir::toNativeSeparators(entry.absoluteFilePath()));
            ok = false;
        }
    }
    return ok;
}

QString AppSettings::exportTemplate()
{
    const QString pattern = QSettings().value(kExportTemplate).toString();
    return pattern.isEmpty() || !NameTemplate(pattern).isValid() ? NameTemplate::defaultPattern() : pattern;
}

void AppSettings::setExportTemplate(const QString& pattern)
{
    QSettings().setValue(kExportTemplate, pattern);
}

PlaceholderSet AppSettings::placeholders()
{
    return PlaceholderSet::fromJson(QJsonDocument::fromJson(QSettings().value(kPlaceholders).toByteArray()).array());
}

void AppSettings::setPlaceholders(const PlaceholderSet& placeholders)
{
    QSettings().setValue(kPlaceholders, QJsonDocument(placeholders.toJson()).toJson(QJsonDocument::Compact));
}

QString AppSettings::viewMode()
{
    const QString mode = QSettings().value(kViewMode).toString();
    return mode == QLatin1String("tree") ? mode : QStringLiteral("grid");
}

void AppSettings::setViewMode(const QString& mode)
{
    QSettings().setValue(kViewMode, mode == QLatin1String("tree") ? mode : QStringLiteral("grid"));
}

QString AppSettings::sortKey()
{
    return QSettings().value(kSortKey, QStringLiteral("Listing")).toString();
}

bool AppSettings::sortDescending()
{
    return QSettings().value(kSortDescending, false).toBool();
}

void AppSettings::setSort(const QString& key, bool descending)
{
    QSettings settings;
    settings.setValue(kSortKey, key);
    settings.setValue(kSortDescending, descending);
}

QString AppSettings::reportFolder()
{
    const QString folder = QSettings().value(kReportFolder).toString();
    if (!folder.isEmpty() && QDir(folder).exists()) {
        return folder;
    }
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

void AppSettings::setReportFolder(const QString& folder)
{
    QSettings().setValue(kReportFolder, folder);
}

} // namespace Portrait
