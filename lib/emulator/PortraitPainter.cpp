#include "PortraitPainter.h"

#include "emulator/DemoRandom.h"

#include <QColor>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

#include <array>

namespace Portrait {

namespace {

constexpr std::array<QRgb, 8> kSkin{0xFFF6D7C3, 0xFFEEC1A2, 0xFFD9A27E, 0xFFC68A63,
                                    0xFFA86B47, 0xFF8D5524, 0xFF6B4226, 0xFF4A2E1C};
constexpr std::array<QRgb, 9> kHair{0xFF1B1B1B, 0xFF3B2A1E, 0xFF5A3A22, 0xFF8B5A2B, 0xFFB5803F,
                                    0xFFE0C070, 0xFFA23B20, 0xFF9A9A9A, 0xFFE8E8E8};
constexpr std::array<QRgb, 10> kShirt{0xFF1F4E79, 0xFF2E7D32, 0xFF6A1B9A, 0xFFC62828, 0xFF37474F,
                                      0xFFEF6C00, 0xFF00838F, 0xFFF5F5F5, 0xFF283593, 0xFF795548};
constexpr std::array<QRgb, 10> kBackground{0xFFB3E5FC, 0xFFC8E6C9, 0xFFFFE0B2, 0xFFE1BEE7, 0xFFCFD8DC,
                                           0xFFFFF9C4, 0xFFF8BBD0, 0xFFB2DFDB, 0xFFD7CCC8, 0xFFBBDEFB};

template <std::size_t N> QColor pick(DemoRandom& random, const std::array<QRgb, N>& palette)
{
    return QColor::fromRgba(palette.at(static_cast<std::size_t>(random.bounded(static_cast<int>(N)))));
}

// Draws one person in a 1000 x 1000 design space, centred on cx, scaled by s.
void drawPerson(QPainter& p, DemoRandom& random, double cx, double s)
{
    const QColor skin = pick(random, kSkin);
    const QColor hair = pick(random, kHair);
    const QColor shirt = pick(random, kShirt);
    const int hairStyle = random.bounded(5); // 0 short, 1 long, 2 bald, 3 bun, 4 curly
    const bool glasses = random.percent(30);
    const bool beard = random.percent(15);
    const double headW = (300 + random.bounded(60)) * s;
    const double headH = (360 + random.bounded(50)) * s;
    const double headTop = 1000 - 780 * s;

    p.setPen(Qt::NoPen);

    // Long hair falls behind the shoulders.
    if (hairStyle == 1) {
        p.setBrush(hair);
        p.drawRoundedRect(QRectF(cx - headW * 0.62, headTop + headH * 0.25, headW * 1.24, headH * 1.05), 120 * s,
                          120 * s);
    }

    // Shoulders and shirt.
    p.setBrush(shirt);
    QPainterPath body;
    body.moveTo(cx - 420 * s, 1000 + 10 * s);
    body.cubicTo(cx - 420 * s, 1000 - 280 * s, cx - 250 * s, 1000 - 330 * s, cx, 1000 - 330 * s);
    body.cubicTo(cx + 250 * s, 1000 - 330 * s, cx + 420 * s, 1000 - 280 * s, cx + 420 * s, 1000 + 10 * s);
    body.closeSubpath();
    p.drawPath(body);

    // Neck and collar.
    p.setBrush(skin.darker(112));
    p.drawRect(QRectF(cx - 70 * s, headTop + headH * 0.8, 140 * s, 150 * s));
    p.setBrush(shirt.lighter(130));
    QPainterPath collar;
    collar.moveTo(cx - 90 * s, 1000 - 325 * s);
    collar.lineTo(cx, 1000 - 220 * s);
    collar.lineTo(cx + 90 * s, 1000 - 325 * s);
    collar.closeSubpath();
    p.drawPath(collar);

    // Head.
    p.setBrush(skin);
    p.drawEllipse(QRectF(cx - headW / 2, headTop, headW, headH));
    // Ears.
    p.drawEllipse(QRectF(cx - headW / 2 - 25 * s, headTop + headH * 0.42, 55 * s, 90 * s));
    p.drawEllipse(QRectF(cx + headW / 2 - 30 * s, headTop + headH * 0.42, 55 * s, 90 * s));

    // Hair on top.
    p.setBrush(hair);
    switch (hairStyle) {
    case 0:
    case 1:
        p.drawChord(QRectF(cx - headW * 0.55, headTop - headH * 0.08, headW * 1.1, headH * 0.75), 0, 180 * 16);
        break;
    case 3:
        p.drawChord(QRectF(cx - headW * 0.53, headTop - headH * 0.05, headW * 1.06, headH * 0.7), 0, 180 * 16);
        p.drawEllipse(QRectF(cx - 80 * s, headTop - 120 * s, 160 * s, 150 * s));
        break;
    case 4:
        for (int i = 0; i < 7; ++i) {
            const double x = cx - headW * 0.5 + i * headW / 6.0;
            p.drawEllipse(QRectF(x - 70 * s, headTop - 50 * s + (i % 2) * 30 * s, 140 * s, 140 * s));
        }
        break;
    default:
        break; // bald
    }

    if (beard) {
        p.setBrush(hair);
        p.drawChord(QRectF(cx - headW * 0.45, headTop + headH * 0.35, headW * 0.9, headH * 0.65), 180 * 16, 180 * 16);
        p.setBrush(skin);
        p.drawEllipse(QRectF(cx - 60 * s, headTop + headH * 0.66, 120 * s, 50 * s));
    }

    // Eyes and mouth.
    const double eyeY = headTop + headH * 0.47;
    p.setBrush(QColor(0x2B, 0x2B, 0x2B));
    p.drawEllipse(QRectF(cx - headW * 0.22 - 18 * s, eyeY - 18 * s, 36 * s, 36 * s));
    p.drawEllipse(QRectF(cx + headW * 0.22 - 18 * s, eyeY - 18 * s, 36 * s, 36 * s));
    QPen mouthPen(QColor(0x7A, 0x2E, 0x2E), 14 * s, Qt::SolidLine, Qt::RoundCap);
    p.setPen(mouthPen);
    p.setBrush(Qt::NoBrush);
    p.drawArc(QRectF(cx - 70 * s, headTop + headH * 0.6, 140 * s, 80 * s), 200 * 16, 140 * 16);

    if (glasses) {
        QPen frame(QColor(0x20, 0x20, 0x20), 12 * s);
        p.setPen(frame);
        const double r = 62 * s;
        p.drawEllipse(QPointF(cx - headW * 0.22, eyeY), r, r * 0.85);
        p.drawEllipse(QPointF(cx + headW * 0.22, eyeY), r, r * 0.85);
        p.drawLine(QPointF(cx - headW * 0.22 + r, eyeY), QPointF(cx + headW * 0.22 - r, eyeY));
    }
    p.setPen(Qt::NoPen);
}

void drawBackground(QPainter& p, DemoRandom& random, bool transparent)
{
    const QColor base = pick(random, kBackground);
    QLinearGradient gradient(0, 0, 0, 1000);
    gradient.setColorAt(0, base.lighter(110));
    gradient.setColorAt(1, base.darker(115));
    p.setPen(Qt::NoPen);
    p.setBrush(gradient);
    if (transparent) {
        p.drawEllipse(QRectF(0, 0, 1000, 1000));
    } else {
        p.drawRect(QRectF(0, 0, 1000, 1000));
    }
    // A soft decorative circle so that backgrounds differ in more than colour.
    QColor accent = base.darker(130);
    accent.setAlpha(60);
    p.setBrush(accent);
    const double r = 150 + random.bounded(250);
    p.drawEllipse(QPointF(random.bounded(1000), random.bounded(500)), r, r);
}

} // namespace

QImage PortraitPainter::render(Subject subject, quint64 seed, int edge, bool transparent)
{
    edge = qMax(1, edge);
    QImage image(edge, edge, transparent ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
    image.fill(transparent ? Qt::transparent : Qt::white);

    DemoRandom random(seed);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.scale(edge / 1000.0, edge / 1000.0);
    if (transparent) {
        QPainterPath clip;
        clip.addEllipse(QRectF(0, 0, 1000, 1000));
        p.setClipPath(clip);
    }
    drawBackground(p, random, transparent);

    if (subject == Subject::Team) {
        // Back row first, then the front person, smaller scales for the back.
        drawPerson(p, random, 250, 0.62);
        drawPerson(p, random, 750, 0.62);
        drawPerson(p, random, 500, 0.8);
    } else {
        drawPerson(p, random, 500, 1.0);
    }
    p.end();
    return image;
}

} // namespace Portrait
