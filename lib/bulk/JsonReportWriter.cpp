#include "JsonReportWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Portrait {

namespace {

QByteArray compact(const QJsonValue& value)
{
    // QJsonDocument only takes objects and arrays: wrap, then strip the brackets.
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return text.mid(1, text.size() - 2);
}

} // namespace

void JsonReportWriter::writeHeader(const AuditReportInfo& info)
{
    put(QByteArray("{\"format\":") + compact(formatName())
        + ",\"version\":1,\"createdAt\":" + compact(info.createdAt.toUTC().toString(Qt::ISODate))
        + ",\"scopes\":" + compact(QJsonArray::fromStringList(info.scopes))
        + ",\"deep\":" + (info.deep ? "true" : "false") + ",\n\"records\":[");
}

void JsonReportWriter::write(const AuditRecord& record)
{
    put(QByteArray(m_first ? "\n" : ",\n") + QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact));
    m_first = false;
}

void JsonReportWriter::writeFooter(const AuditReportInfo& info)
{
    QJsonObject summary;
    qint64 total = 0;
    for (int s = 0; s < int(info.counts.size()); ++s) {
        summary.insert(photoStatusName(PhotoStatus(s)), info.counts[size_t(s)]);
        total += info.counts[size_t(s)];
    }
    summary.insert(QLatin1String("total"), total);
    put(QByteArray("\n],\n\"summary\":") + QJsonDocument(summary).toJson(QJsonDocument::Compact)
        + ",\"complete\":" + (info.complete ? "true" : "false") + "}\n");
}

} // namespace Portrait
