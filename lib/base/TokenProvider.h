#pragma once

#include "base/GraphError.h"

#include <QObject>
#include <QString>

#include <functional>

namespace Portrait {

/// The answer to a token request: a bearer token, or why there is none.
struct TokenResult
{
    QString accessToken;
    /**
     * @brief Why there is no token, as it reaches the Graph job (and the CLI, the GUI, a sign-in) that asked: kind
     * Keychain when the keychain failed (the store's own error, unchanged), else Auth; code interactionRequiredCode()
     * when only signing in again helps.
     */
    GraphError error;

    bool ok() const { return !accessToken.isEmpty(); }
    /// The user must sign in again (e.g. after invalid_grant): the error's code is interactionRequiredCode().
    bool interactionRequired() const { return error.code == interactionRequiredCode(); }

    /// The code of a token error that only signing in (again) can mend.
    static QString interactionRequiredCode() { return QStringLiteral("interaction-required"); }
    /// No token, because of @p error.
    static TokenResult failure(const GraphError& error);
    /// No token, and only signing in (again) helps: kind Auth, code interactionRequiredCode().
    static TokenResult signInRequired(const QString& message);
    static TokenResult signInRequired(const TrMessage& message);
};

/**
 * @brief The one interface GraphClient asks for a bearer token.
 *
 * requestToken() never blocks. The callback runs exactly once, on @p context's thread, and never
 * synchronously from within requestToken(); it is dropped if @p context is destroyed first.
 */
class TokenProvider : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const TokenResult&)>;

    explicit TokenProvider(QObject* parent = nullptr)
        : QObject(parent)
    { }
    ~TokenProvider() override = default;

    /// Asks for a token; @p forceRefresh after a 401 asks for a new one rather than the cached one.
    virtual void requestToken(QObject* context, Callback callback, bool forceRefresh = false) = 0;
};

/**
 * @brief A fixed token: `--access-token-env`, `--access-token-file`, the demo tenant's token.
 */
class StaticTokenProvider : public TokenProvider
{
    Q_OBJECT

public:
    explicit StaticTokenProvider(const QString& token, QObject* parent = nullptr);
    ~StaticTokenProvider() override;

    void requestToken(QObject* context, Callback callback, bool forceRefresh = false) override;

    /**
     * @brief Reads a token from the first line of @p path. Returns false with @p error when the file cannot
     * be read or holds no token.
     */
    static bool readTokenFile(const QString& path, QString* token, QString* error);

private:
    QString m_token;
};

} // namespace Portrait
