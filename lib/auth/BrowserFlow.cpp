#include "BrowserFlow.h"

#include "auth/AuthLogging.h"
#include "auth/OAuthClient.h"
#include "auth/Pkce.h"
#include "auth/SystemBrowser.h"
#include "base/Clock.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

namespace Portrait {

namespace {
constexpr qsizetype kMaxRequestBytes = 16 * 1024;
/// Ports tried when another listener holds [::1] on the port picked for 127.0.0.1.
constexpr int kListenAttempts = 8;
/// How long finished() waits at most for the last page to reach the browser.
constexpr qint64 kFlushTimeoutMs = 5000;
} // namespace

BrowserFlow::BrowserFlow(OAuthClient* client, const AuthEndpoints& endpoints, const QString& clientId,
                         const QStringList& scopes, Clock* clock, QObject* parent)
    : Task(parent)
    , m_client(client)
    , m_endpoints(endpoints)
    , m_clientId(clientId)
    , m_scopes(scopes)
    , m_clock(clock)
    , m_opener(&SystemBrowser::open)
{ }

BrowserFlow::~BrowserFlow() = default;

void BrowserFlow::run()
{
    QString error;
    if (!listen(&error)) {
        end(GraphError::make(
            GraphError::Kind::Network,
            trMessage(staticMetaObject.className(), QT_TR_NOOP("Cannot listen for the browser on localhost: %1"))
                .arg(error),
            QStringLiteral("listen_failed")));
        return;
    }
    m_redirectUri = QUrl(QStringLiteral("http://localhost:%1/").arg(m_servers.constFirst()->serverPort()));
    m_state = Pkce::randomUrlSafe(24);
    m_verifier = Pkce::generateVerifier();

    QUrlQuery query;
    query.addQueryItem(QStringLiteral("client_id"), m_clientId);
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("redirect_uri"),
                       QString::fromLatin1(QUrl::toPercentEncoding(m_redirectUri.toString())));
    query.addQueryItem(QStringLiteral("response_mode"), QStringLiteral("query"));
    query.addQueryItem(QStringLiteral("scope"), QString::fromLatin1(QUrl::toPercentEncoding(m_scopes.join(u' '))));
    query.addQueryItem(QStringLiteral("state"), QString::fromLatin1(m_state));
    query.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(Pkce::challengeS256(m_verifier)));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    if (!m_prompt.isEmpty()) {
        query.addQueryItem(QStringLiteral("prompt"), m_prompt);
    }
    m_authorizeUrl = m_endpoints.authorizeUrl();
    m_authorizeUrl.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);

    m_clock->callLater(this, m_timeoutMs, [this]() {
        if (!m_redeeming) {
            end(GraphError::make(
                GraphError::Kind::Timeout,
                trMessage(staticMetaObject.className(), QT_TR_NOOP("No answer from the browser: sign-in timed out.")),
                QStringLiteral("timeout")));
        }
    });
    emit authorizeUrlReady(m_authorizeUrl);
    if (m_ending) {
        return;
    }
    // Not fatal when no browser starts: the URL is shown, the user can open it by hand until the timeout.
    m_browserFailed = !m_opener(m_authorizeUrl);
    emit browserStarted(m_authorizeUrl, !m_browserFailed);
}

bool BrowserFlow::listen(QString* error)
{
    // The redirect URI says localhost (what app registrations name), which a browser may resolve to 127.0.0.1
    // or to ::1. Both must be ours on the same port (RFC 8252 §8.3): otherwise another local user could listen
    // on [::1] at our port and receive the authorization code.
    for (int attempt = 0; attempt < kListenAttempts; ++attempt) {
        auto* v4 = new QTcpServer(this);
        if (!v4->listen(QHostAddress::LocalHost, 0)) {
            *error = v4->errorString();
            delete v4;
            return false;
        }
        auto* v6 = new QTcpServer(this);
        if (v6->listen(QHostAddress::LocalHostIPv6, v4->serverPort())) {
            m_servers = {v4, v6};
        } else if (v6->serverError() == QAbstractSocket::AddressInUseError) {
            qCWarning(lcAuth) << "[::1] port" << v4->serverPort() << "is taken by another listener; trying another";
            delete v6;
            delete v4;
            continue;
        } else if (v6->serverError() == QAbstractSocket::UnsupportedSocketOperationError
                   || v6->serverError() == QAbstractSocket::SocketAddressNotAvailableError) {
            // No IPv6 loopback on this machine: nobody can listen there, and localhost means 127.0.0.1.
            qCDebug(lcAuth) << "no IPv6 loopback:" << v6->errorString();
            delete v6;
            m_servers = {v4};
        } else {
            *error = v6->errorString();
            delete v6;
            delete v4;
            return false;
        }
        for (QTcpServer* server : std::as_const(m_servers)) {
            connect(server, &QTcpServer::newConnection, this, [this, server]() { onConnection(server); });
        }
        return true;
    }
    *error = tr("every port tried was taken on ::1");
    return false;
}

void BrowserFlow::stop()
{
    end(GraphError::make(GraphError::Kind::Cancelled,
                         trMessage(staticMetaObject.className(), QT_TR_NOOP("Sign-in was cancelled.")),
                         QStringLiteral("cancelled")));
}

void BrowserFlow::onConnection(QTcpServer* server)
{
    while (QTcpSocket* socket = server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket]() { onReadyRead(socket); });
    }
}

void BrowserFlow::onReadyRead(QTcpSocket* socket)
{
    if (socket->property("portraitAnswered").toBool()) {
        socket->readAll(); // one answer per connection; the rest is dropped
        return;
    }
    QByteArray buffer = socket->property("portraitBuffer").toByteArray() + socket->readAll();
    if (buffer.size() > kMaxRequestBytes) {
        socket->abort();
        return;
    }
    socket->setProperty("portraitBuffer", buffer);
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        return;
    }
    const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || requestLine.at(0) != "GET") {
        respond(socket, 405, tr("Portrait"), tr("Only the sign-in redirect is served here."));
        return;
    }
    QUrl target = m_redirectUri.resolved(QUrl::fromEncoded(requestLine.at(1)));
    if (target.path() != QLatin1String("/")) {
        respond(socket, 404, tr("Portrait"), tr("Not found."));
        return;
    }
    handleRedirect(socket, target);
}

void BrowserFlow::handleRedirect(QTcpSocket* socket, const QUrl& target)
{
    const QUrlQuery query(target);
    if (m_ending || m_redeeming) {
        respond(socket, 409, tr("Portrait"), tr("This sign-in is already complete. You can close this tab."));
        return;
    }
    const QString state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    if (state.isEmpty() || state.toLatin1() != m_state) {
        // Not the redirect of this sign-in (a stray or forged request): refuse it, keep nothing from it, and go on
        // waiting for the real one; otherwise any local process could abort the sign-in.
        qCWarning(lcAuth) << "refused a request to the sign-in listener without this sign-in's state";
        respond(socket, 404, tr("Portrait"), tr("Not found."));
        return;
    }
    const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    if (!error.isEmpty()) {
        const QString description
            = query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded).replace(u'+', u' ');
        respond(socket, 200, tr("Sign-in failed"), tr("Sign-in failed: %1. You can close this tab.").arg(error));
        end(GraphError::make(GraphError::Kind::Auth,
                             description.isEmpty() ? error : QStringLiteral("%1: %2").arg(error, description), error));
        return;
    }
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty()) {
        respond(socket, 400, tr("Sign-in failed"), tr("No authorization code was received."));
        end(GraphError::make(
            GraphError::Kind::Auth,
            trMessage(staticMetaObject.className(), QT_TR_NOOP("The browser returned no authorization code.")),
            QStringLiteral("invalid_response")));
        return;
    }
    respond(socket, 200, tr("Signed in"), tr("Portrait is signed in. You can close this tab."));
    closeServers();
    m_redeeming = true;
    m_client->post(m_endpoints.tokenUrl(),
                   {{QStringLiteral("client_id"), m_clientId},
                    {QStringLiteral("scope"), m_scopes.join(u' ')},
                    {QStringLiteral("code"), code},
                    {QStringLiteral("redirect_uri"), m_redirectUri.toString()},
                    {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                    {QStringLiteral("code_verifier"), QString::fromLatin1(m_verifier)}},
                   this, [this](const OAuthReply& reply) { onToken(reply); });
}

void BrowserFlow::respond(QTcpSocket* socket, int status, const QString& title, const QString& text)
{
    const QByteArray reason = status == 200 ? "OK" : status == 404 ? "Not Found" : "Bad Request";
    const QByteArray body = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title></head>"
                                           "<body style=\"font-family:sans-serif;margin:3em\"><h1>%1</h1><p>%2</p>"
                                           "</body></html>")
                                .arg(title.toHtmlEscaped(), text.toHtmlEscaped())
                                .toUtf8();
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    response += "Content-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\nConnection: close\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    socket->setProperty("portraitAnswered", true);
    if (socket->state() != QAbstractSocket::ConnectedState) {
        return; // the browser is gone
    }
    // finished() waits until the page has left: a CLI exits right after it, which would drop the page and show
    // the browser a broken connection instead of "Sign-in failed".
    ++m_responding;
    connect(
        socket, &QAbstractSocket::disconnected, this,
        [this]() {
            --m_responding;
            finishWhenFlushed();
        },
        Qt::QueuedConnection); // finished() never from inside a socket's signal: its receiver may delete us
    socket->write(response);
    socket->disconnectFromHost();
}

void BrowserFlow::onToken(const OAuthReply& reply)
{
    if (!reply.ok()) {
        end(reply.toError());
        return;
    }
    m_grant = TokenGrant::fromJson(reply.json, m_clock->nowUtc());
    if (!m_grant.isValid()) {
        end(GraphError::make(
            GraphError::Kind::Auth,
            trMessage(staticMetaObject.className(), QT_TR_NOOP("The sign-in service sent no access token.")),
            QStringLiteral("invalid_response")));
        return;
    }
    end({});
}

void BrowserFlow::closeServers()
{
    for (QTcpServer* server : std::as_const(m_servers)) {
        server->close();
    }
}

void BrowserFlow::end(const GraphError& error)
{
    if (m_ending || isFinishing()) {
        return;
    }
    m_ending = true;
    setError(error);
    m_verifier.clear();
    closeServers();
    m_clock->callLater(this, kFlushTimeoutMs, [this]() {
        m_responding = 0; // a browser that does not read its page does not hold the sign-in
        finishWhenFlushed();
    });
    finishWhenFlushed();
}

void BrowserFlow::finishWhenFlushed()
{
    if (m_ending && m_responding <= 0) {
        finish(); // the error end() set; ignored after the first
    }
}

} // namespace Portrait
