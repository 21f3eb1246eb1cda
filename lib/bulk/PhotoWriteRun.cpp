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
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
    , m_todo(tasks.begin(), tasks.end())
{ }

PhotoWriteRun::~PhotoWriteRun() = default;

void PhotoWriteRun::start()
{
    if (m_started) {
        return;
    }
    m_started = true;
    QTimer::singleShot(0, this, &PhotoWriteRun::next);
}

void PhotoWriteRun::abort()
{
    m_aborted = true;
    m_todo.clear();
    if (m_running == 0 && !m_finished) {
        m_finished = true;
        QTimer::singleShot(0, this, &PhotoWriteRun::finished);
    }
}

void PhotoWriteRun::next()
{
    while (!m_aborted && m_running < m_parallel && !m_todo.empty()) {
        WriteTask task = std::move(m_todo.front());
        m_todo.pop_front();
        ++m_running;
        begin(std::move(task));
    }
    if (m_running == 0 && (m_todo.empty() || m_aborted) && !m_finished) {
        m_finished = true;
        emit finished();
    }
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
    // recognised by their pixels.
    const bool set = run->outcome.task.kind == WriteTask::Kind::Set;
    const bool needBytes = (m_apply && index < 0 && run->outcome.task.kind != WriteTask::Kind::Undo)
        || (set && !m_placeholders.isEmpty());
    RequestScheduler::of(m_client)->fetchPhoto(
        path, needBytes ? PhotoJob::Mode::MetadataAndBytes : PhotoJob::Mode::MetadataOnly, {}, this,
        [this, run](const PhotoInfo& current) {
            run->outcome.before = current;
            run->outcome.before.data.clear();
            if (current.error.isAuthFailure()) {
                m_error = current.error;
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
        });
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
                saveEntry(run);
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
        // The entry itself is saved once, as `writing`, just before the write (write()): one save fewer per
        // principal, and a kill before it leaves only a backup file that the next run writes again.
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
    WriteOutcome& out = run->outcome;
    if (m_aborted) {
        // Cancelled while its photo was being read: nothing leaves after abort(), so what is reported as written
        // is all that was.
        out.reason = QStringLiteral("cancelled");
        done(run);
        return;
    }
    const bool undo = out.task.kind == WriteTask::Kind::Undo;
    if (!undo) {
        run->entry.state = QStringLiteral("writing");
        if (!saveEntry(run)) { // never a write the journal does not know of
            done(run);
            return;
        }
    }
    out.applied = true;
    const ItemPath& path = out.task.principal.path;
    PhotoWriteJob* job = out.action == QLatin1String("remove")
        ? PhotoWriteJob::remove(m_client, path, out.before, this)
        : PhotoWriteJob::set(m_client, path, run->body, out.before, this);
    connect(job, &GraphJob::finished, this, [this, job, run, undo]() {
        job->deleteLater();
        WriteOutcome& out = run->outcome;
        out.written = job->written();
        out.verified = job->verified();
        out.etagAfter = job->after().hasPhoto() ? job->after().etag : QString();
        if (job->hasError()) {
            out.error = job->error();
            if (job->error().isAuthFailure()) {
                m_error = job->error();
                abort();
            }
        }
        if (undo) {
            if (out.written) {
                run->entry.undone
                    = out.action == QLatin1String("remove") ? QStringLiteral("removed") : QStringLiteral("restored");
                saveEntry(run);
            }
        } else {
            run->entry.state = out.written ? QStringLiteral("written") : QStringLiteral("failed");
            run->entry.etagAfter = out.etagAfter;
            run->entry.verified = out.verified;
            run->entry.error = out.error;
            saveEntry(run);
        }
        if (out.written && !out.verified) {
            out.warnings << QStringLiteral("not-yet-visible");
        }
        done(run);
    });
    job->start();
}

bool PhotoWriteRun::saveEntry(std::shared_ptr<Running> run)
{
    QString error;
    if (m_journal->put(run->entry, &error)) {
        return true;
    }
    run->outcome.applied = true;
    run->outcome.written = false;
    run->outcome.error
        = GraphError::make(GraphError::Kind::Protocol, QStringLiteral("the journal cannot be saved: %1").arg(error),
                           QStringLiteral("journal-failed"));
    return false;
}

void PhotoWriteRun::done(std::shared_ptr<Running> run)
{
    m_outcomes.append(run->outcome);
    emit taskFinished(run->outcome);
    --m_running;
    QTimer::singleShot(0, this, &PhotoWriteRun::next);
}

} // namespace Portrait
