#pragma once

#include <QObject>

class QMenu;
class QToolBar;
class QWidget;

namespace Portrait {

class DirectoryFilterModel;

/**
 * @brief The Filter and Sort menus of the tree and the grid, over their DirectoryFilterModel: which photo
 * statuses, kinds, user types and accounts show, and the order (remembered in AppSettings and applied at once).
 * The menus are the window's (View ▸ Filter, View ▸ Sort); addButtons() puts a button for each on a toolbar,
 * which shows its menu's action: text, tooltip and state.
 */
class FilterSortMenus : public QObject
{
    Q_OBJECT

public:
    /// @p window parents the menus; @p filter is not owned.
    FilterSortMenus(DirectoryFilterModel* filter, QWidget* window);

    QMenu* filterMenu() const { return m_filterMenu; }
    QMenu* sortMenu() const { return m_sortMenu; }
    void addButtons(QToolBar* toolBar) const;

private:
    void createFilterMenu(QWidget* window);
    void createSortMenu(QWidget* window);

    DirectoryFilterModel* m_filter;
    QMenu* m_filterMenu = nullptr;
    QMenu* m_sortMenu = nullptr;
};

} // namespace Portrait
