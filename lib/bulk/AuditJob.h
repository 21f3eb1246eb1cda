#pragma once

#include "base/Task.h"
#include "bulk/AuditOptions.h"
#include "bulk/AuditRecord.h"
#include "graph/DirectoryObject.h"
#include "graph/ItemPath.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <array>
#include <deque>
#include <vector>

namespace Portrait {

class RequestScheduler;
class ScopeWalker;

/**
 * @brief Audits the photos of every principal of some SCOPEs (or of a given selection): one AuditRecord each,
 * with a CLI.md status and reason.
 *
 * Streaming and flat: principals are handed to the RequestScheduler as soon as the ScopeWalker delivers their
 * page (at most AuditOptions::window at once), records are emitted as they complete (in completion order) and
 * not kept, and photo bytes are hashed and dropped. Decoding (dHash, thumbnails) runs on the thread pool.
 * With AuditOptions::duplicateThreshold, records of photos are held back until the walk ends, since only then
 * is it known how many principals share the same bytes.
 *
 * Statuses: Graph's answer decides `photo`, `none` (`placeholder-1x1`, `not-found`), `unavailable` (the
 * Graph code) and `error`; then a photo smaller than minEdge becomes `placeholder` (`min-edge`), one matching
 * the placeholder set `placeholder` (`placeholder-image` when byte-identical, `placeholder-similar` by dHash),
 * and one whose bytes are shared by more than duplicateThreshold principals `placeholder` (`duplicate`).
 *
 * recordReady() once per principal; finished() once (Task). A failure of the whole run (a listing that fails, or
 * authentication: a 401 that survives renewal) stops it with error() set; abort() stops the walk and the photo work
 * with a Cancelled error. Records already emitted stay valid.
 */
class AuditJob : public Task
{
    Q_OBJECT

public:
    /// Audits every principal of @p scopes (CLI.md SCOPEs).
    AuditJob(RequestScheduler* scheduler, const QList<ItemPath>& scopes, const AuditOptions& options,
             QObject* parent = nullptr);
    /// Audits exactly @p principals (a selection; no listing).
    AuditJob(RequestScheduler* scheduler, const QList<DirectoryObject>& principals, const AuditOptions& options,
             QObject* parent = nullptr);
    ~AuditJob() override;

    const AuditOptions& options() const { return m_options; }

    /// Principals found so far.
    qint64 foundCount() const { return m_found; }
    /// Records emitted so far.
    qint64 doneCount() const { return m_done; }
    /// Whether the listing is complete (foundCount() is then the total).
    bool isWalkFinished() const { return m_walkFinished; }
    /// Records emitted so far with @p status.
    qint64 count(PhotoStatus status) const { return m_counts[size_t(status)]; }

signals:
    /// One principal's outcome; emitted exactly once per principal.
    void recordReady(const Portrait::AuditRecord& record);
    /// After every record and every page: @p done of @p found (found grows until the walk finishes).
    void progress(qint64 done, qint64 found);

protected:
    void run() override;
    void stop() override;

private:
    struct Analysis
    {
        PhotoFingerprint fingerprint;
        QByteArray thumbnail;
    };

    void onPrincipals(const QList<DirectoryObject>& principals);
    void onWalkFinished();
    void pump();
    void onPhoto(const DirectoryObject& object, const PhotoInfo& info);
    void complete(AuditRecord record, const Analysis* analysis);
    void emitRecord(const AuditRecord& record);
    void fail(const GraphError& error);
    void maybeFinish();
    static Analysis analyse(const QByteArray& bytes, int thumbnailEdge);

    QPointer<RequestScheduler> m_scheduler;
    AuditOptions m_options;
    QList<ItemPath> m_scopes;
    ScopeWalker* m_walker = nullptr;
    QObject* m_context = nullptr; ///< callbacks' context: deleted on cancel so late answers are dropped
    std::deque<DirectoryObject> m_pending;
    int m_inScheduler = 0;
    int m_analysing = 0;
    std::vector<AuditRecord> m_held; ///< photos waiting for the duplicate count
    QHash<QString, int> m_shaCounts;
    std::array<qint64, 5> m_counts{};
    qint64 m_found = 0;
    qint64 m_done = 0;
    bool m_walkFinished = false;
};

} // namespace Portrait
