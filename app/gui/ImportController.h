#pragma once

#include "bulk/JournalLibrary.h"
#include "bulk/WriteTask.h"
#include "graph/ItemPath.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QTemporaryDir;

class QAction;
class QMenu;

namespace Portrait {

class ImportWindow;
class MainWindow;

/**
 * @brief What the main window offers about writing photos in bulk: File ▸ Import photos… (Ctrl+Shift+I), File ▸
 * Recent journals, the audit's Fix…, and, after any write, the new faces in the grid, the tree and the detail pane.
 *
 * Owns the one ImportWindow (made when first asked for, its own top-level window) and gives it the main window's
 * current connection. After photos were written it forgets their thumbnails and asks for them again, tells the
 * directory model their new status, and shows the detail pane's principal again when it is one of them.
 */
class ImportController : public QObject
{
    Q_OBJECT

public:
    explicit ImportController(MainWindow* window);
    ~ImportController() override;

    /// File ▸ Import photos…; enabled while a directory is open (MainWindow::updateSessionActions()).
    QAction* importAction() const { return m_importAction; }
    /// File ▸ Recent journals: the JournalLibrary's newest, read each time it opens, and Open journal…
    QMenu* recentJournalsMenu() const { return m_recentMenu; }

    /// Where journals are kept for every session from now on (tests: a temporary folder).
    void setJournalLibrary(const JournalLibrary& library);
    /**
     * @brief Where the current session's journals go: the one set, else JournalLibrary::defaultRoot(); the demo
     * tenant's go to a temporary folder that lives as long as this program, as the demo tenant itself (its
     * journals would otherwise outlive the tenant they undo, and fill the user's data folder with make-believe).
     */
    JournalLibrary journalLibrary() const;

    /// The window, or null until it is first opened.
    ImportWindow* importWindow() const;
    /// Shows the window for the current session; @p only: just these principals (the audit's Fix…).
    ImportWindow* openImport(const QList<ItemPath>& only = {});
    /// Shows the journal in @p dir in the window, with Undo.
    ImportWindow* openJournal(const QString& dir);
    /// The session is closing: stops and closes the window (its connection goes away).
    void sessionClosed();
    /// Shows the new faces of the principals in @p written (after an import, an undo, or a single change).
    void photosWritten(const QList<Portrait::WriteOutcome>& written);

private:
    ImportWindow* window();
    void fillRecentMenu();

    MainWindow* m_main = nullptr;
    JournalLibrary m_library;
    bool m_libraryChosen = false;
    mutable std::unique_ptr<QTemporaryDir> m_demoJournals; ///< made on first use
    QPointer<ImportWindow> m_window;
    QAction* m_importAction = nullptr;
    QMenu* m_recentMenu = nullptr;
};

} // namespace Portrait
