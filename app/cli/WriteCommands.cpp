#include "WriteCommands.h"

#include "bulk/PhotoWriteRun.h"
#include "graph/DisplayText.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace Portrait {

bool WriteCommand::parseUploadOptions()
{
    if (context().isSet(QStringLiteral("crop"))) {
        const QString crop = context().value(QStringLiteral("crop"));
        if (crop == QLatin1String("center")) {
            m_upload.crop = UploadOptions::Crop::Center;
        } else if (crop == QLatin1String("none")) {
            m_upload.crop = UploadOptions::Crop::None;
        } else {
            context().usageError(tr("--crop takes center or none"));
            return false;
        }
    }
    for (const auto& [name, target] : {std::pair{QStringLiteral("max-edge"), &m_upload.maxEdge},
                                       std::pair{QStringLiteral("min-edge"), &m_upload.minEdge}}) {
        if (context().isSet(name)) {
            bool ok = false;
            const int value = context().value(name).toInt(&ok);
            if (!ok || value < 1 || value > 10000) {
                context().usageError(tr("--%1 takes a number of pixels from 1 to 10000").arg(name));
                return false;
            }
            *target = value;
        }
    }
    if (m_upload.minEdge > m_upload.maxEdge) {
        context().usageError(tr("--min-edge is larger than --max-edge"));
        return false;
    }
    return true;
}

bool WriteCommand::openJournal(bool apply)
{
    QString dir = context().value(QStringLiteral("journal"));
    QString error;
    if (!apply) {
        // A plan writes nothing, not even a journal; it reads one that is there (what a previous run did).
        m_haveJournal = !dir.isEmpty() && QFileInfo::exists(QDir(dir).filePath(QLatin1String(PhotoJournal::fileName)))
            && m_journal.openExisting(dir, &error);
        return journalIsOfThisTenant();
    }
    if (dir.isEmpty()) {
        dir = QStringLiteral("portrait-journal-%1")
                  .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    }
    if (!m_journal.open(dir, &error, context().session()->journalTenant())) {
        context().warn(tr("cannot open the journal: %1").arg(error));
        context().finish(ExitSomeErrors);
        return false;
    }
    m_haveJournal = true;
    return journalIsOfThisTenant(); // an existing journal, continued
}

bool WriteCommand::journalIsOfThisTenant()
{
    const JournalTenant current = context().session()->journalTenant();
    if (!m_haveJournal || m_journal.belongsTo(current)) {
        return true;
    }
    context().warn(
        tr("the journal %1 belongs to another tenant (%2; this connection: %3): nothing was read or "
           "written. Connect to the journal's tenant to undo or continue it.")
            .arg(QDir::toNativeSeparators(m_journal.dir()), m_journal.tenant().displayText(), current.displayText()));
    context().finish(ExitUsage);
    return false;
}

void WriteCommand::printOutcome(const WriteOutcome& o)
{
    if (context().json()) {
        context().printRecord(o.toJson());
        return;
    }
    const QString who = o.task.principal.path.isValid()
        ? QStringLiteral("%1 (%2)").arg(o.task.principal.displayName, o.task.principal.path.toString())
        : tr("no principal");
    QString line = o.task.file.isEmpty() ? QStringLiteral("%1 %2").arg(o.action, who)
                                         : QStringLiteral("%1 %2 → %3").arg(o.action, o.task.file, who);
    if (!o.reason.isEmpty()) {
        line += QStringLiteral(" [%1]").arg(o.reason);
    }
    if (o.applied) {
        line
            += o.written ? (o.verified ? tr(": written, verified") : tr(": written, not visible yet")) : tr(": failed");
    }
    if (o.error.isError()) {
        line += QStringLiteral(" — ") + errorDisplayText(o.error);
    }
    context().printFields({line}); // names from the directory never drive the terminal
}

void WriteCommand::runTasks(QList<WriteTask> tasks, bool apply, const QList<WriteOutcome>& alreadyDecided)
{
    for (const WriteOutcome& o : alreadyDecided) {
        printOutcome(o);
    }
    auto* run = new PhotoWriteRun(context().session()->client(), m_haveJournal ? &m_journal : nullptr, std::move(tasks),
                                  this);
    run->setApply(apply);
    // Known from the account: an app-only token's group writes are planned `unsupported`, not refused by Graph.
    run->setAppOnly(context().session()->isAppOnly());
    run->setOnlyMissing(m_onlyMissing);
    run->setPlaceholders(m_placeholders);
    connect(run, &PhotoWriteRun::taskFinished, this, &WriteCommand::printOutcome);
    connect(run, &PhotoWriteRun::finished, this, [this, run, apply]() {
        run->deleteLater();
        if (run->error().isError()) {
            context().failWith(run->error());
            return;
        }
        int writes = 0;
        int written = 0;
        int verified = 0;
        int failed = 0;
        int forbidden = 0;
        int unreachable = 0;
        for (const WriteOutcome& o : run->outcomes()) {
            writes += o.isWrite() ? 1 : 0;
            written += o.written ? 1 : 0;
            verified += o.verified ? 1 : 0;
            const bool fail = (o.applied && !o.written) || o.reason == QLatin1String("not-read");
            failed += fail ? 1 : 0;
            forbidden += fail && o.error.httpStatus == 403 ? 1 : 0;
            unreachable += fail && CliContext::exitCodeFor(o.error) == ExitUnreachable ? 1 : 0;
        }
        if (!apply) {
            context().info(tr("Plan: %n write(s); nothing was changed. Add --apply (set and remove: drop --dry-run) "
                              "to carry it out.",
                              nullptr, writes));
        } else {
            context().info(tr("%1 written (%2 verified), %3 failed.").arg(written).arg(verified).arg(failed));
            if (written > 0) {
                context().info(tr("Other Microsoft 365 apps may show the old photo for a while: Teams caches photos "
                                  "for up to 60 days, SharePoint for up to 72 hours."));
            }
            if (m_haveJournal) {
                context().info(tr("Journal: %1 (to put everything back: portrait-cli undo %1 --apply)")
                                   .arg(QDir::toNativeSeparators(m_journal.dir())));
            }
        }
        if (failed > 0 && forbidden == failed && written == 0) {
            context().finish(ExitAuth); // the message of each record names the permission that is missing
            return;
        }
        if (failed > 0 && unreachable == failed && written == 0) {
            context().finish(ExitUnreachable);
            return;
        }
        context().finish(failed > 0 ? ExitSomeErrors : ExitOk);
    });
    run->start();
}

// set

QString SetCommand::synopsis() const
{
    return QStringLiteral("set ITEM FILE [--journal DIR] [--crop center|none] [--max-edge PX] [--dry-run]");
}

QList<QCommandLineOption> SetCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("journal"),
                           tr("set, remove, import: the journal folder (default: a new one here)."), tr("DIR")),
        QCommandLineOption(QStringLiteral("crop"), tr("set, import: center (a centred square) or none."), tr("MODE")),
        QCommandLineOption(QStringLiteral("max-edge"), tr("export: scale down so no edge exceeds PX."), tr("PX")),
        QCommandLineOption(QStringLiteral("dry-run"), tr("export: say what would be written; write nothing.")),
        QCommandLineOption(QStringLiteral("min-edge"), tr("set, import: images with a shorter edge are invalid."),
                           tr("PX")),
    };
}

int SetCommand::validate(const QStringList& arguments)
{
    if (arguments.size() != 2) {
        context().usageError(tr("'set' takes an address and an image file, e.g. users/adele@contoso.com adele.jpg"));
        return ExitUsage;
    }
    if (!context().parsePrincipalArgument({arguments.first()}, tr("'set' takes an address and an image file"),
                                          &m_item)) {
        return ExitUsage;
    }
    m_file = arguments.at(1);
    return parseUploadOptions() ? -1 : ExitUsage;
}

void SetCommand::run()
{
    const bool apply = !context().isSet(QStringLiteral("dry-run"));
    UploadImage image = UploadImage::prepareFile(m_file, m_upload);
    if (!image.ok) {
        context().warn(tr("'%1' cannot be used: %2 (%3)").arg(m_file, image.error, image.errorCode));
        context().finish(ExitUsage);
        return;
    }
    if (!openJournal(apply)) {
        return;
    }
    context().resolvePrincipal(m_item, [this, apply, image](const DirectoryObject& object) {
        WriteTask task;
        task.kind = WriteTask::Kind::Set;
        task.principal = object;
        task.file = QFileInfo(m_file).fileName();
        task.image = image;
        runTasks({task}, apply);
    });
}

// remove

QString RemoveCommand::synopsis() const
{
    return QStringLiteral("remove ITEM [--journal DIR] [--dry-run]");
}

QList<QCommandLineOption> RemoveCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("journal"),
                           tr("set, remove, import: the journal folder (default: a new one here)."), tr("DIR")),
        QCommandLineOption(QStringLiteral("dry-run"), tr("export: say what would be written; write nothing.")),
    };
}

int RemoveCommand::validate(const QStringList& arguments)
{
    return context().parsePrincipalArgument(arguments, tr("'remove' takes one address, e.g. users/adele@contoso.com"),
                                            &m_item)
        ? -1
        : ExitUsage;
}

void RemoveCommand::run()
{
    const bool apply = !context().isSet(QStringLiteral("dry-run"));
    if (!openJournal(apply)) {
        return;
    }
    context().resolvePrincipal(m_item, [this, apply](const DirectoryObject& object) {
        WriteTask task;
        task.kind = WriteTask::Kind::Remove;
        task.principal = object;
        runTasks({task}, apply);
    });
}

// undo

QString UndoCommand::synopsis() const
{
    return QStringLiteral("undo JOURNAL [--apply]");
}

QList<QCommandLineOption> UndoCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("apply"), tr("import, undo: carry the plan out (else: plan only)."))};
}

int UndoCommand::validate(const QStringList& arguments)
{
    if (arguments.size() != 1) {
        context().usageError(tr("'undo' takes one journal folder"));
        return ExitUsage;
    }
    QString error;
    if (!m_journal.openExisting(arguments.first(), &error)) {
        context().usageError(error);
        return ExitUsage;
    }
    m_haveJournal = true;
    return -1;
}

void UndoCommand::run()
{
    if (!journalIsOfThisTenant()) {
        return;
    }
    QList<WriteTask> tasks;
    for (const JournalEntry& e : m_journal.entries()) {
        tasks.append(WriteTask::undo(e));
    }
    runTasks(tasks, context().isSet(QStringLiteral("apply")));
}

} // namespace Portrait
