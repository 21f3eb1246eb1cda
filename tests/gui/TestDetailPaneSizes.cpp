#include "DetailPane.h"
#include "base/TokenProvider.h"
#include "emulator/DemoTenant.h"
#include "emulator/GraphEmulator.h"
#include "graph/GraphClient.h"
#include "model/Roles.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace Portrait;

/**
 * The detail pane's sizes (`/photos` and Graph's 9 sizes), showing one size, copying and the viewer file,
 * against the emulator. The pane reads the node through the roles only: a QStandardItemModel stands in.
 */
class TestDetailPaneSizes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listsTheAvailableSizesAndShowsOne();
    void contactsHaveNoSizeRow();
    void copiesTheImageAndTheIds();
    void writesTheViewerFileUnderTheCache();
    void saveAsProposesASafeName_data();
    void saveAsProposesASafeName();
    void photoChangeButtonsAskForTheNodeShown();

private:
    QModelIndex addUser(const DemoUser& user);
    QModelIndex addContact(const DemoContact& contact);
    void waitForPhoto();

    std::unique_ptr<GraphEmulator> m_emulator;
    std::unique_ptr<StaticTokenProvider> m_tokens;
    std::unique_ptr<GraphClient> m_client;
    std::unique_ptr<QStandardItemModel> m_items;
    std::unique_ptr<DetailPane> m_pane;
};

void TestDetailPaneSizes::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDetailPaneSizes::init()
{
    m_emulator = std::make_unique<GraphEmulator>(DemoTenantOptions{});
    QVERIFY(m_emulator->listen(0));
    m_tokens = std::make_unique<StaticTokenProvider>(m_emulator->accessToken());
    m_client = std::make_unique<GraphClient>(GraphRoot::parse(m_emulator->graphRoot().toString()), m_tokens.get());
    m_items = std::make_unique<QStandardItemModel>();
    m_pane = std::make_unique<DetailPane>();
    m_pane->setClient(m_client.get());
    m_pane->resize(900, 700);
    m_pane->show();
}

void TestDetailPaneSizes::cleanup()
{
    m_pane.reset();
    m_items.reset();
    m_client.reset();
    m_tokens.reset();
    m_emulator.reset();
}

QModelIndex TestDetailPaneSizes::addUser(const DemoUser& user)
{
    auto* item = new QStandardItem(user.displayName);
    item->setData(int(NodeKind::User), Roles::KindRole);
    item->setData(true, Roles::IsPrincipalRole);
    item->setData(QStringLiteral("users/") + user.id, Roles::GraphPathRole);
    item->setData(user.id, Roles::GraphIdRole);
    item->setData(user.displayName, Roles::DisplayNameRole);
    item->setData(user.userPrincipalName, Roles::UpnRole);
    item->setData(user.mail, Roles::MailRole);
    m_items->appendRow(item);
    return item->index();
}

QModelIndex TestDetailPaneSizes::addContact(const DemoContact& contact)
{
    auto* item = new QStandardItem(contact.displayName);
    item->setData(int(NodeKind::Contact), Roles::KindRole);
    item->setData(true, Roles::IsPrincipalRole);
    item->setData(ItemPath::contact(contact.id).toString(), Roles::GraphPathRole);
    item->setData(contact.id, Roles::GraphIdRole);
    item->setData(contact.displayName, Roles::DisplayNameRole);
    m_items->appendRow(item);
    return item->index();
}

void TestDetailPaneSizes::waitForPhoto()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->hasPhotoInfo() && !m_pane->isPhotoLoading() && !m_pane->isSizesLoading(), 10000);
}

void TestDetailPaneSizes::listsTheAvailableSizesAndShowsOne()
{
    const DemoTenant& tenant = m_emulator->tenant();
    const DemoUser* user = nullptr;
    for (const DemoUser& u : tenant.users()) {
        if (u.photo.hasPhoto() && u.photo.edge >= 96 && u.photo.edge < 648 && !user) {
            user = &u;
        }
    }
    QVERIFY(user);
    m_pane->showIndex(addUser(*user));
    waitForPhoto();

    const QList<int> truth = tenant.availablePhotoSizes(user->id);
    QCOMPARE(m_pane->availableSizes().size(), truth.size());
    for (const int edge : {48, 64, 96, 120, 240, 360, 432, 504, 648}) {
        auto* chip = m_pane->findChild<QLabel*>(QStringLiteral("sizeChip%1x%1").arg(edge));
        QVERIFY(chip);
        QCOMPARE(chip->property("available").toBool(), truth.contains(edge));
    }
    auto* combo = m_pane->findChild<QComboBox*>(QStringLiteral("sizeCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), int(truth.size()) + 1); // the largest, then each size
    QCOMPARE(m_pane->photoImage().width(), int(user->photo.edge));

    // Choosing 96x96 fetches that size and shows it with its own facts.
    m_emulator->clearRequestLog();
    const int row = combo->findData(m_pane->availableSizes().at(2).id);
    QVERIFY(row > 0);
    combo->setCurrentIndex(row);
    emit combo->activated(row);
    QCOMPARE(m_pane->shownSizeId().toLower(), QStringLiteral("96x96"));
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->hasPhotoInfo() && !m_pane->isPhotoLoading(), 10000);
    QCOMPARE(m_pane->photoImage().size(), QSize(96, 96));
    QCOMPARE(m_pane->photoInfo().data, tenant.photo(user->id, 96).bytes);
    bool sawSize = false;
    for (const RequestRecord& r : m_emulator->requestLog()) {
        sawSize = sawSize
            || QUrl::fromPercentEncoding(r.target).contains(QStringLiteral("/photos/96X96/$value"),
                                                            Qt::CaseInsensitive);
    }
    QVERIFY(sawSize);
    // A size that is not listed is refused.
    m_pane->showSize(QStringLiteral("648x648"));
    QCOMPARE(m_pane->shownSizeId().toLower(), QStringLiteral("96x96"));
    // Back to the largest.
    m_pane->showSize(QString());
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->hasPhotoInfo() && !m_pane->isPhotoLoading(), 10000);
    QCOMPARE(m_pane->photoImage().width(), int(user->photo.edge));
}

void TestDetailPaneSizes::contactsHaveNoSizeRow()
{
    const DemoTenant& tenant = m_emulator->tenant();
    const QList<const DemoContact*> contacts = tenant.contacts();
    QVERIFY(!contacts.isEmpty());
    m_emulator->clearRequestLog();
    m_pane->showIndex(addContact(*contacts.first()));
    waitForPhoto();
    QVERIFY(m_pane->availableSizes().isEmpty());
    QVERIFY(!m_pane->findChild<QLabel*>(QStringLiteral("sizeChip48x48"))->isVisibleTo(m_pane.get()));
    QVERIFY(m_pane->findChild<QLabel*>(QStringLiteral("sizesNoteLabel"))->text().contains(QStringLiteral("single")));
    for (const RequestRecord& r : m_emulator->requestLog()) {
        QVERIFY2(!r.target.contains("/photos"), r.target.constData()); // Graph answers 400 for contacts
    }
}

void TestDetailPaneSizes::copiesTheImageAndTheIds()
{
    const DemoTenant& tenant = m_emulator->tenant();
    const DemoUser* user = nullptr;
    const DemoUser* without = nullptr;
    for (const DemoUser& u : tenant.users()) {
        if (u.photo.hasPhoto() && !user) {
            user = &u;
        }
        if (u.photo.state == PhotoState::None && !without) {
            without = &u;
        }
    }
    QVERIFY(user && without);
    m_pane->showIndex(addUser(*user));
    waitForPhoto();
    QVERIFY(m_pane->copyImage());
    QCOMPARE(QApplication::clipboard()->image().size(), m_pane->photoImage().size());
    QVERIFY(m_pane->copyText(DetailPane::TextField::Id));
    QCOMPARE(QApplication::clipboard()->text(), user->id);
    QVERIFY(m_pane->copyText(DetailPane::TextField::UserPrincipalName));
    QCOMPARE(QApplication::clipboard()->text(), user->userPrincipalName);
    if (!user->mail.isEmpty()) {
        QVERIFY(m_pane->copyText(DetailPane::TextField::Mail));
        QCOMPARE(QApplication::clipboard()->text(), user->mail);
    } else {
        QVERIFY(!m_pane->copyText(DetailPane::TextField::Mail));
    }

    m_pane->showIndex(addUser(*without));
    waitForPhoto();
    QVERIFY(!m_pane->copyImage()); // nothing to copy: no photo
    QVERIFY(m_pane->copyText(DetailPane::TextField::Id));
    QCOMPARE(QApplication::clipboard()->text(), without->id);
}

void TestDetailPaneSizes::writesTheViewerFileUnderTheCache()
{
    const DemoTenant& tenant = m_emulator->tenant();
    const DemoUser* user = nullptr;
    for (const DemoUser& u : tenant.users()) {
        if (u.photo.hasPhoto() && !user) {
            user = &u;
        }
    }
    QVERIFY(user);
    m_pane->showIndex(addUser(*user));
    waitForPhoto();
    QString error;
    const QString path = m_pane->writeViewerFile(&error);
    QVERIFY2(!path.isEmpty(), qPrintable(error));
    QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), tenant.photo(user->id).bytes);
    file.remove();
}

void TestDetailPaneSizes::saveAsProposesASafeName_data()
{
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<QString>("expected");

    QTest::newRow("slashes") << QStringLiteral("../../etc/passwd") << QStringLiteral("_._.._etc_passwd.jpg");
    QTest::newRow("a device name") << QStringLiteral("CON") << QStringLiteral("_CON.jpg");
    QTest::newRow("control characters") << QStringLiteral("Evil\u0001Name\r\nX") << QStringLiteral("Evil_Name__X.jpg");
    QTest::newRow("all at once") << QStringLiteral("nul\u0007/C:\\x") << QStringLiteral("nul__C__x.jpg");
}

void TestDetailPaneSizes::saveAsProposesASafeName()
{
    // A principal with neither UPN nor mail (a group, a contact) is named after its display name, which the
    // directory lets anyone with write access set to anything.
    QFETCH(QString, displayName);
    QFETCH(QString, expected);
    const DemoTenant& tenant = m_emulator->tenant();
    const DemoUser* user = nullptr;
    for (const DemoUser& u : tenant.users()) {
        if (u.photo.hasPhoto() && tenant.photo(u.id).mediaType == "image/jpeg" && !user) {
            user = &u;
        }
    }
    QVERIFY(user);
    auto* item = new QStandardItem(displayName);
    item->setData(int(NodeKind::User), Roles::KindRole);
    item->setData(true, Roles::IsPrincipalRole);
    item->setData(QStringLiteral("users/") + user->id, Roles::GraphPathRole);
    item->setData(user->id, Roles::GraphIdRole);
    item->setData(displayName, Roles::DisplayNameRole);
    m_items->appendRow(item);
    m_pane->showIndex(item->index());
    waitForPhoto();
    QCOMPARE(m_pane->suggestedFileName(), expected);

    m_pane->savePhotoAs();
    auto* dialog = m_pane->findChild<QFileDialog*>(QStringLiteral("savePhotoDialog"));
    QVERIFY(dialog);
    QCOMPARE(QFileInfo(dialog->selectedFiles().value(0)).fileName(), expected);
    dialog->reject();
}

void TestDetailPaneSizes::photoChangeButtonsAskForTheNodeShown()
{
    const DemoTenant& tenant = m_emulator->tenant();
    const DemoUser* with = nullptr;
    const DemoUser* without = nullptr;
    for (const DemoUser& u : tenant.users()) {
        if (u.photo.hasPhoto() && !with) {
            with = &u;
        }
        if (u.photo.state == PhotoState::None && !without) {
            without = &u;
        }
    }
    QVERIFY(with && without);
    auto* replace = m_pane->findChild<QPushButton*>(QStringLiteral("replacePhotoButton"));
    auto* remove = m_pane->findChild<QPushButton*>(QStringLiteral("removePhotoButton"));
    QVERIFY(replace && remove);
    QVERIFY(!replace->isVisibleTo(m_pane.get())); // nothing selected

    // The buttons only ask, for the node shown.
    QSignalSpy replaceAsked(m_pane.get(), &DetailPane::replacePhotoRequested);
    QSignalSpy removeAsked(m_pane.get(), &DetailPane::removePhotoRequested);
    const QModelIndex withIndex = addUser(*with);
    m_pane->showIndex(withIndex);
    QVERIFY(replace->isVisibleTo(m_pane.get()) && replace->isEnabled());
    QVERIFY(!remove->isEnabled()); // whether there is a photo to remove is not known yet
    waitForPhoto();
    QVERIFY(remove->isEnabled());
    replace->click();
    remove->click();
    QCOMPARE(replaceAsked.size(), 1);
    QCOMPARE(replaceAsked.first().first().value<QModelIndex>(), withIndex);
    QCOMPARE(removeAsked.size(), 1);
    QCOMPARE(removeAsked.first().first().value<QModelIndex>(), withIndex);
    QCOMPARE(m_emulator->writeRequestCount(), quint64(0));

    // No photo: nothing to remove, and the button says so.
    m_pane->showIndex(addUser(*without));
    waitForPhoto();
    QVERIFY(replace->isEnabled());
    QVERIFY(!remove->isEnabled());
    QVERIFY(!remove->toolTip().isEmpty());

    // Graph cannot remove a contact's photo; it can replace it.
    m_pane->showIndex(addContact(*tenant.contacts().first()));
    waitForPhoto();
    QVERIFY(replace->isEnabled());
    QVERIFY(!remove->isEnabled());

    // Not connected: neither.
    m_pane->setClient(nullptr);
    m_pane->showIndex(withIndex);
    QVERIFY(!replace->isEnabled() && !remove->isEnabled());
}

QTEST_MAIN(TestDetailPaneSizes)
#include "TestDetailPaneSizes.moc"
