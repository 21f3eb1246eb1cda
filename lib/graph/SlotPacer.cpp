#include "SlotPacer.h"

#include <algorithm>
#include <limits>
#include <vector>

namespace Portrait {

namespace {
constexpr double kMinMarginMs = 2.0;
constexpr double kMaxMarginMs = 500.0;
/// What one burst of throttles of our own timing adds to the margin.
constexpr double kWidenMs = 2.0;
/// What each clean answer takes off the margin: a twentieth of what it has above the least, and a hundredth of a
/// millisecond. A margin a burst of throttles widened (a loaded moment, new connections) comes back within some
/// tens of answers, so a run's pace is not set by its worst moment; a server that keeps throttling keeps it wide.
constexpr double kNarrowShare = 0.05;
constexpr double kNarrowMs = 0.01;
} // namespace

double SlotPacer::roundTripMs() const
{
    // Neither can be below the true round trip by much: the quickest read adds its own service, a batch's estimate
    // what the server spent building its answers. The smaller is the closer. The quickest of the recent reads, not of
    // all: answer times are whole milliseconds, and the quickest of thousands is the one rounded luckiest, a
    // millisecond or two below the round trip, which every hold would then carry as slack (and a round trip
    // that grows is followed).
    const std::deque<qint64>& reads = m_durations[index(Kind::Read)];
    const double quickestRead = reads.empty() ? -1.0 : double(*std::min_element(reads.begin(), reads.end()));
    if (m_batchRttMs > 0 && quickestRead >= 0) {
        return std::min(m_batchRttMs, quickestRead);
    }
    return m_batchRttMs > 0 ? m_batchRttMs : quickestRead;
}

void SlotPacer::answered(Kind kind, qint64 durationMs)
{
    if (durationMs < 0) {
        return;
    }
    std::deque<qint64>& d = m_durations[index(kind)];
    d.push_back(durationMs);
    while (int(d.size()) > window) {
        d.pop_front();
    }
    double& margin = m_marginMs[index(kind)];
    margin = std::max(kMinMarginMs, margin - (margin - kMinMarginMs) * kNarrowShare - kNarrowMs);
}

void SlotPacer::answeredInSequence(int requests, qint64 durationMs)
{
    if (requests < 1 || durationMs < 0) {
        return;
    }
    m_sequences.emplace_back(requests, durationMs);
    while (int(m_sequences.size()) > window) {
        m_sequences.pop_front();
    }
}

void SlotPacer::overlapped(Kind kind)
{
    ++m_overlaps;
    double& margin = m_marginMs[index(kind)];
    // Additive: a throttle of our own timing costs one request a round trip and its Retry-After, not a slot (Graph
    // does not serve it), while every millisecond of margin costs every request. Measured on a modelled Graph and on
    // the emulator, 2 ms a burst beat half the margin and 4 ms (TestWriteTail, BENCHMARKS.md).
    margin = std::min(kMaxMarginMs, margin + kWidenMs);
}

qint64 SlotPacer::holdMs(Kind kind, int requests) const
{
    const std::deque<qint64>& d = m_durations[index(kind)];
    const double rtt = roundTripMs();
    if (int(d.size()) < minSamples || rtt < 0) {
        return -1;
    }
    // The quickest recent answer: a client busy elsewhere (a loaded machine) only ever makes answers look longer,
    // never shorter, so the quickest is the closest to the server's own time. A server whose service varies more
    // than that is met by the margin, which its throttles widen.
    const qint64 quickest = *std::min_element(d.begin(), d.end());
    // Never less than the spread of the recent answers: where the round trip varies (jitter), a request may arrive
    // early by part of it while the one before it arrived late by the rest. The median less the quickest, not the
    // slowest: an answer the client saw late (a busy moment) says nothing of when the request arrived.
    std::vector<qint64> sorted(d.begin(), d.end());
    std::sort(sorted.begin(), sorted.end());
    const double margin = std::max(m_marginMs[index(kind)], double(sorted[sorted.size() / 2] - quickest));
    double service = std::max(0.0, double(quickest) - rtt);
    if (requests > 1 && !m_sequences.empty()) {
        // Each read of a sequence as the quickest recent sequence took it, per read.
        double perRequest = std::numeric_limits<double>::max();
        for (const auto& [n, duration] : m_sequences) {
            perRequest = std::min(perRequest, std::max(0.0, double(duration) - rtt) / n);
        }
        service = std::max(service, perRequest);
    }
    const qint64 hold = qint64(service * std::max(1, requests) + margin + 0.5);
    return double(hold) < double(quickest) + service * (std::max(1, requests) - 1) ? hold : -1;
}

} // namespace Portrait
