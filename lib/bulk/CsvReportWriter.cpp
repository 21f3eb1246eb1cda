#include "CsvReportWriter.h"

#include <QJsonObject>

namespace Portrait {

QStringList CsvReportWriter::columns()
{
    return {QStringLiteral("path"),
            QStringLiteral("kind"),
            QStringLiteral("id"),
            QStringLiteral("displayName"),
            QStringLiteral("userPrincipalName"),
            QStringLiteral("mail"),
            QStringLiteral("status"),
            QStringLiteral("reason"),
            QStringLiteral("mediaType"),
            QStringLiteral("etag"),
            QStringLiteral("width"),
            QStringLiteral("height"),
            QStringLiteral("bytes"),
            QStringLiteral("sha256"),
            QStringLiteral("placeholder"),
            QStringLiteral("duplicates"),
            QStringLiteral("errorCode"),
            QStringLiteral("requestId")};
}

QString CsvReportWriter::quote(const QString& text)
{
    // A cell that starts like a formula is one to a spreadsheet: a group named =HYPERLINK(...) would run when
    // the report is opened. OWASP's rule: an apostrophe in front (shown by the spreadsheet as text, not kept
    // in the value it computes with), and the cell quoted.
    static constexpr QStringView formulaStarts = u"=+-@\t\r";
    const bool formula = !text.isEmpty() && formulaStarts.contains(text.front());
    const QString field = formula ? u'\'' + text : text;
    const bool needs = formula || field.contains(u',') || field.contains(u'"') || field.contains(u'\n')
        || field.contains(u'\r') || field.startsWith(u' ') || field.endsWith(u' ');
    if (!needs) {
        return field;
    }
    QString q = field;
    q.replace(u'"', QStringLiteral("\"\""));
    return u'"' + q + u'"';
}

QList<QStringList> CsvReportWriter::parse(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool any = false;
    qsizetype i = text.startsWith(QChar(0xFEFF)) ? 1 : 0;
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            quoted = true;
            any = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
            any = true;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
                ++i;
            }
            if (any || !field.isEmpty()) {
                row.append(field);
                rows.append(row);
            }
            row.clear();
            field.clear();
            any = false;
        } else {
            field += c;
            any = true;
        }
    }
    if (any || !field.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

void CsvReportWriter::writeHeader(const AuditReportInfo& info)
{
    Q_UNUSED(info);
    if (m_bom) {
        put(QByteArray("\xEF\xBB\xBF"));
    }
    put(columns().join(u',') + QStringLiteral("\r\n"));
}

void CsvReportWriter::write(const AuditRecord& record)
{
    const QJsonObject r = record.toJson();
    QStringList fields;
    for (const QString& column : columns()) {
        const QJsonValue v = r.value(column);
        // Numbers as they are (never negative here); every text through quote().
        fields.append(v.isDouble() ? QString::number(v.toInteger()) : quote(v.toString()));
    }
    put(fields.join(u',') + QStringLiteral("\r\n"));
}

void CsvReportWriter::writeFooter(const AuditReportInfo& info)
{
    Q_UNUSED(info);
}

} // namespace Portrait
