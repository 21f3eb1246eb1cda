#pragma once

#include "CliContext.h"
#include "graph/ItemPath.h"

namespace Portrait {

/// `photo ITEM [--size WxH] [--meta] [-o FILE|-]`: one principal's photo record, and its bytes.
class PhotoCommand : public CliCommand
{
    Q_OBJECT

public:
    explicit PhotoCommand(CliContext& context, QObject* parent = nullptr);

    QString name() const override { return QStringLiteral("photo"); }
    QString synopsis() const override;
    QList<QCommandLineOption> options() const override;
    int validate(const QStringList& arguments) override;
    void run() override;

private:
    ItemPath m_item;
    QString m_sizeId;
};

} // namespace Portrait
