#pragma once

#include <QString>

namespace Portrait {

/// What an export writes for each photo (CLI.md `--format`).
enum class ExportFormat
{
    Original, ///< the bytes exactly as Graph serves them (re-encoded in the same format only when resized)
    Jpeg, ///< JPEG at ExportOptions::quality; transparency is flattened onto white
    Png, ///< lossless PNG
};

/// `original`, `jpeg`, `png`.
QString exportFormatName(ExportFormat format);
/// Inverse of exportFormatName() (also accepts `jpg`); false for anything else.
bool exportFormatFromName(const QString& name, ExportFormat* format);

/**
 * @brief The choices of one export run (CLI.md `export`, the GUI's ExportDialog).
 */
struct ExportOptions
{
    QString outDir; ///< where files and `portrait-manifest.json` go (created unless dryRun)
    QString nameTemplate; ///< NameTemplate pattern; empty means NameTemplate::defaultPattern()
    QString sizeId; ///< one of Graph's sizes (`240x240`); empty means the largest available
    ExportFormat format = ExportFormat::Original;
    int quality = 90; ///< JPEG quality 1..100
    int maxEdge = 0; ///< scale down so neither edge exceeds this (0: never scale)
    bool incremental = false; ///< compare etags first; fetch bytes only for what changed or is damaged
    bool prune = false; ///< remove manifest-listed files of principals no longer in scope
    bool dryRun = false; ///< say what would happen; write and delete nothing
    bool transitive = false; ///< walk nested groups' members too
    /// Write into an existing folder that another user owns. Off by default: its owner could swap what is in it
    /// (links, files) while the export runs.
    bool allowForeignFolder = false;

    /// A fingerprint of what changes the bytes written (size, format, quality, max edge); kept in the manifest.
    QString variant() const;
};

} // namespace Portrait
