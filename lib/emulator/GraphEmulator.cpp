#include "GraphEmulator.h"

#include "DemoTenant.h"
#include "EmulatorReply.h"
#include "EmulatorRequest.h"
#include "GraphRequestHandler.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

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
{
    // Tokens the identity endpoints issue are the ones Graph accepts from then on.
    m_tokens->setIssuedTokenHandler([this](const QString& token) { setAccessToken(token); });
    // No routes: every request reaches the missing handler, which dispatches like Graph does.
    m_server->setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        onRequest(request, std::move(responder));
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
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
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

void GraphEmulator::setAccessToken(const QString& token)
{
    m_handler->setAccessToken(token);
}

void GraphEmulator::setRequestLogLimit(qsizetype limit)
{
    m_logLimit = qMax<qsizetype>(0, limit);
    if (m_log.size() > m_logLimit) {
        m_log.remove(0, m_log.size() - m_logLimit);
    }
}

void GraphEmulator::onRequest(const QHttpServerRequest& request, QHttpServerResponder&& responder)
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
    emulatorRequest.origin = host.isEmpty() ? baseUrl().toString() : u"http://"_s + QString::fromLatin1(host);

    const EmulatorReply reply = TokenEndpoint::isIdentityPath(emulatorRequest.rawPath)
        ? m_tokens->handle(emulatorRequest)
        : m_handler->handle(emulatorRequest);

    RequestRecord record;
    record.method = emulatorRequest.method;
    record.target = emulatorRequest.target();
    record.headers = emulatorRequest.headers;
    record.hasAuthorization = emulatorRequest.hasHeader("Authorization");
    record.authorized = reply.status != 401;
    record.consistencyLevel = emulatorRequest.header("ConsistencyLevel");
    record.clientRequestId = reply.header("client-request-id");
    record.requestId = reply.header("request-id");
    record.status = reply.status;
    record.errorCode = reply.errorCode;
    record.bodyBytes = reply.body.size();
    record.receivedAt = QDateTime::currentDateTimeUtc();

    auto shared = std::make_shared<QHttpServerResponder>(std::move(responder));
    if (m_responseDelay.count() > 0) {
        // The client may hang up while we wait: only write when its socket still exists.
        const QPointer<QTcpSocket> socket = shared->socket();
        QTimer::singleShot(m_responseDelay, this, [this, shared, socket, reply, record, started]() {
            if (socket && socket->state() == QAbstractSocket::ConnectedState) {
                deliver(shared, reply, record, started);
            }
        });
    } else {
        deliver(shared, reply, record, started);
    }
}

void GraphEmulator::deliver(const std::shared_ptr<QHttpServerResponder>& responder, const EmulatorReply& reply,
                            RequestRecord record, qint64 startedNs)
{
    QHttpServerResponse response(reply.contentType, reply.body,
                                 static_cast<QHttpServerResponse::StatusCode>(reply.status));
    for (const auto& [name, value] : reply.headers) {
        response.addHeader(name, value);
    }
    response.write(std::move(*responder));

    record.elapsedMs = (monotonicNs() - startedNs) / 1000000;
    ++m_requestCount;
    if (m_logLimit > 0) {
        if (m_log.size() >= m_logLimit) {
            m_log.removeFirst();
        }
        m_log.append(record);
    }
    emit requestServed(record);
}

} // namespace Portrait
