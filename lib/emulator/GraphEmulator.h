#pragma once

#include "emulator/AccessGrant.h"
#include "emulator/DemoTenantTypes.h"
#include "emulator/FaultPlan.h"
#include "emulator/LatencyModel.h"
#include "emulator/RequestRecord.h"
#include "emulator/TokenEndpoint.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>
#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace Portrait {

class DemoTenant;
class EmulatorRequest;
class GraphRequestHandler;
class PhotoCapacity;
struct EmulatorReply;

/**
 * @brief The service model of the emulator (docs/ARCHITECTURE.md#testing, BENCHMARKS.md): a round trip
 * added to every exchange, a service time per photo operation, and Graph's limit on concurrent photo
 * operations per app, beyond which operations get 429 `ApplicationThrottled` with a fractional Retry-After.
 * Where the round trip falls is the latency model (LatencyModel). All zero: answer at once, no limit (the
 * default for tests).
 */
struct EmulatorLimits
{
    int rttMs = 0; ///< added to each HTTP exchange, where `latency` says
    LatencyKind latency = LatencyKind::Split; ///< where the round trip falls
    double transferMBPerS = 80.0; ///< LatencyKind::Transfer: how fast an answer arrives
    int jitterMs = 5; ///< LatencyKind::Jitter: the most the round trip moves either way (half on each half)
    quint64 latencySeed = 1; ///< LatencyKind::Jitter: the seed of its delays
    int photoServiceMs = 0; ///< per photo read, including each $batch item
    int photoWriteServiceMs = 0; ///< per photo write (PUT, PATCH or DELETE of `photo/$value`)
    int photoConcurrency = 0; ///< photo operations at once per app; 0 means unlimited
    int batchParallelism = 4; ///< $batch items a batch executes at once (Outlook: 4)
};

/**
 * @brief A local Microsoft Graph: serves a DemoTenant over real HTTP on 127.0.0.1.
 *
 * The client cannot tell it from Graph except by its URL: same paths (/v1.0 and /beta), headers,
 * paging, error bodies and photo behaviour (see GraphRequestHandler). It binds only to the loopback
 * interface. Every request needs `Authorization: Bearer <accessToken()>`.
 *
 * Responses are produced as data first and written through a responder held in a shared pointer,
 * so they can be delayed (setResponseDelay()) without blocking other connections; latency,
 * throttling and fault plans plug in at that point.
 */
class GraphEmulator : public QObject
{
    Q_OBJECT

public:
    /** @brief Creates the emulator and its tenant; call listen() to start serving. */
    explicit GraphEmulator(const DemoTenantOptions& options = {}, QObject* parent = nullptr);
    ~GraphEmulator() override;

    /**
     * @brief Starts listening on 127.0.0.1.
     * @param port the port, or 0 to let the system pick a free one (see port()).
     * @return false when the port cannot be bound.
     */
    bool listen(quint16 port = 0);
    /** @brief True after a successful listen(). */
    bool isListening() const { return m_port != 0; }
    /** @brief The port listened on, 0 before listen(). */
    quint16 port() const { return m_port; }
    /** @brief `http://127.0.0.1:<port>`. */
    QUrl baseUrl() const;
    /** @brief The Graph root for an API version, e.g. `http://127.0.0.1:<port>/v1.0`. */
    QUrl graphRoot(const QString& version = QStringLiteral("v1.0")) const;

    /**
     * @brief Also serves HTTPS on 127.0.0.1, with a self-signed certificate generated now (SelfSignedCertificate).
     * Same tenant, same answers, same fault plan; links in answers use the https origin the client used.
     * @return false (with @p error) when the certificate cannot be made or the port cannot be bound.
     */
    bool listenHttps(quint16 port = 0, QString* error = nullptr);
    /** @brief The HTTPS port, 0 before listenHttps(). */
    quint16 httpsPort() const { return m_httpsPort; }
    /** @brief `https://127.0.0.1:<httpsPort>`. */
    QUrl httpsBaseUrl() const;
    /** @brief The HTTPS Graph root, e.g. `https://127.0.0.1:<httpsPort>/v1.0`. */
    QUrl httpsGraphRoot(const QString& version = QStringLiteral("v1.0")) const;
    /** @brief The PEM of the HTTPS certificate (what clients must trust explicitly), empty before listenHttps(). */
    QByteArray certificatePem() const { return m_certificatePem; }

    /** @brief The bearer token requests must carry (default "portrait-demo-token"). */
    QString accessToken() const;
    /**
     * @brief Changes the expected bearer token and what it allows (by default every permission, delegated);
     * affects the following requests. Photo writes check the grant (AccessGrant).
     */
    void setAccessToken(const QString& token, const AccessGrant& grant = AccessGrant::unrestricted());
    /** @brief What the expected token allows. */
    AccessGrant accessGrant() const;

    /** @brief The identity endpoints (`/{tenant}/oauth2/v2.0/...`); tests configure clients and scripts here. */
    TokenEndpoint& tokenEndpoint() { return *m_tokens; }

    /** @brief The tenant served; tests may change it between requests. */
    DemoTenant& tenant() { return *m_tenant; }
    /** @brief The tenant served. */
    const DemoTenant& tenant() const { return *m_tenant; }

    /** @brief Delays every response by @p delay (0 = answer at once) without blocking other requests. */
    void setResponseDelay(std::chrono::milliseconds delay) { m_responseDelay = delay; }
    /** @brief The current response delay. */
    std::chrono::milliseconds responseDelay() const { return m_responseDelay; }

    /** @brief Sets the latency and throttling model (see EmulatorLimits). */
    void setLimits(const EmulatorLimits& limits);
    /** @brief The latency and throttling model in force. */
    const EmulatorLimits& limits() const { return m_limits; }
    /** @brief The most photo operations that ever ran at once. */
    int peakPhotoOpsInFlight() const;
    /** @brief Photo operations served (admitted or throttled) since construction. */
    quint64 photoOpCount() const { return m_photoOps; }
    /** @brief Photo operations answered 429 for the concurrency limit since construction. */
    quint64 throttledOpCount() const { return m_throttledOps; }
    /**
     * @brief Injects faults (see FaultPlan) into the following answers; a default FaultPlan turns them off.
     * The identity endpoints are never faulty.
     */
    void setFaultPlan(const FaultPlan& plan) { m_faults = plan; }
    /** @brief The fault plan in force. */
    const FaultPlan& faultPlan() const { return m_faults; }
    /** @brief Faults injected since construction, $batch items included. */
    quint64 faultCount() const { return m_faultTotal; }
    /** @brief Faults of @p kind injected since construction. */
    quint64 faultCount(FaultKind kind) const { return m_faultCounts.value(int(kind)); }

    /** @brief Base64 alphabet of photo bodies inside $batch answers (standard unless a test says otherwise). */
    void setBatchUrlSafeBase64(bool urlSafe) { m_batchUrlSafe = urlSafe; }

    /** @brief The most recent requests served, oldest first (at most requestLogLimit() of them). */
    QList<RequestRecord> requestLog() const { return m_log; }
    /** @brief Forgets the logged requests. */
    void clearRequestLog() { m_log.clear(); }
    /** @brief How many requests the log keeps (default 10000). */
    qsizetype requestLogLimit() const { return m_logLimit; }
    /** @brief Changes how many requests the log keeps. */
    void setRequestLogLimit(qsizetype limit);
    /** @brief Number of requests served since construction (not reset by clearRequestLog()). */
    quint64 requestCount() const { return m_requestCount; }
    /** @brief The logged requests that wrote or tried to write (PUT, PATCH or DELETE), oldest first. */
    QList<RequestRecord> writeRequests() const;
    /**
     * @brief Write requests (PUT, PATCH, DELETE) received since construction, whatever their answer (not reset by
     * clearRequestLog()): a plan that must not write asserts this stays unchanged.
     */
    quint64 writeRequestCount() const { return m_writeCount; }

signals:
    /** @brief Emitted once per request, after its response was written. */
    void requestServed(const Portrait::RequestRecord& record);

private:
    void onRequest(const QHttpServerRequest& request, QHttpServerResponder&& responder, bool https);
    void process(const EmulatorRequest& request, const std::shared_ptr<QHttpServerResponder>& responder,
                 qint64 startedNs, const LatencyTrip& trip);
    void processBatch(const EmulatorRequest& request, const std::shared_ptr<QHttpServerResponder>& responder,
                      qint64 startedNs, const LatencyTrip& trip);
    EmulatorReply throttledReply(const EmulatorRequest& request, double retryAfterSeconds) const;
    /// 424 for a batch item whose dependency (the item @p dependency) failed.
    static EmulatorReply failedDependencyReply(const QString& dependency);
    RequestRecord recordFor(const EmulatorRequest& request, const EmulatorReply& reply) const;
    /// Answers after @p serviceMs more of the modelled server's work and the latency model's way back.
    void deliverLater(const std::shared_ptr<QHttpServerResponder>& responder, const EmulatorReply& reply,
                      RequestRecord record, qint64 startedNs, const LatencyTrip& trip, qint64 serviceMs);
    static bool isPhotoOperation(const EmulatorRequest& request);
    qint64 nowMs() const;
    /// When a request received at @p startedNs reaches the modelled server (@p inboundMs later), in nowMs() time.
    qint64 arrivalMs(qint64 startedNs, qint64 inboundMs) const;
    void deliver(const std::shared_ptr<QHttpServerResponder>& responder, const EmulatorReply& reply,
                 RequestRecord record, qint64 startedNs);
    /// Writes @p reply as the fault @p decision says (the wire faults bypass QHttpServerResponse).
    void writeFaulty(const std::shared_ptr<QHttpServerResponder>& responder, const EmulatorReply& reply,
                     const FaultPlan::Decision& decision);
    void countFault(FaultKind kind);

    std::unique_ptr<DemoTenant> m_tenant;
    std::unique_ptr<GraphRequestHandler> m_handler;
    std::unique_ptr<TokenEndpoint> m_tokens = std::make_unique<TokenEndpoint>();
    QHttpServer* m_server = nullptr;
    quint16 m_port = 0;
    QHttpServer* m_httpsServer = nullptr;
    quint16 m_httpsPort = 0;
    QByteArray m_certificatePem;
    std::chrono::milliseconds m_responseDelay{0};
    EmulatorLimits m_limits;
    LatencyModel m_latency;
    std::unique_ptr<PhotoCapacity> m_capacity;
    quint64 m_photoOps = 0;
    quint64 m_throttledOps = 0;
    quint64 m_batchCount = 0;
    bool m_batchUrlSafe = false;
    FaultPlan m_faults;
    quint64 m_faultTotal = 0;
    QHash<int, quint64> m_faultCounts;
    QList<RequestRecord> m_log;
    qsizetype m_logLimit = 10000;
    quint64 m_requestCount = 0;
    quint64 m_writeCount = 0;
};

} // namespace Portrait
