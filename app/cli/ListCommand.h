#pragma once

#include "CliContext.h"
#include "graph/ItemPath.h"

namespace Portrait {

/// `list COLLECTION [--search TEXT] [--filter ODATA] [--top N]`: one record per entry, streamed per page.
class ListCommand : public CliCommand
{
    Q_OBJECT

public:
    explicit ListCommand(CliContext& context, QObject* parent = nullptr);

    QString name() const override { return QStringLiteral("list"); }
    QString synopsis() const override;
    QList<QCommandLineOption> options() const override;
    int validate(const QStringList& arguments) override;
    void run() override;

private:
    ItemPath m_collection;
};

} // namespace Portrait
