#include "TestCertificates.h"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

namespace Portrait::Test {

namespace {
QByteArray drain(BIO* bio)
{
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    QByteArray bytes(data, length);
    BIO_free(bio);
    return bytes;
}
} // namespace

TestCertificate TestCertificate::generate(const QByteArray& password)
{
    TestCertificate result;
    result.password = password;
    EVP_PKEY* key = EVP_RSA_gen(2048);
    X509* certificate = X509_new();
    X509_set_version(certificate, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(certificate), 1);
    X509_gmtime_adj(X509_getm_notBefore(certificate), 0);
    X509_gmtime_adj(X509_getm_notAfter(certificate), 3600);
    X509_set_pubkey(certificate, key);
    X509_NAME* name = X509_get_subject_name(certificate);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("portrait-test"), -1,
                               -1, 0);
    X509_set_issuer_name(certificate, name);
    X509_sign(certificate, key, EVP_sha256());

    BIO* pem = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(pem, certificate);
    PEM_write_bio_PrivateKey(pem, key, nullptr, nullptr, 0, nullptr, nullptr);
    result.pem = drain(pem);

    BIO* encrypted = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(encrypted, certificate);
    PEM_write_bio_PKCS8PrivateKey(encrypted, key, EVP_aes_256_cbc(), password.constData(), int(password.size()),
                                  nullptr, nullptr);
    result.encryptedPem = drain(encrypted);

    PKCS12* bundle = PKCS12_create(password.constData(), "portrait-test", key, certificate, nullptr, 0, 0, 0, 0, 0);
    BIO* p12 = BIO_new(BIO_s_mem());
    i2d_PKCS12_bio(p12, bundle);
    result.pkcs12 = drain(p12);
    PKCS12_free(bundle);

    const int length = i2d_X509(certificate, nullptr);
    result.der.resize(length);
    auto* out = reinterpret_cast<unsigned char*>(result.der.data());
    i2d_X509(certificate, &out);

    X509_free(certificate);
    EVP_PKEY_free(key);
    return result;
}

} // namespace Portrait::Test
