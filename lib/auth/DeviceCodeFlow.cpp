#include "DeviceCodeFlow.h"

#include "auth/OAuthClient.h"
#include "base/Clock.h"

namespace Portrait {

namespace {
const QString kDeviceCodeGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");
constexpr qint64 kSlowDownMs = 5000;
constexpr int kMinIntervalSeconds = 5;
} // namespace

bool DeviceCodeInfo::canOpen() const
{
    // Only a page the browser reaches over TLS: an http:// one could be anyone's on the way.
    return verificationUri.isValid() && verificationUri.scheme() == QLatin1String("https")
        && !verificationUri.host().isEmpty();
}

DeviceCodeFlow::DeviceCodeFlow(OAuthClient* client, const AuthEndpoints& endpoints, const QString& clientId,
                               const QStringList& scopes, Clock* clock, QObject* parent)
    : Task(parent)
    , m_client(client)
    , m_endpoints(endpoints)
    , m_clientId(clientId)
    , m_scopes(scopes)
    , m_clock(clock)
{ }

DeviceCodeFlow::~DeviceCodeFlow() = default;

void DeviceCodeFlow::run()
{
    m_client->post(m_endpoints.deviceCodeUrl(),
                   {{QStringLiteral("client_id"), m_clientId}, {QStringLiteral("scope"), m_scopes.join(u' ')}}, this,
                   [this](const OAuthReply& reply) { onDeviceCode(reply); });
}

void DeviceCodeFlow::stop()
{
    fail(GraphError::make(GraphError::Kind::Cancelled,
                          trMessage(staticMetaObject.className(), QT_TR_NOOP("Sign-in was cancelled.")),
                          QStringLiteral("cancelled")));
}

void DeviceCodeFlow::onDeviceCode(const OAuthReply& reply)
{
    if (isFinishing()) {
        return;
    }
    if (!reply.ok()) {
        fail(reply.toError());
        return;
    }
    m_deviceCode = reply.json.value(QLatin1String("device_code")).toString();
    m_info.userCode = reply.json.value(QLatin1String("user_code")).toString();
    m_info.verificationUri = QUrl(reply.json.value(QLatin1String("verification_uri")).toString());
    m_info.message = reply.json.value(QLatin1String("message")).toString();
    m_info.expiresInSeconds = reply.json.value(QLatin1String("expires_in")).toInt(900);
    m_info.intervalSeconds = reply.json.value(QLatin1String("interval")).toInt(5);
    if (m_deviceCode.isEmpty() || m_info.userCode.isEmpty()) {
        fail(GraphError::make(
            GraphError::Kind::Auth,
            trMessage(staticMetaObject.className(), QT_TR_NOOP("The sign-in service sent no device code.")),
            QStringLiteral("invalid_response")));
        return;
    }
    // RFC 8628 §3.2: 5 s when the service names none. Never faster: an interval of 0 would poll in a tight loop.
    m_info.intervalSeconds = qMax(kMinIntervalSeconds, m_info.intervalSeconds);
    m_intervalMs = m_info.intervalSeconds * 1000LL;
    m_deadlineMs = m_clock->nowMs() + m_info.expiresInSeconds * 1000LL;
    emit codeReady(m_info);
    schedulePoll();
}

void DeviceCodeFlow::schedulePoll()
{
    const quint64 generation = m_generation;
    m_clock->callLater(this, m_intervalMs, [this, generation]() {
        if (generation == m_generation && !isFinishing()) {
            poll();
        }
    });
}

void DeviceCodeFlow::poll()
{
    if (m_clock->nowMs() >= m_deadlineMs) {
        fail(GraphError::make(
            GraphError::Kind::Auth,
            trMessage(staticMetaObject.className(), QT_TR_NOOP("The code expired before sign-in was completed.")),
            QStringLiteral("expired_token")));
        return;
    }
    ++m_polls;
    m_client->post(m_endpoints.tokenUrl(),
                   {{QStringLiteral("grant_type"), kDeviceCodeGrant},
                    {QStringLiteral("client_id"), m_clientId},
                    {QStringLiteral("device_code"), m_deviceCode}},
                   this, [this](const OAuthReply& reply) { onPoll(reply); });
}

void DeviceCodeFlow::onPoll(const OAuthReply& reply)
{
    if (isFinishing()) {
        return;
    }
    if (reply.ok()) {
        m_grant = TokenGrant::fromJson(reply.json, m_clock->nowUtc());
        if (!m_grant.isValid()) {
            fail(GraphError::make(
                GraphError::Kind::Auth,
                trMessage(staticMetaObject.className(), QT_TR_NOOP("The sign-in service sent no access token.")),
                QStringLiteral("invalid_response")));
            return;
        }
        ++m_generation;
        finish();
        return;
    }
    if (reply.error == QLatin1String("authorization_pending")) {
        schedulePoll();
    } else if (reply.error == QLatin1String("slow_down")) {
        m_intervalMs += kSlowDownMs; // RFC 8628 §3.5
        schedulePoll();
    } else if (reply.error == QLatin1String("authorization_declined")) {
        fail(GraphError::make(GraphError::Kind::Auth,
                              trMessage(staticMetaObject.className(), QT_TR_NOOP("Sign-in was declined.")),
                              reply.error));
    } else if (reply.error == QLatin1String("expired_token")) {
        fail(GraphError::make(
            GraphError::Kind::Auth,
            trMessage(staticMetaObject.className(), QT_TR_NOOP("The code expired before sign-in was completed.")),
            reply.error));
    } else {
        fail(reply.toError());
    }
}

void DeviceCodeFlow::fail(const GraphError& error)
{
    ++m_generation; // no poll after this
    finish(error);
}

} // namespace Portrait
