#include "ExportOptions.h"

namespace Portrait {

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Jpeg:
        return QStringLiteral("jpeg");
    case ExportFormat::Png:
        return QStringLiteral("png");
    case ExportFormat::Original:
        break;
    }
    return QStringLiteral("original");
}

bool exportFormatFromName(const QString& name, ExportFormat* format)
{
    const QString n = name.toLower();
    if (n == QLatin1String("original")) {
        *format = ExportFormat::Original;
    } else if (n == QLatin1String("jpeg") || n == QLatin1String("jpg")) {
        *format = ExportFormat::Jpeg;
    } else if (n == QLatin1String("png")) {
        *format = ExportFormat::Png;
    } else {
        return false;
    }
    return true;
}

QString ExportOptions::variant() const
{
    QString v = QStringLiteral("size=%1;format=%2")
                    .arg(sizeId.isEmpty() ? QStringLiteral("largest") : sizeId.toLower(), exportFormatName(format));
    if (format == ExportFormat::Jpeg || maxEdge > 0) {
        v += QStringLiteral(";quality=%1").arg(quality);
    }
    if (maxEdge > 0) {
        v += QStringLiteral(";maxEdge=%1").arg(maxEdge);
    }
    return v;
}

} // namespace Portrait
