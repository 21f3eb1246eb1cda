#pragma once

#include <QHash>
#include <QString>

namespace Portrait {

/**
 * @brief Hands out export file names so that no two principals share one, with suffixes that are stable.
 *
 * Names compare as a case-insensitive file system would (NFC, case-folded). The first owner of a name keeps
 * it; a later one gets `~` and 8 hex digits of its own path's hash before the extension (the same suffix
 * every run), and names reserved from the manifest stay with their owners across runs.
 */
class NameAllocator
{
public:
    NameAllocator() = default;

    /// Gives @p file to @p owner (a principal's path), e.g. from the manifest; an empty owner reserves it for good.
    void reserve(const QString& owner, const QString& file);
    /// Frees @p file if @p owner holds it.
    void release(const QString& owner, const QString& file);
    /// @p wanted when it is free or already @p owner's, else a suffixed variant of it; the result is taken.
    QString claim(const QString& owner, const QString& wanted);
    /// Who holds @p file, or empty.
    QString ownerOf(const QString& file) const { return m_owners.value(key(file)); }

    /// `~` + 8 hex digits derived from @p owner.
    static QString suffixFor(const QString& owner);
    /// The comparison key of @p file (NFC, case-folded).
    static QString key(const QString& file);

private:
    QHash<QString, QString> m_owners; ///< key → owner
};

} // namespace Portrait
