#pragma once

#include <QDateTime>
#include <QObject>

#include <functional>

namespace Portrait {

/**
 * @brief Injected time (docs/ARCHITECTURE.md#the-rules-that-hold-the-house-together): now, and "call me back in N ms".
 * Retries, backoff and token expiry use it, so tests drive time by hand (ManualClock) instead of sleeping.
 */
class Clock
{
public:
    virtual ~Clock() = default;
    /// Milliseconds on a monotonic scale.
    virtual qint64 nowMs() const = 0;
    /// Wall-clock time, for HTTP dates (Retry-After) and token expiry.
    virtual QDateTime nowUtc() const = 0;
    /**
     * @brief Calls @p callback on @p context's thread once nowMs() has moved on by @p delayMs, never sooner;
     * dropped if @p context dies first.
     *
     * Waits that Graph or the identity platform prescribe (Retry-After, a device code's interval) rest on
     * this: a timer that fires early is re-armed for the rest of the wait instead of calling back.
     */
    void callLater(QObject* context, qint64 delayMs, std::function<void()> callback);

    /// The process-wide real clock (QElapsedTimer and precise QTimers).
    static Clock* system();

protected:
    /// Arms a one-shot timer of about @p delayMs; it may fire a little early (callLater() checks).
    virtual void arm(QObject* context, qint64 delayMs, std::function<void()> callback) = 0;

private:
    void callAt(QObject* context, qint64 dueMs, std::function<void()> callback);
};

/// A clock that only moves when told to: advance() fires what fell due, in order.
class ManualClock : public Clock
{
public:
    explicit ManualClock(const QDateTime& start = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
    ~ManualClock() override;

    qint64 nowMs() const override { return m_now; }
    QDateTime nowUtc() const override { return m_start.addMSecs(m_now); }

    /// Moves time forward by @p ms and runs every callback that fell due.
    void advance(qint64 ms);
    /// Callbacks waiting.
    int pending() const { return int(m_timers.size()); }
    /// Delay of the next callback from now, or -1.
    qint64 nextDelay() const;
    /// Makes each timer fall due @p percent of its delay early, as a coarse system timer may (default 0).
    void setEarlyPercent(int percent) { m_earlyPercent = percent; }

protected:
    void arm(QObject* context, qint64 delayMs, std::function<void()> callback) override;

private:
    struct Timer;
    QDateTime m_start;
    qint64 m_now = 0;
    int m_earlyPercent = 0;
    quint64 m_sequence = 0;
    std::vector<std::unique_ptr<Timer>> m_timers;
};

} // namespace Portrait
