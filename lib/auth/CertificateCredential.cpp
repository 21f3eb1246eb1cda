#include "CertificateCredential.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

namespace Portrait {

namespace {

QByteArray base64Url(const QByteArray& data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString opensslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0) {
        return QCoreApplication::translate("Portrait::CertificateCredential", "unknown OpenSSL error");
    }
    char buffer[256];
    ERR_error_string_n(code, buffer, sizeof buffer);
    return QString::fromLatin1(buffer);
}

struct BioDeleter
{
    void operator()(BIO* bio) const { BIO_free(bio); }
};
using BioPtr = std::unique_ptr<BIO, BioDeleter>;

int passwordCallback(char* buffer, int size, int /*rwflag*/, void* userdata)
{
    const QByteArray* password = static_cast<const QByteArray*>(userdata);
    const int length = qMin(size, int(password->size()));
    memcpy(buffer, password->constData(), size_t(length));
    return length;
}

} // namespace

struct CertificateCredential::Private
{
    EVP_PKEY* key = nullptr;
    X509* certificate = nullptr;
    ~Private()
    {
        EVP_PKEY_free(key);
        X509_free(certificate);
    }
};

CertificateCredential::CertificateCredential(std::unique_ptr<Private> p)
    : d(std::move(p))
{
    const int length = i2d_X509(d->certificate, nullptr);
    if (length > 0) {
        m_der.resize(length);
        auto* out = reinterpret_cast<unsigned char*>(m_der.data());
        i2d_X509(d->certificate, &out);
    }
}

CertificateCredential::~CertificateCredential() = default;

std::unique_ptr<CertificateCredential> CertificateCredential::load(const QByteArray& data, const QByteArray& password,
                                                                   QString* error)
{
    auto p = std::make_unique<Private>();
    ERR_clear_error();
    if (data.contains("-----BEGIN ")) {
        BioPtr certBio(BIO_new_mem_buf(data.constData(), int(data.size())));
        p->certificate = PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr);
        BioPtr keyBio(BIO_new_mem_buf(data.constData(), int(data.size())));
        QByteArray pass = password;
        p->key = PEM_read_bio_PrivateKey(keyBio.get(), nullptr, passwordCallback, &pass);
        if (!p->certificate) {
            *error
                = QCoreApplication::translate("Portrait::CertificateCredential", "the PEM data holds no certificate");
            return nullptr;
        }
        if (!p->key) {
            *error = QCoreApplication::translate("Portrait::CertificateCredential",
                                                 "the PEM data holds no private key, or the password is wrong (%1)")
                         .arg(opensslError());
            return nullptr;
        }
    } else {
        const auto* bytes = reinterpret_cast<const unsigned char*>(data.constData());
        PKCS12* bundle = d2i_PKCS12(nullptr, &bytes, long(data.size()));
        if (!bundle) {
            *error
                = QCoreApplication::translate("Portrait::CertificateCredential", "not a PEM file or a PKCS#12 bundle");
            return nullptr;
        }
        const QByteArray pass = password;
        const bool parsed = PKCS12_parse(bundle, pass.constData(), &p->key, &p->certificate, nullptr) == 1;
        PKCS12_free(bundle);
        if (!parsed || !p->key || !p->certificate) {
            *error = QCoreApplication::translate(
                         "Portrait::CertificateCredential",
                         "cannot open the PKCS#12 bundle: wrong password or no key and certificate (%1)")
                         .arg(opensslError());
            return nullptr;
        }
    }
    if (EVP_PKEY_base_id(p->key) != EVP_PKEY_RSA) {
        *error = QCoreApplication::translate("Portrait::CertificateCredential", "the private key is not an RSA key");
        return nullptr;
    }
    if (X509_check_private_key(p->certificate, p->key) != 1) {
        ERR_clear_error();
        *error = QCoreApplication::translate("Portrait::CertificateCredential",
                                             "the private key does not belong to the certificate");
        return nullptr;
    }
    return std::unique_ptr<CertificateCredential>(new CertificateCredential(std::move(p)));
}

std::unique_ptr<CertificateCredential> CertificateCredential::loadFile(const QString& path, const QByteArray& password,
                                                                       QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Portrait::CertificateCredential", "cannot read '%1': %2")
                     .arg(path, file.errorString());
        return nullptr;
    }
    return load(file.readAll(), password, error);
}

QByteArray CertificateCredential::thumbprintSha1() const
{
    return base64Url(QCryptographicHash::hash(m_der, QCryptographicHash::Sha1));
}

QByteArray CertificateCredential::thumbprintSha256() const
{
    return base64Url(QCryptographicHash::hash(m_der, QCryptographicHash::Sha256));
}

QByteArray CertificateCredential::sign(const QByteArray& input, Algorithm algorithm, QString* error) const
{
    EVP_MD_CTX* context = EVP_MD_CTX_new();
    EVP_PKEY_CTX* keyContext = nullptr;
    QByteArray signature;
    bool ok = EVP_DigestSignInit(context, &keyContext, EVP_sha256(), nullptr, d->key) == 1;
    if (ok && algorithm == Algorithm::PS256) {
        ok = EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PSS_PADDING) == 1
            && EVP_PKEY_CTX_set_rsa_pss_saltlen(keyContext, RSA_PSS_SALTLEN_DIGEST) == 1;
    }
    size_t length = 0;
    ok = ok
        && EVP_DigestSign(context, nullptr, &length, reinterpret_cast<const unsigned char*>(input.constData()),
                          size_t(input.size()))
            == 1;
    if (ok) {
        signature.resize(qsizetype(length));
        ok = EVP_DigestSign(context, reinterpret_cast<unsigned char*>(signature.data()), &length,
                            reinterpret_cast<const unsigned char*>(input.constData()), size_t(input.size()))
            == 1;
        signature.resize(qsizetype(length));
    }
    EVP_MD_CTX_free(context);
    if (!ok) {
        *error
            = QCoreApplication::translate("Portrait::CertificateCredential", "signing the client assertion failed: %1")
                  .arg(opensslError());
        return {};
    }
    return signature;
}

QByteArray CertificateCredential::createAssertion(const QString& clientId, const QString& audience,
                                                  const QDateTime& now, Algorithm algorithm, QString* error) const
{
    QJsonObject header{{QStringLiteral("typ"), QStringLiteral("JWT")}};
    if (algorithm == Algorithm::PS256) {
        header.insert(QStringLiteral("alg"), QStringLiteral("PS256"));
        header.insert(QStringLiteral("x5t#S256"), QString::fromLatin1(thumbprintSha256()));
    } else {
        header.insert(QStringLiteral("alg"), QStringLiteral("RS256"));
        header.insert(QStringLiteral("x5t"), QString::fromLatin1(thumbprintSha1()));
    }
    const qint64 issued = now.toSecsSinceEpoch();
    const QJsonObject claims{
        {QStringLiteral("aud"), audience},
        {QStringLiteral("iss"), clientId},
        {QStringLiteral("sub"), clientId},
        {QStringLiteral("jti"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("nbf"), double(issued)},
        {QStringLiteral("iat"), double(issued)},
        {QStringLiteral("exp"), double(issued + 600)},
    };
    const QByteArray input = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const QByteArray signature = sign(input, algorithm, error);
    if (signature.isEmpty()) {
        return {};
    }
    return input + '.' + base64Url(signature);
}

} // namespace Portrait
