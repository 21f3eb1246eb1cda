#include "PhotoCapacity.h"

#include <algorithm>

namespace Portrait {

int PhotoCapacity::inFlightAt(qint64 t) const
{
    int n = 0;
    for (const Slot& s : m_slots) {
        if (s.start <= t && t < s.end) {
            ++n;
        }
    }
    return n;
}

bool PhotoCapacity::tryReserve(qint64 start, qint64 duration)
{
    const int running = inFlightAt(start);
    if (m_limit > 0 && running >= m_limit) {
        return false;
    }
    m_slots.push_back({start, start + qMax<qint64>(1, duration)});
    m_peak = std::max(m_peak, running + 1);
    return true;
}

qint64 PhotoCapacity::nextFreeAt(qint64 t) const
{
    if (m_limit <= 0 || inFlightAt(t) < m_limit) {
        return t;
    }
    qint64 best = -1;
    for (const Slot& s : m_slots) {
        if (s.start <= t && t < s.end && (best < 0 || s.end < best)) {
            best = s.end;
        }
    }
    return best < 0 ? t : best;
}

void PhotoCapacity::prune(qint64 t)
{
    m_slots.erase(std::remove_if(m_slots.begin(), m_slots.end(), [t](const Slot& s) { return s.end < t; }),
                  m_slots.end());
}

} // namespace Portrait
