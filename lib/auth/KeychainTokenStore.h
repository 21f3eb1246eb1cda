#pragma once

#include "auth/TokenStore.h"

namespace Portrait {

/**
 * @brief TokenStore on the OS keychain through QtKeychain (Secret Service, Keychain, Credential Manager).
 *
 * One QKeychain job per operation, auto-deleted, finished connected with a context object. The insecure
 * (plaintext) fallback is never enabled: without a keychain every operation reports an Error.
 * Values longer than chunkBytes() are split over `<key>`, `<key>.1`, `<key>.2`, ... so that no entry exceeds
 * Windows' 2560-byte credential blob; `<key>` then holds a small header naming the chunk count.
 */
class KeychainTokenStore : public TokenStore
{
    Q_OBJECT

public:
    /// @p service is the keychain's service name (default `portrait`; tests use their own).
    explicit KeychainTokenStore(const QString& service = QStringLiteral("portrait"), QObject* parent = nullptr);
    ~KeychainTokenStore() override;

    void read(const QString& key, QObject* context, Callback callback) override;
    void write(const QString& key, const QString& value, QObject* context, Callback callback) override;
    void remove(const QString& key, QObject* context, Callback callback) override;

    /// The most bytes one entry holds (2000, under Windows' 2560).
    static constexpr int chunkBytes() { return 2000; }

private:
    struct Operation;
    void rawRead(const QString& key, std::function<void(const TokenStoreResult&)> done);
    void rawWrite(const QString& key, const QByteArray& value, std::function<void(const TokenStoreResult&)> done);
    void rawRemove(const QString& key, std::function<void(const TokenStoreResult&)> done);
    static int chunkCount(const QString& head);

    QString m_service;
};

} // namespace Portrait
