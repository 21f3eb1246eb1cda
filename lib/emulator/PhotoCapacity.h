#pragma once

#include <QtGlobal>

#include <vector>

namespace Portrait {

/**
 * @brief Graph's Outlook concurrency limit as a timeline: photo operations occupy a slot for their service
 * time, and at most `limit` may run at once per app (docs/GRAPH.md#the-outlook-limit-4-at-once). Times are milliseconds
 * on any monotonic scale, so the model is tested without a clock.
 */
class PhotoCapacity
{
public:
    explicit PhotoCapacity(int limit = 4)
        : m_limit(limit)
    { }

    int limit() const { return m_limit; }
    void setLimit(int limit) { m_limit = limit; }

    /// Operations running at @p t (started at or before, ending after).
    int inFlightAt(qint64 t) const;
    /// Admits an operation over [start, start + duration) if a slot is free at @p start.
    bool tryReserve(qint64 start, qint64 duration);
    /// The earliest time at or after @p t when a slot is free.
    qint64 nextFreeAt(qint64 t) const;
    /// Forgets operations that ended before @p t.
    void prune(qint64 t);
    /// The most operations ever running at once.
    int peak() const { return m_peak; }

private:
    struct Slot
    {
        qint64 start;
        qint64 end;
    };
    std::vector<Slot> m_slots;
    int m_limit;
    int m_peak = 0;
};

} // namespace Portrait
