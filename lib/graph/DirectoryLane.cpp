#include "DirectoryLane.h"

#include "base/Clock.h"
#include "graph/GraphClient.h"

#include <QUrlQuery>

#include <cmath>

namespace Portrait {

namespace {
/// The bucket's window (docs/GRAPH.md#directory-limits: "requests per 10 seconds").
constexpr qint64 kWindowMs = 10000;
/// A 429 without Retry-After pauses the lane this long.
constexpr qint64 kDefaultPauseMs = 2000;
/// Quiet time after a throttle before the cap goes up again by one.
constexpr qint64 kRecoveryMs = 5000;
} // namespace

DirectoryLane::DirectoryLane(GraphClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
    setLimits({});
}

Clock* DirectoryLane::clock() const
{
    // Asked each time: tests inject their clock into the client after the scheduler exists.
    return m_client ? m_client->clock() : Clock::system();
}

DirectoryLane::~DirectoryLane() = default;

void DirectoryLane::setLimits(const Limits& limits)
{
    m_limits = limits;
    m_limits.maxInFlight = qMax(1, limits.maxInFlight);
    m_limits.unitsPer10s = qMax(1, limits.unitsPer10s);
    m_limit = m_limits.maxInFlight;
    m_units = m_limits.unitsPer10s;
    m_refilledAtMs = clock()->nowMs();
    emit limitChanged(m_limit);
}

int DirectoryLane::cost(const QUrl& url)
{
    const QStringList segments = url.path().split(u'/', Qt::SkipEmptyParts);
    const QString last = segments.isEmpty() ? QString() : segments.last();
    int units = 1; // "any other GET"
    if (last == QLatin1String("transitiveMembers")) {
        units = 5;
    } else if (last == QLatin1String("members")) {
        units = 3;
    } else if (last == QLatin1String("users")) {
        units = 2;
    }
    const QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("$select"))) {
        units -= 1;
    }
    if (query.hasQueryItem(QStringLiteral("$expand"))) {
        units += 1;
    }
    bool ok = false;
    const int top = query.queryItemValue(QStringLiteral("$top")).toInt(&ok);
    if (ok && top < 20) {
        units -= 1;
    }
    return qMax(1, units); // "A request cost can never be lower than 1."
}

double DirectoryLane::units() const
{
    refill();
    return m_units;
}

void DirectoryLane::refill() const
{
    const qint64 now = clock()->nowMs();
    const double rate = double(m_limits.unitsPer10s) / kWindowMs;
    m_units = qMin<double>(m_limits.unitsPer10s, m_units + (now - m_refilledAtMs) * rate);
    m_refilledAtMs = now;
}

void DirectoryLane::admit(const QUrl& url, QObject* context, std::function<void(PermitPtr)> go)
{
    m_waiting.push_back(Waiter{qMin(cost(url), m_limits.unitsPer10s), context, std::move(go)});
    // Deferred: the permit never arrives inside admit(), so callers need not be re-entrant.
    if (!m_pumpQueued) {
        m_pumpQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this]() {
                m_pumpQueued = false;
                pump();
            },
            Qt::QueuedConnection);
    }
}

void DirectoryLane::throttled(double retryAfterSeconds)
{
    const qint64 now = clock()->nowMs();
    m_lastThrottleMs = now;
    const qint64 pause = retryAfterSeconds >= 0 ? qint64(std::ceil(retryAfterSeconds * 1000)) : kDefaultPauseMs;
    m_pausedUntilMs = qMax(m_pausedUntilMs, now + pause);
    const int lowered = qMax(1, m_limit / 2);
    if (lowered != m_limit) {
        m_limit = lowered;
        emit limitChanged(m_limit);
    }
    scheduleRecovery();
}

void DirectoryLane::pump()
{
    const qint64 now = clock()->nowMs();
    while (!m_waiting.empty() && !m_waiting.front().context) {
        m_waiting.pop_front();
    }
    if (m_waiting.empty()) {
        return;
    }
    if (now < m_pausedUntilMs) {
        wakeAt(m_pausedUntilMs);
        return;
    }
    refill();
    while (!m_waiting.empty() && m_inFlight < m_limit) {
        Waiter& next = m_waiting.front();
        if (!next.context) {
            m_waiting.pop_front();
            continue;
        }
        if (m_units < next.cost) {
            const double rate = double(m_limits.unitsPer10s) / kWindowMs;
            wakeAt(now + qint64(std::ceil((next.cost - m_units) / rate)));
            return;
        }
        Waiter w = std::move(next);
        m_waiting.pop_front();
        m_units -= w.cost;
        ++m_inFlight;
        ++m_admitted;
        QPointer<DirectoryLane> lane(this);
        auto permit = std::make_shared<Permit>([lane]() {
            if (lane) {
                --lane->m_inFlight;
                lane->m_lastDoneMs = lane->clock()->nowMs();
                lane->pump();
            }
        });
        w.go(std::move(permit));
    }
}

void DirectoryLane::wakeAt(qint64 atMs)
{
    if (m_wakeAtMs >= 0 && m_wakeAtMs <= atMs && m_wakeAtMs > clock()->nowMs()) {
        return;
    }
    m_wakeAtMs = atMs;
    clock()->callLater(this, qMax<qint64>(0, atMs - clock()->nowMs()), [this, atMs]() {
        if (m_wakeAtMs == atMs) {
            m_wakeAtMs = -1;
        }
        pump();
    });
}

void DirectoryLane::scheduleRecovery()
{
    if (m_recoveryScheduled || m_limit >= m_limits.maxInFlight) {
        return;
    }
    m_recoveryScheduled = true;
    clock()->callLater(this, kRecoveryMs, [this]() {
        m_recoveryScheduled = false;
        if (clock()->nowMs() - m_lastThrottleMs >= kRecoveryMs && m_limit < m_limits.maxInFlight) {
            ++m_limit;
            emit limitChanged(m_limit);
            pump();
        }
        scheduleRecovery();
    });
}

} // namespace Portrait
