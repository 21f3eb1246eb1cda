#include "ExportCommand.h"

#include "Interrupt.h"

#include "bulk/ExportJob.h"
#include "bulk/NameTemplate.h"
#include "graph/RequestScheduler.h"

#include <algorithm>
#include <limits>

namespace Portrait {

ExportCommand::ExportCommand(CliContext& context, QObject* parent)
    : CliCommand(context, parent)
{ }

QString ExportCommand::synopsis() const
{
    return QStringLiteral("export SCOPE... --out DIR [--size WxH] [--name TEMPLATE] [--format original|jpeg|png] "
                          "[--quality N] [--max-edge PX] [--incremental] [--prune] [--dry-run] [--transitive] "
                          "[--allow-foreign-folder]");
}

QList<QCommandLineOption> ExportCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("out"), tr("export: the output folder."), tr("DIR")),
        QCommandLineOption(QStringLiteral("size"), tr("photo, export: one of Graph's sizes, e.g. 96x96."), tr("WxH")),
        QCommandLineOption(QStringLiteral("name"),
                           tr("export: file name template, default %1; tokens {upn} {id} {mail} {displayName} "
                              "{kind} {size} {etag} {ext}.")
                               .arg(NameTemplate::defaultPattern()),
                           tr("TEMPLATE")),
        QCommandLineOption(QStringLiteral("format"), tr("export: original (default), jpeg or png."), tr("FORMAT")),
        QCommandLineOption(QStringLiteral("quality"), tr("export: JPEG quality 1-100 (default 90)."), tr("N")),
        QCommandLineOption(QStringLiteral("max-edge"), tr("export: scale down so no edge exceeds PX."), tr("PX")),
        QCommandLineOption(QStringLiteral("incremental"),
                           tr("export: fetch and write only what changed since the last run (the manifest).")),
        QCommandLineOption(QStringLiteral("prune"),
                           tr("export: delete manifest-listed files of principals no longer in scope.")),
        QCommandLineOption(QStringLiteral("dry-run"), tr("export: say what would be written; write nothing.")),
        QCommandLineOption(QStringLiteral("transitive"), tr("export: include nested groups' members.")),
        QCommandLineOption(QStringLiteral("allow-foreign-folder"),
                           tr("export: write into an existing --out folder that another user owns.")),
    };
}

int ExportCommand::validate(const QStringList& arguments)
{
    if (arguments.isEmpty()) {
        context().usageError(tr("'export' takes at least one scope, e.g. users"));
        return ExitUsage;
    }
    for (const QString& a : arguments) {
        QString error;
        const ItemPath scope = ItemPath::parse(a, &error);
        if (!scope.isValid()) {
            context().usageError(error);
            return ExitUsage;
        }
        m_scopes.append(scope);
    }
    m_options.outDir = context().value(QStringLiteral("out"));
    if (m_options.outDir.isEmpty()) {
        context().usageError(tr("'export' needs --out DIR"));
        return ExitUsage;
    }
    if (context().isSet(QStringLiteral("size"))
        && !CliContext::parseSize(context().value(QStringLiteral("size")), &m_options.sizeId)) {
        context().usageError(tr("--size takes WxH, e.g. 96x96"));
        return ExitUsage;
    }
    m_options.nameTemplate = context().value(QStringLiteral("name"));
    const NameTemplate pattern(m_options.nameTemplate);
    if (!pattern.isValid()) {
        context().usageError(pattern.errorString());
        return ExitUsage;
    }
    if (context().isSet(QStringLiteral("format"))
        && !exportFormatFromName(context().value(QStringLiteral("format")), &m_options.format)) {
        context().usageError(tr("--format takes original, jpeg or png"));
        return ExitUsage;
    }
    if (context().isSet(QStringLiteral("quality"))) {
        bool ok = false;
        m_options.quality = context().value(QStringLiteral("quality")).toInt(&ok);
        if (!ok || m_options.quality < 1 || m_options.quality > 100) {
            context().usageError(tr("--quality takes a number from 1 to 100"));
            return ExitUsage;
        }
    }
    if (context().isSet(QStringLiteral("max-edge"))) {
        bool ok = false;
        m_options.maxEdge = context().value(QStringLiteral("max-edge")).toInt(&ok);
        if (!ok || m_options.maxEdge < 1 || m_options.maxEdge > 10000) {
            context().usageError(tr("--max-edge takes a number of pixels from 1 to 10000"));
            return ExitUsage;
        }
    }
    m_options.incremental = context().isSet(QStringLiteral("incremental"));
    m_options.prune = context().isSet(QStringLiteral("prune"));
    m_options.dryRun = context().isSet(QStringLiteral("dry-run"));
    m_options.transitive = context().isSet(QStringLiteral("transitive"));
    m_options.allowForeignFolder = context().isSet(QStringLiteral("allow-foreign-folder"));
    return -1;
}

void ExportCommand::run()
{
    m_clock.start();
    m_scheduler = context().session()->scheduler();
    m_job = new ExportJob(m_scheduler, m_scopes, m_options, this);
    connect(m_job, &ExportJob::recordReady, this, [this](const ExportRecord& record) {
        if (context().json()) {
            context().printRecord(record.toJson());
            return;
        }
        if (!context().quiet() || record.action == ExportAction::Failed) {
            QStringList fields{exportActionName(record.action),
                               record.file.isEmpty() ? QStringLiteral("-") : record.file,
                               record.object.path.toString()};
            if (record.action == ExportAction::Failed || record.action == ExportAction::Skipped) {
                fields.append(record.message.isEmpty() ? record.photo.reason : record.message);
            }
            context().printFields(fields);
        }
    });
    connect(m_job, &ExportJob::finished, this, &ExportCommand::onFinished);
    // Ctrl+C (or SIGTERM) cancels: the photos being written are finished, counted and kept in the manifest, so
    // that the folder, the manifest and the summary agree. A second Ctrl+C stops at once.
    auto* interrupt = new Interrupt(this);
    connect(interrupt, &Interrupt::requested, m_job, [this]() {
        context().info(tr("Cancelling: finishing the photos being written (Ctrl+C again stops at once)."));
        m_job->abort();
    });
    m_job->start();
}

void ExportCommand::onFinished()
{
    const ExportJob::Counts& c = m_job->counts();
    const double seconds = m_clock.elapsed() / 1000.0;
    // Whole sentences, not a verb spliced in: other languages order the words differently. Each count is a text
    // of its own, so that each language can decline the word after it ("1 écrit", "2 écrits").
    const int done = int(m_job->done());
    const auto count = [](qint64 n) { return int(std::min<qint64>(n, std::numeric_limits<int>::max())); };
    const QStringList counts{
        tr("%n written", nullptr, count(c.written)),
        tr("%n unchanged", nullptr, count(c.unchanged)),
        tr("%n skipped (no photo)", nullptr, count(c.skipped)),
        tr("%n failed", nullptr, count(c.failed)),
        tr("%n removed", nullptr, count(c.removed)),
    };
    const QString summary = m_options.dryRun
        ? tr("Would export %n principals in %1 s: %2; %3 bytes written to %4.", nullptr, done)
        : tr("Exported %n principals in %1 s: %2; %3 bytes written to %4.", nullptr, done);
    //: Between the counts of the export summary ("2 written, 0 unchanged, …").
    const QString separator = tr(", ");
    // One pass: a folder name with a % in it stays as it is.
    context().info(summary.arg(QString::number(seconds, 'f', 2), counts.join(separator),
                               QString::number(c.bytesWritten), m_options.outDir));
    if (m_job->hasError()) {
        context().failWith(m_job->error());
        return;
    }
    context().finish(c.failed > 0 ? ExitSomeErrors : ExitOk);
}

} // namespace Portrait
