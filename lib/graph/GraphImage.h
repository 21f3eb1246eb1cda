#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

namespace Portrait {

/**
 * @brief The one way Portrait reads image bytes that came from Graph.
 *
 * Graph serves profile photos as JPEG, PNG, GIF or BMP. Qt would otherwise try every image plugin installed on
 * the machine (TIFF, WebP, SVG, ICO...) on whatever bytes a server sends, and each is code that parses
 * untrusted input. Here the format is named from the magic bytes, and only that decoder runs (format
 * auto-detection off); any other bytes are not an image.
 */
namespace GraphImage {

/// Qt's decoder for @p bytes by their magic bytes: `jpeg`, `png`, `gif` or `bmp`; empty for anything else.
QByteArray decoderFor(const QByteArray& bytes);
/// The pixel size in the header, read by that decoder only; invalid when there is none or it is unreadable.
QSize size(const QByteArray& bytes);
/// The decoded image, by that decoder only; a null image (and @p error) for anything else.
QImage decode(const QByteArray& bytes, QString* error = nullptr);

} // namespace GraphImage

} // namespace Portrait
