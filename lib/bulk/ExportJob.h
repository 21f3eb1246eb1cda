#pragma once

#include "base/Task.h"
#include "bulk/ExportManifest.h"
#include "bulk/ExportOptions.h"
#include "bulk/ExportRecord.h"
#include "bulk/NameAllocator.h"
#include "bulk/NameTemplate.h"
#include "graph/ItemPath.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <atomic>
#include <deque>
#include <memory>

class QThreadPool;

namespace Portrait {

class RequestScheduler;
class ScopeWalker;

/**
 * @brief Exports the photos of whole scopes to a folder (docs/CLI.md `export`).
 *
 * Principals come from a ScopeWalker page by page; every photo operation goes through the RequestScheduler.
 * A fresh export asks only for `$value` (one request per principal: bytes, ETag, content type; 404 means
 * skipped). With `incremental`, a principal the manifest knows (same variant) is first asked for its
 * metadata: an equal etag whose file still hashes right is `unchanged`; a missing or damaged file, or a
 * changed etag, fetches the bytes. A missing size falls back to the nearest smaller available one, said in
 * the record. Conversion, scaling, hashing and the atomic writes (QSaveFile) run on worker threads; at most
 * a few photos are held in memory at once. The manifest is saved atomically as the run goes and at the end.
 * `prune` deletes, after a complete walk, the manifest-listed files of principals not seen in this run.
 *
 * recordReady() is emitted once per principal (and once per pruned file); finished() once (Task). error() is set
 * when the run as a whole failed: an unusable template or folder, a failed listing, an authentication failure, or
 * abort() (kind Cancelled). abort() stops walking and fetching: writes already under way finish and are counted
 * (recordReady) and listed in the manifest; queued ones are dropped. After finished(), the files on disk, the
 * manifest and counts() agree: finished() follows the last write under way.
 */
class ExportJob : public Task
{
    Q_OBJECT

public:
    /// Counts of a run so far (valid at any time, final after finished()).
    struct Counts
    {
        qint64 written = 0;
        qint64 unchanged = 0;
        qint64 skipped = 0;
        qint64 failed = 0;
        qint64 removed = 0;
        qint64 bytesWritten = 0; ///< bytes of the files written
        qint64 bytesRequests = 0; ///< photo operations for bytes (`$value`) asked of the scheduler
        qint64 metadataRequests = 0; ///< photo operations for metadata asked of the scheduler
    };

    /// @p scheduler must outlive the job.
    ExportJob(RequestScheduler* scheduler, const QList<ItemPath>& scopes, const ExportOptions& options,
              QObject* parent = nullptr);
    ~ExportJob() override;

    const ExportOptions& options() const { return m_options; }

    const Counts& counts() const { return m_counts; }
    /// Principals found so far, and how many are done.
    qint64 found() const { return m_found; }
    qint64 done() const { return m_done; }
    /// True once every principal of the scopes is known (found() is then the total).
    bool isWalkFinished() const { return m_walkFinished; }
    /// The failed records (for the GUI's summary).
    const QList<ExportRecord>& failures() const { return m_failures; }

    /// The threads every job's file work (hashing, converting, writing) runs on.
    static QThreadPool* filePool();

signals:
    void recordReady(const Portrait::ExportRecord& record);
    /// After each record and when the walk finds more principals.
    void progress(qint64 done, qint64 found);

protected:
    void run() override;
    void stop() override;

private:
    struct Work;
    using WorkPtr = std::shared_ptr<Work>;

    void begin();
    void onFound(const QList<DirectoryObject>& principals);
    void onWalkFinished();
    void pump();
    void process(const WorkPtr& work);
    void fetchBytes(const WorkPtr& work, const QString& sizeId);
    void onIncrementalMetadata(const WorkPtr& work, const PhotoInfo& info);
    void onPhoto(const WorkPtr& work, const PhotoInfo& info);
    void onLargestMetadata(const WorkPtr& work, const PhotoInfo& info);
    void tryNextSmallerSize(const WorkPtr& work);
    void writePhoto(const WorkPtr& work, PhotoInfo info);
    void complete(const WorkPtr& work, ExportRecord record);
    void completeWithoutPhoto(const WorkPtr& work, const PhotoInfo& info);
    bool authFailed(const PhotoInfo& info);
    void maybeSaveManifest(bool force);
    void checkDone();
    void prune();
    void finishWith(const GraphError& error);
    void finishWhenWritten();
    QString sizeIdFor(const DirectoryObject& object) const;

    QPointer<RequestScheduler> m_scheduler;
    QList<ItemPath> m_scopes;
    ExportOptions m_options;
    NameTemplate m_template;
    QString m_variant;
    ExportManifest m_manifest;
    NameAllocator m_names;
    ScopeWalker* m_walker = nullptr;
    QObject* m_requests = nullptr; ///< context of this job's scheduler callbacks; deleted on abort
    std::shared_ptr<std::atomic<bool>> m_stop; ///< set on abort: writes not yet started on the pool are dropped
    int m_writing = 0; ///< writes handed to the pool and not yet back
    std::deque<DirectoryObject> m_pending;
    QSet<QString> m_seen; ///< principals of this run (for prune)
    int m_active = 0;
    qint64 m_found = 0;
    qint64 m_done = 0;
    Counts m_counts;
    QList<ExportRecord> m_failures;
    QElapsedTimer m_sinceSave;
    bool m_walkFinished = false;
    bool m_finishing = false; ///< stopped: finished() follows the last write under way
};

} // namespace Portrait
