#include "PhotoWriteJob.h"

#include "graph/GraphClient.h"
#include "graph/RequestScheduler.h"

namespace Portrait {

PhotoWriteJob::PhotoWriteJob(GraphClient* client, const ItemPath& principal, Operation operation,
                             const QByteArray& jpeg, const PhotoInfo& before, QObject* parent)
    : GraphJob(client, parent)
    , m_principal(principal)
    , m_operation(operation)
    , m_jpeg(jpeg)
    , m_before(before)
{ }

PhotoWriteJob* PhotoWriteJob::set(GraphClient* client, const ItemPath& principal, const QByteArray& jpeg,
                                  const PhotoInfo& before, QObject* parent)
{
    return new PhotoWriteJob(client, principal, Operation::Set, jpeg, before, parent);
}

PhotoWriteJob* PhotoWriteJob::remove(GraphClient* client, const ItemPath& principal, const PhotoInfo& before,
                                     QObject* parent)
{
    return new PhotoWriteJob(client, principal, Operation::Remove, {}, before, parent);
}

PhotoWriteJob::~PhotoWriteJob() = default;

void PhotoWriteJob::fail(const GraphError& error)
{
    setError(error);
    emitFinished();
}

void PhotoWriteJob::run()
{
    const char* context = staticMetaObject.className();
    if (!m_principal.isPrincipal()) {
        fail(GraphError::make(
            GraphError::Kind::Protocol,
            trMessage(context, QT_TR_NOOP("'%1' is not a user, group or contact")).arg(m_principal.toString()),
            QStringLiteral("bad-address")));
        return;
    }
    if (m_operation == Operation::Remove && m_principal.isContact()) {
        // Graph's delete exists for users and groups only.
        fail(GraphError::make(GraphError::Kind::Protocol,
                              trMessage(context, QT_TR_NOOP("a contact's photo cannot be removed, only replaced")),
                              QStringLiteral("contact-removal")));
        return;
    }
    if (m_operation == Operation::Set) {
        if (!m_jpeg.startsWith("\xFF\xD8\xFF")) {
            fail(GraphError::make(GraphError::Kind::Protocol,
                                  trMessage(context, QT_TR_NOOP("only a JPEG image is sent as a photo")),
                                  QStringLiteral("not-jpeg")));
            return;
        }
        if (m_jpeg.size() > maxUploadBytes) {
            fail(GraphError::make(GraphError::Kind::Protocol,
                                  trMessage(context, QT_TR_NOOP("the photo is %1 bytes; Graph takes at most %2"))
                                      .arg(m_jpeg.size())
                                      .arg(maxUploadBytes),
                                  QStringLiteral("too-large")));
            return;
        }
    }
    admitAndSend();
}

void PhotoWriteJob::admitAndSend()
{
    // A 429 comes back to send() rather than being resent on a timer of its own: see there.
    setRetryThrottles(false);
    const QUrl url = client()->root().resolve(m_principal.photoValuePath());
    RequestScheduler::of(client())->admitWrite(this, url, [this](PermitPtr permit) {
        if (!isFinished()) {
            send(std::move(permit));
        }
    });
}

void PhotoWriteJob::send(PermitPtr permit)
{
    const QUrl url = client()->root().resolve(m_principal.photoValuePath());
    const WriteVerb verb = m_operation == Operation::Set ? WriteVerb::Put : WriteVerb::Delete;
    write(verb, url, QByteArrayLiteral("image/jpeg"), m_jpeg,
          [this, permit = std::move(permit)](const GraphResponse& response) mutable {
              permit.reset(); // the answer is in: the slot is free for the read-back
              if (response.status == 429 && !wasAborted()) {
                  // Not carried out. Sent again after its Retry-After, once admitted to a free slot like any write:
                  // resent on its own timer it met the request given its slot (Graph's slots are kept full), and held
                  // its slot idle meanwhile, for a whole second where Graph says Retry-After: 1. A throttle of the
                  // scheduler's own timing spends no attempt, as in GraphJob's retries.
                  const qint64 delay = retryDelayMs(response.url, response.error, &m_throttleAttempts);
                  if (delay >= 0) {
                      client()->clock()->callLater(this, delay, [this]() {
                          if (!isFinished() && !wasAborted()) {
                              admitAndSend();
                          }
                      });
                      return;
                  }
              }
              if (response.ok()) {
                  m_written = true;
                  readBack();
                  return;
              }
              if (writeOutcomeUnknown(response.error)) {
                  // Carried out or not? The photo itself says.
                  m_answerLost = true;
                  m_lostError = response.error;
                  readBack();
                  return;
              }
              fail(response.error);
          });
}

bool PhotoWriteJob::showsChange(const PhotoInfo& info) const
{
    if (m_operation == Operation::Remove) {
        return info.status == PhotoStatus::None;
    }
    return info.hasPhoto() && info.etag != m_before.etag;
}

void PhotoWriteJob::readBack()
{
    RequestScheduler::of(client())->fetchPhoto(m_principal, PhotoJob::Mode::MetadataOnly, {}, this,
                                               [this](const PhotoInfo& info) {
                                                   m_after = info;
                                                   if (info.error.isAuthFailure()) {
                                                       fail(info.error);
                                                       return;
                                                   }
                                                   const bool changed = showsChange(info);
                                                   if (m_written) {
                                                       m_verified = changed;
                                                       emitFinished();
                                                       return;
                                                   }
                                                   // The answer to the write was lost.
                                                   if (changed) {
                                                       m_written = true;
                                                       m_verified = true;
                                                       emitFinished();
                                                       return;
                                                   }
                                                   if (info.status != PhotoStatus::Error && !m_resent) {
                                                       m_resent = true;
                                                       admitAndSend();
                                                       return;
                                                   }
                                                   fail(m_lostError);
                                               });
}

} // namespace Portrait
