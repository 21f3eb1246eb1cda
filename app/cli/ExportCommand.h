#pragma once

#include "CliContext.h"
#include "bulk/ExportOptions.h"
#include "graph/ItemPath.h"

#include <QElapsedTimer>
#include <QPointer>

namespace Portrait {

class ExportJob;
class RequestScheduler;

/**
 * @brief `export SCOPE... --out DIR [--size WxH] [--name TEMPLATE] [--format original|jpeg|png] [--quality N]
 * [--max-edge PX] [--incremental] [--prune] [--dry-run] [--transitive]`: writes every principal's photo
 * (CLI.md), one record per principal, a summary on stderr; exit 1 if any principal `failed`.
 */
class ExportCommand : public CliCommand
{
    Q_OBJECT

public:
    explicit ExportCommand(CliContext& context, QObject* parent = nullptr);

    QString name() const override { return QStringLiteral("export"); }
    QString synopsis() const override;
    QList<QCommandLineOption> options() const override;
    int validate(const QStringList& arguments) override;
    void run() override;

private:
    void onFinished();

    QList<ItemPath> m_scopes;
    ExportOptions m_options;
    QPointer<RequestScheduler> m_scheduler; ///< the connection's, not owned
    ExportJob* m_job = nullptr;
    QElapsedTimer m_clock;
};

} // namespace Portrait
