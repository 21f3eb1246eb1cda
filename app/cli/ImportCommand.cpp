#include "ImportCommand.h"

#include "bulk/PhotoWriteRun.h"

#include <QFileInfo>

namespace Portrait {

QString ImportCommand::synopsis() const
{
    return QStringLiteral(
        "import FOLDER [--match auto|upn|mail|id|employeeId|displayName] [--map FILE.csv] "
        "[--scope SCOPE]... [--only-missing] [--replace-placeholders FILE]... [--journal DIR] [--apply] "
        "[--crop center|none] "
        "[--max-edge PX] [--min-edge PX]");
}

QList<QCommandLineOption> ImportCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("match"),
                           tr("import: match file names by auto, upn, mail, id, employeeId or displayName."),
                           tr("RULE")),
        QCommandLineOption(QStringLiteral("map"), tr("import: a CSV of file,principal rows that names the files."),
                           tr("FILE")),
        QCommandLineOption(QStringLiteral("scope"), tr("import: where the principals are (default users; repeat)."),
                           tr("SCOPE")),
        QCommandLineOption(QStringLiteral("only-missing"), tr("import: leave principals that have a photo alone.")),
        QCommandLineOption(QStringLiteral("replace-placeholders"),
                           tr("import: with --only-missing, a photo like this image counts as missing (repeat)."),
                           tr("FILE")),
        QCommandLineOption(QStringLiteral("journal"),
                           tr("set, remove, import: the journal folder (default: a new one here)."), tr("DIR")),
        QCommandLineOption(QStringLiteral("apply"), tr("import, undo: carry the plan out (else: plan only).")),
        QCommandLineOption(QStringLiteral("crop"), tr("set, import: center (a centred square) or none."), tr("MODE")),
        QCommandLineOption(QStringLiteral("max-edge"), tr("export: scale down so no edge exceeds PX."), tr("PX")),
        QCommandLineOption(QStringLiteral("min-edge"), tr("set, import: images with a shorter edge are invalid."),
                           tr("PX")),
    };
}

int ImportCommand::validate(const QStringList& arguments)
{
    if (arguments.size() != 1) {
        context().usageError(tr("'import' takes one folder of images"));
        return ExitUsage;
    }
    m_options.folder = arguments.first();
    if (!QFileInfo(m_options.folder).isDir()) {
        context().usageError(tr("'%1' is not a folder").arg(m_options.folder));
        return ExitUsage;
    }
    if (context().isSet(QStringLiteral("match"))
        && !PhotoMatcher::ruleFromName(context().value(QStringLiteral("match")), &m_options.rule)) {
        context().usageError(tr("--match takes auto, upn, mail, id, employeeId or displayName"));
        return ExitUsage;
    }
    m_options.mapFile = context().value(QStringLiteral("map"));
    const QStringList scopes = context().parser().values(QStringLiteral("scope"));
    if (!scopes.isEmpty()) {
        m_options.scopes.clear();
        for (const QString& text : scopes) {
            QString error;
            const ItemPath scope = ItemPath::parse(text, &error);
            if (!scope.isValid()) {
                context().usageError(tr("--scope '%1': %2").arg(text, error));
                return ExitUsage;
            }
            m_options.scopes << scope;
        }
    }
    if (!parseUploadOptions()) {
        return ExitUsage;
    }
    m_options.upload = m_upload;
    m_onlyMissing = context().isSet(QStringLiteral("only-missing"));
    for (const QString& file : context().parser().values(QStringLiteral("replace-placeholders"))) {
        QString error;
        if (!m_placeholders.addFile(file, &error)) {
            context().usageError(tr("--replace-placeholders '%1': %2").arg(file, error));
            return ExitUsage;
        }
    }
    return -1;
}

void ImportCommand::run()
{
    const bool apply = context().isSet(QStringLiteral("apply"));
    if (!openJournal(apply)) {
        return;
    }
    auto* planner = new ImportPlanner(context().session()->client(), m_options, this);
    connect(planner, &ImportPlanner::finished, this, [this, planner, apply]() {
        planner->deleteLater();
        if (planner->error().isError()) {
            context().failWith(planner->error());
            return;
        }
        if (!planner->ignored().isEmpty()) {
            context().info(tr("Ignored (not pictures): %1").arg(planner->ignored().join(QStringLiteral(", "))));
        }
        runTasks(planner->tasks(), apply, planner->decided());
    });
    planner->start();
}

} // namespace Portrait
