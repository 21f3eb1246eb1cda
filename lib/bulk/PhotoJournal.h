#pragma once

#include "base/GraphError.h"
#include "bulk/JournalTenant.h"
#include "graph/DirectoryObject.h"
#include "graph/PhotoInfo.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Portrait {

/**
 * @brief One principal a write run changed, or was about to change, as the journal keeps it.
 *
 * `state` says how far the write went: `writing` (its photo is backed up and the write may have been sent: after a
 * kill, the photo itself says whether it was carried out), `written`, or `failed` (nothing written; a later run
 * tries again). The backup is
 * the photo as it was before the first write of any run on this journal: a later run never replaces it.
 */
struct JournalEntry
{
    ItemPath path; ///< canonical, by id
    QString kind; ///< `user`, `group`, `contact`
    QString displayName;
    QString userPrincipalName;
    QString file; ///< the image file it came from (import), relative; empty for a removal
    QString action; ///< `set`, `replace` or `remove`
    QString state; ///< `writing`, `written`, `failed`
    // Before the first write.
    bool hadPhoto = false;
    QString etagBefore;
    QString mediaTypeBefore;
    int widthBefore = 0;
    int heightBefore = 0;
    QString backup; ///< file name in the journal folder holding the original bytes, when there was a photo
    QString backupSha256;
    // The write.
    QString uploadSha256; ///< of the JPEG sent (empty for a removal)
    QString etagAfter;
    bool verified = false;
    GraphError error; ///< of a failed write
    // Undo.
    QString undone; ///< empty, or what undo did: `restored`, `removed`

    QJsonObject toJson() const;
    static JournalEntry fromJson(const QJsonObject& object);
};

/**
 * @brief The journal of a write run: a folder (0700: tenant data) holding `portrait-journal.json` and one backup
 * file per principal whose photo was replaced or removed (0600).
 *
 * Every save is atomic (QSaveFile): a run writes an entry ahead of each write and updates it after, so that a kill
 * at any moment leaves a journal that says exactly what was done. A run may stage() the entries of several
 * principals and commit() them in one save (each save rewrites the whole file). Not thread-safe: used from the
 * thread of the job that writes.
 */
class PhotoJournal
{
public:
    static constexpr const char* fileName = "portrait-journal.json";

    /**
     * @brief Opens the journal in @p dir, creating the folder and an empty journal of @p tenant when there is none.
     * An existing journal is opened as it is, whichever tenant it records: check belongsTo() before writing to it.
     */
    bool open(const QString& dir, QString* error, const JournalTenant& tenant = {});
    /// Opens an existing journal (for undo); false with @p error when @p dir holds none.
    bool openExisting(const QString& dir, QString* error);

    QString dir() const { return m_dir; }
    /// When the journal was made: ISO 8601, UTC.
    QString created() const { return m_created; }
    /// Where its photos were read and written; nothing known for a journal written before tenants were recorded.
    const JournalTenant& tenant() const { return m_tenant; }
    /// Whether it may be undone or continued in @p current (JournalTenant::matches()).
    bool belongsTo(const JournalTenant& current) const { return m_tenant.matches(current); }
    const QList<JournalEntry>& entries() const { return m_entries; }
    /// The entry of @p path, or -1.
    int indexOf(const ItemPath& path) const;
    const JournalEntry& at(int index) const { return m_entries.at(index); }

    /// Adds or replaces the entry of its path, then saves; false with @p error when it cannot be saved.
    bool put(const JournalEntry& entry, QString* error);
    /// Adds or replaces the entry of its path in memory only: commit() makes it durable, together with every other
    /// entry staged since (one atomic save for a group of principals).
    void stage(const JournalEntry& entry);
    /// Saves the journal with everything staged; false with @p error when it cannot be saved.
    bool commit(QString* error) { return save(error); }
    /// The journal file's contents with everything staged, for a save off this thread (writeFile()).
    QByteArray serialized();
    /// The journal file.
    QString filePath() const;
    /// Saves @p bytes as the journal file @p path, atomically and readable by its owner only; safe on any thread.
    static bool writeFile(const QString& path, const QByteArray& bytes, QString* error);
    /// Saves so far (commit() and serialized()): for tests and benchmarks.
    int saves() const { return m_saves; }
    /// Saves @p bytes as the backup of @p entry (sets `backup`, `backupSha256`), 0600; does not save the journal.
    bool writeBackup(JournalEntry& entry, const QByteArray& bytes, const QString& mediaType, QString* error);
    /// The backup bytes of @p entry; empty with @p error when the file is missing or no longer matches its sha256.
    QByteArray readBackup(const JournalEntry& entry, QString* error) const;

private:
    bool save(QString* error);
    bool load(QString* error);

    QString m_dir;
    QString m_created;
    JournalTenant m_tenant;
    QList<JournalEntry> m_entries;
    QList<QByteArray> m_serialized; ///< each entry as compact JSON: a save rewrites the file, not every entry's JSON
    int m_saves = 0;
};

} // namespace Portrait
