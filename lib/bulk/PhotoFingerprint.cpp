#include "PhotoFingerprint.h"

#include "graph/GraphImage.h"

#include <QCryptographicHash>
#include <QPainter>

#include <bit>

namespace Portrait {

namespace {

/// Flattens @p image onto white and returns it as 8-bit grey at @p w x @p h (area-averaged downscale).
QImage greyThumb(const QImage& image, int w, int h)
{
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    {
        QPainter p(&flat);
        p.drawImage(0, 0, image);
    }
    // Two steps keep the area averaging of smooth scaling meaningful for very large inputs.
    QImage small = flat;
    if (small.width() > 64 || small.height() > 64) {
        small = small.scaled(64, 64, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    }
    return small.scaled(w, h, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
        .convertToFormat(QImage::Format_Grayscale8);
}

} // namespace

PhotoFingerprint PhotoFingerprint::fromImage(const QImage& image)
{
    PhotoFingerprint f;
    if (image.isNull()) {
        return f;
    }
    f.width = image.width();
    f.height = image.height();
    f.decoded = true;
    const QImage h = greyThumb(image, 9, 8);
    for (int y = 0; y < 8; ++y) {
        const uchar* line = h.constScanLine(y);
        for (int x = 0; x < 8; ++x) {
            f.horizontal = (f.horizontal << 1) | (line[x] > line[x + 1] ? 1u : 0u);
        }
    }
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    {
        QPainter p(&flat);
        p.drawImage(0, 0, image);
    }
    const QImage grid = (flat.width() > 64 || flat.height() > 64
                             ? flat.scaled(64, 64, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                             : flat)
                            .scaled(4, 4, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    for (int y = 0; y < 4; ++y) {
        for (int x = 0; x < 4; ++x) {
            const QRgb c = grid.pixel(x, y);
            f.colours.append(char(qRed(c))).append(char(qGreen(c))).append(char(qBlue(c)));
        }
    }
    const QImage v = greyThumb(image, 8, 9);
    for (int y = 0; y < 8; ++y) {
        const uchar* line = v.constScanLine(y);
        const uchar* below = v.constScanLine(y + 1);
        for (int x = 0; x < 8; ++x) {
            f.vertical = (f.vertical << 1) | (line[x] > below[x] ? 1u : 0u);
        }
    }
    return f;
}

PhotoFingerprint PhotoFingerprint::compute(const QByteArray& bytes)
{
    PhotoFingerprint f = fromImage(GraphImage::decode(bytes));
    f.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    return f;
}

int PhotoFingerprint::distance(const PhotoFingerprint& a, const PhotoFingerprint& b)
{
    if (!a.decoded || !b.decoded) {
        return 129;
    }
    return std::popcount(a.horizontal ^ b.horizontal) + std::popcount(a.vertical ^ b.vertical);
}

int PhotoFingerprint::colourDistance(const PhotoFingerprint& a, const PhotoFingerprint& b)
{
    if (a.colours.size() != 48 || b.colours.size() != 48) {
        return 256;
    }
    int sum = 0;
    for (int i = 0; i < 48; ++i) {
        sum += qAbs(int(uchar(a.colours.at(i))) - int(uchar(b.colours.at(i))));
    }
    return sum / 48;
}

QString PhotoFingerprint::dhashHex() const
{
    return QStringLiteral("%1%2")
        .arg(qulonglong(horizontal), 16, 16, QChar(u'0'))
        .arg(qulonglong(vertical), 16, 16, QChar(u'0'));
}

bool PhotoFingerprint::setDhashHex(const QString& hex)
{
    if (hex.size() != 32) {
        return false;
    }
    bool ok1 = false;
    bool ok2 = false;
    const quint64 h = hex.left(16).toULongLong(&ok1, 16);
    const quint64 v = hex.mid(16).toULongLong(&ok2, 16);
    if (!ok1 || !ok2) {
        return false;
    }
    horizontal = h;
    vertical = v;
    decoded = true;
    return true;
}

} // namespace Portrait
