#pragma once

#include <QColor>

class QLineEdit;
class QPalette;
class QWidget;

namespace Portrait::Theme {

/// True when @p palette draws light text on a dark window (a dark desktop theme).
bool isDark(const QPalette& palette);
/// A red for error text that stays readable on @p palette's window and base colours, light or dark.
QColor errorColor(const QPalette& palette);

/**
 * @brief Shows @p widget's text in errorColor() of the application palette, and keeps doing so when the palette
 * changes (a switch to or from a dark theme). Use instead of a style sheet with a fixed colour.
 */
void markAsError(QWidget* widget);

/// Makes @p edit at least wide enough to show its whole placeholder text (in whatever language it is in).
void fitPlaceholder(QLineEdit* edit);

} // namespace Portrait::Theme
