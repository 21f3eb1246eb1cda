#include "OutputFolder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>

#include <utility>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace Portrait::OutputFolder {

namespace {

QString temporaryName()
{
    return QStringLiteral(".portrait-%1.tmp").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

/// The components of @p file, or false (with @p error) when it is no plain relative path inside the folder.
bool split(const QString& file, QStringList* parts, QString* error)
{
    if (file.isEmpty() || QDir::isAbsolutePath(file) || file.startsWith(u'/') || file.contains(u'\\')) {
        *error = QStringLiteral("'%1' is not a relative path").arg(file);
        return false;
    }
    *parts = file.split(u'/');
    for (const QString& c : std::as_const(*parts)) {
        if (c.isEmpty() || c == QLatin1String(".") || c == QLatin1String("..")) {
            *error = QStringLiteral("'%1' would leave the output folder").arg(file);
            return false;
        }
    }
    return true;
}

QString linkError(const QString& file)
{
    return QStringLiteral("'%1' goes through a symbolic link; refusing to follow it").arg(file);
}

#ifdef Q_OS_UNIX

/// An open descriptor, closed with its owner.
class Fd
{
public:
    explicit Fd(int fd = -1)
        : m_fd(fd)
    { }
    Fd(Fd&& other) noexcept
        : m_fd(std::exchange(other.m_fd, -1))
    { }
    Fd& operator=(Fd&& other) noexcept
    {
        std::swap(m_fd, other.m_fd);
        return *this;
    }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    ~Fd()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    int get() const { return m_fd; }
    int release() { return std::exchange(m_fd, -1); }
    bool isOpen() const { return m_fd >= 0; }

private:
    int m_fd;
};

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

/// What is at @p name in @p dirFd, without following it: a link, a folder, something else, or nothing (-1).
int typeAt(int dirFd, const QByteArray& name)
{
    struct stat st = {};
    if (::fstatat(dirFd, name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
        return -1;
    }
    return int(st.st_mode & S_IFMT);
}

/// The folder @p dir itself: the user named it, so a link there is theirs to make. With @p missingIsError false,
/// a folder that is not there is an invalid Fd with @p error empty.
Fd openRoot(const QString& dir, QString* error, bool missingIsError = true)
{
    Fd fd(::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!fd.isOpen() && (missingIsError || errno != ENOENT)) {
        *error = QStringLiteral("cannot open the folder '%1': %2").arg(dir, systemError());
    }
    return fd;
}

/**
 * @brief The folder that holds the last of @p parts, walked from @p root one component at a time without
 * following links; missing folders are made when @p create. An invalid Fd with @p error empty: a folder on the
 * way is missing (and not created).
 */
Fd openParent(const Fd& root, const QString& file, const QStringList& parts, bool create, QString* error)
{
    Fd current(::fcntl(root.get(), F_DUPFD_CLOEXEC, 0));
    for (qsizetype i = 0; i + 1 < parts.size() && current.isOpen(); ++i) {
        const QByteArray name = QFile::encodeName(parts.at(i));
        Fd next(::openat(current.get(), name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
        if (!next.isOpen() && errno == ENOENT && create) {
            if (::mkdirat(current.get(), name.constData(), 0777) != 0 && errno != EEXIST) {
                *error = QStringLiteral("cannot create the folder '%1': %2")
                             .arg(parts.mid(0, i + 1).join(u'/'), systemError());
                return Fd();
            }
            next = Fd(::openat(current.get(), name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
        }
        if (!next.isOpen()) {
            const int type = typeAt(current.get(), name);
            if (type == S_IFLNK) {
                *error = linkError(file);
            } else if (type >= 0 && type != S_IFDIR) {
                *error = QStringLiteral("'%1' is not a folder").arg(parts.mid(0, i + 1).join(u'/'));
            } else if (type >= 0 || errno != ENOENT) {
                *error = QStringLiteral("cannot open the folder '%1': %2")
                             .arg(parts.mid(0, i + 1).join(u'/'), systemError());
            }
            return Fd();
        }
        current = std::move(next);
    }
    return current;
}

/// @p file opened for reading, never through a link; an invalid Fd with @p error empty when it is missing.
Fd openForReading(const QString& dir, const QString& file, QString* error)
{
    QStringList parts;
    if (!split(file, &parts, error)) {
        return Fd();
    }
    const Fd root = openRoot(dir, error, false);
    if (!root.isOpen()) {
        return Fd();
    }
    const Fd parent = openParent(root, file, parts, false, error);
    if (!parent.isOpen()) {
        return Fd();
    }
    const QByteArray leaf = QFile::encodeName(parts.constLast());
    Fd fd(::openat(parent.get(), leaf.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK));
    if (!fd.isOpen()) {
        if (errno != ENOENT) {
            *error = typeAt(parent.get(), leaf) == S_IFLNK
                ? linkError(file)
                : QStringLiteral("cannot read '%1': %2").arg(file, systemError());
        }
        return Fd();
    }
    struct stat st = {};
    if (::fstat(fd.get(), &st) != 0 || !S_ISREG(st.st_mode)) {
        *error = QStringLiteral("'%1' exists and is not a file").arg(file);
        return Fd();
    }
    return fd;
}

#else

/// The path of @p file under @p dir when no link or non-folder is on the way or at the end (checked now).
QString checkedPath(const QString& dir, const QString& file, QString* error)
{
    QStringList parts;
    if (!split(file, &parts, error)) {
        return {};
    }
    QString current = QDir(dir).absolutePath();
    for (qsizetype i = 0; i < parts.size(); ++i) {
        current += u'/' + parts.at(i);
        const QFileInfo info(current);
        if (info.isSymLink()) {
            *error = linkError(file);
            return {};
        }
        if (i + 1 < parts.size() && info.exists() && !info.isDir()) {
            *error = QStringLiteral("'%1' is not a folder").arg(parts.mid(0, i + 1).join(u'/'));
            return {};
        }
        if (i + 1 == parts.size() && info.exists() && !info.isFile()) {
            *error = QStringLiteral("'%1' exists and is not a file").arg(file);
            return {};
        }
    }
    return current;
}

#endif

} // namespace

bool isOwnedByUser(const QString& dir)
{
#ifdef Q_OS_UNIX
    struct stat st = {};
    if (::stat(QFile::encodeName(dir).constData(), &st) != 0) {
        return errno == ENOENT;
    }
    return st.st_uid == ::geteuid();
#else
    return true;
#endif
}

Read read(const QString& dir, const QString& file, QByteArray* data, QString* error)
{
    error->clear();
#ifdef Q_OS_UNIX
    Fd fd = openForReading(dir, file, error);
    if (!fd.isOpen()) {
        return error->isEmpty() ? Read::Missing : Read::Failed;
    }
    ::fcntl(fd.get(), F_SETFL, 0); // blocking reads from here on (it is a plain file)
    QFile f;
    if (!f.open(fd.release(), QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        *error = f.errorString();
        return Read::Failed;
    }
#else
    const QString path = checkedPath(dir, file, error);
    if (path.isEmpty()) {
        return Read::Failed;
    }
    QFile f(path);
    if (!f.exists()) {
        return Read::Missing;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return Read::Failed;
    }
#endif
    *data = f.readAll();
    if (f.error() != QFileDevice::NoError) {
        *error = f.errorString();
        return Read::Failed;
    }
    return Read::Ok;
}

bool hash(const QString& dir, const QString& file, QCryptographicHash* hash, qint64* size, QString* error)
{
    error->clear();
#ifdef Q_OS_UNIX
    Fd fd = openForReading(dir, file, error);
    if (!fd.isOpen()) {
        if (error->isEmpty()) {
            *error = QStringLiteral("'%1' is missing").arg(file);
        }
        return false;
    }
    ::fcntl(fd.get(), F_SETFL, 0);
    QFile f;
    if (!f.open(fd.release(), QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        *error = f.errorString();
        return false;
    }
#else
    const QString path = checkedPath(dir, file, error);
    QFile f(path);
    if (path.isEmpty() || !f.open(QIODevice::ReadOnly)) {
        if (error->isEmpty()) {
            *error = f.errorString();
        }
        return false;
    }
#endif
    *size = f.size();
    if (!hash->addData(&f)) {
        *error = f.errorString();
        return false;
    }
    return true;
}

bool write(const QString& dir, const QString& file, const QByteArray& data, QString* error)
{
    error->clear();
#ifdef Q_OS_UNIX
    QStringList parts;
    if (!split(file, &parts, error)) {
        return false;
    }
    const Fd root = openRoot(dir, error);
    if (!root.isOpen()) {
        return false;
    }
    const Fd parent = openParent(root, file, parts, true, error);
    if (!parent.isOpen()) {
        return false;
    }
    const QByteArray leaf = QFile::encodeName(parts.constLast());
    const int existing = typeAt(parent.get(), leaf);
    if (existing == S_IFLNK) {
        *error = linkError(file);
        return false;
    }
    if (existing >= 0 && existing != S_IFREG) {
        *error = QStringLiteral("'%1' exists and is not a file").arg(file);
        return false;
    }
    // The bytes go first into a file without a name (O_TMPFILE, where the system has it): nobody sees it half
    // written, and a kill leaves nothing. Complete and synced, it gets a temporary name of Portrait's own in the
    // folder itself (where removeTemporaries() finds one that a kill left between the two steps), then the final
    // name. Without O_TMPFILE the named temporary is made at once. A name is never one somebody else made in the
    // meantime: O_EXCL | O_NOFOLLOW, or linkat, which does not replace.
    Fd out;
    bool unnamed = false;
#ifdef O_TMPFILE
    static const bool procFds = QFileInfo(QStringLiteral("/proc/self/fd")).isDir();
    if (procFds) {
        out = Fd(::openat(root.get(), ".", O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666));
        unnamed = out.isOpen();
    }
#endif
    QByteArray temporary;
    const auto claimName = [&temporary](const auto& make) {
        for (int attempt = 0; attempt < 16; ++attempt) {
            temporary = QFile::encodeName(temporaryName());
            if (make(temporary.constData())) {
                return true;
            }
            if (errno != EEXIST) {
                break;
            }
        }
        temporary.clear();
        return false;
    };
    if (!unnamed && !claimName([&root, &out](const char* name) {
            out = Fd(::openat(root.get(), name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666));
            return out.isOpen();
        })) {
        *error = QStringLiteral("cannot write '%1': %2").arg(file, systemError());
        return false;
    }
    const auto fail = [&](const QString& what) {
        *error = QStringLiteral("cannot write '%1': %2").arg(file, what);
        if (!temporary.isEmpty()) {
            ::unlinkat(root.get(), temporary.constData(), 0);
        }
        return false;
    };
    for (qsizetype done = 0; done < data.size();) {
        const ssize_t n = ::write(out.get(), data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return fail(systemError());
        }
        done += n;
    }
    if (::fsync(out.get()) != 0) {
        return fail(systemError());
    }
    if (unnamed) {
        const QByteArray self = "/proc/self/fd/" + QByteArray::number(out.get());
        if (!claimName([&root, &self](const char* name) {
                return ::linkat(AT_FDCWD, self.constData(), root.get(), name, AT_SYMLINK_FOLLOW) == 0;
            })) {
            return fail(systemError());
        }
    }
    if (::close(out.release()) != 0) {
        return fail(systemError());
    }
    if (::renameat(root.get(), temporary.constData(), parent.get(), leaf.constData()) != 0) {
        return fail(systemError());
    }
    return true;
#else
    const QString path = checkedPath(dir, file, error);
    if (path.isEmpty()) {
        return false;
    }
    if (!QDir().mkpath(QFileInfo(path).path())) {
        *error = QStringLiteral("cannot create the folder '%1'").arg(QFileInfo(path).path());
        return false;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || checkedPath(dir, file, error).isEmpty()
        || !f.commit()) {
        if (error->isEmpty()) {
            *error = QStringLiteral("cannot write '%1': %2").arg(file, f.errorString());
        }
        return false;
    }
    return true;
#endif
}

bool remove(const QString& dir, const QString& file, QString* error)
{
    error->clear();
#ifdef Q_OS_UNIX
    QStringList parts;
    if (!split(file, &parts, error)) {
        return false;
    }
    const Fd root = openRoot(dir, error, false);
    if (!root.isOpen()) {
        return error->isEmpty(); // no folder: no file either
    }
    const Fd parent = openParent(root, file, parts, false, error);
    if (!parent.isOpen()) {
        return error->isEmpty(); // a folder on the way is missing: so is the file
    }
    const QByteArray leaf = QFile::encodeName(parts.constLast());
    const int type = typeAt(parent.get(), leaf);
    if (type < 0) {
        return true;
    }
    if (type == S_IFLNK) {
        *error = linkError(file);
        return false;
    }
    if (type != S_IFREG) {
        *error = QStringLiteral("'%1' exists and is not a file").arg(file);
        return false;
    }
    if (::unlinkat(parent.get(), leaf.constData(), 0) != 0 && errno != ENOENT) {
        *error = QStringLiteral("cannot delete '%1': %2").arg(file, systemError());
        return false;
    }
    return true;
#else
    const QString path = checkedPath(dir, file, error);
    if (path.isEmpty()) {
        return false;
    }
    QFile f(path);
    if (f.exists() && !f.remove()) {
        *error = f.errorString();
        return false;
    }
    return true;
#endif
}

bool isTemporaryName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^\\.portrait-[0-9a-f]{8}\\.tmp$"));
    return pattern.match(name).hasMatch();
}

int removeTemporaries(const QString& dir, const QSet<QString>& keep)
{
    // Only the folder itself: write() makes its temporaries nowhere else, and nothing else here is provably ours.
    int removed = 0;
    const QStringList names = QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString& name : names) {
        if (isTemporaryName(name) && !keep.contains(name)) {
            QString error;
            if (remove(dir, name, &error) && error.isEmpty()) {
                ++removed;
            }
        }
    }
    return removed;
}

} // namespace Portrait::OutputFolder
