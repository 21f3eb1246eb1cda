// Names, addresses and messages from the directory are text, never markup: every label of the
// detail pane that shows them is plain text, and the tooltips of the directory tree and the audit table show
// them letter for letter.
#include "DetailPane.h"
#include "base/TokenProvider.h"
#include "emulator/DemoTenant.h"
#include "emulator/GraphEmulator.h"
#include "graph/GraphClient.h"
#include "model/AuditModel.h"
#include "model/DirectoryModel.h"
#include "model/Roles.h"

#include <QLabel>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTest>
#include <QTextDocumentFragment>

#include <memory>

using namespace Portrait;

namespace {

const QString kName = QStringLiteral("<font size=7 color=red>HUGE</font> <b>Group</b> & co");
const QString kUpn = QStringLiteral("<img src=x>eve@contoso.com");

/// What a tooltip shows: Qt renders it as rich text when it looks like HTML.
QString shownAsToolTip(const QString& tip)
{
    return Qt::mightBeRichText(tip) ? QTextDocumentFragment::fromHtml(tip).toPlainText() : tip;
}

} // namespace

class TestDirectoryText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void detailPaneShowsNamesAsText();
    void directoryToolTipsShowNamesAsText();
    void auditToolTipsShowNamesAsText();

private:
    std::unique_ptr<GraphEmulator> m_emulator;
    std::unique_ptr<StaticTokenProvider> m_tokens;
    std::unique_ptr<GraphClient> m_client;
    QString m_id;
};

void TestDirectoryText::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    DemoTenantOptions options;
    options.users = 5;
    options.groups = 1;
    m_emulator = std::make_unique<GraphEmulator>(options);
    QVERIFY(m_emulator->listen(0));
    DemoUser user;
    user.displayName = kName;
    user.userPrincipalName = kUpn;
    user.mail = kUpn;
    user.photo.state = PhotoState::NoMailbox; // the headline then quotes Graph's reason
    m_id = m_emulator->tenant().addUser(user);
    m_tokens = std::make_unique<StaticTokenProvider>(m_emulator->accessToken());
    m_client = std::make_unique<GraphClient>(GraphRoot::parse(m_emulator->graphRoot().toString()), m_tokens.get());
}

void TestDirectoryText::detailPaneShowsNamesAsText()
{
    QStandardItemModel items;
    auto* item = new QStandardItem(kName);
    item->setData(int(NodeKind::User), Roles::KindRole);
    item->setData(true, Roles::IsPrincipalRole);
    item->setData(QStringLiteral("users/") + m_id, Roles::GraphPathRole);
    item->setData(m_id, Roles::GraphIdRole);
    item->setData(kName, Roles::DisplayNameRole);
    item->setData(kUpn, Roles::UpnRole);
    item->setData(kUpn, Roles::MailRole);
    items.appendRow(item);
    DetailPane pane;
    pane.setClient(m_client.get());
    pane.resize(900, 700);
    pane.show();
    pane.showIndex(item->index());
    QTRY_VERIFY_WITH_TIMEOUT(pane.hasPhotoInfo() && !pane.isPhotoLoading() && !pane.isSizesLoading(), 10000);
    int shown = 0;
    for (const QLabel* label : pane.findChildren<QLabel*>()) {
        if (!label->text().contains(QStringLiteral("<font")) && !label->text().contains(QStringLiteral("<img"))) {
            continue;
        }
        ++shown;
        QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
    }
    QVERIFY2(shown >= 3, "the name, the user principal name and the mail are shown");
}

void TestDirectoryText::directoryToolTipsShowNamesAsText()
{
    DirectoryModel model(m_client.get());
    const QModelIndex users = model.topIndex(NodeKind::Users);
    model.fetchMore(users);
    QTRY_COMPARE_WITH_TIMEOUT(FetchState(users.data(Roles::FetchStateRole).toInt()), FetchState::Done, 10000);
    QModelIndex eve;
    for (int row = 0; row < model.rowCount(users); ++row) {
        if (model.index(row, 0, users).data(Roles::GraphIdRole).toString() == m_id) {
            eve = model.index(row, 0, users);
        }
    }
    QVERIFY(eve.isValid());
    QCOMPARE(shownAsToolTip(eve.data(Qt::ToolTipRole).toString()), kUpn);
}

void TestDirectoryText::auditToolTipsShowNamesAsText()
{
    AuditModel model;
    AuditRow record;
    record.object.kind = DirectoryObject::Kind::Group;
    record.object.id = QStringLiteral("g1");
    record.object.displayName = kName;
    record.object.path = ItemPath::group(record.object.id);
    record.photo.status = PhotoStatus::None;
    record.photo.reason = QStringLiteral("not-found");
    model.append(record);
    model.flush();
    const QModelIndex name = model.index(0, AuditModel::NameColumn);
    QCOMPARE(name.data(Qt::DisplayRole).toString(), kName);
    QCOMPARE(shownAsToolTip(name.data(Qt::ToolTipRole).toString()), kName);
    // A text without markup stays as it is.
    QCOMPARE(model.index(0, AuditModel::PathColumn).data(Qt::ToolTipRole).toString(), QStringLiteral("groups/g1"));
}

QTEST_MAIN(TestDirectoryText)
#include "TestDirectoryText.moc"
