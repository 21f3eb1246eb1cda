#pragma once

#include "CliContext.h"
#include "bulk/AuditSnapshot.h"

namespace Portrait {

/**
 * @brief `diff OLD NEW`: what changed between two audit snapshots (`audit --snapshot`, or a JSON report).
 *
 * One record per change with `--json` (SnapshotDiff::Change::toJson()), else one line each; counts per kind
 * of change on stderr. Needs no connection. Exit 0, or 2 when a file is not a snapshot.
 */
class DiffCommand : public CliCommand
{
    Q_OBJECT

public:
    explicit DiffCommand(CliContext& context, QObject* parent = nullptr);

    QString name() const override { return QStringLiteral("diff"); }
    QString synopsis() const override { return QStringLiteral("diff   OLD NEW"); }
    bool needsSession() const override { return false; }
    int validate(const QStringList& arguments) override;
    void run() override;

private:
    AuditSnapshot m_older;
    AuditSnapshot m_newer;
};

} // namespace Portrait
