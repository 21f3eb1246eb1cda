#include "base/Cloud.h"
#include "graph/ItemPath.h"

#include <QTest>

using namespace Portrait;

class TestItemPath : public QObject
{
    Q_OBJECT

private slots:
    void seedEndpoints_data();
    void seedEndpoints();
    void parseRoundTrip_data();
    void parseRoundTrip();
    void parseRejects_data();
    void parseRejects();
    void dotKeysAreInvalid();
    void sizes();
    void graphRoot_data();
    void graphRoot();
    void sameOrigin();
    void clouds();
};

// The 7 metadata and 7 $value forms of the seed page, for each kind of principal.
void TestItemPath::seedEndpoints_data()
{
    QTest::addColumn<ItemPath>("path");
    QTest::addColumn<QString>("photo");
    QTest::addColumn<QString>("value");

    QTest::newRow("me") << ItemPath::me() << "me/photo"
                        << "me/photo/$value";
    QTest::newRow("user by id") << ItemPath::user(QStringLiteral("4562bcc8-c436-4f95-b7c0-4f8ce89dca5e"))
                                << "users/4562bcc8-c436-4f95-b7c0-4f8ce89dca5e/photo"
                                << "users/4562bcc8-c436-4f95-b7c0-4f8ce89dca5e/photo/$value";
    QTest::newRow("user by upn") << ItemPath::user(QStringLiteral("AdeleV@contoso.com"))
                                 << "users/AdeleV@contoso.com/photo"
                                 << "users/AdeleV@contoso.com/photo/$value";
    QTest::newRow("guest upn") << ItemPath::user(QStringLiteral("anna.berg_fabrikam.com#EXT#@contoso.onmicrosoft.com"))
                               << "users/anna.berg_fabrikam.com%23EXT%23@contoso.onmicrosoft.com/photo"
                               << "users/anna.berg_fabrikam.com%23EXT%23@contoso.onmicrosoft.com/photo/$value";
    QTest::newRow("group") << ItemPath::group(QStringLiteral("45b7d2e7-b882-4a80-ba97-10b7a63b8fa4"))
                           << "groups/45b7d2e7-b882-4a80-ba97-10b7a63b8fa4/photo"
                           << "groups/45b7d2e7-b882-4a80-ba97-10b7a63b8fa4/photo/$value";
    QTest::newRow("my contact") << ItemPath::contact(QStringLiteral("AAMkAGI2TAAA="))
                                << "me/contacts/AAMkAGI2TAAA=/photo"
                                << "me/contacts/AAMkAGI2TAAA=/photo/$value";
    QTest::newRow("user contact") << ItemPath::contact(QStringLiteral("AAMk-x_y="),
                                                       QStringLiteral("AdeleV@contoso.com"))
                                  << "users/AdeleV@contoso.com/contacts/AAMk-x_y=/photo"
                                  << "users/AdeleV@contoso.com/contacts/AAMk-x_y=/photo/$value";
    QTest::newRow("my folder contact") << ItemPath::contact(QStringLiteral("C1"), {}, QStringLiteral("F1"))
                                       << "me/contactfolders/F1/contacts/C1/photo"
                                       << "me/contactfolders/F1/contacts/C1/photo/$value";
    QTest::newRow("user folder contact") << ItemPath::contact(QStringLiteral("C1"), QStringLiteral("u1"),
                                                              QStringLiteral("F/1"))
                                         << "users/u1/contactfolders/F%2F1/contacts/C1/photo"
                                         << "users/u1/contactfolders/F%2F1/contacts/C1/photo/$value";
}

void TestItemPath::seedEndpoints()
{
    QFETCH(ItemPath, path);
    QFETCH(QString, photo);
    QFETCH(QString, value);
    QVERIFY(path.isPrincipal());
    QCOMPARE(path.photoPath(), photo);
    QCOMPARE(path.photoValuePath(), value);
    // The wire form resolves against the root without losing '%23' or '$value'.
    const GraphRoot root = GraphRoot::parse(QStringLiteral("https://graph.microsoft.com/v1.0"));
    QCOMPARE(root.resolve(path.photoValuePath()).toEncoded(), "https://graph.microsoft.com/v1.0/" + value.toUtf8());
}

void TestItemPath::parseRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("canonical");

    using K = ItemPath::Kind;
    QTest::newRow("me") << "me" << int(K::Me) << "me";
    QTest::newRow("users") << "users" << int(K::Users) << "users";
    QTest::newRow("user") << "users/x@y.com" << int(K::User) << "users/x@y.com";
    QTest::newRow("guest plain") << "users/a_b.com#EXT#@t.onmicrosoft.com" << int(K::User)
                                 << "users/a_b.com#EXT#@t.onmicrosoft.com";
    QTest::newRow("guest encoded") << "users/a_b.com%23EXT%23@t.onmicrosoft.com" << int(K::User)
                                   << "users/a_b.com#EXT#@t.onmicrosoft.com";
    QTest::newRow("leading slash") << "/users/x/" << int(K::User) << "users/x";
    QTest::newRow("groups") << "groups" << int(K::Groups) << "groups";
    QTest::newRow("group") << "groups/g1" << int(K::Group) << "groups/g1";
    QTest::newRow("members") << "groups/g1/members" << int(K::GroupMembers) << "groups/g1/members";
    QTest::newRow("my contacts") << "me/contacts" << int(K::Contacts) << "me/contacts";
    QTest::newRow("my contact") << "me/contacts/c1" << int(K::Contact) << "me/contacts/c1";
    QTest::newRow("folders") << "me/contactFolders" << int(K::ContactFolders) << "me/contactfolders";
    QTest::newRow("folder contacts") << "me/contactfolders/f1/contacts" << int(K::FolderContacts)
                                     << "me/contactfolders/f1/contacts";
    QTest::newRow("folder contact") << "me/contactfolders/f1/contacts/c1" << int(K::Contact)
                                    << "me/contactfolders/f1/contacts/c1";
    QTest::newRow("user contacts") << "users/u/contacts" << int(K::Contacts) << "users/u/contacts";
    QTest::newRow("user contact") << "users/u/contacts/c" << int(K::Contact) << "users/u/contacts/c";
    QTest::newRow("user folders") << "users/u/contactfolders" << int(K::ContactFolders) << "users/u/contactfolders";
    QTest::newRow("user folder contacts")
        << "Users/u/ContactFolders/f/Contacts" << int(K::FolderContacts) << "users/u/contactfolders/f/contacts";
    QTest::newRow("user folder contact") << "users/u/contactfolders/f/contacts/c" << int(K::Contact)
                                         << "users/u/contactfolders/f/contacts/c";
}

void TestItemPath::parseRoundTrip()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(QString, canonical);
    QString error;
    const ItemPath path = ItemPath::parse(text, &error);
    QVERIFY2(path.isValid(), qPrintable(error));
    QCOMPARE(int(path.kind()), kind);
    QCOMPARE(path.toString(), canonical);
    QCOMPARE(ItemPath::parse(path.toString()), path);
    QCOMPARE(ItemPath::parse(path.encoded()), path);
}

void TestItemPath::parseRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("blank") << "   ";
    QTest::newRow("unknown root") << "devices/1";
    QTest::newRow("double slash") << "users//x";
    QTest::newRow("group extra") << "groups/g/owners";
    QTest::newRow("contacts extra") << "me/contacts/c/photo";
    QTest::newRow("folder without contacts") << "me/contactfolders/f";
    QTest::newRow("url") << "https://graph.microsoft.com/v1.0/users";
    // Dot segments would name the parent on the wire: users/.. is the root (found by tests/fuzz).
    QTest::newRow("dot-dot user") << "users/..";
    QTest::newRow("encoded dot-dot user") << "users/%2e%2E";
    QTest::newRow("dot contact") << "me/contacts/.";
    QTest::newRow("dot-dot group members") << "groups/../members";
    QTest::newRow("dot-dot owner") << "users/../contacts";
    QTest::newRow("dot folder") << "me/contactfolders/%2E/contacts/c";
}

void TestItemPath::parseRejects()
{
    QFETCH(QString, text);
    QString error;
    QVERIFY(!ItemPath::parse(text, &error).isValid());
    QVERIFY(!error.isEmpty());
}

void TestItemPath::dotKeysAreInvalid()
{
    const QString dotDot = QStringLiteral("..");
    const QString dot = QStringLiteral(".");
    QVERIFY(!ItemPath::user(dotDot).isValid());
    QVERIFY(!ItemPath::group(dot).isValid());
    QVERIFY(!ItemPath::groupMembers(dotDot).isValid());
    QVERIFY(!ItemPath::contact(dotDot).isValid());
    QVERIFY(!ItemPath::contact(QStringLiteral("c"), dotDot).isValid());
    QVERIFY(!ItemPath::contact(QStringLiteral("c"), {}, dot).isValid());
    QVERIFY(!ItemPath::contacts(dot).isValid());
    QVERIFY(!ItemPath::contactFolders(dotDot).isValid());
    QVERIFY(!ItemPath::folderContacts(dotDot).isValid());
    QVERIFY(ItemPath::user(dotDot).photoValuePath().isEmpty());
    // Dots inside a key are ordinary characters.
    QCOMPARE(ItemPath::user(QStringLiteral("...")).encoded(), QStringLiteral("users/..."));
    QCOMPARE(ItemPath::user(QStringLiteral("a..b")).photoPath(), QStringLiteral("users/a..b/photo"));
}

void TestItemPath::sizes()
{
    const ItemPath user = ItemPath::user(QStringLiteral("u1"));
    QCOMPARE(user.photosPath(), QStringLiteral("users/u1/photos"));
    QCOMPARE(user.photoSizePath(QStringLiteral("48x48")), QStringLiteral("users/u1/photos/48x48"));
    QCOMPARE(user.photoSizeValuePath(QStringLiteral("48x48")), QStringLiteral("users/u1/photos/48x48/$value"));
    QCOMPARE(ItemPath::me().photoSizeValuePath(QStringLiteral("48x48")), QStringLiteral("me/photos/48x48/$value"));
    QCOMPARE(ItemPath::group(QStringLiteral("g")).photosPath(), QStringLiteral("groups/g/photos"));
    // Contacts have one size only: Graph answers 400 to /photos/{size} (docs/GRAPH.md#photo-endpoints).
    const ItemPath contact = ItemPath::contact(QStringLiteral("c"));
    QVERIFY(!contact.supportsPhotoSizes());
    QVERIFY(contact.photosPath().isEmpty());
    QVERIFY(contact.photoSizeValuePath(QStringLiteral("48x48")).isEmpty());
    // Collections have no photo.
    QVERIFY(ItemPath::users().photoPath().isEmpty());
}

void TestItemPath::graphRoot_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("normalised");
    QTest::newRow("default") << "https://graph.microsoft.com/v1.0" << true << "https://graph.microsoft.com/v1.0";
    QTest::newRow("beta slash") << "https://graph.microsoft.com/beta/" << true << "https://graph.microsoft.com/beta";
    QTest::newRow("us gov") << "https://graph.microsoft.us/v1.0" << true << "https://graph.microsoft.us/v1.0";
    QTest::newRow("china") << "https://microsoftgraph.chinacloudapi.cn/v1.0" << true
                           << "https://microsoftgraph.chinacloudapi.cn/v1.0";
    QTest::newRow("loopback http") << "http://127.0.0.1:8080/v1.0" << true << "http://127.0.0.1:8080/v1.0";
    QTest::newRow("loopback 127.5") << "http://127.5.0.1/v1.0" << true << "http://127.5.0.1/v1.0";
    // A name is whatever the resolver says, and plain HTTP carries the token: literal addresses only.
    QTest::newRow("localhost") << "http://localhost:1/beta" << false << "";
    QTest::newRow("localhost https") << "https://localhost:1/beta" << true << "https://localhost:1/beta";
    QTest::newRow("ipv6 loopback") << "http://[::1]:9/v1.0" << true << "http://[::1]:9/v1.0";
    QTest::newRow("remote http") << "http://graph.microsoft.com/v1.0" << false << "";
    QTest::newRow("private http") << "http://192.168.1.5/v1.0" << false << "";
    QTest::newRow("no version") << "https://graph.microsoft.com" << false << "";
    QTest::newRow("ftp") << "ftp://graph.microsoft.com/v1.0" << false << "";
    QTest::newRow("relative") << "v1.0" << false << "";
    QTest::newRow("query") << "https://graph.microsoft.com/v1.0?x=1" << false << "";
    QTest::newRow("userinfo") << "https://a:b@graph.microsoft.com/v1.0" << false << "";
}

void TestItemPath::graphRoot()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, normalised);
    QString error;
    const GraphRoot root = GraphRoot::parse(text, &error);
    QCOMPARE(root.isValid(), valid);
    if (valid) {
        QCOMPARE(root.url().toString(), normalised);
    } else {
        QVERIFY(!error.isEmpty());
    }
}

void TestItemPath::sameOrigin()
{
    const GraphRoot root = GraphRoot::parse(QStringLiteral("https://graph.microsoft.com/v1.0"));
    QVERIFY(root.isSameOrigin(QUrl(QStringLiteral("https://graph.microsoft.com/v1.0/users?$skiptoken=x"))));
    QVERIFY(root.isSameOrigin(QUrl(QStringLiteral("https://GRAPH.microsoft.com:443/beta/users"))));
    QVERIFY(!root.isSameOrigin(QUrl(QStringLiteral("http://graph.microsoft.com/v1.0/users")))); // downgrade
    QVERIFY(!root.isSameOrigin(QUrl(QStringLiteral("https://graph.microsoft.com:8443/v1.0/users"))));
    QVERIFY(!root.isSameOrigin(QUrl(QStringLiteral("https://graph.microsoft.com.evil.example/v1.0/users"))));
    QVERIFY(!root.isSameOrigin(QUrl(QStringLiteral("https://evil.example/v1.0/users"))));
    QVERIFY(!root.isSameOrigin(QUrl(QStringLiteral("https://x@graph.microsoft.com/v1.0/users"))));
}

void TestItemPath::clouds()
{
    Cloud c = Cloud::Global;
    QVERIFY(cloudFromName(QStringLiteral("usgov-dod"), &c));
    QCOMPARE(c, Cloud::UsGovDod);
    QCOMPARE(GraphRoot::forCloud(c).url().toString(), QStringLiteral("https://dod-graph.microsoft.us/v1.0"));
    QCOMPARE(cloudLoginHost(c).host(), QStringLiteral("login.microsoftonline.us"));
    QVERIFY(cloudFromName(QStringLiteral("china"), &c));
    QCOMPARE(GraphRoot::forCloud(c, QStringLiteral("beta")).url().toString(),
             QStringLiteral("https://microsoftgraph.chinacloudapi.cn/beta"));
    QVERIFY(!cloudFromName(QStringLiteral("mars"), &c));
}

QTEST_GUILESS_MAIN(TestItemPath)
#include "TestItemPath.moc"
