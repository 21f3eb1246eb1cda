#pragma once

#include "graph/Permit.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <deque>

namespace Portrait {

class Clock;
class GraphClient;

/**
 * @brief Admission for directory requests (users, groups, members): Entra ID's "identity and access"
 * limits, which are not the Outlook limits photos live under (docs/GRAPH.md#directory-limits).
 *
 * Three governors, all on the client's injected time:
 * - a cap on requests in flight (default 4), halved after a 429 and raised by one after each quiet period;
 * - a token bucket of resource units per 10 s, charged with Graph's documented cost of each request
 *   (cost()); the default is the limit of the smallest tenant size, so it holds whatever the tenant;
 * - after a 429 nothing more is admitted until its Retry-After has passed: the request that was throttled
 *   is retried by the RetryPolicy, and the others do not pile on.
 *
 * admit() calls @p go with a Permit, never synchronously; it is dropped if @p context dies first.
 */
class DirectoryLane : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        int maxInFlight = 4;
        int unitsPer10s = 3500; ///< "S" tenants (< 50 users); M and L tenants allow more
    };

    explicit DirectoryLane(GraphClient* client, QObject* parent = nullptr);
    ~DirectoryLane() override;

    void setLimits(const Limits& limits);
    const Limits& limits() const { return m_limits; }

    /// Graph's resource-unit cost of a GET on @p url (docs/GRAPH.md#directory-limits).
    static int cost(const QUrl& url);

    void admit(const QUrl& url, QObject* context, std::function<void(PermitPtr)> go);
    /// Graph answered a directory request with 429 (@p retryAfterSeconds < 0 when it did not say).
    void throttled(double retryAfterSeconds);

    int inFlight() const { return m_inFlight; }
    /// When the last directory request ended (the client's clock, ms), or -1 before the first.
    qint64 lastDoneMs() const { return m_lastDoneMs; }
    int queued() const { return int(m_waiting.size()); }
    int currentLimit() const { return m_limit; }
    /// Resource units available now.
    double units() const;
    quint64 admitted() const { return m_admitted; }

signals:
    void limitChanged(int limit);

private:
    struct Waiter
    {
        int cost = 1;
        QPointer<QObject> context;
        std::function<void(PermitPtr)> go;
    };

    void pump();
    void wakeAt(qint64 atMs);
    void refill() const;
    void scheduleRecovery();

    Clock* clock() const;

    QPointer<GraphClient> m_client;
    Limits m_limits;
    std::deque<Waiter> m_waiting;
    int m_limit = 4;
    int m_inFlight = 0;
    qint64 m_lastDoneMs = -1;
    mutable double m_units = 3500;
    mutable qint64 m_refilledAtMs = 0;
    qint64 m_pausedUntilMs = -1;
    qint64 m_lastThrottleMs = -1;
    qint64 m_wakeAtMs = -1;
    bool m_pumpQueued = false;
    bool m_recoveryScheduled = false;
    quint64 m_admitted = 0;
};

} // namespace Portrait
