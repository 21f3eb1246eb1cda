#pragma once

#include <QByteArray>

namespace Portrait {

/**
 * @brief Proof Key for Code Exchange (RFC 7636) with the S256 method, and the random values the flows use.
 */
class Pkce
{
public:
    /// A fresh code_verifier: 32 random bytes, base64url without padding (43 characters).
    static QByteArray generateVerifier();
    /// BASE64URL(SHA256(ASCII(@p verifier))) without padding.
    static QByteArray challengeS256(const QByteArray& verifier);
    /// @p bytes of system randomness, base64url without padding (state values, nonces).
    static QByteArray randomUrlSafe(int bytes);
};

} // namespace Portrait
