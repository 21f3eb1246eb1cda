#include "ThumbnailStore.h"

#include "base/PrivateFiles.h"
#include "cache/CacheLogging.h"

#include <QBuffer>

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace Portrait {

namespace {

constexpr quint32 kMagic = 0x50544842; // "PTHB"
constexpr quint16 kVersion = 1;

} // namespace

ThumbnailStore::ThumbnailStore(const QString& directory)
    : m_directory(directory)
{ }

QString ThumbnailStore::defaultDirectory(const QString& scope)
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (base.isEmpty()) {
        return {};
    }
    return directoryIn(base + QStringLiteral("/thumbnails"), scope);
}

QString ThumbnailStore::directoryIn(const QString& base, const QString& scope)
{
    QString safeScope = scope;
    for (QChar& c : safeScope) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_' && c != u'.') {
            c = u'_';
        }
    }
    if (std::all_of(safeScope.cbegin(), safeScope.cend(), [](QChar c) { return c == u'.'; })) {
        safeScope.fill(u'_'); // never "." or "..": the folder stays inside base (empty stays empty)
    }
    return base + u'/' + (safeScope.isEmpty() ? QStringLiteral("default") : safeScope);
}

QString ThumbnailStore::fileFor(const QString& principal, int edge) const
{
    const QByteArray key = principal.toUtf8() + '\n' + QByteArray::number(edge);
    const QByteArray hash = QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex();
    // Two levels keep folders small at 100,000 principals.
    return m_directory + u'/' + QString::fromLatin1(hash.left(2)) + u'/' + QString::fromLatin1(hash.mid(2))
        + QStringLiteral(".thumb");
}

ThumbnailStore::Entry ThumbnailStore::read(const QString& principal, int edge) const
{
    Entry entry;
    if (!isEnabled()) {
        return entry;
    }
    QFile file(fileFor(principal, edge));
    if (!file.open(QIODevice::ReadOnly)) {
        return entry;
    }
    QDataStream in(&file);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint16 version = 0;
    QString storedPrincipal;
    qint32 storedEdge = 0;
    qint32 status = 0;
    QByteArray png;
    in >> magic >> version;
    if (magic != kMagic || version != kVersion) {
        return entry;
    }
    in >> storedPrincipal >> storedEdge >> status >> entry.etag >> entry.checkedMs >> png;
    // A hash collision or a torn file reads as nothing.
    if (in.status() != QDataStream::Ok || storedPrincipal != principal || storedEdge != edge || status < 0
        || status > int(PhotoStatus::Error)) {
        return entry;
    }
    entry.status = PhotoStatus(status);
    if (entry.status == PhotoStatus::Photo || entry.status == PhotoStatus::Placeholder) {
        if (!entry.image.loadFromData(png, "PNG")) {
            return Entry();
        }
    }
    entry.valid = true;
    return entry;
}

bool ThumbnailStore::write(const QString& principal, int edge, const Entry& entry) const
{
    if (!isEnabled() || entry.status == PhotoStatus::Error) {
        return false;
    }
    const QString path = fileFor(principal, edge);
    // Everybody's photo is in here: the folders are the user's alone (0700), and so are the files (0600).
    if (!PrivateFiles::makeFolder(QFileInfo(path).absolutePath(), m_directory)) {
        warnOnce(QStringLiteral("cannot create %1").arg(QFileInfo(path).absolutePath()));
        return false;
    }
    QByteArray png;
    if (!entry.image.isNull()) {
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (!entry.image.save(&buffer, "PNG")) {
            return false;
        }
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !PrivateFiles::makePrivate(file)) {
        warnOnce(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    QDataStream out(&file);
    out.setVersion(QDataStream::Qt_6_4);
    out << kMagic << kVersion << principal << qint32(edge) << qint32(entry.status) << entry.etag << entry.checkedMs
        << png;
    const qint64 size = file.size();
    if (out.status() != QDataStream::Ok || !file.commit()) {
        warnOnce(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_bytesWritten += size;
    return true;
}

void ThumbnailStore::warnOnce(const QString& what) const
{
    // Once a store: a full disk or a read-only folder fails every thumbnail the same way.
    if (!m_warned.exchange(true)) {
        qCWarning(lcCache).noquote() << "thumbnail cache:" << what << "- thumbnails are not kept for the next session";
    } else {
        qCDebug(lcCache).noquote() << "thumbnail cache:" << what;
    }
}

void ThumbnailStore::remove(const QString& principal, int edge) const
{
    if (isEnabled()) {
        QFile::remove(fileFor(principal, edge));
    }
}

void ThumbnailStore::clear() const
{
    if (isEnabled()) {
        QDir(m_directory).removeRecursively();
    }
}

} // namespace Portrait
