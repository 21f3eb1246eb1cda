#include "TreeLegend.h"

#include <QEvent>

namespace Portrait {

TreeLegend::TreeLegend(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("legendLabel"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setContentsMargins(4, 0, 4, 2);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    setFont(small);
    updateText();
}

void TreeLegend::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    // A desktop switching between light and dark themes reaches a widget as a palette change.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange
        || event->type() == QEvent::ThemeChange) {
        updateText();
    }
}

void TreeLegend::updateText()
{
    // Rich text carries its colour in the markup, which a palette change does not touch: rewritten each time.
    const QColor grey = palette().color(QPalette::Disabled, QPalette::Text);
    setText(QStringLiteral("<i>%1</i> · <span style=\"color:%2\">%3</span><br>%4")
                .arg(tr("Italic: guest").toHtmlEscaped(), grey.name(), tr("Grey: disabled account").toHtmlEscaped(),
                     tr("At the right: the photo status when it is not a photo. Point at someone to read what it "
                        "means and what to do.")
                         .toHtmlEscaped()));
}

} // namespace Portrait
