#include "AuditReportWriter.h"

#include "bulk/CsvReportWriter.h"
#include "bulk/HtmlReportWriter.h"
#include "bulk/JsonReportWriter.h"

namespace Portrait {

AuditReportWriter::~AuditReportWriter() = default;

std::unique_ptr<AuditReportWriter> AuditReportWriter::forPath(const QString& path)
{
    const QString lower = path.toLower();
    if (lower.endsWith(QLatin1String(".csv"))) {
        return std::make_unique<CsvReportWriter>();
    }
    if (lower.endsWith(QLatin1String(".json"))) {
        return std::make_unique<JsonReportWriter>();
    }
    if (lower.endsWith(QLatin1String(".html")) || lower.endsWith(QLatin1String(".htm"))) {
        return std::make_unique<HtmlReportWriter>();
    }
    return nullptr;
}

bool AuditReportWriter::isSupportedPath(const QString& path)
{
    return forPath(path) != nullptr;
}

bool AuditReportWriter::open(const QString& path, const AuditReportInfo& info, QString* error)
{
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        if (error) {
            *error = m_file->errorString();
        }
        return false;
    }
    writeHeader(info);
    return true;
}

bool AuditReportWriter::finish(const AuditReportInfo& info, QString* error)
{
    if (!m_file) {
        return false;
    }
    writeFooter(info);
    const bool ok = m_file->commit();
    if (!ok && error) {
        *error = m_file->errorString();
    }
    m_file.reset();
    return ok;
}

} // namespace Portrait
