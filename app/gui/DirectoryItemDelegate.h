#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

namespace Portrait {

/**
 * @brief Paints DirectoryModel rows: an icon per node kind, and the loading and failed states
 * (STYLE.md rule 19: presentation lives in the GUI, the model only holds data).
 */
class DirectoryItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit DirectoryItemDelegate(QObject* parent = nullptr);
    ~DirectoryItemDelegate() override;

    /// The icon for a node kind (a NodeKind as int), in its normal state.
    static QIcon iconForKind(int kind);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace Portrait
