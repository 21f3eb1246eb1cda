#pragma once

#include "GraphClient.h"
#include "ItemPath.h"
#include "PhotoInfo.h"
#include "PhotoJob.h"

#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>

namespace Portrait {

/**
 * @brief Every photo operation goes through here: at most maxInFlight() at once per account (Graph runs
 * at most 4 concurrent Outlook-backed requests per app, FACTS.md §4.2), adapting down when Graph throttles
 * and back up when it stops.
 *
 * fetchPhoto() queues; the callback runs exactly once on @p context's thread (never synchronously), unless
 * the context dies or cancelAll() is called first. Bulk jobs (audit, export) and the GUI use it; they never
 * start PhotoJobs of their own.
 */
class RequestScheduler : public QObject
{
    Q_OBJECT

public:
    using PhotoCallback = std::function<void(const PhotoInfo&)>;

    explicit RequestScheduler(GraphClient* client, QObject* parent = nullptr);
    ~RequestScheduler() override;

    GraphClient* client() const { return m_client; }

    /// The configured cap (default 4).
    int maxInFlight() const { return m_maxInFlight; }
    void setMaxInFlight(int count);
    /// The cap in force now: lowered after throttling, restored step by step after quiet periods.
    int currentLimit() const { return m_limit; }
    /// Photo operations on the wire now.
    int inFlight() const { return m_inFlight; }
    /// Requests waiting for a slot.
    int queued() const { return int(m_queue.size()); }

    /// Queues one photo operation (see PhotoJob::Mode); @p sizeId empty means the largest photo.
    void fetchPhoto(const ItemPath& principal, PhotoJob::Mode mode, const QString& sizeId, QObject* context,
                    PhotoCallback done);
    /// Drops everything queued and aborts what is in flight; no callback runs for them.
    void cancelAll();

signals:
    /// Nothing queued and nothing in flight.
    void idle();
    /// The limit in force changed (throttling or recovery).
    void limitChanged(int limit);

private:
    struct Pending
    {
        ItemPath principal;
        PhotoJob::Mode mode;
        QString sizeId;
        QPointer<QObject> context;
        PhotoCallback done;
    };

    void pump();
    void onThrottled(double retryAfterSeconds);
    void scheduleRecovery();

    QPointer<GraphClient> m_client;
    std::deque<Pending> m_queue;
    QList<QPointer<PhotoJob>> m_jobs;
    int m_maxInFlight = 4;
    int m_limit = 4;
    int m_inFlight = 0;
    qint64 m_lastThrottleMs = -1;
    bool m_recoveryScheduled = false;
};

} // namespace Portrait
