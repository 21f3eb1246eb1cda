#include "ScreenFit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace Portrait::ScreenFit {

QSize fitted(const QSize& comfortable, const QRect& available)
{
    if (!available.isValid()) {
        return comfortable;
    }
    return {std::min(comfortable.width(), available.width() * 9 / 10),
            std::min(comfortable.height(), available.height() * 9 / 10)};
}

QRect availableFor(const QWidget* widget)
{
    const QScreen* screen = widget && widget->screen() ? widget->screen() : QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect();
}

} // namespace Portrait::ScreenFit
