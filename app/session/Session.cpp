#include "Session.h"

#include "auth/AccountStore.h"
#include "auth/AccountTokenProviders.h"
#include "auth/CachingTokenProvider.h"
#include "auth/KeychainTokenStore.h"
#include "auth/OAuthClient.h"
#include "base/Clock.h"
#include "base/TokenProvider.h"
#include "emulator/DemoTenant.h"
#include "emulator/GraphEmulator.h"
#include "graph/GraphClient.h"
#include "graph/RequestScheduler.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSslCertificate>

namespace Portrait {

Session::Session(QObject* parent)
    : QObject(parent)
{ }

Session::~Session()
{
    // The client (and its replies) go before the server they talk to.
    delete m_client;
    delete m_tokens;
    delete m_oauth;
    if (m_ownsStore) {
        delete m_store;
    }
    delete m_network;
    delete m_emulator;
}

RequestScheduler* Session::scheduler() const
{
    return RequestScheduler::of(m_client);
}

QString Session::description() const
{
    if (m_emulator) {
        return tr("demo tenant at %1").arg(m_client->root().url().toString());
    }
    if (!m_account.isEmpty()) {
        return tr("account %1 at %2").arg(m_account, m_client->root().url().toString());
    }
    return m_client->root().url().toString();
}

JournalTenant Session::journalTenant() const
{
    JournalTenant tenant;
    tenant.demo = m_emulator != nullptr;
    tenant.id = m_emulator ? JournalTenant::idFrom(m_emulator->tenant().tenantId()) : m_tenantId;
    tenant.graphRoot = m_client->root().url().toString();
    tenant.account = m_account;
    return tenant;
}

namespace {

/// Reads ConnectionOptions::caCertificateFile; false with @p error when it names no readable certificate.
bool loadCaCertificates(const ConnectionOptions& options, QList<QSslCertificate>* certificates, QString* error)
{
    if (options.caCertificateFile.isEmpty()) {
        return true;
    }
    QFile file(options.caCertificateFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Session::tr("cannot read the CA certificate file %1: %2")
                     .arg(options.caCertificateFile, file.errorString());
        return false;
    }
    const QByteArray data = file.readAll();
    *certificates = QSslCertificate::fromData(data, QSsl::Pem);
    if (certificates->isEmpty()) {
        *certificates = QSslCertificate::fromData(data, QSsl::Der);
    }
    if (certificates->isEmpty()) {
        *error = Session::tr("%1 holds no PEM or DER certificate").arg(options.caCertificateFile);
        return false;
    }
    return true;
}

} // namespace

std::unique_ptr<Session> Session::open(const ConnectionOptions& options, Failure* failure, QString* error)
{
    const auto fail = [&](Failure f, const QString& message) {
        *failure = f;
        *error = message;
        return std::unique_ptr<Session>();
    };
    *failure = Failure::None;

    int sources = 0;
    sources += options.demo ? 1 : 0;
    sources += options.accessTokenEnv.isEmpty() ? 0 : 1;
    sources += options.accessTokenFile.isEmpty() ? 0 : 1;
    sources += options.account.isEmpty() ? 0 : 1;
    if (sources > 1) {
        return fail(Failure::Usage, tr("choose one of --demo, --account, --access-token-env and --access-token-file"));
    }
    if (options.demo && (!options.graphUrl.isEmpty() || options.cloudGiven)) {
        return fail(Failure::Usage, tr("--demo runs its own tenant: it takes no --graph-url or --cloud"));
    }

    QList<QSslCertificate> authorities;
    QString caError;
    if (!loadCaCertificates(options, &authorities, &caError)) {
        return fail(Failure::Usage, caError);
    }

    std::unique_ptr<Session> session(new Session);
    GraphRoot root;
    QString token;
    if (options.demo) {
        session->m_emulator = new GraphEmulator();
        if (!session->m_emulator->listen(0)) {
            return fail(Failure::Unreachable, tr("the demo tenant could not start on 127.0.0.1"));
        }
        root = GraphRoot::parse(session->m_emulator->graphRoot().toString());
        token = session->m_emulator->accessToken();
    } else {
        QString rootError;
        root = options.graphUrl.isEmpty() ? GraphRoot::forCloud(options.cloud)
                                          : GraphRoot::parse(options.graphUrl, &rootError);
        if (!root.isValid()) {
            return fail(Failure::Usage, tr("bad --graph-url: %1").arg(rootError));
        }
        if (!options.accessTokenEnv.isEmpty()) {
            token = qEnvironmentVariable(options.accessTokenEnv.toLocal8Bit().constData()).trimmed();
            if (token.isEmpty()) {
                return fail(Failure::Auth,
                            tr("the environment variable %1 is not set or empty").arg(options.accessTokenEnv));
            }
        } else if (!options.accessTokenFile.isEmpty()) {
            QString fileError;
            if (!StaticTokenProvider::readTokenFile(options.accessTokenFile, &token, &fileError)) {
                return fail(Failure::Auth, fileError);
            }
        } else if (!options.account.isEmpty()) {
            return openAccount(std::move(session), options, failure, error);
        } else {
            return fail(Failure::Auth,
                        tr("no account or token: use --demo, --access-token-env VAR or --access-token-file FILE"));
        }
    }
    if (token.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive)) {
        token = token.mid(7).trimmed();
    }
    session->m_tokens = new StaticTokenProvider(token);
    session->m_client = new GraphClient(root, session->m_tokens);
    session->configureClient(options);
    session->m_client->setCaCertificates(authorities);
    return session;
}

} // namespace Portrait

namespace Portrait {

void Session::configureClient(const ConnectionOptions& options)
{
    m_client->setTransferTimeoutMs(qMax(1, options.timeoutSeconds) * 1000);
    // The connection's one scheduler: every photo operation and listing of every job shares its limits.
    RequestScheduler::of(m_client)->setMaxInFlight(options.concurrency);
}

std::unique_ptr<Session> Session::openAccount(std::unique_ptr<Session> session, const ConnectionOptions& options,
                                              Failure* failure, QString* error)
{
    const auto fail = [&](Failure f, const QString& message) {
        *failure = f;
        *error = message;
        return std::unique_ptr<Session>();
    };
    const std::optional<Account> account = AccountStore().find(options.account);
    if (!account) {
        return fail(Failure::Auth,
                    tr("no signed-in account named '%1' (see 'portrait-cli accounts', or sign in with "
                       "'portrait-cli login')")
                        .arg(options.account));
    }
    if (options.cloudGiven && options.cloud != account->cloud) {
        // A token of one cloud is never sent to another.
        return fail(Failure::Usage,
                    tr("account '%1' belongs to the %2 cloud, not %3")
                        .arg(account->name, cloudName(account->cloud), cloudName(options.cloud)));
    }
    QString rootError;
    const QString graphUrl = !options.graphUrl.isEmpty() ? options.graphUrl : account->graphUrl;
    const GraphRoot root
        = graphUrl.isEmpty() ? GraphRoot::forCloud(account->cloud) : GraphRoot::parse(graphUrl, &rootError);
    if (!root.isValid()) {
        return fail(Failure::Usage, tr("bad --graph-url: %1").arg(rootError));
    }
    Account effective = *account;
    effective.graphUrl = root.url().toString();
    session->m_network = new QNetworkAccessManager();
    session->m_ownsStore = options.tokenStore == nullptr;
    session->m_store = session->m_ownsStore ? new KeychainTokenStore() : options.tokenStore;
    session->m_oauth = new OAuthClient(session->m_network);
    session->m_oauth->setTimeoutSeconds(qMax(1, options.timeoutSeconds));
    QString providerError;
    CachingTokenProvider* tokens = AccountTokenProviders::create(effective, session->m_oauth, session->m_store,
                                                                 Clock::system(), nullptr, &providerError);
    if (!tokens) {
        return fail(Failure::Usage, providerError);
    }
    if (options.initialGrant.isValid()) {
        tokens->setGrant(options.initialGrant);
    }
    session->m_tokens = tokens;
    session->m_account = account->name;
    session->m_tenantId = JournalTenant::idFrom(account->tenant);
    session->m_appOnly = effective.isAppOnly();
    // The client makes its own managers (GraphClient::send() spreads requests over them); m_network is the sign-in's.
    session->m_client = new GraphClient(root, session->m_tokens);
    session->configureClient(options);
    QList<QSslCertificate> authorities;
    QString caError;
    if (!loadCaCertificates(options, &authorities, &caError)) {
        return fail(Failure::Usage, caError);
    }
    session->m_client->setCaCertificates(authorities);
    return session;
}

} // namespace Portrait
