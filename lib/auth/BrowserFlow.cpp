#include "BrowserFlow.h"

#include "OAuthClient.h"
#include "Pkce.h"
#include "graph/Clock.h"

#include <QDesktopServices>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace Portrait {

namespace {
constexpr qsizetype kMaxRequestBytes = 16 * 1024;
}

BrowserFlow::BrowserFlow(OAuthClient* client, const AuthEndpoints& endpoints, const QString& clientId,
                         const QStringList& scopes, Clock* clock, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_endpoints(endpoints)
    , m_clientId(clientId)
    , m_scopes(scopes)
    , m_clock(clock)
    , m_opener([](const QUrl& url) { return QDesktopServices::openUrl(url); })
{ }

BrowserFlow::~BrowserFlow() = default;

void BrowserFlow::start()
{
    m_server = new QTcpServer(this);
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        const QString error = m_server->errorString();
        QTimer::singleShot(0, this, [this, error]() {
            finish(QStringLiteral("listen_failed"), tr("Cannot listen for the browser on 127.0.0.1: %1").arg(error));
        });
        return;
    }
    connect(m_server, &QTcpServer::newConnection, this, &BrowserFlow::onConnection);
    m_redirectUri = QUrl(QStringLiteral("http://localhost:%1/").arg(m_server->serverPort()));
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
            finish(QStringLiteral("timeout"), tr("No answer from the browser: sign-in timed out."));
        }
    });
    QTimer::singleShot(0, this, [this]() {
        if (m_finished) {
            return;
        }
        emit authorizeUrlReady(m_authorizeUrl);
        if (!m_finished && !m_opener(m_authorizeUrl)) {
            // Not fatal: the URL is shown (authorizeUrlReady), the user can open it by hand until the timeout.
            m_browserFailed = true;
        }
    });
}

void BrowserFlow::cancel()
{
    QTimer::singleShot(0, this, [this]() { finish(QStringLiteral("cancelled"), tr("Sign-in was cancelled.")); });
}

void BrowserFlow::onConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket]() { onReadyRead(socket); });
    }
}

void BrowserFlow::onReadyRead(QTcpSocket* socket)
{
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
    if (m_finished || m_redeeming) {
        respond(socket, 409, tr("Portrait"), tr("This sign-in is already complete. You can close this tab."));
        return;
    }
    const QString state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    if (state.toLatin1() != m_state) {
        // Someone else's redirect (or a forged one): refuse it and keep nothing from it.
        respond(socket, 400, tr("Sign-in failed"),
                tr("The answer did not belong to this sign-in. Return to Portrait and try again."));
        finish(QStringLiteral("state_mismatch"), tr("The browser's answer did not match this sign-in (state)."));
        return;
    }
    const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    if (!error.isEmpty()) {
        const QString description
            = query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded).replace(u'+', u' ');
        respond(socket, 200, tr("Sign-in failed"), tr("Sign-in failed: %1. You can close this tab.").arg(error));
        finish(error, description.isEmpty() ? error : QStringLiteral("%1: %2").arg(error, description));
        return;
    }
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty()) {
        respond(socket, 400, tr("Sign-in failed"), tr("No authorization code was received."));
        finish(QStringLiteral("invalid_response"), tr("The browser returned no authorization code."));
        return;
    }
    respond(socket, 200, tr("Signed in"), tr("Portrait is signed in. You can close this tab."));
    m_server->close();
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
    socket->write(response);
    socket->disconnectFromHost();
}

void BrowserFlow::onToken(const OAuthReply& reply)
{
    if (!reply.ok()) {
        finish(reply.networkError ? QStringLiteral("network_error") : reply.error, reply.message());
        return;
    }
    m_grant = TokenGrant::fromJson(reply.json, m_clock->nowUtc());
    if (!m_grant.isValid()) {
        finish(QStringLiteral("invalid_response"), tr("The sign-in service sent no access token."));
        return;
    }
    finish({}, {});
}

void BrowserFlow::finish(const QString& code, const QString& message)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_verifier.clear();
    if (m_server) {
        m_server->close();
    }
    m_errorCode = code;
    m_errorString = message;
    emit finished();
}

} // namespace Portrait
