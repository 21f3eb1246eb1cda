#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

namespace Portrait {

/**
 * @brief Paints DirectoryModel rows: an icon per node kind, the loading and failed states, guests in italics,
 * disabled accounts in grey, and at the right a principal's photo status in words when it is not a photo
 * (presentation lives in the GUI, the model only holds data).
 */
class DirectoryItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit DirectoryItemDelegate(QObject* parent = nullptr);
    ~DirectoryItemDelegate() override;

    /// The icon for a node kind (a NodeKind as int), in its normal state.
    static QIcon iconForKind(int kind);
    /// The status words shown at the right of @p index's row ("No photo"), or empty (a photo, or not known yet).
    static QString statusText(const QModelIndex& index);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace Portrait
