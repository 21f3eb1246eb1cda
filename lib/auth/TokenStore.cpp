#include "TokenStore.h"

namespace Portrait {

TokenStoreResult TokenStoreResult::failure(const TrMessage& message)
{
    TokenStoreResult result;
    result.status = Status::Error;
    result.error = GraphError::make(GraphError::Kind::Keychain, message, QStringLiteral("keychain"));
    return result;
}

QString TokenStore::key(const QString& tenant, const QString& account, const QString& kind)
{
    return QStringLiteral("portrait/%1/%2/%3").arg(tenant, account, kind);
}

} // namespace Portrait
