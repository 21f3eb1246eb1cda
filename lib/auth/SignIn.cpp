#include "SignIn.h"

#include "auth/AccountStore.h"
#include "auth/CertificateCredential.h"
#include "auth/ClientCredentialsProvider.h"
#include "auth/TokenGrant.h"
#include "auth/TokenStore.h"

namespace Portrait {

SignIn::SignIn(const Account& account, const QString& secret, OAuthClient* client, TokenStore* store, Clock* clock,
               QObject* parent)
    : Task(parent)
    , m_account(account)
    , m_secret(secret)
    , m_client(client)
    , m_store(store)
    , m_clock(clock)
{ }

SignIn::~SignIn() = default;

void SignIn::run()
{
    switch (m_account.mode) {
    case Account::Mode::DeviceCode:
        startDeviceCode();
        return;
    case Account::Mode::Browser:
        startBrowser();
        return;
    case Account::Mode::ClientSecret:
    case Account::Mode::Certificate:
        startAppOnly();
        return;
    }
}

void SignIn::stop()
{
    Task* flow = m_deviceFlow ? static_cast<Task*>(m_deviceFlow) : m_browserFlow;
    if (flow && !flow->isFinished()) {
        flow->abort(); // its finished() brings `cancelled` (or the outcome it had already reached) here
        return;
    }
    // App-only, or saving: whatever answers later is ignored.
    finish(GraphError::make(GraphError::Kind::Cancelled,
                            trMessage(staticMetaObject.className(), QT_TR_NOOP("Sign-in was cancelled.")),
                            QStringLiteral("cancelled")));
}

void SignIn::startDeviceCode()
{
    AuthEndpoints endpoints;
    QString error;
    if (!m_account.endpoints(&endpoints, &error)) {
        finish(GraphError::make(GraphError::Kind::Usage, error, QStringLiteral("invalid_request")));
        return;
    }
    m_deviceFlow
        = new DeviceCodeFlow(m_client, endpoints, m_account.clientId,
                             endpoints.delegatedScopes(m_account.photoScope, m_account.writeScope), m_clock, this);
    connect(m_deviceFlow, &DeviceCodeFlow::codeReady, this, &SignIn::deviceCodeReady);
    connect(m_deviceFlow, &DeviceCodeFlow::finished, this, [this]() {
        if (m_deviceFlow->hasError()) {
            finish(m_deviceFlow->error());
            return;
        }
        signedIn(m_deviceFlow->grant(), TokenStore::refreshTokenKind(), m_deviceFlow->grant().refreshToken);
    });
    m_deviceFlow->start();
}

void SignIn::startBrowser()
{
    AuthEndpoints endpoints;
    QString error;
    if (!m_account.endpoints(&endpoints, &error)) {
        finish(GraphError::make(GraphError::Kind::Usage, error, QStringLiteral("invalid_request")));
        return;
    }
    m_browserFlow
        = new BrowserFlow(m_client, endpoints, m_account.clientId,
                          endpoints.delegatedScopes(m_account.photoScope, m_account.writeScope), m_clock, this);
    if (m_opener) {
        m_browserFlow->setUrlOpener(m_opener);
    }
    if (m_browserTimeoutMs > 0) {
        m_browserFlow->setTimeoutMs(m_browserTimeoutMs);
    }
    connect(m_browserFlow, &BrowserFlow::authorizeUrlReady, this, &SignIn::authorizeUrlReady);
    connect(m_browserFlow, &BrowserFlow::browserStarted, this, &SignIn::browserStarted);
    connect(m_browserFlow, &BrowserFlow::finished, this, [this]() {
        if (m_browserFlow->hasError()) {
            finish(m_browserFlow->error());
            return;
        }
        signedIn(m_browserFlow->grant(), TokenStore::refreshTokenKind(), m_browserFlow->grant().refreshToken);
    });
    m_browserFlow->start();
}

void SignIn::startAppOnly()
{
    AuthEndpoints endpoints;
    QString error;
    if (!m_account.endpoints(&endpoints, &error)) {
        finish(GraphError::make(GraphError::Kind::Usage, error, QStringLiteral("invalid_request")));
        return;
    }
    auto* provider = new ClientCredentialsProvider(m_client, endpoints, m_account.clientId, m_clock, this);
    QString kind = TokenStore::clientSecretKind();
    if (m_account.mode == Account::Mode::ClientSecret) {
        provider->setClientSecret(m_secret);
    } else {
        kind = TokenStore::certificatePasswordKind();
        std::unique_ptr<CertificateCredential> certificate
            = CertificateCredential::loadFile(m_account.certificatePath, m_secret.toUtf8(), &error);
        if (!certificate) {
            finish(GraphError::make(GraphError::Kind::Usage, error, QStringLiteral("invalid_certificate")));
            return;
        }
        provider->setCertificate(std::move(certificate));
        if (m_account.rs256) {
            provider->setAlgorithm(CertificateCredential::Algorithm::RS256);
        }
    }
    // A first token proves the credentials before anything is saved.
    provider->requestToken(this, [this, provider, kind](const TokenResult& result) {
        if (isFinishing()) {
            return;
        }
        if (!result.ok()) {
            finish(result.error); // as the token request said it: an OAuth refusal, or the keychain
            return;
        }
        m_account.rs256 = provider->algorithm() == CertificateCredential::Algorithm::RS256;
        TokenGrant grant;
        grant.accessToken = result.accessToken;
        signedIn(grant, kind, m_secret);
    });
}

void SignIn::signedIn(const TokenGrant& grant, const QString& secretKind, const QString& secret)
{
    if (isFinishing()) {
        return;
    }
    m_grant = grant;
    m_grant.refreshToken.clear(); // it lives in the store only
    if (!m_account.isAppOnly()) {
        m_account.userName = grant.userName();
        if (secret.isEmpty()) {
            finish(GraphError::make(GraphError::Kind::Auth,
                                    trMessage(staticMetaObject.className(),
                                              QT_TR_NOOP("the sign-in service sent no refresh token (is "
                                                         "offline_access allowed?)")),
                                    QStringLiteral("no_refresh_token")));
            return;
        }
    }
    if (secret.isEmpty()) {
        save(); // a certificate without a password: nothing secret to keep
        return;
    }
    m_store->write(m_account.secretKey(secretKind), secret, this, [this](const TokenStoreResult& stored) {
        if (isFinishing()) {
            return;
        }
        if (!stored.ok()) {
            GraphError error = stored.error;
            const TrMessage context = trMessage(
                staticMetaObject.className(), QT_TR_NOOP("signed in, but the keychain could not keep the secret: %1"));
            error.message = context.source.arg(stored.error.message);
            error.localizedMessage = context.translated.arg(stored.error.displayMessage());
            finish(error);
            return;
        }
        save();
    });
}

void SignIn::save()
{
    AccountStore store;
    store.save(m_account);
    if (store.current().isEmpty()) {
        store.setCurrent(m_account.name);
    }
    finish();
}

} // namespace Portrait
