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
    void callLater(QObject* context, qint64 delayMs, std::function<void()> callback) override
    {
        QTimer::singleShot(std::chrono::milliseconds(qMax<qint64>(0, delayMs)), context, std::move(callback));
    }

private:
    QElapsedTimer m_timer;
};

} // namespace

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

void ManualClock::callLater(QObject* context, qint64 delayMs, std::function<void()> callback)
{
    auto t = std::make_unique<Timer>();
    t->due = m_now + qMax<qint64>(0, delayMs);
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
