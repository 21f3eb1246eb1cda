#include "AuditRecord.h"

#include "bulk/PhotoRecord.h"

namespace Portrait {

QJsonObject AuditRecord::toJson() const
{
    QJsonObject r = photoRecord(object, photo);
    if (!placeholder.isEmpty()) {
        r.insert(QLatin1String("placeholder"), placeholder);
        r.insert(QLatin1String("placeholderDistance"), placeholderDistance);
    }
    if (!dhash.isEmpty()) {
        r.insert(QLatin1String("dhash"), dhash);
    }
    if (duplicates > 0) {
        r.insert(QLatin1String("duplicates"), duplicates);
    }
    return r;
}

} // namespace Portrait
