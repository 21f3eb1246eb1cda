#include "base/TokenProvider.h"
#include "emulator/DemoTenant.h"
#include "emulator/GraphEmulator.h"
#include "graph/GraphClient.h"
#include "model/DirectoryModel.h"
#include "model/Roles.h"

#include <QAbstractItemModelTester>
#include <QIdentityProxyModel>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace Portrait;

namespace {

FetchState stateOf(const QModelIndex& index)
{
    return FetchState(index.data(Roles::FetchStateRole).toInt());
}

NodeKind kindOf(const QModelIndex& index)
{
    return NodeKind(index.data(Roles::KindRole).toInt());
}

/// The path part of a logged request target ("/v1.0/groups/x/members?$top=..." → "/v1.0/groups/x/members").
QString pathOf(const RequestRecord& record)
{
    return QUrl::fromPercentEncoding(
        record.target.left(record.target.indexOf('?') < 0 ? record.target.size() : record.target.indexOf('?')));
}

/**
 * QAbstractItemModelTester calls fetchMore() on every parent it walks (and walks again on every signal), which
 * would load the whole directory behind the test's back. It therefore checks the model through this 1:1
 * identity proxy that only hides canFetchMore(): every index, parent, row count, data and signal of the model
 * is still checked, while only the test decides what is fetched.
 */
class NoAutoFetchProxy : public QIdentityProxyModel
{
public:
    explicit NoAutoFetchProxy(QAbstractItemModel* source) { setSourceModel(source); }
    bool canFetchMore(const QModelIndex&) const override { return false; }
    void fetchMore(const QModelIndex&) override { }
};

} // namespace

/**
 * DirectoryModel against the GraphEmulator on 127.0.0.1: lazy loading, paging, groups and contacts, failures.
 * Every test runs under QAbstractItemModelTester.
 */
class TestDirectoryModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void topNodesExistAndNothingIsFetched();
    void fetchMoreOnUsersLoadsOnePage();
    void nextFetchMoreContinuesFromTheNextLink();
    void meIsFetchedOnItsFirstFetch();
    void expandingOneGroupFetchesOnlyThatGroupsMembers();
    void nestedGroupsExpandToo();
    void contactsShowFoldersThenContacts();
    void contactFolderExpandsToItsContacts();
    void wrongTokenFailsWithTheErrorAndCanBeRetried();
    void refreshResetsTheTree();
    void photoStatusIsExposedThroughTheRole();
    void photoStatusReachesEveryNodeOfThePrincipal();

private:
    QList<RequestRecord> requestsTo(const QString& pathPart) const;
    void fetchAndWait(const QModelIndex& index);

    std::unique_ptr<GraphEmulator> m_emulator;
    std::unique_ptr<StaticTokenProvider> m_tokens;
    std::unique_ptr<GraphClient> m_client;
    std::unique_ptr<DirectoryModel> m_model;
    std::unique_ptr<NoAutoFetchProxy> m_testerProxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestDirectoryModel::init()
{
    m_emulator = std::make_unique<GraphEmulator>(DemoTenantOptions{});
    QVERIFY(m_emulator->listen(0));
    m_tokens = std::make_unique<StaticTokenProvider>(m_emulator->accessToken());
    m_client = std::make_unique<GraphClient>(GraphRoot::parse(m_emulator->graphRoot().toString()), m_tokens.get());
    m_model = std::make_unique<DirectoryModel>(m_client.get());
    m_testerProxy = std::make_unique<NoAutoFetchProxy>(m_model.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_testerProxy.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestDirectoryModel::cleanup()
{
    m_tester.reset();
    m_testerProxy.reset();
    m_model.reset();
    m_client.reset();
    m_tokens.reset();
    m_emulator.reset();
}

QList<RequestRecord> TestDirectoryModel::requestsTo(const QString& pathPart) const
{
    QList<RequestRecord> result;
    const auto log = m_emulator->requestLog();
    for (const RequestRecord& r : log) {
        if (pathOf(r).contains(pathPart)) {
            result << r;
        }
    }
    return result;
}

void TestDirectoryModel::fetchAndWait(const QModelIndex& index)
{
    QVERIFY(m_model->canFetchMore(index));
    m_model->fetchMore(index);
    QCOMPARE(stateOf(index), FetchState::Loading);
    QVERIFY(index.data(Roles::IsLoadingRole).toBool());
    QVERIFY(!m_model->canFetchMore(index)); // one request at a time per node
    QTRY_VERIFY_WITH_TIMEOUT(stateOf(index) != FetchState::Loading, 10000);
}

void TestDirectoryModel::topNodesExistAndNothingIsFetched()
{
    QCOMPARE(m_model->rowCount(), 4);
    const QList<NodeKind> expected{NodeKind::Me, NodeKind::Users, NodeKind::Groups, NodeKind::MyContacts};
    for (int row = 0; row < 4; ++row) {
        const QModelIndex index = m_model->index(row, 0);
        QCOMPARE(kindOf(index), expected.at(row));
        QCOMPARE(m_model->topIndex(expected.at(row)), index);
        QCOMPARE(stateOf(index), FetchState::NotFetched);
        QCOMPARE(m_model->rowCount(index), 0);
        QVERIFY(m_model->canFetchMore(index));
        QVERIFY(!index.data(Qt::DisplayRole).toString().isEmpty());
    }
    QVERIFY(m_model->hasChildren(m_model->topIndex(NodeKind::Users)));
    QVERIFY(!m_model->hasChildren(m_model->topIndex(NodeKind::Me)));
    QCOMPARE(m_model->topIndex(NodeKind::Users).data(Roles::GraphPathRole).toString(), QStringLiteral("users"));
    QCOMPARE(m_model->topIndex(NodeKind::Me).data(Roles::GraphPathRole).toString(), QStringLiteral("me"));
    // data(), rowCount() and hasChildren() were called above (and by the tester): none of them asked Graph.
    QCoreApplication::processEvents();
    QCOMPARE(m_emulator->requestCount(), quint64(0));
    QVERIFY(!m_model->isLoading());
}

void TestDirectoryModel::fetchMoreOnUsersLoadsOnePage()
{
    m_model->setPageSize(100);
    const QModelIndex users = m_model->topIndex(NodeKind::Users);
    QSignalSpy started(m_model.get(), &DirectoryModel::loadingStarted);
    QSignalSpy finished(m_model.get(), &DirectoryModel::loadingFinished);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->fetchMore(users);
    QCOMPARE(started.count(), 1);
    QVERIFY(users.data(Qt::DisplayRole).toString().contains(QStringLiteral("loading")));
    QVERIFY(finished.wait(10000));
    QCOMPARE(stateOf(users), FetchState::Partial);
    QCOMPARE(m_model->rowCount(users), 100);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(0).value<QModelIndex>(), users);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 99);
    QVERIFY(users.data(Roles::HasMoreRole).toBool());
    QVERIFY(m_model->canFetchMore(users));
    QCOMPARE(users.data(Qt::DisplayRole).toString(), QStringLiteral("Users (100+)"));

    // The rows are the tenant's users, in listing order, with what the detail pane needs.
    const QList<DemoUser>& truth = m_emulator->tenant().users();
    for (int row : {0, 1, 57, 99}) {
        const QModelIndex user = m_model->index(row, 0, users);
        QCOMPARE(kindOf(user), NodeKind::User);
        QCOMPARE(user.data(Roles::GraphIdRole).toString(), truth.at(row).id);
        QCOMPARE(user.data(Roles::UpnRole).toString(), truth.at(row).userPrincipalName);
        QCOMPARE(user.data(Qt::DisplayRole).toString(), truth.at(row).displayName);
        QCOMPARE(user.data(Roles::GraphPathRole).toString(), QStringLiteral("users/") + truth.at(row).id);
        QVERIFY(user.data(Roles::IsPrincipalRole).toBool());
        QVERIFY(!m_model->hasChildren(user));
        QVERIFY(!m_model->canFetchMore(user));
    }
    // Exactly one page was asked for.
    QCOMPARE(requestsTo(QStringLiteral("/users")).size(), 1);
    QVERIFY(requestsTo(QStringLiteral("/users")).first().target.contains("%24top=100")
            || requestsTo(QStringLiteral("/users")).first().target.contains("$top=100"));
}

void TestDirectoryModel::nextFetchMoreContinuesFromTheNextLink()
{
    m_model->setPageSize(100);
    const QModelIndex users = m_model->topIndex(NodeKind::Users);
    const int total = int(m_emulator->tenant().users().size());
    QVERIFY(total > 200);
    fetchAndWait(users);
    QCOMPARE(m_model->rowCount(users), 100);
    fetchAndWait(users);
    QCOMPARE(m_model->rowCount(users), 200);
    QCOMPARE(stateOf(users), FetchState::Partial);
    fetchAndWait(users);
    QCOMPARE(m_model->rowCount(users), total);
    QCOMPARE(stateOf(users), FetchState::Done);
    QVERIFY(!m_model->canFetchMore(users));
    QVERIFY(!users.data(Roles::HasMoreRole).toBool());
    QCOMPARE(users.data(Roles::TotalCountRole).toLongLong(), qint64(total));
    QCOMPARE(users.data(Qt::DisplayRole).toString(), QStringLiteral("Users (%1)").arg(total));
    const auto pages = requestsTo(QStringLiteral("/users"));
    QCOMPARE(pages.size(), 3);
    QVERIFY(!pages.at(0).target.contains("skiptoken"));
    QVERIFY(pages.at(1).target.contains("skiptoken"));
    QVERIFY(pages.at(2).target.contains("skiptoken"));
    QCOMPARE(m_model->index(total - 1, 0, users).data(Roles::GraphIdRole).toString(),
             m_emulator->tenant().users().last().id);
}

void TestDirectoryModel::meIsFetchedOnItsFirstFetch()
{
    const QModelIndex me = m_model->topIndex(NodeKind::Me);
    QCOMPARE(me.data(Roles::DisplayNameRole).toString(), QStringLiteral("Me"));
    fetchAndWait(me);
    QCOMPARE(stateOf(me), FetchState::Done);
    const DemoUser& truth = m_emulator->tenant().me();
    QCOMPARE(me.data(Roles::DisplayNameRole).toString(), truth.displayName);
    QCOMPARE(me.data(Roles::UpnRole).toString(), truth.userPrincipalName);
    QCOMPARE(me.data(Roles::GraphIdRole).toString(), truth.id);
    QVERIFY(me.data(Qt::DisplayRole).toString().contains(truth.displayName));
    QCOMPARE(me.data(Roles::GraphPathRole).toString(), QStringLiteral("me"));
    QVERIFY(!m_model->canFetchMore(me));
    QCOMPARE(m_model->rowCount(me), 0);
    QCOMPARE(m_emulator->requestCount(), quint64(1));
}

void TestDirectoryModel::expandingOneGroupFetchesOnlyThatGroupsMembers()
{
    const QModelIndex groups = m_model->topIndex(NodeKind::Groups);
    fetchAndWait(groups);
    QCOMPARE(stateOf(groups), FetchState::Done);
    const QList<DemoGroup>& truth = m_emulator->tenant().groups();
    QCOMPARE(m_model->rowCount(groups), int(truth.size()));
    QVERIFY(requestsTo(QStringLiteral("/members")).isEmpty());

    // Pick a small group with members, not the first one.
    int row = -1;
    for (int i = 1; i < truth.size(); ++i) {
        const auto members = m_emulator->tenant().members(truth.at(i).id);
        if (!members.isEmpty() && members.size() < 100) {
            row = i;
            break;
        }
    }
    QVERIFY(row > 0);
    const QModelIndex group = m_model->index(row, 0, groups);
    QCOMPARE(kindOf(group), NodeKind::Group);
    QCOMPARE(group.data(Roles::GraphIdRole).toString(), truth.at(row).id);
    QVERIFY(m_model->hasChildren(group));
    QCOMPARE(stateOf(group), FetchState::NotFetched);
    // Siblings are untouched by data() and hasChildren().
    for (int i = 0; i < m_model->rowCount(groups); ++i) {
        QVERIFY(m_model->hasChildren(m_model->index(i, 0, groups)));
    }

    m_emulator->clearRequestLog();
    fetchAndWait(group);
    QCOMPARE(stateOf(group), FetchState::Done);
    const QList<DemoMember> members = m_emulator->tenant().members(truth.at(row).id);
    QCOMPARE(m_model->rowCount(group), int(members.size()));
    for (int i = 0; i < members.size(); ++i) {
        const QModelIndex member = m_model->index(i, 0, group);
        QCOMPARE(member.data(Roles::GraphIdRole).toString(), members.at(i).id);
        QCOMPARE(kindOf(member), members.at(i).kind == PrincipalKind::Group ? NodeKind::Group : NodeKind::User);
    }

    // Exactly one request, for this group's members; no other group was asked.
    const auto log = m_emulator->requestLog();
    QCOMPARE(log.size(), 1);
    QCOMPARE(pathOf(log.first()), QStringLiteral("/v1.0/groups/%1/members").arg(truth.at(row).id));
    for (int i = 0; i < m_model->rowCount(groups); ++i) {
        if (i != row) {
            QCOMPARE(stateOf(m_model->index(i, 0, groups)), FetchState::NotFetched);
        }
    }
}

void TestDirectoryModel::nestedGroupsExpandToo()
{
    const QList<DemoGroup>& truth = m_emulator->tenant().groups();
    QString parentId;
    QString nestedId;
    int parentRow = -1;
    for (int i = 0; i < truth.size() && parentId.isEmpty(); ++i) {
        for (const DemoMember& m : m_emulator->tenant().members(truth.at(i).id)) {
            if (m.kind == PrincipalKind::Group) {
                parentId = truth.at(i).id;
                nestedId = m.id;
                parentRow = i;
                break;
            }
        }
    }
    QVERIFY2(!parentId.isEmpty(), "the demo tenant must have a nested group");
    const QModelIndex groups = m_model->topIndex(NodeKind::Groups);
    fetchAndWait(groups);
    const QModelIndex parent = m_model->index(parentRow, 0, groups);
    QCOMPARE(parent.data(Roles::GraphIdRole).toString(), parentId);
    while (m_model->canFetchMore(parent)) {
        fetchAndWait(parent);
    }
    QModelIndex nested;
    for (int i = 0; i < m_model->rowCount(parent); ++i) {
        const QModelIndex child = m_model->index(i, 0, parent);
        if (child.data(Roles::GraphIdRole).toString() == nestedId) {
            nested = child;
        }
    }
    QVERIFY(nested.isValid());
    QCOMPARE(kindOf(nested), NodeKind::Group);
    QVERIFY(m_model->hasChildren(nested));
    m_emulator->clearRequestLog();
    fetchAndWait(nested);
    QCOMPARE(stateOf(nested), FetchState::Done);
    QCOMPARE(m_model->rowCount(nested), int(m_emulator->tenant().members(nestedId).size()));
    QCOMPARE(m_emulator->requestLog().size(), 1);
    QCOMPARE(pathOf(m_emulator->requestLog().first()), QStringLiteral("/v1.0/groups/%1/members").arg(nestedId));
}

void TestDirectoryModel::contactsShowFoldersThenContacts()
{
    const DemoTenant& tenant = m_emulator->tenant();
    const QModelIndex contacts = m_model->topIndex(NodeKind::MyContacts);
    QVERIFY(m_model->hasChildren(contacts));
    m_model->fetchMore(contacts);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(contacts), FetchState::Done, 10000);

    const int folders = int(tenant.contactFolders().size());
    const QList<const DemoContact*> defaultContacts = tenant.contacts();
    QVERIFY(folders > 0);
    QVERIFY(!defaultContacts.isEmpty());
    QCOMPARE(m_model->rowCount(contacts), folders + int(defaultContacts.size()));
    for (int i = 0; i < folders; ++i) {
        const QModelIndex folder = m_model->index(i, 0, contacts);
        QCOMPARE(kindOf(folder), NodeKind::ContactFolder);
        QCOMPARE(folder.data(Roles::GraphIdRole).toString(), tenant.contactFolders().at(i).id);
        QCOMPARE(folder.data(Qt::DisplayRole).toString(), tenant.contactFolders().at(i).displayName);
        QVERIFY(m_model->hasChildren(folder));
        QCOMPARE(stateOf(folder), FetchState::NotFetched);
    }
    for (int i = 0; i < defaultContacts.size(); ++i) {
        const QModelIndex contact = m_model->index(folders + i, 0, contacts);
        QCOMPARE(kindOf(contact), NodeKind::Contact);
        QCOMPARE(contact.data(Roles::GraphIdRole).toString(), defaultContacts.at(i)->id);
        QVERIFY(contact.data(Roles::IsPrincipalRole).toBool());
        QVERIFY(contact.data(Roles::GraphPathRole).toString().startsWith(QStringLiteral("me/contacts/")));
    }
    // Folders were listed first, then the default folder's contacts; no folder's contacts yet.
    const auto log = m_emulator->requestLog();
    QVERIFY(log.size() >= 2);
    QCOMPARE(pathOf(log.first()), QStringLiteral("/v1.0/me/contactfolders"));
    QCOMPARE(pathOf(log.last()), QStringLiteral("/v1.0/me/contacts"));
    QVERIFY(requestsTo(QStringLiteral("/contactfolders/")).isEmpty());
}

void TestDirectoryModel::contactFolderExpandsToItsContacts()
{
    const DemoTenant& tenant = m_emulator->tenant();
    const QModelIndex contacts = m_model->topIndex(NodeKind::MyContacts);
    m_model->fetchMore(contacts);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(contacts), FetchState::Done, 10000);
    const QModelIndex folder = m_model->index(1, 0, contacts);
    const QString folderId = folder.data(Roles::GraphIdRole).toString();
    m_emulator->clearRequestLog();
    fetchAndWait(folder);
    QCOMPARE(stateOf(folder), FetchState::Done);
    const QList<const DemoContact*> truth = tenant.contacts(folderId);
    QCOMPARE(m_model->rowCount(folder), int(truth.size()));
    for (int i = 0; i < truth.size(); ++i) {
        const QModelIndex contact = m_model->index(i, 0, folder);
        QCOMPARE(contact.data(Roles::GraphIdRole).toString(), truth.at(i)->id);
        QCOMPARE(kindOf(contact), NodeKind::Contact);
    }
    QCOMPARE(m_emulator->requestLog().size(), 1);
    QCOMPARE(pathOf(m_emulator->requestLog().first()),
             QStringLiteral("/v1.0/me/contactfolders/%1/contacts").arg(folderId));
}

void TestDirectoryModel::wrongTokenFailsWithTheErrorAndCanBeRetried()
{
    const QString goodToken = m_emulator->accessToken();
    m_emulator->setAccessToken(QStringLiteral("another-token"));
    const QModelIndex users = m_model->topIndex(NodeKind::Users);
    QSignalSpy errors(m_model.get(), &DirectoryModel::errorOccurred);
    fetchAndWait(users);
    QCOMPARE(stateOf(users), FetchState::Failed);
    QCOMPARE(m_model->rowCount(users), 0);
    QVERIFY(m_model->hasChildren(users)); // still expandable, to try again
    QVERIFY(m_model->canFetchMore(users));
    const QString error = users.data(Roles::ErrorRole).toString();
    // A 401 whose token cannot be renewed: GraphJob reports it as an authentication failure.
    QVERIFY2(error.contains(QStringLiteral("401")) || error.contains(QStringLiteral("authentication")),
             qPrintable(error));
    QVERIFY(!users.data(Roles::ErrorCodeRole).toString().isEmpty());
    QVERIFY(users.data(Qt::ToolTipRole).toString().contains(error));
    QVERIFY(users.data(Qt::DisplayRole).toString().contains(QStringLiteral("failed")));
    QCOMPARE(errors.count(), 1);
    QVERIFY(errors.first().first().toString().contains(error));

    // Retry once the token is right again.
    m_emulator->setAccessToken(goodToken);
    fetchAndWait(users);
    QVERIFY(stateOf(users) == FetchState::Partial || stateOf(users) == FetchState::Done);
    QVERIFY(m_model->rowCount(users) > 0);
    QVERIFY(users.data(Roles::ErrorRole).toString().isEmpty());
    QCOMPARE(errors.count(), 1);
}

void TestDirectoryModel::refreshResetsTheTree()
{
    const QModelIndex users = m_model->topIndex(NodeKind::Users);
    fetchAndWait(users);
    QVERIFY(m_model->rowCount(users) > 0);
    // A request on its way during refresh() is dropped, not delivered into the new tree.
    m_model->fetchMore(m_model->topIndex(NodeKind::Groups));
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->refresh();
    QCOMPARE(reset.count(), 1);
    QVERIFY(!m_model->isLoading());
    QCOMPARE(m_model->rowCount(), 4);
    for (int row = 0; row < 4; ++row) {
        QCOMPARE(stateOf(m_model->index(row, 0)), FetchState::NotFetched);
        QCOMPARE(m_model->rowCount(m_model->index(row, 0)), 0);
    }
    fetchAndWait(m_model->topIndex(NodeKind::Users));
    QVERIFY(m_model->rowCount(m_model->topIndex(NodeKind::Users)) > 0);
    QCOMPARE(m_model->rowCount(m_model->topIndex(NodeKind::Groups)), 0);
}

void TestDirectoryModel::photoStatusIsExposedThroughTheRole()
{
    const QModelIndex users = m_model->topIndex(NodeKind::Users);
    fetchAndWait(users);
    const QModelIndex user = m_model->index(3, 0, users);
    QVERIFY(!user.data(Roles::PhotoStateRole).isValid());
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setPhotoStatus(ItemPath::parse(user.data(Roles::GraphPathRole).toString()), PhotoStatus::None);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>(), user);
    QCOMPARE(user.data(Roles::PhotoStateRole).toInt(), int(PhotoStatus::None));
}

void TestDirectoryModel::photoStatusReachesEveryNodeOfThePrincipal()
{
    // A user listed under Users and as a member of a group is one principal: both rows change.
    m_model->setPageSize(999);
    const QModelIndex users = m_model->topIndex(NodeKind::Users);
    fetchAndWait(users);
    const QModelIndex groups = m_model->topIndex(NodeKind::Groups);
    fetchAndWait(groups);
    QModelIndex asMember;
    for (int g = 0; g < m_model->rowCount(groups) && !asMember.isValid(); ++g) {
        const QModelIndex group = m_model->index(g, 0, groups);
        const auto members = m_emulator->tenant().members(group.data(Roles::GraphIdRole).toString());
        if (members.isEmpty() || members.size() >= 100) {
            continue;
        }
        fetchAndWait(group);
        for (int i = 0; i < m_model->rowCount(group); ++i) {
            const QModelIndex member = m_model->index(i, 0, group);
            if (kindOf(member) == NodeKind::User) {
                asMember = member;
                break;
            }
        }
    }
    QVERIFY(asMember.isValid());
    const QString path = asMember.data(Roles::GraphPathRole).toString();
    QModelIndex asUser;
    for (int i = 0; i < m_model->rowCount(users); ++i) {
        if (m_model->index(i, 0, users).data(Roles::GraphPathRole).toString() == path) {
            asUser = m_model->index(i, 0, users);
        }
    }
    QVERIFY(asUser.isValid());

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setPhotoStatus(ItemPath::parse(path), PhotoStatus::Placeholder);
    QCOMPARE(changed.count(), 2);
    QSet<QModelIndex> rows;
    for (const auto& args : std::as_const(changed)) {
        rows.insert(args.at(0).value<QModelIndex>());
    }
    QCOMPARE(rows, (QSet<QModelIndex>{asUser, asMember}));
    QCOMPARE(asUser.data(Roles::PhotoStateRole).toInt(), int(PhotoStatus::Placeholder));
    QCOMPARE(asMember.data(Roles::PhotoStateRole).toInt(), int(PhotoStatus::Placeholder));
}

QTEST_GUILESS_MAIN(TestDirectoryModel)
#include "TestDirectoryModel.moc"
