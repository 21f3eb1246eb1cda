#pragma once

#include "CliContext.h"
#include "bulk/PhotoJournal.h"
#include "bulk/PlaceholderSet.h"
#include "bulk/UploadImage.h"
#include "bulk/WriteTask.h"
#include "graph/ItemPath.h"

namespace Portrait {

class PhotoWriteRun;

/**
 * @brief What `set`, `remove`, `import` and `undo` share: the journal, the upload options, running the tasks
 * (planned, or applied), one record per task, the closing summary and the exit code (CLI.md "Writing photos").
 */
class WriteCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;

protected:
    /// `--crop`, `--max-edge`, `--min-edge` into m_upload; false after a usage error.
    bool parseUploadOptions();
    /**
     * @brief Opens the journal: `--journal DIR`, else a new `portrait-journal-YYYYMMDD-HHMMSS` folder here. A plan
     * only reads an existing one and creates nothing. False (after a warning and finish()) when it cannot be opened.
     */
    bool openJournal(bool apply);
    /**
     * @brief Refuses a journal of another tenant than the session's (its backups and etags mean nothing here):
     * false (after a message and finish(ExitUsage)) when the journal records another one.
     */
    bool journalIsOfThisTenant();
    /// Runs @p tasks, prints each outcome, and ends the run.
    void runTasks(QList<WriteTask> tasks, bool apply, const QList<WriteOutcome>& alreadyDecided = {});
    void printOutcome(const WriteOutcome& outcome);

    UploadOptions m_upload;
    bool m_onlyMissing = false; ///< import --only-missing
    PlaceholderSet m_placeholders; ///< import --replace-placeholders
    PhotoJournal m_journal;
    bool m_haveJournal = false;
};

/// `set ITEM FILE [--journal DIR] [--crop center|none] [--max-edge PX] [--dry-run]`.
class SetCommand : public WriteCommand
{
    Q_OBJECT

public:
    using WriteCommand::WriteCommand;
    QString name() const override { return QStringLiteral("set"); }
    QString synopsis() const override;
    QList<QCommandLineOption> options() const override;
    int validate(const QStringList& arguments) override;
    void run() override;

private:
    ItemPath m_item;
    QString m_file;
};

/// `remove ITEM [--journal DIR] [--dry-run]`.
class RemoveCommand : public WriteCommand
{
    Q_OBJECT

public:
    using WriteCommand::WriteCommand;
    QString name() const override { return QStringLiteral("remove"); }
    QString synopsis() const override;
    QList<QCommandLineOption> options() const override;
    int validate(const QStringList& arguments) override;
    void run() override;

private:
    ItemPath m_item;
};

/// `undo JOURNAL [--apply]`.
class UndoCommand : public WriteCommand
{
    Q_OBJECT

public:
    using WriteCommand::WriteCommand;
    QString name() const override { return QStringLiteral("undo"); }
    QString synopsis() const override;
    QList<QCommandLineOption> options() const override;
    int validate(const QStringList& arguments) override;
    void run() override;
};

} // namespace Portrait
