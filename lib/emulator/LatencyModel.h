#pragma once

#include "emulator/DemoRandom.h"

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>

namespace Portrait {

/**
 * @brief Where the emulator's round trip falls, so that a client is measured against more than one kind of
 * server. Real services differ in this: the whole network delay can come before the server sees a request,
 * around it, or grow with the size of the answer, and no two exchanges take exactly the same time.
 */
enum class LatencyKind
{
    Split, ///< half the round trip before the server sees the request, half after it answers
    Before, ///< the whole round trip before the server sees the request, the answer arrives at once
    Transfer, ///< Split, plus the answer's size over a bandwidth (a large answer takes longer to arrive)
    Jitter, ///< Split, the round trip of each exchange moved by a seeded random amount within +/- jitterMs
};

/// The parameters of a latency model; all times in milliseconds.
struct LatencySettings
{
    LatencyKind kind = LatencyKind::Split;
    int rttMs = 0;
    double transferMBPerS = 80.0; ///< Transfer: the bandwidth (at 80 MB/s an 800 kB answer takes 10 ms more)
    int jitterMs = 5; ///< Jitter: the most the round trip moves either way (half of it on each half)
    quint64 seed = 1; ///< Jitter: the same seed gives the same sequence of delays
};

/// The delays of one exchange, in milliseconds.
struct LatencyTrip
{
    qint64 inboundMs = 0; ///< from receipt to the modelled server seeing the request
    qint64 outboundMs = 0; ///< from the server's answer to its first byte at the client (transferMs() comes on top)
};

/**
 * @brief The delays of one latency model, as numbers: next() gives one exchange's way in and way out, and
 * transferMs() how much longer an answer of a given size takes to arrive. Pure (no clock, no timers): the
 * emulator schedules what it says, and tests check the numbers. For Jitter each next() draws from a seeded
 * sequence; the other kinds always give the same.
 */
class LatencyModel
{
public:
    explicit LatencyModel(const LatencySettings& settings = {});

    const LatencySettings& settings() const { return m_settings; }

    /// The delays of the next exchange.
    LatencyTrip next();
    /// The time an answer of @p answerBytes takes to arrive once its first byte has (Transfer only, else 0).
    qint64 transferMs(qint64 answerBytes) const;

    /// The command-line name of @p kind ("split", "before", "transfer", "jitter").
    static QString name(LatencyKind kind);
    /// The kind named @p name, or nothing.
    static std::optional<LatencyKind> parse(const QString& name);
    /// Every name parse() accepts, in declaration order.
    static QStringList names();

private:
    LatencySettings m_settings;
    DemoRandom m_random;
};

} // namespace Portrait
