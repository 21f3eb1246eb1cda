// Clock: callLater() never calls back before its delay, on the real clock's timers and on ManualClock timers
// that fire early as coarse system timers may.
#include "base/Clock.h"

#include <QTest>

using namespace Portrait;

class TestClock : public QObject
{
    Q_OBJECT

private slots:
    void systemClockNeverCallsBackEarly();
    void earlyTimersAreWaitedOut();
    void deadContextDropsTheCallback();
};

void TestClock::systemClockNeverCallsBackEarly()
{
    // A default QTimer of 2 s or more is coarse: it may fire up to 5 % early, at a "round" time. Delays spread
    // over 100 ms meet such rounding whatever the moment they start. The assertion is a lower bound only, which
    // holds however loaded the machine.
    Clock* clock = Clock::system();
    constexpr int kTimers = 12;
    const qint64 start = clock->nowMs();
    QList<qint64> early;
    int done = 0;
    for (int i = 0; i < kTimers; ++i) {
        const qint64 delay = 2000 + 9 * i;
        clock->callLater(this, delay, [&, delay]() {
            const qint64 waited = clock->nowMs() - start;
            if (waited < delay) {
                early.append(delay - waited);
            }
            ++done;
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(done, kTimers, 60000);
    QVERIFY2(early.isEmpty(),
             qPrintable(QStringLiteral("%1 callbacks early (first by %2 ms)").arg(early.size()).arg(early.value(0))));
}

void TestClock::earlyTimersAreWaitedOut()
{
    ManualClock clock;
    clock.setEarlyPercent(5);
    bool called = false;
    clock.callLater(this, 2128, [&called]() { called = true; });
    QCOMPARE(clock.nextDelay(), 2022); // the timer itself fires 5 % early...
    clock.advance(2127);
    QVERIFY(!called); // ...and the clock waits out the rest
    QCOMPARE(clock.pending(), 1);
    clock.advance(1);
    QVERIFY(called);
    QCOMPARE(clock.pending(), 0);
}

void TestClock::deadContextDropsTheCallback()
{
    ManualClock clock;
    clock.setEarlyPercent(5);
    bool called = false;
    auto* context = new QObject;
    clock.callLater(context, 3000, [&called]() { called = true; });
    clock.advance(2900); // re-armed for the rest
    delete context;
    clock.advance(1000);
    QVERIFY(!called);
    QCOMPARE(clock.pending(), 0);
}

QTEST_GUILESS_MAIN(TestClock)
#include "TestClock.moc"
