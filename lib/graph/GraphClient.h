#pragma once

#include "base/Clock.h"
#include "base/Cloud.h"
#include "base/TokenProvider.h"
#include "graph/RetryPolicy.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace Portrait {

class RequestScheduler;

/**
 * @brief The connection to one Graph root: its QNetworkAccessManagers, the token source and the limits.
 *
 * Jobs (GraphJob subclasses) take a GraphClient and send everything through send(). The token is attached
 * only to requests whose origin is the root's (scheme, host, port); anything else is refused before it is
 * sent. The manager is injected (tests pass a scenario fake: then every request goes through it) or created
 * and owned here, with connectionManagers() managers in all (docs/ARCHITECTURE.md#connections).
 */
class GraphClient : public QObject
{
    Q_OBJECT

public:
    /// @p network may be null: the client then creates and owns its manager. @p tokens is not owned.
    GraphClient(const GraphRoot& root, TokenProvider* tokens, QNetworkAccessManager* network = nullptr,
                QObject* parent = nullptr);
    ~GraphClient() override;

    const GraphRoot& root() const { return m_root; }
    /// The first manager (the only one when it was injected).
    QNetworkAccessManager* network() const { return m_networks.first(); }
    /// How many managers requests are spread over.
    int connectionManagers() const { return int(m_networks.size()); }
    /// Managers a client that makes its own uses: three, for up to 18 connections to an HTTP/1.1 server.
    static constexpr int ownedManagers = 3;

    /**
     * @brief Sends @p request with @p verb (GET, PUT, POST, DELETE) and @p body on the manager with the fewest
     * requests on the wire, and returns its reply (owned by the caller, like QNetworkAccessManager's).
     *
     * Qt 6.4 opens at most 6 connections to a host per manager over HTTP/1.1, and a request holds its connection
     * for its round trip and the server's service; a photo upload (a round trip and the upload's service) then
     * keeps fewer than 4 uploads on Graph's 4 slots. Over HTTP/2, which Qt negotiates with Graph over TLS, each
     * manager is one multiplexed connection and the spread costs two extra connections, nothing else.
     */
    QNetworkReply* send(const QByteArray& verb, const QNetworkRequest& request, const QByteArray& body = {});
    /// Requests on the wire now on each manager, in the order of the managers (for tests and logs).
    QList<int> requestsOnTheWire() const { return m_onTheWire; }
    TokenProvider* tokenProvider() const { return m_tokens; }

    /// Milliseconds without progress after which a transfer fails (QNetworkRequest::setTransferTimeout).
    int transferTimeoutMs() const { return m_transferTimeoutMs; }
    void setTransferTimeoutMs(int ms) { m_transferTimeoutMs = ms; }
    /// Redirects followed within the Graph origin before giving up.
    int maxRedirects() const { return m_maxRedirects; }
    void setMaxRedirects(int count) { m_maxRedirects = count; }
    /// Largest JSON body accepted, in bytes.
    qint64 maxJsonBytes() const { return m_maxJsonBytes; }
    void setMaxJsonBytes(qint64 bytes) { m_maxJsonBytes = bytes; }
    /// Largest image body accepted, in bytes (Graph limits uploads to 4 MB).
    qint64 maxImageBytes() const { return m_maxImageBytes; }
    void setMaxImageBytes(qint64 bytes) { m_maxImageBytes = bytes; }
    /// Most pages one listing job follows before it stops with an error.
    int maxPages() const { return m_maxPages; }
    void setMaxPages(int pages) { m_maxPages = pages; }

    /// Certificate authorities trusted for https in addition to the system's (ConnectionOptions::caCertificateFile).
    const QList<QSslCertificate>& caCertificates() const { return m_caCertificates; }
    void setCaCertificates(const QList<QSslCertificate>& certificates) { m_caCertificates = certificates; }

    /// The one retry policy of the client (every GET of every job goes through it).
    const RetryPolicy& retryPolicy() const { return m_retryPolicy; }
    void setRetryPolicy(const RetryPolicy& policy) { m_retryPolicy = policy; }
    /// Injected time; the system clock unless a test sets another (not owned).
    Clock* clock() const { return m_clock; }
    void setClock(Clock* clock) { m_clock = clock ? clock : Clock::system(); }
    /// A uniform number in [0, 1) for backoff jitter (seeded per client, reproducible with setJitterSeed()).
    double nextJitter();
    void setJitterSeed(quint32 seed) { m_jitterState = seed ? seed : 1; }

    /// The one RequestScheduler of this connection (RequestScheduler::of() makes it), or null.
    RequestScheduler* scheduler() const;
    void setScheduler(RequestScheduler* scheduler);

    /// The QImageReader allocation limit every GraphClient sets for the process (MiB for maxImagePixels in ARGB32).
    static int imageAllocationLimitMb();

    /// The User-Agent sent with every request.
    static QByteArray userAgent();

signals:
    /// Graph answered @p url with 429 (or 503 with Retry-After); @p retryAfterSeconds is -1 when it did not say.
    void throttled(const QUrl& url, double retryAfterSeconds);
    /// A request is sent again after @p delayMs (for logs and progress).
    void retrying(const QUrl& url, int attempt, qint64 delayMs, const QString& reason);

private:
    GraphRoot m_root;
    QPointer<TokenProvider> m_tokens;
    QPointer<QObject> m_scheduler; ///< a RequestScheduler
    QList<QNetworkAccessManager*> m_networks; ///< never empty
    QList<int> m_onTheWire; ///< requests on the wire per manager
    int m_transferTimeoutMs = 60000;
    int m_maxRedirects = 5;
    qint64 m_maxJsonBytes = 32 * 1024 * 1024;
    qint64 m_maxImageBytes = 16 * 1024 * 1024;
    int m_maxPages = 100000;
    RetryPolicy m_retryPolicy;
    QList<QSslCertificate> m_caCertificates;
    Clock* m_clock = Clock::system();
    quint32 m_jitterState = 0x9E3779B9u;
};

} // namespace Portrait
