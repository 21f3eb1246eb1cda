#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Portrait {

/// How an image file becomes the JPEG that is uploaded as a photo (CLI.md `--crop`, `--max-edge`, `--min-edge`).
struct UploadOptions
{
    enum class Crop
    {
        Center, ///< the largest centred square
        None, ///< the whole image, as it is framed
    };
    Crop crop = Crop::Center;
    int maxEdge = 648; ///< scaled down to this longest edge; never up
    int minEdge = 96; ///< images with a shorter edge are refused (Graph refuses tiny ones, ValidationWidthTooSmall)
    int quality = 90; ///< JPEG quality of a re-encoded image (lowered when needed to stay under the limit)
};

/**
 * @brief One image prepared for upload: what the file is, and the JPEG that is (or would be) sent.
 *
 * prepare() decodes the file honouring its EXIF orientation, crops it to a square (by default), scales it down to
 * the longest edge asked and encodes a JPEG under Graph's 4 MB limit. A JPEG that needs none of this (upright,
 * already square or not cropped, small enough) is sent byte for byte, so a backup put back is the original.
 * Blocking (decodes and encodes): run it on a worker thread.
 */
struct UploadImage
{
    bool ok = false;
    QString errorCode; ///< when !ok: `unreadable`, `not-an-image`, `too-many-pixels`, `too-small`, `too-large`
    QString error; ///< when !ok: for people, in the language of the translators installed

    // The file.
    QString mediaType; ///< sniffed from the bytes, e.g. `image/png`
    int width = 0; ///< upright (after the EXIF orientation)
    int height = 0;
    qint64 bytes = 0;
    QString sha256;

    // What is sent.
    QByteArray jpeg;
    int uploadWidth = 0;
    int uploadHeight = 0;
    QString uploadSha256;
    QStringList warnings; ///< `rotated`, `cropped`, `scaled`, `re-encoded`

    /// Prepares @p data (the file's bytes) for upload under @p options.
    static UploadImage prepare(const QByteArray& data, const UploadOptions& options);
    /// Reads @p path and prepares it; a file that cannot be read gives `unreadable`.
    static UploadImage prepareFile(const QString& path, const UploadOptions& options);
};

} // namespace Portrait
