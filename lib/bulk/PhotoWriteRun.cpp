#include "PhotoWriteRun.h"

#include "graph/GraphClient.h"
#include "graph/PhotoWriteJob.h"
#include "graph/RequestScheduler.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace Portrait {

namespace {

/// Codes with which Graph says a principal cannot take a photo at all.
bool cannotTakePhoto(const PhotoInfo& info)
{
    return info.status == PhotoStatus::Unavailable && info.reason != QLatin1String("ErrorAccessDenied");
}

} // namespace

/// One task on its way.
struct PhotoWriteRun::Running
{
    WriteOutcome outcome;
    JournalEntry entry;
    QByteArray body; ///< what is sent: the prepared JPEG, or the backup put back
    bool placeholder = false; ///< the current photo is one of the placeholders (it counts as missing)
};

PhotoWriteRun::PhotoWriteRun(GraphClient* client, PhotoJournal* journal, QList<WriteTask> tasks, QObject* parent)
    : Task(parent)
    , m_client(client)
    , m_journal(journal)
    , m_todo(tasks.begin(), tasks.end())
{ }

PhotoWriteRun::~PhotoWriteRun() = default;

void PhotoWriteRun::run()
{
    next();
}

void PhotoWriteRun::stop()
{
    m_todo.clear();
    // What is not on the wire yet is not written: the writes waiting for their write-ahead save, and those waiting
    // for a slot. Writes under way finish and are reported as they end.
    std::vector<std::shared_ptr<Running>> ahead;
    ahead.swap(m_ahead);
    for (std::shared_ptr<Running>& run : ahead) {
        cancelled(std::move(run));
    }
    for (const QPointer<PhotoWriteJob>& job : std::as_const(m_jobs)) {
        if (job && job->sentAtMs() < 0) {
            job->abort();
        }
    }
    QTimer::singleShot(0, this, &PhotoWriteRun::finishIfDone);
}

void PhotoWriteRun::cancelled(std::shared_ptr<Running> run)
{
    run->outcome.applied = false;
    run->outcome.reason = QStringLiteral("cancelled");
    if (run->outcome.task.kind != WriteTask::Kind::Undo) {
        run->entry.state = QStringLiteral("failed"); // staged as `writing`, never sent
        run->entry.error = GraphError::make(GraphError::Kind::Cancelled, QStringLiteral("cancelled"));
        m_journal->stage(run->entry);
        ++m_unsaved;
    }
    done(std::move(run));
}

void PhotoWriteRun::next()
{
    while (!isAborted() && m_running < m_parallel && !m_todo.empty()) {
        WriteTask task = std::move(m_todo.front());
        m_todo.pop_front();
        ++m_running;
        begin(std::move(task));
    }
    finishIfDone();
}

void PhotoWriteRun::finishIfDone()
{
    if (isFinishing() || m_running > 0 || (!m_todo.empty() && !isAborted()) || m_saving || m_flushScheduled) {
        return; // the task, the save under way or the one about to start calls again (a next() or abort() queued
                // before the last save was scheduled must not finish the run with its states unsaved)
    }
    if (m_journal && (m_unsaved > 0 || !m_saveError.isEmpty())) {
        if (!m_finalSave) {
            m_finalSave = true; // once: a journal that cannot be saved is not tried for ever
            scheduleFlush();
            return;
        }
        if (!hasError()) {
            setError(journalError(m_saveError)); // the writes were made, but the journal does not say so
        }
    }
    finish(); // with the error set before, if any (none after a plain abort())
}

void PhotoWriteRun::begin(WriteTask task)
{
    auto run = std::make_shared<Running>();
    run->outcome.task = std::move(task);
    const ItemPath& path = run->outcome.task.principal.path;
    const int index = m_journal ? m_journal->indexOf(path) : -1;
    if (index >= 0) {
        run->entry = m_journal->at(index);
    }
    if (run->outcome.task.kind == WriteTask::Kind::Undo && index < 0) {
        run->outcome.action = QStringLiteral("skip");
        run->outcome.reason = QStringLiteral("not-in-journal");
        done(run);
        return;
    }
    // A backup is due when the journal does not have this principal yet and a write may follow; placeholders are
    // recognised by their pixels. Both need the bytes, and one `$value` read gives them with the etag, the media
    // type and (decoded from the image's header) the size: no metadata read first.
    const bool set = run->outcome.task.kind == WriteTask::Kind::Set;
    const bool needBytes = (m_apply && index < 0 && run->outcome.task.kind != WriteTask::Kind::Undo)
        || (set && !m_placeholders.isEmpty());
    read(run, needBytes ? PhotoJob::Mode::BytesOnly : PhotoJob::Mode::MetadataOnly);
}

void PhotoWriteRun::read(std::shared_ptr<Running> run, PhotoJob::Mode mode)
{
    RequestScheduler::of(m_client)->fetchPhoto(
        run->outcome.task.principal.path, mode, {}, this, [this, run, mode](const PhotoInfo& current) {
            if (mode == PhotoJob::Mode::BytesOnly && current.hasPhoto() && current.etag.isEmpty()) {
                // Graph sends the bytes' ETag, but should an answer (a `$batch` item's headers may be left out)
                // come without it, the metadata gives it: the etag decides later whether a write was carried out.
                RequestScheduler::of(m_client)->fetchPhoto(
                    run->outcome.task.principal.path, PhotoJob::Mode::MetadataOnly, {}, this,
                    [this, run, current](const PhotoInfo& meta) {
                        PhotoInfo merged = current;
                        if (meta.hasPhoto() && !meta.etag.isEmpty()) {
                            merged.etag = meta.etag;
                            onRead(run, merged);
                        } else {
                            onRead(run, meta); // no photo since, or the read failed: say what it says
                        }
                    });
                return;
            }
            onRead(run, current);
        });
}

void PhotoWriteRun::onRead(std::shared_ptr<Running> run, const PhotoInfo& current)
{
    run->outcome.before = current;
    run->outcome.before.data.clear();
    if (current.error.isAuthFailure()) {
        setError(current.error);
        run->outcome.action = QStringLiteral("skip");
        run->outcome.error = current.error;
        abort();
        done(run);
        return;
    }
    if (current.status == PhotoStatus::Error) {
        run->outcome.action = QStringLiteral("skip");
        run->outcome.reason = QStringLiteral("not-read");
        run->outcome.error = current.error;
        done(run);
        return;
    }
    if (run->outcome.task.kind == WriteTask::Kind::Undo) {
        decideUndo(run, current);
    } else if (!m_placeholders.isEmpty() && current.hasBytes()) {
        compareWithPlaceholders(run, current);
    } else {
        decide(run, current);
    }
}

void PhotoWriteRun::compareWithPlaceholders(std::shared_ptr<Running> run, const PhotoInfo& current)
{
    // Decoding is off this thread (the GUI's, in the GUI).
    auto* watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, run, current]() {
        watcher->deleteLater();
        run->placeholder = watcher->result();
        if (run->placeholder) {
            run->outcome.before.status = PhotoStatus::Placeholder;
            run->outcome.warnings << QStringLiteral("placeholder");
        }
        decide(run, current);
    });
    watcher->setFuture(QtConcurrent::run([placeholders = m_placeholders, data = current.data]() {
        return placeholders.match(PhotoFingerprint::compute(data)).matched;
    }));
}

void PhotoWriteRun::decide(std::shared_ptr<Running> run, const PhotoInfo& current)
{
    WriteOutcome& out = run->outcome;
    const WriteTask& task = out.task;
    const bool remove = task.kind == WriteTask::Kind::Remove;
    if (cannotTakePhoto(current)) {
        out.action = QStringLiteral("unsupported");
        out.reason = current.reason;
        done(run);
        return;
    }
    if (remove && task.principal.path.isContact()) {
        out.action = QStringLiteral("unsupported");
        out.reason = QStringLiteral("contact-removal");
        done(run);
        return;
    }
    if (m_appOnly && task.principal.path.kind() == ItemPath::Kind::Group) {
        out.action = QStringLiteral("unsupported");
        out.reason = QStringLiteral("AppOnlyTokenNotSupportedForGroupUpdate");
        done(run);
        return;
    }
    const bool known = !run->entry.path.isValid() ? false : true;
    if (known) {
        const JournalEntry& e = run->entry;
        out.backup = e.backup;
        const bool sameWrite = remove ? e.action == QLatin1String("remove") : e.uploadSha256 == task.image.uploadSha256;
        // What the journal's own last write left: no photo after a removal, else the photo with its etag.
        const bool stillOurs = e.action == QLatin1String("remove") ? current.status == PhotoStatus::None
                                                                   : current.hasPhoto() && current.etag == e.etagAfter;
        if (e.state == QLatin1String("written") && sameWrite && stillOurs) {
            out.action = QStringLiteral("unchanged");
            out.reason = QStringLiteral("journal");
            out.etagAfter = e.etagAfter;
            done(run);
            return;
        }
        if (e.state == QLatin1String("written") && !stillOurs) {
            // Written by this journal and changed again since: its backup is no longer what was there before.
            out.action = QStringLiteral("skip");
            out.reason = QStringLiteral("changed-since");
            done(run);
            return;
        }
        const bool moved
            = remove ? current.status == PhotoStatus::None : current.hasPhoto() && current.etag != e.etagBefore;
        if (e.state == QLatin1String("writing") && sameWrite && moved) {
            // Killed after the write left: Graph carried it out. Recorded, not written twice.
            out.action = remove ? QStringLiteral("remove")
                : e.hadPhoto    ? QStringLiteral("replace")
                                : QStringLiteral("set");
            out.reason = QStringLiteral("resumed");
            if (m_apply) {
                run->entry.state = QStringLiteral("written");
                run->entry.etagAfter = current.etag;
                run->entry.verified = true;
                out.applied = out.written = out.verified = true;
                out.etagAfter = current.etag;
                stageAfter(run);
            }
            done(run);
            return;
        }
    }
    if (!remove && m_onlyMissing && current.hasPhoto() && !run->placeholder) {
        out.action = QStringLiteral("skip");
        out.reason = QStringLiteral("has-photo");
        done(run);
        return;
    }
    if (remove && current.status == PhotoStatus::None) {
        out.action = QStringLiteral("skip");
        out.reason = QStringLiteral("no-photo");
        done(run);
        return;
    }
    const bool hadPhoto = known ? run->entry.hadPhoto : current.hasPhoto();
    out.action = remove ? QStringLiteral("remove") : hadPhoto ? QStringLiteral("replace") : QStringLiteral("set");
    if (!m_apply) {
        done(run);
        return;
    }
    if (!known) {
        JournalEntry& e = run->entry;
        e.path = task.principal.path;
        e.kind = task.principal.kindName();
        e.displayName = task.principal.displayName;
        e.userPrincipalName = task.principal.userPrincipalName;
        e.file = task.file;
        e.hadPhoto = current.hasPhoto();
        e.etagBefore = current.etag;
        e.mediaTypeBefore = current.mediaType;
        e.widthBefore = current.width;
        e.heightBefore = current.height;
        if (e.hadPhoto) {
            QString error;
            if (current.data.isEmpty() || !m_journal->writeBackup(e, current.data, current.mediaType, &error)) {
                out.applied = true;
                out.error = GraphError::make(GraphError::Kind::Protocol,
                                             error.isEmpty() ? QStringLiteral("the photo to back up was empty") : error,
                                             QStringLiteral("backup-failed"));
                done(run);
                return;
            }
            out.backup = e.backup;
        }
        // The entry itself is saved once, as `writing`, just before the write (write(), flush()): one save fewer
        // per principal, and a kill before it leaves only a backup file that the next run writes again.
    }
    run->entry.action = out.action;
    run->entry.file = task.file;
    run->entry.uploadSha256 = remove ? QString() : task.image.uploadSha256;
    run->body = task.image.jpeg;
    write(run);
}

void PhotoWriteRun::decideUndo(std::shared_ptr<Running> run, const PhotoInfo& current)
{
    WriteOutcome& out = run->outcome;
    const JournalEntry& e = run->entry;
    out.backup = e.backup;
    if (!e.undone.isEmpty()) {
        out.action = QStringLiteral("unchanged");
        out.reason = QStringLiteral("undone");
        done(run);
        return;
    }
    const bool asBefore
        = e.hadPhoto ? current.hasPhoto() && current.etag == e.etagBefore : current.status == PhotoStatus::None;
    if (e.state != QLatin1String("written") && e.state != QLatin1String("writing")) {
        out.action = QStringLiteral("skip");
        out.reason = QStringLiteral("not-written");
        done(run);
        return;
    }
    if (e.state == QLatin1String("writing") && asBefore) {
        out.action = QStringLiteral("skip");
        out.reason = QStringLiteral("not-written");
        done(run);
        return;
    }
    const bool ours = e.state == QLatin1String("writing")
        || (e.action == QLatin1String("remove") ? current.status == PhotoStatus::None
                                                : current.hasPhoto() && current.etag == e.etagAfter);
    if (!ours) {
        out.action = QStringLiteral("skip");
        out.reason = QStringLiteral("changed-since");
        done(run);
        return;
    }
    if (!e.hadPhoto) {
        if (e.path.isContact()) {
            out.action = QStringLiteral("unsupported");
            out.reason = QStringLiteral("contact-removal");
            done(run);
            return;
        }
        out.action = QStringLiteral("remove");
    } else {
        out.action = QStringLiteral("replace");
        QString error;
        QByteArray bytes = m_journal->readBackup(e, &error);
        if (bytes.isEmpty()) {
            out.action = QStringLiteral("skip");
            out.reason = QStringLiteral("backup-unreadable");
            out.error = GraphError::make(GraphError::Kind::Protocol, error, QStringLiteral("backup-unreadable"));
            done(run);
            return;
        }
        if (!bytes.startsWith("\xFF\xD8\xFF")) {
            // Only a JPEG is sent: a PNG or GIF backup goes back re-encoded, as it is framed.
            UploadOptions asItIs;
            asItIs.crop = UploadOptions::Crop::None;
            asItIs.maxEdge = 1 << 20;
            asItIs.minEdge = 1;
            const UploadImage image = UploadImage::prepare(bytes, asItIs);
            bytes = image.jpeg;
            out.warnings << QStringLiteral("re-encoded");
        }
        run->body = bytes;
    }
    if (!m_apply) {
        done(run);
        return;
    }
    write(run);
}

void PhotoWriteRun::write(std::shared_ptr<Running> run)
{
    if (isAborted()) {
        // Cancelled while its photo was being read: nothing leaves after abort(), so what is reported as written
        // is all that was.
        run->outcome.reason = QStringLiteral("cancelled");
        done(run);
        return;
    }
    if (run->outcome.task.kind == WriteTask::Kind::Undo) {
        send(run); // undo writes what the journal already holds; its entry is updated after
        return;
    }
    // Write-ahead, grouped: the entries of several principals are made durable by one save (maybeFlush()), and only
    // then do their writes leave. Never a write the journal does not know of.
    run->entry.state = QStringLiteral("writing");
    m_journal->stage(run->entry);
    m_ahead.push_back(std::move(run));
    maybeFlush();
}

void PhotoWriteRun::maybeFlush()
{
    if (m_ahead.empty()) {
        return;
    }
    // A group grows while the scheduler still has writes waiting for a slot (the pipe stays full meanwhile), up to
    // kGroup; it is saved, and its writes handed over, when the scheduler is about to run out, or when no other
    // principal is being read (none would join it).
    const int reading = m_running - m_sending - int(m_ahead.size());
    if (int(m_ahead.size()) >= kGroup || reading <= 0
        || RequestScheduler::of(m_client)->outlookWaiting() < kWritesWaiting) {
        scheduleFlush();
    }
}

void PhotoWriteRun::scheduleFlush()
{
    if (!m_flushScheduled) {
        m_flushScheduled = true;
        QTimer::singleShot(0, this, &PhotoWriteRun::flush);
    }
}

void PhotoWriteRun::flush()
{
    m_flushScheduled = false;
    if (m_saving) {
        return; // the save under way looks again when it ends
    }
    std::vector<std::shared_ptr<Running>> ahead;
    ahead.swap(m_ahead);
    if (ahead.empty() && m_unsaved == 0 && m_saveError.isEmpty()) {
        finishIfDone();
        return;
    }
    // Saved on the thread pool: a save rewrites the whole journal and waits for the disk, and the event loop meanwhile
    // keeps the writes already handed over going (in the GUI, the window responsive). One save at a time, so that
    // the file is never replaced by an older state; what is staged meanwhile goes into the next.
    m_unsaved = 0;
    m_saving = true;
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, ahead = std::move(ahead)]() mutable {
        watcher->deleteLater();
        m_saving = false;
        saved(std::move(ahead), watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([path = m_journal->filePath(), bytes = m_journal->serialized()]() {
        QString error;
        if (PhotoJournal::writeFile(path, bytes, &error)) {
            return QString();
        }
        return error.isEmpty() ? path : error;
    }));
}

void PhotoWriteRun::saved(std::vector<std::shared_ptr<Running>> ahead, const QString& error)
{
    if (error.isEmpty()) {
        m_saveError.clear();
    } else if (ahead.empty()) {
        m_saveError = error; // the states after writes stay staged: the next save, or the last, tries again
    }
    for (std::shared_ptr<Running>& run : ahead) {
        if (error.isEmpty() && isAborted()) {
            cancelled(std::move(run));
            continue;
        }
        if (error.isEmpty()) {
            send(std::move(run));
            continue;
        }
        // Nothing left: the entry says so should a later save succeed, and the principal is reported failed.
        run->outcome.applied = true;
        run->outcome.error = journalError(error);
        run->entry.state = QStringLiteral("failed");
        run->entry.error = run->outcome.error;
        m_journal->stage(run->entry);
        done(std::move(run));
    }
    if (m_unsaved >= kSaveEvery || (m_unsaved > 0 && m_sending == 0)) {
        scheduleFlush();
    }
    maybeFlush();
    finishIfDone();
}

void PhotoWriteRun::stageAfter(std::shared_ptr<Running> run)
{
    // States after a write are saved with the next group's write-ahead save, or every kSaveEvery, or once nothing
    // is on its way: until then the entry says `writing`, which a later run resolves by reading the photo (Graph
    // carried the write out or not) and undo treats as possibly written.
    m_journal->stage(run->entry);
    ++m_unsaved;
    if (m_unsaved >= kSaveEvery || m_sending == 0) {
        scheduleFlush();
    }
}

GraphError PhotoWriteRun::journalError(const QString& error)
{
    return GraphError::make(
        GraphError::Kind::Protocol,
        trMessage(staticMetaObject.className(), QT_TR_NOOP("the journal cannot be saved: %1")).arg(error),
        QStringLiteral("journal-failed"));
}

void PhotoWriteRun::send(std::shared_ptr<Running> run)
{
    WriteOutcome& out = run->outcome;
    if (isAborted()) {
        // Cancelled while its photo was being read: nothing leaves after abort(), so what is reported as written
        // is all that was.
        out.reason = QStringLiteral("cancelled");
        done(run);
        return;
    }
    const bool undo = out.task.kind == WriteTask::Kind::Undo;
    out.applied = true;
    ++m_sending;
    const ItemPath& path = out.task.principal.path;
    PhotoWriteJob* job = out.action == QLatin1String("remove")
        ? PhotoWriteJob::remove(m_client, path, out.before, this)
        : PhotoWriteJob::set(m_client, path, run->body, out.before, this);
    m_jobs.append(job);
    connect(job, &GraphJob::finished, this, [this, job, run, undo]() {
        job->deleteLater();
        m_jobs.removeAll(job);
        --m_sending;
        if (isAborted() && job->sentAtMs() < 0) {
            cancelled(run); // dropped while it waited for a slot: never sent
            return;
        }
        WriteOutcome& out = run->outcome;
        out.written = job->written();
        out.verified = job->verified();
        out.etagAfter = job->after().hasPhoto() ? job->after().etag : QString();
        if (job->hasError()) {
            out.error = job->error();
            if (job->error().isAuthFailure()) {
                setError(job->error());
                abort();
            }
        }
        if (undo) {
            if (out.written) {
                run->entry.undone
                    = out.action == QLatin1String("remove") ? QStringLiteral("removed") : QStringLiteral("restored");
                stageAfter(run);
            }
        } else {
            run->entry.state = out.written ? QStringLiteral("written") : QStringLiteral("failed");
            run->entry.etagAfter = out.etagAfter;
            run->entry.verified = out.verified;
            run->entry.error = out.error;
            stageAfter(run);
        }
        if (out.written && !out.verified) {
            out.warnings << QStringLiteral("not-yet-visible");
        }
        done(run);
    });
    job->start();
}

void PhotoWriteRun::done(std::shared_ptr<Running> run)
{
    m_outcomes.append(run->outcome);
    emit taskFinished(run->outcome);
    --m_running;
    maybeFlush();
    QTimer::singleShot(0, this, &PhotoWriteRun::next);
}

} // namespace Portrait
