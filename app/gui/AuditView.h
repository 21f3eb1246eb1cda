#pragma once

#include "bulk/AuditRecord.h"
#include "bulk/PlaceholderSet.h"
#include "bulk/SnapshotDiff.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QFileDialog;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

namespace Portrait {

class AuditFilterModel;
class AuditJob;
class AuditModel;
class DetailPane;
class GraphClient;
class RequestScheduler;
class StatusChart;

/**
 * @brief The audit view: runs an AuditJob over a chosen scope with progress and cancel, draws the counts per
 * status as a bar chart, and lists the records in a table filterable by status and kind.
 *
 * Clicking a row shows the principal in the DetailPane (the rows speak Roles.h). "Add photo to placeholders"
 * fetches the current row's photo through the scheduler, fingerprints it on the thread pool and adds it to the
 * placeholder set (AppSettings::placeholders(), which Preferences edits too; used by the next run). "Save report…"
 * writes CSV, JSON (a snapshot) or the HTML sheet; "Compare snapshots…" diffs two snapshot files. Dialogs are opened
 * with open(), never exec().
 */
class AuditView : public QWidget
{
    Q_OBJECT

public:
    explicit AuditView(QWidget* parent = nullptr);
    ~AuditView() override;

    /// The client audits run through (not owned); null stops and disables the view.
    void setClient(GraphClient* client);
    /// Where a clicked row is shown (not owned).
    void setDetailPane(DetailPane* pane) { m_detailPane = pane; }

    /// Starts an audit of @p scopes (space-separated SCOPEs); false when one is not a valid address.
    bool startAudit(const QString& scopes);
    void cancelAudit();
    bool isRunning() const { return m_job != nullptr; }

    AuditModel* model() const { return m_model; }
    AuditFilterModel* filterModel() const { return m_filter; }
    QTableView* tableView() const { return m_table; }
    StatusChart* chart() const { return m_chart; }
    QProgressBar* progressBar() const { return m_progress; }
    QComboBox* statusFilterCombo() const { return m_statusFilter; }
    QComboBox* kindFilterCombo() const { return m_kindFilter; }
    QCheckBox* deepCheckBox() const { return m_deep; }
    const PlaceholderSet& placeholders() const { return m_placeholders; }
    /// The status line under the table (progress, outcome, what an action did).
    QString statusText() const;

    /// Writes the current records to @p path (CSV, JSON snapshot or HTML by extension); a CSV starts with a UTF-8
    /// byte order mark when @p csvByteOrderMark (for Excel).
    bool saveReport(const QString& path, QString* error = nullptr, bool csvByteOrderMark = false) const;
    /// Compares two snapshot files and shows the changes in a dialog; returns them (empty on error).
    QList<SnapshotDiff::Change> compareSnapshots(const QString& olderPath, const QString& newerPath);

public slots:
    /// Fetches the current row's photo and adds it to the placeholder set.
    void addCurrentPhotoToPlaceholders();
    /// Forgets every placeholder image.
    void clearPlaceholders();
    /// Asks to import photos for the people without a real photo in the table (fixRequested()).
    void fixMissingPhotos();
    /// Reads the placeholder images again from AppSettings::placeholders() (the one list, which Preferences
    /// edits): the next run uses them. MainWindow calls it when Preferences are saved.
    void reloadPlaceholders();
    /// Asks where to save the report (a file dialog, opened with open()): a name to start from in the folder of
    /// the last report, the kind by filter (HTML, JSON, CSV, CSV with a byte order mark). Returns the dialog.
    QFileDialog* saveReportAs();
    void compareSnapshotsDialog();

signals:
    void auditFinished();
    /// A row was chosen and the detail pane shows its principal (@p path, Roles::GraphPathRole).
    void principalShown(const QString& path);
    void placeholdersChanged();
    /// "Fix…": import photos for @p principals, the users and groups the table shows without a real photo.
    void fixRequested(const QList<Portrait::ItemPath>& principals);

private:
    void onRecord(const AuditRecord& record);
    void onProgress(qint64 done, qint64 found);
    void onFinished();
    void onCurrentChanged(const QModelIndex& current);
    void setStatusText(const QString& text);
    void showProgress(qint64 done, qint64 found);
    void updateButtons();
    void savePlaceholders() const;
    /// The users and groups the table shows (as filtered) whose photo is missing or a placeholder.
    QList<ItemPath> principalsToFix() const;

    QPointer<GraphClient> m_client;
    QPointer<RequestScheduler> m_scheduler; ///< the connection's, not owned
    QPointer<DetailPane> m_detailPane;
    AuditJob* m_job = nullptr;
    QStringList m_scopes;
    QDateTime m_startedAt;
    bool m_lastDeep = false;
    bool m_lastComplete = true;
    PlaceholderSet m_placeholders;
    std::vector<AuditRecord> m_records; ///< the whole records of the last run, for the report; the table shows rows

    AuditModel* m_model = nullptr;
    AuditFilterModel* m_filter = nullptr;
    QComboBox* m_scopeCombo = nullptr;
    QCheckBox* m_deep = nullptr;
    QSpinBox* m_minEdge = nullptr;
    QSpinBox* m_duplicates = nullptr;
    QPushButton* m_runButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QProgressBar* m_progress = nullptr;
    StatusChart* m_chart = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QComboBox* m_kindFilter = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_addPlaceholderButton = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_compareButton = nullptr;
    QPushButton* m_fixButton = nullptr;
    QLabel* m_placeholderLabel = nullptr;
    QLabel* m_statusLabel = nullptr;
};

} // namespace Portrait
