#pragma once

#include "auth/TokenGrant.h"
#include "base/Cloud.h"
#include "bulk/JournalTenant.h"

#include <QObject>
#include <QString>

#include <memory>

class QNetworkAccessManager;

namespace Portrait {

class GraphClient;
class GraphEmulator;
class OAuthClient;
class RequestScheduler;
class TokenProvider;
class TokenStore;

/// How to reach Graph: the connection options shared by `portrait` and `portrait-cli` (CLI.md).
struct ConnectionOptions
{
    bool demo = false; ///< the built-in demo tenant, served in-process on 127.0.0.1
    QString graphUrl; ///< empty: the cloud's default root
    Cloud cloud = Cloud::Global;
    bool cloudGiven = false;
    QString accessTokenEnv; ///< name of an environment variable holding a bearer token
    QString accessTokenFile; ///< a file whose first line is a bearer token
    QString account; ///< a signed-in account (settings in AccountStore, secrets in the keychain)
    /// Where the account's secrets are; null: the OS keychain. Not owned: it must outlive the session (tests
    /// pass a MemoryTokenStore; the GUI shares the one its sign-in dialog wrote to).
    TokenStore* tokenStore = nullptr;
    /// With `account`: tokens a sign-in just received. The session uses the access token while it is fresh
    /// instead of redeeming the stored refresh token at once (one token request fewer, and no rotation racing a
    /// window closed right after signing in).
    TokenGrant initialGrant;
    /// A PEM file of certificate authorities to trust for https, in addition to the system's (e.g. the
    /// emulator's self-signed certificate); TLS errors are never ignored.
    QString caCertificateFile;
    int timeoutSeconds = 60;
    int concurrency = 4; ///< photo requests in flight at most (Graph's Outlook limit per app)
};

/**
 * @brief One connection to Graph, made from ConnectionOptions: the token source, the GraphClient and,
 * for the demo tenant, the in-process GraphEmulator it talks to over loopback.
 *
 * The only place in app/ that starts the emulator; the client cannot tell it from Graph but by its URL.
 */
class Session : public QObject
{
    Q_OBJECT

public:
    /// Why open() failed, which decides the CLI's exit code.
    enum class Failure
    {
        None,
        Usage, ///< contradictory or malformed options (exit 2)
        Auth, ///< no usable token or account (exit 3)
        Unreachable, ///< the demo tenant could not start (exit 4)
    };

    ~Session() override;

    /// Builds a session; on failure returns null and sets @p failure and @p error.
    static std::unique_ptr<Session> open(const ConnectionOptions& options, Failure* failure, QString* error);

    GraphClient* client() const { return m_client; }
    /// The connection's one RequestScheduler (capped at ConnectionOptions::concurrency).
    RequestScheduler* scheduler() const;
    bool isDemo() const { return m_emulator != nullptr; }
    /// The in-process demo tenant, or null.
    GraphEmulator* emulator() const { return m_emulator; }
    /// The signed-in account in use, or empty.
    QString accountName() const { return m_account; }
    /// Whether the account signs in as the application itself (client secret or certificate), known before any
    /// request: Graph refuses group photo writes to such tokens. False for a raw token or the demo tenant.
    bool isAppOnly() const { return m_appOnly; }
    /**
     * @brief The name this connection's thumbnails are kept under on disk (CacheFolder::attach()): the account's.
     * Empty, so in memory only, for the demo tenant and a bare token: the demo is rendered in-process and answers
     * over loopback, so a disk entry would save no time, a throwaway tenant's faces have no business in the
     * user's cache folder, and runs of the demo (tests, benchmarks that count requests) must not depend on
     * earlier ones.
     */
    QString cacheScope() const { return isDemo() ? QString() : m_account; }
    /// A short description for people: "demo tenant at http://127.0.0.1:PORT/v1.0" or the Graph root.
    QString description() const;
    /**
     * @brief The tenant this connection writes to, as journals record it: the demo tenant's id, or the account's
     * when it was set up with a tenant id (a domain or `organizations` names none); always the Graph root and the
     * account.
     */
    JournalTenant journalTenant() const;

private:
    explicit Session(QObject* parent = nullptr);
    void configureClient(const ConnectionOptions& options);
    static std::unique_ptr<Session> openAccount(std::unique_ptr<Session> session, const ConnectionOptions& options,
                                                Failure* failure, QString* error);

    GraphEmulator* m_emulator = nullptr;
    QNetworkAccessManager* m_network = nullptr;
    TokenStore* m_store = nullptr; ///< owned (the keychain), unless ConnectionOptions::tokenStore was given
    bool m_ownsStore = false;
    OAuthClient* m_oauth = nullptr;
    TokenProvider* m_tokens = nullptr;
    GraphClient* m_client = nullptr;
    QString m_account;
    QString m_tenantId; ///< the account's tenant when it is an id, else empty
    bool m_appOnly = false;
};

} // namespace Portrait
