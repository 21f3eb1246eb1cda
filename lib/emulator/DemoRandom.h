#pragma once

#include <QtGlobal>

#include <initializer_list>

namespace Portrait {

/**
 * @brief A tiny deterministic pseudo-random generator (SplitMix64) for the demo tenant.
 *
 * Unlike QRandomGenerator its sequence is fixed by this file, so a seed gives the same tenant on
 * every platform and Qt version. Not for anything security related.
 */
class DemoRandom
{
public:
    /** @brief Starts a sequence from @p seed. */
    explicit DemoRandom(quint64 seed);

    /** @brief Mixes several values into one well-distributed 64-bit seed (order matters). */
    static quint64 mix(std::initializer_list<quint64> values);

    /** @brief The next 64 random bits. */
    quint64 next();
    /** @brief A value in [0, bound); 0 when bound <= 0. */
    int bounded(int bound);
    /** @brief A value in [low, high]. */
    int between(int low, int high);
    /** @brief True with the given percentage (0..100). */
    bool percent(int chance);
    /** @brief A value in [0, 1). */
    double unit();

private:
    quint64 m_state;
};

} // namespace Portrait
