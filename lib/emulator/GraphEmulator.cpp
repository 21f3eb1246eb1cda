#include "GraphEmulator.h"

#include "emulator/BatchRequest.h"
#include "emulator/DemoTenant.h"
#include "emulator/EmulatorLogging.h"
#include "emulator/EmulatorReply.h"
#include "emulator/EmulatorRequest.h"
#include "emulator/GraphRequestHandler.h"
#include "emulator/PhotoCapacity.h"
#include "emulator/SelfSignedCertificate.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace Portrait {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

/// A Graph error answer for a status fault (429, 503 or 504), shaped like Graph's (docs/GRAPH.md#throttling).
EmulatorReply statusFaultReply(FaultKind kind, const QByteArray& clientRequestIdIn, double retryAfterSeconds)
{
    const int status = FaultPlan::statusOf(kind);
    const QString code = status == 429 ? QStringLiteral("TooManyRequests")
        : status == 503                ? QStringLiteral("serviceNotAvailable")
                                       : QStringLiteral("GatewayTimeout");
    const QString message = status == 429 ? QStringLiteral("Too many requests.")
        : status == 503                   ? QStringLiteral("The service is temporarily unavailable. Try again later.")
                                          : QStringLiteral("The gateway did not receive a timely response.");
    const QByteArray requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const QByteArray clientRequestId
        = clientRequestIdIn.isEmpty() ? QUuid::createUuid().toByteArray(QUuid::WithoutBraces) : clientRequestIdIn;
    const QJsonObject body{
        {QStringLiteral("error"),
         QJsonObject{{QStringLiteral("code"), code},
                     {QStringLiteral("message"), message},
                     {QStringLiteral("innerError"),
                      QJsonObject{{QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                                  {QStringLiteral("request-id"), QString::fromLatin1(requestId)},
                                  {QStringLiteral("client-request-id"), QString::fromLatin1(clientRequestId)}}}}}};
    EmulatorReply reply;
    reply.status = status;
    reply.contentType = QByteArrayLiteral("application/json");
    reply.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    reply.errorCode = code.toLatin1();
    if (retryAfterSeconds >= 0) {
        reply.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfterSeconds, 'f', 3));
    }
    reply.setHeader(QByteArrayLiteral("request-id"), requestId);
    reply.setHeader(QByteArrayLiteral("client-request-id"), clientRequestId);
    return reply;
}

bool isWriteMethod(const QByteArray& method)
{
    return method == "PUT" || method == "PATCH" || method == "DELETE";
}

bool isJson(const EmulatorReply& reply)
{
    return reply.contentType.startsWith("application/json");
}

qint64 monotonicNs()
{
    static QElapsedTimer clock;
    if (!clock.isValid()) {
        clock.start();
    }
    return clock.nsecsElapsed();
}

} // namespace

GraphEmulator::GraphEmulator(const DemoTenantOptions& options, QObject* parent)
    : QObject(parent)
    , m_tenant(std::make_unique<DemoTenant>(options))
    , m_handler(std::make_unique<GraphRequestHandler>(*m_tenant))
    , m_server(new QHttpServer(this))
    , m_capacity(std::make_unique<PhotoCapacity>(0))
{
    // Tokens the identity endpoints issue are the ones Graph accepts from then on.
    m_tokens->setIssuedTokenHandler(
        [this](const QString& token, const AccessGrant& grant) { setAccessToken(token, grant); });
    // No routes: every request reaches the missing handler, which dispatches like Graph does.
    m_server->setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        onRequest(request, std::move(responder), false);
    });
}

GraphEmulator::~GraphEmulator() = default;

bool GraphEmulator::listen(quint16 port)
{
    if (m_port != 0) {
        return port == 0 || port == m_port;
    }
    m_port = m_server->listen(QHostAddress::LocalHost, port);
    return m_port != 0;
}

QUrl GraphEmulator::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

bool GraphEmulator::listenHttps(quint16 port, QString* error)
{
    if (m_httpsPort != 0) {
        return port == 0 || port == m_httpsPort;
    }
    QString why;
    const SelfSignedCertificate generated
        = SelfSignedCertificate::generate(QStringLiteral("Portrait Graph emulator"), 30, &why);
    const QSslCertificate certificate(generated.certificatePem, QSsl::Pem);
    const QSslKey key(generated.privateKeyPem, QSsl::Ec, QSsl::Pem);
    if (generated.isNull() || certificate.isNull() || key.isNull()) {
        if (error) {
            *error = why.isEmpty() ? QStringLiteral("the generated certificate or key does not load") : why;
        }
        return false;
    }
    auto* server = new QHttpServer(this);
    server->setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        onRequest(request, std::move(responder), true);
    });
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(certificate);
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
    server->sslSetup(tls);
    m_httpsPort = server->listen(QHostAddress::LocalHost, port);
    if (m_httpsPort == 0) {
        delete server;
        if (error) {
            *error = QStringLiteral("cannot listen on 127.0.0.1:%1").arg(port);
        }
        return false;
    }
    m_httpsServer = server;
    m_certificatePem = generated.certificatePem;
    return true;
}

QUrl GraphEmulator::httpsBaseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_httpsPort);
    return url;
}

QUrl GraphEmulator::httpsGraphRoot(const QString& version) const
{
    QUrl url = httpsBaseUrl();
    url.setPath(u'/' + version);
    return url;
}

QUrl GraphEmulator::graphRoot(const QString& version) const
{
    QUrl url = baseUrl();
    url.setPath(u'/' + version);
    return url;
}

QString GraphEmulator::accessToken() const
{
    return m_handler->accessToken();
}

void GraphEmulator::setAccessToken(const QString& token, const AccessGrant& grant)
{
    m_handler->setAccessToken(token, grant);
}

AccessGrant GraphEmulator::accessGrant() const
{
    return m_handler->grant();
}

QList<RequestRecord> GraphEmulator::writeRequests() const
{
    QList<RequestRecord> writes;
    for (const RequestRecord& record : m_log) {
        if (record.isWrite()) {
            writes.append(record);
        }
    }
    return writes;
}

void GraphEmulator::setRequestLogLimit(qsizetype limit)
{
    m_logLimit = qMax<qsizetype>(0, limit);
    if (m_log.size() > m_logLimit) {
        m_log.remove(0, m_log.size() - m_logLimit);
    }
}

void GraphEmulator::setLimits(const EmulatorLimits& limits)
{
    m_limits = limits;
    m_latency = LatencyModel(
        LatencySettings{limits.latency, limits.rttMs, limits.transferMBPerS, limits.jitterMs, limits.latencySeed});
    m_capacity->setLimit(limits.photoConcurrency);
}

int GraphEmulator::peakPhotoOpsInFlight() const
{
    return m_capacity->peak();
}

qint64 GraphEmulator::nowMs() const
{
    return monotonicNs() / 1000000;
}

qint64 GraphEmulator::arrivalMs(qint64 startedNs, qint64 inboundMs) const
{
    // Received at startedNs, it reaches the modelled server inboundMs later, whenever our own event loop gets
    // to it: building a 999-user page here must not make Graph's photo service start a batch late.
    return qMin(nowMs(), startedNs / 1000000 + inboundMs);
}

bool GraphEmulator::isPhotoOperation(const EmulatorRequest& request)
{
    // Every /photo and /photos request is an Outlook-backed photo operation
    // (docs/GRAPH.md#the-outlook-limit-4-at-once).
    const QByteArray path = request.rawPath.toLower();
    return path.contains("/photo/") || path.endsWith("/photo") || path.contains("/photos");
}

void GraphEmulator::onRequest(const QHttpServerRequest& request, QHttpServerResponder&& responder, bool https)
{
    const qint64 started = monotonicNs();
    EmulatorRequest emulatorRequest;
    emulatorRequest.method = methodName(request.method());
    const QUrl url = request.url();
    emulatorRequest.rawPath = url.path(QUrl::FullyEncoded).toLatin1();
    emulatorRequest.rawQuery = url.query(QUrl::FullyEncoded).toLatin1();
    emulatorRequest.headers = request.headers();
    emulatorRequest.body = request.body();
    const QByteArray host = emulatorRequest.header("Host");
    if (https) {
        emulatorRequest.origin
            = host.isEmpty() ? httpsBaseUrl().toString() : QStringLiteral("https://") + QString::fromLatin1(host);
    } else {
        emulatorRequest.origin
            = host.isEmpty() ? baseUrl().toString() : QStringLiteral("http://") + QString::fromLatin1(host);
    }

    auto shared = std::make_shared<QHttpServerResponder>(std::move(responder));
    const LatencyTrip trip = m_latency.next();
    if (trip.inboundMs > 0) {
        // The request is still on its way: the server sees it when the latency model says.
        QTimer::singleShot(
            std::chrono::milliseconds(trip.inboundMs), Qt::PreciseTimer, this,
            [this, emulatorRequest, shared, started, trip]() { process(emulatorRequest, shared, started, trip); });
    } else {
        process(emulatorRequest, shared, started, trip);
    }
}

RequestRecord GraphEmulator::recordFor(const EmulatorRequest& request, const EmulatorReply& reply) const
{
    RequestRecord record;
    record.method = request.method;
    record.target = request.target();
    record.headers = request.headers;
    record.hasAuthorization = request.hasHeader("Authorization");
    record.authorized = reply.status != 401;
    record.consistencyLevel = request.header("ConsistencyLevel");
    record.clientRequestId = reply.header("client-request-id");
    record.requestId = reply.header("request-id");
    record.status = reply.status;
    record.errorCode = reply.errorCode;
    record.bodyBytes = reply.body.size();
    record.receivedAt = QDateTime::currentDateTimeUtc();
    return record;
}

EmulatorReply GraphEmulator::failedDependencyReply(const QString& dependency)
{
    EmulatorReply reply;
    reply.status = 424;
    reply.contentType = QByteArrayLiteral("application/json");
    reply.errorCode = QByteArrayLiteral("FailedDependency");
    reply.body = QJsonDocument(QJsonObject{{QStringLiteral("error"),
                                            QJsonObject{{QStringLiteral("code"), QStringLiteral("FailedDependency")},
                                                        {QStringLiteral("message"),
                                                         QStringLiteral("Request %1 failed.").arg(dependency)}}}})
                     .toJson(QJsonDocument::Compact);
    return reply;
}

EmulatorReply GraphEmulator::throttledReply(const EmulatorRequest& request, double retryAfterSeconds) const
{
    const QByteArray requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    QByteArray clientRequestId = request.header("client-request-id");
    if (clientRequestId.isEmpty()) {
        clientRequestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    }
    const QString date = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QJsonObject body{
        {QStringLiteral("error"),
         QJsonObject{{QStringLiteral("code"), QStringLiteral("ApplicationThrottled")},
                     {QStringLiteral("message"), QStringLiteral("Application is over its MailboxConcurrency limit.")},
                     {QStringLiteral("innerError"),
                      QJsonObject{{QStringLiteral("date"), date},
                                  {QStringLiteral("request-id"), QString::fromLatin1(requestId)},
                                  {QStringLiteral("client-request-id"), QString::fromLatin1(clientRequestId)}}}}}};
    EmulatorReply reply;
    reply.status = 429;
    reply.contentType = QByteArrayLiteral("application/json");
    reply.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    reply.errorCode = QByteArrayLiteral("ApplicationThrottled");
    reply.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfterSeconds, 'f', 3));
    reply.setHeader(QByteArrayLiteral("request-id"), requestId);
    reply.setHeader(QByteArrayLiteral("client-request-id"), clientRequestId);
    return reply;
}

void GraphEmulator::process(const EmulatorRequest& request, const std::shared_ptr<QHttpServerResponder>& responder,
                            qint64 startedNs, const LatencyTrip& trip)
{
    if (isWriteMethod(request.method)) {
        ++m_writeCount;
    }
    const QByteArray path = request.rawPath.toLower();
    if (request.method == "POST" && path.endsWith("/$batch")) {
        processBatch(request, responder, startedNs, trip);
        return;
    }
    if (!isPhotoOperation(request)) {
        const EmulatorReply reply
            = TokenEndpoint::isIdentityPath(request.rawPath) ? m_tokens->handle(request) : m_handler->handle(request);
        deliverLater(responder, reply, recordFor(request, reply), startedNs, trip, 0);
        return;
    }
    ++m_photoOps;
    // Writes share the Outlook limit with reads, with their own service time.
    const qint64 serviceMs = isWriteMethod(request.method) ? m_limits.photoWriteServiceMs : m_limits.photoServiceMs;
    const qint64 now = arrivalMs(startedNs, trip.inboundMs);
    m_capacity->prune(now - 1);
    const int running = m_capacity->inFlightAt(now);
    if (!m_capacity->tryReserve(now, serviceMs)) {
        ++m_throttledOps;
        const double retryAfter = qMax<qint64>(1, m_capacity->nextFreeAt(now) - now) / 1000.0;
        const EmulatorReply reply = throttledReply(request, retryAfter);
        RequestRecord record = recordFor(request, reply);
        record.photoOps = 1;
        record.photoOpsInFlight = running;
        record.throttledOps = 1;
        deliverLater(responder, reply, record, startedNs, trip, 0);
        return;
    }
    const EmulatorReply reply = m_handler->handle(request);
    RequestRecord record = recordFor(request, reply);
    record.photoOps = 1;
    record.photoOpsInFlight = running + 1;
    deliverLater(responder, reply, record, startedNs, trip, qMax<qint64>(0, now + serviceMs - nowMs()));
}

void GraphEmulator::processBatch(const EmulatorRequest& request, const std::shared_ptr<QHttpServerResponder>& responder,
                                 qint64 startedNs, const LatencyTrip& trip)
{
    const QStringList segments = QString::fromLatin1(request.rawPath).split(u'/', Qt::SkipEmptyParts);
    const QString version = segments.isEmpty() ? QStringLiteral("v1.0") : segments.first();

    // The batch itself needs a valid token, like any request: a probe through the handler says so.
    EmulatorRequest probe = request;
    probe.method = "GET";
    probe.rawPath = '/' + version.toLatin1();
    probe.rawQuery.clear();
    const EmulatorReply auth = m_handler->handle(probe);
    if (auth.status == 401) {
        deliverLater(responder, auth, recordFor(request, auth), startedNs, trip, 0);
        return;
    }
    BatchRequest batch;
    QString code;
    QString message;
    if (!batch.parse(request, version, &code, &message)) {
        const QByteArray requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        const QJsonObject body{
            {QStringLiteral("error"),
             QJsonObject{{QStringLiteral("code"), code},
                         {QStringLiteral("message"), message},
                         {QStringLiteral("innerError"),
                          QJsonObject{{QStringLiteral("request-id"), QString::fromLatin1(requestId)}}}}}};
        EmulatorReply reply;
        reply.setHeader(QByteArrayLiteral("request-id"), requestId);
        reply.status = 400;
        reply.contentType = QByteArrayLiteral("application/json");
        reply.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        reply.errorCode = code.toLatin1();
        deliverLater(responder, reply, recordFor(request, reply), startedNs, trip, 0);
        return;
    }

    // Items run at most batchParallelism at once, each needing one of the app's photo slots.
    const qint64 now = arrivalMs(startedNs, trip.inboundMs);
    m_capacity->prune(now - 1);
    std::vector<qint64> workers(size_t(qMax(1, m_limits.batchParallelism)), now);
    QList<EmulatorReply> replies;
    qint64 done = now;
    int photoOps = 0;
    int throttled = 0;
    int peak = 0;
    int itemFaults = 0;
    const auto itemFault = [this, &replies, &itemFaults](const EmulatorRequest& itemRequest) {
        // Each item has its own fate, as inside Graph: only the status faults make sense there.
        EmulatorReply& last = replies.last();
        const FaultPlan::Decision decision = m_faults.decide("item " + itemRequest.method + ' ' + itemRequest.target(),
                                                             isJson(last), last.body.size(), true);
        if (decision.isFault()) {
            last
                = statusFaultReply(*decision.kind, itemRequest.header("client-request-id"), decision.retryAfterSeconds);
            ++itemFaults;
            countFault(*decision.kind);
        }
    };
    // A request that depends on another (`dependsOn`) runs once that one has ended, and not at all when it failed
    // (424): a chain of them runs one at a time, in one of the app's slots.
    const QList<BatchRequest::Item>& items = batch.items();
    std::vector<qint64> endOf(size_t(items.size()), now);
    std::vector<bool> okOf(size_t(items.size()), true);
    for (int index = 0; index < items.size(); ++index) {
        const BatchRequest::Item& item = items.at(index);
        const qint64 after = item.dependsOn >= 0 ? endOf[size_t(item.dependsOn)] : now;
        endOf[size_t(index)] = after;
        if (item.dependsOn >= 0 && !okOf[size_t(item.dependsOn)]) {
            okOf[size_t(index)] = false;
            replies.append(failedDependencyReply(items.at(item.dependsOn).id));
            continue;
        }
        if (!isPhotoOperation(item.request)) {
            replies.append(m_handler->handle(item.request));
            itemFault(item.request);
            okOf[size_t(index)] = replies.last().status / 100 == 2;
            continue;
        }
        ++photoOps;
        ++m_photoOps;
        auto worker = std::min_element(workers.begin(), workers.end());
        const qint64 start = qMax(*worker, after);
        const int running = m_capacity->inFlightAt(start);
        if (!m_capacity->tryReserve(start, m_limits.photoServiceMs)) {
            ++throttled;
            ++m_throttledOps;
            okOf[size_t(index)] = false;
            const double retryAfter = qMax<qint64>(1, m_capacity->nextFreeAt(start) - now) / 1000.0;
            replies.append(throttledReply(item.request, retryAfter));
            peak = qMax(peak, running);
            continue;
        }
        peak = qMax(peak, running + 1);
        *worker = start + qMax(1, m_limits.photoServiceMs); // as long as its reservation: 0 ms still takes 1
        endOf[size_t(index)] = *worker;
        done = qMax(done, *worker);
        replies.append(m_handler->handle(item.request));
        itemFault(item.request);
        okOf[size_t(index)] = replies.last().status / 100 == 2;
    }
    EmulatorReply reply;
    reply.status = 200;
    reply.contentType = QByteArrayLiteral("application/json");
    reply.body
        = batch.response(replies, m_tenant->options().seed * 7919ULL + (++m_batchCount),
                         m_batchUrlSafe ? BatchRequest::Alphabet::UrlSafeNoPadding : BatchRequest::Alphabet::Standard);
    reply.setHeader(QByteArrayLiteral("request-id"), QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    RequestRecord record = recordFor(request, reply);
    record.photoOps = photoOps;
    record.photoOpsInFlight = peak;
    record.throttledOps = throttled;
    record.itemFaults = itemFaults;
    deliverLater(responder, reply, record, startedNs, trip, qMax<qint64>(0, done - nowMs()));
}

void GraphEmulator::deliverLater(const std::shared_ptr<QHttpServerResponder>& responder, const EmulatorReply& reply,
                                 RequestRecord record, qint64 startedNs, const LatencyTrip& trip, qint64 serviceMs)
{
    record.inboundMs = trip.inboundMs;
    record.outboundMs = trip.outboundMs + m_latency.transferMs(reply.body.size());
    const qint64 total = serviceMs + record.outboundMs + m_responseDelay.count();
    if (total <= 0) {
        deliver(responder, reply, record, startedNs);
        return;
    }
    // The client may hang up while we wait: only write when its socket still exists.
    const QPointer<QTcpSocket> socket = responder->socket();
    QTimer::singleShot(std::chrono::milliseconds(total), Qt::PreciseTimer, this,
                       [this, responder, socket, reply, record, startedNs]() {
                           if (socket && socket->state() == QAbstractSocket::ConnectedState) {
                               deliver(responder, reply, record, startedNs);
                           }
                       });
}

void GraphEmulator::countFault(FaultKind kind)
{
    ++m_faultTotal;
    ++m_faultCounts[int(kind)];
}

void GraphEmulator::deliver(const std::shared_ptr<QHttpServerResponder>& responder, const EmulatorReply& replyIn,
                            RequestRecord record, qint64 startedNs)
{
    EmulatorReply reply = replyIn;
    FaultPlan::Decision decision;
    const QByteArray path = record.target.left(record.target.indexOf('?'));
    if (m_faults.isActive() && !TokenEndpoint::isIdentityPath(path)) {
        decision = m_faults.decide(record.method + ' ' + record.target, isJson(reply), reply.body.size(), false);
    }
    if (decision.isFault()) {
        countFault(*decision.kind);
        record.fault = FaultPlan::name(*decision.kind).toLatin1();
        if (FaultPlan::statusOf(*decision.kind) != 0) {
            reply = statusFaultReply(*decision.kind, record.clientRequestId, decision.retryAfterSeconds);
            record.status = reply.status;
            record.errorCode = reply.errorCode;
            record.bodyBytes = reply.body.size();
            decision = {}; // a well-formed answer from here on
        }
    }
    if (decision.isFault()) {
        writeFaulty(responder, reply, decision);
    } else {
        QHttpServerResponse response(reply.contentType, reply.body,
                                     static_cast<QHttpServerResponse::StatusCode>(reply.status));
        for (const auto& [name, value] : reply.headers) {
            response.addHeader(name, value);
        }
        response.write(std::move(*responder));
    }

    record.elapsedMs = (monotonicNs() - startedNs) / 1000000;
    ++m_requestCount;
    if (m_logLimit > 0) {
        if (m_log.size() >= m_logLimit) {
            m_log.removeFirst();
        }
        m_log.append(record);
    }
    qCDebug(lcEmulator).noquote() << record.method << record.target << record.status << record.elapsedMs
                                  << "ms, photo operations" << record.photoOps << "in flight" << record.photoOpsInFlight
                                  << record.errorCode;
    emit requestServed(record);
}

void GraphEmulator::writeFaulty(const std::shared_ptr<QHttpServerResponder>& responder, const EmulatorReply& reply,
                                const FaultPlan::Decision& decision)
{
    QTcpSocket* socket = responder->socket();
    const FaultKind kind = *decision.kind;
    if (kind == FaultKind::MalformedJson || kind == FaultKind::WrongContentType) {
        // Well-formed HTTP around a body the client cannot use.
        QByteArray contentType = reply.contentType;
        QByteArray body;
        if (kind == FaultKind::MalformedJson) {
            body = reply.body.left(qMax<qsizetype>(1, qsizetype(reply.body.size() * decision.fraction)))
                + QByteArrayLiteral("\x01}\"{,]");
        } else {
            contentType = QByteArrayLiteral("text/html; charset=utf-8");
            body = QByteArrayLiteral("<!DOCTYPE html><html><head><title>Sign in to the network</title></head>"
                                     "<body><h1>Please accept the terms of use to continue.</h1></body></html>");
        }
        // Malformed JSON keeps the status (an error body can be garbled too); a captive portal says 200.
        QHttpServerResponse response(contentType, body,
                                     kind == FaultKind::MalformedJson
                                         ? static_cast<QHttpServerResponse::StatusCode>(reply.status)
                                         : QHttpServerResponse::StatusCode::Ok);
        for (const auto& [name, value] : reply.headers) {
            response.addHeader(name, value);
        }
        response.write(std::move(*responder));
        return;
    }

    const auto writeHead = [&responder, &reply](const QByteArray& contentLength) {
        responder->writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
        responder->writeHeader(QByteArrayLiteral("Content-Type"), reply.contentType);
        for (const auto& [name, value] : reply.headers) {
            responder->writeHeader(name, value);
        }
        responder->writeHeader(QByteArrayLiteral("Content-Length"), contentLength);
    };
    const QByteArray length = QByteArray::number(reply.body.size());
    const qsizetype part = qBound<qsizetype>(1, qsizetype(reply.body.size() * decision.fraction),
                                             qMax<qsizetype>(1, reply.body.size() - 1));
    switch (kind) {
    case FaultKind::Reset: {
        writeHead(length);
        responder->writeBody(reply.body.left(part));
        // Once the part is on the wire, close with a reset (SO_LINGER 0) rather than an orderly FIN.
        const QPointer<QTcpSocket> guard(socket);
        const auto resetNow = [guard]() {
            if (!guard) {
                return;
            }
#ifdef Q_OS_UNIX
            const qintptr fd = guard->socketDescriptor();
            if (fd >= 0) {
                const struct linger hard = {1, 0};
                ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
            }
#endif
            guard->abort();
        };
        if (socket->bytesToWrite() == 0) {
            resetNow();
        } else {
            connect(socket, &QTcpSocket::bytesWritten, socket, [guard, resetNow]() {
                if (guard && guard->bytesToWrite() == 0) {
                    resetNow();
                }
            });
        }
        return;
    }
    case FaultKind::Truncated:
        writeHead(length);
        responder->writeBody(reply.body.left(part));
        socket->disconnectFromHost(); // flushes what was written, then closes
        return;
    case FaultKind::AbsurdLength:
        writeHead(decision.unparsableLength ? QByteArrayLiteral("184467440737095516160000")
                                            : QByteArrayLiteral("1000000000000000"));
        responder->writeBody(reply.body);
        socket->disconnectFromHost();
        return;
    case FaultKind::SlowDrip: {
        writeHead(length);
        responder->writeBody(QByteArray()); // ends the headers
        const int pieces = qMax(1, m_faults.dripPieces());
        const qsizetype size = (reply.body.size() + pieces - 1) / pieces;
        auto* timer = new QTimer(socket); // dies with the connection if the client hangs up
        timer->setInterval(qMax(1, m_faults.dripIntervalMs()));
        auto offset = std::make_shared<qsizetype>(0);
        const QByteArray body = reply.body;
        connect(timer, &QTimer::timeout, socket, [timer, socket, offset, body, size]() {
            if (*offset < body.size()) {
                socket->write(body.mid(*offset, qMax<qsizetype>(1, size)));
                *offset += qMax<qsizetype>(1, size);
            }
            if (*offset >= body.size()) {
                timer->stop();
                timer->deleteLater();
            }
        });
        timer->start();
        return;
    }
    default:
        return;
    }
}

} // namespace Portrait
