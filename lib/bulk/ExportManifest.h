#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Portrait {

/// One exported principal in `portrait-manifest.json` (CLI.md).
struct ExportManifestEntry
{
    QString path; ///< canonical Graph path of the principal
    QString file; ///< relative to the output folder, `/`-separated
    QString etag; ///< of the photo the file was made from
    QString sha256; ///< of the file on disk
    qint64 bytes = 0; ///< of the file on disk
    QString mediaType; ///< of the file on disk
    int width = 0;
    int height = 0;
    QString sizeId; ///< Graph's size the file was made from (empty: the largest)
    QString variant; ///< ExportOptions::variant() of the run that wrote it
    /// Of the bytes Graph served, when the file is a conversion of them (else equal to sha256/bytes: not kept).
    QString sourceSha256;
    qint64 sourceBytes = -1;

    QJsonObject toJson() const;
    static ExportManifestEntry fromJson(const QJsonObject& object);
};

/**
 * @brief `portrait-manifest.json` in an export folder: what was written for whom, so that a re-run can
 * tell what changed, what is damaged and what may be pruned.
 *
 * Kept in memory and written whole, atomically, by save(): a crash leaves the previous version. Read and
 * written through OutputFolder: a symbolic link at its name (dangling or not) is refused, never followed.
 * Entries keep their insertion order. Not thread-safe.
 */
class ExportManifest
{
public:
    ExportManifest() = default;

    /// `portrait-manifest.json`.
    static QString fileName();

    /// Reads the manifest of @p dir; a missing file is an empty manifest (true), an unreadable one false.
    bool load(const QString& dir, QString* error = nullptr);
    /// Writes the manifest into @p dir atomically.
    bool save(const QString& dir, QString* error = nullptr) const;
    /// The whole document, as save() writes it.
    QByteArray toJson() const;

    const ExportManifestEntry* find(const QString& path) const;
    void insert(const ExportManifestEntry& entry);
    void remove(const QString& path);
    /// Entries in insertion order.
    QList<ExportManifestEntry> entries() const;
    qsizetype size() const { return m_index.size(); }
    /// Changed since the last load() or save().
    bool isDirty() const { return m_dirty; }

private:
    QList<ExportManifestEntry> m_entries; ///< may hold removed slots (empty path)
    QHash<QString, qsizetype> m_index; ///< path → position in m_entries
    mutable bool m_dirty = false;
};

} // namespace Portrait
