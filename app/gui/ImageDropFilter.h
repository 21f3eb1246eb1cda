#pragma once

#include <QModelIndex>
#include <QObject>
#include <QPointer>

class QAbstractItemView;
class QMimeData;
class QWidget;

namespace Portrait {

/**
 * @brief Lets one image file be dropped onto a person: onto a principal's row of an item view (the grid of faces,
 * the tree) or onto one widget (the detail pane's photo). It only reports the drop (fileDropped()); what follows is
 * the owner's to decide, and nothing is ever written without a confirmation.
 *
 * A drag is accepted when it carries exactly one local file and, over a view, points at a principal. Drags that
 * start inside Portrait (a photo dragged out of the detail pane) are left to the widget.
 */
class ImageDropFilter : public QObject
{
    Q_OBJECT

public:
    /// Watches @p view's viewport; a drop onto a principal's row reports that row. Owned by @p view.
    explicit ImageDropFilter(QAbstractItemView* view);
    /// Watches @p widget; a drop onto it reports an invalid index (its owner knows whom it shows). Owned by it.
    explicit ImageDropFilter(QWidget* widget);

    /// Whether drops are taken (default true); the owner turns it off where no photo can be set.
    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }

    /// The one local file @p data carries, or empty (no file, several, or not on this computer).
    static QString droppedFile(const QMimeData* data);

signals:
    /// @p path was dropped onto the principal at @p index (invalid for a widget).
    void fileDropped(const QModelIndex& index, const QString& path);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QModelIndex principalAt(const QPoint& pos) const;

    QPointer<QAbstractItemView> m_view;
    bool m_enabled = true;
};

} // namespace Portrait
