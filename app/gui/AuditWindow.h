#pragma once

#include <QWidget>

namespace Portrait {

class AuditView;
class DetailPane;
class SelectionKeeper;

/**
 * @brief The photo audit's own window beside the main window (View ▸ Audit…, Ctrl+U): an AuditView whose rows
 * show in the main window's detail pane, and whose row the tree and the grid select too where they hold it.
 * Its geometry is kept in QSettings (`audit/geometry`); Ctrl+U or the platform's Close key closes it.
 */
class AuditWindow : public QWidget
{
    Q_OBJECT

public:
    /// @p pane and @p selection are the main window's, not owned; @p parent is the main window.
    AuditWindow(DetailPane* pane, SelectionKeeper* selection, QWidget* parent);

    AuditView* view() const { return m_view; }
    /// Writes the window's geometry to QSettings.
    void saveSettings() const;

private:
    AuditView* m_view;
};

} // namespace Portrait
