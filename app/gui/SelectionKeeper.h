#pragma once

#include <QObject>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QStringList>

class QItemSelectionModel;
class QTreeView;

namespace Portrait {

class DetailPane;
class DirectoryFilterModel;
class FaceGridView;

/**
 * @brief One selection for the tree, the grid of faces and the detail pane, kept while lists change under it.
 *
 * The tree and the grid share one QItemSelectionModel (attach()), so what is current in one is current in the
 * other; the detail pane shows it, and the grid shows the list it is in.
 *
 * Qt moves the current index to a neighbour when its row goes away (a filter hides it, a search lists again, a
 * refresh starts over), and the pane would show somebody else without a word. Here the selection is the node's
 * place in the directory instead: the Graph paths from its top node down (Users ▸ a user, Groups ▸ a group ▸ a
 * member). When its row goes, the views' current is left empty and the node is looked for again:
 *  - still in the directory and shown by the filters: selected again, in the tree, the grid and the pane;
 *  - its list is being loaded again (a search, F5): looked for in each page that arrives, up to as many rows as
 *    were loaded before (2,000 at most); meanwhile the pane keeps showing it;
 *  - gone, or hidden by a filter: the selection is cleared and the pane says that nothing is selected
 *    (selectionLost() names it, for the status bar).
 * The pane also follows changes of the node itself (a list's count, the signed-in user's own object arriving).
 */
class SelectionKeeper : public QObject
{
    Q_OBJECT

public:
    /// @p filter is the model of both views; its signals are connected here, before any view's.
    SelectionKeeper(DirectoryFilterModel* filter, QTreeView* tree, FaceGridView* grid, DetailPane* pane,
                    QObject* parent = nullptr);
    ~SelectionKeeper() override;

    /// After both views got the filter model (a new session): the grid takes the tree's selection model.
    void attach();
    /// Forgets the selection (a new session).
    void reset();
    /**
     * @brief The pane shows the principal @p path from elsewhere (a row of the audit): the tree and the grid
     * select it where a list that is loaded holds it, else they select nothing, so they never claim another.
     */
    void followPane(const QString& path);

    /// The Graph paths from the top node down to the selected node; empty when nothing is selected.
    QStringList selectedChain() const { return m_chain; }
    /// True while the selected node's list is being loaded again and the node not found yet.
    bool isPending() const { return m_pending; }

signals:
    /// The node at @p current (of the filter model, maybe invalid) is now the selection; the grid shows its list.
    void currentChanged(const QModelIndex& current);
    /// The selected node @p name is no longer in its list (gone, or hidden by a filter): nothing is selected now.
    void selectionLost(const QString& name);

private:
    void onCurrentChanged(const QModelIndex& current);
    void onRowsAboutToBeRemoved(const QModelIndex& parent, int first, int last);
    void onRowsRemoved();
    void onAboutToBeReset();
    void onReset();
    void onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight);
    /// resolve() once the views have taken the change in (queued); until then the selection model's moves are
    /// ignored.
    void scheduleResolve();
    /// Looks for the selected node again: selects it, waits for its list, or gives up.
    void resolve();
    void select(const QModelIndex& index);
    void lose();
    /// The deepest node of m_chain in the source model; @p complete says whether it is the node itself.
    QModelIndex locate(bool* complete) const;
    static QStringList chainOf(const QModelIndex& index);

    QPointer<DirectoryFilterModel> m_filter;
    QPointer<QTreeView> m_tree;
    QPointer<FaceGridView> m_grid;
    QPointer<DetailPane> m_pane;
    QPointer<QItemSelectionModel> m_selection;

    QStringList m_chain;
    QString m_name;
    QPersistentModelIndex m_current; ///< of the filter model
    bool m_pending = false;
    QPersistentModelIndex m_waitingOn; ///< of the filter model: the list whose next page may hold the node
    bool m_restoring = false; ///< the selection model's own moves are not the user's
    bool m_resolveQueued = false;
    QList<int> m_wantRows; ///< rows of each list on the way down loaded before the node went: looked through again
};

} // namespace Portrait
