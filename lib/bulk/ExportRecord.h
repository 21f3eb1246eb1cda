#pragma once

#include "graph/DirectoryObject.h"
#include "graph/PhotoInfo.h"

#include <QJsonObject>
#include <QMetaType>

namespace Portrait {

/// What an export did for one principal (CLI.md `action`).
enum class ExportAction
{
    Written, ///< the file was written (new, changed, or repaired)
    Unchanged, ///< incremental: same etag, and the file on disk still hashes right
    Skipped, ///< no photo (or the service cannot serve one here)
    Failed, ///< the photo could not be fetched or written
    Removed, ///< --prune: the principal left the scope and its manifest-listed file was deleted
};

/// `written`, `unchanged`, `skipped`, `failed`, `removed`.
QString exportActionName(ExportAction action);

/**
 * @brief The outcome of one principal in an export: the photo record of CLI.md plus `file` and `action`.
 *
 * `photo` never holds the image bytes (they are gone once written). `bytes`/`sha256` are of what Graph
 * served; `fileBytes`/`fileSha256`/`fileMediaType`/`fileWidth`/`fileHeight` are of the file when it was
 * converted or scaled.
 */
struct ExportRecord
{
    DirectoryObject object;
    PhotoInfo photo;
    ExportAction action = ExportAction::Failed;
    QString file; ///< relative to the output folder, `/`-separated; empty when nothing was or would be written
    QString message; ///< why it failed or was skipped, for people
    QString requestedSizeId; ///< the size asked for, when it differs from photo.sizeId (fallback)
    bool sizeFallback = false; ///< the asked size was missing; the nearest smaller one was used
    bool dryRun = false; ///< nothing was written or deleted
    bool converted = false; ///< the file differs from Graph's bytes (format or scaling)
    qint64 fileBytes = -1;
    QString fileSha256;
    QString fileMediaType;
    int fileWidth = 0;
    int fileHeight = 0;

    /// photoRecord() plus `file`, `action` and, where they apply, `requestedSize`, `sizeFallback`, `dryRun`,
    /// `message` and the `file*` fields of a converted file.
    QJsonObject toJson() const;
};

} // namespace Portrait

Q_DECLARE_METATYPE(Portrait::ExportRecord)
