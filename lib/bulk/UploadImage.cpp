#include "UploadImage.h"

#include "graph/GraphJob.h"
#include "graph/PhotoInfo.h"
#include "graph/PhotoWriteJob.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QPainter>

namespace Portrait {

namespace {

QString sha256Hex(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

UploadImage failed(UploadImage image, const QString& code, const QString& message)
{
    image.ok = false;
    image.errorCode = code;
    image.error = message;
    return image;
}

QByteArray encodeJpeg(const QImage& image, int quality)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", quality);
    return out;
}

} // namespace

UploadImage UploadImage::prepareFile(const QString& path, const UploadOptions& options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return failed({}, QStringLiteral("unreadable"), file.errorString());
    }
    // Nothing larger is an upload candidate: a 64-megapixel JPEG stays well under this.
    constexpr qint64 kMaxFileBytes = 256LL * 1024 * 1024;
    if (file.size() > kMaxFileBytes) {
        return failed({}, QStringLiteral("too-large"),
                      QCoreApplication::translate("Portrait::UploadImage", "the file is larger than 256 MB"));
    }
    return prepare(file.readAll(), options);
}

UploadImage UploadImage::prepare(const QByteArray& data, const UploadOptions& options)
{
    UploadImage image;
    image.bytes = data.size();
    image.sha256 = sha256Hex(data);
    image.mediaType = sniffImageType(data);

    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize stored = reader.size();
    if (!stored.isValid()) {
        return failed(image, QStringLiteral("not-an-image"),
                      QCoreApplication::translate("Portrait::UploadImage", "not an image Portrait can read"));
    }
    if (qint64(stored.width()) * stored.height() > GraphJob::maxImagePixels) {
        return failed(
            image, QStringLiteral("too-many-pixels"),
            QCoreApplication::translate("Portrait::UploadImage", "%1 x %2 pixels is more than Portrait decodes")
                .arg(stored.width())
                .arg(stored.height()));
    }
    // The EXIF orientation, as a reader that does not apply it reports it.
    QBuffer probeBuffer;
    probeBuffer.setData(data);
    probeBuffer.open(QIODevice::ReadOnly);
    QImageReader probe(&probeBuffer);
    const bool rotated = probe.transformation() != QImageIOHandler::TransformationNone;
    // A JPEG that needs none of the steps below is sent byte for byte, and needs decoding only to show that it decodes:
    // at an eighth of its size, which libjpeg does by scaling its blocks, every byte of the file is still read and
    // checked, for a third of the time (a folder of thousands of them is the plan's critical path).
    const bool sentAsIs = image.mediaType == QLatin1String("image/jpeg") && !rotated
        && (options.crop == UploadOptions::Crop::None || stored.width() == stored.height())
        && qMax(stored.width(), stored.height()) <= options.maxEdge && data.size() <= PhotoWriteJob::maxUploadBytes;
    if (sentAsIs) {
        reader.setScaledSize(QSize(qMax(1, stored.width() / 8), qMax(1, stored.height() / 8)));
    }
    QImage decoded = reader.read();
    if (decoded.isNull()) {
        return failed(image, QStringLiteral("not-an-image"), reader.errorString());
    }
    image.width = sentAsIs ? stored.width() : decoded.width();
    image.height = sentAsIs ? stored.height() : decoded.height();
    if (qMin(image.width, image.height) < options.minEdge) {
        return failed(image, QStringLiteral("too-small"),
                      QCoreApplication::translate("Portrait::UploadImage",
                                                  "%1 x %2 pixels: under the %3 pixels asked (--min-edge)")
                          .arg(image.width)
                          .arg(image.height)
                          .arg(options.minEdge));
    }
    if (sentAsIs) {
        image.jpeg = data;
        image.uploadWidth = image.width;
        image.uploadHeight = image.height;
        image.uploadSha256 = image.sha256;
        image.ok = true;
        return image;
    }

    QImage out = decoded;
    if (rotated) {
        image.warnings << QStringLiteral("rotated");
    }
    if (options.crop == UploadOptions::Crop::Center && out.width() != out.height()) {
        const int side = qMin(out.width(), out.height());
        out = out.copy((out.width() - side) / 2, (out.height() - side) / 2, side, side);
        image.warnings << QStringLiteral("cropped");
    }
    if (qMax(out.width(), out.height()) > options.maxEdge) {
        out = out.scaled(options.maxEdge, options.maxEdge, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        image.warnings << QStringLiteral("scaled");
    }

    if (out.hasAlphaChannel()) {
        // JPEG has no transparency: flatten onto white, as people expect of a transparent portrait.
        QImage flat(out.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter painter(&flat);
        painter.drawImage(0, 0, out);
        painter.end();
        out = flat;
    }
    for (int quality = options.quality; quality >= 40; quality -= 10) {
        image.jpeg = encodeJpeg(out, quality);
        if (image.jpeg.size() <= PhotoWriteJob::maxUploadBytes) {
            break;
        }
    }
    if (image.jpeg.isEmpty() || image.jpeg.size() > PhotoWriteJob::maxUploadBytes) {
        return failed(image, QStringLiteral("too-large"),
                      QCoreApplication::translate("Portrait::UploadImage",
                                                  "no JPEG of this image fits Graph's 4 MB limit; lower --max-edge"));
    }
    image.warnings << QStringLiteral("re-encoded");
    image.uploadWidth = out.width();
    image.uploadHeight = out.height();
    image.uploadSha256 = sha256Hex(image.jpeg);
    image.ok = true;
    return image;
}

} // namespace Portrait
