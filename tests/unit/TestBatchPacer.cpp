// BatchPacer, the pacing of pipelined $batch requests, as numbers: calibration, the gap it gives, how it learns
// from clean and throttled batches; and driven by the injected clock (ManualClock) against a modelled Graph (the
// emulator's PhotoCapacity and LatencyModel, no sockets) under each latency model, how close it keeps the photo
// pipe to full and how few of its batches are throttled.
#include "base/Clock.h"
#include "emulator/LatencyModel.h"
#include "emulator/PhotoCapacity.h"
#include "graph/BatchPacer.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <vector>

using namespace Portrait;
namespace {

/// A clean answer to a batch of @p items.
BatchOutcome clean(int items, qint64 latencyMs, bool pipelined = false)
{
    BatchOutcome o;
    o.items = items;
    o.latencyMs = latencyMs;
    o.pipelined = pipelined;
    o.previousItems = pipelined ? 20 : 0;
    return o;
}

/// A pipelined batch of 20 whose items were all throttled, the server busy @p retryAfterMs longer.
BatchOutcome throttled(qint64 retryAfterMs)
{
    BatchOutcome o = clean(20, 40, true);
    o.throttledItems = 20;
    o.retryAfterMs = retryAfterMs;
    o.previousGapMs = -1;
    return o;
}

/// A pacer calibrated on a server with a 40 ms round trip and 15 ms a wave.
BatchPacer calibrated()
{
    BatchPacer pacer;
    pacer.answered(clean(4, 55));
    pacer.answered(clean(20, 115));
    return pacer;
}

struct Run
{
    qint64 elapsedMs = 0; ///< from the first batch leaving to the last answer in
    int batches = 0;
    int throttledBatches = 0;
    double finalPaceMs = 0;
};

/**
 * Sends @p photos photo operations in batches paced by a BatchPacer, as RequestScheduler does (two batches on the
 * wire at most; the next leaves the pacer's gap after the last one left), to a modelled Graph: each exchange
 * delayed as @p latency says, a batch's items run 4 at once for @p serviceMs each under the app's limit of 4
 * (items over it answered 429 with the time until a slot frees, as the emulator does); a photo answer carries
 * @p bytesPerItem. Time is a ManualClock's.
 */
Run simulate(const LatencySettings& latency, int serviceMs, int photos, qint64 bytesPerItem)
{
    ManualClock clock;
    QObject context;
    LatencyModel network(latency);
    PhotoCapacity capacity(4);
    BatchPacer pacer;
    Run run;
    struct Waiting
    {
        int items;
        qint64 notBeforeMs;
    };
    std::vector<Waiting> queue{{photos, 0}};
    int done = 0;
    int onTheWire = 0;
    int lastItems = 0;
    qint64 lastSentAt = -1;
    qint64 nextAtMs = 0;
    std::function<void()> pump;
    const auto take = [&](int most) {
        int taken = 0;
        for (Waiting& w : queue) {
            if (w.notBeforeMs <= clock.nowMs() && taken < most) {
                const int n = qMin(most - taken, w.items);
                w.items -= n;
                taken += n;
            }
        }
        queue.erase(std::remove_if(queue.begin(), queue.end(), [](const Waiting& w) { return w.items == 0; }),
                    queue.end());
        return taken;
    };
    const auto send = [&]() {
        const bool pipelined = onTheWire > 0;
        const int items = take(pacer.nextBatchItems(20));
        if (items == 0) {
            return false;
        }
        const int previous = lastItems;
        const qint64 sentAt = clock.nowMs();
        const qint64 previousGap = pipelined ? sentAt - lastSentAt : -1;
        lastSentAt = sentAt;
        ++onTheWire;
        ++run.batches;
        lastItems = items;
        nextAtMs = pacer.canPipeline() ? sentAt + pacer.gapMs(items) : std::numeric_limits<qint64>::max();
        if (pacer.canPipeline()) {
            clock.callLater(&context, pacer.gapMs(items), [&]() { pump(); });
        }
        const LatencyTrip trip = network.next();
        clock.callLater(&context, trip.inboundMs, [&, items, previous, previousGap, pipelined, sentAt, trip]() {
            // The server: the items run 4 at once, each needing one of the app's 4 slots.
            const qint64 now = clock.nowMs();
            capacity.prune(now - 1);
            std::vector<qint64> workers(4, now);
            qint64 end = now;
            int refused = 0;
            qint64 retryAfter = -1;
            for (int i = 0; i < items; ++i) {
                auto worker = std::min_element(workers.begin(), workers.end());
                if (!capacity.tryReserve(*worker, serviceMs)) {
                    ++refused;
                    retryAfter = qMax(retryAfter, qMax<qint64>(1, capacity.nextFreeAt(*worker) - now));
                    continue;
                }
                *worker += serviceMs;
                end = qMax(end, *worker);
            }
            const qint64 answer = end - now + trip.outboundMs + network.transferMs(bytesPerItem * (items - refused));
            clock.callLater(
                &context, answer, [&, items, previous, previousGap, pipelined, sentAt, refused, retryAfter]() {
                    --onTheWire;
                    BatchOutcome o;
                    o.items = items;
                    o.latencyMs = clock.nowMs() - sentAt;
                    o.throttledItems = refused;
                    o.retryAfterMs = retryAfter;
                    o.pipelined = pipelined;
                    o.previousItems = previous;
                    o.previousGapMs = previousGap;
                    pacer.answered(o);
                    if (qEnvironmentVariableIsSet("PACER_TRACE")) {
                        qInfo() << clock.nowMs() << "batch" << items << "sent" << sentAt << "pipelined" << pipelined
                                << "refused" << refused << "ra" << retryAfter << "pace" << pacer.paceMs();
                    }
                    run.throttledBatches += refused > 0 ? 1 : 0;
                    done += items - refused;
                    if (refused > 0) {
                        queue.push_back({refused, clock.nowMs() + retryAfter});
                        clock.callLater(&context, retryAfter, [&]() { pump(); });
                    }
                    run.elapsedMs = clock.nowMs();
                    pump();
                });
        });
        return true;
    };
    pump = [&]() {
        while (onTheWire < 2) {
            if (onTheWire > 0 && (!pacer.canPipeline() || clock.nowMs() < nextAtMs)) {
                return;
            }
            if (!send()) {
                return;
            }
        }
    };
    pump();
    while (done < photos && clock.pending() > 0) {
        clock.advance(qMax<qint64>(0, clock.nextDelay()));
    }
    run.finalPaceMs = pacer.paceMs();
    return run;
}

} // namespace

class TestBatchPacer : public QObject
{
    Q_OBJECT

private slots:
    void calibratesOnOneWaveThenAFullBatch();
    void gapIsWavesTimesPace();
    void probeSlowsDownUntilTheFirstThrottle();
    void widensOnAThrottleByWhatTheServerSays();
    void widensFromTheGapTheThrottledBatchHad();
    void ignoresWhatSaysNothingAboutTheGap();
    void shrinksOnlyOnTheGapItGivesNow();
    void comesBackFromAWholeSecondOfRetryAfter();
    void keepsThePipeFullUnderEveryLatencyModel_data();
    void keepsThePipeFullUnderEveryLatencyModel();
    void followsASlowerService();
};

void TestBatchPacer::calibratesOnOneWaveThenAFullBatch()
{
    BatchPacer pacer;
    QVERIFY(!pacer.canPipeline());
    QCOMPARE(pacer.nextBatchItems(100), 4); // one wave first
    QCOMPARE(pacer.nextBatchItems(3), 3);
    pacer.answered(clean(4, 55));
    QVERIFY(!pacer.canPipeline());
    QCOMPARE(pacer.nextBatchItems(100), 20); // then a full batch
    QCOMPARE(pacer.nextBatchItems(7), 7);
    pacer.answered(clean(20, 115));
    QVERIFY(pacer.canPipeline());
    QCOMPARE(pacer.serviceMs(), 15.0); // (115 - 55) / (5 - 1)
    QCOMPARE(pacer.rttMs(), 40.0);
    QCOMPARE(pacer.paceMs(), 15.0 * (1 + BatchPacer::kStartRoom));
    QCOMPARE(pacer.nextBatchItems(100), 20);
    // A later, slower answer for one wave is mostly noise above the floor: the estimates keep the lower envelope,
    // which forgets 2 % a sample (a service that gets slower shows).
    pacer.answered(clean(4, 90));
    QCOMPARE(pacer.serviceMs(), (115 - 55 * 1.02) / 4);
}

void TestBatchPacer::gapIsWavesTimesPace()
{
    const BatchPacer pacer = calibrated();
    const double pace = pacer.paceMs();
    QCOMPARE(pacer.wavesOf(1), 1);
    QCOMPARE(pacer.wavesOf(4), 1);
    QCOMPARE(pacer.wavesOf(5), 2);
    QCOMPARE(pacer.wavesOf(20), 5);
    QCOMPARE(pacer.gapMs(20), qint64(std::ceil(5 * pace)));
    QCOMPARE(pacer.gapMs(3), qint64(std::ceil(pace)));
    QCOMPARE(pacer.gapMs(13), qint64(std::ceil(4 * pace)));
}

void TestBatchPacer::probeSlowsDownUntilTheFirstThrottle()
{
    // It starts with room above the calibration (two batches do not show a jittery network's spread) and shrinks
    // by steps that halve, down to a steady small one: a probe that slows as it goes finds the boundary instead of
    // overshooting it by several milliseconds.
    BatchPacer pacer = calibrated();
    double pace = pacer.paceMs();
    QCOMPARE(pace, 15.0 * (1 + BatchPacer::kStartRoom));
    double step = 1e9;
    QList<double> steps;
    for (int i = 0; i < 20 && pacer.paceMs() >= 15.0; ++i) {
        pacer.answered(clean(20, 115, true));
        const double shrink = pace - pacer.paceMs();
        QVERIFY2(shrink <= step + 1e-9,
                 qPrintable(QStringLiteral("batch %1 shrank the pace by %2 ms after %3").arg(i).arg(shrink).arg(step)));
        steps << shrink;
        step = shrink;
        pace = pacer.paceMs();
    }
    QVERIFY(steps.size() >= 4);
    QCOMPARE(steps.first(), BatchPacer::kFirstStep * 15.0);
    QCOMPARE(steps.at(1), BatchPacer::kFirstStep * 15.0 / 2);
    QCOMPARE(steps.last(), BatchPacer::kProbeStep * 15.0);
    QVERIFY(pacer.paceMs() < 15.0); // it went below the calibration: that is what the probing is for

    // The first throttle ends the probe: from then on the pace shrinks by what it has above what the throttle
    // showed was needed, a little each batch, and never by less than a small fixed step...
    const double gap = 5 * pacer.paceMs();
    pacer.answered(throttled(3));
    const double widened = pacer.paceMs();
    QCOMPARE(widened, (gap + 3 + BatchPacer::kRoomMs) / 5);
    double previous = 1000;
    for (int i = 0; i < 200; ++i) {
        pace = pacer.paceMs();
        pacer.answered(clean(20, 115, true));
        const double shrink = pace - pacer.paceMs();
        QVERIFY(shrink <= previous + 1e-9);
        previous = shrink;
    }
    QVERIFY(pacer.paceMs() < widened);
    // ... down to what the throttle showed was needed, never below (it was needed).
    for (int i = 0; i < 100000; ++i) {
        pacer.answered(clean(20, 115, true));
    }
    QCOMPARE(pacer.paceMs(), (gap + 3) / 5);
    // Never throttled, it stops at the floor, however long nothing is throttled.
    BatchPacer never = calibrated();
    for (int i = 0; i < 100000; ++i) {
        never.answered(clean(20, 115, true));
    }
    QCOMPARE(never.paceMs(), BatchPacer::kFloor * 15.0);
}

void TestBatchPacer::widensOnAThrottleByWhatTheServerSays()
{
    BatchPacer pacer = calibrated();
    const double pace = pacer.paceMs();
    // The server was busy 4 ms more after the batch before (full: 5 waves): 4 ms + the room, over 5 waves.
    pacer.answered(throttled(4));
    QCOMPARE(pacer.paceMs(), pace + (4 + BatchPacer::kRoomMs) / 5);
    QCOMPARE(pacer.overlaps(), 1ULL);
    // Graph may say a whole second: the widening is capped at a share of the gap.
    const double before = pacer.paceMs();
    pacer.answered(throttled(1000));
    QCOMPARE(pacer.paceMs(), before + (BatchPacer::kMaxWiden * 5 * before + BatchPacer::kRoomMs) / 5);
    // No Retry-After: the room alone.
    const double again = pacer.paceMs();
    pacer.answered(throttled(-1));
    QCOMPARE(pacer.paceMs(), again + BatchPacer::kRoomMs / 5);
    // After a single-wave batch the gap was one wave long: the widening goes into that wave.
    BatchPacer other = calibrated();
    BatchOutcome o = throttled(3);
    o.previousItems = 4;
    other.answered(o);
    QCOMPARE(other.paceMs(), pace + 3 + BatchPacer::kRoomMs);
}

void TestBatchPacer::widensFromTheGapTheThrottledBatchHad()
{
    // Answers of earlier batches moved the pace down after the throttled batch left: what counts is the gap it
    // had (72 ms after a full batch), and the 3 ms the server was still busy after it arrived.
    BatchPacer pacer = calibrated();
    for (int i = 0; i < 20 && pacer.gapMs(20) >= 72; ++i) {
        pacer.answered(clean(20, 115, true));
    }
    QVERIFY(pacer.gapMs(20) < 72);
    BatchOutcome o = throttled(3);
    o.previousGapMs = 72;
    pacer.answered(o);
    QCOMPARE(pacer.paceMs(), (72 + 3 + BatchPacer::kRoomMs) / 5);
    // A throttle says "at least": a pace already wider stays.
    const double wide = pacer.paceMs() + 2;
    BatchPacer wider = calibrated();
    o.previousGapMs = 50;
    for (int i = 0; i < 3 && wider.paceMs() < wide; ++i) {
        wider.answered(throttled(20));
    }
    const double kept = wider.paceMs();
    wider.answered(o);
    QCOMPARE(wider.paceMs(), kept);
}

void TestBatchPacer::ignoresWhatSaysNothingAboutTheGap()
{
    BatchPacer pacer = calibrated();
    const double pace = pacer.paceMs();
    // A batch alone that is throttled: the server runs fewer operations for us (the scheduler's business).
    BatchOutcome alone = throttled(5);
    alone.pipelined = false;
    pacer.answered(alone);
    QCOMPARE(pacer.paceMs(), pace);
    QCOMPARE(pacer.overlaps(), 0ULL);
    // A clean batch that was not pipelined had no gap before it.
    pacer.answered(clean(20, 115));
    QCOMPARE(pacer.paceMs(), pace);
    // Throttles before calibration teach nothing.
    BatchPacer fresh;
    fresh.answered(throttled(5));
    QVERIFY(!fresh.canPipeline());
    QCOMPARE(fresh.nextBatchItems(20), 4);
}

void TestBatchPacer::shrinksOnlyOnTheGapItGivesNow()
{
    // Answers come a batch or two after the batches they pace: a batch that left with a longer gap than the one
    // given now proves nothing new, and shrinking on it would overshoot.
    BatchPacer pacer = calibrated();
    const qint64 first = pacer.gapMs(20);
    BatchOutcome o = clean(20, 115, true);
    o.previousGapMs = first;
    pacer.answered(o); // it had today's gap: shrink
    const double pace = pacer.paceMs();
    QVERIFY(pacer.gapMs(20) < first);
    pacer.answered(o); // it left before that shrink
    QCOMPARE(pacer.paceMs(), pace);
    o.previousGapMs = pacer.gapMs(20); // one that had the shrunk gap
    pacer.answered(o);
    QVERIFY(pacer.paceMs() < pace);
}

void TestBatchPacer::comesBackFromAWholeSecondOfRetryAfter()
{
    // Graph says "Retry-After: 1" whatever the overlap was: the gap widens by the cap, and what was not needed
    // comes back within some eighty clean batches, not at the slow step (which would take thousands).
    BatchPacer pacer = calibrated();
    BatchOutcome o = throttled(1000);
    o.previousGapMs = 78;
    pacer.answered(o);
    QCOMPARE(pacer.gapMs(20), qint64(std::ceil(78 * (1 + BatchPacer::kMaxWiden) + BatchPacer::kRoomMs)));
    for (int i = 0; i < 80; ++i) {
        BatchOutcome c = clean(20, 115, true);
        c.previousGapMs = pacer.gapMs(20);
        pacer.answered(c);
    }
    QVERIFY2(pacer.gapMs(20) <= 78 * 1.05, qPrintable(QString::number(pacer.gapMs(20))));
    QVERIFY(pacer.gapMs(20) > 78);
}

void TestBatchPacer::keepsThePipeFullUnderEveryLatencyModel_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("photos");
    QTest::addColumn<qint64>("bytesPerItem");
    QTest::addColumn<double>("ratio"); // the most elapsed time over the bound
    QTest::addColumn<int>("throttles"); // the most throttled batches
    // The bound is the service time of every photo 4 at once, plus one round trip. A run pays two round trips
    // more for the calibration (its first two batches are not pipelined), the probe's descent from 8 % above the
    // calibration, one throttled batch when it finds the boundary, and the room it keeps after it; at 10,000
    // photos that is 3 to 4 %.
    QTest::newRow("split, metadata, 1000") << int(LatencyKind::Split) << 1000 << qint64(300) << 1.07 << 1;
    QTest::newRow("before, metadata, 1000") << int(LatencyKind::Before) << 1000 << qint64(300) << 1.07 << 1;
    // 40 kB photos: a batch's answer takes 10 ms longer than its first byte, and a single wave's 2 ms, so
    // the calibration says 17 ms a wave: the probing must find the 15, a quarter of a millisecond a batch at the end.
    QTest::newRow("transfer, photos, 1000") << int(LatencyKind::Transfer) << 1000 << qint64(40000) << 1.12 << 1;
    // Arrivals move by up to 4 ms either way: a gap of 79 ms for 75 of service is the least that is never
    // throttled. One throttle: a probe that overshot the boundary (and a pace that came all the way back to what
    // that throttle showed) met a second within the first 1,000 photos in half the seeds of the jitter.
    QTest::newRow("jitter, metadata, 1000") << int(LatencyKind::Jitter) << 1000 << qint64(300) << 1.11 << 1;
    QTest::newRow("split, metadata, 10000") << int(LatencyKind::Split) << 10000 << qint64(300) << 1.035 << 2;
    QTest::newRow("before, metadata, 10000") << int(LatencyKind::Before) << 10000 << qint64(300) << 1.035 << 2;
    QTest::newRow("transfer, photos, 10000") << int(LatencyKind::Transfer) << 10000 << qint64(40000) << 1.04 << 2;
    QTest::newRow("jitter, metadata, 10000") << int(LatencyKind::Jitter) << 10000 << qint64(300) << 1.08 << 2;
}

void TestBatchPacer::keepsThePipeFullUnderEveryLatencyModel()
{
    QFETCH(int, kind);
    QFETCH(int, photos);
    QFETCH(qint64, bytesPerItem);
    QFETCH(double, ratio);
    QFETCH(int, throttles);
    LatencySettings latency{LatencyKind(kind), 40};
    const Run run = simulate(latency, 15, photos, bytesPerItem);
    const double bound = photos * 15.0 / 4 + 40;
    const QString what = QStringLiteral("%1 ms for a bound of %2 ms (%3x) in %4 batches, %5 throttled; pace %6 ms")
                             .arg(run.elapsedMs)
                             .arg(bound)
                             .arg(run.elapsedMs / bound, 0, 'f', 3)
                             .arg(run.batches)
                             .arg(run.throttledBatches)
                             .arg(run.finalPaceMs, 0, 'f', 2);
    qInfo().noquote() << what;
    QVERIFY2(run.elapsedMs <= bound * ratio, qPrintable(what));
    QVERIFY2(run.throttledBatches <= throttles, qPrintable(what));
    QVERIFY2(run.throttledBatches >= 1 || LatencyKind(kind) == LatencyKind::Jitter,
             "the probing never found the boundary: the test does not test");
}

void TestBatchPacer::followsASlowerService()
{
    // The service gets 20 % slower after calibration (15 to 18 ms): each pipelined batch meets the one before it
    // until the pace has widened; within a few throttles, not one every other batch.
    BatchPacer pacer = calibrated();
    double serverPace = 18;
    int throttles = 0;
    for (int i = 0; i < 60; ++i) {
        const double gap = pacer.gapMs(20);
        if (gap < 5 * serverPace) {
            ++throttles;
            pacer.answered(throttled(qint64(std::ceil(5 * serverPace - gap))));
        } else {
            pacer.answered(clean(20, 130, true));
        }
    }
    QVERIFY2(throttles <= 2, qPrintable(QStringLiteral("%1 throttles").arg(throttles)));
    QVERIFY(pacer.gapMs(20) >= 5 * serverPace);
    QVERIFY(pacer.gapMs(20) <= 5 * serverPace + 2 * BatchPacer::kRoomMs + 1);
}

QTEST_GUILESS_MAIN(TestBatchPacer)
#include "TestBatchPacer.moc"
