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
 * relative path that stays inside the output folder: every component is made safe by FileName::sanitize()
 * (graph/FileName.h), the one rule for every file name Portrait makes. Pure and thread-safe.
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
