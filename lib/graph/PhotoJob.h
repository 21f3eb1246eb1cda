#pragma once

#include "graph/GraphJob.h"
#include "graph/ItemPath.h"
#include "graph/PhotoInfo.h"

namespace Portrait {

/**
 * @brief Fetches one principal's photo: metadata (`/photo` or `/photos/{size}`), then, if asked and there
 * is a photo, the bytes (`.../$value`).
 *
 * The outcome is always a PhotoInfo with a status (never a null image): a 1x1 metadata answer or a 404
 * gives `none`; no-mailbox and access-denied codes give `unavailable`; other failures give `error` with
 * Graph's code, message and request-id. A 401 that survives the token renewal also sets error() (the run
 * cannot go on); every other outcome, including `error` photos, finishes without error().
 */
class PhotoJob : public GraphJob
{
    Q_OBJECT

public:
    enum class Mode
    {
        MetadataOnly, ///< `/photo` (or `/photos/{size}`) only
        MetadataAndBytes, ///< metadata, then `$value` when there is a photo
        BytesOnly, ///< `$value` only (status from the answer; pixel size from the image header)
    };

    /// @p sizeId empty means the largest photo (`/photo`); else `/photos/{sizeId}` (users and groups only).
    PhotoJob(GraphClient* client, const ItemPath& principal, Mode mode, const QString& sizeId = {},
             QObject* parent = nullptr);
    ~PhotoJob() override;

    const ItemPath& principal() const { return m_principal; }
    /// Valid after finished().
    const PhotoInfo& info() const { return m_info; }

protected:
    void run() override;

private:
    void fetchBytes();
    void finishWith(const GraphError& error);

    ItemPath m_principal;
    Mode m_mode;
    QString m_sizeId;
    PhotoInfo m_info;
};

/// Fetches `/photos`: every size Graph can serve for a user or group.
class PhotoSizesJob : public GraphJob
{
    Q_OBJECT

public:
    PhotoSizesJob(GraphClient* client, const ItemPath& principal, QObject* parent = nullptr);
    ~PhotoSizesJob() override;

    /// Valid after finished() without error; sorted from the smallest.
    const QList<PhotoSize>& sizes() const { return m_sizes; }

protected:
    void run() override;

private:
    ItemPath m_principal;
    QList<PhotoSize> m_sizes;
};

} // namespace Portrait
