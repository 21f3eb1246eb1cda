#include "SelectionKeeper.h"

#include "DetailPane.h"
#include "FaceGridView.h"
#include "GuiLogging.h"
#include "model/DirectoryFilterModel.h"
#include "model/Roles.h"

#include <QItemSelectionModel>
#include <QTreeView>

#include <algorithm>

namespace Portrait {

SelectionKeeper::SelectionKeeper(DirectoryFilterModel* filter, QTreeView* tree, FaceGridView* grid, DetailPane* pane,
                                 QObject* parent)
    : QObject(parent)
    , m_filter(filter)
    , m_tree(tree)
    , m_grid(grid)
    , m_pane(pane)
{
    // Connected before any view's selection model is: these run first, so the selection model's move to a
    // neighbour that follows is known not to be the user's.
    connect(filter, &QAbstractItemModel::rowsAboutToBeRemoved, this, &SelectionKeeper::onRowsAboutToBeRemoved);
    connect(filter, &QAbstractItemModel::rowsRemoved, this, &SelectionKeeper::onRowsRemoved);
    connect(filter, &QAbstractItemModel::modelAboutToBeReset, this, &SelectionKeeper::onAboutToBeReset);
    connect(filter, &QAbstractItemModel::modelReset, this, &SelectionKeeper::onReset);
    connect(filter, &QAbstractItemModel::dataChanged, this, &SelectionKeeper::onDataChanged);
    connect(filter, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex& parent) {
        if (m_pending && parent == m_waitingOn) {
            scheduleResolve();
        }
    });
    connect(filter, &QAbstractItemModel::layoutChanged, this, [this]() {
        if (m_tree && m_current.isValid()) {
            m_tree->scrollTo(m_current);
        }
    });
}

SelectionKeeper::~SelectionKeeper() = default;

void SelectionKeeper::attach()
{
    if (m_selection) {
        disconnect(m_selection, nullptr, this, nullptr);
    }
    m_selection = m_tree->selectionModel();
    if (!m_selection) {
        return;
    }
    QItemSelectionModel* own = m_grid->selectionModel();
    m_grid->setSelectionModel(m_selection);
    if (own && own != m_selection && own->parent() == m_grid) {
        own->deleteLater();
    }
    connect(m_selection, &QItemSelectionModel::currentChanged, this, &SelectionKeeper::onCurrentChanged);
}

void SelectionKeeper::reset()
{
    m_chain.clear();
    m_name.clear();
    m_current = QPersistentModelIndex();
    m_pending = false;
    m_waitingOn = QPersistentModelIndex();
    m_wantRows.clear();
}

void SelectionKeeper::followPane(const QString& path)
{
    // A top list, or the Me node, that holds it (users under Users, groups under Groups...).
    QModelIndex found;
    const QAbstractItemModel* source = m_filter->sourceModel();
    for (int top = 0; source && top < source->rowCount() && !found.isValid(); ++top) {
        const QModelIndex list = source->index(top, 0);
        if (list.data(Roles::GraphPathRole).toString() == path) {
            found = list;
        }
        for (int row = 0; row < source->rowCount(list) && !found.isValid(); ++row) {
            const QModelIndex child = source->index(row, 0, list);
            if (child.data(Roles::GraphPathRole).toString() == path) {
                found = child;
            }
        }
    }
    const QModelIndex shown = m_filter->mapFromSource(found);
    reset();
    if (shown.isValid()) {
        m_chain = chainOf(shown);
        m_name = shown.data(Roles::DisplayNameRole).toString();
        select(shown);
        return;
    }
    if (m_selection) {
        m_restoring = true;
        m_selection->clear();
        m_restoring = false;
    }
    emit currentChanged({});
}

QStringList SelectionKeeper::chainOf(const QModelIndex& index)
{
    QStringList chain;
    for (QModelIndex i = index; i.isValid(); i = i.parent()) {
        chain.prepend(i.data(Roles::GraphPathRole).toString());
    }
    return chain;
}

void SelectionKeeper::onCurrentChanged(const QModelIndex& current)
{
    if (m_restoring) {
        return;
    }
    m_current = current;
    m_chain = chainOf(current);
    m_name = current.data(Roles::DisplayNameRole).toString();
    m_pending = false;
    if (current.isValid() && m_tree) {
        m_tree->scrollTo(current); // chosen in the grid: the tree opens its list and shows it too
    }
    if (m_pane) {
        m_pane->showIndex(current);
    }
    emit currentChanged(current);
}

void SelectionKeeper::onRowsAboutToBeRemoved(const QModelIndex& parent, int first, int last)
{
    if (!m_current.isValid()) {
        return;
    }
    for (QModelIndex i = m_current; i.isValid(); i = i.parent()) {
        if (i.parent() == parent && i.row() >= first && i.row() <= last) {
            // How much of each list on the way down was loaded: as much is looked through again.
            m_wantRows.clear();
            for (QModelIndex a = m_current.parent(); a.isValid(); a = a.parent()) {
                m_wantRows.prepend(a.data(Roles::LoadedCountRole).toInt());
            }
            m_current = QPersistentModelIndex();
            m_pending = true;
            m_restoring = true;
            return;
        }
    }
}

void SelectionKeeper::onRowsRemoved()
{
    if (m_restoring) {
        scheduleResolve();
    }
}

void SelectionKeeper::scheduleResolve()
{
    m_restoring = true;
    if (m_resolveQueued) {
        return;
    }
    m_resolveQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this]() {
            m_resolveQueued = false;
            if (m_selection) {
                m_selection->clear(); // not the neighbour Qt made current when the row went
            }
            m_restoring = false;
            if (m_pending) {
                resolve();
            }
        },
        Qt::QueuedConnection);
}

void SelectionKeeper::onAboutToBeReset()
{
    if (m_chain.isEmpty()) {
        return;
    }
    if (m_current.isValid()) {
        m_wantRows.clear();
        for (QModelIndex a = m_current.parent(); a.isValid(); a = a.parent()) {
            m_wantRows.prepend(a.data(Roles::LoadedCountRole).toInt());
        }
    }
    m_restoring = true;
}

void SelectionKeeper::onReset()
{
    m_current = QPersistentModelIndex();
    if (m_chain.isEmpty() || !m_filter->sourceModel()) {
        m_restoring = false;
        return;
    }
    m_pending = true;
    scheduleResolve();
}

void SelectionKeeper::onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight)
{
    if (m_pending) {
        // A list on the way down finished loading, or failed.
        if (m_waitingOn.isValid() && m_waitingOn.parent() == topLeft.parent() && m_waitingOn.row() >= topLeft.row()
            && m_waitingOn.row() <= bottomRight.row()) {
            scheduleResolve();
        }
        return;
    }
    if (m_current.isValid() && m_current.parent() == topLeft.parent() && m_current.row() >= topLeft.row()
        && m_current.row() <= bottomRight.row() && m_pane) {
        m_pane->updateIndex(m_current); // a list's count, the signed-in user's own object...
    }
}

QModelIndex SelectionKeeper::locate(bool* complete) const
{
    *complete = false;
    const QAbstractItemModel* source = m_filter->sourceModel();
    if (!source || m_chain.isEmpty()) {
        return {};
    }
    QModelIndex found;
    for (const QString& path : m_chain) {
        QModelIndex next;
        const int rows = source->rowCount(found);
        for (int row = 0; row < rows; ++row) {
            const QModelIndex child = source->index(row, 0, found);
            if (child.data(Roles::GraphPathRole).toString() == path) {
                next = child;
                break;
            }
        }
        if (!next.isValid()) {
            return found;
        }
        found = next;
    }
    *complete = true;
    return found;
}

void SelectionKeeper::resolve()
{
    m_waitingOn = QPersistentModelIndex();
    bool complete = false;
    const QModelIndex source = locate(&complete);
    const QModelIndex shown = m_filter->mapFromSource(source);
    if (complete) {
        if (shown.isValid()) {
            select(shown);
        } else {
            lose(); // there, but a filter hides it
        }
        return;
    }
    if (!shown.isValid()) {
        lose();
        return;
    }
    // The deepest list on the way down that is there: is the rest still coming?
    const int level = int(chainOf(shown).size()) - 1;
    // Not beyond a few pages: at 100,000 users, finding row 90,000 again would take 900 pages (and a scan of the
    // list after each); past that the selection is cleared, visibly, as for a node that is gone.
    constexpr int kMostRowsToLookThrough = 2000;
    const int want = std::min(level < m_wantRows.size() ? m_wantRows.at(level) : 0, kMostRowsToLookThrough);
    const auto state = FetchState(source.data(Roles::FetchStateRole).toInt());
    const int loaded = source.data(Roles::LoadedCountRole).toInt();
    const bool more = state == FetchState::NotFetched || (state == FetchState::Partial && loaded < want);
    if (state == FetchState::Loading || more) {
        m_waitingOn = shown;
        if (more && m_filter->canFetchMore(shown)) {
            m_tree->expand(shown);
            m_filter->fetchMore(shown);
        }
        return;
    }
    lose();
}

void SelectionKeeper::select(const QModelIndex& index)
{
    m_pending = false;
    m_waitingOn = QPersistentModelIndex();
    m_current = index;
    if (m_selection) {
        m_restoring = true;
        m_selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        m_restoring = false;
    }
    m_tree->scrollTo(index);
    if (m_pane) {
        m_pane->updateIndex(index); // the same node: its photo is not fetched again
    }
    qCDebug(lcGui).noquote() << "selection kept:" << m_chain.join(QStringLiteral(" > "));
    emit currentChanged(index);
}

void SelectionKeeper::lose()
{
    const QString name = m_name;
    qCDebug(lcGui).noquote() << "selection lost:" << m_chain.join(QStringLiteral(" > "));
    reset();
    if (m_selection) {
        m_restoring = true;
        m_selection->clear();
        m_restoring = false;
    }
    if (m_pane) {
        m_pane->clear();
    }
    emit currentChanged({});
    emit selectionLost(name);
}

} // namespace Portrait
