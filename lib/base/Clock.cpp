#include "Clock.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include <algorithm>

namespace Portrait {

namespace {

class SystemClock : public Clock
{
public:
    SystemClock() { m_timer.start(); }
    qint64 nowMs() const override { return m_timer.elapsed(); }
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }

protected:
    void arm(QObject* context, qint64 delayMs, std::function<void()> callback) override
    {
        // A default (coarse) timer of 2 s or more may fire up to 5 % early; a precise one keeps to the
        // millisecond, and callLater() re-checks either way.
        QTimer::singleShot(std::chrono::milliseconds(qMax<qint64>(0, delayMs)), Qt::PreciseTimer, context,
                           std::move(callback));
    }

private:
    QElapsedTimer m_timer;
};

} // namespace

void Clock::callLater(QObject* context, qint64 delayMs, std::function<void()> callback)
{
    callAt(context, nowMs() + qMax<qint64>(0, delayMs), std::move(callback));
}

void Clock::callAt(QObject* context, qint64 dueMs, std::function<void()> callback)
{
    // arm() calls back only while context lives, so context is valid inside.
    arm(context, dueMs - nowMs(), [this, context, dueMs, callback = std::move(callback)]() mutable {
        if (nowMs() < dueMs) {
            callAt(context, dueMs, std::move(callback)); // fired early: wait out the rest
            return;
        }
        callback();
    });
}

Clock* Clock::system()
{
    static SystemClock clock;
    return &clock;
}

struct ManualClock::Timer
{
    qint64 due = 0;
    quint64 sequence = 0;
    QPointer<QObject> context;
    std::function<void()> callback;
};

ManualClock::ManualClock(const QDateTime& start)
    : m_start(start)
{ }

ManualClock::~ManualClock() = default;

void ManualClock::arm(QObject* context, qint64 delayMs, std::function<void()> callback)
{
    auto t = std::make_unique<Timer>();
    const qint64 delay = qMax<qint64>(0, delayMs);
    t->due = m_now + delay - delay * m_earlyPercent / 100;
    t->sequence = m_sequence++;
    t->context = context;
    t->callback = std::move(callback);
    m_timers.push_back(std::move(t));
}

qint64 ManualClock::nextDelay() const
{
    qint64 best = -1;
    for (const auto& t : m_timers) {
        if (best < 0 || t->due - m_now < best) {
            best = t->due - m_now;
        }
    }
    return best;
}

void ManualClock::advance(qint64 ms)
{
    const qint64 target = m_now + ms;
    for (;;) {
        auto next = std::min_element(m_timers.begin(), m_timers.end(), [](const auto& a, const auto& b) {
            return a->due != b->due ? a->due < b->due : a->sequence < b->sequence;
        });
        if (next == m_timers.end() || (*next)->due > target) {
            break;
        }
        std::unique_ptr<Timer> timer = std::move(*next);
        m_timers.erase(next);
        m_now = qMax(m_now, timer->due);
        if (timer->context) {
            timer->callback();
        }
    }
    m_now = target;
}

} // namespace Portrait
