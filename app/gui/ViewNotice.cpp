#include "ViewNotice.h"

#include <QAbstractScrollArea>
#include <QEvent>

namespace Portrait {

ViewNotice::ViewNotice(QAbstractScrollArea* view)
    : QLabel(view->viewport())
{
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setForegroundRole(QPalette::PlaceholderText);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    hide();
    view->viewport()->installEventFilter(this);
}

void ViewNotice::setNotice(const QString& text)
{
    setText(text);
    setVisible(!text.isEmpty());
    if (!text.isEmpty()) {
        place();
    }
}

bool ViewNotice::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parent() && event->type() == QEvent::Resize) {
        place();
    }
    return QLabel::eventFilter(watched, event);
}

void ViewNotice::place()
{
    const QWidget* area = parentWidget();
    const int margin = fontMetrics().averageCharWidth() * 2;
    const int width = qMax(0, area->width() - 2 * margin);
    const int height = heightForWidth(width) > 0 ? heightForWidth(width) : sizeHint().height();
    setGeometry(margin, (area->height() - height) / 2, width, height);
}

} // namespace Portrait
