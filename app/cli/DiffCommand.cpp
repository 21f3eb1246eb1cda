#include "DiffCommand.h"

#include "bulk/SnapshotDiff.h"

#include <QMap>

namespace Portrait {

DiffCommand::DiffCommand(CliContext& context, QObject* parent)
    : CliCommand(context, parent)
{ }

int DiffCommand::validate(const QStringList& arguments)
{
    if (arguments.size() != 2) {
        context().usageError(tr("'diff' takes two snapshot files: OLD NEW"));
        return ExitUsage;
    }
    QString error;
    if (!m_older.load(arguments.at(0), &error)) {
        context().usageError(tr("'%1': %2").arg(arguments.at(0), error));
        return ExitUsage;
    }
    if (!m_newer.load(arguments.at(1), &error)) {
        context().usageError(tr("'%1': %2").arg(arguments.at(1), error));
        return ExitUsage;
    }
    return -1;
}

void DiffCommand::run()
{
    if (m_older.isDeep() != m_newer.isDeep()) {
        context().info(tr("Only one snapshot is --deep: photos are compared by etag."));
    }
    const QList<SnapshotDiff::Change> changes = SnapshotDiff::compare(m_older, m_newer);
    QMap<QString, int> counts;
    for (const SnapshotDiff::Change& change : changes) {
        const QString type = SnapshotDiff::changeTypeName(change.type);
        ++counts[type];
        if (context().json()) {
            context().printRecord(change.toJson());
            continue;
        }
        const QJsonObject& who = change.newer.isEmpty() ? change.older : change.newer;
        QString detail;
        if (!change.older.isEmpty() && !change.newer.isEmpty()) {
            detail = QStringLiteral("%1 -> %2")
                         .arg(change.older.value(QLatin1String("status")).toString(),
                              change.newer.value(QLatin1String("status")).toString());
            if (!change.by.isEmpty()) {
                detail += QStringLiteral(" (by %1)").arg(change.by);
            }
        }
        context().printFields({type, change.path, who.value(QLatin1String("displayName")).toString(), detail});
    }
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        parts.append(QStringLiteral("%1 %2").arg(it.value()).arg(it.key()));
    }
    context().info(changes.isEmpty()
                       ? tr("No changes.")
                       : tr("%n changes: %1.", nullptr, int(changes.size())).arg(parts.join(QStringLiteral(", "))));
    context().finish(ExitOk);
}

} // namespace Portrait
