#include "PhotoChange.h"

#include "bulk/PhotoWriteRun.h"
#include "graph/GraphClient.h"
#include "graph/GraphImage.h"
#include "graph/RequestScheduler.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace Portrait {

namespace {

/// What prepare() computes off the calling thread.
struct Prepared
{
    UploadImage upload;
    QImage preview;
};

} // namespace

PhotoChange::PhotoChange(GraphClient* client, const DirectoryObject& principal, Kind kind, QObject* parent)
    : Task(parent)
    , m_client(client)
    , m_principal(principal)
    , m_kind(kind)
{ }

PhotoChange::~PhotoChange() = default;

QString PhotoChange::refusal(Kind kind, const ItemPath& principal, bool appOnly)
{
    if (!principal.isValid() || !principal.isPrincipal()) {
        return QStringLiteral("not-a-principal");
    }
    if (kind == Kind::Remove && principal.isContact()) {
        return QStringLiteral("contact-removal");
    }
    if (appOnly && principal.kind() == ItemPath::Kind::Group) {
        return QStringLiteral("AppOnlyTokenNotSupportedForGroupUpdate");
    }
    return {};
}

void PhotoChange::loadCurrent()
{
    if (m_currentLoading || m_currentLoaded) {
        return;
    }
    m_currentLoading = true;
    if (!m_client) {
        m_current = PhotoInfo::fromError(
            GraphError::make(GraphError::Kind::Protocol, QStringLiteral("not connected"), QStringLiteral("offline")));
        QTimer::singleShot(0, this, [this]() {
            m_currentLoading = false;
            m_currentLoaded = true;
            emit currentLoaded();
        });
        return;
    }
    RequestScheduler::of(m_client)->fetchPhoto(
        m_principal.path, PhotoJob::Mode::MetadataAndBytes, {}, this, [this](const PhotoInfo& info) {
            m_current = info;
            if (!info.hasPhoto() || info.data.isEmpty()) {
                m_currentLoading = false;
                m_currentLoaded = true;
                emit currentLoaded();
                return;
            }
            // Decoding is off this thread (the GUI's, in the GUI).
            auto* watcher = new QFutureWatcher<QImage>(this);
            connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher]() {
                watcher->deleteLater();
                m_currentImage = watcher->result();
                m_current.data.clear();
                m_currentLoading = false;
                m_currentLoaded = true;
                emit currentLoaded();
            });
            watcher->setFuture(QtConcurrent::run([data = info.data]() { return GraphImage::decode(data); }));
        });
}

void PhotoChange::prepare(const QString& file, const UploadOptions& options)
{
    if (isStarted() || isFinishing()) {
        return;
    }
    m_file = file;
    m_options = options;
    m_preparing = true;
    const quint64 serial = ++m_prepareSerial;
    auto* watcher = new QFutureWatcher<Prepared>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, serial]() {
        watcher->deleteLater();
        if (serial != m_prepareSerial) {
            return; // a newer file or crop was asked meanwhile
        }
        Prepared result = watcher->result();
        m_upload = std::move(result.upload);
        m_uploadPreview = std::move(result.preview);
        m_preparing = false;
        m_prepared = true;
        emit prepared();
    });
    watcher->setFuture(QtConcurrent::run([file, options]() {
        Prepared result;
        result.upload = UploadImage::prepareFile(file, options);
        if (result.upload.ok) {
            // The preview is the JPEG that is sent, decoded: not the file scaled by other means.
            result.preview = GraphImage::decode(result.upload.jpeg);
        }
        return result;
    }));
}

QString PhotoChange::blocker() const
{
    if (isFinishing()) {
        return QStringLiteral("done");
    }
    if (isApplying() || m_preparing) {
        return QStringLiteral("busy");
    }
    const QString refused = refusal(m_kind, m_principal.path, m_appOnly);
    if (!refused.isEmpty()) {
        return refused;
    }
    if (!m_currentLoaded) {
        return QStringLiteral("not-loaded"); // the change is confirmed against the photo it replaces
    }
    if (m_kind == Kind::Set) {
        if (!m_prepared) {
            return QStringLiteral("not-prepared");
        }
        if (!m_upload.ok) {
            return QStringLiteral("invalid-image");
        }
    } else if (m_current.status == PhotoStatus::None) {
        return QStringLiteral("no-photo");
    }
    return {};
}

void PhotoChange::apply(const QString& journalDir)
{
    if (!canApply()) {
        return;
    }
    m_journalDir = journalDir;
    start();
}

void PhotoChange::run()
{
    QString error;
    if (!m_client || !m_journal.open(m_journalDir, &error)) {
        finish(GraphError::make(GraphError::Kind::Protocol,
                                m_client ? QStringLiteral("the journal cannot be opened: %1").arg(error)
                                         : QStringLiteral("not connected"),
                                QStringLiteral("journal-failed")));
        return;
    }
    WriteTask task;
    task.kind = m_kind == Kind::Set ? WriteTask::Kind::Set : WriteTask::Kind::Remove;
    task.principal = m_principal;
    if (m_kind == Kind::Set) {
        task.file = QFileInfo(m_file).fileName();
        task.image = m_upload;
    }
    m_run = new PhotoWriteRun(m_client, &m_journal, {task}, this);
    m_run->setApply(true);
    m_run->setAppOnly(m_appOnly);
    connect(m_run, &PhotoWriteRun::finished, this, [this]() {
        if (!m_run->outcomes().isEmpty()) {
            m_outcome = m_run->outcomes().first();
        }
        // An aborted run leaves its error empty (its outcome says what was cancelled); the change says Cancelled.
        const GraphError error = m_run->error().isError() || !isAborted() ? m_run->error() : cancelledError();
        m_run->deleteLater();
        m_run = nullptr;
        finish(error);
    });
    m_run->start();
}

void PhotoChange::stop()
{
    if (m_run) {
        m_run->abort(); // its finished() ends the change, with what was done and what not
        return;
    }
    finish(cancelledError());
}

} // namespace Portrait
