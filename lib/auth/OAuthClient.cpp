#include "OAuthClient.h"

#include "auth/AuthLogging.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

namespace Portrait {

OAuthClient::OAuthClient(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
{ }

OAuthClient::~OAuthClient() = default;

QByteArray OAuthClient::formBody(const Form& form)
{
    QByteArray body;
    for (const auto& [key, value] : form) {
        if (!body.isEmpty()) {
            body += '&';
        }
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

void OAuthClient::post(const QUrl& url, const Form& form, QObject* context, Callback callback)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_timeoutSeconds * 1000);
    QString grant;
    for (const auto& [key, value] : form) {
        if (key == QLatin1String("grant_type")) {
            grant = value;
        }
    }
    // Only the endpoint and the grant type: the body holds secrets.
    qCDebug(lcAuth).noquote() << "POST" << url.toDisplayString(QUrl::RemoveQuery) << grant;
    QNetworkReply* reply = m_network->post(request, formBody(form));
    const QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [reply, guard, callback = std::move(callback)]() {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        OAuthReply result;
        if (status == 0) {
            result.networkError = true;
            result.networkMessage = reply->errorString();
        } else {
            result = OAuthReply::parse(status, reply->readAll());
        }
        qCDebug(lcAuth).noquote() << "->" << status << result.error;
        if (guard) {
            callback(result);
        }
    });
}

} // namespace Portrait
