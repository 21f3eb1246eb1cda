#pragma once

#include "CliContext.h"
#include "bulk/AuditOptions.h"
#include "bulk/AuditReportWriter.h"
#include "graph/ItemPath.h"

#include <QElapsedTimer>
#include <QPointer>

#include <memory>
#include <vector>

namespace Portrait {

class AuditJob;
class RequestScheduler;

/**
 * @brief `audit SCOPE... [--report FILE.csv|FILE.json|FILE.html]... [--deep] [--snapshot FILE]
 * [--placeholder FILE]... [--placeholder-distance BITS] [--min-edge PX] [--duplicates N] [--transitive] [--bom]`.
 *
 * One record per principal (`--json`; without it, one line per principal without a real photo), reports and
 * the snapshot written as records arrive, counts per status on stderr. Exit 1 only if some principal ended in
 * `error`; 3 / 4 when the run as a whole failed (authentication, unreachable).
 */
class AuditCommand : public CliCommand
{
    Q_OBJECT

public:
    explicit AuditCommand(CliContext& context, QObject* parent = nullptr);
    ~AuditCommand() override;

    QString name() const override { return QStringLiteral("audit"); }
    QString synopsis() const override;
    QList<QCommandLineOption> options() const override;
    int validate(const QStringList& arguments) override;
    void run() override;

private:
    void onRecord(const AuditRecord& record);
    void onFinished();
    QString summary() const;

    QList<ItemPath> m_scopes;
    QStringList m_scopeTexts;
    QStringList m_reportPaths;
    AuditOptions m_options;
    bool m_bom = false;
    AuditReportInfo m_info;
    std::vector<std::unique_ptr<AuditReportWriter>> m_writers;
    QStringList m_writerPaths;
    QPointer<RequestScheduler> m_scheduler; ///< the connection's, not owned
    AuditJob* m_job = nullptr;
    QElapsedTimer m_timer;
    qint64 m_nextProgress = 1000;
};

} // namespace Portrait
