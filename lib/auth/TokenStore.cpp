#include "TokenStore.h"

namespace Portrait {

QString TokenStore::key(const QString& tenant, const QString& account, const QString& kind)
{
    return QStringLiteral("portrait/%1/%2/%3").arg(tenant, account, kind);
}

} // namespace Portrait
