#pragma once

#include "base/GraphError.h"
#include "graph/GraphClient.h"
#include "graph/ItemPath.h"
#include "graph/PhotoInfo.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace Portrait {

class PhotoJob;
class PhotoSizesJob;

/**
 * @brief One principal's photo at full size, as the detail pane shows it: the photo's metadata and bytes (one
 * PhotoJob), the list of its sizes (one PhotoSizesJob, users and groups only), the decoded image, and its file.
 *
 * - **De-duplicated.** Asking again for the principal (or the size) whose photo is on its way starts nothing
 *   new; asking for another principal aborts what was on its way, and a stale answer is never reported.
 * - **Decoded off the GUI thread**, on the thread pool through GraphImage and whenReady() (never
 *   QFuture::then(context), see WhenReady.h): deleting this object drops a decoding on its way.
 * - **Saved as it came.** The exact bytes Graph sent, with QSaveFile, under a name made by FileName.
 * - **Reloaded after a write.** reload() forgets what is known and asks again: what a photo write (set,
 *   remove) calls so that the new photo is shown.
 *
 * Every change of state emits changed(); a view shows the state (isLoading(), hasInfo(), info(), image()). The
 * largest photo's final outcome (decoded, when there were bytes) also emits finished(), once per request.
 */
class PrincipalPhoto : public QObject
{
    Q_OBJECT

public:
    explicit PrincipalPhoto(QObject* parent = nullptr);
    ~PrincipalPhoto() override;

    /// The client photos are fetched through; not owned. Changing it clears everything.
    void setClient(GraphClient* client);
    GraphClient* client() const { return m_client; }

    /**
     * @brief Shows @p principal's largest photo and lists its sizes. For the principal shown, a request on its
     * way is kept and one that is done is made again. An invalid path clears.
     */
    void show(const ItemPath& principal);
    /**
     * @brief Shows one size of the principal shown (@p sizeId empty: the largest photo). Does nothing for the
     * size already on its way, and refuses (false) a size that sizes() does not list.
     */
    bool showSize(const QString& sizeId);
    /// Forgets the photo and the sizes of the principal shown and asks for both again, at the largest size.
    void reload();
    /// Shows nothing; drops what is on its way.
    void clear();

    /// The principal shown, or an invalid path.
    const ItemPath& principal() const { return m_principal; }
    /// The size shown: Graph's id ("96x96"), or empty for the largest photo (`/photo`).
    const QString& sizeId() const { return m_sizeId; }

    /// True while the photo request or its decoding is on its way.
    bool isLoading() const { return m_job != nullptr || m_decoding; }
    /// True while the bytes are decoded (hasInfo() is then true).
    bool isDecoding() const { return m_decoding; }
    /// True once the photo outcome is known (info() is then valid).
    bool hasInfo() const { return m_hasInfo; }
    /// The photo outcome; valid when hasInfo().
    const PhotoInfo& info() const { return m_info; }
    /// The decoded photo, or a null image (none yet, no bytes, or bytes that are no image).
    const QImage& image() const { return m_image; }

    /// True while `/photos` is on its way.
    bool isSizesLoading() const { return m_sizesJob != nullptr; }
    /// The sizes `/photos` listed, smallest first, without Graph's 1x1 placeholder (empty until known, or for
    /// contacts).
    const QList<PhotoSize>& sizes() const { return m_sizes; }
    /// Why the sizes could not be listed; no error when they were (or are on their way).
    const GraphError& sizesError() const { return m_sizesError; }

    /// True when there are photo bytes to save.
    bool canSave() const { return m_hasInfo && m_info.hasBytes() && !m_info.data.isEmpty(); }
    /// The extension of the photo's bytes (FileName::extensionFor()).
    QString extension() const;
    /**
     * @brief A safe file name for the photo (FileName::forPhoto()): @p stem (a UPN, a mail, a name; the principal's
     * key when empty) with the photo's extension.
     */
    QString fileName(const QString& stem) const;
    /// Writes the exact photo bytes to @p path. Returns false with @p error on failure.
    bool saveTo(const QString& path, QString* error = nullptr) const;
    /// Writes @p bytes to @p path with QSaveFile (all or nothing). Returns false with @p error on failure.
    static bool writeFile(const QByteArray& bytes, const QString& path, QString* error = nullptr);

signals:
    /// The state changed: a request started, the outcome arrived, the decoding ended, or it was cleared.
    void changed();
    /// The sizes changed: the list started, arrived or failed.
    void sizesChanged();
    /// The largest photo's outcome is known and, if there were bytes, decoded.
    void finished(const Portrait::ItemPath& principal, const Portrait::PhotoInfo& info);

private:
    void cancelPhoto();
    void cancelSizes();
    void startPhoto();
    void startSizes();
    void photoArrived(PhotoJob* job);
    void decoded(const QImage& image, quint64 serial);
    void sizesArrived(PhotoSizesJob* job);
    void reportFinished();

    QPointer<GraphClient> m_client;
    ItemPath m_principal;
    QString m_sizeId;
    PhotoJob* m_job = nullptr;
    quint64 m_serial = 0; ///< bumped whenever what is on its way becomes stale
    bool m_decoding = false;
    bool m_hasInfo = false;
    PhotoInfo m_info;
    QImage m_image;
    PhotoSizesJob* m_sizesJob = nullptr;
    QList<PhotoSize> m_sizes;
    GraphError m_sizesError;
};

} // namespace Portrait
