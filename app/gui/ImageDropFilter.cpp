#include "ImageDropFilter.h"

#include "model/Roles.h"

#include <QAbstractItemView>
#include <QDropEvent>
#include <QMimeData>
#include <QUrl>

namespace Portrait {

ImageDropFilter::ImageDropFilter(QAbstractItemView* view)
    : QObject(view)
    , m_view(view)
{
    view->viewport()->setAcceptDrops(true);
    view->viewport()->installEventFilter(this);
}

ImageDropFilter::ImageDropFilter(QWidget* widget)
    : QObject(widget)
{
    widget->setAcceptDrops(true);
    widget->installEventFilter(this);
}

QString ImageDropFilter::droppedFile(const QMimeData* data)
{
    if (!data || !data->hasUrls()) {
        return {};
    }
    const QList<QUrl> urls = data->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile()) {
        return {};
    }
    return urls.first().toLocalFile();
}

QModelIndex ImageDropFilter::principalAt(const QPoint& pos) const
{
    if (!m_view) {
        return {};
    }
    const QModelIndex index = m_view->indexAt(pos);
    return index.data(Roles::IsPrincipalRole).toBool() ? index : QModelIndex();
}

bool ImageDropFilter::eventFilter(QObject* watched, QEvent* event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::DragEnter && type != QEvent::DragMove && type != QEvent::Drop) {
        return QObject::eventFilter(watched, event);
    }
    auto* drop = static_cast<QDropEvent*>(event); // QDragEnterEvent and QDragMoveEvent are QDropEvents
    if (drop->source()) {
        return QObject::eventFilter(watched, event); // from inside Portrait: the widget's own business
    }
    const QString file = droppedFile(drop->mimeData());
    const QModelIndex index = m_view ? principalAt(drop->position().toPoint()) : QModelIndex();
    const bool wanted = m_enabled && !file.isEmpty() && (!m_view || index.isValid());
    if (!wanted) {
        drop->ignore();
        return true;
    }
    drop->setDropAction(Qt::CopyAction);
    drop->accept();
    if (type == QEvent::Drop) {
        emit fileDropped(index, file);
    }
    return true;
}

} // namespace Portrait
