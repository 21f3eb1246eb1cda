#pragma once

#include <QLabel>

class QAbstractScrollArea;

namespace Portrait {

/**
 * @brief A line of text in the middle of a view's empty area ("No matches for …"), so that an empty result
 * does not look like a blank, broken view. Hidden while its text is empty.
 */
class ViewNotice : public QLabel
{
    Q_OBJECT

public:
    explicit ViewNotice(QAbstractScrollArea* view);

    /// Shows @p text in the middle of the view, or hides the notice when @p text is empty.
    void setNotice(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void place();
};

} // namespace Portrait
