#pragma once

#include "bulk/AuditReportWriter.h"

namespace Portrait {

/**
 * @brief The audit as CSV (RFC 4180): a header line, then one line per principal, CRLF line ends, UTF-8.
 *
 * Fields with a comma, a quote, a CR or LF, or leading/trailing spaces are quoted, quotes doubled, so names
 * like `O'Brien, Siobhán` and `Robert "Bob" Jones` survive a round trip. A text that a spreadsheet would take
 * for a formula (it starts with `=`, `+`, `-`, `@`, a tab or a CR) gets a leading apostrophe, so that a name
 * from the directory is never run. An optional UTF-8 BOM helps Excel.
 */
class CsvReportWriter : public AuditReportWriter
{
public:
    CsvReportWriter() = default;

    /// The columns, in order.
    static QStringList columns();
    /// One text field: an apostrophe in front when it starts like a formula, quoted where needed.
    static QString quote(const QString& text);
    /// Parses CSV text made by this writer (or any RFC 4180 CSV) into rows of fields; for tests and tools.
    static QList<QStringList> parse(const QString& text);

    void setByteOrderMark(bool bom) { m_bom = bom; }
    void write(const AuditRecord& record) override;

protected:
    void writeHeader(const AuditReportInfo& info) override;
    void writeFooter(const AuditReportInfo& info) override;

private:
    bool m_bom = false;
};

} // namespace Portrait
