#include "PhotoChangeActions.h"

#include "DetailPane.h"
#include "ImageDropFilter.h"
#include "ImportController.h"
#include "MainWindow.h"
#include "PhotoChangeDialog.h"
#include "PhotoView.h"
#include "Session.h"
#include "auth/AccountStore.h"
#include "model/Roles.h"

#include <QAction>
#include <QFileDialog>
#include <QMenu>
#include <QTreeView>

namespace Portrait {

PhotoChangeActions::PhotoChangeActions(MainWindow* window)
    : QObject(window)
    , m_window(window)
{
    m_replaceAction = new QAction(tr("Re&place photo…"), this);
    m_replaceAction->setObjectName(QStringLiteral("replacePhotoAction"));
    m_removeAction = new QAction(tr("Re&move photo…"), this);
    m_removeAction->setObjectName(QStringLiteral("removePhotoAction"));
    connect(m_replaceAction, &QAction::triggered, this, [this]() { replace(m_current); });
    connect(m_removeAction, &QAction::triggered, this, [this]() { remove(m_current); });
    // Image files dropped onto the detail pane's photo (its buttons are handed to replace() and remove()).
    DetailPane* pane = window->detailPane();
    m_paneDrops = new ImageDropFilter(pane->photoView());
    connect(m_paneDrops, &ImageDropFilter::fileDropped, this, [this](const QModelIndex&, const QString& file) {
        // The pane shows the current principal (unless the audit drove it elsewhere: then nobody is meant).
        if (PhotoChangeDialog::principalAt(m_current).path == m_window->detailPane()->principal()) {
            replaceWith(m_current, file);
        }
    });
    // What the pane learns of the photo (none, say) decides whether there is something to remove.
    connect(pane, &DetailPane::photoFinished, this, [this]() { setCurrent(m_current); });
    setCurrent({});
}

PhotoChangeActions::~PhotoChangeActions() = default;

PhotoChangeDialog* PhotoChangeActions::dialog() const
{
    return m_dialog;
}

bool PhotoChangeActions::isAppOnly() const
{
    const Session* session = m_window->session();
    if (!session || session->accountName().isEmpty()) {
        return false;
    }
    const std::optional<Account> account = AccountStore().find(session->accountName());
    return account && account->isAppOnly();
}

void PhotoChangeActions::update(QAction* action, int kind, const QModelIndex& index) const
{
    const ItemPath path = PhotoChangeDialog::principalAt(index).path;
    QString why;
    if (!m_window->session()) {
        why = tr("Open a directory first.");
    } else {
        why = PhotoChangeDialog::refusalText(PhotoChange::Kind(kind), path, isAppOnly());
    }
    if (why.isEmpty() && PhotoChange::Kind(kind) == PhotoChange::Kind::Remove) {
        const QVariant state = index.data(Roles::PhotoStateRole);
        if (state.isValid() && PhotoStatus(state.toInt()) == PhotoStatus::None) {
            why = tr("There is no photo to remove.");
        }
    }
    action->setEnabled(why.isEmpty());
    action->setToolTip(why.isEmpty() ? action->text().remove(u'&') : why);
    action->setStatusTip(why);
}

void PhotoChangeActions::setCurrent(const QModelIndex& index)
{
    m_current = index;
    update(m_replaceAction, int(PhotoChange::Kind::Set), index);
    update(m_removeAction, int(PhotoChange::Kind::Remove), index);
    m_paneDrops->setEnabled(m_replaceAction->isEnabled()); // no drop where no photo can be set
}

void PhotoChangeActions::addToMenu(QMenu* menu, const QModelIndex& index)
{
    if (!index.data(Roles::IsPrincipalRole).toBool()) {
        return;
    }
    const QPersistentModelIndex persistent(index);
    QAction* replaceItem
        = menu->addAction(m_replaceAction->text(), this, [this, persistent]() { replace(persistent); });
    QAction* removeItem = menu->addAction(m_removeAction->text(), this, [this, persistent]() { remove(persistent); });
    update(replaceItem, int(PhotoChange::Kind::Set), index);
    update(removeItem, int(PhotoChange::Kind::Remove), index);
    menu->setToolTipsVisible(true); // a disabled item says why
}

void PhotoChangeActions::acceptDrops(QAbstractItemView* view)
{
    auto* filter = new ImageDropFilter(view);
    connect(filter, &ImageDropFilter::fileDropped, this,
            [this](const QModelIndex& index, const QString& file) { replaceWith(index, file); });
}

PhotoChangeDialog* PhotoChangeActions::openDialog(const QModelIndex& index, int kind)
{
    Session* session = m_window->session();
    const DirectoryObject principal = PhotoChangeDialog::principalAt(index);
    if (!session || !principal.path.isPrincipal()) {
        return nullptr;
    }
    if (m_dialog) {
        m_dialog->reject(); // one change at a time; a write on its way keeps its dialog
        if (m_dialog) {
            m_dialog->raise();
            return nullptr;
        }
    }
    auto* dialog = new PhotoChangeDialog(session->client(), principal, PhotoChange::Kind(kind), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAppOnly(isAppOnly());
    dialog->setJournalLibrary(m_window->importController()->journalLibrary()); // Recent journals lists it
    connect(dialog, &PhotoChangeDialog::photoChanged, this, &PhotoChangeActions::showChanged);
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

void PhotoChangeActions::replace(const QModelIndex& index)
{
    const DirectoryObject principal = PhotoChangeDialog::principalAt(index);
    if (!m_window->session() || !principal.path.isPrincipal()) {
        return;
    }
    const QPersistentModelIndex persistent(index);
    QFileDialog* files = PhotoChangeDialog::createFileDialog(m_window, principal.displayName);
    connect(files, &QFileDialog::fileSelected, this, [this, persistent](const QString& file) {
        if (persistent.isValid()) {
            replaceWith(persistent, file);
        }
    });
    files->open();
}

PhotoChangeDialog* PhotoChangeActions::replaceWith(const QModelIndex& index, const QString& file)
{
    PhotoChangeDialog* dialog = openDialog(index, int(PhotoChange::Kind::Set));
    if (dialog) {
        dialog->setFile(file);
    }
    return dialog;
}

PhotoChangeDialog* PhotoChangeActions::remove(const QModelIndex& index)
{
    const DirectoryObject principal = PhotoChangeDialog::principalAt(index);
    if (!PhotoChange::refusal(PhotoChange::Kind::Remove, principal.path, isAppOnly()).isEmpty()) {
        return nullptr;
    }
    return openDialog(index, int(PhotoChange::Kind::Remove));
}

void PhotoChangeActions::showChanged(const ItemPath& principal, const WriteOutcome& outcome)
{
    // The grid, the tree and the pane show the new face as after an import (the same code).
    m_window->importController()->photosWritten({outcome});
    setCurrent(m_current);
    emit photoChanged(principal);
}

} // namespace Portrait
