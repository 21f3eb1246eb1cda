#include "PrivateFiles.h"

#include <QDir>
#include <QFileDevice>
#include <QFileInfo>

namespace Portrait::PrivateFiles {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
    | QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser;

} // namespace

bool makeFolder(const QString& dir, const QString& root)
{
    const QString top = QDir::cleanPath(QDir(root.isEmpty() ? dir : root).absolutePath());
    const QString leaf = QDir::cleanPath(QDir(dir).absolutePath());
    // The missing folders, from the deepest up; each is made 0700 (never 0777 minus the umask, then narrowed).
    QStringList missing;
    for (QString p = leaf; !QFileInfo::exists(p); p = QFileInfo(p).path()) {
        missing.prepend(p);
        if (p == QFileInfo(p).path()) {
            break; // the file system root
        }
    }
    for (const QString& p : std::as_const(missing)) {
        if (!QDir().mkdir(p, kOwnerOnly) && !QFileInfo(p).isDir()) {
            return false;
        }
    }
    const QFileInfo info(top);
    if (!info.isDir()) {
        return false;
    }
    constexpr QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (info.permissions() & others) {
        return QFile::setPermissions(top, kOwnerOnly);
    }
    return QFileInfo(leaf).isDir();
}

bool makePrivate(QFileDevice& file)
{
    return file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                               | QFileDevice::WriteUser);
}

} // namespace Portrait::PrivateFiles
