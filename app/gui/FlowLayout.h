#pragma once

#include <QLayout>
#include <QList>

namespace Portrait {

/**
 * @brief Lays its items out left to right and starts a new line when the next one does not fit, like words in
 * a paragraph: a row of buttons or chips that wraps in a narrow pane instead of being cut off (the design of
 * Qt's Flow Layout example). Every item gets its size hint; the height follows the width (heightForWidth).
 */
class FlowLayout : public QLayout
{
public:
    /// @p spacing between items on a line and between lines; -1: the style's layout spacing.
    explicit FlowLayout(QWidget* parent = nullptr, int spacing = -1);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    int count() const override;
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

private:
    /// Places the items in @p rect (or only measures, when @p apply is false); returns the height used.
    int doLayout(const QRect& rect, bool apply) const;
    int gap(Qt::Orientation orientation) const;

    QList<QLayoutItem*> m_items;
    int m_spacing = -1;
};

} // namespace Portrait
