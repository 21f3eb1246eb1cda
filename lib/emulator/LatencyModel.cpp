#include "LatencyModel.h"

#include <cmath>

namespace Portrait {

LatencyModel::LatencyModel(const LatencySettings& settings)
    : m_settings(settings)
    , m_random(DemoRandom::mix({settings.seed, 0x4c6174656e6379ULL}))
{ }

LatencyTrip LatencyModel::next()
{
    const qint64 rtt = qMax(0, m_settings.rttMs);
    if (m_settings.kind == LatencyKind::Before) {
        return {rtt, 0};
    }
    LatencyTrip trip{rtt / 2, rtt - rtt / 2};
    if (m_settings.kind == LatencyKind::Jitter && m_settings.jitterMs > 0) {
        // The round trip moves by up to the jitter either way, half of it before the server, half after: two
        // requests sent a given time apart reach the server up to one jitter closer together or further apart,
        // which is what a pipelining client has to leave room for.
        const int j = m_random.between(-m_settings.jitterMs, m_settings.jitterMs);
        trip.inboundMs = qMax<qint64>(0, trip.inboundMs + j / 2);
        trip.outboundMs = qMax<qint64>(0, trip.outboundMs + (j - j / 2));
    }
    return trip;
}

qint64 LatencyModel::transferMs(qint64 answerBytes) const
{
    if (m_settings.kind != LatencyKind::Transfer || m_settings.transferMBPerS <= 0 || answerBytes <= 0) {
        return 0;
    }
    // MB/s is bytes per microsecond.
    return qint64(std::llround(double(answerBytes) / m_settings.transferMBPerS / 1000.0));
}

QString LatencyModel::name(LatencyKind kind)
{
    switch (kind) {
    case LatencyKind::Split:
        return QStringLiteral("split");
    case LatencyKind::Before:
        return QStringLiteral("before");
    case LatencyKind::Transfer:
        return QStringLiteral("transfer");
    case LatencyKind::Jitter:
        return QStringLiteral("jitter");
    }
    return QString();
}

QStringList LatencyModel::names()
{
    return {name(LatencyKind::Split), name(LatencyKind::Before), name(LatencyKind::Transfer),
            name(LatencyKind::Jitter)};
}

std::optional<LatencyKind> LatencyModel::parse(const QString& text)
{
    for (const LatencyKind kind :
         {LatencyKind::Split, LatencyKind::Before, LatencyKind::Transfer, LatencyKind::Jitter}) {
        if (text.compare(name(kind), Qt::CaseInsensitive) == 0) {
            return kind;
        }
    }
    return std::nullopt;
}

} // namespace Portrait
