#pragma once

#include <QString>

class QFileDevice;

namespace Portrait {

/**
 * @brief Files Portrait keeps for itself that hold tenant data (the thumbnail cache: everybody's photo; the
 * photos handed to an image viewer; the journals of photo writes with their backups) are the user's alone: folders
 * 0700, files 0600, whatever the umask.
 * What the user exports or saves follows the umask instead.
 */
namespace PrivateFiles {

/// Creates @p dir with its missing parents up to and below @p root, each 0700, and narrows @p root itself to
/// 0700 when it is wider (a folder of an older version). @p root empty: @p dir is the root. False on failure.
bool makeFolder(const QString& dir, const QString& root = {});
/// Narrows @p file (open, e.g. a QSaveFile before its commit) to 0600.
bool makePrivate(QFileDevice& file);

} // namespace PrivateFiles

} // namespace Portrait
