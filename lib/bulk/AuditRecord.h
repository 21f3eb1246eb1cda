#pragma once

#include "graph/DirectoryObject.h"
#include "graph/PhotoInfo.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMetaType>

namespace Portrait {

/**
 * @brief The audit outcome of one principal: who, the photo facts (status and reason as CLI.md), and what the
 * placeholder checks found. PhotoInfo::data is always empty here: bytes are hashed and dropped, so a run keeps
 * flat memory; `thumbnail` (a small JPEG) is set only when the job was asked for thumbnails.
 */
struct AuditRecord
{
    DirectoryObject object;
    PhotoInfo photo;
    QString placeholder; ///< the placeholder entry that matched (status placeholder by image), else empty
    int placeholderDistance = -1; ///< dHash distance to it (0 for byte-identical), else -1
    QString dhash; ///< 32 hex digits when the bytes were decoded, else empty
    int duplicates = 0; ///< principals sharing these exact bytes (with --duplicates), else 0
    QByteArray thumbnail; ///< JPEG thumbnail for the HTML contact sheet, or empty

    /// The CLI.md record (photoRecord()) plus `placeholder`, `placeholderDistance`, `dhash`, `duplicates`.
    QJsonObject toJson() const;
};

} // namespace Portrait

Q_DECLARE_METATYPE(Portrait::AuditRecord)
