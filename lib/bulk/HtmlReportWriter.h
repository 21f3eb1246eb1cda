#pragma once

#include "bulk/AuditReportWriter.h"

#include <array>
#include <vector>

namespace Portrait {

/**
 * @brief The audit as a self-contained HTML contact sheet: a summary with a bar per status, then one section
 * per status (what needs attention first) with a card per principal: thumbnail (a `data:` URI, no external
 * resource), name, UPN or mail, reason and photo facts. Everything from the directory is HTML-escaped.
 *
 * Keeps the records until finish() to group them; ask the job for thumbnails (wantsThumbnails()).
 */
class HtmlReportWriter : public AuditReportWriter
{
public:
    HtmlReportWriter() = default;

    /// Thumbnail edge the sheet is laid out for.
    static constexpr int kThumbnailEdge = 72;
    /// Escapes `& < > " '` for text and attribute values.
    static QString escape(const QString& text);
    /// The order of the sections.
    static QList<PhotoStatus> sectionOrder();

    bool wantsThumbnails() const override { return true; }
    void write(const AuditRecord& record) override;

protected:
    void writeHeader(const AuditReportInfo& info) override;
    void writeFooter(const AuditReportInfo& info) override;

private:
    std::array<std::vector<AuditRecord>, 5> m_byStatus;
};

} // namespace Portrait
