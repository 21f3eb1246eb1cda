#pragma once

#include "auth/AuthEndpoints.h"
#include "auth/CachingTokenProvider.h"
#include "auth/CertificateCredential.h"

#include <memory>

namespace Portrait {

class OAuthClient;
class TokenStore;
struct OAuthReply;

/**
 * @brief App-only tokens (client credentials grant, docs/GRAPH.md#app-only-sign-in) with a client secret or a
 * certificate.
 *
 * Scope is always the cloud's `{graph-host}/.default`. With a certificate it sends a `client_assertion` JWT,
 * PS256 with `x5t#S256` first; if the service refuses that assertion (`invalid_client`) it tries once more
 * with RS256 and `x5t`, and keeps the form that worked (algorithm()). The secret, or the certificate
 * password, can be given directly (setClientSecret(), setCertificate()) or read lazily from a TokenStore.
 */
class ClientCredentialsProvider : public CachingTokenProvider
{
    Q_OBJECT

public:
    ClientCredentialsProvider(OAuthClient* client, const AuthEndpoints& endpoints, const QString& clientId,
                              Clock* clock, QObject* parent = nullptr);
    ~ClientCredentialsProvider() override;

    void setClientSecret(const QString& secret) { m_secret = secret; }
    void setCertificate(std::shared_ptr<CertificateCredential> certificate) { m_certificate = std::move(certificate); }
    /// Reads the secret from @p store at @p key when first needed.
    void setSecretFromStore(TokenStore* store, const QString& key);
    /// Reads the certificate at @p path, with the password at @p passwordKey in @p store (absent: none).
    void setCertificateFromStore(const QString& path, TokenStore* store, const QString& passwordKey);
    /// The assertion form to try first (default PS256).
    void setAlgorithm(CertificateCredential::Algorithm algorithm) { m_algorithm = algorithm; }
    CertificateCredential::Algorithm algorithm() const { return m_algorithm; }

protected:
    void acquire() override;

private:
    void request(bool fallback);
    void onToken(const OAuthReply& reply, bool fallback);

    OAuthClient* m_client;
    AuthEndpoints m_endpoints;
    QString m_clientId;
    QString m_secret;
    std::shared_ptr<CertificateCredential> m_certificate;
    CertificateCredential::Algorithm m_algorithm = CertificateCredential::Algorithm::PS256;
    TokenStore* m_store = nullptr;
    QString m_storeKey;
    QString m_certificatePath;
    bool m_useCertificate = false;
};

} // namespace Portrait
