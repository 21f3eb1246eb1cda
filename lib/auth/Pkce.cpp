#include "Pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace Portrait {

QByteArray Pkce::randomUrlSafe(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator* random = QRandomGenerator::system();
    for (char& c : raw) {
        c = char(random->bounded(256));
    }
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray Pkce::generateVerifier()
{
    return randomUrlSafe(32);
}

QByteArray Pkce::challengeS256(const QByteArray& verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace Portrait
