// Photo writes against Portrait::GraphEmulator over real loopback sockets: PUT, PATCH and DELETE of photo/$value
// on every principal path, Graph's refusals, the photo policy, the capacity model and the request log.

#include "emulator/DemoTenant.h"
#include "emulator/GraphEmulator.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

#include <memory>
#include <optional>

using Portrait::AccessGrant;
using Portrait::DemoTenant;
using Portrait::DemoTenantOptions;
using Portrait::DemoUser;
using Portrait::EmulatorLimits;
using Portrait::GraphEmulator;
using Portrait::PhotoState;
using Portrait::PhotoUpdateSettings;
using Portrait::RequestRecord;

namespace {

struct Http
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray header(QByteArrayView name) const
    {
        for (const auto& [key, value] : headers) {
            if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0) {
                return value;
            }
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString errorCode() const
    {
        return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    }
    QString mediaEtag() const { return json().value(QStringLiteral("@odata.mediaEtag")).toString(); }
};

/// A picture whose halves differ (top red, bottom blue), so crops and rotations can be told apart.
QImage picture(int width, int height, bool alpha = false)
{
    QImage image(width, height, alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    for (int y = 0; y < height; ++y) {
        const QRgb colour = y < height / 2 ? qRgb(220, 30, 30) : qRgb(30, 30, 220);
        for (int x = 0; x < width; ++x) {
            image.setPixel(x, y, alpha && x < width / 4 ? qRgba(0, 0, 0, 0) : colour);
        }
    }
    return image;
}

QByteArray encode(const QImage& image, const QByteArray& format = "jpeg")
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    if (!writer.write(image)) {
        qWarning("cannot encode a test picture: %s", qUtf8Printable(writer.errorString()));
    }
    return bytes;
}

QImage decode(const QByteArray& bytes)
{
    QImage image;
    image.loadFromData(bytes);
    return image;
}

QByteArray pct(const QString& s)
{
    return QUrl::toPercentEncoding(s);
}

} // namespace

class TestEmulatorWrites : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void putStoresAReencodedPhoto_data();
    void putStoresAReencodedPhoto();
    void sizesFollowTheUploadedEdge();
    void batchReadsSeeTheNewPhoto();
    void deleteLeavesNoPhoto_data();
    void deleteLeavesNoPhoto();
    void contactPhotosCannotBeRemoved();
    void onlyPhotoValueIsWritable();
    void writesNeedAWritePermission_data();
    void writesNeedAWritePermission();
    void appOnlyTokensCannotWriteGroupPhotos();
    void usersWithoutAnExchangeOnlineMailbox();
    void tinyPicturesAreRefused();
    void bodiesOver4MBAreRefused();
    void theBodyMustBeAnImage();
    void photoUpdateSettings();
    void onPremisesPolicyRefusesUserWrites();
    void writesShareThePhotoCapacity();
    void theLogTellsWritesApart();
    void aRestartBringsTheTenantBack();

private:
    Http send(const QByteArray& method, const QByteArray& target, const QByteArray& body = {},
              const QByteArray& contentType = {});
    Http get(const QByteArray& target) { return send("GET", target); }
    /// Signs in an app with client credentials at the emulator's token endpoint; its token becomes Graph's.
    /// Without @p permissions the app keeps the emulator's default application permissions.
    void signInApp(const QString& client, const std::optional<QStringList>& permissions);
    QByteArray pathOf(const QString& kind) const;
    const DemoUser* userWhere(const std::function<bool(const DemoUser&)>& predicate) const;

    std::unique_ptr<GraphEmulator> m_emulator;
    QNetworkAccessManager m_nam;
};

void TestEmulatorWrites::init()
{
    DemoTenantOptions options;
    options.users = 30;
    options.groups = 4;
    options.contacts = 3;
    options.contactFolders = 1;
    options.contactsPerFolder = 2;
    m_emulator = std::make_unique<GraphEmulator>(options);
    QVERIFY(m_emulator->listen());
}

void TestEmulatorWrites::cleanup()
{
    m_emulator.reset();
}

Http TestEmulatorWrites::send(const QByteArray& method, const QByteArray& target, const QByteArray& body,
                              const QByteArray& contentType)
{
    QNetworkRequest request(QUrl::fromEncoded(m_emulator->baseUrl().toEncoded() + target));
    request.setRawHeader("Authorization", "Bearer " + m_emulator->accessToken().toUtf8());
    if (!contentType.isEmpty()) {
        request.setRawHeader("Content-Type", contentType);
    }
    QNetworkReply* reply = method == "GET" ? m_nam.get(request) : m_nam.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished()) {
        finished.wait(30000);
    }
    Http result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

const DemoUser* TestEmulatorWrites::userWhere(const std::function<bool(const DemoUser&)>& predicate) const
{
    for (const DemoUser& user : m_emulator->tenant().users()) {
        if (&user != &m_emulator->tenant().me() && predicate(user)) {
            return &user;
        }
    }
    return nullptr;
}

/// The photo path (without `/$value`) of one of each principal kind the seed lists.
QByteArray TestEmulatorWrites::pathOf(const QString& kind) const
{
    const DemoTenant& tenant = m_emulator->tenant();
    const QByteArray me = pct(tenant.me().id);
    const QByteArray meUpn = pct(tenant.me().userPrincipalName);
    const DemoUser* someone = userWhere([](const DemoUser& u) { return !u.guest && u.photo.hasPhoto(); });
    const DemoUser* guest
        = userWhere([](const DemoUser& u) { return u.guest && u.photo.state != PhotoState::NoMailbox; });
    const QString folder = tenant.contactFolders().constFirst().id;
    const QByteArray inDefault = pct(tenant.contacts().constFirst()->id);
    const QByteArray inFolder = pct(tenant.contacts(folder).constFirst()->id);
    if (kind == u"me") {
        return "/v1.0/me/photo";
    }
    if (kind == u"user by id") {
        return "/v1.0/users/" + pct(someone->id) + "/photo";
    }
    if (kind == u"user by upn") {
        return "/v1.0/users/" + pct(someone->userPrincipalName) + "/photo";
    }
    if (kind == u"guest by #EXT# upn") {
        return "/v1.0/users/" + pct(guest->userPrincipalName) + "/photo";
    }
    if (kind == u"group") {
        return "/v1.0/groups/" + pct(tenant.groups().at(1).id) + "/photo";
    }
    if (kind == u"my contact") {
        return "/v1.0/me/contacts/" + inDefault + "/photo";
    }
    if (kind == u"a user's contact") {
        return "/v1.0/users/" + me + "/contacts/" + inDefault + "/photo";
    }
    if (kind == u"my contact in a folder") {
        return "/v1.0/me/contactfolders/" + pct(folder) + "/contacts/" + inFolder + "/photo";
    }
    if (kind == u"a user's contact in a folder") {
        return "/v1.0/users/" + meUpn + "/contactFolders/" + pct(folder) + "/contacts/" + inFolder + "/photo";
    }
    if (kind == u"beta user") {
        return "/beta/users/" + pct(someone->id) + "/photo";
    }
    return {};
}

void TestEmulatorWrites::putStoresAReencodedPhoto_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("method");
    for (const QString& kind :
         {QStringLiteral("me"), QStringLiteral("user by id"), QStringLiteral("user by upn"),
          QStringLiteral("guest by #EXT# upn"), QStringLiteral("group"), QStringLiteral("my contact"),
          QStringLiteral("a user's contact"), QStringLiteral("my contact in a folder"),
          QStringLiteral("a user's contact in a folder"), QStringLiteral("beta user")}) {
        for (const char* method : {"PUT", "PATCH"}) {
            QTest::addRow("%s %s", method, qPrintable(kind)) << kind << QByteArray(method);
        }
    }
}

void TestEmulatorWrites::putStoresAReencodedPhoto()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, method);
    const QByteArray path = pathOf(kind);
    QVERIFY(!path.isEmpty());
    const QString etagBefore = get(path).mediaEtag();

    const QByteArray sent = encode(picture(400, 400), "jpeg");
    const Http put = send(method, path + "/$value", sent, "image/jpeg");
    QCOMPARE(put.status, 200); // Graph's answer to a photo write: 200 and no body
    QVERIFY(put.body.isEmpty());
    QVERIFY(!put.header("request-id").isEmpty());

    const Http meta = get(path);
    QCOMPARE(meta.status, 200);
    QVERIFY(!meta.mediaEtag().isEmpty());
    QVERIFY(meta.mediaEtag() != etagBefore);
    QCOMPARE(meta.json().value(QStringLiteral("width")).toInt(), 400);
    QCOMPARE(meta.json().value(QStringLiteral("@odata.mediaContentType")).toString(), QStringLiteral("image/jpeg"));

    const Http value = get(path + "/$value");
    QCOMPARE(value.status, 200);
    QCOMPARE(value.header("Content-Type"), QByteArrayLiteral("image/jpeg"));
    QCOMPARE(QString::fromLatin1(value.header("ETag")), meta.mediaEtag());
    QVERIFY(value.body != sent); // stored re-encoded, as Graph does: never compare hashes
    const QImage stored = decode(value.body);
    QCOMPARE(stored.size(), QSize(400, 400));
    QCOMPARE(QColor(stored.pixel(200, 50)).red() > 150, true); // the same picture: red on top
    QCOMPARE(QColor(stored.pixel(200, 350)).blue() > 150, true);

    // A second write changes the etag again.
    QCOMPARE(send(method, path + "/$value", encode(picture(300, 300)), "image/jpeg").status, 200);
    QVERIFY(get(path).mediaEtag() != meta.mediaEtag());
}

void TestEmulatorWrites::sizesFollowTheUploadedEdge()
{
    const QByteArray path = "/v1.0/users/" + pct(userWhere([](const DemoUser& u) { return u.photo.hasPhoto(); })->id);
    // A 1000 x 700 upload is centre-cropped to a square and kept at 648, the largest size Graph serves.
    QCOMPARE(send("PUT", path + "/photo/$value", encode(picture(1000, 700)), "image/jpeg").status, 200);
    const Http meta = get(path + "/photo");
    QCOMPARE(meta.json().value(QStringLiteral("id")).toString(), QStringLiteral("648x648"));
    const QJsonArray sizes = get(path + "/photos").json().value(QStringLiteral("value")).toArray();
    QCOMPARE(sizes.size(), DemoTenant::graphPhotoSizes().size());
    for (const int edge : DemoTenant::graphPhotoSizes()) {
        const Http sized
            = get(path + "/photos/" + QByteArray::number(edge) + "x" + QByteArray::number(edge) + "/$value");
        QCOMPARE(sized.status, 200);
        QCOMPARE(decode(sized.body).size(), QSize(edge, edge));
        QCOMPARE(QString::fromLatin1(sized.header("ETag")), meta.mediaEtag());
    }
    // A 120 x 120 upload serves the sizes up to 120 only.
    QCOMPARE(send("PUT", path + "/photo/$value", encode(picture(120, 120), "png"), "image/png").status, 200);
    QCOMPARE(get(path + "/photos").json().value(QStringLiteral("value")).toArray().size(), 4); // 48, 64, 96, 120
    QCOMPARE(get(path + "/photos/240x240/$value").status, 404);
    QCOMPARE(decode(get(path + "/photos/96x96/$value").body).size(), QSize(96, 96));
}

void TestEmulatorWrites::batchReadsSeeTheNewPhoto()
{
    const QString id = userWhere([](const DemoUser& u) { return u.photo.state == PhotoState::None; })->id;
    QCOMPARE(send("PUT", "/v1.0/users/" + pct(id) + "/photo/$value", encode(picture(240, 240)), "image/jpeg").status,
             200);
    const QString etag = get("/v1.0/users/" + pct(id) + "/photo").mediaEtag();
    const QJsonArray requests{
        QJsonObject{{QStringLiteral("id"), QStringLiteral("1")},
                    {QStringLiteral("method"), QStringLiteral("GET")},
                    {QStringLiteral("url"), QStringLiteral("/users/") + id + QStringLiteral("/photo")}},
        QJsonObject{{QStringLiteral("id"), QStringLiteral("2")},
                    {QStringLiteral("method"), QStringLiteral("GET")},
                    {QStringLiteral("url"), QStringLiteral("/users/") + id + QStringLiteral("/photo/$value")}}};
    const Http batch
        = send("POST", "/v1.0/$batch", QJsonDocument(QJsonObject{{QStringLiteral("requests"), requests}}).toJson(),
               "application/json");
    QCOMPARE(batch.status, 200);
    for (const QJsonValue& item : batch.json().value(QStringLiteral("responses")).toArray()) {
        const QJsonObject response = item.toObject();
        QCOMPARE(response.value(QStringLiteral("status")).toInt(), 200);
        if (response.value(QStringLiteral("id")).toString() == QStringLiteral("1")) {
            QCOMPARE(
                response.value(QStringLiteral("body")).toObject().value(QStringLiteral("@odata.mediaEtag")).toString(),
                etag);
        } else {
            const QImage image
                = decode(QByteArray::fromBase64(response.value(QStringLiteral("body")).toString().toLatin1()));
            QCOMPARE(image.size(), QSize(240, 240));
        }
    }
}

void TestEmulatorWrites::deleteLeavesNoPhoto_data()
{
    QTest::addColumn<QString>("kind");
    for (const QString& kind : {QStringLiteral("me"), QStringLiteral("user by id"), QStringLiteral("user by upn"),
                                QStringLiteral("guest by #EXT# upn"), QStringLiteral("group")}) {
        QTest::newRow(qPrintable(kind)) << kind;
    }
}

void TestEmulatorWrites::deleteLeavesNoPhoto()
{
    QFETCH(QString, kind);
    const QByteArray path = pathOf(kind);
    // Give it a photo first (painted or uploaded, both go).
    QCOMPARE(send("PUT", path + "/$value", encode(picture(96, 96)), "image/jpeg").status, 200);
    const Http removed = send("DELETE", path + "/$value");
    QCOMPARE(removed.status, 200);
    QVERIFY(removed.body.isEmpty());
    // Then it reads as a principal that never had a photo: the 1x1 placeholder and 404 for the bytes.
    const Http meta = get(path);
    QCOMPARE(meta.status, 200);
    QCOMPARE(meta.json().value(QStringLiteral("width")).toInt(), 1);
    QCOMPARE(meta.mediaEtag(), QString());
    const Http value = get(path + "/$value");
    QCOMPARE(value.status, 404);
    QCOMPARE(value.errorCode(), QStringLiteral("ErrorItemNotFound"));
    if (!kind.contains(QStringLiteral("contact"))) {
        QCOMPARE(get(path.chopped(qsizetype(qstrlen("photo"))) + "photos")
                     .json()
                     .value(QStringLiteral("value"))
                     .toArray()
                     .size(),
                 0);
    }
    // Removing what is not there is a 404 too.
    const Http again = send("DELETE", path + "/$value");
    QCOMPARE(again.status, 404);
    QCOMPARE(again.errorCode(), QStringLiteral("ErrorItemNotFound"));
}

void TestEmulatorWrites::contactPhotosCannotBeRemoved()
{
    for (const QString& kind :
         {QStringLiteral("my contact"), QStringLiteral("a user's contact"), QStringLiteral("my contact in a folder"),
          QStringLiteral("a user's contact in a folder")}) {
        const QByteArray path = pathOf(kind);
        QCOMPARE(send("PUT", path + "/$value", encode(picture(120, 120)), "image/jpeg").status, 200);
        const QString etag = get(path).mediaEtag();
        const Http removed = send("DELETE", path + "/$value");
        QCOMPARE(removed.status, 405);
        QCOMPARE(removed.errorCode(), QStringLiteral("BadRequest"));
        QVERIFY(!removed.header("Allow").contains("DELETE"));
        QCOMPARE(get(path).mediaEtag(), etag); // untouched
    }
}

void TestEmulatorWrites::onlyPhotoValueIsWritable()
{
    const QByteArray jpeg = encode(picture(100, 100));
    QCOMPARE(send("PUT", "/v1.0/me/photo", jpeg, "image/jpeg").status, 405);
    QCOMPARE(send("PUT", "/v1.0/me/photos/48x48/$value", jpeg, "image/jpeg").status, 405);
    QCOMPARE(send("DELETE", "/v1.0/me").status, 405);
    QCOMPARE(send("POST", "/v1.0/me/photo/$value", jpeg, "image/jpeg").status, 405);
    QCOMPARE(m_emulator->tenant().hasUploadedPhoto(m_emulator->tenant().me().id), false);
}

void TestEmulatorWrites::signInApp(const QString& client, const std::optional<QStringList>& permissions)
{
    m_emulator->tokenEndpoint().registerClient(client, QStringLiteral("app-secret"));
    if (permissions) {
        m_emulator->tokenEndpoint().setApplicationPermissions(client, *permissions);
    }
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("client_id"), client);
    form.addQueryItem(QStringLiteral("client_secret"), QStringLiteral("app-secret"));
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("scope"), QStringLiteral("https://graph.microsoft.com/.default"));
    const Http token = send("POST", "/contoso.onmicrosoft.com/oauth2/v2.0/token",
                            form.query(QUrl::FullyEncoded).toLatin1(), "application/x-www-form-urlencoded");
    QCOMPARE(token.status, 200);
    QCOMPARE(m_emulator->accessToken(), token.json().value(QStringLiteral("access_token")).toString());
    QVERIFY(m_emulator->accessGrant().appOnly);
}

void TestEmulatorWrites::writesNeedAWritePermission_data()
{
    QTest::addColumn<QStringList>("permissions");
    QTest::addColumn<bool>("appOnly");
    QTest::addColumn<QStringList>("allowed"); // the kinds of pathOf() it may write
    const QStringList all{QStringLiteral("me"), QStringLiteral("user by id"), QStringLiteral("group"),
                          QStringLiteral("my contact")};
    QTest::newRow("read scopes") << QStringList{QStringLiteral("User.Read.All"), QStringLiteral("Group.Read.All"),
                                                QStringLiteral("Contacts.Read"),
                                                QStringLiteral("ProfilePhoto.Read.All")}
                                 << false << QStringList{};
    QTest::newRow("User.ReadWrite: own photo")
        << QStringList{QStringLiteral("User.ReadWrite")} << false << QStringList{QStringLiteral("me")};
    QTest::newRow("User.ReadWrite.All") << QStringList{QStringLiteral("User.ReadWrite.All")} << false
                                        << QStringList{QStringLiteral("me"), QStringLiteral("user by id")};
    QTest::newRow("Group.ReadWrite.All") << QStringList{QStringLiteral("Group.ReadWrite.All")} << false
                                         << QStringList{QStringLiteral("group")};
    QTest::newRow("ProfilePhoto.ReadWrite.All")
        << QStringList{QStringLiteral("ProfilePhoto.ReadWrite.All")} << false
        << QStringList{QStringLiteral("me"), QStringLiteral("user by id"), QStringLiteral("group")};
    QTest::newRow("Contacts.ReadWrite") << QStringList{QStringLiteral("Contacts.ReadWrite")} << false
                                        << QStringList{QStringLiteral("my contact")};
    QTest::newRow("every write scope") << QStringList{QStringLiteral("User.ReadWrite.All"),
                                                      QStringLiteral("Group.ReadWrite.All"),
                                                      QStringLiteral("Contacts.ReadWrite")}
                                       << false << all;
    QTest::newRow("app: User.ReadWrite.All")
        << QStringList{QStringLiteral("User.ReadWrite.All")} << true << QStringList{QStringLiteral("user by id")};
    QTest::newRow("app: User.ReadWrite is no application permission")
        << QStringList{QStringLiteral("User.ReadWrite")} << true << QStringList{};
}

void TestEmulatorWrites::writesNeedAWritePermission()
{
    QFETCH(QStringList, permissions);
    QFETCH(bool, appOnly);
    QFETCH(QStringList, allowed);
    AccessGrant grant;
    grant.appOnly = appOnly;
    grant.permissions = permissions;
    m_emulator->setAccessToken(QStringLiteral("a-token-with.some.permissions"), grant);
    for (const QString& kind :
         {QStringLiteral("me"), QStringLiteral("user by id"), QStringLiteral("group"), QStringLiteral("my contact")}) {
        if (appOnly && kind == QStringLiteral("me")) {
            continue;
        }
        const QByteArray path = pathOf(kind);
        const QString etag = get(path).mediaEtag();
        const Http put = send("PUT", path + "/$value", encode(picture(120, 120)), "image/jpeg");
        if (allowed.contains(kind)) {
            QVERIFY2(put.status == 200, qPrintable(kind));
        } else {
            QVERIFY2(put.status == 403, qPrintable(kind));
            QCOMPARE(put.errorCode(), QStringLiteral("ErrorAccessDenied"));
            QCOMPARE(get(path).mediaEtag(), etag); // nothing changed
            if (kind != QStringLiteral("my contact")) {
                QCOMPARE(send("DELETE", path + "/$value").status, 403);
            }
        }
    }
    // Delegated scopes asked for at sign-in make the grant, resource prefixes and OpenID scopes aside.
    const AccessGrant asked = AccessGrant::fromScope(
        QStringLiteral("https://graph.microsoft.com/User.ReadWrite.All offline_access openid"));
    QVERIFY(asked.has(QStringLiteral("user.readwrite.all")));
    QVERIFY(!asked.has(QStringLiteral("Group.ReadWrite.All")));
    QVERIFY(AccessGrant::fromScope(QStringLiteral("https://graph.microsoft.com/.default"))
                .has(QStringLiteral("Group.ReadWrite.All")));
}

void TestEmulatorWrites::appOnlyTokensCannotWriteGroupPhotos()
{
    signInApp(QStringLiteral("6f1c2a3b-0000-4000-8000-00000000a990"),
              QStringList{QStringLiteral("User.ReadWrite.All"), QStringLiteral("Group.ReadWrite.All")});
    const QByteArray group = pathOf(QStringLiteral("group"));
    const QString etag = get(group).mediaEtag();
    for (const QByteArray& method :
         {QByteArrayLiteral("PUT"), QByteArrayLiteral("PATCH"), QByteArrayLiteral("DELETE")}) {
        const Http r = send(method, group + "/$value", method == "DELETE" ? QByteArray() : encode(picture(120, 120)),
                            method == "DELETE" ? QByteArray() : QByteArrayLiteral("image/jpeg"));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("AppOnlyTokenNotSupportedForGroupUpdate"));
    }
    QCOMPARE(get(group).mediaEtag(), etag);
    // The same app writes users' photos.
    QCOMPARE(
        send("PUT", pathOf(QStringLiteral("user by id")) + "/$value", encode(picture(120, 120)), "image/jpeg").status,
        200);

    // An app whose permissions were never configured only reads.
    signInApp(QStringLiteral("6f1c2a3b-0000-4000-8000-00000000a991"), std::nullopt);
    QVERIFY(m_emulator->accessGrant().has(QStringLiteral("User.Read.All")));
    const Http readOnly
        = send("PUT", pathOf(QStringLiteral("user by id")) + "/$value", encode(picture(120, 120)), "image/jpeg");
    QCOMPARE(readOnly.status, 403);
}

void TestEmulatorWrites::usersWithoutAnExchangeOnlineMailbox()
{
    const DemoUser* noMailbox = userWhere([](const DemoUser& u) { return u.photo.state == PhotoState::NoMailbox; });
    QVERIFY(noMailbox);
    const QByteArray path = "/v1.0/users/" + pct(noMailbox->id) + "/photo/$value";
    const Http put = send("PUT", path, encode(picture(120, 120)), "image/jpeg");
    QCOMPARE(put.status, 404);
    QCOMPARE(put.errorCode(), QStringLiteral("ErrorNonExistentMailbox"));
    QCOMPARE(send("DELETE", path).errorCode(), QStringLiteral("ErrorNonExistentMailbox"));

    const DemoUser* onPremises = userWhere([](const DemoUser& u) { return u.photo.hasPhoto(); });
    QVERIFY(m_emulator->tenant().setMailboxOnPremises(onPremises->id));
    const QByteArray onPremisesPath = "/v1.0/users/" + pct(onPremises->id) + "/photo";
    for (const QByteArray& method : {QByteArrayLiteral("PUT"), QByteArrayLiteral("DELETE"), QByteArrayLiteral("GET")}) {
        const Http r
            = send(method, onPremisesPath + "/$value", method == "PUT" ? encode(picture(120, 120)) : QByteArray(),
                   method == "PUT" ? QByteArrayLiteral("image/jpeg") : QByteArray());
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("MailboxNotHostedInExchangeOnline"));
    }
    QCOMPARE(get(onPremisesPath).errorCode(), QStringLiteral("MailboxNotHostedInExchangeOnline"));
}

void TestEmulatorWrites::tinyPicturesAreRefused()
{
    const QByteArray path = pathOf(QStringLiteral("group"));
    const QString etag = get(path).mediaEtag();
    const Http narrow = send("PUT", path + "/$value", encode(picture(23, 23)), "image/jpeg");
    QCOMPARE(narrow.status, 400);
    QCOMPARE(narrow.errorCode(), QStringLiteral("ValidationWidthTooSmall"));
    const Http flat = send("PUT", path + "/$value", encode(picture(200, 40)), "image/jpeg");
    QCOMPARE(flat.status, 400);
    QCOMPARE(flat.errorCode(), QStringLiteral("ValidationHeightTooSmall"));
    QCOMPARE(get(path).mediaEtag(), etag);
    // The smallest size Graph serves is taken.
    const int smallest = DemoTenant::minimumUploadEdge();
    QCOMPARE(smallest, 48);
    QCOMPARE(send("PUT", path + "/$value", encode(picture(smallest, smallest)), "image/jpeg").status, 200);
    QCOMPARE(get(path).json().value(QStringLiteral("width")).toInt(), smallest);
}

void TestEmulatorWrites::bodiesOver4MBAreRefused()
{
    const QByteArray path = pathOf(QStringLiteral("user by id"));
    const QString etag = get(path).mediaEtag();
    const QByteArray huge(4 * 1024 * 1024 + 1, 'x');
    const Http r = send("PUT", path + "/$value", huge, "image/jpeg");
    QCOMPARE(r.status, 413);
    QCOMPARE(r.errorCode(), QStringLiteral("RequestEntityTooLarge"));
    QCOMPARE(get(path).mediaEtag(), etag);
    // The beta documents 8 MB: the same body gets as far as being looked at (and is no image).
    QCOMPARE(send("PUT", pathOf(QStringLiteral("beta user")) + "/$value", huge, "image/jpeg").status, 500);
}

void TestEmulatorWrites::theBodyMustBeAnImage()
{
    const QByteArray path = pathOf(QStringLiteral("user by id"));
    const QString etag = get(path).mediaEtag();
    const QByteArray jpeg = encode(picture(120, 120));
    // Graph answered application/octet-stream with an internal server error, and bytes that are no image too.
    for (const QByteArray& type : {QByteArrayLiteral("application/octet-stream"), QByteArray()}) {
        const Http r = send("PUT", path + "/$value", jpeg, type);
        QCOMPARE(r.status, 500);
        QCOMPARE(r.errorCode(), QStringLiteral("ErrorInternalServerError"));
    }
    const Http text = send("PUT", path + "/$value", "not a picture at all", "image/jpeg");
    QCOMPARE(text.status, 500);
    QVERIFY(text.json()
                .value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("isn't an image")));
    QCOMPARE(send("PUT", path + "/$value", QByteArray(), "image/jpeg").status, 500);
    QCOMPARE(get(path).mediaEtag(), etag);
    // A PNG sent as a PNG is taken, and stored as a JPEG; transparency is flattened.
    QCOMPARE(send("PUT", path + "/$value", encode(picture(120, 120, true), "png"), "image/png").status, 200);
    const Http value = get(path + "/$value");
    QCOMPARE(value.header("Content-Type"), QByteArrayLiteral("image/jpeg"));
    const QImage stored = decode(value.body);
    QVERIFY(!stored.hasAlphaChannel());
    QVERIFY(qGray(stored.pixel(5, 60)) > 200); // the transparent strip came out white
}

void TestEmulatorWrites::photoUpdateSettings()
{
    const Http cloud = get("/beta/admin/people/photoUpdateSettings");
    QCOMPARE(cloud.status, 200);
    QCOMPARE(cloud.json().value(QStringLiteral("source")).toString(), QStringLiteral("cloud"));
    QVERIFY(!cloud.json().value(QStringLiteral("allowedRoles")).toArray().isEmpty());
    QVERIFY(cloud.json()
                .value(QStringLiteral("@odata.context"))
                .toString()
                .endsWith(QStringLiteral("admin/people/photoUpdateSettings/$entity")));
    QCOMPARE(get("/v1.0/admin/people/photoUpdateSettings").status, 400); // beta only

    PhotoUpdateSettings onPremises;
    onPremises.source = QStringLiteral("onPremises");
    m_emulator->tenant().setPhotoUpdateSettings(onPremises);
    QCOMPARE(get("/beta/admin/people/photoUpdateSettings").json().value(QStringLiteral("source")).toString(),
             QStringLiteral("onPremises"));

    AccessGrant noSettings;
    noSettings.permissions = {QStringLiteral("User.ReadWrite.All")};
    m_emulator->setAccessToken(QStringLiteral("without.people.settings"), noSettings);
    const Http denied = get("/beta/admin/people/photoUpdateSettings");
    QCOMPARE(denied.status, 403);
    QCOMPARE(denied.errorCode(), QStringLiteral("Authorization_RequestDenied"));
}

void TestEmulatorWrites::onPremisesPolicyRefusesUserWrites()
{
    PhotoUpdateSettings onPremises;
    onPremises.source = QStringLiteral("onPremises");
    m_emulator->tenant().setPhotoUpdateSettings(onPremises);
    for (const QString& kind : {QStringLiteral("me"), QStringLiteral("user by id"), QStringLiteral("beta user")}) {
        const QByteArray path = pathOf(kind);
        const Http put = send("PUT", path + "/$value", encode(picture(120, 120)), "image/jpeg");
        QCOMPARE(put.status, 403);
        QCOMPARE(put.errorCode(), QStringLiteral("ErrorAccessDenied"));
        QCOMPARE(send("DELETE", path + "/$value").status, 403);
    }
    // The policy is about people's photos: groups and contacts are written as before.
    QCOMPARE(send("PUT", pathOf(QStringLiteral("group")) + "/$value", encode(picture(120, 120)), "image/jpeg").status,
             200);
    QCOMPARE(
        send("PUT", pathOf(QStringLiteral("my contact")) + "/$value", encode(picture(120, 120)), "image/jpeg").status,
        200);
}

void TestEmulatorWrites::writesShareThePhotoCapacity()
{
    // One Outlook slot, and a write that holds it far longer than this test runs: whatever the machine's
    // speed, the next photo operation finds the slot taken.
    EmulatorLimits limits;
    limits.photoConcurrency = 1;
    limits.photoWriteServiceMs = 600000;
    m_emulator->setLimits(limits);
    const QByteArray path = pathOf(QStringLiteral("user by id"));
    QNetworkRequest request(QUrl::fromEncoded(m_emulator->baseUrl().toEncoded() + path + "/$value"));
    request.setRawHeader("Authorization", "Bearer " + m_emulator->accessToken().toUtf8());
    request.setRawHeader("Content-Type", "image/jpeg");
    QSignalSpy served(m_emulator.get(), &GraphEmulator::requestServed);
    QNetworkReply* holding = m_nam.put(request, encode(picture(120, 120)));
    QTRY_VERIFY(m_emulator->photoOpCount() == 1);

    const Http second
        = send("PUT", pathOf(QStringLiteral("group")) + "/$value", encode(picture(120, 120)), "image/jpeg");
    QCOMPARE(second.status, 429);
    QCOMPARE(second.errorCode(), QStringLiteral("ApplicationThrottled"));
    bool isNumber = false;
    const double retryAfter = second.header("Retry-After").toDouble(&isNumber);
    QVERIFY(isNumber);
    QVERIFY(retryAfter > 0 && retryAfter <= 600);
    // Reads wait for the same slot.
    QCOMPARE(get(pathOf(QStringLiteral("me"))).status, 429);
    QCOMPARE(m_emulator->throttledOpCount(), 2u);
    QCOMPARE(m_emulator->peakPhotoOpsInFlight(), 1);
    holding->abort();
    holding->deleteLater();
}

void TestEmulatorWrites::theLogTellsWritesApart()
{
    const QByteArray path = pathOf(QStringLiteral("user by id"));
    QCOMPARE(get(path).status, 200);
    QCOMPARE(get("/v1.0/users?$top=3").status, 200);
    QVERIFY(m_emulator->writeRequests().isEmpty());
    QCOMPARE(m_emulator->writeRequestCount(), 0u);

    QCOMPARE(send("PUT", path + "/$value", encode(picture(120, 120)), "image/jpeg").status, 200);
    QCOMPARE(send("PATCH", path + "/$value", encode(picture(130, 130)), "image/jpeg").status, 200);
    QCOMPARE(send("PUT", pathOf(QStringLiteral("group")) + "/$value", "no image", "image/jpeg").status,
             500); // refused writes count
    QCOMPARE(send("DELETE", path + "/$value").status, 200);
    const QList<RequestRecord> writes = m_emulator->writeRequests();
    QCOMPARE(writes.size(), 4);
    QCOMPARE(writes.at(0).method, QByteArrayLiteral("PUT"));
    QCOMPARE(writes.at(1).method, QByteArrayLiteral("PATCH"));
    QCOMPARE(writes.at(2).status, 500);
    QCOMPARE(writes.at(3).method, QByteArrayLiteral("DELETE"));
    QVERIFY(writes.at(3).target.endsWith("/photo/$value") || writes.at(3).target.endsWith("/photo/%24value"));
    QCOMPARE(m_emulator->writeRequestCount(), 4u);
    // The count survives clearing the log.
    m_emulator->clearRequestLog();
    QVERIFY(m_emulator->writeRequests().isEmpty());
    QCOMPARE(m_emulator->writeRequestCount(), 4u);
}

void TestEmulatorWrites::aRestartBringsTheTenantBack()
{
    // Writes live in the tenant's memory only: an emulator started again from the same options (what `--demo`
    // does on each start) serves the original photos.
    const QString id = userWhere([](const DemoUser& u) { return u.photo.hasPhoto(); })->id;
    const QString original = m_emulator->tenant().photoEtag(id);
    const QByteArray before = m_emulator->tenant().photo(id).bytes;
    QCOMPARE(send("PUT", "/v1.0/users/" + pct(id) + "/photo/$value", encode(picture(200, 200)), "image/jpeg").status,
             200);
    const QString group = m_emulator->tenant().groups().constFirst().id; // the large group, which has a photo
    QCOMPARE(send("DELETE", "/v1.0/groups/" + pct(group) + "/photo/$value").status, 200);
    QVERIFY(m_emulator->tenant().photoEtag(id) != original);

    const GraphEmulator restarted(m_emulator->tenant().options());
    QCOMPARE(restarted.tenant().photoEtag(id), original);
    QCOMPARE(restarted.tenant().photo(id).bytes, before);
    QVERIFY(!restarted.tenant().hasUploadedPhoto(id));
    QVERIFY(restarted.tenant().photoInfo(group)->hasPhoto());
}

QTEST_GUILESS_MAIN(TestEmulatorWrites)
#include "TestEmulatorWrites.moc"
