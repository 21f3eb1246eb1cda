#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace Portrait {

/// The answer to a token request: a bearer token, or why there is none.
struct TokenResult
{
    QString accessToken;
    QString error; ///< human message when there is no token
    bool interactionRequired = false; ///< the user must sign in again (e.g. after invalid_grant)

    bool ok() const { return !accessToken.isEmpty(); }
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
