#include "ClientCredentialsProvider.h"

#include "auth/OAuthClient.h"
#include "auth/TokenStore.h"
#include "base/Clock.h"

namespace Portrait {

ClientCredentialsProvider::ClientCredentialsProvider(OAuthClient* client, const AuthEndpoints& endpoints,
                                                     const QString& clientId, Clock* clock, QObject* parent)
    : CachingTokenProvider(clock, parent)
    , m_client(client)
    , m_endpoints(endpoints)
    , m_clientId(clientId)
{ }

ClientCredentialsProvider::~ClientCredentialsProvider() = default;

void ClientCredentialsProvider::setSecretFromStore(TokenStore* store, const QString& key)
{
    m_store = store;
    m_storeKey = key;
    m_useCertificate = false;
}

void ClientCredentialsProvider::setCertificateFromStore(const QString& path, TokenStore* store,
                                                        const QString& passwordKey)
{
    m_store = store;
    m_storeKey = passwordKey;
    m_certificatePath = path;
    m_useCertificate = true;
}

void ClientCredentialsProvider::acquire()
{
    if (!m_secret.isEmpty() || m_certificate || !m_store) {
        request(false);
        return;
    }
    m_store->read(m_storeKey, this, [this](const TokenStoreResult& stored) {
        if (stored.status == TokenStoreResult::Status::Error) {
            completeAcquire(TokenResult::failure(stored.error)); // the keychain's own error, kind and all
            return;
        }
        if (!m_useCertificate) {
            if (!stored.ok() || stored.value.isEmpty()) {
                completeAcquire(TokenResult::signInRequired(
                    trMessage(staticMetaObject.className(),
                              QT_TR_NOOP("the client secret is not in the keychain: sign in again"))));
                return;
            }
            m_secret = stored.value;
        } else {
            QString error;
            std::unique_ptr<CertificateCredential> loaded
                = CertificateCredential::loadFile(m_certificatePath, stored.value.toUtf8(), &error);
            if (!loaded) {
                completeAcquire(TokenResult::failure(GraphError::make(GraphError::Kind::Auth, error)));
                return;
            }
            m_certificate = std::move(loaded);
        }
        request(false);
    });
}

void ClientCredentialsProvider::request(bool fallback)
{
    OAuthClient::Form form{{QStringLiteral("client_id"), m_clientId},
                           {QStringLiteral("scope"), m_endpoints.appScope()}};
    if (m_certificate) {
        const auto algorithm = fallback ? CertificateCredential::Algorithm::RS256 : m_algorithm;
        QString error;
        const QByteArray assertion = m_certificate->createAssertion(m_clientId, m_endpoints.tokenUrl().toString(),
                                                                    clock()->nowUtc(), algorithm, &error);
        if (assertion.isEmpty()) {
            completeAcquire(TokenResult::failure(GraphError::make(GraphError::Kind::Auth, error)));
            return;
        }
        form.append({QStringLiteral("client_assertion_type"),
                     QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")});
        form.append({QStringLiteral("client_assertion"), QString::fromLatin1(assertion)});
    } else if (!m_secret.isEmpty()) {
        form.append({QStringLiteral("client_secret"), m_secret});
    } else {
        completeAcquire(TokenResult::signInRequired(
            trMessage(staticMetaObject.className(), QT_TR_NOOP("no client secret or certificate is configured"))));
        return;
    }
    form.append({QStringLiteral("grant_type"), QStringLiteral("client_credentials")});
    m_client->post(m_endpoints.tokenUrl(), form, this,
                   [this, fallback](const OAuthReply& reply) { onToken(reply, fallback); });
}

void ClientCredentialsProvider::onToken(const OAuthReply& reply, bool fallback)
{
    if (reply.ok()) {
        if (fallback) {
            m_algorithm = CertificateCredential::Algorithm::RS256; // this tenant takes the older form
        }
        const TokenGrant grant = TokenGrant::fromJson(reply.json, clock()->nowUtc());
        completeAcquire(grant);
        return;
    }
    if (m_certificate && !fallback && m_algorithm == CertificateCredential::Algorithm::PS256
        && reply.error == QLatin1String("invalid_client")) {
        request(true);
        return;
    }
    const bool interaction
        = reply.error == QLatin1String("invalid_client") || reply.error == QLatin1String("unauthorized_client");
    completeAcquire(interaction ? TokenResult::signInRequired(reply.message())
                                : TokenResult::failure(GraphError::make(GraphError::Kind::Auth, reply.message())));
}

} // namespace Portrait
