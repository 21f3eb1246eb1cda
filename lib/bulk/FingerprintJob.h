#pragma once

#include "base/Task.h"
#include "bulk/PhotoFingerprint.h"
#include "graph/ItemPath.h"
#include "graph/PhotoInfo.h"

#include <QPointer>

namespace Portrait {

class RequestScheduler;

/**
 * @brief Reads one principal's photo through the connection's RequestScheduler and fingerprints it off the calling
 * thread: what "add this photo to the placeholders" needs, so that no view fetches or decodes a photo itself.
 *
 * A Task: finished() comes once. A photo that could not be had (none, unavailable, an error) is not a failure of the
 * job: info() says why and fingerprint() is not decoded. error() is set only when there is no connection or after
 * abort().
 */
class FingerprintJob : public Task
{
    Q_OBJECT

public:
    FingerprintJob(RequestScheduler* scheduler, const ItemPath& principal, QObject* parent = nullptr);
    ~FingerprintJob() override;

    const ItemPath& principal() const { return m_principal; }
    /// The photo as Graph answered (its bytes dropped once fingerprinted). Valid after finished().
    const PhotoInfo& info() const { return m_info; }
    /// The photo's fingerprint; `decoded` false when there was no photo or it could not be decoded.
    const PhotoFingerprint& fingerprint() const { return m_fingerprint; }

protected:
    void run() override;

private:
    QPointer<RequestScheduler> m_scheduler;
    ItemPath m_principal;
    PhotoInfo m_info;
    PhotoFingerprint m_fingerprint;
};

} // namespace Portrait
