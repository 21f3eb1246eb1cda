// Parsing of every Graph answer docs/GRAPH.md describes (photo metadata, photo errors, listings), and photo status
// classification.
#include "base/GraphError.h"
#include "graph/DirectoryObject.h"
#include "graph/GraphPage.h"
#include "graph/PhotoInfo.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QJsonDocument>
#include <QTest>

using namespace Portrait;

namespace {

/// A PNG of @p width x @p height plain pixels (empty if Qt could not write one).
QByteArray pngOf(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::red);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    return image.save(&buffer, "PNG") ? png : QByteArray();
}

QJsonObject obj(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TestParsing : public QObject
{
    Q_OBJECT

private slots:
    void metadata_data();
    void metadata();
    void errorBodies_data();
    void errorBodies();
    void classify_data();
    void classify();
    void usersPage();
    void groupObject();
    void membersPage();
    void contactsPage();
    void contactFolder();
    void badPages_data();
    void badPages();
    void countOnFirstPage();
    void dotIdsAreSkipped();
    void photoSizes();
    void binary();
    void etags_data();
    void etags();
    void statusNames();
};

void TestParsing::metadata_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("mediaType");
    QTest::addColumn<QString>("etag");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");

    // §1.4, verbatim.
    QTest::newRow("240 photo") << QByteArray(R"({
        "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#Me/photo/$entity",
        "@odata.id": "https://graph.microsoft.com/v1.0/users('ddfcd489-628b-7d04-b48b-20075df800e5@1717622f-1d94-c0d4-9d74-f907ad6677b4')/photo",
        "@odata.mediaContentType": "image/jpeg",
        "@odata.mediaEtag": "\"BA09D118\"",
        "id": "240x240",
        "width": 240,
        "height": 240
    })") << "photo"
                               << ""
                               << "image/jpeg"
                               << "BA09D118" << 240 << 240;
    QTest::newRow("1x1 placeholder") << QByteArray(R"({
        "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#Me/photo/$entity",
        "@odata.id": "https://graph.microsoft.com/v1.0/users('ddfcd489-628b-7d04-b48b-20075df800e5@1717622f-1d94-c0d4-9d74-f907ad6677b4')/photo",
        "@odata.mediaContentType": "image/gif",
        "@odata.mediaEtag": "",
        "id": "1x1",
        "width": 1,
        "height": 1
    })") << "none"
                                     << "placeholder-1x1"
                                     << "image/gif"
                                     << "" << 1 << 1;
    // The old revision spells it 1X1.
    QTest::newRow("1X1 placeholder") << QByteArray(
        R"({"@odata.mediaContentType":"image/gif","@odata.mediaEtag":"","id":"1X1","width":1,"height":1})")
                                     << "none"
                                     << "placeholder-1x1"
                                     << "image/gif"
                                     << "" << 1 << 1;
    QTest::newRow("1X1 id only") << QByteArray(R"({"id":"1X1"})") << "none"
                                 << "placeholder-1x1"
                                 << ""
                                 << "" << 0 << 0;
    QTest::newRow("gif without etag") << QByteArray(
        R"({"@odata.mediaContentType":"image/gif","@odata.mediaEtag":"","id":"2x2","width":2,"height":2})")
                                      << "none"
                                      << "placeholder-1x1"
                                      << "image/gif"
                                      << "" << 2 << 2;
    // §1.5: Entra-sourced photos say image/Jpeg.
    QTest::newRow("Jpeg capital") << QByteArray(
        R"({"@odata.mediaContentType":"image/Jpeg","@odata.mediaEtag":"\"89C63EA8\"","id":"648X648","width":648,"height":648})")
                                  << "photo"
                                  << ""
                                  << "image/jpeg"
                                  << "89C63EA8" << 648 << 648;
    QTest::newRow("entra any size") << QByteArray(
        R"({"@odata.mediaContentType":"image/png","@odata.mediaEtag":"W/\"1\"","id":"300x200","width":300,"height":200})")
                                    << "photo"
                                    << ""
                                    << "image/png"
                                    << "1" << 300 << 200;
    QTest::newRow("no dimensions") << QByteArray(R"({"id":"x","@odata.mediaEtag":"\"A\""})") << "error"
                                   << "bad-metadata"
                                   << ""
                                   << "A" << 0 << 0;
}

void TestParsing::metadata()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, status);
    QFETCH(QString, reason);
    QFETCH(QString, mediaType);
    QFETCH(QString, etag);
    QFETCH(int, width);
    QFETCH(int, height);
    const PhotoInfo info = PhotoInfo::fromMetadata(QJsonDocument::fromJson(json).object());
    QCOMPARE(photoStatusName(info.status), status);
    QCOMPARE(info.reason, reason);
    QCOMPARE(info.mediaType, mediaType);
    QCOMPARE(info.etag, etag);
    QCOMPARE(info.width, width);
    QCOMPARE(info.height, height);
    QVERIFY(!info.hasBytes());
}

void TestParsing::errorBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("parsed");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("requestId");
    QTest::addColumn<QString>("clientRequestId");

    QTest::newRow("errors.md") << QByteArray(R"({
      "error": {
        "code": "invalidRange",
        "message": "Uploaded fragment overlaps with existing data.",
        "innerError": { "request-id": "request-id", "date": "date-time" }
      }
    })") << true << "invalidRange"
                               << "Uploaded fragment overlaps with existing data."
                               << "request-id"
                               << "";
    QTest::newRow("count") << QByteArray(R"({
        "error": {
            "code": "Request_BadRequest",
            "message": "$count is not currently supported.",
            "innerError": {
                "date": "2021-05-18T19:03:10",
                "request-id": "d9bbd4d8-bb2d-44e6-99a1-71a9516da744",
                "client-request-id": "539da3bd-942f-25db-636b-27f6f6e8eae4"
            }
        }
    })") << true << "Request_BadRequest"
                           << "$count is not currently supported."
                           << "d9bbd4d8-bb2d-44e6-99a1-71a9516da744"
                           << "539da3bd-942f-25db-636b-27f6f6e8eae4";
    QTest::newRow("search") << QByteArray(R"({
        "error": {
            "code": "Request_UnsupportedQuery",
            "message": "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'",
            "innerError": {
                "date": "2021-05-27T14:26:47",
                "request-id": "9b600954-ba11-4899-8ce9-6abad341f299",
                "client-request-id": "7964ef27-13a3-6ca4-ed7b-73c271110867"
            }
        }
    })") << true << "Request_UnsupportedQuery"
                            << "Request with $search query parameter only works through MSGraph with a special request "
                               "header: 'ConsistencyLevel: eventual'"
                            << "9b600954-ba11-4899-8ce9-6abad341f299"
                            << "7964ef27-13a3-6ca4-ed7b-73c271110867";
    QTest::newRow("throttled") << QByteArray(R"({
      "error": {
        "code": "TooManyRequests",
        "innerError": {
          "code": "429",
          "date": "2020-08-18T12:51:51",
          "message": "Please retry after",
          "request-id": "94fb3b52-452a-4535-a601-69e0a90e3aa2",
          "status": "429"
        },
        "message": "Please retry again later."
      }
    })") << true << "TooManyRequests"
                               << "Please retry again later."
                               << "94fb3b52-452a-4535-a601-69e0a90e3aa2"
                               << "";
    QTest::newRow("lowercase innererror") << QByteArray(
        R"({"error":{"code":"ErrorItemNotFound","message":"The photo wasn't found.","innererror":{"request-id":"r1"}}})")
                                          << true << "ErrorItemNotFound"
                                          << "The photo wasn't found."
                                          << "r1"
                                          << "";
    QTest::newRow("mailbox concurrency") << QByteArray(
        R"({"error":{"code":"ApplicationThrottled","message":"Application is over its MailboxConcurrency limit."}})")
                                         << true << "ApplicationThrottled"
                                         << "Application is over its MailboxConcurrency limit."
                                         << ""
                                         << "";
    QTest::newRow("empty 404 text/plain") << QByteArray() << false << ""
                                          << ""
                                          << ""
                                          << "";
    QTest::newRow("html") << QByteArray("<html><body>Bad gateway</body></html>") << false << ""
                          << ""
                          << ""
                          << "";
    QTest::newRow("truncated") << QByteArray(R"({"error":{"code":"X")") << false << ""
                               << ""
                               << ""
                               << "";
    QTest::newRow("error is a string") << QByteArray(R"({"error":"invalid_grant"})") << false << ""
                                       << ""
                                       << ""
                                       << "";
    QTest::newRow("array") << QByteArray("[1,2]") << false << ""
                           << ""
                           << ""
                           << "";
}

void TestParsing::errorBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, parsed);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QString, requestId);
    QFETCH(QString, clientRequestId);
    GraphError e;
    QCOMPARE(parseGraphErrorBody(body, e), parsed);
    QCOMPARE(e.code, code);
    QCOMPARE(e.message, message);
    QCOMPARE(e.requestId, requestId);
    QCOMPARE(e.clientRequestId, clientRequestId);
}

void TestParsing::classify_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("reason");

    const auto err = [](const char* code, const char* message) {
        return QByteArray(R"({"error":{"code":")") + code + R"(","message":")" + message + R"("}})";
    };
    QTest::newRow("no photo ErrorItemNotFound") << 404 << err("ErrorItemNotFound", "The photo wasn't found.") << "none"
                                                << "not-found";
    QTest::newRow("no photo ImageNotFound")
        << 404
        << err("ImageNotFound",
               "Exception of type 'Microsoft.Fast.Profile.Core.Exception.ImageNotFoundException' was thrown.")
        << "none"
        << "not-found";
    QTest::newRow("missing size, empty body") << 404 << QByteArray() << "none"
                                              << "not-found";
    QTest::newRow("private group") << 404 << err("ErrorItemNotFound", "The photo wasn't found.") << "none"
                                   << "not-found";
    QTest::newRow("no mailbox 404") << 404
                                    << err("ErrorNonExistentMailbox",
                                           "The SMTP address has no mailbox associated with it.")
                                    << "unavailable"
                                    << "ErrorNonExistentMailbox";
    QTest::newRow("no mailbox 400") << 400
                                    << err("ErrorNonExistentMailbox",
                                           "The SMTP address has no mailbox associated with it.")
                                    << "unavailable"
                                    << "ErrorNonExistentMailbox";
    QTest::newRow("on-premises")
        << 404
        << err("MailboxNotHostedInExchangeOnline",
               "Mailbox is hosted by an on-premise or non-Exchange server, which is not supported.")
        << "unavailable"
        << "MailboxNotHostedInExchangeOnline";
    QTest::newRow("REST not enabled") << 404
                                      << err("MailboxNotEnabledForRESTAPI",
                                             "REST API is not yet supported for this mailbox.")
                                      << "unavailable"
                                      << "MailboxNotEnabledForRESTAPI";
    QTest::newRow("no mailbox AuthenticationError")
        << 400 << err("AuthenticationError", "Error authenticating") << "unavailable"
        << "AuthenticationError";
    QTest::newRow("consumer") << 400 << err("ConsumerPhotoIsNotSupported", "x") << "unavailable"
                              << "ConsumerPhotoIsNotSupported";
    QTest::newRow("app-only group") << 403
                                    << err("ErrorAccessDenied", "Access is denied. Check credentials and try again.")
                                    << "unavailable"
                                    << "ErrorAccessDenied";
    QTest::newRow("app-only group S2S")
        << 403 << err("Forbidden", "Failed to execute MsGraph backend request GetGroupProfilePhotoMetadataS2SRequest.")
        << "unavailable"
        << "Forbidden";
    QTest::newRow("403 no body") << 403 << QByteArray() << "unavailable"
                                 << "forbidden";
    QTest::newRow("throttled") << 429 << err("TooManyRequests", "Please retry again later.") << "error"
                               << "TooManyRequests";
    QTest::newRow("mailbox concurrency") << 429
                                         << err("ApplicationThrottled",
                                                "Application is over its MailboxConcurrency limit.")
                                         << "error"
                                         << "ApplicationThrottled";
    QTest::newRow("contact sizes") << 400 << err("BadRequest", "Unsupported segment type. ODataQuery: x") << "error"
                                   << "BadRequest";
    QTest::newRow("503 html") << 503 << QByteArray("<html/>") << "error"
                              << "http-503";
}

void TestParsing::classify()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    QFETCH(QString, reason);
    const PhotoInfo info = PhotoInfo::fromError(GraphError::http(status, body));
    QCOMPARE(photoStatusName(info.status), expected);
    QCOMPARE(info.reason, reason);
    QCOMPARE(info.error.httpStatus, status);
}

void TestParsing::usersPage()
{
    // §2.2, verbatim.
    const QByteArray body = R"({
    "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users",
    "value": [
        {
            "businessPhones": [],
            "displayName": "Conf Room Adams",
            "givenName": null,
            "jobTitle": null,
            "mail": "Adams@contoso.com",
            "mobilePhone": null,
            "officeLocation": null,
            "preferredLanguage": null,
            "surname": null,
            "userPrincipalName": "Adams@contoso.com",
            "id": "6ea91a8d-e32e-41a1-b7bd-d2d185eed0e0"
        },
        {
            "businessPhones": [
                "425-555-0100"
            ],
            "displayName": "MOD Administrator",
            "givenName": "MOD",
            "jobTitle": null,
            "mail": null,
            "mobilePhone": "425-555-0101",
            "officeLocation": null,
            "preferredLanguage": "en-US",
            "surname": "Administrator",
            "userPrincipalName": "admin@contoso.com",
            "id": "4562bcc8-c436-4f95-b7c0-4f8ce89dca5e"
        }
    ]
})";
    GraphPage page;
    QString error;
    QVERIFY2(GraphPage::parse(body, &page, &error), qPrintable(error));
    QCOMPARE(page.value.size(), 2);
    QVERIFY(page.nextLink.isEmpty());
    QCOMPARE(page.count, -1);
    const DirectoryObject a = DirectoryObject::fromJson(page.value[0], ItemPath::users());
    QCOMPARE(a.kind, DirectoryObject::Kind::User);
    QCOMPARE(a.id, QStringLiteral("6ea91a8d-e32e-41a1-b7bd-d2d185eed0e0"));
    QCOMPARE(a.displayName, QStringLiteral("Conf Room Adams"));
    QCOMPARE(a.mail, QStringLiteral("Adams@contoso.com"));
    QCOMPARE(a.userPrincipalName, QStringLiteral("Adams@contoso.com"));
    QCOMPARE(a.path.toString(), QStringLiteral("users/6ea91a8d-e32e-41a1-b7bd-d2d185eed0e0"));
    const DirectoryObject b = DirectoryObject::fromJson(page.value[1], ItemPath::users());
    QVERIFY(b.mail.isEmpty()); // null
    QCOMPARE(b.userPrincipalName, QStringLiteral("admin@contoso.com"));
}

void TestParsing::groupObject()
{
    // §2.3, verbatim first element.
    const QJsonObject o = obj(R"({
  "id": "45b7d2e7-b882-4a80-ba97-10b7a63b8fa4",
  "deletedDateTime": null,
  "classification": null,
  "createdDateTime": "2018-12-22T02:21:05Z",
  "description": "Self help community for golf",
  "displayName": "Golf Assist",
  "expirationDateTime": null,
  "groupTypes": [
    "Unified"
  ],
  "isAssignableToRole": null,
  "mail": "golfassist@contoso.com",
  "mailEnabled": true,
  "mailNickname": "golfassist",
  "membershipRule": null,
  "membershipRuleProcessingState": null,
  "onPremisesLastSyncDateTime": null,
  "onPremisesSecurityIdentifier": null,
  "onPremisesSyncEnabled": null,
  "preferredDataLocation": "CAN",
  "preferredLanguage": null,
  "proxyAddresses": [
    "smtp:golfassist@contoso.onmicrosoft.com",
    "SMTP:golfassist@contoso.com"
  ],
  "renewedDateTime": "2018-12-22T02:21:05Z",
  "resourceBehaviorOptions": [],
  "resourceProvisioningOptions": [],
  "securityEnabled": false,
  "theme": null,
  "visibility": "Public",
  "onPremisesProvisioningErrors": []
})");
    const DirectoryObject g = DirectoryObject::fromJson(o, ItemPath::groups());
    QCOMPARE(g.kind, DirectoryObject::Kind::Group);
    QCOMPARE(g.displayName, QStringLiteral("Golf Assist"));
    QCOMPARE(g.mail, QStringLiteral("golfassist@contoso.com"));
    QCOMPARE(g.path, ItemPath::group(QStringLiteral("45b7d2e7-b882-4a80-ba97-10b7a63b8fa4")));
}

void TestParsing::membersPage()
{
    // §2.4: the doc sample has no @odata.type; real items carry it.
    const QByteArray body = R"({
  "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#directoryObjects",
  "value": [
    { "id": "11111111-2222-3333-4444-555555555555", "mail": "user1@contoso.com" },
    { "@odata.type": "#microsoft.graph.user", "id": "u2", "displayName": "Two", "userPrincipalName": "two@contoso.com" },
    { "@odata.type": "#microsoft.graph.group", "id": "g3", "displayName": "Nested" },
    { "@odata.type": "#microsoft.graph.device", "id": "d4", "displayName": "Laptop" },
    { "@odata.type": "#microsoft.graph.user", "displayName": "No id" },
    42
  ]
})";
    GraphPage page;
    QVERIFY(GraphPage::parse(body, &page, nullptr));
    QCOMPARE(page.value.size(), 5); // the number is skipped
    const ItemPath members = ItemPath::groupMembers(QStringLiteral("g0"));
    QCOMPARE(DirectoryObject::fromJson(page.value[0], members).kind, DirectoryObject::Kind::Unknown);
    const DirectoryObject u = DirectoryObject::fromJson(page.value[1], members);
    QCOMPARE(u.kind, DirectoryObject::Kind::User);
    QCOMPARE(u.path.toString(), QStringLiteral("users/u2"));
    const DirectoryObject g = DirectoryObject::fromJson(page.value[2], members);
    QCOMPARE(g.kind, DirectoryObject::Kind::Group);
    QCOMPARE(g.path.toString(), QStringLiteral("groups/g3"));
    QVERIFY(!DirectoryObject::fromJson(page.value[3], members).isValid());
    QVERIFY(!DirectoryObject::fromJson(page.value[4], members).isValid());
}

void TestParsing::contactsPage()
{
    const QByteArray body = R"({
  "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users('x')/contactFolders('F1')/contacts",
  "@odata.nextLink": "https://graph.microsoft.com/v1.0/me/contactfolders/F1/contacts?$top=10&$skip=10",
  "value": [
    {
      "id": "AAMkAGI2THVSAAA=",
      "displayName": "Zoë O'Brien, Jr.",
      "givenName": "Zoë",
      "surname": "O'Brien",
      "emailAddresses": [ { "name": "Zoë", "address": "zoe@fabrikam.com" } ],
      "parentFolderId": "F1",
      "photo": { "@odata.type": "microsoft.graph.profilePhoto" }
    }
  ]
})";
    GraphPage page;
    QVERIFY(GraphPage::parse(body, &page, nullptr));
    QCOMPARE(page.nextLink.toEncoded(),
             QByteArray("https://graph.microsoft.com/v1.0/me/contactfolders/F1/contacts?$top=10&$skip=10"));
    const DirectoryObject c = DirectoryObject::fromJson(page.value[0], ItemPath::folderContacts(QStringLiteral("F1")));
    QCOMPARE(c.kind, DirectoryObject::Kind::Contact);
    QCOMPARE(c.displayName, QStringLiteral("Zoë O'Brien, Jr."));
    QCOMPARE(c.mail, QStringLiteral("zoe@fabrikam.com"));
    QCOMPARE(c.path.toString(), QStringLiteral("me/contactfolders/F1/contacts/AAMkAGI2THVSAAA="));
    const DirectoryObject d = DirectoryObject::fromJson(page.value[0], ItemPath::contacts(QStringLiteral("u1")));
    QCOMPARE(d.path.toString(), QStringLiteral("users/u1/contacts/AAMkAGI2THVSAAA="));
}

void TestParsing::contactFolder()
{
    const QJsonObject o = obj(R"({"id":"F1","displayName":"Suppliers","parentFolderId":"ROOT"})");
    const DirectoryObject f = DirectoryObject::fromJson(o, ItemPath::contactFolders());
    QCOMPARE(f.kind, DirectoryObject::Kind::ContactFolder);
    QCOMPARE(f.path, ItemPath::folderContacts(QStringLiteral("F1")));
    QCOMPARE(f.parentFolderId, QStringLiteral("ROOT"));
}

void TestParsing::badPages_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated") << QByteArray(R"({"value":[{"id":"1"})");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("no value") << QByteArray(R"({"@odata.context":"x"})");
    QTest::newRow("value object") << QByteArray(R"({"value":{}})");
    QTest::newRow("relative nextLink") << QByteArray(R"({"value":[],"@odata.nextLink":"/users?$skiptoken=1"})");
    QTest::newRow("javascript nextLink") << QByteArray(R"x({"value":[],"@odata.nextLink":"javascript:alert(1)"})x");
    QTest::newRow("numeric nextLink") << QByteArray(R"({"value":[],"@odata.nextLink":5})");
}

void TestParsing::badPages()
{
    QFETCH(QByteArray, body);
    GraphPage page;
    QString error;
    QVERIFY(!GraphPage::parse(body, &page, &error));
    QVERIFY(!error.isEmpty());
}

void TestParsing::countOnFirstPage()
{
    GraphPage page;
    QVERIFY(GraphPage::parse(
        R"({"@odata.count":893,"value":[],"@odata.nextLink":"https://graph.microsoft.com/v1.0/users?$top=5&$skiptoken=X%274453707%27"})",
        &page, nullptr));
    QCOMPARE(page.count, 893);
    // The skiptoken is opaque: kept exactly as sent.
    QCOMPARE(page.nextLink.toEncoded(),
             QByteArray("https://graph.microsoft.com/v1.0/users?$top=5&$skiptoken=X%274453707%27"));
    QVERIFY(GraphPage::parse(R"({"value":[],"@odata.nextLink":null})", &page, nullptr));
    QVERIFY(page.nextLink.isEmpty());
    // Counts no collection can have are unknown, not undefined behaviour (found by tests/fuzz).
    for (const char* body : {R"({"value":[],"@odata.count":1e300})", R"({"value":[],"@odata.count":-1e300})",
                             R"({"value":[],"@odata.count":-5})", R"({"value":[],"@odata.count":1e19})"}) {
        QVERIFY2(GraphPage::parse(QByteArray(body), &page, nullptr), body);
        QCOMPARE(page.count, -1);
    }
    QVERIFY(GraphPage::parse(R"({"value":[],"@odata.count":0})", &page, nullptr));
    QCOMPARE(page.count, 0);
}

void TestParsing::dotIdsAreSkipped()
{
    // An id that is a dot segment would address the parent ("users/.." is the root): no request can use it.
    for (const char* id : {"..", "."}) {
        QJsonObject o;
        o.insert(QLatin1String("id"), QString::fromLatin1(id));
        o.insert(QLatin1String("displayName"), QStringLiteral("Dots"));
        for (const ItemPath& collection :
             {ItemPath::users(), ItemPath::groups(), ItemPath::contacts(), ItemPath::contactFolders()}) {
            const DirectoryObject d = DirectoryObject::fromJson(o, collection);
            QVERIFY2(!d.isValid(), id);
            QVERIFY(!d.path.isValid());
        }
        QVERIFY(!DirectoryObject::fromPrincipalJson(o, ItemPath::me()).isValid());
    }
    QJsonObject fine;
    fine.insert(QLatin1String("id"), QStringLiteral("..."));
    QCOMPARE(DirectoryObject::fromJson(fine, ItemPath::users()).path.encoded(), QStringLiteral("users/..."));
}

void TestParsing::photoSizes()
{
    QList<PhotoSize> sizes;
    // group-list-photos.md sample (placeholder values).
    QVERIFY(parsePhotoSizes(R"({"value":[{"height":99,"width":99,"id":"id-value"}]})", &sizes));
    QCOMPARE(sizes.size(), 1);
    QCOMPARE(sizes[0].id, QStringLiteral("id-value"));
    QVERIFY(parsePhotoSizes(
        R"({"value":[{"id":"48X48","width":48,"height":48},{"id":"64x64","width":64,"height":64},{"width":96,"height":96}]})",
        &sizes));
    QCOMPARE(sizes.size(), 3);
    QCOMPARE(sizes[2].id, QStringLiteral("96x96"));
    QVERIFY(parsePhotoSizes(R"({"value":[]})", &sizes));
    QVERIFY(sizes.isEmpty());
    QString error;
    QVERIFY(!parsePhotoSizes("nope", &sizes, &error));
    QVERIFY(!error.isEmpty());
}

void TestParsing::binary()
{
    // A real 3x2 PNG, sent with a misleading content type: the bytes win (docs/GRAPH.md#photo-bytes).
    const QByteArray png = pngOf(3, 2);
    QVERIFY(!png.isEmpty());
    PhotoInfo info = PhotoInfo::fromMetadata(
        obj(R"({"id":"3x2","width":3,"height":2,"@odata.mediaContentType":"image/png","@odata.mediaEtag":"\"A1\""})"));
    info.setBinary(png, QStringLiteral("image/jpg"), QStringLiteral("\"B2\""));
    QCOMPARE(info.status, PhotoStatus::Photo);
    QCOMPARE(info.mediaType, QStringLiteral("image/png"));
    QCOMPARE(info.etag, QStringLiteral("B2"));
    QCOMPARE(info.bytes, png.size());
    QCOMPARE(info.width, 3);
    QCOMPARE(info.height, 2);
    QCOMPARE(info.sha256, QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(sniffImageType(QByteArray("\xFF\xD8\xFF\xE0", 4)), QStringLiteral("image/jpeg"));
    QCOMPARE(sniffImageType("GIF89a...."), QStringLiteral("image/gif"));
    QVERIFY(sniffImageType("{\"error\":1}").isEmpty());

    // The bytes of the 1x1 "no photo" image are no photo, whatever the status before.
    PhotoInfo placeholder;
    placeholder.setBinary(pngOf(1, 1), QStringLiteral("image/png"), QString());
    QCOMPARE(placeholder.status, PhotoStatus::None);
    QCOMPARE(placeholder.reason, QStringLiteral("placeholder-1x1"));
    QVERIFY(!placeholder.hasPhoto());
}

void TestParsing::etags_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("quoted") << "\"BA09D118\""
                            << "BA09D118";
    QTest::newRow("weak") << "W/\"BA09D118\""
                          << "BA09D118";
    QTest::newRow("bare") << "BA09D118"
                          << "BA09D118";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("lone quote") << "\""
                                << "\"";
}

void TestParsing::etags()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(unquoteEtag(in), out);
}

void TestParsing::statusNames()
{
    for (const char* name : {"photo", "none", "placeholder", "unavailable", "error"}) {
        PhotoStatus s = PhotoStatus::Photo;
        QVERIFY(photoStatusFromName(QString::fromLatin1(name), &s));
        QCOMPARE(photoStatusName(s), QString::fromLatin1(name));
    }
    PhotoStatus s;
    QVERIFY(!photoStatusFromName(QStringLiteral("missing"), &s));
}

QTEST_GUILESS_MAIN(TestParsing)
#include "TestParsing.moc"
