// Tests of Portrait::DemoTenant: determinism, shape of the directory, photos and mutations.

#include "CpuStopwatch.h"
#include "emulator/DemoTenant.h"

#include <QImage>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using Portrait::DemoTenant;
using Portrait::DemoTenantOptions;
using Portrait::PhotoFormat;
using Portrait::PhotoState;
using Portrait::PrincipalKind;

class TestDemoTenant : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedGivesSameTenant();
    void differentSeedGivesDifferentTenant();
    void usersHaveUniqueUpnsAndVariedNames();
    void signedInUserIsAnAdminWithAPhoto();
    void photoStatesFollowTheRecipe();
    void photoSizesFollowTheUploadedEdge_data();
    void photoSizesFollowTheUploadedEdge();
    void etagIsEightHexDigitsSharedBySizes();
    void mutationsChangeBytesAndEtag();
    void addAndRemoveUsers();
    void groupsHaveOneLargeGroupAndNoCycles();
    void contactsAndFolders();
    void imageCacheIsBounded();
    void largeTenantIsCheapToBuild();

private:
    static const Portrait::DemoUser* firstUser(const DemoTenant& tenant,
                                               const std::function<bool(const Portrait::DemoUser&)>& predicate);
};

const Portrait::DemoUser* TestDemoTenant::firstUser(const DemoTenant& tenant,
                                                    const std::function<bool(const Portrait::DemoUser&)>& predicate)
{
    for (const auto& user : tenant.users()) {
        if (predicate(user)) {
            return &user;
        }
    }
    return nullptr;
}

void TestDemoTenant::sameSeedGivesSameTenant()
{
    const DemoTenant a;
    const DemoTenant b;
    QCOMPARE(a.users().size(), b.users().size());
    for (qsizetype i = 0; i < a.users().size(); ++i) {
        QCOMPARE(a.users().at(i).id, b.users().at(i).id);
        QCOMPARE(a.users().at(i).userPrincipalName, b.users().at(i).userPrincipalName);
        QCOMPARE(a.users().at(i).photo.edge, b.users().at(i).photo.edge);
    }
    QCOMPARE(a.groups().size(), b.groups().size());
    QCOMPARE(a.groups().constFirst().memberIds, b.groups().constFirst().memberIds);
    QCOMPARE(a.allContacts().constFirst().id, b.allContacts().constFirst().id);

    // Photo bytes and etags, for a JPEG user, a PNG user, a group and a contact.
    QStringList ids{a.me().id};
    if (const auto* png
        = firstUser(a, [](const auto& u) { return u.photo.hasPhoto() && u.photo.format == PhotoFormat::Png; })) {
        ids.append(png->id);
    }
    for (const auto& group : a.groups()) {
        if (group.photo.hasPhoto()) {
            ids.append(group.id);
            break;
        }
    }
    for (const auto& contact : a.allContacts()) {
        if (contact.photo.hasPhoto()) {
            ids.append(contact.id);
            break;
        }
    }
    QCOMPARE(ids.size(), 4);
    for (const QString& id : ids) {
        const Portrait::PhotoAsset pa = a.photo(id);
        const Portrait::PhotoAsset pb = b.photo(id);
        QVERIFY(!pa.isNull());
        QCOMPARE(pa.bytes, pb.bytes);
        QCOMPARE(pa.etag, pb.etag);
        QCOMPARE(a.photo(id, 48).bytes, b.photo(id, 48).bytes);
    }
}

void TestDemoTenant::differentSeedGivesDifferentTenant()
{
    const DemoTenant a;
    const DemoTenant b(DemoTenantOptions{.seed = 7});
    QVERIFY(a.me().id != b.me().id);
    QCOMPARE(a.me().displayName, b.me().displayName); // the signed-in user is always "Megan Bowen"
    QVERIFY(a.photoEtag(a.me().id) != b.photoEtag(b.me().id));
}

void TestDemoTenant::usersHaveUniqueUpnsAndVariedNames()
{
    const DemoTenant tenant;
    QCOMPARE(tenant.users().size(), 250);
    QSet<QString> upns;
    QSet<QString> ids;
    int guests = 0;
    int disabled = 0;
    bool nonAscii = false;
    bool comma = false;
    bool apostrophe = false;
    bool quote = false;
    static const QRegularExpression guid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    for (const auto& user : tenant.users()) {
        QVERIFY2(guid.match(user.id).hasMatch(), qPrintable(user.id));
        QVERIFY(!upns.contains(user.userPrincipalName.toLower()));
        upns.insert(user.userPrincipalName.toLower());
        ids.insert(user.id);
        QVERIFY(user.userPrincipalName.endsWith(QStringLiteral("@contoso.onmicrosoft.com")));
        if (user.guest) {
            ++guests;
            QVERIFY2(user.userPrincipalName.contains(QStringLiteral("#EXT#@")), qPrintable(user.userPrincipalName));
            QCOMPARE(user.userType(), QStringLiteral("Guest"));
        }
        disabled += user.accountEnabled ? 0 : 1;
        for (const QChar c : user.displayName) {
            nonAscii = nonAscii || c.unicode() > 127;
        }
        comma = comma || user.displayName.contains(u',');
        apostrophe = apostrophe || user.displayName.contains(u'\'');
        quote = quote || user.displayName.contains(u'"');
    }
    QCOMPARE(ids.size(), 250);
    QVERIFY(guests >= 1);
    QVERIFY(disabled >= 1);
    QVERIFY(nonAscii && comma && apostrophe && quote);

    const auto* anna = tenant.findUser(QStringLiteral("ANNA.BERG_fabrikam.com#EXT#@contoso.onmicrosoft.com"));
    QVERIFY(anna);
    QVERIFY(anna->guest);
    QCOMPARE(tenant.findUser(anna->id.toUpper()), anna);
    QVERIFY(!tenant.findUser(QStringLiteral("nobody@contoso.onmicrosoft.com")));
}

void TestDemoTenant::signedInUserIsAnAdminWithAPhoto()
{
    const DemoTenant tenant;
    QCOMPARE(tenant.me().displayName, QStringLiteral("Megan Bowen"));
    QCOMPARE(tenant.me().userPrincipalName, QStringLiteral("megan.bowen@contoso.onmicrosoft.com"));
    QVERIFY(tenant.me().photo.hasPhoto());
    QCOMPARE(tenant.photo(tenant.me().id).width, 648);
}

void TestDemoTenant::photoStatesFollowTheRecipe()
{
    const DemoTenant tenant;
    int none = 0;
    int noMailbox = 0;
    int png = 0;
    int imageNotFound = 0;
    QSet<int> edges;
    for (const auto& user : tenant.users()) {
        switch (user.photo.state) {
        case PhotoState::None:
            ++none;
            imageNotFound += user.photo.missingCode == Portrait::MissingPhotoCode::ImageNotFound ? 1 : 0;
            break;
        case PhotoState::NoMailbox:
            ++noMailbox;
            break;
        case PhotoState::Present:
            png += user.photo.format == PhotoFormat::Png ? 1 : 0;
            edges.insert(user.photo.edge);
            QVERIFY(DemoTenant::graphPhotoSizes().contains(user.photo.edge));
            break;
        }
    }
    QCOMPARE(noMailbox, 3);
    QVERIFY2(none >= 30 && none <= 75, qPrintable(QString::number(none))); // ~20 %
    QVERIFY(imageNotFound >= 1 && imageNotFound < none);
    QVERIFY2(png >= 10 && png <= 60, qPrintable(QString::number(png))); // ~15 % of photos
    QVERIFY2(edges.size() >= 6, "most uploaded edges are represented");

    int groupPhotos = 0;
    for (const auto& group : tenant.groups()) {
        groupPhotos += group.photo.hasPhoto() ? 1 : 0;
    }
    QVERIFY(groupPhotos >= 1 && groupPhotos <= 12);
}

void TestDemoTenant::photoSizesFollowTheUploadedEdge_data()
{
    QTest::addColumn<int>("edge");
    QTest::addColumn<QList<int>>("sizes");
    QTest::newRow("648 gives every size") << 648 << QList<int>{48, 64, 96, 120, 240, 360, 432, 504, 648};
    QTest::newRow("504 gives all but 648") << 504 << QList<int>{48, 64, 96, 120, 240, 360, 432, 504};
    QTest::newRow("240") << 240 << QList<int>{48, 64, 96, 120, 240};
    QTest::newRow("48 only") << 48 << QList<int>{48};
    QTest::newRow("an Entra ID edge of 300") << 300 << QList<int>{48, 64, 96, 120, 240, 300};
}

void TestDemoTenant::photoSizesFollowTheUploadedEdge()
{
    QFETCH(int, edge);
    QFETCH(QList<int>, sizes);
    DemoTenant tenant(DemoTenantOptions{.users = 5, .groups = 0, .contacts = 0, .contactFolders = 0});
    const QString id = tenant.users().at(1).id;
    QVERIFY(tenant.addPhoto(id, edge, PhotoFormat::Jpeg));
    QCOMPARE(tenant.availablePhotoSizes(id), sizes);
    const auto largest = tenant.photo(id);
    QCOMPARE(largest.width, edge);
    QCOMPARE(largest.mediaType, QByteArrayLiteral("image/jpeg"));
    const QImage image = QImage::fromData(largest.bytes);
    QCOMPARE(image.size(), QSize(edge, edge));
    for (const int size : sizes) {
        const QImage scaled = QImage::fromData(tenant.photo(id, size).bytes);
        QCOMPARE(scaled.width(), size);
    }
    QVERIFY(tenant.photo(id, edge + 1).isNull());
    QVERIFY(tenant.photo(id, 1).isNull());
}

void TestDemoTenant::etagIsEightHexDigitsSharedBySizes()
{
    const DemoTenant tenant;
    static const QRegularExpression hex(QStringLiteral("^[0-9A-F]{8}$"));
    const QString id = tenant.me().id;
    const QString etag = tenant.photoEtag(id);
    QVERIFY2(hex.match(etag).hasMatch(), qPrintable(etag));
    QCOMPARE(tenant.photo(id, 48).etag, etag);
    QCOMPARE(tenant.photo(id).etag, etag);
    QVERIFY(tenant.photo(id, 48).bytes != tenant.photo(id).bytes);

    // PNG photos are PNG bytes.
    const auto* png
        = firstUser(tenant, [](const auto& u) { return u.photo.hasPhoto() && u.photo.format == PhotoFormat::Png; });
    QVERIFY(png);
    const auto asset = tenant.photo(png->id);
    QCOMPARE(asset.mediaType, QByteArrayLiteral("image/png"));
    QVERIFY(asset.bytes.startsWith("\x89PNG"));
    QVERIFY(tenant.photo(tenant.me().id).bytes.startsWith("\xFF\xD8"));

    // No photo, no etag.
    const auto* none = firstUser(tenant, [](const auto& u) { return !u.photo.hasPhoto(); });
    QVERIFY(none);
    QVERIFY(tenant.photoEtag(none->id).isEmpty());
    QVERIFY(tenant.photo(none->id).isNull());
    QVERIFY(tenant.availablePhotoSizes(none->id).isEmpty());
}

void TestDemoTenant::mutationsChangeBytesAndEtag()
{
    DemoTenant tenant;
    const QString id = tenant.me().id;
    const auto before = tenant.photo(id);
    QVERIFY(tenant.bumpPhoto(id));
    const auto after = tenant.photo(id);
    QVERIFY(after.etag != before.etag);
    QVERIFY(after.bytes != before.bytes);
    QVERIFY(tenant.setPhotoVersion(id, 1));
    QCOMPARE(tenant.photo(id).etag, before.etag);
    QCOMPARE(tenant.photo(id).bytes, before.bytes);

    QVERIFY(tenant.removePhoto(id));
    QVERIFY(tenant.photo(id).isNull());
    QVERIFY(!tenant.bumpPhoto(id));
    QVERIFY(tenant.addPhoto(id, 120, PhotoFormat::Png));
    const auto added = tenant.photo(id);
    QCOMPARE(added.width, 120);
    QCOMPARE(added.mediaType, QByteArrayLiteral("image/png"));
    QVERIFY(added.etag != before.etag);

    QVERIFY(tenant.setNoMailbox(id));
    QCOMPARE(tenant.photoInfo(id)->state, PhotoState::NoMailbox);
    QVERIFY(tenant.photo(id).isNull());
    QVERIFY(!tenant.setNoMailbox(tenant.groups().constFirst().id));
    QVERIFY(!tenant.bumpPhoto(QStringLiteral("unknown")));
}

void TestDemoTenant::addAndRemoveUsers()
{
    DemoTenant tenant;
    Portrait::DemoUser user;
    user.givenName = QStringLiteral("Zoë");
    user.surname = QStringLiteral("Ørsted");
    const QString id = tenant.addUser(user);
    QCOMPARE(tenant.users().size(), 251);
    const auto* added = tenant.findUser(id);
    QVERIFY(added);
    QCOMPARE(added->displayName, QStringLiteral("Zoë Ørsted"));
    QCOMPARE(added->userPrincipalName, QStringLiteral("zoe.orsted2@contoso.onmicrosoft.com")); // zoe.orsted is taken
    QCOMPARE(tenant.findUser(QStringLiteral("ZOE.ORSTED2@contoso.onmicrosoft.com")), added);
    QCOMPARE(tenant.principalKind(id), PrincipalKind::User);

    const QString memberId = tenant.members(tenant.groups().constFirst().id).constFirst().id;
    const qsizetype membersBefore = tenant.members(tenant.groups().constFirst().id).size();
    QVERIFY(tenant.removeUser(memberId));
    QVERIFY(!tenant.findUser(memberId));
    QCOMPARE(tenant.members(tenant.groups().constFirst().id).size(), membersBefore - 1);
    QVERIFY(!tenant.removeUser(memberId));
    QVERIFY(!tenant.removeUser(tenant.me().id)); // the signed-in user stays
    QVERIFY(tenant.findUser(id)); // indexes rebuilt
}

void TestDemoTenant::groupsHaveOneLargeGroupAndNoCycles()
{
    const DemoTenant tenant;
    QCOMPARE(tenant.groups().size(), 25);
    QVERIFY(tenant.members(tenant.groups().constFirst().id).size() >= 120);
    int nestedEdges = 0;
    bool unified = false;
    bool security = false;
    for (qsizetype g = 0; g < tenant.groups().size(); ++g) {
        const auto& group = tenant.groups().at(g);
        const auto members = tenant.members(group.id);
        if (g > 0) {
            QVERIFY2(members.size() >= 3 && members.size() <= 62, qPrintable(group.displayName));
        }
        unified = unified || group.unified;
        security = security || (group.securityEnabled && !group.mailEnabled);
        for (const auto& member : members) {
            if (member.kind == PrincipalKind::Group) {
                ++nestedEdges;
                // Nested groups only point forward, so there is no cycle.
                const auto* nested = tenant.findGroup(member.id);
                QVERIFY(nested);
                QVERIFY(nested - tenant.groups().constData() > g);
            }
        }
    }
    QVERIFY(nestedEdges >= 1);
    QVERIFY(unified && security);
}

void TestDemoTenant::contactsAndFolders()
{
    const DemoTenant tenant;
    QCOMPARE(tenant.contacts().size(), 30);
    QCOMPARE(tenant.contactFolders().size(), 3);
    QCOMPARE(tenant.contactFolders().at(0).displayName, QStringLiteral("Suppliers"));
    QCOMPARE(tenant.allContacts().size(), 30 + 3 * 8);
    QVERIFY(tenant.findContactFolder(tenant.defaultContactFolderId()));
    int withPhoto = 0;
    bool dash = false;
    bool underscore = false;
    for (const auto& folder : tenant.contactFolders()) {
        QCOMPARE(tenant.contacts(folder.id).size(), 8);
        QVERIFY(folder.id != tenant.defaultContactFolderId());
    }
    for (const auto& contact : tenant.allContacts()) {
        QVERIFY(contact.id.size() > 100);
        QVERIFY(contact.id.endsWith(u'='));
        dash = dash || contact.id.contains(u'-');
        underscore = underscore || contact.id.contains(u'_');
        QCOMPARE(tenant.findContact(contact.id), &contact);
        QCOMPARE(tenant.principalKind(contact.id), PrincipalKind::Contact);
        if (contact.photo.hasPhoto()) {
            ++withPhoto;
            QCOMPARE(tenant.availablePhotoSizes(contact.id).size(), 1);
            QCOMPARE(tenant.photo(contact.id).mediaType, QByteArrayLiteral("image/jpeg"));
        }
    }
    QVERIFY(dash && underscore);
    QVERIFY2(withPhoto >= 15 && withPhoto <= 40, qPrintable(QString::number(withPhoto)));
    QVERIFY(!tenant.findContact(tenant.allContacts().constFirst().id.toLower()));
}

void TestDemoTenant::imageCacheIsBounded()
{
    DemoTenant tenant;
    tenant.setImageCacheLimit(100 * 1024);
    int served = 0;
    for (const auto& user : tenant.users()) {
        if (user.photo.hasPhoto()) {
            QVERIFY(!tenant.photo(user.id, 48).isNull());
            if (++served == 40) {
                break;
            }
        }
    }
    QVERIFY(tenant.cachedImageBytes() <= 100 * 1024);
    QVERIFY(tenant.cachedImageBytes() > 0);
}

void TestDemoTenant::largeTenantIsCheapToBuild()
{
    // This thread's CPU time: a loaded machine stretches the wall clock, not the work.
    const Portrait::Test::CpuStopwatch cpu;
    const DemoTenant tenant(DemoTenantOptions{.users = 100000, .groups = 200});
    QCOMPARE(tenant.users().size(), 100000);
    QCOMPARE(tenant.cachedImageBytes(), 0); // nothing rendered up front
    const qint64 ms = cpu.elapsedMs();
    QVERIFY2(ms < 10000, qPrintable(QStringLiteral("%1 ms of CPU").arg(ms)));
    qInfo("100,000-user tenant built in %lld ms of CPU", ms);
    QVERIFY(tenant.findUser(tenant.users().at(99999).userPrincipalName));
}

QTEST_GUILESS_MAIN(TestDemoTenant)
#include "TestDemoTenant.moc"
