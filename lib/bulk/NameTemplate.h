#pragma once

#include <QString>
#include <QStringList>

namespace Portrait {

struct DirectoryObject;

/// The values a NameTemplate fills in for one principal.
struct NameFields
{
    QString upn; ///< userPrincipalName for users; mail, then id, for the rest
    QString id;
    QString mail;
    QString displayName;
    QString kind; ///< `user`, `group`, `contact`
    QString size; ///< pixel size of what is written, `240x240`
    QString etag;
    QString ext; ///< `jpg`, `png`, `gif`...

    /// The fields of @p object; size, etag and ext are the caller's.
    static NameFields of(const DirectoryObject& object, const QString& size, const QString& etag, const QString& ext);
};

/**
 * @brief File names of an export, from a pattern such as `{kind}/{upn}.{ext}` (tokens `{upn} {id} {mail}
 * {displayName} {kind} {size} {etag} {ext}`).
 *
 * A `/` in the pattern makes a subfolder; a `/` or `\` inside a value never does. The result is always a
 * relative path that stays inside the output folder: every component is NFC-normalised, loses reserved and
 * control characters, `..`, trailing dots and spaces, is renamed away from Windows' reserved names (CON,
 * NUL, COM1...), keeps at most 30 combining marks in a row, and is cut to 255 UTF-8 bytes (keeping the
 * extension of the last one). Pure and thread-safe; linear in the length of its input (see
 * kMaxNormalizedLength).
 */
class NameTemplate
{
public:
    /// @p pattern empty means defaultPattern().
    explicit NameTemplate(const QString& pattern = {});

    /// `{kind}/{upn}.{ext}`.
    static QString defaultPattern();
    /// The tokens a pattern may use, without braces.
    static QStringList tokens();

    QString pattern() const { return m_pattern; }
    /// False for an empty pattern, an unknown or unclosed token, or a pattern without any token.
    bool isValid() const { return m_error.isEmpty(); }
    /// Why the pattern is not valid (translated), or empty.
    QString errorString() const { return m_error; }

    /// The sanitized relative path (components joined by `/`) for @p fields.
    QString expand(const NameFields& fields) const;

    /// One path component made safe (see the class description). Never empty, never `.` or `..`.
    static QString sanitizeComponent(const QString& component);
    /// Every component of a `/`-separated relative path made safe; empty components are dropped.
    static QString sanitizePath(const QString& path);
    /// @p relativePath with @p suffix put before the last component's extension, still within 255 bytes.
    static QString withSuffix(const QString& relativePath, const QString& suffix);
    /// Cuts @p text to at most @p maxBytes of UTF-8 without splitting a character.
    static QString truncateUtf8(const QString& text, int maxBytes);
    /**
     * @p text without the combining marks after the 30th of an unbroken run (UAX #15's stream-safe bound; a
     * longer run is "zalgo" text, no name). QString::normalized() reorders a run of marks in time quadratic in
     * its length: normalise only what went through this.
     */
    static QString limitCombiningMarks(const QString& text);
    /**
     * The longest text the sanitizer normalises (QString::normalized() is also quadratic in the number of
     * compositions: 400,000 of them took 7 s). A longer component counts by its first 2,048 characters and its
     * extension; no name has that many (Graph caps displayName at 256, a component ends at 255 bytes).
     */
    static constexpr qsizetype kMaxNormalizedLength = 2048;

private:
    struct Part
    {
        bool token = false;
        QString text; ///< literal text, or the token's name
    };

    QString m_pattern;
    QString m_error;
    QList<Part> m_parts;
};

} // namespace Portrait
