#pragma once

#include "bulk/WriteTask.h"
#include "graph/ItemPath.h"

#include <QObject>
#include <QPersistentModelIndex>
#include <QPointer>

class QAbstractItemView;
class QAction;
class QMenu;
class QWidget;

namespace Portrait {

class ImageDropFilter;
class MainWindow;
class PhotoChangeDialog;

/**
 * @brief "Replace photo…" and "Remove photo" for the main window: the two actions (for the current principal, in
 * the menus and the context menus of the tree and the grid), image files dropped onto a person, and what follows a
 * change: the new face in the grid, the tree and the detail pane.
 *
 * Every change goes through a PhotoChangeDialog, which shows before and after and writes only on confirmation.
 * An action that cannot apply to the current principal (a contact's photo cannot be removed, an app-only sign-in
 * cannot change a group's) is disabled with a tool tip saying why.
 */
class PhotoChangeActions : public QObject
{
    Q_OBJECT

public:
    explicit PhotoChangeActions(MainWindow* window);
    ~PhotoChangeActions() override;

    QAction* replaceAction() const { return m_replaceAction; }
    QAction* removeAction() const { return m_removeAction; }

    /// The principal the actions work on (a row of the main window's filter model); updates their state.
    void setCurrent(const QModelIndex& index);
    /// Adds both actions, set up for @p index, to a context menu.
    void addToMenu(QMenu* menu, const QModelIndex& index);
    /// Takes image files dropped onto @p view's principals.
    void acceptDrops(QAbstractItemView* view);

    /// Asks for an image file, then opens the dialog for @p index; returns the dialog once open (or null).
    void replace(const QModelIndex& index);
    /// Opens the dialog to set @p file as the photo of @p index (a drop); null when @p index is no principal.
    PhotoChangeDialog* replaceWith(const QModelIndex& index, const QString& file);
    /// Opens the dialog to remove the photo of @p index; null when that cannot be done.
    PhotoChangeDialog* remove(const QModelIndex& index);

    /// The dialog open now, or null.
    PhotoChangeDialog* dialog() const;

signals:
    /// The photo of @p principal was changed here.
    void photoChanged(const Portrait::ItemPath& principal);

private:
    PhotoChangeDialog* openDialog(const QModelIndex& index, int kind);
    void showChanged(const ItemPath& principal, const WriteOutcome& outcome);
    bool isAppOnly() const;
    void update(QAction* action, int kind, const QModelIndex& index) const;

    MainWindow* m_window = nullptr;
    QAction* m_replaceAction = nullptr;
    QAction* m_removeAction = nullptr;
    ImageDropFilter* m_paneDrops = nullptr; ///< on the detail pane's photo
    QPersistentModelIndex m_current;
    QPointer<PhotoChangeDialog> m_dialog;
};

} // namespace Portrait
