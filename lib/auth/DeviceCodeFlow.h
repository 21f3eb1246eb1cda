#pragma once

#include "auth/AuthEndpoints.h"
#include "auth/TokenGrant.h"
#include "base/Task.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

namespace Portrait {

class Clock;
class OAuthClient;
struct OAuthReply;

/// What the user needs to finish a device code sign-in: the code and where to enter it.
struct DeviceCodeInfo
{
    QString userCode;
    QUrl verificationUri;
    QString message; ///< the service's own sentence (localised by the service)
    int expiresInSeconds = 900;
    int intervalSeconds = 5; ///< never less than 5

    /// True when verificationUri may be opened in a browser for the user: https only.
    bool canOpen() const;
};

/**
 * @brief Device authorization grant (RFC 8628) against the identity platform (docs/GRAPH.md#device-code-sign-in).
 *
 * start() asks for a code, emits codeReady() once, then polls the token endpoint every `interval` seconds
 * (5 s at least) on the injected Clock: `authorization_pending` polls again, `slow_down` adds 5 s to the interval,
 * `authorization_declined`, `expired_token` and every other error stop. finished() once (Task); grant() and error()
 * (kind Auth with the OAuth error as its code, Network, or Cancelled after abort()) are valid after it.
 */
class DeviceCodeFlow : public Task
{
    Q_OBJECT

public:
    DeviceCodeFlow(OAuthClient* client, const AuthEndpoints& endpoints, const QString& clientId,
                   const QStringList& scopes, Clock* clock, QObject* parent = nullptr);
    ~DeviceCodeFlow() override;

    /// The tokens; valid after a successful finished().
    TokenGrant grant() const { return m_grant; }
    /// The code, valid after codeReady().
    DeviceCodeInfo info() const { return m_info; }
    /// The current wait between polls, grown by slow_down.
    qint64 intervalMs() const { return m_intervalMs; }
    /// Polls sent so far.
    int polls() const { return m_polls; }

signals:
    /// The code to show; emitted once.
    void codeReady(const Portrait::DeviceCodeInfo& info);

protected:
    void run() override;
    /// Stops polling; finishes with code `cancelled`.
    void stop() override;

private:
    void onDeviceCode(const OAuthReply& reply);
    void schedulePoll();
    void poll();
    void onPoll(const OAuthReply& reply);
    void fail(const GraphError& error);

    OAuthClient* m_client;
    AuthEndpoints m_endpoints;
    QString m_clientId;
    QStringList m_scopes;
    Clock* m_clock;
    DeviceCodeInfo m_info;
    QString m_deviceCode;
    qint64 m_intervalMs = 5000;
    qint64 m_deadlineMs = 0;
    int m_polls = 0;
    quint64 m_generation = 0;
    TokenGrant m_grant;
};

} // namespace Portrait
