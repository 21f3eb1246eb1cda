#include "SignIn.h"

#include "auth/AccountStore.h"
#include "auth/CertificateCredential.h"
#include "auth/ClientCredentialsProvider.h"
#include "auth/TokenGrant.h"
#include "auth/TokenStore.h"

#include <QTimer>

namespace Portrait {

SignIn::SignIn(const Account& account, const QString& secret, OAuthClient* client, TokenStore* store, Clock* clock,
               QObject* parent)
    : QObject(parent)
    , m_account(account)
    , m_secret(secret)
    , m_client(client)
    , m_store(store)
    , m_clock(clock)
{ }

SignIn::~SignIn() = default;

void SignIn::start()
{
    if (m_started) {
        return;
    }
    m_started = true;
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

void SignIn::cancel()
{
    if (m_finished) {
        return;
    }
    if (m_deviceFlow && !m_deviceFlow->isFinished()) {
        m_deviceFlow->cancel(); // finishes (later) with `cancelled`
        return;
    }
    if (m_browserFlow && !m_browserFlow->isFinished()) {
        m_browserFlow->cancel();
        return;
    }
    // App-only, or saving: whatever answers later is ignored.
    QTimer::singleShot(0, this,
                       [this]() { fail(Failure::Service, QStringLiteral("cancelled"), tr("Sign-in was cancelled.")); });
}

void SignIn::startDeviceCode()
{
    AuthEndpoints endpoints;
    QString error;
    if (!m_account.endpoints(&endpoints, &error)) {
        QTimer::singleShot(0, this,
                           [this, error]() { fail(Failure::Credentials, QStringLiteral("invalid_request"), error); });
        return;
    }
    m_deviceFlow
        = new DeviceCodeFlow(m_client, endpoints, m_account.clientId,
                             endpoints.delegatedScopes(m_account.photoScope, m_account.writeScope), m_clock, this);
    connect(m_deviceFlow, &DeviceCodeFlow::codeReady, this, &SignIn::deviceCodeReady);
    connect(m_deviceFlow, &DeviceCodeFlow::finished, this, [this]() {
        if (!m_deviceFlow->errorCode().isEmpty()) {
            fail(Failure::Service, m_deviceFlow->errorCode(), m_deviceFlow->errorString());
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
        QTimer::singleShot(0, this,
                           [this, error]() { fail(Failure::Credentials, QStringLiteral("invalid_request"), error); });
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
        if (!m_browserFlow->errorCode().isEmpty()) {
            fail(Failure::Service, m_browserFlow->errorCode(), m_browserFlow->errorString());
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
        QTimer::singleShot(0, this,
                           [this, error]() { fail(Failure::Credentials, QStringLiteral("invalid_request"), error); });
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
            QTimer::singleShot(
                0, this, [this, error]() { fail(Failure::Credentials, QStringLiteral("invalid_certificate"), error); });
            return;
        }
        provider->setCertificate(std::move(certificate));
        if (m_account.rs256) {
            provider->setAlgorithm(CertificateCredential::Algorithm::RS256);
        }
    }
    // A first token proves the credentials before anything is saved.
    provider->requestToken(this, [this, provider, kind](const TokenResult& result) {
        if (m_finished) {
            return;
        }
        if (!result.ok()) {
            fail(Failure::Service, QStringLiteral("invalid_client"), result.error);
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
    if (m_finished) {
        return;
    }
    m_grant = grant;
    m_grant.refreshToken.clear(); // it lives in the store only
    if (!m_account.isAppOnly()) {
        m_account.userName = grant.userName();
        if (secret.isEmpty()) {
            fail(Failure::Service, QStringLiteral("no_refresh_token"),
                 tr("the sign-in service sent no refresh token (is offline_access allowed?)"));
            return;
        }
    }
    if (secret.isEmpty()) {
        save(); // a certificate without a password: nothing secret to keep
        return;
    }
    m_store->write(m_account.secretKey(secretKind), secret, this, [this](const TokenStoreResult& stored) {
        if (m_finished) {
            return;
        }
        if (!stored.ok()) {
            fail(Failure::Keychain, QStringLiteral("keychain"),
                 tr("signed in, but the keychain could not keep the secret: %1").arg(stored.error));
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
    m_finished = true;
    emit finished();
}

void SignIn::fail(Failure failure, const QString& code, const QString& message)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_failure = failure;
    m_errorCode = code;
    m_errorString = message;
    emit finished();
}

} // namespace Portrait
