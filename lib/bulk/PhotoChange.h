#pragma once

#include "base/Task.h"
#include "bulk/PhotoJournal.h"
#include "bulk/UploadImage.h"
#include "bulk/WriteTask.h"
#include "graph/DirectoryObject.h"
#include "graph/PhotoInfo.h"

#include <QImage>
#include <QPointer>

namespace Portrait {

class GraphClient;
class PhotoWriteRun;

/**
 * @brief One change of one principal's photo, as the desktop program makes it: set (or replace) it with an image
 * file, or remove it. It shows what will happen before anything is written, then writes it with a backup, a
 * journal and a verification.
 *
 * - loadCurrent() reads the photo as it is now (through the connection's RequestScheduler) and decodes it off the
 *   calling thread: the "before".
 * - prepare() turns the file into the JPEG that will be sent (UploadImage, off the calling thread) and decodes that
 *   very JPEG for the "after": what is shown is what is uploaded. A file that cannot be used (not an image, too
 *   small, over the limits) gives upload().ok false and its reason; nothing can be applied then.
 * - apply() opens a journal in the folder given and carries the change out through PhotoWriteRun: the photo there
 *   is backed up byte for byte first, the journal is written ahead of the write, the photo is read back after it.
 *
 * Every step ends with its signal, never from within the call that started it. The change itself is a Task: apply()
 * starts it, finished() comes once, abort() stops the write run (what was done and what not is in outcome()) or,
 * before apply(), ends the change unapplied. Not restartable: one object per change.
 */
class PhotoChange : public Task
{
    Q_OBJECT

public:
    enum class Kind
    {
        Set, ///< set or replace the photo with an image file
        Remove, ///< remove the photo (users and groups)
    };

    PhotoChange(GraphClient* client, const DirectoryObject& principal, Kind kind, QObject* parent = nullptr);
    ~PhotoChange() override;

    /**
     * @brief Why the service cannot take this change at all, known before any request: `contact-removal` (Graph
     * has no removal of a contact's photo), `AppOnlyTokenNotSupportedForGroupUpdate` (an app-only token cannot
     * change a group's photo), `not-a-principal`; empty when it may be tried.
     */
    static QString refusal(Kind kind, const ItemPath& principal, bool appOnly);

    Kind kind() const { return m_kind; }
    const DirectoryObject& principal() const { return m_principal; }
    /// Whether the token is app-only (see refusal()); default false.
    void setAppOnly(bool appOnly) { m_appOnly = appOnly; }

    /// Reads the photo as it is now; currentLoaded() follows.
    void loadCurrent();
    bool isCurrentLoaded() const { return m_currentLoaded; }
    /// The photo now (metadata; its bytes are dropped once decoded). Valid after currentLoaded().
    const PhotoInfo& current() const { return m_current; }
    /// The photo now, decoded; null when there is none or it could not be decoded.
    const QImage& currentImage() const { return m_currentImage; }

    /// Prepares @p file under @p options (Set); prepared() follows. A newer call supersedes one on its way.
    void prepare(const QString& file, const UploadOptions& options);
    bool isPreparing() const { return m_preparing; }
    /// A file was prepared (upload() tells how).
    bool isPrepared() const { return m_prepared; }
    QString file() const { return m_file; }
    const UploadOptions& options() const { return m_options; }
    /// The file and the JPEG that will be sent (valid after prepared(); `ok` false with the reason when unusable).
    const UploadImage& upload() const { return m_upload; }
    /// upload().jpeg decoded: exactly what Graph will be sent.
    const QImage& uploadPreview() const { return m_uploadPreview; }

    /// What stands in the way of apply() now, as a refusal() code, `not-loaded` (the photo now is not known yet),
    /// `not-prepared`, `invalid-image`, `no-photo` (a removal where there is none), `busy` or `done`; empty when
    /// apply() can go.
    QString blocker() const;
    bool canApply() const { return blocker().isEmpty(); }

    /**
     * @brief Carries the change out with a new journal in @p journalDir (created when missing): starts the task;
     * finished() follows. Ignored unless canApply().
     */
    void apply(const QString& journalDir);
    /// apply() was called and finished() has not come yet.
    bool isApplying() const { return isStarted() && !isFinished(); }
    /// What the write run decided and did (valid after finished(); action empty when the journal failed to open).
    const WriteOutcome& outcome() const { return m_outcome; }
    /// The journal's folder (after apply()).
    QString journalDir() const { return m_journal.dir(); }
    /// The photo was changed (written; verified() says whether it already reads back so).
    bool succeeded() const { return isFinished() && m_outcome.written; }

    // error() (Task): a failure that kept the change from being tried at all (the journal, the sign-in), or
    // Cancelled after abort(); else no error.

signals:
    void currentLoaded();
    void prepared();

protected:
    void run() override;
    void stop() override;

private:
    QPointer<GraphClient> m_client;
    DirectoryObject m_principal;
    Kind m_kind;
    bool m_appOnly = false;

    PhotoInfo m_current;
    QImage m_currentImage;
    bool m_currentLoaded = false;
    bool m_currentLoading = false;

    QString m_file;
    UploadOptions m_options;
    UploadImage m_upload;
    QImage m_uploadPreview;
    bool m_preparing = false;
    bool m_prepared = false;
    quint64 m_prepareSerial = 0;

    QString m_journalDir;
    PhotoJournal m_journal;
    PhotoWriteRun* m_run = nullptr;
    WriteOutcome m_outcome;
};

} // namespace Portrait
