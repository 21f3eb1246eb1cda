#pragma once

#include "cache/ThumbnailLoader.h"

#include <QListView>
#include <QPointer>
#include <QSet>
#include <QStyledItemDelegate>
#include <QTimer>

namespace Portrait {

/**
 * @brief Paints one face of the grid: the thumbnail (or a clear icon for no photo, unavailable, error, or
 * still loading), the name below it, guests in italics and disabled accounts greyed.
 *
 * It reads the ThumbnailLoader's memory only; it never asks for anything (FaceGridView does that).
 */
class FaceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit FaceDelegate(QObject* parent = nullptr);
    ~FaceDelegate() override;

    void setThumbnailLoader(ThumbnailLoader* loader) { m_loader = loader; }
    /// The edge of a face in logical pixels (default 64).
    void setFaceSize(int edge) { m_face = edge; }
    int faceSize() const { return m_face; }
    /// The size of one grid cell.
    QSize cellSize() const;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    /// What the face of @p index shows now, for tests and accessibility: "photo", "none", "unavailable",
    /// "error", "loading", "unknown" or "container".
    QString faceState(const QModelIndex& index) const;

private:
    QPointer<ThumbnailLoader> m_loader;
    int m_face = 64;
};

/**
 * @brief The grid of faces: a QListView in icon mode over the (filtered) directory model, showing the
 * children of one container (rootIndex(): Users, a group, a contact folder...).
 *
 * Thumbnails are asked only for the items in the viewport plus prefetchRows() grid rows above and below;
 * whatever scrolls out of that range before its answer is dropped (ThumbnailLoader::setWanted()). The range
 * is worked out after scrolling, resizing, new rows and filtering, coalesced on one zero timer, so a fast
 * scroll asks only for where it stops.
 */
class FaceGridView : public QListView
{
    Q_OBJECT

public:
    explicit FaceGridView(QWidget* parent = nullptr);
    ~FaceGridView() override;

    /// Not owned; null shows icons only.
    void setThumbnailLoader(ThumbnailLoader* loader);
    ThumbnailLoader* thumbnailLoader() const { return m_loader; }
    FaceDelegate* faceDelegate() const { return m_delegate; }

    /// Grid rows loaded ahead above and below the viewport (default 1).
    int prefetchRows() const { return m_prefetchRows; }
    void setPrefetchRows(int rows);

    /// The rows (under rootIndex()) in the viewport now, first and last; -1 when empty.
    QPair<int, int> visibleRows() const;
    /// Principals that were in the viewport at some point since resetShownCount() (benchmark: thumbnails
    /// asked against items shown).
    qsizetype shownCount() const { return m_shown.size(); }
    void resetShownCount() { m_shown.clear(); }

    void setModel(QAbstractItemModel* model) override;
    void setRootIndex(const QModelIndex& index) override;

public slots:
    /// Works out the wanted range now (normally done on a zero timer).
    void updateWanted();

protected:
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent* event) override;
    void rowsInserted(const QModelIndex& parent, int start, int end) override;
    void showEvent(QShowEvent* event) override;
    void updateGeometries() override;

private:
    void scheduleWanted();
    void thumbnailChanged(const QString& principal);

    QPointer<ThumbnailLoader> m_loader;
    FaceDelegate* m_delegate = nullptr;
    QTimer m_wantedTimer;
    int m_prefetchRows = 1;
    QHash<QString, QPersistentModelIndex> m_wanted;
    /// qHash() of every principal shown: a count, where a string set grew (and rehashed its 65,536 strings at
    /// once, a 20 ms stall) while scrolling 100,000 faces. Two principals of one 64-bit hash would count once.
    QSet<size_t> m_shown;
};

} // namespace Portrait
