#include "DetailPane.h"
#include "FaceGridView.h"
#include "ImportController.h"
#include "MainWindow.h"
#include "PhotoChangeActions.h"
#include "PhotoChangeDialog.h"
#include "PhotoView.h"
#include "Session.h"
#include "base/TokenProvider.h"
#include "bulk/JournalLibrary.h"
#include "bulk/PhotoJournal.h"
#include "bulk/UploadImage.h"
#include "emulator/DemoTenant.h"
#include "emulator/GraphEmulator.h"
#include "graph/GraphClient.h"
#include "graph/GraphImage.h"
#include "model/DirectoryFilterModel.h"
#include "model/DirectoryModel.h"
#include "model/Roles.h"

#include <QAction>
#include <QComboBox>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUrl>

#include <memory>

using namespace Portrait;

/**
 * "Replace photo…", "Remove photo" and dropping an image onto a person, against the demo tenant: the dialog's
 * "after" is exactly what is uploaded, nothing is written without a confirmation, a confirmed change is backed up
 * byte for byte in its journal and verified, a contact's photo cannot be removed, a drop opens the dialog for the
 * person it fell on, and a file that is no usable image is refused with a message.
 */
class TestPhotoChange : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void theAfterImageIsWhatIsUploaded();
    void cancelWritesNothing();
    void anAbortedChangeEndsOnceAndWritesNothing();
    void confirmReplacesBacksUpAndVerifies();
    void removeWorksForAUser();
    void removeIsRefusedForAContact();
    void aMissingPermissionSaysHowToSignIn();
    void aBadFileIsRefusedWithAMessage();
    void aDropOpensTheDialogForThatPerson();
    void aChangedPhotoShowsInTheGridAndThePane();
    void thePanesButtonsOpenTheDialogForThePanesPrincipal();

private:
    /// An image file of @p w x @p h in @p format (a gradient, so crops and scales show), in the sandbox.
    QString imageFile(const QString& name, int w, int h, const char* format = "PNG");
    const DemoUser* userWithPhoto(int skip = 0) const;
    std::unique_ptr<PhotoChangeDialog> dialogFor(const DemoUser& user, PhotoChange::Kind kind);
    void openWindow(MainWindow& window);

    QTemporaryDir m_sandbox;
    std::unique_ptr<GraphEmulator> m_emulator;
    std::unique_ptr<StaticTokenProvider> m_tokens;
    std::unique_ptr<GraphClient> m_client;
};

void TestPhotoChange::initTestCase()
{
    QVERIFY(m_sandbox.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_sandbox.filePath(QStringLiteral("config"))));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(m_sandbox.filePath(QStringLiteral("cache"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_sandbox.filePath(QStringLiteral("data"))));
}

void TestPhotoChange::init()
{
    m_emulator = std::make_unique<GraphEmulator>(DemoTenantOptions{});
    QVERIFY(m_emulator->listen(0));
    m_tokens = std::make_unique<StaticTokenProvider>(m_emulator->accessToken());
    m_client = std::make_unique<GraphClient>(GraphRoot::parse(m_emulator->graphRoot().toString()), m_tokens.get());
}

void TestPhotoChange::cleanup()
{
    m_client.reset();
    m_tokens.reset();
    m_emulator.reset();
}

QString TestPhotoChange::imageFile(const QString& name, int w, int h, const char* format)
{
    QImage image(w, h, QImage::Format_RGB32);
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            image.setPixel(x, y, qRgb(x * 255 / w, y * 255 / h, 128));
        }
    }
    const QString path = m_sandbox.filePath(name);
    if (!image.save(path, format)) {
        return {};
    }
    return path;
}

const DemoUser* TestPhotoChange::userWithPhoto(int skip) const
{
    for (const DemoUser& u : m_emulator->tenant().users()) {
        if (u.photo.hasPhoto() && skip-- == 0) {
            return &u;
        }
    }
    return nullptr;
}

std::unique_ptr<PhotoChangeDialog> TestPhotoChange::dialogFor(const DemoUser& user, PhotoChange::Kind kind)
{
    DirectoryObject principal;
    principal.kind = DirectoryObject::Kind::User;
    principal.id = user.id;
    principal.displayName = user.displayName;
    principal.userPrincipalName = user.userPrincipalName;
    principal.path = ItemPath::user(user.id);
    auto dialog = std::make_unique<PhotoChangeDialog>(m_client.get(), principal, kind);
    dialog->show();
    return dialog;
}

void TestPhotoChange::theAfterImageIsWhatIsUploaded()
{
    const DemoUser* user = userWithPhoto();
    QVERIFY(user);
    const QString file = imageFile(QStringLiteral("wide.png"), 1200, 800);
    QVERIFY(!file.isEmpty());
    auto dialog = dialogFor(*user, PhotoChange::Kind::Set);
    QSignalSpy prepared(dialog->change(), &PhotoChange::prepared);
    dialog->setFile(file);
    QVERIFY(prepared.wait(10000));

    // What the engine sends for this file with the default options (a centred square, 648 pixels at most)...
    const UploadImage expected = UploadImage::prepareFile(file, UploadOptions{});
    QVERIFY(expected.ok);
    QCOMPARE(dialog->change()->upload().uploadSha256, expected.uploadSha256);
    // ...is what the dialog shows: that very JPEG, decoded.
    const QImage shown = dialog->findChild<PhotoView*>(QStringLiteral("afterPhotoView"))->image();
    QCOMPARE(shown.size(), QSize(648, 648));
    QCOMPARE(shown.convertToFormat(QImage::Format_RGB32),
             GraphImage::decode(expected.jpeg).convertToFormat(QImage::Format_RGB32));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->confirmButton()->isEnabled(), 10000); // once the photo now is read too

    // The whole image, as framed: not square, still within the longest edge.
    auto* crop = dialog->findChild<QComboBox*>(QStringLiteral("cropCombo"));
    QVERIFY(crop);
    crop->setCurrentIndex(crop->findData(int(UploadOptions::Crop::None)));
    QVERIFY(prepared.wait(10000));
    UploadOptions whole;
    whole.crop = UploadOptions::Crop::None;
    QCOMPARE(dialog->change()->upload().uploadSha256, UploadImage::prepareFile(file, whole).uploadSha256);
    QCOMPARE(dialog->findChild<PhotoView*>(QStringLiteral("afterPhotoView"))->image().size(), QSize(648, 432));
    QCOMPARE(m_emulator->writeRequestCount(), quint64(0));
}

void TestPhotoChange::cancelWritesNothing()
{
    const DemoUser* user = userWithPhoto();
    QVERIFY(user);
    const QString etag = m_emulator->tenant().photoEtag(user->id);
    auto dialog = dialogFor(*user, PhotoChange::Kind::Set);
    QSignalSpy prepared(dialog->change(), &PhotoChange::prepared);
    dialog->setFile(imageFile(QStringLiteral("square.jpg"), 400, 400, "JPEG"));
    QVERIFY(prepared.wait(10000));
    QTRY_VERIFY(dialog->change()->isCurrentLoaded());
    QVERIFY(dialog->confirmButton()->isEnabled());
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("cancelButton")), Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QVERIFY(m_emulator->writeRequests().isEmpty());
    QCOMPARE(m_emulator->writeRequestCount(), quint64(0));
    QCOMPARE(m_emulator->tenant().photoEtag(user->id), etag);
}

void TestPhotoChange::anAbortedChangeEndsOnceAndWritesNothing()
{
    // The change is a Task: abort() before apply() ends it once, later, as cancelled; apply() after that does nothing.
    const DemoUser* user = userWithPhoto();
    QVERIFY(user);
    const QString etag = m_emulator->tenant().photoEtag(user->id);
    DirectoryObject principal;
    principal.kind = DirectoryObject::Kind::User;
    principal.id = user->id;
    principal.path = ItemPath::user(user->id);
    PhotoChange change(m_client.get(), principal, PhotoChange::Kind::Remove);
    QSignalSpy loaded(&change, &PhotoChange::currentLoaded);
    change.loadCurrent();
    QVERIFY(loaded.wait(10000));
    QVERIFY(change.canApply());
    QSignalSpy finished(&change, &PhotoChange::finished);
    change.abort();
    QCOMPARE(finished.size(), 0); // never from within abort()
    QCOMPARE(change.blocker(), QStringLiteral("done"));
    QVERIFY(finished.wait(10000));
    QVERIFY(change.wasCancelled());
    QVERIFY(!change.succeeded());
    QTemporaryDir journalDir;
    change.apply(journalDir.filePath(QStringLiteral("journal")));
    change.abort();
    for (int turn = 0; turn < 3; ++turn) {
        QCoreApplication::processEvents(); // the turns a (wrong) second start, run and finished() would take
    }
    QCOMPARE(finished.size(), 1);
    QVERIFY(!QFileInfo::exists(journalDir.filePath(QStringLiteral("journal"))));
    QCOMPARE(m_emulator->writeRequestCount(), quint64(0));
    QCOMPARE(m_emulator->tenant().photoEtag(user->id), etag);
}

void TestPhotoChange::confirmReplacesBacksUpAndVerifies()
{
    const DemoUser* user = userWithPhoto();
    QVERIFY(user);
    const QByteArray original = m_emulator->tenant().photo(user->id).bytes; // what `/photo/$value` serves
    QVERIFY(!original.isEmpty());
    QTemporaryDir journalDir;
    auto dialog = dialogFor(*user, PhotoChange::Kind::Set);
    dialog->setJournalDir(journalDir.filePath(QStringLiteral("journal")));
    QSignalSpy changed(dialog.get(), &PhotoChangeDialog::photoChanged);
    dialog->setFile(imageFile(QStringLiteral("portrait.png"), 500, 700));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->confirmButton()->isEnabled(), 10000);
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QVERIFY(changed.wait(10000));

    const WriteOutcome& out = dialog->change()->outcome();
    QCOMPARE(out.action, QStringLiteral("replace"));
    QVERIFY(out.written);
    QVERIFY(out.verified);
    QVERIFY(dialog->message().contains(QStringLiteral("verified")));
    QVERIFY(dialog->message().contains(QDir::toNativeSeparators(dialog->change()->journalDir())));
    QVERIFY(!dialog->confirmButton()->isVisible());
    QCOMPARE(m_emulator->writeRequests().size(), 1);
    QCOMPARE(m_emulator->writeRequests().first().method, QByteArrayLiteral("PUT"));
    QVERIFY(m_emulator->tenant().hasUploadedPhoto(user->id));

    // The journal keeps the photo as it was, byte for byte.
    PhotoJournal journal;
    QString error;
    QVERIFY2(journal.openExisting(dialog->change()->journalDir(), &error), qPrintable(error));
    QCOMPARE(journal.entries().size(), 1);
    const JournalEntry& entry = journal.entries().first();
    QCOMPARE(entry.path, ItemPath::user(user->id));
    QCOMPARE(entry.state, QStringLiteral("written"));
    QVERIFY(entry.hadPhoto);
    QCOMPARE(journal.readBackup(entry, &error), original);
}

void TestPhotoChange::removeWorksForAUser()
{
    const DemoUser* user = userWithPhoto(1);
    QVERIFY(user);
    const QByteArray original = m_emulator->tenant().photo(user->id).bytes;
    QTemporaryDir journalDir;
    auto dialog = dialogFor(*user, PhotoChange::Kind::Remove);
    dialog->setJournalDir(journalDir.filePath(QStringLiteral("journal")));
    // The "after" is the placeholder the person gets: their initials.
    QVERIFY(dialog->findChild<PhotoView*>(QStringLiteral("afterPhotoView"))->image().isNull());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->confirmButton()->isEnabled(), 10000);
    QVERIFY(!dialog->findChild<PhotoView*>(QStringLiteral("beforePhotoView"))->image().isNull());
    QSignalSpy changed(dialog.get(), &PhotoChangeDialog::photoChanged);
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QVERIFY(changed.wait(10000));
    QCOMPARE(dialog->change()->outcome().action, QStringLiteral("remove"));
    QVERIFY(dialog->change()->outcome().verified);
    QCOMPARE(m_emulator->writeRequests().size(), 1);
    QCOMPARE(m_emulator->writeRequests().first().method, QByteArrayLiteral("DELETE"));
    QVERIFY(!m_emulator->tenant().photoInfo(user->id)->hasPhoto());
    PhotoJournal journal;
    QString error;
    QVERIFY(journal.openExisting(dialog->change()->journalDir(), &error));
    QCOMPARE(journal.readBackup(journal.entries().first(), &error), original);
}

void TestPhotoChange::removeIsRefusedForAContact()
{
    // In the main window: the action is disabled and says why.
    MainWindow window;
    openWindow(window);
    QVERIFY(!QTest::currentTestFailed());
    DirectoryModel* model = window.model();
    const QModelIndex contacts = model->topIndex(NodeKind::MyContacts);
    model->fetchMore(contacts);
    QModelIndex contact;
    QTRY_VERIFY_WITH_TIMEOUT(([&]() {
                                 for (int row = 0; row < model->rowCount(contacts); ++row) {
                                     const QModelIndex i = model->index(row, 0, contacts);
                                     if (NodeKind(i.data(Roles::KindRole).toInt()) == NodeKind::Contact) {
                                         contact = i;
                                         return true;
                                     }
                                 }
                                 return false;
                             }()),
                             10000);
    PhotoChangeActions* actions = window.photoChangeActions();
    actions->setCurrent(window.filterModel()->mapFromSource(contact));
    QVERIFY(!actions->removeAction()->isEnabled());
    QVERIFY(actions->removeAction()->toolTip().contains(QStringLiteral("contact")));
    QVERIFY(actions->replaceAction()->isEnabled()); // a contact's photo can be replaced
    QVERIFY(!actions->remove(window.filterModel()->mapFromSource(contact)));

    // And a dialog made anyway cannot confirm.
    DirectoryObject principal = PhotoChangeDialog::principalAt(contact);
    QCOMPARE(principal.kind, DirectoryObject::Kind::Contact);
    PhotoChangeDialog dialog(m_client.get(), principal, PhotoChange::Kind::Remove);
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.change()->isCurrentLoaded(), 10000);
    QVERIFY(!dialog.confirmButton()->isEnabled());
    QVERIFY(dialog.message().contains(QStringLiteral("contact")));
    dialog.confirm();
    QVERIFY(!dialog.change()->isApplying());
    QCOMPARE(window.session()->emulator()->writeRequestCount(), quint64(0));
    QCOMPARE(m_emulator->writeRequestCount(), quint64(0));
}

void TestPhotoChange::aMissingPermissionSaysHowToSignIn()
{
    // Signed in read-only: Graph answers the write 403.
    m_emulator->setAccessToken(m_emulator->accessToken(),
                               AccessGrant::fromScope(QStringLiteral("User.Read.All ProfilePhoto.Read.All")));
    const DemoUser* user = userWithPhoto();
    QVERIFY(user);
    const QString etag = m_emulator->tenant().photoEtag(user->id);
    QTemporaryDir journalDir;
    auto dialog = dialogFor(*user, PhotoChange::Kind::Set);
    dialog->setJournalDir(journalDir.filePath(QStringLiteral("journal")));
    dialog->setFile(imageFile(QStringLiteral("denied.png"), 300, 300));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->confirmButton()->isEnabled(), 10000);
    QSignalSpy finished(dialog->change(), &PhotoChange::finished);
    dialog->confirm();
    QVERIFY(finished.wait(10000));
    QVERIFY(!dialog->change()->succeeded());
    const QString message = dialog->message();
    QVERIFY2(message.contains(QStringLiteral("not changed")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("User.ReadWrite.All")), qPrintable(message)); // the permission missing
    QVERIFY2(message.contains(QStringLiteral("Allow changing photos")), qPrintable(message)); // and how to get it
    QCOMPARE(m_emulator->tenant().photoEtag(user->id), etag);
    // The journal says it failed; the photo it backed up is still the one there.
    PhotoJournal journal;
    QString error;
    QVERIFY(journal.openExisting(dialog->change()->journalDir(), &error));
    QCOMPARE(journal.entries().first().state, QStringLiteral("failed"));
}

void TestPhotoChange::aBadFileIsRefusedWithAMessage()
{
    const DemoUser* user = userWithPhoto();
    QVERIFY(user);
    QFile text(m_sandbox.filePath(QStringLiteral("notes.jpg")));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("these are not the pixels you are looking for\n");
    text.close();
    auto dialog = dialogFor(*user, PhotoChange::Kind::Set);
    QSignalSpy prepared(dialog->change(), &PhotoChange::prepared);
    dialog->setFile(text.fileName());
    QVERIFY(prepared.wait(10000));
    QVERIFY(!dialog->confirmButton()->isEnabled());
    QVERIFY2(dialog->message().contains(QStringLiteral("not an image")), qPrintable(dialog->message()));

    dialog->setFile(imageFile(QStringLiteral("tiny.png"), 40, 40));
    QVERIFY(prepared.wait(10000));
    QVERIFY(!dialog->confirmButton()->isEnabled());
    QVERIFY2(dialog->message().contains(QStringLiteral("too small")), qPrintable(dialog->message()));
    dialog->confirm();
    QVERIFY(!dialog->change()->isApplying());
    QCOMPARE(m_emulator->writeRequestCount(), quint64(0));

    // A good file afterwards can be used.
    dialog->setFile(imageFile(QStringLiteral("fine.png"), 300, 300));
    QVERIFY(prepared.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->confirmButton()->isEnabled(), 10000);
}

void TestPhotoChange::openWindow(MainWindow& window)
{
    window.resize(1100, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDemo());
    QTRY_VERIFY_WITH_TIMEOUT(window.filterModel()->rowCount(window.gridView()->rootIndex()) > 3, 10000);
}

namespace {

/// Drags @p file over @p viewport to @p pos and drops it there, as a file manager does.
void dropFile(QWidget* viewport, const QPoint& pos, const QString& file)
{
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(file)});
    QDragEnterEvent enter(pos, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(pos, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(QPointF(pos), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    QVERIFY(drop.isAccepted());
}

} // namespace

void TestPhotoChange::aDropOpensTheDialogForThatPerson()
{
    MainWindow window;
    openWindow(window);
    QVERIFY(!QTest::currentTestFailed());
    const QString file = imageFile(QStringLiteral("dropped.png"), 320, 320);

    // Onto the third face of the grid.
    FaceGridView* grid = window.gridView();
    const QModelIndex face = window.filterModel()->index(2, 0, grid->rootIndex());
    const QString facePath = face.data(Roles::GraphPathRole).toString();
    dropFile(grid->viewport(), grid->visualRect(face).center(), file);
    QVERIFY(!QTest::currentTestFailed());
    PhotoChangeDialog* dialog = window.photoChangeActions()->dialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->principal().path.toString(), facePath);
    QCOMPARE(dialog->change()->kind(), PhotoChange::Kind::Set);
    QCOMPARE(dialog->change()->file(), file);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->confirmButton()->isEnabled(), 10000);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("cancelButton")), Qt::LeftButton);
    QTRY_VERIFY(!window.photoChangeActions()->dialog());

    // Onto a row of the tree: the Users list's second user.
    QTreeView* tree = window.treeView();
    const QModelIndex users = window.filterModel()->mapFromSource(window.model()->topIndex(NodeKind::Users));
    tree->expand(users);
    const QModelIndex row = window.filterModel()->index(1, 0, users);
    QVERIFY(row.isValid());
    tree->scrollTo(row);
    dropFile(tree->viewport(), tree->visualRect(row).center(), file);
    QVERIFY(!QTest::currentTestFailed());
    dialog = window.photoChangeActions()->dialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->principal().path.toString(), row.data(Roles::GraphPathRole).toString());

    // Onto the detail pane's photo: the person it shows. Its buttons offer both changes.
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("cancelButton")), Qt::LeftButton);
    QTRY_VERIFY(!window.photoChangeActions()->dialog());
    tree->setCurrentIndex(row);
    QTRY_COMPARE(window.detailPane()->principal().toString(), row.data(Roles::GraphPathRole).toString());
    QVERIFY(window.detailPane()->findChild<QPushButton*>(QStringLiteral("removePhotoButton")));
    QVERIFY(window.detailPane()->findChild<QPushButton*>(QStringLiteral("replacePhotoButton")));
    PhotoView* photo = window.detailPane()->photoView();
    dropFile(photo, photo->rect().center(), file);
    QVERIFY(!QTest::currentTestFailed());
    dialog = window.photoChangeActions()->dialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->principal().path.toString(), row.data(Roles::GraphPathRole).toString());

    // Not onto a list: the Users node takes no photo.
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(file)});
    QDragMoveEvent move(tree->visualRect(users).center(), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(tree->viewport(), &move);
    QVERIFY(!move.isAccepted());
    QCOMPARE(window.session()->emulator()->writeRequestCount(), quint64(0));
}

void TestPhotoChange::aChangedPhotoShowsInTheGridAndThePane()
{
    MainWindow window;
    openWindow(window);
    QVERIFY(!QTest::currentTestFailed());
    FaceGridView* grid = window.gridView();
    const QModelIndex face = window.filterModel()->index(0, 0, grid->rootIndex());
    const ItemPath path = ItemPath::parse(face.data(Roles::GraphPathRole).toString());
    QTRY_VERIFY_WITH_TIMEOUT(grid->faceDelegate()->faceState(face) != QLatin1String("loading")
                                 && grid->faceDelegate()->faceState(face) != QLatin1String("unknown"),
                             10000);
    // The first user, shown in the pane too.
    window.treeView()->setCurrentIndex(face);
    QTRY_VERIFY_WITH_TIMEOUT(window.detailPane()->principal() == path && window.detailPane()->hasPhotoInfo()
                                 && !window.detailPane()->isPhotoLoading(),
                             10000);
    // A red square replaces whatever photo they had.
    QImage red(300, 300, QImage::Format_RGB32);
    red.fill(Qt::red);
    const QString file = m_sandbox.filePath(QStringLiteral("red.png"));
    QVERIFY(red.save(file));
    PhotoChangeDialog* dialog = window.photoChangeActions()->replaceWith(face, file);
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->confirmButton()->isEnabled(), 10000);
    QSignalSpy changed(window.photoChangeActions(), &PhotoChangeActions::photoChanged);
    dialog->confirm();
    QVERIFY(changed.wait(10000));
    QCOMPARE(changed.first().first().value<ItemPath>().toString(), path.toString());
    // The grid asks the new face and shows it: red.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&]() {
            const QImage thumb = window.thumbnailLoader()->thumbnail(path.toString()).image;
            if (thumb.isNull()) {
                return false;
            }
            const QColor c = thumb.pixelColor(thumb.width() / 2, thumb.height() / 2);
            return c.red() > 200 && c.green() < 60 && c.blue() < 60;
        }(),
        10000);
    QCOMPARE(window.model()->data(window.filterModel()->mapToSource(face), Roles::PhotoStateRole).toInt(),
             int(PhotoStatus::Photo));
    // The journal is a new one of the library Recent journals lists; the demo tenant's is a temporary folder, gone
    // with the tenant, never the user's data folder.
    const QList<JournalSummary> recent = window.importController()->journalLibrary().recent(1);
    QCOMPARE(recent.size(), 1);
    QCOMPARE(recent.first().dir, dialog->change()->journalDir());
    QVERIFY(!recent.first().dir.startsWith(JournalLibrary::defaultRoot()));
    QCOMPARE(recent.first().written, 1);
    // It records the tenant it changed, so that only this tenant undoes it.
    QVERIFY(recent.first().tenant.demo);
    QCOMPARE(recent.first().tenant.id, window.session()->journalTenant().id);
    QVERIFY(!recent.first().tenant.id.isEmpty());
    // The pane reads the photo again.
    QTRY_VERIFY_WITH_TIMEOUT(!window.detailPane()->photoImage().isNull()
                                 && window.detailPane()->photoImage().pixelColor(10, 10).red() > 200
                                 && window.detailPane()->photoImage().pixelColor(10, 10).green() < 60,
                             10000);
}

void TestPhotoChange::thePanesButtonsOpenTheDialogForThePanesPrincipal()
{
    MainWindow window;
    openWindow(window);
    QVERIFY(!QTest::currentTestFailed());
    // A user of the grid with a photo.
    FaceGridView* grid = window.gridView();
    const DemoTenant& tenant = window.session()->emulator()->tenant();
    QModelIndex face;
    for (int row = 0; row < window.filterModel()->rowCount(grid->rootIndex()) && !face.isValid(); ++row) {
        const QModelIndex index = window.filterModel()->index(row, 0, grid->rootIndex());
        const DemoUser* user = tenant.findUser(index.data(Roles::GraphIdRole).toString());
        if (user && user->photo.hasPhoto()) {
            face = index;
        }
    }
    QVERIFY(face.isValid());
    const ItemPath path = ItemPath::parse(face.data(Roles::GraphPathRole).toString());
    window.treeView()->setCurrentIndex(face);
    DetailPane* pane = window.detailPane();
    QTRY_VERIFY_WITH_TIMEOUT(pane->principal() == path && pane->hasPhotoInfo() && !pane->isPhotoLoading(), 10000);
    auto* remove = pane->findChild<QPushButton*>(QStringLiteral("removePhotoButton"));
    QVERIFY(remove && remove->isEnabled());
    remove->click();
    PhotoChangeDialog* dialog = window.photoChangeActions()->dialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->change()->kind(), PhotoChange::Kind::Remove);
    QCOMPARE(dialog->change()->principal().path.toString(), path.toString());
    dialog->reject();
    QCOMPARE(window.session()->emulator()->writeRequestCount(), quint64(0)); // asking writes nothing
}

QTEST_MAIN(TestPhotoChange)
#include "TestPhotoChange.moc"
