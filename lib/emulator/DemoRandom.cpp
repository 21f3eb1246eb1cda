#include "DemoRandom.h"

namespace Portrait {

namespace {

quint64 splitMix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

} // namespace

DemoRandom::DemoRandom(quint64 seed)
    : m_state(seed)
{ }

quint64 DemoRandom::mix(std::initializer_list<quint64> values)
{
    quint64 h = 0x243F6A8885A308D3ULL;
    for (const quint64 v : values) {
        h = splitMix(h ^ splitMix(v));
    }
    return h;
}

quint64 DemoRandom::next()
{
    m_state += 0x9E3779B97F4A7C15ULL;
    quint64 z = m_state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

int DemoRandom::bounded(int bound)
{
    if (bound <= 0) {
        return 0;
    }
    return static_cast<int>(next() % static_cast<quint64>(bound));
}

int DemoRandom::between(int low, int high)
{
    if (high <= low) {
        return low;
    }
    return low + bounded(high - low + 1);
}

bool DemoRandom::percent(int chance)
{
    return bounded(100) < chance;
}

double DemoRandom::unit()
{
    return static_cast<double>(next() >> 11) / static_cast<double>(1ULL << 53);
}

} // namespace Portrait
