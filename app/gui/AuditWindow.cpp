#include "AuditWindow.h"

#include "AuditView.h"
#include "DetailPane.h"
#include "ScreenFit.h"
#include "SelectionKeeper.h"

#include <QAction>
#include <QSettings>
#include <QVBoxLayout>

namespace Portrait {

namespace {
const QString kGeometry = QStringLiteral("audit/geometry");
}

AuditWindow::AuditWindow(DetailPane* pane, SelectionKeeper* selection, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_view(new AuditView(this))
{
    // Its own window beside the browser, not a dock: a dock's minimum size became the main window's, which then
    // no longer fitted a 768- or 900-pixel screen, and left the table a few rows.
    setObjectName(QStringLiteral("auditWindow"));
    setWindowTitle(tr("Photo audit"));
    auto* layout = new QVBoxLayout(this);
    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setDetailPane(pane);
    // The tree and the grid show the audit's row too, where they hold it, else nothing: one selection.
    connect(m_view, &AuditView::principalShown, selection, &SelectionKeeper::followPane);
    layout->addWidget(m_view);
    auto* close = new QAction(tr("Close the audit"), this);
    close->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_U), QKeySequence::Close});
    connect(close, &QAction::triggered, this, &QWidget::close);
    addAction(close);
    const QByteArray geometry = QSettings().value(kGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // As large as the screen allows up to a comfortable size; the window manager places it.
        resize(ScreenFit::fitted(QSize(1000, 720), ScreenFit::availableFor(parent)));
    }
}

void AuditWindow::saveSettings() const
{
    QSettings().setValue(kGeometry, saveGeometry());
}

} // namespace Portrait
