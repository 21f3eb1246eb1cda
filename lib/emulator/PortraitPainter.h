#pragma once

#include <QImage>
#include <QtGlobal>

namespace Portrait {

/**
 * @brief Draws the demo tenant's pictures with QPainter, without any text or fonts.
 *
 * Works in a QCoreApplication (no QGuiApplication needed). The same seed and edge always give the
 * same pixels; the same seed at different edges gives the same picture at different resolutions.
 */
class PortraitPainter
{
public:
    /** @brief What the picture shows. */
    enum class Subject
    {
        Person, ///< Head and shoulders: skin, hair, shirt, maybe glasses.
        Team ///< Three people in front of a geometric background, for groups.
    };

    /**
     * @brief Renders a square picture.
     * @param transparent when true the background outside a circle is transparent (ARGB32, for PNG).
     */
    static QImage render(Subject subject, quint64 seed, int edge, bool transparent = false);
};

} // namespace Portrait
