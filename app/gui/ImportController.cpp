#include "ImportController.h"

#include "DetailPane.h"
#include "FaceGridView.h"
#include "ImportWindow.h"
#include "MainWindow.h"
#include "Session.h"
#include "cache/ThumbnailLoader.h"
#include "model/DirectoryModel.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QSet>
#include <QTemporaryDir>

namespace Portrait {

ImportController::ImportController(MainWindow* window)
    : QObject(window)
    , m_main(window)
{
    m_importAction = new QAction(tr("&Import photos…"), this);
    m_importAction->setObjectName(QStringLiteral("importPhotosAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_importAction->setToolTip(tr("Set many people's photos from a folder of images, with a plan first and undo "
                                  "after (Ctrl+Shift+I)"));
    connect(m_importAction, &QAction::triggered, this, [this]() { openImport(); });

    m_recentMenu = new QMenu(tr("Recent &journals"), window);
    m_recentMenu->setObjectName(QStringLiteral("recentJournalsMenu"));
    m_recentMenu->menuAction()->setObjectName(QStringLiteral("recentJournalsAction"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &ImportController::fillRecentMenu);
    fillRecentMenu(); // so the menu is not empty (and so disabled) before it first opens
}

ImportController::~ImportController() = default;

void ImportController::setJournalLibrary(const JournalLibrary& library)
{
    m_library = library;
    m_libraryChosen = true;
    if (m_window) {
        m_window->setJournalLibrary(library);
    }
    fillRecentMenu();
}

JournalLibrary ImportController::journalLibrary() const
{
    const Session* session = m_main->session();
    if (m_libraryChosen || !session || !session->isDemo()) {
        JournalLibrary library = m_library;
        // The journals made record the tenant; Recent journals and undo compare it with the session's.
        library.setTenant(session ? session->journalTenant() : JournalTenant());
        return library;
    }
    if (!m_demoJournals) {
        m_demoJournals = std::make_unique<QTemporaryDir>();
    }
    JournalLibrary library(m_demoJournals->filePath(QStringLiteral("journals")));
    library.setTenant(session->journalTenant());
    return library;
}

ImportWindow* ImportController::importWindow() const
{
    return m_window.data();
}

ImportWindow* ImportController::window()
{
    if (!m_window) {
        m_window = new ImportWindow(m_main);
        connect(m_window, &ImportWindow::photosWritten, this, &ImportController::photosWritten);
    }
    Session* session = m_main->session();
    m_window->setJournalLibrary(journalLibrary());
    m_window->setClient(session ? session->client() : nullptr, session && session->isDemo());
    return m_window;
}

ImportWindow* ImportController::openImport(const QList<ItemPath>& only)
{
    if (!m_main->session()) {
        return nullptr;
    }
    ImportWindow* w = window();
    if (!w->isBusy()) {
        w->setOnly(only);
    }
    w->show();
    w->raise();
    w->activateWindow();
    return w;
}

ImportWindow* ImportController::openJournal(const QString& dir)
{
    if (!m_main->session()) {
        return nullptr;
    }
    ImportWindow* w = window();
    w->openJournal(dir);
    w->show();
    w->raise();
    w->activateWindow();
    return w;
}

void ImportController::sessionClosed()
{
    if (m_window) {
        m_window->setClient(nullptr, false);
        m_window->close();
    }
}

void ImportController::fillRecentMenu()
{
    m_recentMenu->clear();
    const Session* session = m_main->session();
    const bool open = session != nullptr;
    const JournalLibrary library = journalLibrary();
    const QLocale locale;
    int number = 0;
    for (const JournalSummary& s : library.recent(10)) {
        // &1 … &9, &0: each has a key of its own.
        QString text = QStringLiteral("&%1 ").arg((++number) % 10);
        text += s.isValid() ? tr("%1 — %2 written, %3 failed")
                                  .arg(locale.toString(s.created.toLocalTime(), QLocale::ShortFormat))
                                  .arg(s.written)
                                  .arg(s.failed)
                            : tr("%1 — cannot be read").arg(QFileInfo(s.dir).fileName());
        if (s.isUndone()) {
            text += tr(" (undone)");
        }
        // A journal of another tenant is listed, so that it is not taken for lost, but cannot be opened: its
        // principals and backups mean nothing in the tenant signed in to.
        const bool ours = !open || s.tenant.matches(library.tenant());
        if (!ours) {
            text += tr(" (another tenant: %1)").arg(s.tenant.displayText());
        }
        QAction* action = m_recentMenu->addAction(text, this, [this, dir = s.dir]() { openJournal(dir); });
        action->setToolTip(QDir::toNativeSeparators(s.dir));
        action->setEnabled(open && s.isValid() && ours);
    }
    if (!m_recentMenu->isEmpty()) {
        m_recentMenu->addSeparator();
    }
    QAction* other = m_recentMenu->addAction(tr("&Open journal…"), this, [this]() {
        auto* dialog = new QFileDialog(m_main, tr("Open a journal folder"), journalLibrary().root());
        dialog->setObjectName(QStringLiteral("openJournalDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& dir) { openJournal(dir); });
        dialog->open();
    });
    other->setObjectName(QStringLiteral("openJournalAction"));
    other->setEnabled(open);
}

void ImportController::photosWritten(const QList<WriteOutcome>& written)
{
    QSet<QString> changed;
    for (const WriteOutcome& o : written) {
        const ItemPath& path = o.task.principal.path;
        changed.insert(path.toString());
        if (ThumbnailLoader* faces = m_main->thumbnailLoader()) {
            faces->invalidate(path);
        }
        if (DirectoryModel* model = m_main->model()) {
            // What the write left: the tree's marks follow at once; sizes and bytes come with the next read.
            PhotoInfo info;
            const bool removed = o.action == QLatin1String("remove");
            info.status = removed ? PhotoStatus::None : PhotoStatus::Photo;
            info.reason = removed ? QStringLiteral("not-found") : QString();
            info.etag = o.etagAfter;
            model->setPhotoInfo(path, info, false);
        }
    }
    m_main->gridView()->updateWanted(); // the visible faces that were forgotten are asked again
    DetailPane* pane = m_main->detailPane();
    if (changed.contains(pane->principal().toString())) {
        // Asked again even while a read is on its way: that read may have left before the write.
        pane->reloadPhoto();
    }
}

} // namespace Portrait
