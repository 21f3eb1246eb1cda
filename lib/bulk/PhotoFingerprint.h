#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

namespace Portrait {

/**
 * @brief What identifies a photo's bytes exactly (sha256) and perceptually (a 128-bit difference hash).
 *
 * The dHash is the classic "difference hash": the image is flattened onto white (transparent placeholders
 * re-encoded as JPEG get a white background too), scaled to 9x8 grey levels and each bit says whether a pixel
 * is brighter than its right neighbour; a second 8x9 pass compares vertical neighbours. As the dHash sees only
 * shapes (and many portraits share a head-and-shoulders layout), a 4x4 grid of mean colours is kept beside it.
 * Resizing, re-encoding (JPEG quality, JPEG↔PNG) and mild colour changes move only a few of the 128 bits; different
 * pictures differ in many. compute() decodes and scales: call it on a worker thread (QtConcurrent), never on the GUI
 * thread.
 */
struct PhotoFingerprint
{
    QString sha256; ///< hex of the exact bytes
    quint64 horizontal = 0; ///< dHash bits comparing horizontal neighbours
    quint64 vertical = 0; ///< dHash bits comparing vertical neighbours
    QByteArray colours; ///< mean R,G,B of a 4x4 grid (48 bytes): the dHash ignores colour, people differ in it
    int width = 0; ///< decoded pixel size
    int height = 0;
    bool decoded = false; ///< false when the bytes are not an image Qt can decode (only sha256 is set)

    /// Hashes @p bytes; blocking (decodes the image).
    static PhotoFingerprint compute(const QByteArray& bytes);
    /// The dHash of an already decoded image.
    static PhotoFingerprint fromImage(const QImage& image);
    /// Number of differing dHash bits, 0..128; 129 when either side could not be decoded.
    static int distance(const PhotoFingerprint& a, const PhotoFingerprint& b);
    /// Mean absolute difference of the 4x4 colour grids, 0..255; 256 when either side has none.
    static int colourDistance(const PhotoFingerprint& a, const PhotoFingerprint& b);
    /// The dHash as 32 hex digits (horizontal then vertical), for storage.
    QString dhashHex() const;
    /// The colour grid as 96 hex digits, for storage.
    QString coloursHex() const { return QString::fromLatin1(colours.toHex()); }
    /// Reads dhashHex(); false for anything else.
    bool setDhashHex(const QString& hex);
};

} // namespace Portrait
