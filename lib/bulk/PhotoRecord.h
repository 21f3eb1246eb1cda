#pragma once

#include "graph/DirectoryObject.h"
#include "graph/PhotoInfo.h"

#include <QJsonObject>

namespace Portrait {

/**
 * @brief The JSON record of one principal and its photo (CLI.md "Records"), shared by `photo --meta`,
 * `audit` and `export`.
 *
 * Always `path`, `kind`, `id`, `displayName`, `status`; `userPrincipalName` for users and `mail` where
 * present; `reason` for every status but `photo`, with `errorCode`, `errorMessage` and `requestId` when the
 * decision came from a Graph error; `mediaType`, `etag`, `width`, `height` where there is a photo; `bytes`
 * and `sha256` when the binary was fetched.
 */
QJsonObject photoRecord(const DirectoryObject& object, const PhotoInfo& photo);

/// The listing record of one directory object (`list --json`).
QJsonObject objectRecord(const DirectoryObject& object);

} // namespace Portrait
