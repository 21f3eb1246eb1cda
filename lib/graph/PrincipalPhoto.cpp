#include "PrincipalPhoto.h"

#include "graph/FileName.h"
#include "graph/GraphClient.h"
#include "graph/GraphImage.h"
#include "graph/PhotoJob.h"
#include "graph/WhenReady.h"

#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Portrait {

PrincipalPhoto::PrincipalPhoto(QObject* parent)
    : QObject(parent)
{ }

PrincipalPhoto::~PrincipalPhoto()
{
    cancelPhoto();
    cancelSizes();
}

void PrincipalPhoto::setClient(GraphClient* client)
{
    m_client = client;
    clear();
}

void PrincipalPhoto::clear()
{
    cancelPhoto();
    cancelSizes();
    m_principal = {};
    m_sizeId.clear();
    m_sizes.clear();
    m_sizesError = {};
    m_info = {};
    m_hasInfo = false;
    m_image = {};
    emit sizesChanged();
    emit changed();
}

void PrincipalPhoto::show(const ItemPath& principal)
{
    if (!principal.isValid()) {
        clear();
        return;
    }
    if (principal != m_principal) {
        clear();
        m_principal = principal;
    }
    // The same request while it is on its way: keep it (the answer is the same). One that is done: ask again.
    if (!(m_sizeId.isEmpty() && isLoading())) {
        m_sizeId.clear();
        startPhoto();
    }
    if (!m_sizesJob) {
        startSizes();
    }
}

bool PrincipalPhoto::showSize(const QString& sizeId)
{
    if (!m_principal.isValid()) {
        return false;
    }
    if (!sizeId.isEmpty() && std::none_of(m_sizes.cbegin(), m_sizes.cend(), [&sizeId](const PhotoSize& size) {
            return size.id.compare(sizeId, Qt::CaseInsensitive) == 0;
        })) {
        return false;
    }
    if (sizeId == m_sizeId && (isLoading() || m_hasInfo)) {
        return true;
    }
    m_sizeId = sizeId;
    startPhoto();
    return true;
}

void PrincipalPhoto::reload()
{
    if (!m_principal.isValid()) {
        return;
    }
    m_sizeId.clear();
    cancelSizes();
    m_sizes.clear();
    m_sizesError = {};
    startPhoto();
    startSizes();
}

void PrincipalPhoto::cancelPhoto()
{
    ++m_serial;
    m_decoding = false;
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->abort();
        m_job->deleteLater();
        m_job = nullptr;
    }
}

void PrincipalPhoto::cancelSizes()
{
    if (m_sizesJob) {
        disconnect(m_sizesJob, nullptr, this, nullptr);
        m_sizesJob->abort();
        m_sizesJob->deleteLater();
        m_sizesJob = nullptr;
    }
}

void PrincipalPhoto::startPhoto()
{
    cancelPhoto();
    m_info = {};
    m_hasInfo = false;
    m_image = {};
    if (m_client) {
        m_job = new PhotoJob(m_client, m_principal, PhotoJob::Mode::MetadataAndBytes, m_sizeId, this);
        connect(m_job, &GraphJob::finished, this, [this](GraphJob* job) { photoArrived(static_cast<PhotoJob*>(job)); });
        m_job->start();
    }
    emit changed();
}

void PrincipalPhoto::photoArrived(PhotoJob* job)
{
    job->deleteLater();
    if (job != m_job) {
        return;
    }
    m_job = nullptr;
    m_info = job->info();
    // A failure of the job itself (a 401 that survived the renewal) is the photo's error too.
    if (job->hasError() && m_info.status == PhotoStatus::Photo) {
        m_info.status = PhotoStatus::Error;
    }
    if (job->hasError() && !m_info.error.isError()) {
        m_info.error = job->error();
        m_info.status = PhotoStatus::Error;
        if (m_info.reason.isEmpty()) {
            m_info.reason = job->error().code;
        }
    }
    m_hasInfo = true;
    if (!m_info.hasBytes() || m_info.data.isEmpty()) {
        emit changed();
        reportFinished();
        return;
    }
    m_decoding = true;
    const quint64 serial = m_serial;
    const QByteArray data = m_info.data;
    whenReady(this, QtConcurrent::run([data]() { return GraphImage::decode(data); }),
              [this, serial](const QImage& image) { decoded(image, serial); });
    emit changed();
}

void PrincipalPhoto::decoded(const QImage& image, quint64 serial)
{
    if (serial != m_serial) {
        return; // another principal, size or reload since: stale
    }
    m_decoding = false;
    m_image = image;
    emit changed();
    reportFinished();
}

void PrincipalPhoto::reportFinished()
{
    // Only the largest photo says what the principal's photo is (status, pixel size, bytes).
    if (m_sizeId.isEmpty()) {
        emit finished(m_principal, m_info);
    }
}

void PrincipalPhoto::startSizes()
{
    cancelSizes();
    m_sizes.clear();
    m_sizesError = {};
    // Contacts have one size: Graph answers 400 to `/photos` for them.
    if (m_client && m_principal.supportsPhotoSizes()) {
        m_sizesJob = new PhotoSizesJob(m_client, m_principal, this);
        connect(m_sizesJob, &GraphJob::finished, this,
                [this](GraphJob* job) { sizesArrived(static_cast<PhotoSizesJob*>(job)); });
        m_sizesJob->start();
    }
    emit sizesChanged();
}

void PrincipalPhoto::sizesArrived(PhotoSizesJob* job)
{
    job->deleteLater();
    if (job != m_sizesJob) {
        return;
    }
    m_sizesJob = nullptr;
    m_sizesError = job->hasError() ? job->error() : GraphError();
    m_sizes = job->hasError() ? QList<PhotoSize>() : job->sizes();
    // The 1x1 placeholder Graph lists for "no photo" is not a size one can show.
    m_sizes.removeIf([](const PhotoSize& size) { return size.width <= 1 && size.height <= 1; });
    emit sizesChanged();
}

QString PrincipalPhoto::extension() const
{
    return FileName::extensionFor(m_info.mediaType.isEmpty() ? sniffImageType(m_info.data) : m_info.mediaType);
}

QString PrincipalPhoto::fileName(const QString& stem) const
{
    const QString name = !stem.isEmpty() ? stem
        : !m_principal.key().isEmpty()   ? m_principal.key()
                                         : QStringLiteral("photo");
    return FileName::forPhoto(name, m_info.mediaType.isEmpty() ? sniffImageType(m_info.data) : m_info.mediaType);
}

bool PrincipalPhoto::saveTo(const QString& path, QString* error) const
{
    if (!canSave()) {
        if (error) {
            *error = tr("There is no photo to save.");
        }
        return false;
    }
    return writeFile(m_info.data, path, error);
}

bool PrincipalPhoto::writeFile(const QByteArray& bytes, const QString& path, QString* error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit()) {
        return true;
    }
    if (error) {
        *error = file.errorString();
    }
    file.cancelWriting();
    return false;
}

} // namespace Portrait
