// SlotPacer's arithmetic: how long a single request holds one of Graph's 4 slots, as numbers.
#include "graph/SlotPacer.h"

#include <QTest>

using namespace Portrait;

class TestSlotPacer : public QObject
{
    Q_OBJECT

private slots:
    void holdsUntilTheAnswerUntilItHasLearnt();
    void holdIsTheServiceOfTheQuickestRecentAnswer();
    void theMarginCoversTheSpreadOfTheAnswers();
    void theSmallerRoundTripIsUsed();
    void theRoundTripIsTheQuickestRecentRead();
    void overlapWidensAndCleanAnswersNarrow();
    void noHoldWhenItGainsNothing();
    void aSequenceHoldsForEachOfItsReads();
};

void TestSlotPacer::holdsUntilTheAnswerUntilItHasLearnt()
{
    SlotPacer pacer;
    QCOMPARE(pacer.holdMs(SlotPacer::Kind::Write), -1);
    pacer.answered(SlotPacer::Kind::Write, 100);
    pacer.answered(SlotPacer::Kind::Write, 100);
    pacer.answered(SlotPacer::Kind::Write, 100);
    QCOMPARE(pacer.holdMs(SlotPacer::Kind::Write), -1); // no round trip known yet
    pacer.answered(SlotPacer::Kind::Read, 40);
    QCOMPARE(pacer.roundTripMs(), 40.0);
    QCOMPARE(pacer.holdMs(SlotPacer::Kind::Write), 62); // 100 - 40, and the 2 ms margin
    QCOMPARE(pacer.holdMs(SlotPacer::Kind::Read), -1); // one read is not enough
}

void TestSlotPacer::holdIsTheServiceOfTheQuickestRecentAnswer()
{
    // A loaded client sees answers late, never early: the quickest is the server's time.
    SlotPacer pacer;
    pacer.answered(SlotPacer::Kind::Read, 40);
    for (const qint64 ms : {100, 93, 90}) {
        pacer.answered(SlotPacer::Kind::Write, ms);
    }
    QCOMPARE(pacer.holdMs(SlotPacer::Kind::Write), 90 - 40 + 3); // the margin: the median less the quickest
    // The quick one leaves the window after SlotPacer::window answers.
    for (int i = 0; i < SlotPacer::window; ++i) {
        pacer.answered(SlotPacer::Kind::Write, 100);
    }
    QCOMPARE(pacer.holdMs(SlotPacer::Kind::Write), 62);
}

void TestSlotPacer::theMarginCoversTheSpreadOfTheAnswers()
{
    // A round trip that varies by ±5 ms: a request may arrive early while the one before it arrived late. The
    // median answer less the quickest says how much; one answer seen very late (a busy client) does not.
    SlotPacer pacer;
    pacer.answered(SlotPacer::Kind::Read, 40);
    for (const qint64 ms : {95, 105, 100, 97, 103, 180}) {
        pacer.answered(SlotPacer::Kind::Write, ms);
    }
    QCOMPARE(pacer.marginMs(SlotPacer::Kind::Write), 2.0); // what throttles taught: nothing yet
    QCOMPARE(pacer.holdMs(SlotPacer::Kind::Write), 95 - 40 + (103 - 95));
    for (int i = 0; i < 3; ++i) {
        pacer.overlapped(SlotPacer::Kind::Write);
    }
    QCOMPARE(pacer.holdMs(SlotPacer::Kind::Write), 95 - 40 + 8);
    pacer.overlapped(SlotPacer::Kind::Write);
    QCOMPARE(pacer.holdMs(SlotPacer::Kind::Write), 95 - 40 + 10); // the wider of the two: 8 against 2 + 3 x 2
}

void TestSlotPacer::theSmallerRoundTripIsUsed()
{
    // The quickest read overestimates the round trip by its own service time, a batch's estimate by what the
    // server spent building the answers: the smaller is used.
    SlotPacer pacer;
    for (int i = 0; i < 3; ++i) {
        pacer.answered(SlotPacer::Kind::Read, 55);
        pacer.answered(SlotPacer::Kind::Write, 100);
    }
    QCOMPARE(pacer.holdMs(SlotPacer::Kind::Write), 47);
    pacer.setRoundTripMs(40);
    QCOMPARE(pacer.holdMs(SlotPacer::Kind::Write), 62);
    QCOMPARE(pacer.holdMs(SlotPacer::Kind::Read), 17);
    pacer.setRoundTripMs(70);
    QCOMPARE(pacer.roundTripMs(), 55.0);
}

void TestSlotPacer::theRoundTripIsTheQuickestRecentRead()
{
    // Answer times are whole milliseconds: one read rounded down to 39 among thousands at 41-42 would otherwise be the
    // round trip for good, and every hold would carry the 2 ms. Once it is out of the window of recent reads, the
    // round trip is theirs again.
    SlotPacer pacer;
    pacer.answered(SlotPacer::Kind::Read, 39);
    QCOMPARE(pacer.roundTripMs(), 39.0);
    for (int i = 0; i < SlotPacer::window; ++i) {
        pacer.answered(SlotPacer::Kind::Read, 41 + i % 2);
    }
    QCOMPARE(pacer.roundTripMs(), 41.0);
}

void TestSlotPacer::overlapWidensAndCleanAnswersNarrow()
{
    SlotPacer pacer;
    pacer.answered(SlotPacer::Kind::Read, 40);
    for (int i = 0; i < 3; ++i) {
        pacer.answered(SlotPacer::Kind::Write, 100);
    }
    pacer.overlapped(SlotPacer::Kind::Write);
    QCOMPARE(pacer.overlaps(), quint64(1));
    QCOMPARE(pacer.marginMs(SlotPacer::Kind::Write), 4.0); // 2 + 2
    QCOMPARE(pacer.holdMs(SlotPacer::Kind::Write), 64);
    QCOMPARE(pacer.marginMs(SlotPacer::Kind::Read), 2.0); // each kind has its own
    pacer.answered(SlotPacer::Kind::Write, 100);
    // A twentieth of the 2 ms above the least, and a hundredth of a millisecond.
    QVERIFY(qAbs(pacer.marginMs(SlotPacer::Kind::Write) - (4.0 - 0.1 - 0.01)) < 1e-9);
    for (int i = 0; i < 30; ++i) {
        pacer.overlapped(SlotPacer::Kind::Write); // a burst of throttles: a wide margin
    }
    QVERIFY(pacer.marginMs(SlotPacer::Kind::Write) > 60.0);
    for (int i = 0; i < 100; ++i) {
        pacer.answered(SlotPacer::Kind::Write, 100);
    }
    // Back within a few milliseconds of the least after a hundred clean answers, never below it.
    QVERIFY(pacer.marginMs(SlotPacer::Kind::Write) < 3.0);
    for (int i = 0; i < 1000; ++i) {
        pacer.answered(SlotPacer::Kind::Write, 100);
    }
    QCOMPARE(pacer.marginMs(SlotPacer::Kind::Write), 2.0);
}

void TestSlotPacer::noHoldWhenItGainsNothing()
{
    // A request whose answer time is all round trip and margin holds its slot to the end, as without pacing.
    SlotPacer pacer;
    for (int i = 0; i < 3; ++i) {
        pacer.answered(SlotPacer::Kind::Read, 40);
    }
    pacer.setRoundTripMs(1);
    QCOMPARE(pacer.holdMs(SlotPacer::Kind::Read), -1); // 40 - 1 + 2 is no shorter than the answer
    pacer.setRoundTripMs(40);
    QCOMPARE(pacer.holdMs(SlotPacer::Kind::Read), 2);
    for (int i = 0; i < 18; ++i) {
        pacer.overlapped(SlotPacer::Kind::Read);
    }
    QCOMPARE(pacer.holdMs(SlotPacer::Kind::Read), 38); // 0 + 2 + 18 x 2: still shorter than the answer
    pacer.overlapped(SlotPacer::Kind::Read);
    QCOMPARE(pacer.holdMs(SlotPacer::Kind::Read), -1);
}

void TestSlotPacer::aSequenceHoldsForEachOfItsReads()
{
    // Reads served in 15 ms, a round trip of 40 (the batch pacers'). A sequential batch of 3 holds its slot for three
    // services and one margin.
    SlotPacer pacer;
    pacer.setRoundTripMs(40);
    for (int i = 0; i < 3; ++i) {
        pacer.answered(SlotPacer::Kind::Read, 55);
    }
    QCOMPARE(pacer.holdMs(SlotPacer::Kind::Read), 15 + 2);
    QCOMPARE(pacer.holdMs(SlotPacer::Kind::Read, 3), 3 * 15 + 2);
    // Such batches took 52 ms more than the round trip for 3 reads (their own work counts in): learnt, per read.
    pacer.answeredInSequence(3, 40 + 52);
    pacer.answeredInSequence(2, 40 + 40);
    QCOMPARE(pacer.holdMs(SlotPacer::Kind::Read, 4), qint64(4 * (52.0 / 3) + 2 + 0.5));
    // Never less than a single read's service; a single read is not paced by them.
    pacer.answeredInSequence(4, 40 + 20);
    QCOMPARE(pacer.holdMs(SlotPacer::Kind::Read, 4), 4 * 15 + 2);
    QCOMPARE(pacer.holdMs(SlotPacer::Kind::Read), 15 + 2);
}

QTEST_GUILESS_MAIN(TestSlotPacer)
#include "TestSlotPacer.moc"
