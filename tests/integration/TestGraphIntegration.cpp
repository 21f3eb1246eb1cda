// The client against GraphEmulator over real loopback sockets: every seed endpoint, paging, 404 versus
// 1x1, contacts in folders.
#include "base/TokenProvider.h"
#include "emulator/DemoTenant.h"
#include "emulator/GraphEmulator.h"
#include "graph/GraphClient.h"
#include "graph/ListJob.h"
#include "graph/ObjectJob.h"
#include "graph/PhotoJob.h"

#include <QCryptographicHash>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <vector>

using namespace Portrait;

class TestGraphIntegration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void seedEndpoints_data();
    void seedEndpoints();
    void metadataMatchesBytes();
    void pagingAcrossPages_data();
    void pagingAcrossPages();
    void membersOfLargeGroup();
    void noPhotoIs1x1AndThen404();
    void noMailboxIsUnavailable();
    void contactsInFolders();
    void sizesAndOneSize();
    void betaRoot();
    void wrongTokenIsAuthFailure();
    void searchAndFilter();
    void requestsSpreadOverConnections();

private:
    template <typename Job> void run(Job* job)
    {
        QSignalSpy spy(job, &GraphJob::finished);
        job->start();
        QVERIFY(spy.wait(10000));
    }
    PhotoInfo fetch(const ItemPath& path, PhotoJob::Mode mode, const QString& size = {});
    const DemoUser* userWith(PhotoState state, bool guest = false) const;

    GraphEmulator* m_emulator = nullptr;
    StaticTokenProvider* m_tokens = nullptr;
    GraphClient* m_client = nullptr;
};

void TestGraphIntegration::initTestCase()
{
    m_emulator = new GraphEmulator(DemoTenantOptions{}, this);
    QVERIFY(m_emulator->listen(0));
    m_tokens = new StaticTokenProvider(m_emulator->accessToken(), this);
    m_client = new GraphClient(GraphRoot::parse(m_emulator->graphRoot().toString()), m_tokens, nullptr, this);
}

void TestGraphIntegration::cleanupTestCase()
{
    delete m_client;
    delete m_emulator;
}

PhotoInfo TestGraphIntegration::fetch(const ItemPath& path, PhotoJob::Mode mode, const QString& size)
{
    PhotoJob job(m_client, path, mode, size);
    QSignalSpy spy(&job, &GraphJob::finished);
    job.start();
    if (!spy.wait(10000)) {
        return {};
    }
    return job.info();
}

const DemoUser* TestGraphIntegration::userWith(PhotoState state, bool guest) const
{
    for (const DemoUser& u : m_emulator->tenant().users()) {
        if (u.photo.state == state && u.guest == guest) {
            return &u;
        }
    }
    return nullptr;
}

void TestGraphIntegration::seedEndpoints_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("principalId");

    const DemoTenant& t = m_emulator->tenant();
    const DemoUser& me = t.me();
    const DemoUser* withPhoto = nullptr;
    for (const DemoUser& u : t.users()) {
        if (u.photo.hasPhoto() && u.id != me.id && !u.guest) {
            withPhoto = &u;
            break;
        }
    }
    QVERIFY(withPhoto);
    const DemoUser* guest = userWith(PhotoState::Present, true);
    const DemoGroup* group = nullptr;
    for (const DemoGroup& g : t.groups()) {
        if (g.photo.hasPhoto()) {
            group = &g;
            break;
        }
    }
    QVERIFY(group);
    const DemoContact* defaultContact = nullptr;
    const DemoContact* folderContact = nullptr;
    for (const DemoContact& c : t.allContacts()) {
        if (!c.photo.hasPhoto()) {
            continue;
        }
        if (c.parentFolderId == t.defaultContactFolderId() && !defaultContact) {
            defaultContact = &c;
        } else if (c.parentFolderId != t.defaultContactFolderId() && !folderContact) {
            folderContact = &c;
        }
    }
    QVERIFY(defaultContact && folderContact);

    QTest::newRow("me") << QStringLiteral("me") << me.id;
    QTest::newRow("users/{id}") << QStringLiteral("users/") + withPhoto->id << withPhoto->id;
    QTest::newRow("users/{upn}") << QStringLiteral("users/") + withPhoto->userPrincipalName << withPhoto->id;
    if (guest) {
        QTest::newRow("users/{guest #EXT# upn}") << QStringLiteral("users/") + guest->userPrincipalName << guest->id;
    }
    QTest::newRow("groups/{id}") << QStringLiteral("groups/") + group->id << group->id;
    QTest::newRow("me/contacts/{id}") << QStringLiteral("me/contacts/") + defaultContact->id << defaultContact->id;
    QTest::newRow("users/{id}/contacts/{id}")
        << QStringLiteral("users/") + me.id + QStringLiteral("/contacts/") + defaultContact->id << defaultContact->id;
    QTest::newRow("me/contactfolders/{f}/contacts/{id}") << QStringLiteral("me/contactfolders/")
            + folderContact->parentFolderId + QStringLiteral("/contacts/")
            + folderContact->id << folderContact->id;
    QTest::newRow("users/{upn}/contactfolders/{f}/contacts/{id}") << QStringLiteral("users/") + me.userPrincipalName
            + QStringLiteral("/contactfolders/") + folderContact->parentFolderId + QStringLiteral("/contacts/")
            + folderContact->id << folderContact->id;
}

void TestGraphIntegration::seedEndpoints()
{
    QFETCH(QString, address);
    QFETCH(QString, principalId);
    const ItemPath path = ItemPath::parse(address);
    QVERIFY(path.isPrincipal());
    const PhotoAsset truth = m_emulator->tenant().photo(principalId);
    QVERIFY(!truth.isNull());

    // Metadata form.
    const PhotoInfo meta = fetch(path, PhotoJob::Mode::MetadataOnly);
    QCOMPARE(photoStatusName(meta.status), QStringLiteral("photo"));
    QCOMPARE(meta.width, truth.width);
    QCOMPARE(meta.height, truth.height);
    QCOMPARE(meta.etag, truth.etag);
    QCOMPARE(meta.mediaType, QString::fromLatin1(truth.mediaType));

    // $value form: the exact bytes.
    const PhotoInfo bytes = fetch(path, PhotoJob::Mode::BytesOnly);
    QCOMPARE(photoStatusName(bytes.status), QStringLiteral("photo"));
    QCOMPARE(bytes.data, truth.bytes);
    QCOMPARE(bytes.etag, truth.etag);
    QCOMPARE(bytes.width, truth.width);

    // The principal itself resolves to its canonical id path.
    ObjectJob object(m_client, path);
    run(&object);
    QVERIFY2(!object.hasError(), qPrintable(object.error().toString()));
    QCOMPARE(object.object().id, principalId);
}

void TestGraphIntegration::metadataMatchesBytes()
{
    const PhotoInfo info = fetch(ItemPath::me(), PhotoJob::Mode::MetadataAndBytes);
    const PhotoAsset truth = m_emulator->tenant().photo(m_emulator->tenant().me().id);
    QCOMPARE(info.status, PhotoStatus::Photo);
    QCOMPARE(info.bytes, truth.bytes.size());
    QCOMPARE(info.sha256,
             QString::fromLatin1(QCryptographicHash::hash(truth.bytes, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(info.sizeId.toLower(), QStringLiteral("%1x%1").arg(truth.width));
}

void TestGraphIntegration::pagingAcrossPages_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::newRow("default-ish 100") << 100;
    QTest::newRow("37") << 37;
    QTest::newRow("999") << 999;
}

void TestGraphIntegration::pagingAcrossPages()
{
    QFETCH(int, pageSize);
    m_emulator->clearRequestLog();
    ListQuery q;
    q.pageSize = pageSize;
    ListJob job(m_client, ItemPath::users(), q);
    run(&job);
    QVERIFY2(!job.hasError(), qPrintable(job.error().toString()));
    const int users = int(m_emulator->tenant().users().size());
    QCOMPARE(job.objects().size(), users);
    QCOMPARE(job.pagesFetched(), (users + pageSize - 1) / pageSize);
    if (pageSize <= 100) {
        QVERIFY(job.pagesFetched() >= 3);
    }
    QSet<QString> ids;
    for (const DirectoryObject& o : job.objects()) {
        ids.insert(o.id);
    }
    QCOMPARE(ids.size(), users); // no duplicates, none lost
    QCOMPARE(m_emulator->requestLog().size(), job.pagesFetched());
    for (const RequestRecord& r : m_emulator->requestLog()) {
        QVERIFY(r.authorized);
        QCOMPARE(r.status, 200);
    }
}

void TestGraphIntegration::membersOfLargeGroup()
{
    const DemoGroup& big = m_emulator->tenant().groups().first();
    QVERIFY(big.memberIds.size() > 100);
    ListQuery q;
    q.pageSize = 100;
    ListJob job(m_client, ItemPath::groupMembers(big.id), q);
    run(&job);
    QVERIFY(!job.hasError());
    QCOMPARE(job.objects().size(), big.memberIds.size());
    QVERIFY(job.pagesFetched() >= 2);
    bool sawGroup = false;
    for (const DirectoryObject& o : job.objects()) {
        QVERIFY(o.kind == DirectoryObject::Kind::User || o.kind == DirectoryObject::Kind::Group);
        sawGroup = sawGroup || o.kind == DirectoryObject::Kind::Group;
    }
    Q_UNUSED(sawGroup);
}

void TestGraphIntegration::noPhotoIs1x1AndThen404()
{
    const DemoUser* none = userWith(PhotoState::None);
    QVERIFY(none);
    const ItemPath path = ItemPath::user(none->id);
    const PhotoInfo meta = fetch(path, PhotoJob::Mode::MetadataOnly);
    QCOMPARE(meta.status, PhotoStatus::None);
    QCOMPARE(meta.reason, QStringLiteral("placeholder-1x1"));
    const PhotoInfo value = fetch(path, PhotoJob::Mode::BytesOnly);
    QCOMPARE(value.status, PhotoStatus::None);
    QCOMPARE(value.reason, QStringLiteral("not-found"));
    QCOMPARE(value.error.httpStatus, 404);
    QVERIFY(value.error.code == QLatin1String("ErrorItemNotFound")
            || value.error.code == QLatin1String("ImageNotFound"));
    QVERIFY(!value.error.requestId.isEmpty());
    // Both paths agree once combined: metadata says none, so no $value is asked.
    m_emulator->clearRequestLog();
    const PhotoInfo both = fetch(path, PhotoJob::Mode::MetadataAndBytes);
    QCOMPARE(both.status, PhotoStatus::None);
    QCOMPARE(m_emulator->requestLog().size(), 1);
}

void TestGraphIntegration::noMailboxIsUnavailable()
{
    const DemoUser* noMailbox = userWith(PhotoState::NoMailbox);
    QVERIFY(noMailbox);
    const PhotoInfo info = fetch(ItemPath::user(noMailbox->userPrincipalName), PhotoJob::Mode::MetadataAndBytes);
    QCOMPARE(info.status, PhotoStatus::Unavailable);
    QCOMPARE(info.reason, QStringLiteral("ErrorNonExistentMailbox"));
}

void TestGraphIntegration::contactsInFolders()
{
    const DemoTenant& t = m_emulator->tenant();
    ListJob folders(m_client, ItemPath::contactFolders());
    run(&folders);
    QVERIFY(!folders.hasError());
    QCOMPARE(folders.objects().size(), t.contactFolders().size());
    int total = 0;
    for (const DirectoryObject& folder : folders.objects()) {
        QCOMPARE(folder.kind, DirectoryObject::Kind::ContactFolder);
        ListQuery q;
        q.pageSize = 3; // several $skip pages
        ListJob contacts(m_client, folder.path, q);
        run(&contacts);
        QVERIFY(!contacts.hasError());
        QCOMPARE(contacts.objects().size(), t.contacts(folder.id).size());
        for (const DirectoryObject& c : contacts.objects()) {
            QCOMPARE(c.path.folderId(), folder.id);
            QVERIFY(t.findContact(c.id));
        }
        total += int(contacts.objects().size());
    }
    QVERIFY(total > 0);
    ListJob defaults(m_client, ItemPath::contacts());
    run(&defaults);
    QCOMPARE(defaults.objects().size(), t.contacts(t.defaultContactFolderId()).size());
}

void TestGraphIntegration::sizesAndOneSize()
{
    const DemoTenant& t = m_emulator->tenant();
    const QString me = t.me().id;
    PhotoSizesJob sizes(m_client, ItemPath::me());
    run(&sizes);
    QVERIFY(!sizes.hasError());
    const QList<int> truth = t.availablePhotoSizes(me);
    QCOMPARE(sizes.sizes().size(), truth.size());
    for (int i = 0; i < truth.size(); ++i) {
        QCOMPARE(sizes.sizes().at(i).width, truth.at(i));
    }
    const int smallest = truth.first();
    const PhotoInfo small
        = fetch(ItemPath::me(), PhotoJob::Mode::MetadataAndBytes, QStringLiteral("%1x%1").arg(smallest));
    QCOMPARE(small.status, PhotoStatus::Photo);
    QCOMPARE(small.width, smallest);
    QCOMPARE(small.data, t.photo(me, smallest).bytes);
}

void TestGraphIntegration::betaRoot()
{
    GraphClient beta(GraphRoot::parse(m_emulator->graphRoot(QStringLiteral("beta")).toString()), m_tokens);
    PhotoJob job(&beta, ItemPath::me(), PhotoJob::Mode::MetadataOnly);
    run(&job);
    QCOMPARE(job.info().status, PhotoStatus::Photo);
}

void TestGraphIntegration::wrongTokenIsAuthFailure()
{
    StaticTokenProvider wrong(QStringLiteral("not-the-token"));
    GraphClient client(GraphRoot::parse(m_emulator->graphRoot().toString()), &wrong);
    ListJob job(&client, ItemPath::users());
    run(&job);
    QVERIFY(job.hasError());
    QVERIFY(job.error().isAuthFailure());
}

void TestGraphIntegration::searchAndFilter()
{
    const DemoUser& me = m_emulator->tenant().me();
    ListQuery q;
    q.search = me.displayName.left(5);
    ListJob job(m_client, ItemPath::users(), q);
    run(&job);
    QVERIFY2(!job.hasError(), qPrintable(job.error().toString()));
    bool found = false;
    for (const DirectoryObject& o : job.objects()) {
        found = found || o.id == me.id;
    }
    QVERIFY(found);
    QVERIFY(job.totalCount() >= 1);

    ListQuery f;
    f.filter = QStringLiteral("startswith(displayName,'%1')").arg(me.displayName.left(3));
    ListJob filtered(m_client, ItemPath::users(), f);
    run(&filtered);
    QVERIFY2(!filtered.hasError(), qPrintable(filtered.error().toString()));
    for (const DirectoryObject& o : filtered.objects()) {
        QVERIFY(o.displayName.startsWith(me.displayName.left(3), Qt::CaseInsensitive));
    }
}

// Qt opens at most 6 HTTP/1.1 connections to a host per manager, so a client with one manager never has more than 6
// requests at the server; GraphClient spreads over its own managers, and the server sees them all at once. Each photo
// request is held two minutes on the server, so the count does not depend on how fast this machine sends them.
void TestGraphIntegration::requestsSpreadOverConnections()
{
    GraphEmulator emulator;
    QVERIFY(emulator.listen(0));
    EmulatorLimits limits;
    limits.photoServiceMs = 120000;
    emulator.setLimits(limits);
    StaticTokenProvider tokens(emulator.accessToken());
    GraphClient client(GraphRoot::parse(emulator.graphRoot().toString()), &tokens);
    QCOMPARE(client.connectionManagers(), GraphClient::ownedManagers);

    const int requests = 6 * GraphClient::ownedManagers;
    std::vector<std::unique_ptr<PhotoJob>> jobs;
    for (const DemoUser& user : emulator.tenant().users()) {
        if (int(jobs.size()) == requests) {
            break;
        }
        jobs.push_back(std::make_unique<PhotoJob>(&client, ItemPath::user(user.id), PhotoJob::Mode::MetadataOnly));
        jobs.back()->start();
    }
    QCOMPARE(int(jobs.size()), requests);
    QTRY_COMPARE_WITH_TIMEOUT(emulator.peakPhotoOpsInFlight(), requests, 20000);
    QCOMPARE(client.requestsOnTheWire(), QList<int>(GraphClient::ownedManagers, 6));

    jobs.clear(); // aborts them all
    QTRY_COMPARE(client.requestsOnTheWire(), QList<int>(GraphClient::ownedManagers, 0));
}

QTEST_GUILESS_MAIN(TestGraphIntegration)
#include "TestGraphIntegration.moc"
