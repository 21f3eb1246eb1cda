#pragma once

#include <QtGlobal>

#include <array>
#include <deque>

namespace Portrait {

/**
 * @brief How long a single Outlook request (a photo read or write) occupies one of Graph's 4 slots, learnt from
 * answer times, so that the next request can leave before the answer to the one before is back.
 *
 * Graph counts a request against its limit of 4 while it serves it, not while it travels: a request that leaves
 * when the one before has been served for about its service time minus the round trip arrives just as that one
 * ends. The service time is not on the wire; it is a request's answer time less the round trip. The round trip
 * comes from the batch pacers (setRoundTripMs(): two batches of different sizes tell it apart from the service
 * time, though the time the server spends building their answers counts in) and from the quickest recent read
 * (an overestimate by the read's own service time): the smaller of the two, and the margin learns the rest. holdMs() is
 * the quickest recent answer of the kind less the round trip, plus a margin (a busy client only makes answers look
 * longer) of at least the median recent answer less the quickest (a round trip that varies); a request that left early
 * and was throttled for it widens its kind's margin by 2 ms, each clean answer narrows it by a twentieth of its excess
 * (and a little), so that the pacing settles where it is seldom throttled, under any latency and on a server
 * whose service times vary (Graph's do).
 *
 * Pure numbers, no clock: the RequestScheduler measures and times; tests check the arithmetic.
 */
class SlotPacer
{
public:
    enum class Kind
    {
        Read,
        Write,
    };

    /// Answers remembered per kind.
    static constexpr int window = 8;
    /// Answers of a kind needed before its requests are paced.
    static constexpr int minSamples = 3;

    /// The round trip measured elsewhere (ms), or a negative value for "not known".
    void setRoundTripMs(double rttMs) { m_batchRttMs = rttMs; }
    /// The round trip in use: the smaller of the batch pacers' and the quickest of the recent reads, else -1.
    double roundTripMs() const;

    /// A request of @p kind left and was answered after @p durationMs, neither throttled nor retried.
    void answered(Kind kind, qint64 durationMs);
    /// A sequential `$batch` of @p requests reads left and was answered after @p durationMs: what one read of them
    /// takes (the batch's own work included) is learnt apart from single reads.
    void answeredInSequence(int requests, qint64 durationMs);
    /// A request of @p kind that left before a slot was surely free was throttled.
    void overlapped(Kind kind);

    /// How long after leaving a request of @p kind holds its slot, or -1: until its answer (nothing learnt yet, or
    /// no gain). @p requests reads that run one after another in one slot (a sequential `$batch`) hold it for as many
    /// services (as learnt from such batches, and never less than a single read's), and one margin.
    qint64 holdMs(Kind kind, int requests = 1) const;
    double marginMs(Kind kind) const { return m_marginMs[index(kind)]; }
    quint64 overlaps() const { return m_overlaps; }

private:
    static int index(Kind kind) { return kind == Kind::Write ? 1 : 0; }

    std::array<std::deque<qint64>, 2> m_durations;
    std::deque<std::pair<int, qint64>> m_sequences; ///< (requests, answer time) of recent sequential batches
    std::array<double, 2> m_marginMs{{2.0, 2.0}};
    double m_batchRttMs = -1;
    quint64 m_overlaps = 0;
};

} // namespace Portrait
