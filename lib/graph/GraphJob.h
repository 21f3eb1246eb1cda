#pragma once

#include "base/GraphError.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>
#include <utility>

class QNetworkReply;

Q_DECLARE_LOGGING_CATEGORY(lcGraph)

namespace Portrait {

class GraphClient;

/// Extra request headers, e.g. `ConsistencyLevel: eventual`.
using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

/// One HTTP answer as a job sees it. `error` is set for every non-2xx answer and every failure.
struct GraphResponse
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; ///< names lower-cased
    QUrl url;
    GraphError error;

    bool ok() const { return !error.isError(); }
    QByteArray header(const QByteArray& lowerName) const { return headers.value(lowerName); }
};

/**
 * @brief Base of every Graph operation (CONTRIBUTING.md, "A Graph job").
 *
 * start() returns at once; the work begins on the next turn of the event loop. finished() is emitted
 * exactly once, never synchronously from start(), through emitFinished(). error() and the subclass's
 * results are valid only after finished(). The caller owns the job (parent it, or deleteLater() it in the
 * finished handler).
 *
 * The base owns the cross-cutting work: the token (asked of the client's TokenProvider, attached only to
 * the Graph origin, renewed once after a 401), the origin check of every URL and redirect, the transfer
 * timeout, the body size limits, and mapping HTTP failures to GraphError with Graph's code and request-id.
 */
class GraphJob : public QObject
{
    Q_OBJECT

public:
    explicit GraphJob(GraphClient* client, QObject* parent = nullptr);
    ~GraphJob() override;

    /// Starts the job on the next event-loop turn. Calling it twice does nothing.
    void start();
    /// Stops the job; finished() follows with a Cancelled error unless it already finished.
    void abort();

    bool isFinished() const { return m_finished; }
    /// Valid after finished().
    const GraphError& error() const { return m_error; }
    bool hasError() const { return m_error.isError(); }
    /// When the latest request of this job left (the client's clock, ms), or -1 before the first: see sent().
    qint64 sentAtMs() const { return m_sentAtMs; }
    /**
     * @brief The next retry of this job's request spends no attempt: its throttle was the client's own timing (the
     * RequestScheduler sent it to arrive as another ended), not Graph's budget, so it must not end in an error.
     */
    void spareNextAttempt() { m_spareNextAttempt = true; }
    /**
     * @brief Whether a 429 is retried here after its Retry-After (default true). The RequestScheduler turns it off
     * for the reads it sends alone: it retries them itself, when a slot is free for them, as a request sent on its own
     * timer would be one too many on Graph's slots (and throttled again, and again).
     */
    void setRetryThrottles(bool on) { m_retryThrottles = on; }

    /// The most pixels a photo may have: more is refused before decoding (decompression bombs).
    static constexpr qint64 maxImagePixels = 64LL * 1000 * 1000;

signals:
    /// Emitted exactly once.
    void finished(Portrait::GraphJob* job);
    /// A request of this job left: once when it is handed to the network stack (a token in hand), and again
    /// when Qt reports it written to the socket. sentAtMs() is the latest of these times.
    void sent(Portrait::GraphJob* job);

protected:
    enum class BodyKind
    {
        Json,
        Image
    };
    using ResponseHandler = std::function<void(const GraphResponse&)>;

    /// The job's work; called once, from the event loop, after start().
    virtual void run() = 0;
    /// abort() was called: nothing may leave any more (finished() is on its way).
    bool wasAborted() const { return m_aborted; }
    /**
     * @brief The wait before sending again after @p error, or -1 to give up, under the client's retry policy; counts
     * the attempt in @p attempts unless the RequestScheduler said the throttle was its own timing (spareNextAttempt()),
     * and says so (log, GraphClient::retrying()). The retries here and a job's own (PhotoWriteJob's re-admission).
     */
    qint64 retryDelayMs(const QUrl& url, const GraphError& error, int* attempts);

    /**
     * @brief GETs @p url and calls @p onDone with the answer (exactly once, unless the job is aborted).
     *
     * A @p url outside the Graph origin is refused without sending anything (GraphError::Kind::Security).
     */
    void get(const QUrl& url, const HeaderList& headers, BodyKind bodyKind, ResponseHandler onDone);
    /**
     * @brief POSTs JSON @p body to @p url (used for `$batch`, whose inner requests are all GETs, so it is as
     * safe to retry as they are). Same origin rule, token handling and retries as get().
     */
    void postJson(const QUrl& url, const QByteArray& body, ResponseHandler onDone);

    /// The two writes Graph has for photos.
    enum class WriteVerb
    {
        Put,
        Delete,
    };
    /**
     * @brief Sends one write: PUT of @p body (as @p contentType) or DELETE, to @p url. Same origin rule and token
     * handling as get(), but resent only when Graph surely did not act on it: a 429 or 503 (after their
     * Retry-After), or a connection that was never made. A write whose answer was lost (a timeout, a broken
     * connection, a 500, 502 or 504) may have been carried out: it comes back to @p onDone as it is, and the
     * caller finds out from the photo itself (writeOutcomeUnknown()).
     */
    void write(WriteVerb verb, const QUrl& url, const QByteArray& contentType, const QByteArray& body,
               ResponseHandler onDone);
    /// Whether a write that failed with @p error may have been carried out all the same (its answer was lost).
    static bool writeOutcomeUnknown(const GraphError& error);
    void setError(const GraphError& error) { m_error = error; }
    /**
     * @brief Sends the request whose answer was just handed to a ResponseHandler again, when @p error (found
     * in its body: malformed JSON, a page that does not parse) is retryable and attempts remain. Call it from
     * that handler only; returns false (and does nothing) when the error is final.
     */
    bool retryLast(const GraphError& error);
    /// The one exit: emits finished() exactly once.
    void emitFinished();
    GraphClient* client() const;

private:
    struct Request
    {
        QUrl url;
        HeaderList headers;
        QByteArray verb = QByteArrayLiteral("GET"); ///< GET, POST, PUT or DELETE
        QByteArray postBody; ///< the body of a POST or PUT
        BodyKind bodyKind = BodyKind::Json;
        ResponseHandler onDone;
        int redirects = 0;
        int attempts = 0;
        bool tokenRenewed = false;
        bool neverArrived = false; ///< the last attempt failed before a connection was made
        GraphError unauthorized; ///< the 401 that made us renew the token, reported if renewal fails

        /// A write to the directory (PUT or DELETE): resent only where Graph surely did not act on it.
        bool isWrite() const { return verb == "PUT" || verb == "DELETE"; }
    };

    void send(std::shared_ptr<Request> request, bool forceRefresh);
    /// Schedules @p request again after the policy's delay; false when @p error is final or attempts ran out.
    bool scheduleRetry(const std::shared_ptr<Request>& request, const GraphError& error);
    void sendWithToken(std::shared_ptr<Request> request, const QString& token);
    void handleReply(QNetworkReply* reply, std::shared_ptr<Request> request);
    /// A `truncated` error when the body is shorter than its Content-Length (any status), else no error.
    static GraphError cutShort(const GraphResponse& response);
    /// Marks a 2xx answer as failed when its body is not the image it should be.
    void checkBody(GraphResponse& response, BodyKind bodyKind) const;

    QPointer<GraphClient> m_client;
    QPointer<QNetworkReply> m_reply;
    std::shared_ptr<Request> m_last; ///< the request whose answer the current ResponseHandler holds
    GraphError m_error;
    qint64 m_sentAtMs = -1;
    bool m_spareNextAttempt = false;
    bool m_retryThrottles = true;
    bool m_started = false;
    bool m_finished = false;
    bool m_aborted = false; ///< abort() was called: no request leaves any more
};

} // namespace Portrait
