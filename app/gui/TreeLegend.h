#pragma once

#include <QLabel>

namespace Portrait {

/**
 * @brief What the tree's marks mean, under the tree (the grid's faces use the same): italic for a guest, grey for
 * a disabled account, and the photo status at the right. The grey is the palette's disabled text colour, the one
 * DirectoryItemDelegate paints disabled accounts with, so it follows a switch between a light and a dark theme.
 */
class TreeLegend : public QLabel
{
    Q_OBJECT

public:
    explicit TreeLegend(QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateText();
};

} // namespace Portrait
