#include "ImportPlanner.h"

#include "bulk/ScopeWalker.h"
#include "graph/GraphClient.h"
#include "graph/PhotoPolicyJob.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QSet>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

namespace Portrait {

namespace {

/// Preparing uploads is CPU work: as many threads as cores, apart from the global pool (see start()).
QThreadPool* imagePool()
{
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool;
        p->setMaxThreadCount(QThread::idealThreadCount());
        p->setExpiryTimeout(2000);
        return p;
    }();
    return pool;
}

/// One CSV line split into fields ("a,b", quoted fields with "" for a quote).
QStringList splitCsv(const QString& line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields << field.trimmed();
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field.trimmed();
    return fields;
}

WriteOutcome decidedRow(const QString& file, const UploadImage& image, const QString& action, const QString& reason)
{
    WriteOutcome o;
    o.task.file = file;
    o.task.image = image;
    o.action = action;
    o.reason = reason;
    return o;
}

} // namespace

ImportPlanner::ImportPlanner(GraphClient* client, const ImportOptions& options, QObject* parent)
    : Task(parent)
    , m_client(client)
    , m_options(options)
{ }

ImportPlanner::~ImportPlanner() = default;

bool ImportPlanner::readMap(const QString& path, QHash<QString, QString>* map, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    const QStringList lines = QString::fromUtf8(file.readAll()).remove(QChar(0xFEFF)).split(u'\n');
    bool header = true;
    int number = 0;
    for (const QString& raw : lines) {
        ++number;
        const QString line = raw.trimmed();
        if (line.isEmpty()) {
            continue;
        }
        const QStringList fields = splitCsv(line);
        if (header) {
            header = false;
            if (fields.size() < 2 || fields.at(0).compare(QLatin1String("file"), Qt::CaseInsensitive) != 0
                || fields.at(1).compare(QLatin1String("principal"), Qt::CaseInsensitive) != 0) {
                *error = QStringLiteral("%1: the first line must be the header file,principal").arg(path);
                return false;
            }
            continue;
        }
        if (fields.size() < 2 || fields.at(0).isEmpty() || fields.at(1).isEmpty()) {
            *error = QStringLiteral("%1:%2: expected file,principal").arg(path).arg(number);
            return false;
        }
        map->insert(PhotoMatcher::normalize(fields.at(0)), fields.at(1));
    }
    return true;
}

bool ImportPlanner::looksLikeImage(const QString& fileName)
{
    static const QStringList suffixes{QStringLiteral("jpg"),  QStringLiteral("jpeg"), QStringLiteral("jfif"),
                                      QStringLiteral("png"),  QStringLiteral("gif"),  QStringLiteral("bmp"),
                                      QStringLiteral("webp"), QStringLiteral("tif"),  QStringLiteral("tiff"),
                                      QStringLiteral("heic"), QStringLiteral("heif")};
    return suffixes.contains(QFileInfo(fileName).suffix(), Qt::CaseInsensitive);
}

void ImportPlanner::run()
{
    const QDir dir(m_options.folder);
    if (!dir.exists()) {
        finish(GraphError::make(GraphError::Kind::Protocol,
                                QStringLiteral("'%1' is not a folder").arg(m_options.folder),
                                QStringLiteral("bad-folder")));
        return;
    }
    QString error;
    if (!m_options.mapFile.isEmpty() && !readMap(m_options.mapFile, &m_map, &error)) {
        finish(GraphError::make(GraphError::Kind::Protocol, error, QStringLiteral("bad-map")));
        return;
    }
    const QString mapName = QFileInfo(m_options.mapFile).absoluteFilePath();
    for (const QFileInfo& info : dir.entryInfoList(QDir::Files | QDir::Readable, QDir::Name)) {
        if (info.absoluteFilePath() == mapName) {
            continue;
        }
        // An admin's folder of photos holds other files too (a README, the HR export it came from): they are not
        // failed images, only not images. A file named like a picture that is none stays `invalid`.
        if (looksLikeImage(info.fileName())) {
            m_files << info.fileName();
        } else {
            m_ignored << info.fileName();
        }
    }
    m_pending = 3;
    // The images, off this thread, on every core (decoding and re-encoding is most of a plan's own time), in a pool of
    // their own: queued in the global pool, thousands of them would hold up the directory's pages, which are parsed
    // there, and the walk would only start once the last image is ready instead of going on beside them.
    auto* watcher = new QFutureWatcher<UploadImage>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher]() {
        watcher->deleteLater();
        m_images = watcher->future().results(); // in the order of m_files
        stepDone();
    });
    QStringList paths;
    for (const QString& f : std::as_const(m_files)) {
        paths << dir.filePath(f);
    }
    const UploadOptions upload = m_options.upload;
    watcher->setFuture(QtConcurrent::mapped(
        imagePool(), paths, [upload](const QString& path) { return UploadImage::prepareFile(path, upload); }));
    // The principals.
    auto* walker = new ScopeWalker(m_client, m_options.scopes, this);
    walker->setExtraUserFields({QStringLiteral("employeeId")});
    connect(walker, &ScopeWalker::principalsFound, this, [this](const QList<DirectoryObject>& found) {
        for (const DirectoryObject& d : found) {
            m_matcher.add(d);
        }
    });
    connect(walker, &ScopeWalker::finished, this, [this, walker]() {
        walker->deleteLater();
        if (walker->hasError() && !hasError()) {
            setError(walker->error());
        }
        stepDone();
    });
    walker->start();
    // The tenant's policy, where the token may read it.
    auto* policy = new PhotoPolicyJob(m_client, this);
    connect(policy, &GraphJob::finished, this, [this, policy]() {
        policy->deleteLater();
        // Unreadable (no PeopleSettings.Read.All, or no such resource): planned without it.
        m_policyOnPremises = !policy->hasError() && policy->onPremises();
        stepDone();
    });
    policy->start();
}

void ImportPlanner::stepDone()
{
    if (--m_pending > 0) {
        return;
    }
    if (!hasError()) {
        plan();
    }
    finish();
}

void ImportPlanner::plan()
{
    struct Candidate
    {
        int file;
        DirectoryObject principal;
        QString matchedBy;
    };
    QList<Candidate> candidates;
    QHash<QString, int> filesPerPrincipal;
    QSet<QString> only;
    for (const ItemPath& path : std::as_const(m_options.only)) {
        only.insert(path.toString());
    }
    for (int i = 0; i < m_files.size(); ++i) {
        const QString& file = m_files.at(i);
        const UploadImage& image = m_images.at(i);
        const QString mapped = m_map.value(PhotoMatcher::normalize(file));
        PhotoMatcher::Match match = mapped.isEmpty()
            ? m_matcher.match(QFileInfo(file).completeBaseName(), m_options.rule)
            : m_matcher.matchMapped(mapped);
        if (!only.isEmpty() && !match.principals.isEmpty()) {
            // Matched against everyone, so that a file for someone left out says so instead of "no match".
            QList<DirectoryObject> chosen;
            for (const DirectoryObject& d : std::as_const(match.principals)) {
                if (only.contains(d.path.toString())) {
                    chosen << d;
                }
            }
            if (chosen.isEmpty()) {
                WriteOutcome o = decidedRow(file, image, QStringLiteral("skip"), QStringLiteral("not-selected"));
                if (match.principals.size() == 1) {
                    o.task.principal = match.principals.constFirst();
                    o.task.matchedBy = match.matchedBy;
                }
                m_decided << o;
                continue;
            }
            match.principals = chosen;
        }
        if (!image.ok) {
            WriteOutcome o = decidedRow(file, image, QStringLiteral("invalid"), image.errorCode);
            if (match.principals.size() == 1) {
                o.task.principal = match.principals.constFirst();
                o.task.matchedBy = match.matchedBy;
            }
            m_decided << o;
            continue;
        }
        if (match.principals.isEmpty()) {
            m_decided << decidedRow(file, image, QStringLiteral("unmatched"),
                                    mapped.isEmpty() ? QStringLiteral("no-principal")
                                                     : QStringLiteral("map-not-in-scope"));
            continue;
        }
        if (match.principals.size() > 1) {
            WriteOutcome o = decidedRow(file, image, QStringLiteral("ambiguous"), QStringLiteral("several-principals"));
            o.task.matchedBy = match.matchedBy;
            for (const DirectoryObject& d : match.principals) {
                o.warnings << d.path.toString();
            }
            m_decided << o;
            continue;
        }
        candidates << Candidate{i, match.principals.constFirst(), match.matchedBy};
        ++filesPerPrincipal[match.principals.constFirst().path.toString()];
    }
    for (const Candidate& c : std::as_const(candidates)) {
        const QString& file = m_files.at(c.file);
        const UploadImage& image = m_images.at(c.file);
        if (filesPerPrincipal.value(c.principal.path.toString()) > 1) {
            WriteOutcome o = decidedRow(file, image, QStringLiteral("ambiguous"), QStringLiteral("several-files"));
            o.task.principal = c.principal;
            o.task.matchedBy = c.matchedBy;
            m_decided << o;
            continue;
        }
        const bool user = c.principal.kind == DirectoryObject::Kind::User;
        if (m_policyOnPremises && user) {
            WriteOutcome o
                = decidedRow(file, image, QStringLiteral("unsupported"), QStringLiteral("photo-policy-on-premises"));
            o.task.principal = c.principal;
            o.task.matchedBy = c.matchedBy;
            m_decided << o;
            continue;
        }
        WriteTask task;
        task.kind = WriteTask::Kind::Set;
        task.principal = c.principal;
        task.file = file;
        task.matchedBy = c.matchedBy;
        task.image = image;
        m_tasks << task;
    }
}

} // namespace Portrait
