#pragma once

#include "bulk/JournalLibrary.h"
#include "bulk/PhotoChange.h"
#include "bulk/WriteTask.h"
#include "graph/DirectoryObject.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFileDialog;
class QLabel;
class QPushButton;

namespace Portrait {

class GraphClient;
class PhotoView;

/**
 * @brief "Replace photo…" and "Remove photo": shows one principal's photo now and after, and changes it only when
 * the user confirms.
 *
 * The "after" of a replacement is the JPEG that will be sent (PhotoChange::uploadPreview()), with the crop chosen
 * (the centred square, or the whole image as framed), its pixel size and bytes, and what was done to the file
 * (rotated, cropped, scaled, re-encoded). The "after" of a removal is the placeholder the person gets: their
 * initials. A file that cannot be used (not an image, too small, over the limits) is said so in the dialog and the
 * confirm button stays disabled. Confirm carries the change out through PhotoChange (backup, journal, write,
 * verification) and shows the result in plain words in the same dialog, with what to do on a failure.
 * Cancel writes nothing. The dialog cannot be closed while the write is on its way.
 *
 * Window-modal through open() (no nested event loop); it deletes itself when closed.
 */
class PhotoChangeDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p client is not owned and must outlive the dialog.
    PhotoChangeDialog(GraphClient* client, const DirectoryObject& principal, PhotoChange::Kind kind,
                      QWidget* parent = nullptr);
    ~PhotoChangeDialog() override;

    /// Whether the token is app-only (group photos cannot be changed then).
    void setAppOnly(bool appOnly);
    /// The image to set (Kind::Set): prepared at once with the crop chosen.
    void setFile(const QString& path);
    /// Opens a file dialog (open(), no nested event loop) and, on a choice, setFile().
    void chooseFile();
    /// The journal folder the change is written to; default: a new folder of journalLibrary().
    void setJournalDir(const QString& dir) { m_journalDir = dir; }
    /// Where the change's journal is made (a new folder, on confirmation); default: JournalLibrary's default root.
    void setJournalLibrary(const JournalLibrary& library) { m_library = library; }
    const JournalLibrary& journalLibrary() const { return m_library; }

    PhotoChange* change() const { return m_change; }
    /// The principal whose photo this dialog changes.
    const DirectoryObject& principal() const { return m_change->principal(); }
    /// The message shown under the photos (a bad file, the result, or what is on its way); for tests.
    QString message() const;
    /// The confirm button ("Replace photo" / "Remove photo").
    QPushButton* confirmButton() const { return m_confirmButton; }

    /// The directory object a row of the directory model (or a proxy of it) stands for, from its roles.
    static DirectoryObject principalAt(const QModelIndex& index);
    /// A file dialog (not yet open, deleted when closed) that asks for the new photo of @p displayName.
    static QFileDialog* createFileDialog(QWidget* parent, const QString& displayName);
    /// Why @p kind cannot be offered for @p principal, in words for a tool tip; empty when it can.
    static QString refusalText(PhotoChange::Kind kind, const ItemPath& principal, bool appOnly);

public slots:
    /// Carries the change out (what the confirm button does); ignored until it can go.
    void confirm();
    void reject() override;

signals:
    /// The photo of @p principal was changed (written; @p outcome says whether it is verified yet).
    void photoChanged(const Portrait::ItemPath& principal, const Portrait::WriteOutcome& outcome);

private:
    void showCurrent();
    void showPrepared();
    void showFinished();
    void updateState();
    UploadOptions uploadOptions() const;
    QString resultText() const;
    QString failureText() const;
    QString initials() const;

    PhotoChange* m_change = nullptr;
    QString m_journalDir;
    JournalLibrary m_library;
    bool m_appOnly = false;

    QLabel* m_titleLabel = nullptr;
    QLabel* m_subtitleLabel = nullptr;
    PhotoView* m_beforeView = nullptr;
    PhotoView* m_afterView = nullptr;
    QLabel* m_beforeFacts = nullptr;
    QLabel* m_afterFacts = nullptr;
    QComboBox* m_cropCombo = nullptr;
    QPushButton* m_fileButton = nullptr;
    QLabel* m_fileLabel = nullptr;
    QLabel* m_messageLabel = nullptr;
    QLabel* m_noteLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_confirmButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
};

} // namespace Portrait
