#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Portrait {

/// The misbehaviours a fault plan can inject into the emulator's answers.
enum class FaultKind
{
    Throttled, ///< 429 TooManyRequests, with or without Retry-After
    Unavailable, ///< 503 serviceNotAvailable, with or without Retry-After
    GatewayTimeout, ///< 504 GatewayTimeout, with or without Retry-After
    Reset, ///< the status line, headers and part of the body, then a TCP reset
    Truncated, ///< Content-Length of the whole body, part of it, then an orderly close
    SlowDrip, ///< the right answer, written in small pieces with pauses in between
    MalformedJson, ///< a JSON answer cut in the middle and followed by garbage (JSON answers only)
    WrongContentType, ///< a 200 text/html page (a proxy's or a captive portal's) instead of the answer
    AbsurdLength, ///< a Content-Length far beyond the body (or unparsable), the body, then a close
};

/**
 * @brief A seeded, reproducible plan of faults for the emulator (`portrait-emulator --faults`).
 *
 * Each answer is faulty with probability rate(); the kind is drawn among kinds() that make sense for it
 * (malformed JSON only for JSON bodies; wire faults only for whole HTTP answers, never inside a `$batch`,
 * whose items only get the status faults). The draw depends only on the seed, the request (method and
 * target) and how many times that same request was seen before, so a client that sends the same requests
 * meets the same faults on every run, whatever the order in which concurrent requests arrive.
 *
 * The spec syntax is `RATE[:KIND,KIND...]`, RATE as a percentage (`10%`) or a fraction (`0.1`), KIND
 * among `429`, `503`, `504`, `status` (the three), `reset`, `truncate`, `drip`, `malformed-json`,
 * `content-type`, `huge-length`, `wire` (reset, truncate, huge-length) and `all` (the default).
 */
class FaultPlan
{
public:
    /// What to do with one answer.
    struct Decision
    {
        std::optional<FaultKind> kind; ///< empty: answer normally
        double retryAfterSeconds = -1; ///< for the status faults: the Retry-After to send, or -1 for none
        double fraction = 0.5; ///< for reset and truncate: the share of the body sent before, in (0, 1)
        bool unparsableLength = false; ///< for huge-length: a value that does not even fit 64 bits

        bool isFault() const { return kind.has_value(); }
    };

    FaultPlan() = default;

    /// Parses a spec (see the class comment). Returns an empty optional and sets @p error when invalid.
    static std::optional<FaultPlan> parse(const QString& spec, QString* error);
    /// The spec name of @p kind, e.g. `reset`.
    static QString name(FaultKind kind);
    /// Every kind.
    static QList<FaultKind> allKinds();
    /// The HTTP status a status fault answers (429, 503, 504), or 0 for the others.
    static int statusOf(FaultKind kind);

    /// True when some answers will be faulty.
    bool isActive() const { return m_rate > 0 && !m_kinds.isEmpty(); }
    double rate() const { return m_rate; }
    void setRate(double rate) { m_rate = rate; }
    const QList<FaultKind>& kinds() const { return m_kinds; }
    void setKinds(const QList<FaultKind>& kinds) { m_kinds = kinds; }
    quint64 seed() const { return m_seed; }
    void setSeed(quint64 seed) { m_seed = seed; }
    /// The longest Retry-After a status fault asks for (fractional seconds, drawn in [10%, 100%] of it).
    int maxRetryAfterMs() const { return m_maxRetryAfterMs; }
    void setMaxRetryAfterMs(int ms) { m_maxRetryAfterMs = ms; }
    /// The pause between two pieces of a slow drip, and the number of pieces.
    int dripIntervalMs() const { return m_dripIntervalMs; }
    void setDripIntervalMs(int ms) { m_dripIntervalMs = ms; }
    int dripPieces() const { return m_dripPieces; }
    void setDripPieces(int pieces) { m_dripPieces = pieces; }

    /**
     * @brief Draws the fate of an answer to @p requestKey (method and target).
     * @param jsonBody the answer is JSON (malformed JSON applies)
     * @param bodyBytes size of the normal answer's body (the wire faults need at least 2 bytes)
     * @param batchItem the answer is an item inside a `$batch` (status faults only)
     */
    Decision decide(const QByteArray& requestKey, bool jsonBody, qint64 bodyBytes, bool batchItem);

    /// Forgets how many times each request was seen (the next run starts the same sequence again).
    void reset() { m_seen.clear(); }

private:
    double m_rate = 0;
    QList<FaultKind> m_kinds;
    quint64 m_seed = 1;
    int m_maxRetryAfterMs = 500;
    int m_dripIntervalMs = 40;
    int m_dripPieces = 8;
    QHash<QByteArray, quint32> m_seen;
};

} // namespace Portrait
