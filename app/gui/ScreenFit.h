#pragma once

#include <QRect>
#include <QSize>

class QWidget;

namespace Portrait::ScreenFit {

/**
 * @brief @p comfortable, made smaller where @p available (a screen's available geometry, without panels) is
 * smaller: at most 90% of it each way, so the window's frame fits too. A 1366x768 laptop gets a window it can
 * show whole; a large screen gets @p comfortable.
 */
QSize fitted(const QSize& comfortable, const QRect& available);

/// The available geometry of the screen @p widget is on (the primary screen before it is shown).
QRect availableFor(const QWidget* widget);

} // namespace Portrait::ScreenFit
