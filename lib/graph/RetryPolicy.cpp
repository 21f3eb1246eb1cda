#include "RetryPolicy.h"

#include <QLocale>

#include <cmath>

namespace Portrait {

bool RetryPolicy::isRetryable(const GraphError& error)
{
    switch (error.kind) {
    case GraphError::Kind::Http:
        return error.httpStatus == 429 || error.httpStatus == 500 || error.httpStatus == 502 || error.httpStatus == 503
            || error.httpStatus == 504;
    case GraphError::Kind::Network:
        // An untrusted certificate stays untrusted: no retry storm against it.
        return error.code != QLatin1String("tls");
    case GraphError::Kind::Timeout:
        return true;
    case GraphError::Kind::Protocol:
        // A body cut short or garbled in transit; not a limit we set ourselves.
        return error.code == QLatin1String("truncated") || error.code == QLatin1String("bad-page")
            || error.code == QLatin1String("bad-metadata") || error.code == QLatin1String("not-an-image")
            || error.code == QLatin1String("empty-body") || error.code == QLatin1String("undecodable")
            || error.code == QLatin1String("bad-batch") || error.code == QLatin1String("bad-object")
            || error.code == QLatin1String("bad-sizes") || error.code == QLatin1String("bad-length");
    default:
        return false;
    }
}

qint64 RetryPolicy::delayMs(const GraphError& error, int attempt, double random01) const
{
    if (attempt >= maxAttempts || !isRetryable(error)) {
        return -1;
    }
    if (error.retryAfterSeconds >= 0) {
        const qint64 ms = qint64(std::ceil(error.retryAfterSeconds * 1000.0));
        return ms > maxRetryAfterMs ? -1 : ms;
    }
    // Full jitter: uniform in [0, min(cap, base * 2^(attempt-1))].
    const double ceiling = std::min(double(maxDelayMs), double(baseDelayMs) * std::pow(2.0, attempt - 1));
    return qint64(std::clamp(random01, 0.0, 1.0) * ceiling);
}

double RetryPolicy::parseRetryAfter(const QByteArray& raw, const QDateTime& now)
{
    const QByteArray value = raw.trimmed();
    if (value.isEmpty()) {
        return -1;
    }
    bool ok = false;
    const double seconds = value.toDouble(&ok);
    if (ok) {
        return std::isfinite(seconds) && seconds >= 0 ? seconds : -1;
    }
    // IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT" (RFC 7231 §7.1.3).
    QDateTime date
        = QLocale::c().toDateTime(QString::fromLatin1(value), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (date.isValid()) {
        date.setTimeSpec(Qt::UTC); // the literal GMT
    } else {
        date = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    }
    if (!date.isValid()) {
        return -1;
    }
    return std::max(0.0, now.msecsTo(date) / 1000.0);
}

} // namespace Portrait
