#pragma once

#include "base/GraphError.h"

#include <QObject>
#include <QString>

#include <functional>

namespace Portrait {

/// The outcome of one TokenStore operation.
struct TokenStoreResult
{
    enum class Status
    {
        Ok, ///< done; for read(), value holds the secret
        NotFound, ///< no such entry: for a refresh token this means "sign in"
        Error, ///< the keychain could not be reached or refused; error says why
    };
    Status status = Status::Ok;
    QString value;
    /// Why, when status is Error: kind Keychain, code `keychain`. It travels as it is to whoever needed the secret
    /// (a token request, and from there the Graph job; a sign-in, a sign-out).
    GraphError error;

    bool ok() const { return status == Status::Ok; }
    /// A refusal of the keychain, said by @p message.
    static TokenStoreResult failure(const TrMessage& message);
};

/**
 * @brief Where secrets live: refresh tokens, client secrets and certificate passwords.
 *
 * Asynchronous: every callback runs exactly once, later (never from within the call), on @p context's
 * thread, and is dropped if @p context dies first. Keys are `portrait/<tenant>/<account>/<kind>` (key()).
 * Implementations: KeychainTokenStore (the OS keychain through QtKeychain, no plaintext fallback ever)
 * and MemoryTokenStore (tests).
 */
class TokenStore : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const TokenStoreResult&)>;

    explicit TokenStore(QObject* parent = nullptr)
        : QObject(parent)
    { }
    ~TokenStore() override = default;

    virtual void read(const QString& key, QObject* context, Callback callback) = 0;
    virtual void write(const QString& key, const QString& value, QObject* context, Callback callback) = 0;
    /// Deleting an entry that does not exist is not an error.
    virtual void remove(const QString& key, QObject* context, Callback callback) = 0;

    /// `portrait/<tenant>/<account>/<kind>`; kinds: refreshTokenKind(), clientSecretKind(), certificatePasswordKind().
    static QString key(const QString& tenant, const QString& account, const QString& kind);
    static QString refreshTokenKind() { return QStringLiteral("refresh-token"); }
    static QString clientSecretKind() { return QStringLiteral("client-secret"); }
    static QString certificatePasswordKind() { return QStringLiteral("certificate-password"); }
};

} // namespace Portrait
