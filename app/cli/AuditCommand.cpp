#include "AuditCommand.h"

#include "bulk/AuditJob.h"
#include "bulk/CsvReportWriter.h"
#include "bulk/HtmlReportWriter.h"
#include "bulk/JsonReportWriter.h"
#include "graph/GraphClient.h"
#include "graph/RequestScheduler.h"

namespace Portrait {

AuditCommand::AuditCommand(CliContext& context, QObject* parent)
    : CliCommand(context, parent)
{ }

AuditCommand::~AuditCommand() = default;

QString AuditCommand::synopsis() const
{
    return QStringLiteral("audit  SCOPE... [--report FILE.csv|FILE.json|FILE.html]... [--deep] [--snapshot FILE] "
                          "[--placeholder FILE]... [--min-edge PX] [--duplicates N] [--transitive]");
}

QList<QCommandLineOption> AuditCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("report"),
                           tr("audit: write a report; the extension picks CSV, JSON or an HTML contact sheet."),
                           tr("FILE")),
        QCommandLineOption(QStringLiteral("deep"), tr("audit: also download every photo to report bytes and sha256.")),
        QCommandLineOption(QStringLiteral("snapshot"), tr("audit: save the run as a snapshot for 'diff'."), tr("FILE")),
        QCommandLineOption(QStringLiteral("placeholder"),
                           tr("audit: an image that counts as a placeholder (exact or resized/re-encoded copies)."),
                           tr("FILE")),
        QCommandLineOption(QStringLiteral("placeholder-distance"),
                           tr("audit: dHash bits (of 128) within which a photo matches a placeholder (default %1).")
                               .arg(PlaceholderSet::kDefaultThreshold),
                           tr("BITS")),
        QCommandLineOption(QStringLiteral("min-edge"), tr("audit: photos with a smaller edge count as placeholders."),
                           tr("PX")),
        QCommandLineOption(QStringLiteral("duplicates"),
                           tr("audit: photos whose bytes are shared by more than N principals count as placeholders."),
                           tr("N")),
        QCommandLineOption(QStringLiteral("transitive"), tr("audit: include the members of nested groups.")),
        QCommandLineOption(QStringLiteral("bom"), tr("audit: start CSV reports with a UTF-8 byte order mark.")),
    };
}

int AuditCommand::validate(const QStringList& arguments)
{
    if (arguments.isEmpty()) {
        context().usageError(tr("'audit' takes at least one SCOPE, e.g. users"));
        return ExitUsage;
    }
    for (const QString& text : arguments) {
        QString error;
        const ItemPath scope = ItemPath::parse(text, &error);
        if (!scope.isValid()) {
            context().usageError(error);
            return ExitUsage;
        }
        m_scopes.append(scope);
        m_scopeTexts.append(text);
    }
    const auto number = [this](const QString& option, int min, int max, int* out) {
        if (!context().isSet(option)) {
            return true;
        }
        bool ok = false;
        const int n = context().value(option).toInt(&ok);
        if (!ok || n < min || n > max) {
            context().usageError(tr("--%1 takes a number from %2 to %3").arg(option).arg(min).arg(max));
            return false;
        }
        *out = n;
        return true;
    };
    int distance = PlaceholderSet::kDefaultThreshold;
    if (!number(QStringLiteral("min-edge"), 1, 100000, &m_options.minEdge)
        || !number(QStringLiteral("duplicates"), 1, 10000000, &m_options.duplicateThreshold)
        || !number(QStringLiteral("placeholder-distance"), 0, 128, &distance)) {
        return ExitUsage;
    }
    m_options.placeholders.setThreshold(distance);
    m_options.deep = context().isSet(QStringLiteral("deep"));
    m_options.transitive = context().isSet(QStringLiteral("transitive"));
    m_bom = context().isSet(QStringLiteral("bom"));
    for (const QString& file : context().parser().values(QStringLiteral("placeholder"))) {
        QString error;
        if (!m_options.placeholders.addFile(file, &error)) {
            context().usageError(tr("--placeholder '%1': %2").arg(file, error));
            return ExitUsage;
        }
    }
    m_reportPaths = context().parser().values(QStringLiteral("report"));
    for (const QString& path : std::as_const(m_reportPaths)) {
        if (!AuditReportWriter::isSupportedPath(path)) {
            context().usageError(tr("--report '%1': use a .csv, .json or .html file").arg(path));
            return ExitUsage;
        }
    }
    return -1;
}

void AuditCommand::run()
{
    m_timer.start();
    m_info.scopes = m_scopeTexts;
    m_info.createdAt = QDateTime::currentDateTimeUtc();
    m_info.deep = m_options.deep;

    QStringList paths = m_reportPaths;
    if (context().isSet(QStringLiteral("snapshot"))) {
        paths.append(context().value(QStringLiteral("snapshot")));
    }
    for (const QString& path : std::as_const(paths)) {
        std::unique_ptr<AuditReportWriter> writer = path == context().value(QStringLiteral("snapshot"))
            ? std::make_unique<JsonReportWriter>()
            : AuditReportWriter::forPath(path);
        if (auto* csv = dynamic_cast<CsvReportWriter*>(writer.get())) {
            csv->setByteOrderMark(m_bom);
        }
        QString error;
        if (!writer->open(path, m_info, &error)) {
            context().warn(tr("cannot write '%1': %2").arg(path, error));
            context().finish(ExitUsage);
            return;
        }
        if (writer->wantsThumbnails()) {
            m_options.thumbnailEdge = HtmlReportWriter::kThumbnailEdge;
        }
        m_writers.push_back(std::move(writer));
        m_writerPaths.append(path);
    }

    m_scheduler = context().session()->scheduler();
    m_job = new AuditJob(m_scheduler, m_scopes, m_options, this);
    connect(m_job, &AuditJob::recordReady, this, &AuditCommand::onRecord);
    connect(m_job, &AuditJob::finished, this, &AuditCommand::onFinished);
    m_job->start();
}

void AuditCommand::onRecord(const AuditRecord& record)
{
    for (const auto& writer : m_writers) {
        writer->write(record);
    }
    if (context().json()) {
        context().printRecord(record.toJson());
    } else if (record.photo.status != PhotoStatus::Photo) {
        // Without --json, stdout lists who lacks a real photo: one line each.
        context().printFields({photoStatusName(record.photo.status), record.photo.reason, record.object.path.toString(),
                               record.object.displayName});
    }
    if (m_job->doneCount() >= m_nextProgress) {
        m_nextProgress += 1000;
        context().info(tr("%1 of %n principals audited…", nullptr, int(m_job->foundCount())).arg(m_job->doneCount()));
    }
}

QString AuditCommand::summary() const
{
    QStringList parts;
    for (PhotoStatus s : {PhotoStatus::Photo, PhotoStatus::None, PhotoStatus::Placeholder, PhotoStatus::Unavailable,
                          PhotoStatus::Error}) {
        parts.append(QStringLiteral("%1 %2").arg(m_job->count(s)).arg(photoStatusName(s)));
    }
    return tr("Audited %n principals in %1 s: %2.", nullptr, int(m_job->doneCount()))
        .arg(double(m_timer.elapsed()) / 1000.0, 0, 'f', 2)
        .arg(parts.join(QStringLiteral(", ")));
}

void AuditCommand::onFinished()
{
    for (int s = 0; s < 5; ++s) {
        m_info.counts[size_t(s)] = m_job->count(PhotoStatus(s));
    }
    m_info.complete = !m_job->hasError();
    bool written = true;
    for (size_t i = 0; i < m_writers.size(); ++i) {
        QString error;
        if (!m_writers[i]->finish(m_info, &error)) {
            context().warn(tr("cannot write '%1': %2").arg(m_writerPaths.at(qsizetype(i)), error));
            written = false;
        } else {
            context().info(tr("Wrote %1.").arg(m_writerPaths.at(qsizetype(i))));
        }
    }
    m_writers.clear();
    context().info(summary());
    if (m_job->hasError()) {
        context().failWith(m_job->error());
        return;
    }
    context().finish(m_job->count(PhotoStatus::Error) > 0 || !written ? ExitSomeErrors : ExitOk);
}

} // namespace Portrait
