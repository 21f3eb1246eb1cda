#include "BrowseView.h"

#include "DetailPane.h"
#include "DirectoryItemDelegate.h"
#include "FaceGridView.h"
#include "PhotoChangeActions.h"
#include "SelectionKeeper.h"
#include "TreeLegend.h"
#include "ViewNotice.h"
#include "model/DirectoryFilterModel.h"
#include "model/DirectoryModel.h"
#include "model/Roles.h"

#include <QAction>
#include <QMenu>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Portrait {

BrowseView::BrowseView(DirectoryFilterModel* filter, QWidget* parent)
    : QSplitter(Qt::Horizontal, parent)
    , m_filter(filter)
{
    setObjectName(QStringLiteral("mainSplitter"));
    addWidget(createTreeColumn());
    m_grid = new FaceGridView(this);
    m_grid->setObjectName(QStringLiteral("faceGridView"));
    m_grid->setAccessibleName(tr("Faces"));
    connect(m_grid, &QAbstractItemView::activated, this, &BrowseView::gridActivated);
    addWidget(m_grid);
    m_pane = new DetailPane(this);
    m_pane->setObjectName(QStringLiteral("detailPane"));
    connect(m_pane, &DetailPane::photoFinished, this, [this](const ItemPath& principal, const PhotoInfo& info) {
        if (m_model) {
            m_model->setPhotoInfo(principal, info, true); // the pane asks for the largest photo
        }
    });
    addWidget(m_pane);
    setStretchFactor(0, 0);
    setStretchFactor(1, 1);
    setStretchFactor(2, 0);
    setSizes({230, 500, 550});

    // One selection for the tree, the grid and the pane, kept while filters, searches and F5 change the lists.
    m_selection = new SelectionKeeper(m_filter, m_tree, m_grid, m_pane, this);
    connect(m_selection, &SelectionKeeper::currentChanged, this, [this](const QModelIndex& current) {
        showGridRootFor(current);
        emit currentChanged(current);
    });
    connect(m_selection, &SelectionKeeper::selectionLost, this, [this](const QString& name) {
        emit statusMessage(
            tr("%1 is no longer in the list (a filter, a search or a refresh): nothing is selected.").arg(name));
    });
    connect(m_filter, &QAbstractItemModel::modelReset, this, &BrowseView::resetGridRoot);

    // An empty search result says so, in the tree and in the grid, instead of a blank view.
    m_treeNotice = new ViewNotice(m_tree);
    m_treeNotice->setObjectName(QStringLiteral("treeNoMatches"));
    m_gridNotice = new ViewNotice(m_grid);
    m_gridNotice->setObjectName(QStringLiteral("gridNoMatches"));
    m_noMatchesTimer = new QTimer(this);
    m_noMatchesTimer->setSingleShot(true);
    m_noMatchesTimer->setInterval(0);
    connect(m_noMatchesTimer, &QTimer::timeout, this, &BrowseView::updateNoMatches);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_filter, signal, this, &BrowseView::recheckNoMatches);
    }
    connect(m_filter, &QAbstractItemModel::modelReset, this, &BrowseView::recheckNoMatches);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &BrowseView::recheckNoMatches);
    connect(m_filter, &DirectoryFilterModel::filterChanged, this, &BrowseView::recheckNoMatches);
}

QWidget* BrowseView::createTreeColumn()
{
    // The tree, and under it what its marks mean (the grid's faces use the same).
    auto* column = new QWidget(this);
    column->setObjectName(QStringLiteral("treeColumn"));
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_tree = new QTreeView(column);
    m_tree->setObjectName(QStringLiteral("directoryTreeView"));
    m_tree->setAccessibleName(tr("Directory"));
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAnimated(true);
    m_tree->setIconSize(QSize(16, 16));
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setItemDelegate(new DirectoryItemDelegate(m_tree));
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &BrowseView::showTreeMenu);
    layout->addWidget(m_tree, 1);
    layout->addWidget(new TreeLegend(column));
    return column;
}

void BrowseView::setDirectory(DirectoryModel* model, ThumbnailLoader* thumbnails, GraphClient* client)
{
    if (!model) {
        m_selection->reset();
        m_pane->setClient(nullptr);
        m_tree->setModel(nullptr);
        m_grid->setModel(nullptr);
        m_grid->setThumbnailLoader(nullptr);
        m_filter->setSourceModel(nullptr);
        m_model = nullptr;
        return;
    }
    m_model = model;
    m_filter->setSourceModel(model);
    m_tree->setModel(m_filter);
    m_grid->setModel(m_filter);
    m_grid->setThumbnailLoader(thumbnails);
    m_selection->attach(); // the grid shares the tree's selection
    resetGridRoot();
    m_pane->setClient(client);
}

void BrowseView::setContextActions(QAction* save, QAction* refresh)
{
    m_saveAction = save;
    m_refreshAction = refresh;
}

void BrowseView::showGridRootFor(const QModelIndex& current)
{
    if (!current.isValid() && !m_grid->rootIndex().isValid()) {
        resetGridRoot(); // its list went with the selection (a search): Users, not the four top nodes as faces
    }
    if (!current.isValid() || current.model() != m_filter) {
        return;
    }
    const bool container = current.data(Roles::IsContainerRole).toBool();
    const QModelIndex root = container ? current : current.parent();
    if (root.isValid() && root != m_grid->rootIndex()) {
        m_grid->setRootIndex(root);
    }
    if (!container) {
        m_grid->scrollTo(current); // the grid shares the tree's selection: the face is already current
    }
}

void BrowseView::resetGridRoot()
{
    if (m_model && m_filter->sourceModel() == m_model && m_grid->model() == m_filter) {
        m_grid->setRootIndex(m_filter->mapFromSource(m_model->topIndex(NodeKind::Users)));
    }
}

void BrowseView::gridActivated(const QModelIndex& index)
{
    // A group or folder opens in the grid, and the tree follows.
    if (index.isValid() && index.data(Roles::IsContainerRole).toBool()) {
        m_tree->expand(index.parent());
        m_tree->setCurrentIndex(index);
    }
}

void BrowseView::recheckNoMatches()
{
    m_noMatchesTimer->start();
}

void BrowseView::updateNoMatches()
{
    // Only once the search's lists are in: while they load, an empty view is not yet a result.
    const QString text = m_filter->filterText();
    const bool searched = m_model && !text.isEmpty() && !m_model->isLoading();
    const QString notice = tr("No matches for “%1”.").arg(text);
    m_treeNotice->setNotice(searched && !m_filter->showsAnyPrincipal() ? notice : QString());
    m_gridNotice->setNotice(searched && m_filter->rowCount(m_grid->rootIndex()) == 0 ? notice : QString());
}

void BrowseView::setPhotoChangeActions(PhotoChangeActions* actions)
{
    m_photoChange = actions;
    actions->acceptDrops(m_tree);
    actions->acceptDrops(m_grid);
    // The pane's buttons act on the node the pane shows (an audit row too), not on the tree's current row.
    connect(m_pane, &DetailPane::replacePhotoRequested, actions, &PhotoChangeActions::replace, Qt::UniqueConnection);
    connect(m_pane, &DetailPane::removePhotoRequested, actions, &PhotoChangeActions::remove, Qt::UniqueConnection);
    m_grid->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_grid, &QWidget::customContextMenuRequested, this, &BrowseView::showGridMenu, Qt::UniqueConnection);
}

void BrowseView::showGridMenu(const QPoint& pos)
{
    const QModelIndex index = m_grid->indexAt(pos);
    if (!m_model || !m_photoChange || !index.data(Roles::IsPrincipalRole).toBool()) {
        return;
    }
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (m_saveAction && index == m_grid->currentIndex()) {
        menu->addAction(m_saveAction);
    }
    m_photoChange->addToMenu(menu, index);
    menu->popup(m_grid->viewport()->mapToGlobal(pos));
}

void BrowseView::showTreeMenu(const QPoint& pos)
{
    if (!m_model) {
        return;
    }
    const QModelIndex index = m_tree->indexAt(pos);
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (index.isValid() && m_filter->canFetchMore(index)) {
        const auto state = FetchState(index.data(Roles::FetchStateRole).toInt());
        const QString text = state == FetchState::Failed ? tr("Try again")
            : state == FetchState::Partial               ? tr("Load more")
                                                         : tr("Load");
        const QPersistentModelIndex persistent(index);
        const QIcon icon = m_refreshAction ? m_refreshAction->icon() : QIcon();
        menu->addAction(icon, text, this, [this, persistent]() {
            if (m_model && persistent.isValid()) {
                m_filter->fetchMore(persistent);
                m_tree->expand(persistent);
            }
        });
    }
    if (m_saveAction && index.isValid() && index.data(Roles::IsPrincipalRole).toBool()
        && index == m_tree->currentIndex()) {
        menu->addAction(m_saveAction);
    }
    if (m_photoChange) {
        m_photoChange->addToMenu(menu, index);
    }
    if (m_refreshAction) {
        menu->addSeparator();
        menu->addAction(m_refreshAction);
    }
    menu->popup(m_tree->viewport()->mapToGlobal(pos));
}

} // namespace Portrait
