#pragma once

#include <QString>

namespace Portrait {

/**
 * @brief The file names Portrait makes from what the directory holds: one rule for the export, "Save photo as…",
 * the viewer's copy and a photo dragged out.
 *
 * A display name, a UPN or a mail is not a file name: it may hold `/`, `\`, `:`, control characters, a leading
 * dot, Windows' device names (`CON`, `NUL`, `COM1`...) or 10,000 combining marks. sanitize() makes one path
 * component of it that is safe on Linux, macOS and Windows: NFC-normalised, reserved and control characters
 * replaced by `_`, no `..`, no leading dot or space, no trailing dot or space, renamed away from the device names
 * (a `_` before it), at most 30 combining marks in a row, and at most 255 UTF-8 bytes (keeping the extension).
 * Every function is pure and thread-safe, and linear in the length of its input (see kMaxNormalizedLength).
 */
namespace FileName {

/**
 * The extension (without the dot) of a file of @p mediaType: `jpg`, `png`, `gif`, `bmp`, `webp` or `tif`, and
 * `img` for any other type. Graph serves photos as JPEG, PNG, GIF or BMP, and a photo answer that is not an
 * `image/` type is an error, so an unknown type is still an image of a kind we cannot name: `img` says so, where
 * `bin` would not (and the export has always written `img`, so earlier exports' names stay as they are).
 */
QString extensionFor(const QString& mediaType);

/// One path component made safe (see the namespace's description). Never empty, never `.` or `..`.
QString sanitize(const QString& component);
/// Every component of a `/`-separated relative path made safe; empty components are dropped, never empty.
QString sanitizePath(const QString& path);
/// A photo's file name: @p stem (a UPN, a mail, a name) with @p mediaType's extension, made safe as one component.
QString forPhoto(const QString& stem, const QString& mediaType);

/// @p relativePath with @p suffix put before the last component's extension, still within 255 bytes.
QString withSuffix(const QString& relativePath, const QString& suffix);
/// Cuts @p text to at most @p maxBytes of UTF-8 without splitting a character.
QString truncateUtf8(const QString& text, int maxBytes);
/**
 * @p text without the combining marks after the 30th of an unbroken run (UAX #15's stream-safe bound; a
 * longer run is "zalgo" text, no name). QString::normalized() reorders a run of marks in time quadratic in
 * its length: normalise only what went through this.
 */
QString limitCombiningMarks(const QString& text);
/**
 * The longest text the sanitizer normalises (QString::normalized() is also quadratic in the number of
 * compositions: 400,000 of them took 7 s). A longer component counts by its first 2,048 characters and its
 * extension; no name has that many (Graph caps displayName at 256, a component ends at 255 bytes).
 */
constexpr qsizetype kMaxNormalizedLength = 2048;

} // namespace FileName

} // namespace Portrait
