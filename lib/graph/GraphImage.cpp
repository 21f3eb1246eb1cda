#include "GraphImage.h"

#include "graph/PhotoInfo.h"

#include <QBuffer>
#include <QImageReader>

namespace Portrait::GraphImage {

namespace {

/// Reads @p bytes with the one decoder their magic bytes name, and nothing else.
template <typename Read> auto withReader(const QByteArray& bytes, Read read)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, decoderFor(bytes));
    reader.setAutoDetectImageFormat(false);
    return read(reader);
}

} // namespace

QByteArray decoderFor(const QByteArray& bytes)
{
    const QString type = sniffImageType(bytes);
    if (type == QLatin1String("image/jpeg")) {
        return QByteArrayLiteral("jpeg");
    }
    if (type == QLatin1String("image/png")) {
        return QByteArrayLiteral("png");
    }
    if (type == QLatin1String("image/gif")) {
        return QByteArrayLiteral("gif");
    }
    if (type == QLatin1String("image/bmp")) {
        return QByteArrayLiteral("bmp");
    }
    return {};
}

QSize size(const QByteArray& bytes)
{
    if (decoderFor(bytes).isEmpty()) {
        return {};
    }
    return withReader(bytes, [](QImageReader& reader) { return reader.size(); });
}

QImage decode(const QByteArray& bytes, QString* error)
{
    if (decoderFor(bytes).isEmpty()) {
        if (error) {
            *error = QStringLiteral("not a JPEG, PNG, GIF or BMP image");
        }
        return {};
    }
    return withReader(bytes, [error](QImageReader& reader) {
        QImage image = reader.read();
        if (image.isNull() && error) {
            *error = reader.errorString();
        }
        return image;
    });
}

} // namespace Portrait::GraphImage
