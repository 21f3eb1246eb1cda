#include "ExportWriter.h"

#include "graph/GraphImage.h"
#include "graph/PhotoInfo.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QRegularExpression>
#include <QSaveFile>

namespace Portrait {

namespace {

QString sha256Hex(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

bool needsScaling(const QSize& size, int maxEdge)
{
    return maxEdge > 0 && size.isValid() && qMax(size.width(), size.height()) > maxEdge;
}

} // namespace

QSize ExportWriter::outputSize(const QSize& size, int maxEdge)
{
    if (!needsScaling(size, maxEdge)) {
        return size;
    }
    return size.scaled(maxEdge, maxEdge, Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
}

QString ExportWriter::outputMediaType(ExportFormat format, const QString& mediaType, const QSize& size, int maxEdge)
{
    switch (format) {
    case ExportFormat::Jpeg:
        return QStringLiteral("image/jpeg");
    case ExportFormat::Png:
        return QStringLiteral("image/png");
    case ExportFormat::Original:
        break;
    }
    if (!needsScaling(size, maxEdge) || mediaType == QLatin1String("image/jpeg")
        || mediaType == QLatin1String("image/png")) {
        return mediaType;
    }
    return QStringLiteral("image/png"); // a scaled GIF/BMP/... is written losslessly
}

QString ExportWriter::extensionFor(const QString& mediaType)
{
    const QString t = mediaType.toLower();
    if (t == QLatin1String("image/jpeg") || t == QLatin1String("image/jpg") || t == QLatin1String("image/pjpeg")) {
        return QStringLiteral("jpg");
    }
    if (t == QLatin1String("image/png")) {
        return QStringLiteral("png");
    }
    if (t == QLatin1String("image/gif")) {
        return QStringLiteral("gif");
    }
    if (t == QLatin1String("image/bmp")) {
        return QStringLiteral("bmp");
    }
    if (t == QLatin1String("image/webp")) {
        return QStringLiteral("webp");
    }
    if (t == QLatin1String("image/tiff")) {
        return QStringLiteral("tif");
    }
    return QStringLiteral("img");
}

QByteArray ExportWriter::convert(const QByteArray& data, const QString& mediaType, ExportFormat format, int quality,
                                 int maxEdge, QString* outMediaType, QSize* outSize, QString* error)
{
    const QSize size = GraphImage::size(data);
    if (format == ExportFormat::Original && !needsScaling(size, maxEdge)) {
        *outMediaType = mediaType;
        *outSize = size;
        return data;
    }
    QString decodeError;
    QImage image = GraphImage::decode(data, &decodeError);
    if (image.isNull()) {
        *error = QStringLiteral("cannot decode the photo: %1").arg(decodeError);
        return {};
    }
    if (needsScaling(image.size(), maxEdge)) {
        image = image.scaled(outputSize(image.size(), maxEdge), Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    const QString type = outputMediaType(format, mediaType, size, maxEdge);
    QByteArray encoded;
    QBuffer target(&encoded);
    target.open(QIODevice::WriteOnly);
    QImageWriter writer(&target, type == QLatin1String("image/jpeg") ? QByteArrayLiteral("jpeg") : "png");
    if (type == QLatin1String("image/jpeg")) {
        if (image.hasAlphaChannel()) {
            // JPEG has no transparency: flatten onto white rather than onto black.
            QImage flat(image.size(), QImage::Format_RGB32);
            flat.fill(Qt::white);
            QPainter painter(&flat);
            painter.drawImage(0, 0, image);
            painter.end();
            image = flat;
        }
        writer.setQuality(qBound(1, quality, 100));
        writer.setOptimizedWrite(true);
    }
    if (!writer.write(image)) {
        *error = QStringLiteral("cannot encode the photo: %1").arg(writer.errorString());
        return {};
    }
    *outMediaType = type;
    *outSize = image.size();
    return encoded;
}

QString ExportWriter::safeTarget(const QString& outDir, const QString& file, QString* error)
{
    if (file.isEmpty() || QDir::isAbsolutePath(file) || file.startsWith(u'/') || file.contains(u'\\')) {
        *error = QStringLiteral("'%1' is not a relative path").arg(file);
        return {};
    }
    const QStringList components = file.split(u'/');
    QString current = QDir(outDir).absolutePath();
    for (qsizetype i = 0; i < components.size(); ++i) {
        const QString& c = components.at(i);
        if (c.isEmpty() || c == QLatin1String(".") || c == QLatin1String("..")) {
            *error = QStringLiteral("'%1' would leave the output folder").arg(file);
            return {};
        }
        current += u'/' + c;
        const QFileInfo info(current);
        if (info.isSymLink()) {
            *error = QStringLiteral("'%1' goes through a symbolic link; refusing to follow it").arg(file);
            return {};
        }
        if (i + 1 < components.size() && info.exists() && !info.isDir()) {
            *error = QStringLiteral("'%1' is not a folder").arg(components.mid(0, i + 1).join(u'/'));
            return {};
        }
        if (i + 1 == components.size() && info.exists() && !info.isFile()) {
            *error = QStringLiteral("'%1' exists and is not a file").arg(file);
            return {};
        }
    }
    return current;
}

ExportWriteResult ExportWriter::write(const ExportWriteTask& task)
{
    ExportWriteResult result;
    QString error;
    QString type;
    QSize size;
    const QByteArray bytes
        = convert(task.data, task.mediaType, task.format, task.quality, task.maxEdge, &type, &size, &error);
    if (bytes.isEmpty()) {
        result.error = error;
        return result;
    }
    result.sha256 = sha256Hex(bytes);
    result.bytes = bytes.size();
    result.mediaType = type;
    result.width = size.width();
    result.height = size.height();
    if (task.dryRun) {
        result.ok = true;
        return result;
    }
    const QString target = safeTarget(task.outDir, task.file, &error);
    if (target.isEmpty()) {
        result.error = error;
        return result;
    }
    const QString dir = QFileInfo(target).path();
    if (!QDir().mkpath(dir)) {
        result.error = QStringLiteral("cannot create the folder '%1'").arg(dir);
        return result;
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        result.error = QStringLiteral("cannot write '%1': %2").arg(task.file, file.errorString());
        return result;
    }
    result.ok = true;
    return result;
}

bool ExportWriter::verify(const QString& outDir, const QString& file, const QString& sha256, qint64 bytes)
{
    QString error;
    const QString target = safeTarget(outDir, file, &error);
    if (target.isEmpty()) {
        return false;
    }
    QFile f(target);
    if (!f.open(QIODevice::ReadOnly) || f.size() != bytes) {
        return false;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f)) {
        return false;
    }
    return QString::fromLatin1(hash.result().toHex()) == sha256;
}

bool ExportWriter::removeFile(const QString& outDir, const QString& file, QString* error)
{
    const QString target = safeTarget(outDir, file, error);
    if (target.isEmpty()) {
        return false;
    }
    if (!QFileInfo::exists(target)) {
        return true;
    }
    QFile f(target);
    if (!f.remove()) {
        *error = f.errorString();
        return false;
    }
    return true;
}

int ExportWriter::removeStaleTemporaries(const QString& outDir, const QSet<QString>& keep)
{
    static const QRegularExpression stale(
        QStringLiteral("\\.(jpg|jpeg|png|gif|bmp|webp|tif|img|json)\\.[A-Za-z0-9]{6}$"),
        QRegularExpression::CaseInsensitiveOption);
    const QDir base(outDir);
    int removed = 0;
    QDirIterator it(outDir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isSymLink() || !stale.match(info.fileName()).hasMatch()) {
            continue;
        }
        if (keep.contains(base.relativeFilePath(path))) {
            continue;
        }
        if (QFile::remove(path)) {
            ++removed;
        }
    }
    return removed;
}

} // namespace Portrait
