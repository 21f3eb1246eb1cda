#include "StatusChart.h"

#include "graph/DisplayText.h"
#include "graph/PhotoInfo.h"

#include <QLocale>
#include <QPainter>

namespace Portrait {

namespace {
constexpr int kRow = 20;
constexpr int kGap = 4;
} // namespace

StatusChart::StatusChart(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

StatusChart::~StatusChart() = default;

void StatusChart::setCounts(const std::array<qint64, 5>& counts)
{
    if (counts != m_counts) {
        m_counts = counts;
        update();
    }
}

QColor StatusChart::colour(int status)
{
    static const QColor colours[] = {QColor(0x3a, 0x9d, 0x5d), QColor(0x9a, 0xa0, 0xa6), QColor(0xe0, 0xa5, 0x26),
                                     QColor(0x5b, 0x7d, 0xc9), QColor(0xd0, 0x45, 0x3b)};
    return colours[qBound(0, status, 4)];
}

QSize StatusChart::sizeHint() const
{
    return {360, 5 * (kRow + kGap) + kGap};
}

QSize StatusChart::minimumSizeHint() const
{
    return {200, 5 * (kRow + kGap) + kGap};
}

void StatusChart::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event);
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    int labelWidth = 0;
    qint64 max = 1;
    for (int s = 0; s < 5; ++s) {
        labelWidth = qMax(labelWidth, fm.horizontalAdvance(photoStatusTitle(PhotoStatus(s))));
        max = qMax(max, m_counts[size_t(s)]);
    }
    const int countWidth = fm.horizontalAdvance(QLocale().toString(1000000));
    const int barLeft = labelWidth + 12;
    const int barSpace = qMax(10, width() - barLeft - countWidth - 8);
    for (int s = 0; s < 5; ++s) {
        const int y = kGap + s * (kRow + kGap);
        const QRect label(0, y, labelWidth + 4, kRow);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(label, Qt::AlignRight | Qt::AlignVCenter, photoStatusTitle(PhotoStatus(s)));
        const qint64 n = m_counts[size_t(s)];
        const int w = n > 0 ? qMax(2, int(double(barSpace) * double(n) / double(max))) : 0;
        p.setPen(Qt::NoPen);
        p.setBrush(palette().color(QPalette::AlternateBase));
        p.drawRoundedRect(QRect(barLeft, y + 2, barSpace, kRow - 4), 3, 3);
        p.setBrush(colour(s));
        p.drawRoundedRect(QRect(barLeft, y + 2, w, kRow - 4), 3, 3);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(barLeft + barSpace + 6, y, countWidth, kRow), Qt::AlignLeft | Qt::AlignVCenter,
                   QLocale().toString(n));
    }
}

} // namespace Portrait
