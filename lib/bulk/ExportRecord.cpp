#include "ExportRecord.h"

#include "bulk/PhotoRecord.h"

namespace Portrait {

QString exportActionName(ExportAction action)
{
    switch (action) {
    case ExportAction::Written:
        return QStringLiteral("written");
    case ExportAction::Unchanged:
        return QStringLiteral("unchanged");
    case ExportAction::Skipped:
        return QStringLiteral("skipped");
    case ExportAction::Removed:
        return QStringLiteral("removed");
    case ExportAction::Failed:
        break;
    }
    return QStringLiteral("failed");
}

QJsonObject ExportRecord::toJson() const
{
    QJsonObject r = object.isValid() ? photoRecord(object, photo) : QJsonObject{};
    if (!object.isValid()) {
        r.insert(QLatin1String("path"), object.path.toString());
    }
    if (!file.isEmpty()) {
        r.insert(QLatin1String("file"), file);
    }
    r.insert(QLatin1String("action"), exportActionName(action));
    if (!message.isEmpty()) {
        r.insert(QLatin1String("message"), message);
    }
    if (sizeFallback) {
        r.insert(QLatin1String("sizeFallback"), true);
        r.insert(QLatin1String("requestedSize"), requestedSizeId);
    }
    if (converted && fileBytes >= 0) {
        r.insert(QLatin1String("fileBytes"), fileBytes);
        r.insert(QLatin1String("fileSha256"), fileSha256);
        r.insert(QLatin1String("fileMediaType"), fileMediaType);
        r.insert(QLatin1String("fileWidth"), fileWidth);
        r.insert(QLatin1String("fileHeight"), fileHeight);
    }
    if (dryRun) {
        r.insert(QLatin1String("dryRun"), true);
    }
    return r;
}

} // namespace Portrait
