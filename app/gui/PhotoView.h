#pragma once

#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QPoint>
#include <QWidget>

#include <memory>

class QMimeData;
class QTemporaryDir;

namespace Portrait {

/**
 * @brief Shows one decoded photo scaled to fit, keeping its aspect ratio, or a placeholder with initials and a
 * short message (no photo, loading, error).
 *
 * The widget never decodes: it is given a QImage decoded off the GUI thread.
 */
class PhotoView : public QWidget
{
    Q_OBJECT

public:
    explicit PhotoView(QWidget* parent = nullptr);
    ~PhotoView() override;

    /// Shows @p image (scaled to fit); clears the message.
    void setImage(const QImage& image);
    /// The initials a placeholder shows for @p displayName: the first letters of its first two words ("AV").
    static QString initialsOf(const QString& displayName);
    /// Shows the placeholder: @p initials in a circle and @p message under it.
    void setPlaceholder(const QString& initials, const QString& message);
    /// Shows @p icon large, with @p message under it (for lists, which have no photo).
    void setIcon(const QIcon& icon, const QString& message);
    /// The image shown, or a null image while the placeholder is shown.
    const QImage& image() const { return m_image; }
    /**
     * @brief Lets the shown photo be dragged out (to a file manager, a mail, an editor) as the file
     * @p fileName holding exactly @p bytes. Cleared by every other set*() call.
     */
    void setDragSource(const QByteArray& bytes, const QString& fileName);
    /// True when the photo can be dragged out.
    bool canDrag() const { return !m_dragBytes.isEmpty(); }
    /// The data a drag carries: the photo as a file (exact bytes, suggested name) and as an image. Caller owns it.
    QMimeData* createDragData();
    /// The placeholder's message, or empty while an image is shown.
    QString message() const { return m_message; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    QRect frameRect() const;
    QRect imageRect() const;

    void startDrag();

    QImage m_image;
    QByteArray m_dragBytes;
    QString m_dragFileName;
    QPoint m_pressPos;
    std::unique_ptr<QTemporaryDir> m_dragDir; ///< where dragged files live until the program ends
    QPixmap m_scaled;
    QIcon m_icon;
    QString m_initials;
    QString m_message;
};

} // namespace Portrait
