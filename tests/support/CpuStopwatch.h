#pragma once

#include <QtGlobal>

#include <time.h>

namespace Portrait::Test {

/**
 * @brief The CPU time the calling thread has used since start(), in milliseconds.
 *
 * For tests that bound how much work something takes: unlike the wall clock, other work on a loaded machine
 * does not count (only this thread's own computing does).
 */
class CpuStopwatch
{
public:
    CpuStopwatch() { start(); }
    void start() { m_startNs = nowNs(); }
    qint64 elapsedMs() const { return (nowNs() - m_startNs) / 1'000'000; }

private:
    static qint64 nowNs()
    {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
    }

    qint64 m_startNs = 0;
};

} // namespace Portrait::Test
