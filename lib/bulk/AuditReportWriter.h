#pragma once

#include "bulk/AuditRecord.h"

#include <QDateTime>
#include <QSaveFile>
#include <QStringList>

#include <array>
#include <memory>

namespace Portrait {

/// What a report says about the run as a whole.
struct AuditReportInfo
{
    QStringList scopes; ///< the SCOPEs as given
    QDateTime createdAt; ///< when the run started (UTC)
    bool deep = false;
    std::array<qint64, 5> counts{}; ///< records per PhotoStatus, known at finish()
    bool complete = true; ///< false when the run stopped early (error or cancel)
};

/**
 * @brief Writes an audit report file: CSV, JSON or the HTML contact sheet, chosen by the file's extension.
 *
 * open() once, write() once per record as it arrives, finish() once; the file appears under its final name
 * only on a successful finish() (QSaveFile), never half-written. CSV and JSON stream (flat memory); the HTML
 * sheet groups by status, so it keeps the records (with their small thumbnails) until finish().
 */
class AuditReportWriter
{
public:
    virtual ~AuditReportWriter();

    /// A writer for @p path by its extension (`.csv`, `.json`, `.html`/`.htm`), or null for another extension.
    static std::unique_ptr<AuditReportWriter> forPath(const QString& path);
    /// True for the extensions forPath() knows.
    static bool isSupportedPath(const QString& path);

    /// Whether records should carry thumbnails (AuditOptions::thumbnailEdge) for this report.
    virtual bool wantsThumbnails() const { return false; }

    bool open(const QString& path, const AuditReportInfo& info, QString* error = nullptr);
    virtual void write(const AuditRecord& record) = 0;
    /// Writes the end (with @p info's counts) and commits the file.
    bool finish(const AuditReportInfo& info, QString* error = nullptr);

protected:
    AuditReportWriter() = default;
    virtual void writeHeader(const AuditReportInfo& info) = 0;
    virtual void writeFooter(const AuditReportInfo& info) = 0;
    void put(const QByteArray& bytes) { m_file->write(bytes); }
    void put(const QString& text) { m_file->write(text.toUtf8()); }

private:
    std::unique_ptr<QSaveFile> m_file;
};

} // namespace Portrait
