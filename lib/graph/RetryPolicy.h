#pragma once

#include "base/GraphError.h"

#include <QByteArray>
#include <QDateTime>

namespace Portrait {

/**
 * @brief When to try a failed request again, and after how long: one policy for the whole client.
 *
 * Retried: 429, 503 and 504 (honouring `Retry-After` in seconds, fractional seconds or an HTTP date),
 * 500 and 502, connection failures, timeouts, truncated or garbled answers (a body that does not parse, an
 * absurd Content-Length); everything else (404, 403, 400, 401, refused origins, TLS certificate failures,
 * answers over a size limit, cancellation) is final. Without `Retry-After` the delay is exponential with full
 * jitter, capped. Attempts are bounded. Only safe requests are retried (GETs and batch items), which is
 * all Portrait sends.
 */
class RetryPolicy
{
public:
    int maxAttempts = 6; ///< including the first
    qint64 baseDelayMs = 500; ///< first backoff ceiling
    qint64 maxDelayMs = 30000; ///< backoff ceiling cap (Retry-After may ask for more, up to maxRetryAfterMs)
    qint64 maxRetryAfterMs = 300000; ///< a server asking for longer than this is not waited for

    /// Whether @p error may succeed on another attempt.
    static bool isRetryable(const GraphError& error);

    /**
     * @brief The delay before attempt number @p attempt + 1 (attempts counted from 1), or -1 to give up.
     * @p random01 is a uniform number in [0, 1) for the jitter (injected, so tests are exact).
     */
    qint64 delayMs(const GraphError& error, int attempt, double random01) const;

    /**
     * @brief Parses a `Retry-After` value: seconds ("2", "2.128") or an HTTP date, relative to @p now.
     * Returns seconds (>= 0), or -1 when absent or malformed.
     */
    static double parseRetryAfter(const QByteArray& value, const QDateTime& now);
};

} // namespace Portrait
