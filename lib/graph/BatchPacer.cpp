#include "BatchPacer.h"

#include <algorithm>
#include <cmath>

namespace Portrait {

BatchPacer::BatchPacer(int width, int fullItems)
    : m_width(qMax(1, width))
    , m_fullItems(qMax(1, fullItems))
{ }

int BatchPacer::wavesOf(int items) const
{
    return qMax(1, (items + m_width - 1) / m_width);
}

int BatchPacer::nextBatchItems(int ready) const
{
    // One wave first, then a full batch: two different numbers of waves give the service time and the round trip.
    const bool oneWaveKnown = m_lowLatencyMs.count(1) > 0;
    const int items = oneWaveKnown || m_fullItems <= m_width ? m_fullItems : m_width;
    return qBound(0, ready, items);
}

qint64 BatchPacer::gapMs(int items) const
{
    return qint64(std::ceil(wavesOf(items) * qMax(0.0, m_paceMs)));
}

void BatchPacer::calibrate(int waves, qint64 latencyMs)
{
    // The latency of a batch is rtt + waves x service + whatever queueing the network and the two machines
    // add, which is never negative: the lower envelope of the latencies seen for each number of waves is the
    // signal, the rest is noise. It forgets 2 % a sample so that it follows a service that gets slower.
    double& low = m_lowLatencyMs[waves];
    low = low > 0 ? qMin(double(latencyMs), low * 1.02) : double(latencyMs);
    m_residualsMs[m_residuals++ % kSpreadSamples] = latencyMs - low;
    if (m_lowLatencyMs.size() < 2) {
        return;
    }
    const auto first = m_lowLatencyMs.cbegin();
    const auto last = std::prev(m_lowLatencyMs.cend());
    m_serviceMs = qMax(1.0, (last->second - first->second) / (last->first - first->first));
    m_rttMs = qMax(0.0, first->second - first->first * m_serviceMs);
}

double BatchPacer::spreadMs() const
{
    const int n = qMin(m_residuals, kSpreadSamples);
    return n == 0 ? 0.0 : *std::max_element(m_residualsMs, m_residualsMs + n);
}

void BatchPacer::answered(const BatchOutcome& outcome)
{
    if (outcome.throttledItems > 0) {
        if (!outcome.pipelined || m_paceMs < 0) {
            return; // not a matter of pacing (the server runs fewer operations for us: the caller's business)
        }
        // The batch reached the server before the one ahead had finished: the gap before it was short by about
        // as long as the server says it was still busy (Graph may say a whole second: capped). That gap is what
        // was measured; the pace may have moved since (answers of earlier batches arrive in between).
        ++m_overlaps;
        const int waves = wavesOf(outcome.previousItems > 0 ? outcome.previousItems : m_fullItems);
        const double gap = outcome.previousGapMs > 0 ? double(outcome.previousGapMs) : waves * m_paceMs;
        const double busy = outcome.retryAfterMs > 0 ? double(outcome.retryAfterMs) : 0.0;
        const double room = kRoomMs + kSpreadShare * spreadMs();
        const double needed = gap + qMin(busy + room, kMaxWiden * gap + kRoomMs);
        m_paceMs = qMax(m_paceMs, needed / waves);
        // What is known to have been needed: the gap plus the busy time, when it was believable. A capped one
        // (a whole second) says only that the gap was too short: the room above it comes back batch by batch.
        m_neededPaceMs = (gap + (busy <= kMaxWiden * gap ? busy : 0.0)) / waves;
        m_throttledOnce = true;
        m_step = kSlowStep * m_serviceMs;
        return;
    }
    ++m_clean;
    const int waves = wavesOf(outcome.items);
    calibrate(waves, outcome.latencyMs);
    if (m_paceMs < 0) {
        if (m_serviceMs > 0) {
            m_paceMs = m_serviceMs * (1.0 + kStartRoom);
            m_step = kFirstStep * m_serviceMs;
        }
        return;
    }
    if (!outcome.pipelined) {
        return; // says nothing about the gap
    }
    if (outcome.previousGapMs > 0 && outcome.previousItems > 0
        && outcome.previousGapMs > gapMs(outcome.previousItems)) {
        // It left before the last shrink (answers come a batch or two after the batches they pace): a longer gap
        // than today's being safe says nothing new. Shrinking again on it would overshoot by as many steps.
        return;
    }
    // No item throttled: the gap was long enough, perhaps longer than needed. Shrink it.
    // After a throttle, what is not needed comes back, but never below what the throttle showed was needed.
    const double reclaim = m_throttledOnce ? kReclaim * (m_paceMs - m_neededPaceMs) : 0.0;
    const double floor = m_throttledOnce ? qMax(kFloor * m_serviceMs, m_neededPaceMs) : kFloor * m_serviceMs;
    m_paceMs = qMax(floor, m_paceMs - qMax(m_step, reclaim));
    m_step = m_throttledOnce ? kSlowStep * m_serviceMs : qMax(kProbeStep * m_serviceMs, m_step / 2);
}

} // namespace Portrait
