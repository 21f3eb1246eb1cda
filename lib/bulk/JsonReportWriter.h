#pragma once

#include "bulk/AuditReportWriter.h"

namespace Portrait {

/**
 * @brief The audit as one JSON document, which is also Portrait's snapshot format (AuditSnapshot reads it):
 *
 * `{"format":"portrait-audit","version":1,"createdAt":...,"scopes":[...],"deep":false,
 *   "records":[ {AuditRecord::toJson()}, ... ], "summary":{"photo":n,...,"total":n}, "complete":true}`
 *
 * Records are written as they come, one per line, so memory stays flat.
 */
class JsonReportWriter : public AuditReportWriter
{
public:
    JsonReportWriter() = default;

    /// The value of `format`.
    static QString formatName() { return QStringLiteral("portrait-audit"); }

    void write(const AuditRecord& record) override;

protected:
    void writeHeader(const AuditReportInfo& info) override;
    void writeFooter(const AuditReportInfo& info) override;

private:
    bool m_first = true;
};

} // namespace Portrait
