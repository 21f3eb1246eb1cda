#include "AboutDialog.h"
#include "AppSettings.h"
#include "DetailPane.h"
#include "DirectoryItemDelegate.h"
#include "FaceGridView.h"
#include "MainWindow.h"
#include "Session.h"
#include "SettingsDialog.h"
#include "emulator/DemoTenant.h"
#include "emulator/GraphEmulator.h"
#include "graph/DisplayText.h"
#include "model/AuditModel.h"
#include "model/DirectoryFilterModel.h"
#include "model/DirectoryModel.h"
#include "model/Roles.h"

#include <QAction>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

using namespace Portrait;

/**
 * Words a person understands (statuses and reasons with what to do, a legend, counts that stay true under
 * filters) and the small things an admin met: the Cache tab's "&Folder:", the About link to nowhere, no keyboard
 * focus in the grid, a sort order forgotten on restart. On the demo tenant, offscreen.
 */
class TestPlainWords : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyReasonHasWordsAndAdvice();
    void reasonsAreTranslated();
    void kindWordsAreOneSet();
    void detailPaneExplainsNoMailbox();
    void treeShowsStatusAndTooltipsSayWhatToDo();
    void countsStayTrueUnderFilters();
    void auditTableShowsWords();
    void cacheFolderLabelHasItsMnemonic();
    void aboutLinksNowhereNot();
    void gridShowsKeyboardFocus();
    void sortOrderIsRememberedAcrossRestarts();

private:
    void open(MainWindow& window);
    QTemporaryDir m_sandbox;
};

namespace {

/// Every reason code the program gives, with the status it goes with.
const QList<QPair<PhotoStatus, QString>>& reasons()
{
    static const QList<QPair<PhotoStatus, QString>> list{
        {PhotoStatus::None, QStringLiteral("not-found")},
        {PhotoStatus::None, QStringLiteral("placeholder-1x1")},
        {PhotoStatus::None, QStringLiteral("size-unavailable")},
        {PhotoStatus::Placeholder, QStringLiteral("min-edge")},
        {PhotoStatus::Placeholder, QStringLiteral("placeholder-image")},
        {PhotoStatus::Placeholder, QStringLiteral("placeholder-similar")},
        {PhotoStatus::Placeholder, QStringLiteral("duplicate")},
        {PhotoStatus::Unavailable, QStringLiteral("ErrorNonExistentMailbox")},
        {PhotoStatus::Unavailable, QStringLiteral("MailboxNotHostedInExchangeOnline")},
        {PhotoStatus::Unavailable, QStringLiteral("MailboxNotEnabledForRESTAPI")},
        {PhotoStatus::Unavailable, QStringLiteral("ErrorAccessDenied")},
        {PhotoStatus::Unavailable, QStringLiteral("forbidden")},
        {PhotoStatus::Unavailable, QStringLiteral("ConsumerPhotoIsNotSupported")},
        {PhotoStatus::Error, QStringLiteral("bad-metadata")},
        {PhotoStatus::Error, QStringLiteral("network")},
        {PhotoStatus::Error, QStringLiteral("timeout")},
        {PhotoStatus::Error, QStringLiteral("refused")},
        {PhotoStatus::Error, QStringLiteral("auth")},
        {PhotoStatus::Error, QStringLiteral("cancelled")},
    };
    return list;
}

} // namespace

void TestPlainWords::initTestCase()
{
    QVERIFY(m_sandbox.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_sandbox.filePath(QStringLiteral("config"))));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(m_sandbox.filePath(QStringLiteral("cache"))));
}

void TestPlainWords::open(MainWindow& window)
{
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDemo());
    const QModelIndex users = window.model()->topIndex(NodeKind::Users);
    window.treeView()->expand(window.filterModel()->mapFromSource(users));
    QTRY_VERIFY_WITH_TIMEOUT(window.model()->rowCount(users) >= 20, 10000);
}

void TestPlainWords::everyReasonHasWordsAndAdvice()
{
    for (const auto& [status, code] : reasons()) {
        const PhotoExplanation e = explainPhoto(status, code);
        QCOMPARE(e.status, photoStatusTitle(status));
        // Words, not the code (but for "cancelled", a word already).
        QVERIFY2(!e.reason.isEmpty() && (e.reason != code || code == u"cancelled"), qPrintable(code));
        QVERIFY2(!e.advice.isEmpty(), qPrintable(code));
    }
    // "No photo" because of Graph's empty 1×1 image does not read as the status "Placeholder".
    QVERIFY(!explainPhoto(PhotoStatus::None, QStringLiteral("placeholder-1x1"))
                 .reason.contains(QLatin1String("placeholder"), Qt::CaseInsensitive));
    // "Unavailable" says why: no Exchange mailbox.
    QVERIFY(explainPhoto(PhotoStatus::Unavailable, QStringLiteral("ErrorNonExistentMailbox"))
                .reason.contains(QLatin1String("mailbox")));
    // A photo needs no reason and no advice; a code not known here is shown as Graph sent it, with advice.
    QVERIFY(explainPhoto(PhotoStatus::Photo, {}).advice.isEmpty());
    const PhotoExplanation unknown = explainPhoto(PhotoStatus::Error, QStringLiteral("SomethingNew"));
    QCOMPARE(unknown.reason, QStringLiteral("SomethingNew"));
    QVERIFY(!unknown.advice.isEmpty());
    QCOMPARE(explainPhoto(PhotoStatus::None, QStringLiteral("not-found")).summary(),
             QStringLiteral("No photo: none uploaded"));
}

void TestPlainWords::reasonsAreTranslated()
{
    for (const char* language : {"de", "fr"}) {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QString::fromLatin1(language)), QStringLiteral("portrait"), QStringLiteral("_"),
                                QStringLiteral(":/i18n")));
        QList<PhotoExplanation> english;
        for (const auto& [status, code] : reasons()) {
            english << explainPhoto(status, code);
        }
        QCoreApplication::installTranslator(&translator);
        for (qsizetype i = 0; i < reasons().size(); ++i) {
            const PhotoExplanation e = explainPhoto(reasons().at(i).first, reasons().at(i).second);
            QVERIFY2(e.reason != english.at(i).reason, qPrintable(QLatin1String(language) + u' ' + e.reason));
            QVERIFY2(e.advice != english.at(i).advice, qPrintable(QLatin1String(language) + u' ' + e.advice));
        }
        QCoreApplication::removeTranslator(&translator);
    }
}

void TestPlainWords::kindWordsAreOneSet()
{
    // A node's kind is said with the directory object's words (the detail pane, the audit table and the photo
    // change dialog say the same); only "signed in" and the collections are a node's own.
    const QList<NodeKind> all{NodeKind::Me,   NodeKind::Users, NodeKind::Groups,        NodeKind::MyContacts,
                              NodeKind::User, NodeKind::Group, NodeKind::ContactFolder, NodeKind::Contact};
    for (const NodeKind kind : all) {
        const DirectoryObject::Kind object = objectKind(kind);
        if (kind == NodeKind::Me) {
            QCOMPARE(object, DirectoryObject::Kind::User);
            QCOMPARE(nodeKindTitle(kind), QStringLiteral("User (signed in)"));
        } else if (object == DirectoryObject::Kind::Unknown) {
            QCOMPARE(nodeKindTitle(kind), QStringLiteral("Collection"));
        } else {
            QCOMPARE(nodeKind(object), kind);
            QCOMPARE(nodeKindTitle(kind), kindTitle(object));
        }
    }
    QCOMPARE(nodeKindTitle(NodeKind::ContactFolder), QStringLiteral("Contact folder"));
    QTranslator german;
    QVERIFY(german.load(QLocale(QStringLiteral("de")), QStringLiteral("portrait"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&german);
    const QString signedIn = nodeKindTitle(NodeKind::Me);
    const QString group = nodeKindTitle(NodeKind::Group);
    QCoreApplication::removeTranslator(&german);
    QCOMPARE(signedIn, QStringLiteral("Benutzer (angemeldet)"));
    QCOMPARE(group, QStringLiteral("Gruppe"));
}

void TestPlainWords::detailPaneExplainsNoMailbox()
{
    MainWindow window;
    open(window);
    QVERIFY(!QTest::currentTestFailed());
    DemoTenant& tenant = window.session()->emulator()->tenant();
    const QModelIndex users = window.model()->topIndex(NodeKind::Users);
    const QModelIndex user = window.model()->index(2, 0, users);
    QVERIFY(tenant.setNoMailbox(user.data(Roles::GraphIdRole).toString()));
    window.treeView()->setCurrentIndex(window.filterModel()->mapFromSource(user));
    QTRY_VERIFY_WITH_TIMEOUT(window.detailPane()->hasPhotoInfo() && !window.detailPane()->isPhotoLoading(), 10000);
    const auto label
        = [&window](const char* name) { return window.detailPane()->findChild<QLabel*>(QLatin1String(name)); };
    QCOMPARE(label("statusValueLabel")->text(), QStringLiteral("Unavailable"));
    QCOMPARE(label("reasonValueLabel")->text(), QStringLiteral("no Exchange Online mailbox"));
    QVERIFY(label("reasonValueLabel")->toolTip().contains(QLatin1String("ErrorNonExistentMailbox")));
    QCOMPARE(label("photoHeadlineLabel")->text(), QStringLiteral("Unavailable: no Exchange Online mailbox."));
    QVERIFY(label("photoAdviceLabel")->isVisible());
    QVERIFY(label("photoAdviceLabel")->text().startsWith(QLatin1String("What to do: ")));
}

void TestPlainWords::treeShowsStatusAndTooltipsSayWhatToDo()
{
    MainWindow window;
    open(window);
    QVERIFY(!QTest::currentTestFailed());
    const DemoTenant& tenant = window.session()->emulator()->tenant();
    const QModelIndex users = window.model()->topIndex(NodeKind::Users);
    QModelIndex none;
    for (int row = 1; row < window.model()->rowCount(users) && !none.isValid(); ++row) {
        const QModelIndex index = window.model()->index(row, 0, users);
        const QString id = index.data(Roles::GraphIdRole).toString();
        for (const DemoUser& user : tenant.users()) {
            if (user.id == id && user.photo.state == PhotoState::None) {
                none = index;
            }
        }
    }
    QVERIFY(none.isValid());
    window.treeView()->setCurrentIndex(window.filterModel()->mapFromSource(none));
    QTRY_VERIFY_WITH_TIMEOUT(none.data(Roles::PhotoStateRole).isValid(), 10000);
    const QModelIndex shown = window.filterModel()->mapFromSource(none);
    // The tree says it in words at the right of the row, as the grid's face does with its icon.
    QCOMPARE(DirectoryItemDelegate::statusText(shown), QStringLiteral("No photo"));
    // Tree and grid tool tips: the status, its reason and what to do.
    const QString tip = shown.data(Qt::ToolTipRole).toString();
    const PhotoExplanation e = explainPhoto(PhotoStatus::None, none.data(Roles::PhotoReasonRole).toString());
    QVERIFY2(tip.contains(e.summary()) && tip.contains(e.advice), qPrintable(tip));
    // The legend under the tree says what italic and grey mean.
    auto* legend = window.findChild<QLabel*>(QStringLiteral("legendLabel"));
    QVERIFY(legend && legend->isVisible());
    QVERIFY(legend->text().contains(QLatin1String("guest")) && legend->text().contains(QLatin1String("disabled")));
    // And a guest's and a disabled account's tool tips say it too.
    for (int row = 0; row < window.model()->rowCount(users); ++row) {
        const QModelIndex index = window.model()->index(row, 0, users);
        if (index.data(Roles::UserTypeRole).toString() == u"Guest") {
            QVERIFY(index.data(Qt::ToolTipRole).toString().contains(QLatin1String("Guest")));
        }
        if (!index.data(Roles::AccountEnabledRole).toBool()) {
            QVERIFY(index.data(Qt::ToolTipRole).toString().contains(QLatin1String("disabled")));
        }
    }
}

void TestPlainWords::countsStayTrueUnderFilters()
{
    MainWindow window;
    open(window);
    QVERIFY(!QTest::currentTestFailed());
    const QModelIndex users = window.filterModel()->mapFromSource(window.model()->topIndex(NodeKind::Users));
    QTRY_VERIFY_WITH_TIMEOUT(!window.model()->isLoading(), 10000);
    const int loaded = users.data(Roles::LoadedCountRole).toInt();
    window.filterModel()->setUserTypeFilter(DirectoryFilterModel::UserTypeFilter::Guest);
    const int shown = window.filterModel()->rowCount(users);
    QVERIFY(shown > 0 && shown < loaded);
    QVERIFY2(users.data().toString().contains(QStringLiteral("%1 of %2").arg(shown).arg(loaded)),
             qPrintable(users.data().toString()));
    window.filterModel()->setUserTypeFilter(DirectoryFilterModel::UserTypeFilter::Any);
    QVERIFY2(!users.data().toString().contains(QLatin1String(" of ")) || loaded < 250,
             qPrintable(users.data().toString()));
}

void TestPlainWords::auditTableShowsWords()
{
    AuditModel model;
    AuditRow record;
    record.object.kind = DirectoryObject::Kind::User;
    record.object.displayName = QStringLiteral("Small Photo");
    record.photo.status = PhotoStatus::Placeholder;
    record.photo.reason = QStringLiteral("min-edge");
    model.append(record);
    model.flush();
    const QModelIndex reason = model.index(0, AuditModel::ReasonColumn);
    const PhotoExplanation e = explainPhoto(PhotoStatus::Placeholder, QStringLiteral("min-edge"));
    QCOMPARE(reason.data().toString(), e.reason);
    QVERIFY(reason.data(Qt::ToolTipRole).toString().contains(e.advice));
    QVERIFY(reason.data(Qt::ToolTipRole).toString().contains(QLatin1String("min-edge"))); // the code, on hover
}

void TestPlainWords::cacheFolderLabelHasItsMnemonic()
{
    SettingsDialog dialog;
    auto* label = dialog.findChild<QLabel*>(QStringLiteral("cacheDirLabel"));
    QVERIFY(label);
    QCOMPARE(label->buddy(), dialog.findChild<QLineEdit*>(QStringLiteral("cacheDirEdit")));
}

void TestPlainWords::aboutLinksNowhereNot()
{
    AboutDialog about;
    for (const QLabel* label : about.findChildren<QLabel*>()) {
        QVERIFY2(!label->text().contains(QLatin1String(".invalid")), qPrintable(label->text()));
    }
    QCOMPARE(about.findChild<QLabel*>(QStringLiteral("aboutHomepage")) != nullptr, AboutDialog::hasHomepage());
}

void TestPlainWords::gridShowsKeyboardFocus()
{
    MainWindow window;
    open(window);
    QVERIFY(!QTest::currentTestFailed());
    FaceGridView* grid = window.gridView();
    const QModelIndex face = window.filterModel()->index(3, 0, grid->rootIndex());
    QVERIFY(face.isValid());
    const auto render = [&](QStyle::State state) {
        QImage image(grid->faceDelegate()->cellSize(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        QStyleOptionViewItem option;
        option.initFrom(grid);
        option.rect = image.rect();
        option.state = QStyle::State_Enabled | state;
        grid->faceDelegate()->paint(&painter, option, face);
        return image;
    };
    // The current face with the keyboard's focus looks different from without it, selected or not.
    QVERIFY(render(QStyle::State_HasFocus) != render({}));
    QVERIFY(render(QStyle::State_HasFocus | QStyle::State_Selected) != render(QStyle::State_Selected));
}

void TestPlainWords::sortOrderIsRememberedAcrossRestarts()
{
    {
        MainWindow window;
        QCOMPARE(window.filterModel()->sortKey(), DirectoryFilterModel::SortKey::Listing);
        window.findChild<QAction*>(QStringLiteral("sortActionName"))->trigger();
        window.findChild<QAction*>(QStringLiteral("sortDescendingAction"))->trigger();
        QCOMPARE(window.filterModel()->sortKey(), DirectoryFilterModel::SortKey::Name);
        QCOMPARE(window.filterModel()->sortOrder(), Qt::DescendingOrder);
    }
    MainWindow window; // the next start
    QCOMPARE(window.filterModel()->sortKey(), DirectoryFilterModel::SortKey::Name);
    QCOMPARE(window.filterModel()->sortOrder(), Qt::DescendingOrder);
    QVERIFY(window.findChild<QAction*>(QStringLiteral("sortActionName"))->isChecked());
    QVERIFY(window.findChild<QAction*>(QStringLiteral("sortDescendingAction"))->isChecked());
    window.findChild<QAction*>(QStringLiteral("sortActionListing"))->trigger();
    window.findChild<QAction*>(QStringLiteral("sortDescendingAction"))->trigger();
    QCOMPARE(AppSettings::sortKey(), QStringLiteral("Listing"));
    QVERIFY(!AppSettings::sortDescending());
}

QTEST_MAIN(TestPlainWords)
#include "TestPlainWords.moc"
