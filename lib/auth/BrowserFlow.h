#pragma once

#include "auth/AuthEndpoints.h"
#include "auth/TokenGrant.h"
#include "base/Task.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace Portrait {

class Clock;
class OAuthClient;
struct OAuthReply;

/**
 * @brief Authorization code with PKCE S256 for a native app (RFC 8252,
 * docs/GRAPH.md#browser-sign-in-and-refresh-tokens).
 *
 * start() listens on a random port of both loopback addresses (127.0.0.1 and ::1, which `localhost` in the
 * redirect URI may mean), opens the authorize URL in the system browser (SystemBrowser, or the opener set
 * with setUrlOpener()), waits for the redirect, checks `state`, answers the browser with a short "you can close
 * this tab" page, and redeems the code with its code_verifier. A request without this sign-in's `state` gets a
 * 404 and changes nothing. It times out cleanly (default 5 minutes, on the injected Clock) when the user walks
 * away.
 * finished() once (Task), and only after the browser's last page has been flushed to its socket (or 5 s have
 * passed): a CLI exits right after it. grant() and error() (kind Auth with the OAuth error as its code, Network, or
 * Cancelled after abort()) are valid after it.
 */
class BrowserFlow : public Task
{
    Q_OBJECT

public:
    using UrlOpener = std::function<bool(const QUrl&)>;

    BrowserFlow(OAuthClient* client, const AuthEndpoints& endpoints, const QString& clientId, const QStringList& scopes,
                Clock* clock, QObject* parent = nullptr);
    ~BrowserFlow() override;

    /// Replaces SystemBrowser::open (tests use a fake browser).
    void setUrlOpener(UrlOpener opener) { m_opener = std::move(opener); }
    /// How long to wait for the browser; default 300 s.
    void setTimeoutMs(qint64 ms) { m_timeoutMs = ms; }
    /// `prompt=select_account` and the like; empty: none.
    void setPrompt(const QString& prompt) { m_prompt = prompt; }

    TokenGrant grant() const { return m_grant; }
    /// The URL the browser was sent to (valid after authorizeUrlReady()).
    QUrl authorizeUrl() const { return m_authorizeUrl; }
    /// `http://localhost:PORT/` once listening.
    QUrl redirectUri() const { return m_redirectUri; }
    /// True when no browser could be opened (the user must open authorizeUrl() by hand).
    bool browserFailed() const { return m_browserFailed; }

signals:
    /// The browser is being opened on @p url; show it so the user can open it by hand.
    void authorizeUrlReady(const QUrl& url);
    /// After authorizeUrlReady(): whether a browser could be started on @p url at all.
    void browserStarted(const QUrl& url, bool started);

protected:
    void run() override;
    /// Stops waiting; finishes with code `cancelled`.
    void stop() override;

private:
    bool listen(QString* error);
    void closeServers();
    void onConnection(QTcpServer* server);
    void onReadyRead(QTcpSocket* socket);
    void handleRedirect(QTcpSocket* socket, const QUrl& target);
    void respond(QTcpSocket* socket, int status, const QString& title, const QString& text);
    void onToken(const OAuthReply& reply);
    /// Decides the outcome (the first call counts) and finishes once the pages written have left.
    void end(const GraphError& error);
    void finishWhenFlushed();

    OAuthClient* m_client;
    AuthEndpoints m_endpoints;
    QString m_clientId;
    QStringList m_scopes;
    Clock* m_clock;
    UrlOpener m_opener;
    QString m_prompt;
    qint64 m_timeoutMs = 300000;
    QList<QTcpServer*> m_servers; ///< 127.0.0.1, and ::1 where the machine has it, on the same port
    QByteArray m_state;
    QByteArray m_verifier;
    QUrl m_authorizeUrl;
    QUrl m_redirectUri;
    bool m_redeeming = false;
    bool m_browserFailed = false;
    bool m_ending = false; ///< end() was called: finish() follows the last page
    int m_responding = 0; ///< pages written but not yet handed to the system
    TokenGrant m_grant;
};

} // namespace Portrait
