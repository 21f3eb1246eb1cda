#include "PhotoView.h"

#include "graph/DisplayText.h"

#include <QApplication>
#include <QDrag>
#include <QMimeData>
#include <QMouseEvent>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QUrl>

#include <QPainter>
#include <QPainterPath>

namespace Portrait {

PhotoView::PhotoView(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

PhotoView::~PhotoView() = default;

QSize PhotoView::sizeHint() const
{
    return {320, 320};
}

QSize PhotoView::minimumSizeHint() const
{
    return {96, 96};
}

void PhotoView::setImage(const QImage& image)
{
    m_dragBytes.clear();
    setCursor(Qt::ArrowCursor);
    m_image = image;
    m_scaled = {};
    m_message.clear();
    m_initials.clear();
    m_icon = {};
    update();
}

void PhotoView::setIcon(const QIcon& icon, const QString& message)
{
    m_dragBytes.clear();
    setCursor(Qt::ArrowCursor);
    setPlaceholder({}, message);
    m_icon = icon;
    update();
}

QString PhotoView::initialsOf(const QString& displayName)
{
    QString result;
    const QStringList words = displayName.split(u' ', Qt::SkipEmptyParts);
    for (const QString& w : words) {
        if (w.at(0).isLetterOrNumber()) {
            result += w.at(0).toUpper();
        }
        if (result.size() == 2) {
            break;
        }
    }
    return result;
}

void PhotoView::setPlaceholder(const QString& initials, const QString& message)
{
    m_dragBytes.clear();
    setCursor(Qt::ArrowCursor);
    m_icon = {};
    m_image = {};
    m_scaled = {};
    m_initials = initials;
    m_message = message;
    update();
}

QRect PhotoView::frameRect() const
{
    // A square at the top, as wide as the widget allows: the photo's "card".
    const int side = qMin(width(), height());
    return QRect((width() - side) / 2, 0, side, side);
}

QRect PhotoView::imageRect() const
{
    const QRect area = frameRect().adjusted(8, 8, -8, -8);
    if (m_image.isNull() || area.isEmpty()) {
        return {};
    }
    QSize size = m_image.size();
    // Scale down to fit; never blow a small photo up beyond twice its size, so pixels stay honest.
    size.scale(area.size().boundedTo(m_image.size() * 2), Qt::KeepAspectRatio);
    QRect r(QPoint(), size);
    r.moveCenter(area.center());
    return r;
}

void PhotoView::resizeEvent(QResizeEvent* event)
{
    m_scaled = {};
    QWidget::resizeEvent(event);
}

void PhotoView::paintEvent(QPaintEvent* event)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);

    const QRectF frame = QRectF(frameRect()).adjusted(0.5, 0.5, -0.5, -0.5);
    p.setPen(palette().color(QPalette::Mid));
    p.setBrush(palette().color(QPalette::Base));
    p.drawRoundedRect(frame, 8, 8);

    if (!m_image.isNull()) {
        const QRect target = imageRect();
        if (target.isEmpty()) {
            return;
        }
        if (m_image.hasAlphaChannel()) {
            // A checkerboard shows where a PNG is transparent.
            const int cell = 8;
            p.save();
            p.setClipRect(target);
            for (int y = target.top(); y < target.bottom(); y += cell) {
                for (int x = target.left(); x < target.right(); x += cell) {
                    const bool dark = ((x - target.left()) / cell + (y - target.top()) / cell) % 2;
                    p.fillRect(QRect(x, y, cell, cell), dark ? QColor(0xd8, 0xd8, 0xd8) : QColor(0xf4, 0xf4, 0xf4));
                }
            }
            p.restore();
        }
        const qreal dpr = devicePixelRatioF();
        if (m_scaled.isNull() || m_scaled.size() != target.size() * dpr) {
            m_scaled = QPixmap::fromImage(
                m_image.scaled(target.size() * dpr, Qt::KeepAspectRatio, Qt::SmoothTransformation));
            m_scaled.setDevicePixelRatio(dpr);
        }
        p.drawPixmap(target.topLeft(), m_scaled);
        return;
    }

    // Placeholder: initials in a circle, the message below.
    const QRect area = frameRect().adjusted(12, 12, -12, -12);
    const QFontMetrics fm(font());
    const int textHeight = m_message.isEmpty() ? 0 : fm.height() * 3;
    int d = qMax(32, qMin(area.width(), area.height() - textHeight) * 2 / 3);
    if (!m_icon.isNull()) {
        d = qMin(d, 96);
    }
    QRect circle(0, 0, d, d);
    circle.moveCenter(QPoint(area.center().x(), area.top() + (area.height() - textHeight) / 2));
    if (!m_icon.isNull()) {
        m_icon.paint(&p, circle);
    } else if (m_message.isEmpty() && m_initials.isEmpty()) {
        return; // nothing to show
    }
    p.setPen(Qt::NoPen);
    p.setBrush(palette().color(QPalette::Midlight));
    if (m_icon.isNull()) {
        p.drawEllipse(circle);
    }
    if (!m_initials.isEmpty()) {
        QFont f = font();
        f.setPixelSize(qMax(10, d * 2 / 5));
        f.setBold(true);
        p.setFont(f);
        p.setPen(palette().color(QPalette::Dark));
        p.drawText(circle, Qt::AlignCenter, m_initials);
    }
    if (!m_message.isEmpty()) {
        p.setFont(font());
        p.setPen(palette().color(QPalette::PlaceholderText));
        const QRect textRect(area.left(), circle.bottom() + fm.height() / 2, area.width(), textHeight);
        p.drawText(textRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_message);
    }
}

void PhotoView::setDragSource(const QByteArray& bytes, const QString& fileName)
{
    m_dragBytes = bytes;
    m_dragFileName = fileName;
    setCursor(bytes.isEmpty() ? Qt::ArrowCursor : Qt::OpenHandCursor);
    setToolTip(bytes.isEmpty() ? QString() : plainToolTip(tr("Drag the photo out to save it as %1").arg(fileName)));
}

void PhotoView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressPos = event->position().toPoint();
    }
    QWidget::mousePressEvent(event);
}

void PhotoView::mouseMoveEvent(QMouseEvent* event)
{
    if ((event->buttons() & Qt::LeftButton) && !m_dragBytes.isEmpty()
        && (event->position().toPoint() - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
        startDrag();
        return;
    }
    QWidget::mouseMoveEvent(event);
}

QMimeData* PhotoView::createDragData()
{
    if (!m_dragDir) {
        m_dragDir = std::make_unique<QTemporaryDir>();
    }
    // File managers take files, not bytes: the exact bytes go to a file of the suggested name.
    auto* mime = new QMimeData;
    const QString path = m_dragDir->isValid() ? m_dragDir->filePath(m_dragFileName) : QString();
    QSaveFile file(path);
    if (!path.isEmpty() && file.open(QIODevice::WriteOnly) && file.write(m_dragBytes) == m_dragBytes.size()
        && file.commit()) {
        mime->setUrls({QUrl::fromLocalFile(path)});
    }
    mime->setImageData(m_image);
    return mime;
}

void PhotoView::startDrag()
{
    auto* drag = new QDrag(this);
    drag->setMimeData(createDragData());
    if (!m_scaled.isNull()) {
        drag->setPixmap(m_scaled.scaled(96, 96, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    }
    // Qt's drag and drop is modal by design (QDrag::exec); nothing else in Portrait waits like this.
    drag->exec(Qt::CopyAction);
}

} // namespace Portrait
