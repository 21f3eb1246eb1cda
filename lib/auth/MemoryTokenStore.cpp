#include "MemoryTokenStore.h"

#include <QPointer>
#include <QTimer>

namespace Portrait {

namespace {

TrMessage unavailable()
{
    return trMessage("Portrait::MemoryTokenStore",
                     QT_TRANSLATE_NOOP("Portrait::MemoryTokenStore", "no keychain is available"));
}

} // namespace

MemoryTokenStore::MemoryTokenStore(QObject* parent)
    : TokenStore(parent)
{ }

MemoryTokenStore::~MemoryTokenStore() = default;

void MemoryTokenStore::answer(QObject* context, Callback callback, const TokenStoreResult& result)
{
    QTimer::singleShot(0, context, [callback = std::move(callback), result]() { callback(result); });
}

void MemoryTokenStore::read(const QString& key, QObject* context, Callback callback)
{
    TokenStoreResult result;
    if (!m_available) {
        result = TokenStoreResult::failure(unavailable());
    } else if (!m_entries.contains(key)) {
        result.status = TokenStoreResult::Status::NotFound;
    } else {
        result.value = m_entries.value(key);
    }
    answer(context, std::move(callback), result);
}

void MemoryTokenStore::write(const QString& key, const QString& value, QObject* context, Callback callback)
{
    TokenStoreResult result;
    if (!m_available) {
        result = TokenStoreResult::failure(unavailable());
    } else {
        m_entries.insert(key, value);
        ++m_writes;
    }
    answer(context, std::move(callback), result);
}

void MemoryTokenStore::remove(const QString& key, QObject* context, Callback callback)
{
    TokenStoreResult result;
    if (!m_available) {
        result = TokenStoreResult::failure(unavailable());
    } else {
        m_entries.remove(key);
    }
    answer(context, std::move(callback), result);
}

} // namespace Portrait
