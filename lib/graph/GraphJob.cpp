#include "GraphJob.h"

#include "base/TokenProvider.h"
#include "graph/GraphClient.h"
#include "graph/GraphImage.h"

#include <utility>

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <QUuid>

#include <algorithm>

Q_LOGGING_CATEGORY(lcGraph, "portrait.graph", QtInfoMsg)

namespace Portrait {

namespace {
/// An announced Content-Length beyond this (1 TiB) is a garbled header, not a real answer.
constexpr qint64 kAbsurdLength = qint64(1) << 40;
} // namespace

GraphJob::GraphJob(GraphClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

GraphJob::~GraphJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

GraphClient* GraphJob::client() const
{
    return m_client;
}

void GraphJob::start()
{
    if (m_started) {
        return;
    }
    m_started = true;
    QTimer::singleShot(0, this, [this]() {
        if (m_finished) {
            return;
        }
        if (!m_client) {
            setError(GraphError::make(GraphError::Kind::Network, QStringLiteral("no Graph connection")));
            emitFinished();
            return;
        }
        run();
    });
}

void GraphJob::abort()
{
    if (m_finished) {
        return;
    }
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    m_aborted = true;
    setError(GraphError::make(GraphError::Kind::Cancelled, QStringLiteral("cancelled")));
    if (!m_started) {
        m_started = true;
    }
    // Deferred so that abort() from a finished() handler of another job never re-enters.
    QTimer::singleShot(0, this, [this]() { emitFinished(); });
}

void GraphJob::emitFinished()
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    emit finished(this);
}

void GraphJob::get(const QUrl& url, const HeaderList& headers, BodyKind bodyKind, ResponseHandler onDone)
{
    auto request = std::make_shared<Request>();
    request->url = url;
    request->headers = headers;
    request->bodyKind = bodyKind;
    request->onDone = std::move(onDone);
    send(request, false);
}

void GraphJob::postJson(const QUrl& url, const QByteArray& body, ResponseHandler onDone)
{
    auto request = std::make_shared<Request>();
    request->url = url;
    request->headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
    request->verb = QByteArrayLiteral("POST");
    request->postBody = body;
    request->bodyKind = BodyKind::Json;
    request->onDone = std::move(onDone);
    send(request, false);
}

void GraphJob::write(WriteVerb verb, const QUrl& url, const QByteArray& contentType, const QByteArray& body,
                     ResponseHandler onDone)
{
    auto request = std::make_shared<Request>();
    request->url = url;
    request->verb = verb == WriteVerb::Put ? QByteArrayLiteral("PUT") : QByteArrayLiteral("DELETE");
    if (verb == WriteVerb::Put) {
        request->headers = {{QByteArrayLiteral("Content-Type"), contentType}};
        request->postBody = body;
    }
    request->bodyKind = BodyKind::Json;
    request->onDone = std::move(onDone);
    send(request, false);
}

bool GraphJob::writeOutcomeUnknown(const GraphError& error)
{
    switch (error.kind) {
    case GraphError::Kind::Timeout:
        return true;
    case GraphError::Kind::Network:
        return error.code != QLatin1String("tls");
    case GraphError::Kind::Http:
        // A gateway or server failure can come after the photo service did its part.
        return error.httpStatus == 500 || error.httpStatus == 502 || error.httpStatus == 504;
    case GraphError::Kind::Protocol:
        // An answer cut short says nothing sure, not even its status (cutShort()).
        return error.code == QLatin1String("truncated");
    default:
        return false;
    }
}

void GraphJob::send(std::shared_ptr<Request> request, bool forceRefresh)
{
    if (!m_client->root().isSameOrigin(request->url)) {
        // The token is pinned to the Graph origin: nothing is sent elsewhere
        // (docs/ARCHITECTURE.md#the-rules-that-hold-the-house-together).
        GraphResponse response;
        response.url = request->url;
        response.error
            = GraphError::make(GraphError::Kind::Security,
                               QStringLiteral("refused to follow %1: it is not on the Graph origin %2")
                                   .arg(request->url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo),
                                        m_client->root().url().toDisplayString(QUrl::RemovePath)),
                               QStringLiteral("foreign-origin"));
        qCWarning(lcGraph).noquote() << response.error.message;
        QTimer::singleShot(0, this, [request, response]() { request->onDone(response); });
        return;
    }
    TokenProvider* tokens = m_client->tokenProvider();
    if (!tokens) {
        GraphResponse response;
        response.url = request->url;
        response.error = GraphError::make(GraphError::Kind::Auth, QStringLiteral("no account or token configured"));
        QTimer::singleShot(0, this, [request, response]() { request->onDone(response); });
        return;
    }
    tokens->requestToken(
        this,
        [this, request](const TokenResult& result) {
            if (m_aborted) {
                return; // aborted while the token was on its way: nothing leaves (a write would be carried out)
            }
            if (!result.ok()) {
                GraphResponse response;
                response.url = request->url;
                if (request->unauthorized.isError()) {
                    // Keep Graph's own 401 (code, request-id): it says more than "cannot renew".
                    response.status = 401;
                    response.error = request->unauthorized;
                    response.error.message += QStringLiteral(" (%1)").arg(result.error.message);
                    if (!result.error.localizedMessage.isEmpty()) {
                        response.error.localizedMessage = QStringLiteral("%1 (%2)").arg(
                            request->unauthorized.displayMessage(), result.error.localizedMessage);
                    }
                } else {
                    // The token request's own error, kind and all: Auth, or Keychain when the secret could not be
                    // read.
                    response.error = result.error;
                }
                request->onDone(response);
                return;
            }
            sendWithToken(request, result.accessToken);
        },
        forceRefresh);
}

void GraphJob::sendWithToken(std::shared_ptr<Request> request, const QString& token)
{
    QNetworkRequest req(request->url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setTransferTimeout(m_client->transferTimeoutMs());
    req.setHeader(QNetworkRequest::UserAgentHeader, GraphClient::userAgent());
    req.setRawHeader(QByteArrayLiteral("Accept"),
                     request->bodyKind == BodyKind::Json ? QByteArrayLiteral("application/json")
                                                         : QByteArrayLiteral("image/*"));
    req.setRawHeader(QByteArrayLiteral("client-request-id"), QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    req.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token.toUtf8());
    for (const auto& [name, value] : request->headers) {
        req.setRawHeader(name, value);
    }
    if (!m_client->caCertificates().isEmpty() && request->url.scheme() == QLatin1String("https")) {
        // Explicitly trusted authorities (e.g. the emulator's self-signed certificate) in addition to the
        // system's; certificate errors themselves are never ignored.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_client->caCertificates());
        req.setSslConfiguration(tls);
    }
    QNetworkReply* reply = m_client->send(request->verb, req, request->postBody);
    m_reply = reply;
    const auto left = [this]() {
        if (m_client) {
            m_sentAtMs = m_client->clock()->nowMs();
            emit sent(this);
        }
    };
    connect(reply, &QNetworkReply::requestSent, this, left);
    left();
    const qint64 limit = request->bodyKind == BodyKind::Json ? m_client->maxJsonBytes() : m_client->maxImageBytes();
    connect(reply, &QNetworkReply::metaDataChanged, this, [reply, limit]() {
        // An announced length beyond the limit (or beyond 64 bits) is refused before any of it is read.
        const QByteArray announced = reply->rawHeader(QByteArrayLiteral("Content-Length")).trimmed();
        if (announced.isEmpty() || reply->property("portrait.tooLarge").toBool()) {
            return;
        }
        bool ok = false;
        const qint64 length = announced.toLongLong(&ok);
        const bool digits
            = std::all_of(announced.begin(), announced.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (digits && (!ok || length > limit)) {
            reply->setProperty("portrait.announced", announced);
            reply->setProperty("portrait.tooLarge", true);
            // Not from inside QNAM's own metaDataChanged emission (it reports the error twice then).
            QMetaObject::invokeMethod(reply, &QNetworkReply::abort, Qt::QueuedConnection);
        }
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [reply, limit](qint64 received, qint64) {
        if (received > limit && !reply->property("portrait.tooLarge").toBool()) {
            reply->setProperty("portrait.tooLarge", true);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::sslErrors, this, [reply](const QList<QSslError>& errors) {
        // Only remembered for the message: the handshake fails, as it must.
        QStringList texts;
        for (const QSslError& e : errors) {
            texts << e.errorString();
        }
        reply->setProperty("portrait.sslErrors", texts.join(QStringLiteral("; ")));
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, request]() { handleReply(reply, request); });
}

void GraphJob::handleReply(QNetworkReply* reply, std::shared_ptr<Request> request)
{
    reply->deleteLater();
    if (m_reply == reply) {
        m_reply = nullptr;
    }
    request->neverArrived = false;
    GraphResponse response;
    response.url = request->url;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto& pair : reply->rawHeaderPairs()) {
        response.headers.insert(pair.first.toLower(), pair.second);
    }
    const bool tooLarge = reply->property("portrait.tooLarge").toBool();
    if (!tooLarge && reply->isOpen()) {
        response.body = reply->readAll();
    }

    // Redirects: followed only within the Graph origin, a bounded number of times.
    if (response.status >= 300 && response.status < 400 && response.headers.contains("location")) {
        const QUrl target = request->url.resolved(QUrl::fromEncoded(response.headers.value("location")));
        if (++request->redirects > m_client->maxRedirects()) {
            response.error
                = GraphError::make(GraphError::Kind::Protocol,
                                   QStringLiteral("too many redirects (more than %1)").arg(m_client->maxRedirects()),
                                   QStringLiteral("too-many-redirects"));
            request->onDone(response);
            return;
        }
        request->url = target;
        send(request, false);
        return;
    }

    if (response.status == 401 && !request->tokenRenewed) {
        request->tokenRenewed = true;
        request->unauthorized = GraphError::http(401, response.body);
        if (request->unauthorized.requestId.isEmpty()) {
            request->unauthorized.requestId = QString::fromLatin1(response.headers.value("request-id"));
        }
        send(request, true);
        return;
    }

    const QString limitText = QLocale::c().formattedDataSize(
        request->bodyKind == BodyKind::Json ? m_client->maxJsonBytes() : m_client->maxImageBytes());
    const QByteArray announced = reply->property("portrait.announced").toByteArray();
    bool plausible = false;
    const qint64 announcedBytes = announced.toLongLong(&plausible);
    plausible = plausible && announcedBytes <= kAbsurdLength;
    if (tooLarge && !announced.isEmpty() && !plausible) {
        // No answer is that large: a header garbled in transit. Nothing was read; retried (bounded).
        response.error = GraphError::make(GraphError::Kind::Protocol,
                                          QStringLiteral("the answer announces an absurd length (%1 bytes)")
                                              .arg(QString::fromLatin1(announced.left(40))),
                                          QStringLiteral("bad-length"));
    } else if (tooLarge && !announced.isEmpty()) {
        // Refused before reading it: final, as it would be just as large again.
        response.error = GraphError::make(GraphError::Kind::Protocol,
                                          QStringLiteral("the answer announces %1, more than the %2 limit")
                                              .arg(QLocale::c().formattedDataSize(announcedBytes), limitText),
                                          QStringLiteral("too-large"));
    } else if (tooLarge) {
        response.error = GraphError::make(GraphError::Kind::Protocol,
                                          QStringLiteral("the answer is larger than the %1 limit").arg(limitText),
                                          QStringLiteral("too-large"));
    } else if (reply->error() == QNetworkReply::SslHandshakeFailedError) {
        const QString details = reply->property("portrait.sslErrors").toString();
        response.error = GraphError::make(
            GraphError::Kind::Network,
            QStringLiteral("TLS: the connection to %1 is not trusted (%2); certificate errors are never ignored. "
                           "A private authority can be trusted explicitly with --ca-certificate FILE")
                .arg(request->url.host(), details.isEmpty() ? reply->errorString() : details),
            QStringLiteral("tls"));
    } else if (response.status == 0 || (reply->error() != QNetworkReply::NoError && response.status < 400)) {
        // Nothing reached Graph: a write may be sent again without any doubt about what it did.
        const auto e = reply->error();
        request->neverArrived = e == QNetworkReply::ConnectionRefusedError || e == QNetworkReply::HostNotFoundError
            || e == QNetworkReply::ProxyConnectionRefusedError || e == QNetworkReply::ProxyNotFoundError;
        const auto kind
            = reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError
            ? GraphError::Kind::Timeout
            : GraphError::Kind::Network;
        response.error
            = GraphError::make(kind,
                               kind == GraphError::Kind::Timeout
                                   ? QStringLiteral("no answer within %1 s").arg(m_client->transferTimeoutMs() / 1000)
                                   : reply->errorString());
    } else if (const GraphError cut = cutShort(response); cut.isError()) {
        // Whatever the status: a body that did not arrive whole decides nothing. A 404 cut short no longer says
        // which 404 it was (no photo, or no mailbox), so it is a transport fault, retried like one.
        response.error = cut;
        response.error.retryAfterSeconds
            = RetryPolicy::parseRetryAfter(response.headers.value("retry-after"), m_client->clock()->nowUtc());
    } else if (response.status >= 300) {
        response.error = GraphError::http(response.status, response.body);
        if (response.error.requestId.isEmpty()) {
            response.error.requestId = QString::fromLatin1(response.headers.value("request-id"));
        }
        if (response.error.message.isEmpty()) {
            response.error.message = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        }
        response.error.retryAfterSeconds
            = RetryPolicy::parseRetryAfter(response.headers.value("retry-after"), m_client->clock()->nowUtc());
        if (response.status == 403) {
            // Say which permission the request needs: the usual cause is a missing consent.
            const QString root = m_client->root().url().toString(QUrl::FullyEncoded) + u'/';
            const QString url = request->url.toString(QUrl::FullyEncoded | QUrl::RemoveQuery);
            const QString relative = url.startsWith(root) ? url.mid(root.size()) : url;
            const QString needed
                = request->isWrite() ? requiredWritePermissions(relative) : requiredPermissions(relative);
            if (!needed.isEmpty()) {
                response.error.message += QStringLiteral(" (this request needs %1)").arg(needed);
            }
        }
        if (response.status == 429 || (response.status == 503 && response.error.retryAfterSeconds >= 0)) {
            emit m_client->throttled(request->url, response.error.retryAfterSeconds);
        }
    } else {
        checkBody(response, request->bodyKind);
    }
    qCDebug(lcGraph).noquote() << request->verb << request->url.toDisplayString(QUrl::RemoveUserInfo)
                               << response.status;

    if (response.error.isError() && (m_retryThrottles || response.status != 429)
        && scheduleRetry(request, response.error)) {
        return;
    }
    m_last = request;
    request->onDone(response);
}

bool GraphJob::scheduleRetry(const std::shared_ptr<Request>& request, const GraphError& error)
{
    const bool surelyNotDone = request->neverArrived
        || (error.kind == GraphError::Kind::Http && (error.httpStatus == 429 || error.httpStatus == 503));
    if (request->isWrite() && !surelyNotDone) {
        return false; // a write whose answer was lost is not sent again blindly: see writeOutcomeUnknown()
    }
    const qint64 delay = retryDelayMs(request->url, error, &request->attempts);
    if (delay < 0) {
        return false;
    }
    m_client->clock()->callLater(this, delay, [this, request]() {
        if (!m_finished && !m_aborted) {
            send(request, false);
        }
    });
    return true;
}

qint64 GraphJob::retryDelayMs(const QUrl& url, const GraphError& error, int* attempts)
{
    const int attempt = std::exchange(m_spareNextAttempt, false) ? qMax(1, *attempts) : ++*attempts;
    const qint64 delay = m_client->retryPolicy().delayMs(error, attempt, m_client->nextJitter());
    if (delay < 0) {
        return -1;
    }
    const QString reason = error.code.isEmpty() ? error.toString() : error.code;
    qCDebug(lcGraph).noquote() << "retry" << attempt << "of"
                               << url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery) << "in" << delay
                               << "ms:" << reason;
    emit m_client->retrying(url, attempt, delay, reason);
    return delay;
}

bool GraphJob::retryLast(const GraphError& error)
{
    if (!m_last || m_finished || !m_client) {
        return false;
    }
    const std::shared_ptr<Request> request = std::exchange(m_last, nullptr);
    return scheduleRetry(request, error);
}

GraphError GraphJob::cutShort(const GraphResponse& response)
{
    // A body shorter than announced was cut in transit (QNAM does not always say so).
    bool hasLength = false;
    const qint64 length = response.headers.value("content-length").toLongLong(&hasLength);
    const bool chunked = response.headers.value("transfer-encoding").toLower().contains("chunked");
    const bool compressed = !response.headers.value("content-encoding").isEmpty();
    if (!hasLength || chunked || compressed || length == response.body.size()) {
        return {};
    }
    GraphError error = GraphError::make(
        GraphError::Kind::Protocol,
        QStringLiteral("the answer was cut short (%1 of %2 bytes)").arg(response.body.size()).arg(length),
        QStringLiteral("truncated"));
    error.requestId = QString::fromLatin1(response.headers.value("request-id"));
    return error;
}

void GraphJob::checkBody(GraphResponse& response, BodyKind bodyKind) const
{
    if (bodyKind == BodyKind::Image && response.body.isEmpty()) {
        response.error = GraphError::make(GraphError::Kind::Protocol, QStringLiteral("the photo answer was empty"),
                                          QStringLiteral("empty-body"));
    } else if (bodyKind == BodyKind::Image) {
        const QSize size = GraphImage::size(response.body);
        const QByteArray type = response.headers.value("content-type");
        if (size.isValid() && qint64(size.width()) * size.height() > maxImagePixels) {
            // A decompression bomb: a small file that would decode to gigabytes. Not retried.
            response.error = GraphError::make(
                GraphError::Kind::Protocol,
                QStringLiteral("the photo is %1 x %2 pixels, more than Portrait decodes (%3 megapixels)")
                    .arg(size.width())
                    .arg(size.height())
                    .arg(maxImagePixels / 1000000),
                QStringLiteral("too-many-pixels"));
        } else if (!size.isValid() && type.startsWith("image/") && GraphImage::decoderFor(response.body).isEmpty()) {
            // Graph serves JPEG, PNG, GIF and BMP; no other decoder is let near bytes from the network. Not retried.
            response.error = GraphError::make(
                GraphError::Kind::Protocol,
                QStringLiteral("the photo (%1) is not a JPEG, PNG, GIF or BMP image").arg(QString::fromLatin1(type)),
                QStringLiteral("unsupported-image"));
        } else if (!size.isValid()) {
            response.error = GraphError::make(
                GraphError::Kind::Protocol,
                type.startsWith("image/")
                    ? QStringLiteral("the photo (%1) does not decode").arg(QString::fromLatin1(type))
                    : QStringLiteral("the photo answer is not an image (%1)").arg(QString::fromLatin1(type)),
                type.startsWith("image/") ? QStringLiteral("undecodable") : QStringLiteral("not-an-image"));
        }
    }
    if (response.error.isError() && response.error.requestId.isEmpty()) {
        response.error.requestId = QString::fromLatin1(response.headers.value("request-id"));
    }
}

} // namespace Portrait
