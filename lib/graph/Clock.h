#pragma once

#include <QDateTime>
#include <QObject>

#include <functional>

namespace Portrait {

/**
 * @brief Injected time (ARCHITECTURE.md): now, and "call me back in N ms". Retries, backoff and token
 * expiry use it, so tests drive time by hand (ManualClock) instead of sleeping.
 */
class Clock
{
public:
    virtual ~Clock() = default;
    /// Milliseconds on a monotonic scale.
    virtual qint64 nowMs() const = 0;
    /// Wall-clock time, for HTTP dates (Retry-After) and token expiry.
    virtual QDateTime nowUtc() const = 0;
    /// Calls @p callback on @p context's thread after @p delayMs; dropped if @p context dies first.
    virtual void callLater(QObject* context, qint64 delayMs, std::function<void()> callback) = 0;

    /// The process-wide real clock (QElapsedTimer and QTimer).
    static Clock* system();
};

/// A clock that only moves when told to: advance() fires what fell due, in order.
class ManualClock : public Clock
{
public:
    explicit ManualClock(const QDateTime& start = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
    ~ManualClock() override;

    qint64 nowMs() const override { return m_now; }
    QDateTime nowUtc() const override { return m_start.addMSecs(m_now); }
    void callLater(QObject* context, qint64 delayMs, std::function<void()> callback) override;

    /// Moves time forward by @p ms and runs every callback that fell due.
    void advance(qint64 ms);
    /// Callbacks waiting.
    int pending() const { return int(m_timers.size()); }
    /// Delay of the next callback from now, or -1.
    qint64 nextDelay() const;

private:
    struct Timer;
    QDateTime m_start;
    qint64 m_now = 0;
    quint64 m_sequence = 0;
    std::vector<std::unique_ptr<Timer>> m_timers;
};

} // namespace Portrait
