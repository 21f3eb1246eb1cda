#pragma once

#include "CliContext.h"
#include "graph/ItemPath.h"
#include "graph/PhotoInfo.h"

namespace Portrait {

/// `sizes ITEM`: the photo sizes Graph can serve for a principal, smallest first.
class SizesCommand : public CliCommand
{
    Q_OBJECT

public:
    explicit SizesCommand(CliContext& context, QObject* parent = nullptr);

    QString name() const override { return QStringLiteral("sizes"); }
    QString synopsis() const override { return QStringLiteral("sizes ITEM"); }
    int validate(const QStringList& arguments) override;
    void run() override;

private:
    void print(const DirectoryObject& object, const QList<PhotoSize>& sizes);

    ItemPath m_item;
};

} // namespace Portrait
