#include "ExportWriter.h"

#include "bulk/OutputFolder.h"

#include "graph/GraphImage.h"
#include "graph/PhotoInfo.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QImageWriter>
#include <QPainter>

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
    if (!OutputFolder::write(task.outDir, task.file, bytes, &error)) {
        result.error = error;
        return result;
    }
    result.ok = true;
    return result;
}

bool ExportWriter::verify(const QString& outDir, const QString& file, const QString& sha256, qint64 bytes)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 size = 0;
    QString error;
    return OutputFolder::hash(outDir, file, &hash, &size, &error) && size == bytes
        && QString::fromLatin1(hash.result().toHex()) == sha256;
}

bool ExportWriter::removeFile(const QString& outDir, const QString& file, QString* error)
{
    return OutputFolder::remove(outDir, file, error);
}

int ExportWriter::removeStaleTemporaries(const QString& outDir, const QSet<QString>& keep)
{
    return OutputFolder::removeTemporaries(outDir, keep);
}

} // namespace Portrait
