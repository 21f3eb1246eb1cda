#pragma once

#include <QByteArray>
#include <QString>

namespace Portrait {

/**
 * @brief A fresh key pair and a self-signed X.509 certificate for the emulator's HTTPS (libcrypto).
 *
 * The certificate names `127.0.0.1`, `::1` and `localhost` (subjectAltName), is valid from an hour ago for
 * @p days days, and is a leaf for server authentication. Clients trust it only explicitly (Portrait's
 * `--ca-certificate FILE`, Node's NODE_EXTRA_CA_CERTS, curl's --cacert): it is not a CA of anything else.
 */
struct SelfSignedCertificate
{
    QByteArray certificatePem;
    QByteArray privateKeyPem; ///< PKCS #8, unencrypted (the key never leaves the emulator's memory)

    bool isNull() const { return certificatePem.isEmpty() || privateKeyPem.isEmpty(); }

    /// Generates an EC P-256 key and its certificate; null with @p error set on failure.
    static SelfSignedCertificate generate(const QString& commonName, int days, QString* error);
};

} // namespace Portrait
