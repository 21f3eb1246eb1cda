#pragma once

#include "base/Task.h"
#include "bulk/PhotoJournal.h"
#include "bulk/PlaceholderSet.h"
#include "bulk/WriteTask.h"
#include "graph/PhotoJob.h"

#include <QObject>
#include <QPointer>

#include <deque>
#include <vector>

namespace Portrait {

class GraphClient;
class PhotoWriteJob;

/**
 * @brief Plans or carries out a list of WriteTasks against one journal: backs up, writes, verifies and journals
 * each principal, or (without apply) only says what it would do, sending no write at all.
 *
 * For each task it reads the principal's photo first (its bytes, with their etag, from one `$value` read when a
 * backup is due; else its metadata), then decides:
 * - Set / Remove: `set` (no photo yet), `replace` or `remove`; `unchanged` when the journal already wrote this very
 *   image (or removed the photo) and the photo is still what it left; `skip` with `no-photo` for a removal where
 *   there is none, or `changed-since` when the journal wrote here and the photo changed again since;
 *   `unsupported` when the service cannot take it (no mailbox, a contact's photo removal); `skip` with `has-photo`
 *   under setOnlyMissing(), unless the photo is one of setPlaceholders() (warning `placeholder`).
 * - Undo: `replace` (the backup put back) or `remove` (the photo that was added), `skip` with `changed-since`
 *   (the etag is no longer the journal's etagAfter: never overwritten) or `not-written`.
 *
 * Write-ahead: a new principal's backup file is saved first (when it has a photo), then its entry as `writing`
 * (with the backup, or the fact it had no photo) before the write leaves, and as `written` or `failed` after.
 * Saves are grouped: the `writing` entries of up to kGroup principals go into one save (made when the scheduler is
 * about to run out of writes, or no other principal is being read), after which their writes leave; the states after
 * writes are saved with the next such save, every kSaveEvery, once no write is on its way, and at the end. Until then
 * an entry says `writing` (what a kill there leaves too). A run on the same journal after a kill resumes: an entry left
 * `writing` whose photo changed is counted as written without writing twice. A journal that cannot be saved stops that
 * principal before any write.
 *
 * Tasks run a few at a time (the RequestScheduler keeps the requests within Graph's limits). taskFinished() is
 * emitted once per task, finished() once at the end (Task).
 */
class PhotoWriteRun : public Task
{
    Q_OBJECT

public:
    /// @p journal is used, not owned (it must outlive the run); null only for a plan without one.
    PhotoWriteRun(GraphClient* client, PhotoJournal* journal, QList<WriteTask> tasks, QObject* parent = nullptr);
    ~PhotoWriteRun() override;

    /// Carry the writes out (default false: plan only, no write request at all).
    void setApply(bool apply) { m_apply = apply; }
    /// Whether the token is app-only: Graph refuses group photo writes to it.
    void setAppOnly(bool appOnly) { m_appOnly = appOnly; }
    /// Set tasks skip principals that have a photo already (`skip`, reason `has-photo`).
    void setOnlyMissing(bool onlyMissing) { m_onlyMissing = onlyMissing; }
    /// Photos that count as missing for setOnlyMissing() (`--replace-placeholders`): compared by their pixels.
    void setPlaceholders(const PlaceholderSet& placeholders) { m_placeholders = placeholders; }
    /// Tasks at once (default 24; the RequestScheduler keeps the requests within Graph's limits).
    void setParallel(int count) { m_parallel = qMax(1, count); }

    const QList<WriteOutcome>& outcomes() const { return m_outcomes; }
    // error(): a failure that stops the whole run (authentication, a journal that cannot be saved), when there was
    // one. A run stopped by abort() has none: its outcomes say what was cancelled.

signals:
    void taskFinished(const Portrait::WriteOutcome& outcome);

protected:
    void run() override;
    /**
     * @brief abort(): queued tasks are dropped, and a task whose photo is still being read, or whose write waits for
     * its write-ahead save or for a slot, sends no write (its outcome keeps its action, not applied, reason
     * `cancelled`; its journal entry says `failed`). Writes already sent finish and are reported, then finished()
     * comes; so the outcomes say exactly what was written.
     */
    void stop() override;

private:
    struct Running;
    void next();
    void begin(WriteTask task);
    void decide(std::shared_ptr<Running> run, const PhotoInfo& current);
    void decideUndo(std::shared_ptr<Running> run, const PhotoInfo& current);
    void compareWithPlaceholders(std::shared_ptr<Running> run, const PhotoInfo& current);
    void read(std::shared_ptr<Running> run, PhotoJob::Mode mode);
    void onRead(std::shared_ptr<Running> run, const PhotoInfo& current);
    void write(std::shared_ptr<Running> run);
    void maybeFlush();
    void scheduleFlush();
    void flush();
    void send(std::shared_ptr<Running> run);
    void stageAfter(std::shared_ptr<Running> run);
    void saved(std::vector<std::shared_ptr<Running>> ahead, const QString& error);
    void finishIfDone();
    void cancelled(std::shared_ptr<Running> run);
    static GraphError journalError(const QString& error);
    void done(std::shared_ptr<Running> run);

    /// States after writes saved together at most this many at a time (a save rewrites the whole journal).
    static constexpr int kSaveEvery = 32;
    /// Writes made durable by one write-ahead save at most.
    static constexpr int kGroup = 16;
    /// A group is saved and handed over once fewer writes than this wait for a slot in the scheduler.
    static constexpr int kWritesWaiting = 8;

    QPointer<GraphClient> m_client;
    PhotoJournal* m_journal = nullptr;
    std::deque<WriteTask> m_todo;
    QList<WriteOutcome> m_outcomes;
    int m_parallel = 24; ///< enough that reads run ahead and writes always wait for their slots
    int m_running = 0;
    int m_sending = 0; ///< writes on their way (their jobs started, not finished)
    std::vector<std::shared_ptr<Running>> m_ahead; ///< decided writes waiting for their write-ahead save
    QList<QPointer<PhotoWriteJob>> m_jobs; ///< the writes handed over (waiting for a slot, or under way)
    int m_unsaved = 0; ///< entries staged in the journal since its last save
    QString m_saveError; ///< the last save of states after writes that failed (the next one tries again)
    bool m_flushScheduled = false;
    bool m_saving = false; ///< a save is under way on the thread pool
    bool m_finalSave = false; ///< the last save, of what is staged at the end, was started
    bool m_apply = false;
    bool m_appOnly = false;
    bool m_onlyMissing = false;
    PlaceholderSet m_placeholders;
};

} // namespace Portrait
