#pragma once

#include "auth/TokenStore.h"

#include <QHash>

namespace Portrait {

/**
 * @brief An in-memory TokenStore for tests: same asynchronous contract as the keychain, plus switches to
 * behave like a keychain that cannot be reached.
 */
class MemoryTokenStore : public TokenStore
{
    Q_OBJECT

public:
    explicit MemoryTokenStore(QObject* parent = nullptr);
    ~MemoryTokenStore() override;

    void read(const QString& key, QObject* context, Callback callback) override;
    void write(const QString& key, const QString& value, QObject* context, Callback callback) override;
    void remove(const QString& key, QObject* context, Callback callback) override;

    /// False: every operation fails like a machine without a Secret Service.
    void setAvailable(bool available) { m_available = available; }
    /// The entries, for assertions.
    const QHash<QString, QString>& entries() const { return m_entries; }
    int writes() const { return m_writes; }

private:
    void answer(QObject* context, Callback callback, const TokenStoreResult& result);

    QHash<QString, QString> m_entries;
    bool m_available = true;
    int m_writes = 0;
};

} // namespace Portrait
