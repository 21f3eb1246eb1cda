#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <memory>

namespace Portrait {

/**
 * @brief An app registration's certificate and private key (PEM or PKCS#12), and the `client_assertion` JWT
 * it signs for the client credentials grant (docs/GRAPH.md#app-only-sign-in), through OpenSSL's libcrypto.
 *
 * Two forms: PS256 with the `x5t#S256` header (current), and RS256 with `x5t` (the SHA-1 thumbprint the
 * older documentation describes) as the fallback for older tenants.
 */
class CertificateCredential
{
public:
    enum class Algorithm
    {
        PS256, ///< RSASSA-PSS with SHA-256, header `x5t#S256`
        RS256, ///< RSASSA-PKCS1-v1_5 with SHA-256, header `x5t`
    };

    ~CertificateCredential();

    /**
     * @brief Reads a PEM file (certificate and private key, the key optionally encrypted) or a PKCS#12
     * bundle. Returns null with @p error when either part is missing or @p password is wrong.
     */
    static std::unique_ptr<CertificateCredential> load(const QByteArray& data, const QByteArray& password,
                                                       QString* error);
    /// load() on a file's contents.
    static std::unique_ptr<CertificateCredential> loadFile(const QString& path, const QByteArray& password,
                                                           QString* error);

    /// The certificate's DER encoding.
    QByteArray certificateDer() const { return m_der; }
    /// base64url(SHA-1(DER)), the `x5t` header.
    QByteArray thumbprintSha1() const;
    /// base64url(SHA-256(DER)), the `x5t#S256` header.
    QByteArray thumbprintSha256() const;

    /**
     * @brief A signed assertion: `iss` = `sub` = @p clientId, `aud` = @p audience (the token URL), `jti` a fresh
     * GUID, `nbf` = `iat` = @p now, `exp` 10 minutes later. Empty with @p error when signing fails.
     */
    QByteArray createAssertion(const QString& clientId, const QString& audience, const QDateTime& now,
                               Algorithm algorithm, QString* error) const;

    /// Signs @p input with the private key; empty on failure.
    QByteArray sign(const QByteArray& input, Algorithm algorithm, QString* error) const;

private:
    struct Private;
    explicit CertificateCredential(std::unique_ptr<Private> d);

    std::unique_ptr<Private> d;
    QByteArray m_der;
};

} // namespace Portrait
