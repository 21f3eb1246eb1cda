#pragma once

#include "bulk/JournalLibrary.h"
#include "bulk/PhotoJournal.h"
#include "bulk/WriteTask.h"
#include "graph/ItemPath.h"

#include <QPointer>
#include <QSet>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Portrait {

class GraphClient;
class ImportPlanModel;
class ImportPlanner;
class PhotoWriteRun;
class ThumbnailLoader;

/**
 * @brief The Import photos window: a folder of images matched to people, planned (no write), shown as a table
 * with both faces, the action and why, then applied with a journal, progress and Cancel, verified, and undone.
 *
 * Plan: ImportPlanner, then a PhotoWriteRun without apply (reads each current photo, sends no write). Apply:
 * confirmed first (how many photos change), then a PhotoWriteRun with apply and a new journal from the
 * JournalLibrary; each row then says written and verified, or failed. Cancel stops at once: queued rows are not
 * written and say so, writes already sent finish and are reported, so the table says exactly what was written.
 * Undo this import: a plan of the undo first (what would be put back), then, confirmed, the undo itself.
 * openJournal() shows a journal (File ▸ Recent journals) and offers the same undo.
 *
 * Its own top-level window, not modal; everything is asynchronous (dialogs open with open()). photosWritten()
 * tells the main window whose photos changed, so the grid, the tree and the detail pane show the new faces.
 */
class ImportWindow : public QWidget
{
    Q_OBJECT

public:
    enum class State
    {
        Idle, ///< nothing planned yet (or the plan failed)
        Planning,
        Planned, ///< a plan is shown; Apply writes it
        Applying,
        Applied, ///< written (or cancelled part way); Undo this import is offered
        JournalShown, ///< a journal's entries are shown; Undo is offered
        UndoPlanning,
        UndoPlanned, ///< the undo's plan is shown; Apply undoes
        Undoing,
        Undone,
    };
    Q_ENUM(State)

    explicit ImportWindow(QWidget* parent = nullptr);
    ~ImportWindow() override;

    /// The connection photos are read and written through (not owned); null disables the window. @p demo: the
    /// folder starts at the demo tenant's sample portraits.
    void setClient(GraphClient* client, bool demo);
    /// Where journals are made and found (default: JournalLibrary::defaultRoot()), and the tenant connected to: a
    /// journal of another tenant is neither shown nor undone.
    void setJournalLibrary(const JournalLibrary& library) { m_library = library; }
    /// Only these principals take photos (the audit's Fix…), described by @p description; empty: everyone.
    void setOnly(const QList<ItemPath>& principals);
    QList<ItemPath> only() const { return m_only; }

    void setFolder(const QString& folder);
    QString folder() const;

    State state() const { return m_state; }
    bool isBusy() const;

    /// Plans the folder with the options chosen; false (and says why) when it cannot start.
    bool plan();
    /// Asks to confirm (a message box, opened with open()) and then writes the plan, or the undo's plan.
    void apply();
    /// Writes the plan (or the undo's plan) without asking: what the confirmation's button does.
    void applyConfirmed();
    /// Stops planning or writing (see the class comment).
    void cancel();
    /// Plans the undo of the journal of the last apply, or of the journal shown.
    bool planUndo();
    /// Shows the journal in @p dir; false with a message when it cannot be read.
    bool openJournal(const QString& dir);
    /// The journal written or shown, or empty.
    QString journalDir() const { return m_journalOpen ? m_journal.dir() : QString(); }

    ImportPlanModel* model() const { return m_model; }
    QSortFilterProxyModel* filterModel() const { return m_filter; }
    QTableView* tableView() const { return m_table; }
    QComboBox* actionFilterCombo() const { return m_actionFilter; }
    QProgressBar* progressBar() const { return m_progress; }
    /// The open confirmation, or null.
    QMessageBox* confirmation() const;
    /// The summary line under the table.
    QString summaryText() const;

signals:
    void stateChanged(Portrait::ImportWindow::State state);
    /// Photos were changed (an apply or an undo): the outcomes that were written.
    void photosWritten(const QList<Portrait::WriteOutcome>& written);

private:
    void setState(State state);
    void updateControls();
    void chooseFolder();
    void chooseMap();
    void planFinished();
    void showRows(QList<WriteOutcome> rows);
    void prepareFaces(const QList<WriteOutcome>& rows);
    void startRun(QList<WriteTask> tasks, bool apply);
    void runFinished();
    void rebuildFilter();
    void applyFilter();
    void showSummary();
    void showJournalLocation();
    /// False, after saying so, when @p journal records another tenant than the library's.
    bool journalIsOfThisTenant(const PhotoJournal& journal);
    void refreshFaces(const QList<ItemPath>& changed);
    void fail(const QString& message);
    void clearError();

    QPointer<GraphClient> m_client;
    bool m_demo = false;
    JournalLibrary m_library;
    QList<ItemPath> m_only;
    QString m_planFolder; ///< the folder of the plan shown (its rows' files are relative to it), or empty
    State m_state = State::Idle;
    bool m_cancelled = false;

    QPointer<ImportPlanner> m_planner;
    QPointer<PhotoWriteRun> m_run;
    bool m_runApplies = false;
    QList<WriteTask> m_tasks; ///< the plan's Set tasks (with their images), or the undo's tasks
    QList<WriteOutcome> m_decided; ///< the planner's rows that need no run (unmatched, invalid...)
    QSet<int> m_received; ///< rows an applying run has reported
    QList<WriteOutcome> m_written; ///< what the last apply or undo wrote
    PhotoJournal m_journal;
    bool m_journalOpen = false;
    std::unique_ptr<ThumbnailLoader> m_faces;

    ImportPlanModel* m_model = nullptr;
    QSortFilterProxyModel* m_filter = nullptr;
    QLineEdit* m_folderEdit = nullptr;
    QPushButton* m_folderButton = nullptr;
    QComboBox* m_ruleCombo = nullptr;
    QLineEdit* m_mapEdit = nullptr;
    QPushButton* m_mapButton = nullptr;
    QComboBox* m_scopeCombo = nullptr;
    QCheckBox* m_onlyMissing = nullptr;
    QLabel* m_onlyLabel = nullptr;
    QPushButton* m_everyoneButton = nullptr;
    QPushButton* m_planButton = nullptr;
    QComboBox* m_actionFilter = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_errorLabel = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_applyButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_undoButton = nullptr;
    QLabel* m_journalLabel = nullptr;
    QPushButton* m_openJournalButton = nullptr;
    QPointer<QMessageBox> m_confirm;
};

} // namespace Portrait
