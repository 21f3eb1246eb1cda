#include "AppSettings.h"

#include "bulk/NameTemplate.h"

#include <QDir>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

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

QString AppSettings::cacheDirectory()
{
    const QString dir = QSettings().value(kCacheDirectory).toString();
    return dir.isEmpty() ? CacheFolder::defaultPath() : dir;
}

void AppSettings::setCacheDirectory(const QString& dir)
{
    QSettings settings;
    if (dir.isEmpty() || CacheFolder(dir).isDefault()) {
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

CacheFolder AppSettings::cacheFolder()
{
    return CacheFolder(cacheDirectory(), cacheMaxBytes());
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
