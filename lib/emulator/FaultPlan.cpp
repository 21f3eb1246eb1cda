#include "FaultPlan.h"

#include "emulator/DemoRandom.h"

#include <cmath>

namespace Portrait {

namespace {

// FNV-1a: a stable hash (qHash is seeded per process, which would make plans irreproducible).
quint64 stableHash(const QByteArray& bytes)
{
    quint64 h = 0xcbf29ce484222325ULL;
    for (const char c : bytes) {
        h ^= quint8(c);
        h *= 0x100000001b3ULL;
    }
    return h;
}

bool isStatus(FaultKind kind)
{
    return FaultPlan::statusOf(kind) != 0;
}

} // namespace

QString FaultPlan::name(FaultKind kind)
{
    switch (kind) {
    case FaultKind::Throttled:
        return QStringLiteral("429");
    case FaultKind::Unavailable:
        return QStringLiteral("503");
    case FaultKind::GatewayTimeout:
        return QStringLiteral("504");
    case FaultKind::Reset:
        return QStringLiteral("reset");
    case FaultKind::Truncated:
        return QStringLiteral("truncate");
    case FaultKind::SlowDrip:
        return QStringLiteral("drip");
    case FaultKind::MalformedJson:
        return QStringLiteral("malformed-json");
    case FaultKind::WrongContentType:
        return QStringLiteral("content-type");
    case FaultKind::AbsurdLength:
        return QStringLiteral("huge-length");
    }
    return {};
}

QList<FaultKind> FaultPlan::allKinds()
{
    return {FaultKind::Throttled,     FaultKind::Unavailable,      FaultKind::GatewayTimeout,
            FaultKind::Reset,         FaultKind::Truncated,        FaultKind::SlowDrip,
            FaultKind::MalformedJson, FaultKind::WrongContentType, FaultKind::AbsurdLength};
}

int FaultPlan::statusOf(FaultKind kind)
{
    switch (kind) {
    case FaultKind::Throttled:
        return 429;
    case FaultKind::Unavailable:
        return 503;
    case FaultKind::GatewayTimeout:
        return 504;
    default:
        return 0;
    }
}

std::optional<FaultPlan> FaultPlan::parse(const QString& spec, QString* error)
{
    const QString text = spec.trimmed();
    const qsizetype colon = text.indexOf(u':');
    QString rateText = (colon < 0 ? text : text.left(colon)).trimmed();
    const QString kindsText = colon < 0 ? QString() : text.mid(colon + 1).trimmed();
    bool percent = false;
    if (rateText.endsWith(u'%')) {
        percent = true;
        rateText.chop(1);
    }
    bool ok = false;
    double rate = rateText.toDouble(&ok);
    if (percent) {
        rate /= 100.0;
    }
    if (!ok || !std::isfinite(rate) || rate < 0 || rate > 1) {
        *error = QStringLiteral("the fault rate '%1' is not a percentage (10%) or a fraction (0.1) between 0 and 1")
                     .arg(colon < 0 ? text : text.left(colon));
        return std::nullopt;
    }
    QList<FaultKind> kinds;
    const auto add = [&kinds](FaultKind kind) {
        if (!kinds.contains(kind)) {
            kinds.append(kind);
        }
    };
    if (kindsText.isEmpty() && colon >= 0) {
        *error = QStringLiteral("no fault kind after ':'");
        return std::nullopt;
    }
    for (const QString& word : kindsText.split(u',', Qt::SkipEmptyParts)) {
        const QString w = word.trimmed().toLower();
        if (w == QStringLiteral("all")) {
            for (const FaultKind kind : allKinds()) {
                add(kind);
            }
            continue;
        }
        if (w == QStringLiteral("status")) {
            add(FaultKind::Throttled);
            add(FaultKind::Unavailable);
            add(FaultKind::GatewayTimeout);
            continue;
        }
        if (w == QStringLiteral("wire")) {
            add(FaultKind::Reset);
            add(FaultKind::Truncated);
            add(FaultKind::AbsurdLength);
            continue;
        }
        bool known = false;
        for (const FaultKind kind : allKinds()) {
            if (name(kind) == w) {
                add(kind);
                known = true;
            }
        }
        if (!known) {
            *error = QStringLiteral(
                         "unknown fault kind '%1' (429, 503, 504, status, reset, truncate, drip, malformed-json, "
                         "content-type, huge-length, wire, all)")
                         .arg(word.trimmed());
            return std::nullopt;
        }
    }
    FaultPlan plan;
    plan.m_rate = rate;
    plan.m_kinds = kinds.isEmpty() ? allKinds() : kinds;
    return plan;
}

FaultPlan::Decision FaultPlan::decide(const QByteArray& requestKey, bool jsonBody, qint64 bodyBytes, bool batchItem)
{
    Decision decision;
    if (!isActive()) {
        return decision;
    }
    const quint32 occurrence = m_seen[requestKey]++;
    DemoRandom random(DemoRandom::mix({m_seed, stableHash(requestKey), occurrence}));
    if (random.unit() >= m_rate) {
        return decision;
    }
    QList<FaultKind> applicable;
    for (const FaultKind kind : std::as_const(m_kinds)) {
        if (isStatus(kind)) {
            applicable.append(kind);
        } else if (batchItem) {
            continue; // an item inside a $batch answer has no wire of its own
        } else if (kind == FaultKind::MalformedJson) {
            if (jsonBody && bodyBytes >= 2) {
                applicable.append(kind);
            }
        } else if (kind == FaultKind::Reset || kind == FaultKind::Truncated) {
            if (bodyBytes >= 2) {
                applicable.append(kind);
            }
        } else {
            applicable.append(kind);
        }
    }
    if (applicable.isEmpty()) {
        return decision;
    }
    decision.kind = applicable.at(random.bounded(int(applicable.size())));
    if (isStatus(*decision.kind) && random.percent(50)) {
        // Fractional seconds, as Graph sends for throttled photo operations.
        const int ms = random.between(qMax(1, m_maxRetryAfterMs / 10), qMax(1, m_maxRetryAfterMs));
        decision.retryAfterSeconds = ms / 1000.0;
    }
    decision.fraction = 0.1 + 0.8 * random.unit();
    decision.unparsableLength = random.percent(50);
    return decision;
}

} // namespace Portrait
