#pragma once

#include <QtGlobal>

#include <map>

namespace Portrait {

/// What the server showed of one `$batch`: when its answer came, and which of its items it throttled.
struct BatchOutcome
{
    int items = 0; ///< photo operations it carried
    qint64 latencyMs = 0; ///< from leaving to the whole answer in
    int throttledItems = 0; ///< items answered 429
    /// The longest Retry-After of those items, in ms (-1 when none said): how long the server was still busy.
    qint64 retryAfterMs = -1;
    bool pipelined = false; ///< sent while the batch before it was on the wire
    int previousItems = 0; ///< the items of the batch it followed, when pipelined
    qint64 previousGapMs = -1; ///< how long after that batch it left, when pipelined (-1: not known)
};

/**
 * @brief The pacing of pipelined `$batch` requests, as numbers: when the next batch may leave after one has
 * left, learned from what the server shows. No clock, no timers, no network: RequestScheduler feeds it each
 * batch's outcome and asks it for decisions, and tests drive it with numbers.
 *
 * Graph runs a batch's items a few at a time (the width, 4 for photos), so a batch of `w` waves keeps the
 * app's slots busy for `w` service times; the next batch may reach the server only once they are free, or
 * its items are throttled. The round trip hides behind that service time when the next batch leaves before
 * the answer of the one ahead is in.
 *
 * - **Calibration.** The first batch holds one wave and the second a full batch, neither pipelined: their
 *   latencies (round trip + waves x service) give the service time of a wave and the round trip. Later
 *   latencies refine the lower envelope per number of waves (the signal; queueing is noise, never negative).
 * - **The gap.** After a batch of `w` waves the next leaves `w x pace` later. The pace starts some room above
 *   the calibrated service time and is then learned from the server's answers: it shrinks while no item is
 *   throttled in a batch that had today's gap (by steps that shrink until the first throttle, so that the probe
 *   finds the boundary rather than overshooting it; slowly after it, to reclaim room that is no longer needed,
 *   never below what a throttle showed was needed), and on a throttled pipelined batch becomes at least the gap
 *   that batch had, plus how long the server said it was still busy (its Retry-After, capped), plus a little room.
 *   A calibration the answer size inflates (a server whose answers take longer to arrive the larger they are) or
 *   one that missed the server's jitter is corrected within some batches either way.
 */
class BatchPacer
{
public:
    /// @p width: items the server runs at once per batch; @p fullItems: the items of a full batch.
    explicit BatchPacer(int width = 4, int fullItems = 20);

    int width() const { return m_width; }
    int fullItems() const { return m_fullItems; }
    /// Waves of a batch of @p items.
    int wavesOf(int items) const;

    /// Whether the next batch may leave before the answer of the one ahead is in: once calibrated.
    bool canPipeline() const { return m_paceMs > 0; }
    /// Items of the next batch, at most @p ready: one wave while calibrating, else full.
    int nextBatchItems(int ready) const;
    /// How long after a batch of @p items left the next one may leave (meaningful once canPipeline()).
    qint64 gapMs(int items) const;

    /// Learns from one answered batch of this pacer.
    void answered(const BatchOutcome& outcome);

    /// The calibrated service time of one wave and the round trip, in ms (-1 until known).
    double serviceMs() const { return m_serviceMs; }
    double rttMs() const { return m_rttMs; }
    /// The learned time per wave between pipelined batches, in ms (-1 until calibrated).
    double paceMs() const { return m_paceMs; }
    /// Pipelined batches that were throttled: the gap before them was too short.
    quint64 overlaps() const { return m_overlaps; }
    /// Batches answered without a throttled item.
    quint64 cleanBatches() const { return m_clean; }
    /// How far the recent clean latencies fell above the floor for their number of waves, at most, in ms.
    double spreadMs() const;

    /// The first pace after calibration, as a share above the service time: two batches do not show a jittery
    /// network's spread, and a first pipelined batch throttled at once tells little about the boundary.
    static constexpr double kStartRoom = 0.08;
    /// Until the first throttle the pace shrinks by kFirstStep of a wave's service time, then by half the step before,
    /// down to kProbeStep: a probe that slows as it goes finds the boundary instead of overshooting it. (Steps that
    /// grew each time overshot it by several milliseconds; under jitter that first throttle then showed a gap far
    /// below what the worst arrivals need, and a second throttle came soon after.) After it, by kSlowStep a batch,
    /// or kReclaim of the room it has above what the last throttle showed was needed, if that is more, but never
    /// below that (the room for noise is a guess: what is not needed comes back; going on below at the slow step, a
    /// run of 10,000 photos was throttled again every two thousand or so).
    static constexpr double kFirstStep = 0.04;
    static constexpr double kProbeStep = 1.0 / 60;
    static constexpr double kSlowStep = 0.0004;
    static constexpr double kReclaim = 0.03;
    /// On a throttle the gap widens by the server's Retry-After (at most kMaxWiden of the gap) plus room for the
    /// batches' timing noise: kRoomMs, and kSpreadShare of how far recent latencies fell above their floor (a
    /// jittery network moves arrivals by some of what it moves round trips).
    static constexpr double kMaxWiden = 0.25;
    static constexpr double kRoomMs = 1.5;
    static constexpr double kSpreadShare = 0.5;
    /// Recent latencies: the last this many clean ones.
    static constexpr int kSpreadSamples = 16;
    /// The pace never drops below this share of the calibrated service time.
    static constexpr double kFloor = 0.7;

private:
    void calibrate(int waves, qint64 latencyMs);

    int m_width;
    int m_fullItems;
    std::map<int, double> m_lowLatencyMs; ///< by waves: the lower envelope of clean latencies
    double m_serviceMs = -1;
    double m_rttMs = -1;
    double m_paceMs = -1;
    double m_residualsMs[kSpreadSamples] = {}; ///< latency above the floor, the last kSpreadSamples clean batches
    int m_residuals = 0; ///< written so far (the next goes at m_residuals % kSpreadSamples)
    double m_step = 0; ///< the next shrink, in ms per wave
    double m_neededPaceMs = -1; ///< the pace the last throttle showed was needed, without room
    bool m_throttledOnce = false;
    quint64 m_overlaps = 0;
    quint64 m_clean = 0;
};

} // namespace Portrait
