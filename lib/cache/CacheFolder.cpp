#include "cache/CacheFolder.h"

#include "cache/ThumbnailLoader.h"
#include "cache/ThumbnailStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <vector>

namespace Portrait {

namespace {
const QString kCacheTag = QStringLiteral("CACHEDIR.TAG");
// The first 43 bytes of a tag are what tools look for.
const QByteArray kCacheTagSignature = QByteArrayLiteral("Signature: 8a477f597d28d172789f06886806bc55");

constexpr auto kAllFiles = QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks;
} // namespace

CacheFolder::CacheFolder(const QString& path, qint64 maxBytes)
    : m_path(path)
    , m_maxBytes(maxBytes)
{ }

QString CacheFolder::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
}

bool CacheFolder::isDefault() const
{
    return QDir::cleanPath(m_path) == QDir::cleanPath(defaultPath());
}

bool CacheFolder::isTagged() const
{
    QFile tag(QDir(m_path).filePath(kCacheTag));
    return tag.open(QIODevice::ReadOnly) && tag.read(kCacheTagSignature.size()) == kCacheTagSignature;
}

bool CacheFolder::prepare(QString* error) const
{
    if (m_path.trimmed().isEmpty() || QDir::isRelativePath(m_path)) {
        *error = QCoreApplication::translate("Portrait::CacheFolder", "The cache folder must be an absolute path.");
        return false;
    }
    if (isTagged()) {
        return true;
    }
    const QFileInfo info(m_path);
    if (info.exists() && !info.isDir()) {
        *error = QCoreApplication::translate("Portrait::CacheFolder", "%1 is a file, not a folder.")
                     .arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    if (info.exists() && !QDir(m_path).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
        *error = QCoreApplication::translate(
                     "Portrait::CacheFolder",
                     "%1 already holds other files. Choose an empty folder: Portrait deletes what is in its cache "
                     "folder when the cache is cleared.")
                     .arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    return writeTag(error);
}

bool CacheFolder::writeTag(QString* error) const
{
    if (!QDir().mkpath(m_path)) {
        *error = QCoreApplication::translate("Portrait::CacheFolder", "Cannot create the folder %1.")
                     .arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    QFile tag(QDir(m_path).filePath(kCacheTag));
    if (!tag.open(QIODevice::WriteOnly | QIODevice::NewOnly)
        || tag.write(kCacheTagSignature
                     + "\n# This file is a cache directory tag created by Portrait.\n"
                       "# For information about cache directory tags, see https://bford.info/cachedir/\n")
            < 0) {
        *error = QCoreApplication::translate("Portrait::CacheFolder", "Cannot write in %1: %2")
                     .arg(QDir::toNativeSeparators(m_path), tag.errorString());
        return false;
    }
    return true;
}

qint64 CacheFolder::usage() const
{
    qint64 bytes = 0;
    const QString root = QFileInfo(m_path).absoluteFilePath();
    QDirIterator it(m_path, kAllFiles, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        if (it.fileName() != kCacheTag || it.fileInfo().absolutePath() != root) {
            bytes += it.fileInfo().size();
        }
    }
    return bytes;
}

bool CacheFolder::clear(QString* error) const
{
    if (!QFileInfo::exists(m_path)) {
        return true; // nothing cached yet
    }
    if (!isTagged()) {
        *error = QCoreApplication::translate(
                     "Portrait::CacheFolder",
                     "%1 is not marked as Portrait's cache (no CACHEDIR.TAG): nothing was deleted.")
                     .arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    bool ok = true;
    const QFileInfoList entries
        = QDir(m_path).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    for (const QFileInfo& entry : entries) {
        if (entry.fileName() == kCacheTag) {
            continue;
        }
        const bool removed = entry.isDir() && !entry.isSymLink() ? QDir(entry.absoluteFilePath()).removeRecursively()
                                                                 : QFile::remove(entry.absoluteFilePath());
        if (!removed) {
            *error = QCoreApplication::translate("Portrait::CacheFolder", "Cannot delete %1.")
                         .arg(QDir::toNativeSeparators(entry.absoluteFilePath()));
            ok = false;
        }
    }
    return ok;
}

qint64 CacheFolder::trim() const
{
    if (!isTagged()) {
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
    const QString tag = QFileInfo(QDir(m_path).filePath(kCacheTag)).absoluteFilePath();
    QDirIterator it(m_path, kAllFiles, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        if (info.absoluteFilePath() == tag) {
            continue;
        }
        files.push_back({info.absoluteFilePath(), info.size(), info.lastModified()});
        total += info.size();
    }
    if (total <= m_maxBytes) {
        return 0;
    }
    std::sort(files.begin(), files.end(), [](const File& a, const File& b) { return a.written < b.written; });
    const qint64 target = m_maxBytes / 10 * 9;
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

QString CacheFolder::thumbnailDirectory(const QString& scope, QString* error) const
{
    if (isDefault() && !isTagged() && QFileInfo(m_path).isDir()) {
        // ~/.cache/portrait is Portrait's by the XDG convention (earlier versions wrote there untagged).
        if (!writeTag(error)) {
            return {};
        }
    } else if (!prepare(error)) {
        return {};
    }
    return ThumbnailStore::directoryIn(m_path + QStringLiteral("/thumbnails"), scope);
}

bool CacheFolder::attach(ThumbnailLoader* loader, const QString& scope, QString* error) const
{
    if (scope.isEmpty()) {
        return true;
    }
    const QString store = thumbnailDirectory(scope, error);
    if (store.isEmpty()) {
        return false;
    }
    loader->setStoreDirectory(store);
    const CacheFolder folder = *this;
    (void)QtConcurrent::run([folder]() { folder.trim(); });
    loader->setDiskBudget(m_maxBytes / 10, [folder]() { folder.trim(); });
    return true;
}

} // namespace Portrait
