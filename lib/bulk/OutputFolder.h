#pragma once

#include <QByteArray>
#include <QSet>
#include <QString>

class QCryptographicHash;

namespace Portrait {

/**
 * @brief The files of an export folder, reached without ever following a symbolic link inside it.
 *
 * Another local user who owns or can write the folder can put symbolic links into it at any moment, also
 * between a check and a write. So every file is named relative to the folder and opened one component at a
 * time from the folder's descriptor, with O_NOFOLLOW (openat): a link on the way or at the end is refused
 * when it is met, never followed. Writes are atomic and never go through a link either: a temporary file of
 * Portrait's own name in the folder itself (created exclusively, synced), renamed over the file (renameat
 * replaces a name, never what a link there points to). New files and folders follow the user's umask.
 *
 * Every function opens the folder anew and keeps no state: any thread may call any of them at any time.
 * (Without openat, on other systems, each path is checked for links right before it is used instead.)
 */
namespace OutputFolder {

/// What read() found.
enum class Read
{
    Ok,
    Missing, ///< no such file (or folder on the way): not an error
    Failed, ///< a link, not a plain file, or unreadable: see the error
};

/// True when @p dir is not there yet, or is owned by the user running Portrait.
bool isOwnedByUser(const QString& dir);
/// Reads the whole of @p file (relative, `/`-separated) under @p dir.
Read read(const QString& dir, const QString& file, QByteArray* data, QString* error);
/// Adds the bytes of @p file to @p hash; false (with @p error) when it is missing, a link or not a plain file.
bool hash(const QString& dir, const QString& file, QCryptographicHash* hash, qint64* size, QString* error);
/// Writes @p data to @p file atomically, creating the folders on the way.
bool write(const QString& dir, const QString& file, const QByteArray& data, QString* error);
/// Deletes @p file; true when it is gone (or was never there). Never deletes through or a link.
bool remove(const QString& dir, const QString& file, QString* error);
/// True for a name write() gives its temporaries (`.portrait-XXXXXXXX.tmp`), and only for those.
bool isTemporaryName(const QString& name);
/// Deletes the temporaries an interrupted write() left in @p dir, except the files in @p keep. Returns how many.
int removeTemporaries(const QString& dir, const QSet<QString>& keep);

} // namespace OutputFolder

} // namespace Portrait
