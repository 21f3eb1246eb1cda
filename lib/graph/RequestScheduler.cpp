#include "RequestScheduler.h"

#include "GraphClient.h"

namespace Portrait {

namespace {
/// Quiet time after a throttle before the limit goes up again by one.
constexpr qint64 kRecoveryMs = 5000;
} // namespace

RequestScheduler::RequestScheduler(GraphClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
    connect(client, &GraphClient::throttled, this, &RequestScheduler::onThrottled);
}

RequestScheduler::~RequestScheduler()
{
    cancelAll();
}

void RequestScheduler::setMaxInFlight(int count)
{
    m_maxInFlight = qMax(1, count);
    m_limit = m_maxInFlight;
    emit limitChanged(m_limit);
    pump();
}

void RequestScheduler::fetchPhoto(const ItemPath& principal, PhotoJob::Mode mode, const QString& sizeId,
                                  QObject* context, PhotoCallback done)
{
    m_queue.push_back(Pending{principal, mode, sizeId, context, std::move(done)});
    // Deferred: callers may queue thousands in one go, and callbacks never run inside fetchPhoto().
    QMetaObject::invokeMethod(this, &RequestScheduler::pump, Qt::QueuedConnection);
}

void RequestScheduler::cancelAll()
{
    m_queue.clear();
    const auto jobs = m_jobs;
    m_jobs.clear();
    for (const QPointer<PhotoJob>& job : jobs) {
        if (job) {
            job->disconnect(this);
            job->abort();
            job->deleteLater();
        }
    }
    m_inFlight = 0;
}

void RequestScheduler::pump()
{
    while (m_inFlight < m_limit && !m_queue.empty() && m_client) {
        Pending p = std::move(m_queue.front());
        m_queue.pop_front();
        if (!p.context) {
            continue;
        }
        auto* job = new PhotoJob(m_client, p.principal, p.mode, p.sizeId, this);
        ++m_inFlight;
        m_jobs.append(job);
        connect(job, &GraphJob::finished, this, [this, job, context = p.context, done = std::move(p.done)]() {
            m_jobs.removeAll(job);
            --m_inFlight;
            job->deleteLater();
            if (context && done) {
                done(job->info());
            }
            pump();
        });
        job->start();
    }
    if (m_inFlight == 0 && m_queue.empty()) {
        emit idle();
    }
}

void RequestScheduler::onThrottled(double retryAfterSeconds)
{
    Q_UNUSED(retryAfterSeconds);
    m_lastThrottleMs = m_client->clock()->nowMs();
    // Multiplicative decrease: Graph said we are over its concurrency; halve what we keep in flight.
    const int lowered = qMax(1, m_limit / 2);
    if (lowered != m_limit) {
        m_limit = lowered;
        emit limitChanged(m_limit);
    }
    scheduleRecovery();
}

void RequestScheduler::scheduleRecovery()
{
    if (m_recoveryScheduled || m_limit >= m_maxInFlight) {
        return;
    }
    m_recoveryScheduled = true;
    m_client->clock()->callLater(this, kRecoveryMs, [this]() {
        m_recoveryScheduled = false;
        if (m_client->clock()->nowMs() - m_lastThrottleMs >= kRecoveryMs && m_limit < m_maxInFlight) {
            ++m_limit; // additive increase after a quiet period
            emit limitChanged(m_limit);
            pump();
        }
        scheduleRecovery();
    });
}

} // namespace Portrait
