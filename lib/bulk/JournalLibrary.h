#pragma once

#include "bulk/JournalTenant.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Portrait {

class PhotoJournal;

/// One journal as a list of recent journals shows it (JournalLibrary::recent()).
struct JournalSummary
{
    QString dir; ///< absolute path of the journal folder
    QDateTime created; ///< when the journal was made (UTC); invalid when it does not say
    int entries = 0; ///< principals in the journal
    int written = 0; ///< entries whose write was carried out (state `written`)
    int failed = 0; ///< entries whose write failed (state `failed`)
    int interrupted = 0; ///< entries left `writing` (the run was killed; a re-run or undo settles them)
    int undone = 0; ///< entries an undo put back (`restored` or `removed`)
    JournalTenant tenant; ///< where it was made; nothing known for journals from before tenants were recorded
    QString error; ///< why the journal could not be read; the counts are then 0

    bool isValid() const { return error.isEmpty(); }
    /// Every written entry has been undone (and there was at least one).
    bool isUndone() const { return written > 0 && undone >= written; }
};

/**
 * @brief Where the desktop program keeps its journals of photo writes, one folder each.
 *
 * The journals hold tenant data (the backups are everybody's original photos), so the library's folder and every
 * journal folder are the user's alone (0700, PrivateFiles). The CLI writes its journals where it is told instead.
 *
 * Typical use, before a write run:
 * @code
 *     JournalLibrary library;                 // defaultRoot()
 *     PhotoJournal journal;
 *     QString error;
 *     if (!library.createJournal(&journal, &error)) { show(error); return; }
 *     auto* run = new PhotoWriteRun(client, &journal, tasks);  // journal must outlive the run
 * @endcode
 * and for a menu of recent journals: `for (const JournalSummary& s : library.recent(10)) ...`, then
 * `journal.openExisting(s.dir, &error)` to show or undo one.
 *
 * The desktop program's library (the default constructor) is one folder, defaultRoot(); journals written where
 * earlier versions kept them, legacyRoot(), are listed too and stay where they are (nothing is moved: a journal's
 * folder is its name in every message and record that pointed to it).
 *
 * Not a QObject and holds no state but its folders and tenant: make one wherever it is needed. Blocking file I/O, small
 * (a folder listing and one JSON file per journal).
 */
class JournalLibrary
{
public:
    /// Folder name prefix; a journal folder is `portrait-journal-YYYYMMDD-HHMMSS` (local time), `-2`, `-3`... when
    /// that name is taken.
    static constexpr const char* folderPrefix = "portrait-journal-";

    /**
     * @brief `journals` in Portrait's own folder of the platform's local data location: one folder named after the
     * organisation, e.g. ~/.local/share/Portrait/journals, %LOCALAPPDATA%/Portrait/journals.
     */
    static QString defaultRoot();
    /**
     * @brief Where earlier versions kept their journals: `journals` under QStandardPaths::AppLocalDataLocation,
     * which names the organisation and then the application (~/.local/share/Portrait/portrait/journals).
     */
    static QString legacyRoot();

    /// The desktop program's library: defaultRoot(), listing the journals at legacyRoot() too.
    JournalLibrary();
    /// A library in @p root alone (made, 0700, when the first journal is created). Tests pass a temporary folder.
    explicit JournalLibrary(const QString& root);

    QString root() const { return m_root; }
    /// Folders whose journals recent() lists besides root()'s; no journal is made there.
    QStringList alsoListed() const { return m_alsoListed; }

    /// The tenant the journals made from now on record (createJournal()).
    void setTenant(const JournalTenant& tenant) { m_tenant = tenant; }
    const JournalTenant& tenant() const { return m_tenant; }

    /**
     * @brief Makes a new, empty journal folder named after @p now (local time), 0700, never one that exists.
     * @return its absolute path, or an empty string with @p error (for people, English) set.
     */
    QString createFolder(QString* error, const QDateTime& now = QDateTime::currentDateTime()) const;
    /// createFolder(), then PhotoJournal::open() on it with tenant(): @p journal is ready for a PhotoWriteRun, and
    /// records where it was made. False with @p error.
    bool createJournal(PhotoJournal* journal, QString* error,
                       const QDateTime& now = QDateTime::currentDateTime()) const;

    /// The journals in the library (root() and alsoListed()), newest first (by their creation time, then name), at
    /// most @p limit (< 0: all), whatever their tenant. Folders that hold no journal are left out; a journal that
    /// cannot be read is listed with its error.
    QList<JournalSummary> recent(int limit = 10) const;

    /// Reads the journal in @p dir (anywhere, not only in a library) and counts its entries.
    static JournalSummary summarize(const QString& dir);

private:
    QString m_root;
    QStringList m_alsoListed;
    JournalTenant m_tenant;
};

} // namespace Portrait
