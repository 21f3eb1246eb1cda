#pragma once

#include "base/GraphError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Portrait {

/// The outcome of asking Graph for a principal's photo (CLI.md `status`). Never "a null image".
enum class PhotoStatus
{
    Photo, ///< a real photo
    None, ///< no photo uploaded: 404 on `$value`, or the 1x1 placeholder metadata
    Placeholder, ///< an image exists but is a known placeholder
    Unavailable, ///< the service cannot serve it here: no mailbox, access denied, on-premises mailbox...
    Error, ///< failed (after retries)
};

/// `photo`, `none`, `placeholder`, `unavailable`, `error`.
QString photoStatusName(PhotoStatus status);
/// Inverse of photoStatusName(); returns false for an unknown name.
bool photoStatusFromName(const QString& name, PhotoStatus* status);

/// One entry of `/photos`: a size Graph can serve for a principal.
struct PhotoSize
{
    QString id; ///< as Graph spells it: "240x240" or "240X240"
    int width = 0;
    int height = 0;
};

/**
 * @brief Everything known about one principal's photo after a metadata and/or binary request.
 *
 * `status` and `reason` are always set. Metadata fields are set where Graph gave them; `data`, `bytes` and
 * `sha256` only when the binary was fetched. `error` carries Graph's code, message and request-id for
 * every status but `photo` when the decision came from an error answer.
 */
struct PhotoInfo
{
    PhotoStatus status = PhotoStatus::Error;
    QString reason; ///< for every status but photo: `not-found`, `placeholder-1x1`, or Graph's error code
    QString sizeId; ///< Graph's `id` of the size ("240x240")
    QString mediaType; ///< lower-cased, e.g. `image/jpeg`
    QString etag; ///< without surrounding quotes
    int width = 0;
    int height = 0;
    QByteArray data; ///< the bytes, when fetched
    qint64 bytes = -1; ///< size of the bytes, or -1 when not fetched
    QString sha256; ///< hex, when fetched
    GraphError error;

    bool hasPhoto() const { return status == PhotoStatus::Photo || status == PhotoStatus::Placeholder; }
    bool hasBytes() const { return bytes >= 0; }

    /**
     * @brief Reads Graph's photo metadata (`/photo`, `/photos/{size}`).
     *
     * The 1x1 answer Graph gives for "no photo" (id `1x1`/`1X1`, or width and height 1, or an `image/gif`
     * with an empty mediaEtag) becomes status `none` with reason `placeholder-1x1`.
     */
    static PhotoInfo fromMetadata(const QJsonObject& object);
    /// fromMetadata() of a response body; false (and @p info untouched) when the body is not a JSON object.
    static bool parseMetadata(const QByteArray& body, PhotoInfo* info);
    /// Classifies a failed photo request (see classifyPhotoError()).
    static PhotoInfo fromError(const GraphError& error);
    /// Fills `data`, `bytes`, `sha256`, and media type / etag / pixel size from a `$value` answer.
    void setBinary(const QByteArray& bytes, const QString& contentType, const QString& etagHeader);
};

/**
 * @brief Decides the status of a failed photo request (docs/GRAPH.md#photo-errors).
 *
 * Codes that mean "the service cannot serve it here" (no mailbox, on-premises mailbox, REST not enabled,
 * access denied, consumer account, guest without permissions) give `unavailable` with the code as reason,
 * whatever the HTTP status; any other 404 gives `none` (`not-found`); the rest is `error`.
 */
PhotoStatus classifyPhotoError(const GraphError& error, QString* reason);

/// Strips the surrounding quotes (and a weak `W/` prefix) from an ETag or `@odata.mediaEtag`.
QString unquoteEtag(const QString& etag);
/// Reads the `/photos` collection `{"value":[{id,width,height}...]}`; false when the shape is wrong.
bool parsePhotoSizes(const QByteArray& body, QList<PhotoSize>* sizes, QString* error = nullptr);
/// The media type of @p data from its magic bytes (`image/jpeg`, `image/png`, `image/gif`...), or empty.
QString sniffImageType(const QByteArray& data);

} // namespace Portrait
