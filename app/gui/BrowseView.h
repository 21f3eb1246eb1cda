#pragma once

#include <QSplitter>

class QAction;
class QTimer;
class QTreeView;

namespace Portrait {

class DetailPane;
class DirectoryFilterModel;
class DirectoryModel;
class FaceGridView;
class GraphClient;
class PhotoChangeActions;
class SelectionKeeper;
class ThumbnailLoader;
class ViewNotice;

/**
 * @brief What the main window browses with, side by side: the directory tree (with its TreeLegend), the grid of
 * faces and the DetailPane, sharing one selection (SelectionKeeper) through one DirectoryFilterModel.
 *
 * The grid shows the children of the container chosen in the tree (Users at first); activating a group or
 * folder in the grid opens it there and the tree follows. An empty search result says "No matches for …" in
 * the tree and the grid. The tree's context menu retries a failed list or loads its next page.
 */
class BrowseView : public QSplitter
{
    Q_OBJECT

public:
    /// @p filter is what the tree and the grid show; not owned.
    explicit BrowseView(DirectoryFilterModel* filter, QWidget* parent = nullptr);

    QTreeView* tree() const { return m_tree; }
    FaceGridView* grid() const { return m_grid; }
    DetailPane* pane() const { return m_pane; }
    SelectionKeeper* selection() const { return m_selection; }

    /**
     * @brief Shows @p model's directory through the filter, the faces from @p thumbnails, the pane's photos
     * from @p client (none of them owned). All null: lets go of them (the connection is closing).
     */
    void setDirectory(DirectoryModel* model, ThumbnailLoader* thumbnails, GraphClient* client);
    /// The actions the tree's context menu offers besides loading a list (Save photo as…, Refresh).
    void setContextActions(QAction* save, QAction* refresh);
    /// Offers Replace photo… and Remove photo… in the context menus of the tree and the grid, and takes image files
    /// dropped onto their principals; not owned.
    void setPhotoChangeActions(PhotoChangeActions* actions);
    /// Checks "No matches for …" again once the current burst of changes is over (a list finished loading).
    void recheckNoMatches();

signals:
    /// The selection's current row changed (invalid: none).
    void currentChanged(const QModelIndex& current);
    /// A short message for the status bar.
    void statusMessage(const QString& message);

private:
    QWidget* createTreeColumn();
    void showGridRootFor(const QModelIndex& current);
    void resetGridRoot();
    void gridActivated(const QModelIndex& index);
    void showTreeMenu(const QPoint& pos);
    void showGridMenu(const QPoint& pos);
    void updateNoMatches();

    DirectoryFilterModel* m_filter;
    DirectoryModel* m_model = nullptr;
    QTreeView* m_tree = nullptr;
    FaceGridView* m_grid = nullptr;
    DetailPane* m_pane = nullptr;
    SelectionKeeper* m_selection = nullptr;
    ViewNotice* m_treeNotice = nullptr; ///< "No matches for …" where the search left nothing
    ViewNotice* m_gridNotice = nullptr;
    QTimer* m_noMatchesTimer = nullptr; ///< once after a burst of row changes
    QAction* m_saveAction = nullptr;
    QAction* m_refreshAction = nullptr;
    PhotoChangeActions* m_photoChange = nullptr;
};

} // namespace Portrait
