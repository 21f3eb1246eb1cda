#include "JournalLibrary.h"

#include "base/PrivateFiles.h"
#include "bulk/PhotoJournal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

namespace Portrait {

QString JournalLibrary::defaultRoot()
{
    // AppLocalDataLocation appends both the organisation and the application name ("Portrait/portrait"): the
    // generic location and one folder of our own say it once.
    QString own = QCoreApplication::organizationName();
    if (own.isEmpty()) {
        own = QCoreApplication::applicationName();
    }
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(own + QStringLiteral("/journals"));
}

QString JournalLibrary::legacyRoot()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("journals"));
}

JournalLibrary::JournalLibrary()
    : JournalLibrary(defaultRoot())
{
    const QString legacy = QDir(legacyRoot()).absolutePath();
    if (legacy != m_root) {
        m_alsoListed << legacy;
    }
}

JournalLibrary::JournalLibrary(const QString& root)
    : m_root(QDir(root).absolutePath())
{ }

QString JournalLibrary::createFolder(QString* error, const QDateTime& now) const
{
    if (!PrivateFiles::makeFolder(m_root)) {
        *error = QStringLiteral("cannot create the folder of journals %1").arg(QDir::toNativeSeparators(m_root));
        return {};
    }
    const QString stem = QLatin1String(folderPrefix) + now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    // mkdir() fails on a folder that exists, so two runs in the same second (or two programs) never share one.
    for (int n = 1; n < 1000; ++n) {
        const QString path
            = QDir(m_root).filePath(n == 1 ? stem : QStringLiteral("%1-%2").arg(stem, QString::number(n)));
        if (QDir().mkdir(path, kOwnerOnly)) {
            return path;
        }
        if (!QFileInfo::exists(path)) {
            *error = QStringLiteral("cannot create the journal folder %1").arg(QDir::toNativeSeparators(path));
            return {};
        }
    }
    *error = QStringLiteral("too many journals named %1 in %2").arg(stem, QDir::toNativeSeparators(m_root));
    return {};
}

bool JournalLibrary::createJournal(PhotoJournal* journal, QString* error, const QDateTime& now) const
{
    const QString dir = createFolder(error, now);
    return !dir.isEmpty() && journal->open(dir, error, m_tenant);
}

QList<JournalSummary> JournalLibrary::recent(int limit) const
{
    QList<JournalSummary> list;
    for (const QString& root : QStringList{m_root} + m_alsoListed) {
        const QFileInfoList folders = QDir(root).entryInfoList({QLatin1String(folderPrefix) + u'*'},
                                                               QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks);
        for (const QFileInfo& folder : folders) {
            if (QFileInfo::exists(QDir(folder.absoluteFilePath()).filePath(QLatin1String(PhotoJournal::fileName)))) {
                list.append(summarize(folder.absoluteFilePath()));
            }
        }
    }
    std::sort(list.begin(), list.end(), [](const JournalSummary& a, const JournalSummary& b) {
        if (a.created != b.created) {
            return a.created > b.created;
        }
        return a.dir > b.dir; // the names hold the time too, and -2 comes after the first of its second
    });
    if (limit >= 0 && list.size() > limit) {
        list.resize(limit);
    }
    return list;
}

JournalSummary JournalLibrary::summarize(const QString& dir)
{
    JournalSummary summary;
    summary.dir = QDir(dir).absolutePath();
    PhotoJournal journal;
    if (!journal.openExisting(dir, &summary.error)) {
        summary.created = QFileInfo(summary.dir).lastModified().toUTC();
        return summary;
    }
    summary.created = QDateTime::fromString(journal.created(), Qt::ISODate);
    summary.tenant = journal.tenant();
    for (const JournalEntry& e : journal.entries()) {
        ++summary.entries;
        summary.written += e.state == QLatin1String("written") ? 1 : 0;
        summary.failed += e.state == QLatin1String("failed") ? 1 : 0;
        summary.interrupted += e.state == QLatin1String("writing") ? 1 : 0;
        summary.undone += e.undone.isEmpty() ? 0 : 1;
    }
    return summary;
}

} // namespace Portrait
