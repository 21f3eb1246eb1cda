#pragma once

#include <QByteArray>

namespace Portrait::Test {

/// A throwaway self-signed RSA certificate and key, made with OpenSSL for the test run.
struct TestCertificate
{
    QByteArray pem; ///< certificate + unencrypted private key
    QByteArray encryptedPem; ///< certificate + key encrypted with the password
    QByteArray pkcs12; ///< the same, as PKCS#12 with the password
    QByteArray der; ///< the certificate alone
    QByteArray password;

    static TestCertificate generate(const QByteArray& password = QByteArrayLiteral("test-pass"));
};

} // namespace Portrait::Test
