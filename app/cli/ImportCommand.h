#pragma once

#include "WriteCommands.h"
#include "bulk/ImportPlanner.h"

namespace Portrait {

/**
 * @brief `import FOLDER [--match RULE] [--map FILE.csv] [--scope SCOPE]... [--only-missing] [--journal DIR] [--apply]
 * [--crop center|none] [--max-edge PX] [--min-edge PX]`: a folder of images matched to principals, planned, and
 * with --apply written, verified and journaled.
 */
class ImportCommand : public WriteCommand
{
    Q_OBJECT

public:
    using WriteCommand::WriteCommand;
    QString name() const override { return QStringLiteral("import"); }
    QString synopsis() const override;
    QList<QCommandLineOption> options() const override;
    int validate(const QStringList& arguments) override;
    void run() override;

private:
    ImportOptions m_options;
};

} // namespace Portrait
