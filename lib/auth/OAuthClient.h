#pragma once

#include "auth/OAuthReply.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace Portrait {

/**
 * @brief Posts `application/x-www-form-urlencoded` bodies to the identity platform's token and devicecode
 * endpoints on the one injected QNetworkAccessManager, and parses the answer (docs/GRAPH.md#sign-in-errors).
 *
 * Carries no bearer token: the only secrets it sends (refresh token, client secret, assertion, code,
 * code_verifier) are in the body of a POST to the login host, and none of them is ever logged.
 */
class OAuthClient : public QObject
{
    Q_OBJECT

public:
    using Form = QList<QPair<QString, QString>>;
    using Callback = std::function<void(const OAuthReply&)>;

    explicit OAuthClient(QNetworkAccessManager* network, QObject* parent = nullptr);
    ~OAuthClient() override;

    /// Seconds without progress before a post fails (default 60).
    void setTimeoutSeconds(int seconds) { m_timeoutSeconds = seconds; }

    /**
     * @brief POSTs @p form to @p url. @p callback runs exactly once, later, on @p context's thread (dropped if
     * @p context dies first).
     */
    void post(const QUrl& url, const Form& form, QObject* context, Callback callback);

    /// The exact body sent for @p form: `key=value&...`, every byte but RFC 3986 unreserved percent-encoded.
    static QByteArray formBody(const Form& form);

private:
    QNetworkAccessManager* m_network;
    int m_timeoutSeconds = 60;
};

} // namespace Portrait
