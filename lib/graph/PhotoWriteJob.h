#pragma once

#include "graph/GraphJob.h"
#include "graph/ItemPath.h"
#include "graph/Permit.h"
#include "graph/PhotoInfo.h"

namespace Portrait {

/**
 * @brief Sets (PUT) or removes (DELETE) one principal's photo, `…/photo/$value`, then reads its metadata back.
 *
 * Graph takes a JPEG as raw bytes with `Content-Type: image/jpeg`, at most 4 MB (its limit on a request); the
 * job refuses anything else before sending. Removal exists for users and groups only: a contact is refused
 * without a request. The write waits for a slot of the client's RequestScheduler (writes are Outlook requests:
 * they share Graph's 4 concurrent ones with reads) and goes alone, never in a `$batch`.
 *
 * Graph stores a re-encoded copy, so the bytes read back never equal those sent: the write is `verified` when the
 * metadata read after it shows a new etag (for a removal: no photo). A read right after a write may still show the
 * old photo for a while; that is reported as written but not verified, never as a failure.
 *
 * Resending: 429 and 503 are sent again after their Retry-After (Graph did not act on them). A write whose answer
 * was lost (timeout, broken connection, 500/502/504) may have been carried out: the job reads the photo back, and
 * counts it written when the etag moved away from @p before; otherwise it sends it once more (a PUT of the same
 * bytes or a second DELETE leaves the same photo as one).
 *
 * error() is set when the write failed (Graph's code, message and request-id); a failed read-back is not an error.
 */
class PhotoWriteJob : public GraphJob
{
    Q_OBJECT

public:
    enum class Operation
    {
        Set,
        Remove,
    };

    /// Graph's limit on one request, and so on a photo.
    static constexpr qint64 maxUploadBytes = 4LL * 1024 * 1024;

    /// Sets @p jpeg as the photo of @p principal; @p before is its photo as last read (its etag decides lost answers).
    static PhotoWriteJob* set(GraphClient* client, const ItemPath& principal, const QByteArray& jpeg,
                              const PhotoInfo& before, QObject* parent = nullptr);
    /// Removes the photo of @p principal (a user or group).
    static PhotoWriteJob* remove(GraphClient* client, const ItemPath& principal, const PhotoInfo& before,
                                 QObject* parent = nullptr);
    ~PhotoWriteJob() override;

    const ItemPath& principal() const { return m_principal; }
    Operation operation() const { return m_operation; }

    /// Valid after finished(): Graph carried out the write (its answer said so, or the photo read back shows it).
    bool written() const { return m_written; }
    /// Valid after finished(): the metadata read back shows the change (a new etag; for a removal, no photo).
    bool verified() const { return m_verified; }
    /// The answer to the write was lost and the outcome was learnt from the photo read back.
    bool answerLost() const { return m_answerLost; }
    /// The photo's metadata as read back after the write (status Error when that read failed).
    const PhotoInfo& after() const { return m_after; }

protected:
    void run() override;

private:
    PhotoWriteJob(GraphClient* client, const ItemPath& principal, Operation operation, const QByteArray& jpeg,
                  const PhotoInfo& before, QObject* parent);
    void admitAndSend();
    void send(PermitPtr permit);
    void readBack();
    void fail(const GraphError& error);
    /// Whether @p info shows this job's write carried out.
    bool showsChange(const PhotoInfo& info) const;

    ItemPath m_principal;
    Operation m_operation;
    QByteArray m_jpeg;
    PhotoInfo m_before;
    PhotoInfo m_after;
    GraphError m_lostError; ///< the failure whose answer was lost, while the read-back decides
    bool m_written = false;
    bool m_verified = false;
    bool m_answerLost = false;
    bool m_resent = false;
    int m_throttleAttempts = 0; ///< 429s that spent an attempt (those of our own timing spend none)
};

} // namespace Portrait
