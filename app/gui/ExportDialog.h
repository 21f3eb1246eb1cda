#pragma once

#include "bulk/ExportOptions.h"
#include "graph/ItemPath.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QModelIndexList>
#include <QPersistentModelIndex>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace Portrait {

class DirectoryModel;
class ExportJob;
class GraphClient;
class RequestScheduler;
struct NameFields;

/**
 * @brief "Export…": writes the photos of a scope to a folder with ExportJob.
 *
 * Scopes: the current selection, a group's members (direct or transitive), all users, all groups, my contacts
 * and contact folders, or the current item. Shows a live preview of the first file names (from what the
 * model has loaded), a progress bar with counts, throughput and ETA, Cancel, and at the end a summary with
 * the failures and "Open folder". Non-modal work: nothing blocks the event loop. Each export's choices (folder,
 * template, size, format, quality, edge, incremental, nested groups) are remembered in QSettings (`export/…`).
 */
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    /// What to export.
    enum class Scope
    {
        Selection, ///< the selected principals (and collections)
        GroupMembers, ///< the current group's members
        AllUsers,
        AllGroups,
        MyContacts, ///< my contacts and every contact folder's contacts
        CurrentItem, ///< the current principal alone
    };

    /// @p client and @p model are not owned and must outlive the dialog.
    ExportDialog(GraphClient* client, DirectoryModel* model, const QModelIndexList& selection,
                 const QModelIndex& current, QWidget* parent = nullptr);
    ~ExportDialog() override;

    /// Chooses the scope (if offered); returns false when it is not.
    bool setScope(Scope scope);
    Scope scope() const;
    /// The addresses the chosen scope exports.
    QList<ItemPath> scopes() const;
    /// The options as the form says.
    ExportOptions options() const;
    void setOutputFolder(const QString& dir);
    void setNameTemplate(const QString& pattern);
    /// The names shown in the preview.
    QStringList previewNames() const;
    /// The run in progress or the last one, or null.
    ExportJob* job() const { return m_job; }
    /// The summary shown after a run.
    QString summaryText() const;

public slots:
    void startExport();
    void cancelExport();

signals:
    /// A run ended (done, failed or cancelled).
    void exportFinished();

private:
    void addScope(Scope scope, const QString& text);
    void restorePreferences();
    void savePreferences() const;
    void updatePreview();
    void updateForm();
    void updateProgress();
    void onFinished();
    void chooseFolder();
    QList<NameFields> samples() const;

    GraphClient* m_client = nullptr;
    DirectoryModel* m_model = nullptr;
    QList<QPersistentModelIndex> m_selection;
    QPersistentModelIndex m_current;
    QPointer<RequestScheduler> m_scheduler; ///< the connection's, not owned
    ExportJob* m_job = nullptr;
    QElapsedTimer m_clock;

    QComboBox* m_scopeCombo = nullptr;
    QCheckBox* m_transitiveCheck = nullptr;
    QLineEdit* m_folderEdit = nullptr;
    QPushButton* m_browseButton = nullptr;
    QLineEdit* m_templateEdit = nullptr;
    QLabel* m_templateError = nullptr;
    QListWidget* m_previewList = nullptr;
    QComboBox* m_sizeCombo = nullptr;
    QComboBox* m_formatCombo = nullptr;
    QSpinBox* m_qualitySpin = nullptr;
    QSpinBox* m_maxEdgeSpin = nullptr;
    QCheckBox* m_incrementalCheck = nullptr;
    QCheckBox* m_pruneCheck = nullptr;
    QCheckBox* m_dryRunCheck = nullptr;
    QProgressBar* m_progressBar = nullptr;
    QLabel* m_progressLabel = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QListWidget* m_failureList = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_openFolderButton = nullptr;
};

} // namespace Portrait
