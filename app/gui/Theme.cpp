#include "Theme.h"

#include <QApplication>
#include <QEvent>
#include <QLineEdit>
#include <QPalette>
#include <QWidget>

namespace Portrait::Theme {

namespace {
/// Re-colours its widget's text whenever the application palette changes.
class ErrorColourKeeper : public QObject
{
public:
    explicit ErrorColourKeeper(QWidget* widget)
        : QObject(widget)
        , m_widget(widget)
    {
        setObjectName(QStringLiteral("portraitErrorColour"));
        apply();
        widget->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        // A desktop switching themes reaches windows as ApplicationPaletteChange and their children as
        // PaletteChange; both re-colour (apply() does nothing when the colour is already right, so no loop).
        if (watched == m_widget
            && (event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::PaletteChange)) {
            apply();
        }
        return false;
    }

private:
    void apply()
    {
        const QColor colour = errorColor(QApplication::palette(m_widget));
        if (m_widget->palette().color(QPalette::WindowText) == colour
            && m_widget->palette().color(QPalette::Text) == colour) {
            return;
        }
        QPalette palette = m_widget->palette();
        palette.setColor(QPalette::WindowText, colour);
        palette.setColor(QPalette::Text, colour);
        m_widget->setPalette(palette);
    }

    QWidget* m_widget;
};
} // namespace

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor errorColor(const QPalette& palette)
{
    // Both reach a contrast of at least 4.5:1 (WCAG AA) on the usual window colours of their kind of theme.
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1e, 0x14);
}

void markAsError(QWidget* widget)
{
    if (!widget->findChild<QObject*>(QStringLiteral("portraitErrorColour"), Qt::FindDirectChildrenOnly)) {
        new ErrorColourKeeper(widget);
    }
}

void fitPlaceholder(QLineEdit* edit)
{
    edit->setMinimumWidth(edit->minimumSizeHint().width()
                          + edit->fontMetrics().horizontalAdvance(edit->placeholderText()));
}

} // namespace Portrait::Theme
