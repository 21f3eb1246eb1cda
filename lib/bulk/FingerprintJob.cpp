#include "FingerprintJob.h"

#include "graph/RequestScheduler.h"
#include "graph/WhenReady.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Portrait {

FingerprintJob::FingerprintJob(RequestScheduler* scheduler, const ItemPath& principal, QObject* parent)
    : Task(parent)
    , m_scheduler(scheduler)
    , m_principal(principal)
{ }

FingerprintJob::~FingerprintJob() = default;

void FingerprintJob::run()
{
    if (!m_scheduler) {
        finish(
            GraphError::make(GraphError::Kind::Protocol, QStringLiteral("not connected"), QStringLiteral("offline")));
        return;
    }
    m_scheduler->fetchPhoto(m_principal, PhotoJob::Mode::MetadataAndBytes, {}, this, [this](const PhotoInfo& info) {
        if (isFinishing()) {
            return; // aborted meanwhile
        }
        m_info = info;
        if (!info.hasBytes()) {
            finish();
            return;
        }
        // Decoding for the dHash runs on the thread pool, never on the calling (GUI) thread.
        whenReady(this, QtConcurrent::run(&PhotoFingerprint::compute, info.data),
                  [this](const PhotoFingerprint& fingerprint) {
                      if (isFinishing()) {
                          return;
                      }
                      m_fingerprint = fingerprint;
                      m_info.data.clear();
                      finish();
                  });
    });
}

} // namespace Portrait
