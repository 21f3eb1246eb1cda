// Tests of Portrait::GraphEmulator over real loopback sockets with a plain QNetworkAccessManager.

#include "emulator/DemoTenant.h"
#include "emulator/GraphEmulator.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

#include <memory>

using Portrait::DemoTenant;
using Portrait::GraphEmulator;
using Portrait::PhotoFormat;
using Portrait::PhotoState;

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

struct HttpResult
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
    bool hasHeader(QByteArrayView name) const
    {
        for (const auto& header : headers) {
            if (QByteArrayView(header.first).compare(name, Qt::CaseInsensitive) == 0) {
                return true;
            }
        }
        return false;
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString errorCode() const
    {
        return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    }
    QString errorMessage() const
    {
        return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
    }
};

const QByteArray kJsonType
    = "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8";

QByteArray pct(const QString& s)
{
    return QUrl::toPercentEncoding(s);
}

} // namespace

class TestGraphEmulator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void serverItself();
    void rejectsRequestsWithoutTheToken_data();
    void rejectsRequestsWithoutTheToken();
    void everyResponseCarriesGraphHeaders();
    void errorsHaveGraphShape_data();
    void errorsHaveGraphShape();

    void photoMetadata_data();
    void photoMetadata();
    void photoValue_data();
    void photoValue();
    void photoPlaceholderWhenNoPhoto_data();
    void photoPlaceholderWhenNoPhoto();
    void noMailboxFailsEveryPhotoForm_data();
    void noMailboxFailsEveryPhotoForm();
    void photosCollection();
    void photoBySize_data();
    void photoBySize();
    void contactsHaveNoSizes_data();
    void contactsHaveNoSizes();
    void guestUpnWithEncodedHash();

    void usersPageThroughEveryone_data();
    void usersPageThroughEveryone();
    void topIsValidated_data();
    void topIsValidated();
    void countNeedsConsistencyLevel();
    void searchNeedsConsistencyLevel();
    void searchMatchesNamesByWordAndAddressesByStart_data();
    void searchMatchesNamesByWordAndAddressesByStart();
    void filterStartsWith_data();
    void filterStartsWith();
    void selectReturnsOnlyThoseProperties();
    void groupsAndMembersPage();
    void contactsPageWithSkip();
    void contactFoldersOmitTheDefaultFolder();

    void nonGetIsRejected();
    void mutationChangesEtagAndBytes();
    void requestLogAndSignal();
    void delayedResponsesDoNotBlockOthers();
    void sameSeedServesSameBytes();

private:
    HttpResult get(const QByteArray& target, const Headers& headers = {}, bool auth = true,
                   const QByteArray& method = QByteArrayLiteral("GET"), GraphEmulator* emulator = nullptr);
    HttpResult getUrl(const QUrl& url, const Headers& headers = {}, GraphEmulator* emulator = nullptr);
    QList<QJsonObject> collectPages(const QByteArray& target, const Headers& headers, int* pages,
                                    QStringList* nextLinks = nullptr);
    const Portrait::DemoUser* user(const std::function<bool(const Portrait::DemoUser&)>& predicate) const;
    const Portrait::DemoGroup* group(const std::function<bool(const Portrait::DemoGroup&)>& predicate) const;
    const Portrait::DemoContact* contact(bool inDefaultFolder, bool withPhoto) const;

    std::unique_ptr<GraphEmulator> m_emulator;
    QNetworkAccessManager m_nam;
};

void TestGraphEmulator::initTestCase()
{
    m_emulator = std::make_unique<GraphEmulator>();
    QVERIFY(m_emulator->listen());
    QVERIFY(m_emulator->port() != 0);
    QCOMPARE(m_emulator->baseUrl().host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(m_emulator->graphRoot().toString(), QStringLiteral("http://127.0.0.1:%1/v1.0").arg(m_emulator->port()));
    QCOMPARE(m_emulator->accessToken(), QStringLiteral("portrait-demo-token"));
}

HttpResult TestGraphEmulator::get(const QByteArray& target, const Headers& headers, bool auth, const QByteArray& method,
                                  GraphEmulator* emulator)
{
    GraphEmulator* e = emulator ? emulator : m_emulator.get();
    QNetworkRequest request(QUrl::fromEncoded(e->baseUrl().toEncoded() + target));
    if (auth) {
        request.setRawHeader("Authorization", "Bearer " + e->accessToken().toUtf8());
    }
    for (const auto& [name, value] : headers) {
        request.setRawHeader(name, value);
    }
    QNetworkReply* reply = method == "GET" ? m_nam.get(request) : m_nam.sendCustomRequest(request, method);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished()) {
        [&] { QVERIFY(finished.wait(10000)); }();
    }
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

HttpResult TestGraphEmulator::getUrl(const QUrl& url, const Headers& headers, GraphEmulator* emulator)
{
    GraphEmulator* e = emulator ? emulator : m_emulator.get();
    const QByteArray origin = e->baseUrl().toEncoded();
    const QByteArray encoded = url.toEncoded();
    if (!encoded.startsWith(origin)) {
        qWarning("nextLink %s is not on the emulator's origin", encoded.constData());
        return {};
    }
    return get(encoded.mid(origin.size()), headers, true, "GET", e);
}

QList<QJsonObject> TestGraphEmulator::collectPages(const QByteArray& target, const Headers& headers, int* pages,
                                                   QStringList* nextLinks)
{
    QList<QJsonObject> items;
    *pages = 0;
    HttpResult page = get(target, headers);
    while (true) {
        if (page.status != 200) {
            qWarning("page %d failed: %d %s", *pages, page.status, page.body.constData());
            return {};
        }
        ++*pages;
        const QJsonObject json = page.json();
        for (const QJsonValue& v : json.value(QStringLiteral("value")).toArray()) {
            items.append(v.toObject());
        }
        const QString next = json.value(QStringLiteral("@odata.nextLink")).toString();
        if (next.isEmpty() || *pages > 100) {
            break;
        }
        if (nextLinks) {
            nextLinks->append(next);
        }
        page = getUrl(QUrl(next), headers);
    }
    return items;
}

const Portrait::DemoUser* TestGraphEmulator::user(const std::function<bool(const Portrait::DemoUser&)>& predicate) const
{
    for (const auto& u : m_emulator->tenant().users()) {
        if (predicate(u)) {
            return &u;
        }
    }
    return nullptr;
}

const Portrait::DemoGroup*
TestGraphEmulator::group(const std::function<bool(const Portrait::DemoGroup&)>& predicate) const
{
    for (const auto& g : m_emulator->tenant().groups()) {
        if (predicate(g)) {
            return &g;
        }
    }
    return nullptr;
}

const Portrait::DemoContact* TestGraphEmulator::contact(bool inDefaultFolder, bool withPhoto) const
{
    const DemoTenant& tenant = m_emulator->tenant();
    for (const auto& c : tenant.allContacts()) {
        if ((c.parentFolderId == tenant.defaultContactFolderId()) == inDefaultFolder
            && c.photo.hasPhoto() == withPhoto) {
            return &c;
        }
    }
    return nullptr;
}

void TestGraphEmulator::serverItself()
{
    // The fake is tested too: only loopback, and the handler answers a root request.
    const HttpResult root = get("/v1.0");
    QCOMPARE(root.status, 200);
    QVERIFY(root.json().value(QStringLiteral("@odata.context")).toString().endsWith(QStringLiteral("/v1.0/$metadata")));
    const HttpResult badVersion = get("/v2.0/me");
    QCOMPARE(badVersion.status, 400);
}

void TestGraphEmulator::rejectsRequestsWithoutTheToken_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QString>("messageStart");
    QTest::newRow("no Authorization header") << QByteArray() << QStringLiteral("Access token is empty.");
    QTest::newRow("empty bearer") << QByteArrayLiteral("Bearer ") << QStringLiteral("Access token is empty.");
    QTest::newRow("wrong token without dots")
        << QByteArrayLiteral("Bearer nope") << QStringLiteral("IDX14100: JWT is not well formed");
    QTest::newRow("wrong JWT-like token")
        << QByteArrayLiteral("Bearer a.b.c") << QStringLiteral("Access token validation failure");
    QTest::newRow("basic scheme") << QByteArrayLiteral("Basic cG9ydHJhaXQ=")
                                  << QStringLiteral("Access token is empty.");
}

void TestGraphEmulator::rejectsRequestsWithoutTheToken()
{
    QFETCH(QByteArray, authorization);
    QFETCH(QString, messageStart);
    Headers headers;
    if (!authorization.isNull()) {
        headers.append({"Authorization", authorization});
    }
    for (const QByteArray& target : {QByteArrayLiteral("/v1.0/me"), QByteArrayLiteral("/v1.0/me/photo/$value"),
                                     QByteArrayLiteral("/beta/users"), QByteArrayLiteral("/v1.0/nonsense")}) {
        const HttpResult r = get(target, headers, false);
        QCOMPARE(r.status, 401);
        QVERIFY(r.header("Content-Type").startsWith("application/json"));
        QCOMPARE(r.errorCode(), QStringLiteral("InvalidAuthenticationToken"));
        QVERIFY2(r.errorMessage().startsWith(messageStart), qPrintable(r.errorMessage()));
        QVERIFY(r.hasHeader("WWW-Authenticate"));
    }
}

void TestGraphEmulator::everyResponseCarriesGraphHeaders()
{
    static const QRegularExpression guid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    const HttpResult generated = get("/v1.0/me");
    QCOMPARE(generated.status, 200);
    QCOMPARE(generated.header("Content-Type"), kJsonType);
    QVERIFY(guid.match(QString::fromLatin1(generated.header("request-id"))).hasMatch());
    QVERIFY(guid.match(QString::fromLatin1(generated.header("client-request-id"))).hasMatch());
    QVERIFY(generated.header("Date").endsWith(" GMT"));
    QCOMPARE(generated.json().value(QStringLiteral("@odata.context")).toString(),
             m_emulator->graphRoot().toString() + QStringLiteral("/$metadata#users/$entity"));

    const HttpResult echoed = get("/v1.0/me", {{"client-request-id", "0b5c7a5e-0000-4000-8000-000000000001"}});
    QCOMPARE(echoed.header("client-request-id"), QByteArrayLiteral("0b5c7a5e-0000-4000-8000-000000000001"));
    QVERIFY(echoed.header("request-id") != generated.header("request-id"));

    // v1.0 returns the default user properties only; beta returns more.
    const QJsonObject v1 = generated.json();
    QCOMPARE(v1.value(QStringLiteral("displayName")).toString(), QStringLiteral("Megan Bowen"));
    QVERIFY(v1.contains(QStringLiteral("businessPhones")));
    QVERIFY(!v1.contains(QStringLiteral("accountEnabled")));
    const QJsonObject beta = get("/beta/me").json();
    QVERIFY(beta.contains(QStringLiteral("accountEnabled")));
    QVERIFY(beta.value(QStringLiteral("@odata.context")).toString().contains(QStringLiteral("/beta/$metadata#users")));
}

void TestGraphEmulator::errorsHaveGraphShape_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown top-level segment") << QByteArrayLiteral("/v1.0/foo") << 400 << QStringLiteral("BadRequest")
                                               << QStringLiteral("Resource not found for the segment 'foo'.");
    QTest::newRow("unknown segment under a user")
        << QByteArrayLiteral("/v1.0/me/bogus") << 400 << QStringLiteral("BadRequest")
        << QStringLiteral("Resource not found for the segment 'bogus'.");
    QTest::newRow("unknown user")
        << QByteArrayLiteral("/v1.0/users/nobody@contoso.onmicrosoft.com") << 404
        << QStringLiteral("Request_ResourceNotFound")
        << QStringLiteral("Resource 'nobody@contoso.onmicrosoft.com' does not exist or one of its queried "
                          "reference-property objects are not present.");
    QTest::newRow("unknown group photo")
        << QByteArrayLiteral("/v1.0/groups/00000000-0000-0000-0000-000000000000/photo") << 404
        << QStringLiteral("Request_ResourceNotFound")
        << QStringLiteral("Resource '00000000-0000-0000-0000-000000000000' does not exist or one of its queried "
                          "reference-property objects are not present.");
    QTest::newRow("unknown contact") << QByteArrayLiteral("/v1.0/me/contacts/AAMkAGnope=") << 404
                                     << QStringLiteral("ErrorItemNotFound")
                                     << QStringLiteral("The specified object was not found in the store.");
    QTest::newRow("duplicate query option")
        << QByteArrayLiteral("/v1.0/users?$top=1&$top=2") << 400 << QStringLiteral("BadRequest")
        << QStringLiteral("Query option '$top' was specified more than once, but it must be specified at most once.");
    QTest::newRow("$skip on users") << QByteArrayLiteral("/v1.0/users?$skip=5") << 400
                                    << QStringLiteral("Request_BadRequest")
                                    << QStringLiteral("'$skip' is not supported by the service.");
}

void TestGraphEmulator::errorsHaveGraphShape()
{
    QFETCH(QByteArray, target);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, message);
    const HttpResult r = get(target, {{"client-request-id", "11111111-2222-4333-8444-555555555555"}});
    QCOMPARE(r.status, status);
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
    const QJsonObject error = r.json().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), code);
    QCOMPARE(error.value(QStringLiteral("message")).toString(), message);
    const QJsonObject inner = error.value(QStringLiteral("innerError")).toObject();
    QCOMPARE(inner.value(QStringLiteral("request-id")).toString().toLatin1(), r.header("request-id"));
    QCOMPARE(inner.value(QStringLiteral("client-request-id")).toString(),
             QStringLiteral("11111111-2222-4333-8444-555555555555"));
    QVERIFY(QDateTime::fromString(inner.value(QStringLiteral("date")).toString(), Qt::ISODate).isValid());
}

// Rows: a principal id and the encoded path prefix that addresses it (…/photo is appended).
static void addPhotoPrincipalRows(GraphEmulator& emulator, bool withPhoto)
{
    QTest::addColumn<QString>("principalId");
    QTest::addColumn<QByteArray>("prefix");
    QTest::addColumn<bool>("isGroup");
    const DemoTenant& tenant = emulator.tenant();
    auto pickUser = [&](bool photo) -> const Portrait::DemoUser* {
        for (qsizetype i = 1; i < tenant.users().size(); ++i) {
            const auto& u = tenant.users().at(i);
            if (u.photo.hasPhoto() == photo && u.photo.state != PhotoState::NoMailbox && !u.guest) {
                return &u;
            }
        }
        return nullptr;
    };
    const Portrait::DemoUser* u = pickUser(withPhoto);
    const Portrait::DemoGroup* g = nullptr;
    for (const auto& candidate : tenant.groups()) {
        if (candidate.photo.hasPhoto() == withPhoto) {
            g = &candidate;
            break;
        }
    }
    const Portrait::DemoContact* c = nullptr;
    const Portrait::DemoContact* fc = nullptr;
    for (const auto& candidate : tenant.allContacts()) {
        if (candidate.photo.hasPhoto() != withPhoto) {
            continue;
        }
        if (candidate.parentFolderId == tenant.defaultContactFolderId()) {
            c = c ? c : &candidate;
        } else {
            fc = fc ? fc : &candidate;
        }
    }
    QVERIFY(u && g && c && fc);
    const QByteArray me = pct(tenant.me().id);
    const QByteArray upn = pct(tenant.me().userPrincipalName);
    if (withPhoto) {
        QTest::newRow("me") << tenant.me().id << QByteArrayLiteral("/v1.0/me") << false;
        QTest::newRow("beta me") << tenant.me().id << QByteArrayLiteral("/beta/me") << false;
    }
    QTest::newRow("user by id") << u->id << "/v1.0/users/" + pct(u->id) << false;
    QTest::newRow("user by UPN") << u->id << "/v1.0/users/" + pct(u->userPrincipalName) << false;
    QTest::newRow("group") << g->id << "/v1.0/groups/" + pct(g->id) << true;
    QTest::newRow("me/contacts/{id}") << c->id << "/v1.0/me/contacts/" + pct(c->id) << false;
    QTest::newRow("users/{id}/contacts/{id}") << c->id << "/v1.0/users/" + me + "/contacts/" + pct(c->id) << false;
    QTest::newRow("users/{upn}/contacts/{id}") << c->id << "/v1.0/users/" + upn + "/contacts/" + pct(c->id) << false;
    QTest::newRow("me/contactfolders/{f}/contacts/{id}")
        << fc->id << "/v1.0/me/contactfolders/" + pct(fc->parentFolderId) + "/contacts/" + pct(fc->id) << false;
    QTest::newRow("users/{id}/contactFolders/{f}/contacts/{id}")
        << fc->id << "/v1.0/users/" + me + "/contactFolders/" + pct(fc->parentFolderId) + "/contacts/" + pct(fc->id)
        << false;
    QTest::newRow("users/{upn}/CONTACTFOLDERS/{f}/Contacts/{id}")
        << fc->id << "/beta/users/" + upn + "/CONTACTFOLDERS/" + pct(fc->parentFolderId) + "/Contacts/" + pct(fc->id)
        << false;
}

void TestGraphEmulator::photoMetadata_data()
{
    addPhotoPrincipalRows(*m_emulator, true);
}

void TestGraphEmulator::photoMetadata()
{
    QFETCH(QString, principalId);
    QFETCH(QByteArray, prefix);
    const Portrait::PhotoAsset asset = m_emulator->tenant().photo(principalId);
    QVERIFY(!asset.isNull());
    const HttpResult r = get(prefix + "/photo");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Type"), kJsonType);
    const QJsonObject json = r.json();
    QVERIFY(
        json.value(QStringLiteral("@odata.context")).toString().startsWith(m_emulator->baseUrl().toString() + u'/'));
    QVERIFY(json.value(QStringLiteral("@odata.context")).toString().endsWith(QStringLiteral("/photo/$entity")));
    QVERIFY(json.value(QStringLiteral("@odata.id")).toString().endsWith(QStringLiteral("/photo")));
    QCOMPARE(json.value(QStringLiteral("@odata.mediaContentType")).toString().toLatin1(), asset.mediaType);
    QCOMPARE(json.value(QStringLiteral("@odata.mediaEtag")).toString(), QStringLiteral("\"%1\"").arg(asset.etag));
    QCOMPARE(json.value(QStringLiteral("id")).toString(), QStringLiteral("%1x%1").arg(asset.width));
    QCOMPARE(json.value(QStringLiteral("width")).toInt(), asset.width);
    QCOMPARE(json.value(QStringLiteral("height")).toInt(), asset.height);
}

void TestGraphEmulator::photoValue_data()
{
    addPhotoPrincipalRows(*m_emulator, true);
}

void TestGraphEmulator::photoValue()
{
    QFETCH(QString, principalId);
    QFETCH(QByteArray, prefix);
    const Portrait::PhotoAsset asset = m_emulator->tenant().photo(principalId);
    for (const QByteArray& value : {QByteArrayLiteral("/photo/$value"), QByteArrayLiteral("/photo/%24value"),
                                    QByteArrayLiteral("/PHOTO/$VALUE")}) {
        const HttpResult r = get(prefix + value);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, asset.bytes);
        QCOMPARE(r.header("Content-Type"), asset.mediaType);
        QCOMPARE(r.header("ETag"), '"' + asset.etag.toLatin1() + '"');
        QCOMPARE(r.header("Cache-Control"), QByteArrayLiteral("private"));
        QVERIFY(r.hasHeader("request-id"));
    }
    QVERIFY(m_emulator->requestLog().constLast().target.endsWith("/PHOTO/$VALUE"));
    QVERIFY(m_emulator->requestLog().at(m_emulator->requestLog().size() - 2).target.endsWith("/photo/%24value"));
}

void TestGraphEmulator::photoPlaceholderWhenNoPhoto_data()
{
    addPhotoPrincipalRows(*m_emulator, false);
}

void TestGraphEmulator::photoPlaceholderWhenNoPhoto()
{
    QFETCH(QString, principalId);
    QFETCH(QByteArray, prefix);
    QFETCH(bool, isGroup);
    const HttpResult meta = get(prefix + "/photo");
    QCOMPARE(meta.status, 200);
    const QJsonObject json = meta.json();
    QCOMPARE(json.value(QStringLiteral("@odata.mediaContentType")).toString(), QStringLiteral("image/gif"));
    QCOMPARE(json.value(QStringLiteral("@odata.mediaEtag")).toString(), QString());
    QCOMPARE(json.value(QStringLiteral("id")).toString(), isGroup ? QStringLiteral("1X1") : QStringLiteral("1x1"));
    QCOMPARE(json.value(QStringLiteral("width")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("height")).toInt(), 1);

    const HttpResult value = get(prefix + "/photo/$value");
    QCOMPARE(value.status, 404);
    const auto* info = m_emulator->tenant().photoInfo(principalId);
    QVERIFY(info);
    if (info->missingCode == Portrait::MissingPhotoCode::ImageNotFound) {
        QCOMPARE(value.errorCode(), QStringLiteral("ImageNotFound"));
        QCOMPARE(value.errorMessage(),
                 QStringLiteral(
                     "Exception of type 'Microsoft.Fast.Profile.Core.Exception.ImageNotFoundException' was thrown."));
    } else {
        QCOMPARE(value.errorCode(), QStringLiteral("ErrorItemNotFound"));
        QCOMPARE(value.errorMessage(), QStringLiteral("The photo wasn't found."));
    }
}

void TestGraphEmulator::noMailboxFailsEveryPhotoForm_data()
{
    QTest::addColumn<QByteArray>("suffix");
    QTest::newRow("/photo") << QByteArrayLiteral("/photo");
    QTest::newRow("/photo/$value") << QByteArrayLiteral("/photo/$value");
    QTest::newRow("/photos") << QByteArrayLiteral("/photos");
    QTest::newRow("/photos/48x48") << QByteArrayLiteral("/photos/48x48");
    QTest::newRow("/photos/48x48/$value") << QByteArrayLiteral("/photos/48x48/$value");
}

void TestGraphEmulator::noMailboxFailsEveryPhotoForm()
{
    QFETCH(QByteArray, suffix);
    const auto* u = user([](const auto& x) { return x.photo.state == PhotoState::NoMailbox; });
    QVERIFY(u);
    const HttpResult r = get("/v1.0/users/" + pct(u->id) + suffix);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), QStringLiteral("ErrorNonExistentMailbox"));
    QCOMPARE(r.errorMessage(), QStringLiteral("The SMTP address has no mailbox associated with it."));
    // The user itself is fine.
    QCOMPARE(get("/v1.0/users/" + pct(u->id)).status, 200);
}

void TestGraphEmulator::photosCollection()
{
    const auto* u240 = user([](const auto& x) { return x.photo.hasPhoto() && x.photo.edge == 240; });
    QVERIFY(u240);
    const HttpResult r = get("/v1.0/users/" + pct(u240->id) + "/photos");
    QCOMPARE(r.status, 200);
    QVERIFY(r.json().value(QStringLiteral("@odata.context")).toString().endsWith(QStringLiteral("/photos")));
    QStringList ids;
    for (const QJsonValue& v : r.json().value(QStringLiteral("value")).toArray()) {
        const QJsonObject o = v.toObject();
        ids.append(o.value(QStringLiteral("id")).toString());
        QCOMPARE(o.value(QStringLiteral("width")).toInt(), o.value(QStringLiteral("height")).toInt());
    }
    QCOMPARE(ids,
             (QStringList{QStringLiteral("48X48"), QStringLiteral("64X64"), QStringLiteral("96X96"),
                          QStringLiteral("120X120"), QStringLiteral("240X240")}));

    const auto* none = user([](const auto& x) { return x.photo.state == PhotoState::None; });
    const HttpResult empty = get("/v1.0/users/" + pct(none->id) + "/photos");
    QCOMPARE(empty.status, 200);
    QVERIFY(empty.json().value(QStringLiteral("value")).toArray().isEmpty());

    const auto* g = group([](const auto& x) { return x.photo.hasPhoto(); });
    const HttpResult groupPhotos = get("/v1.0/groups/" + pct(g->id) + "/photos");
    QCOMPARE(groupPhotos.json().value(QStringLiteral("value")).toArray().size(),
             m_emulator->tenant().availablePhotoSizes(g->id).size());
    QCOMPARE(get("/v1.0/me/photos").json().value(QStringLiteral("value")).toArray().size(), 9);
}

void TestGraphEmulator::photoBySize_data()
{
    QTest::addColumn<QByteArray>("size");
    QTest::addColumn<int>("edge"); // 0 = not available
    QTest::newRow("48x48") << QByteArrayLiteral("48x48") << 48;
    QTest::newRow("48X48 (upper case)") << QByteArrayLiteral("48X48") << 48;
    QTest::newRow("240x240, the uploaded edge") << QByteArrayLiteral("240x240") << 240;
    QTest::newRow("360x360 above the uploaded edge") << QByteArrayLiteral("360x360") << 0;
    QTest::newRow("100x100 not a Graph size") << QByteArrayLiteral("100x100") << 0;
    QTest::newRow("malformed size") << QByteArrayLiteral("big") << 0;
}

void TestGraphEmulator::photoBySize()
{
    QFETCH(QByteArray, size);
    QFETCH(int, edge);
    const auto* u = user([](const auto& x) { return x.photo.hasPhoto() && x.photo.edge == 240; });
    QVERIFY(u);
    const QByteArray base = "/v1.0/users/" + pct(u->userPrincipalName) + "/photos/" + size;
    const HttpResult meta = get(base);
    const HttpResult value = get(base + "/$value");
    if (edge == 0) {
        for (const HttpResult* r : {&meta, &value}) {
            QCOMPARE(r->status, 404);
            QVERIFY(r->body.isEmpty());
            QCOMPARE(r->header("Content-Type"), QByteArrayLiteral("text/plain"));
        }
        return;
    }
    const Portrait::PhotoAsset asset = m_emulator->tenant().photo(u->id, edge);
    QCOMPARE(meta.status, 200);
    QCOMPARE(meta.json().value(QStringLiteral("id")).toString(), QStringLiteral("%1x%1").arg(edge));
    QCOMPARE(meta.json().value(QStringLiteral("width")).toInt(), edge);
    QCOMPARE(meta.json().value(QStringLiteral("@odata.mediaEtag")).toString(),
             QStringLiteral("\"%1\"").arg(asset.etag));
    QCOMPARE(value.status, 200);
    QCOMPARE(value.body, asset.bytes);
    QCOMPARE(value.header("ETag"), '"' + asset.etag.toLatin1() + '"');
    QCOMPARE(QImage::fromData(value.body).width(), edge);
}

void TestGraphEmulator::contactsHaveNoSizes_data()
{
    QTest::addColumn<QByteArray>("suffix");
    QTest::newRow("/photos") << QByteArrayLiteral("/photos");
    QTest::newRow("/photos/48x48") << QByteArrayLiteral("/photos/48x48");
    QTest::newRow("/photos/48x48/$value") << QByteArrayLiteral("/photos/48x48/$value");
}

void TestGraphEmulator::contactsHaveNoSizes()
{
    QFETCH(QByteArray, suffix);
    const auto* c = contact(true, true);
    QVERIFY(c);
    const HttpResult r = get("/v1.0/me/contacts/" + pct(c->id) + suffix);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("BadRequest"));
    const QString expected = QStringLiteral("Unsupported segment type. ODataQuery: /users/%1/contacts/%2%3")
                                 .arg(m_emulator->tenant().me().id, c->id, QString::fromLatin1(suffix));
    QCOMPARE(r.errorMessage(), expected);
}

void TestGraphEmulator::guestUpnWithEncodedHash()
{
    const auto* guest
        = m_emulator->tenant().findUser(QStringLiteral("anna.berg_fabrikam.com#EXT#@contoso.onmicrosoft.com"));
    QVERIFY(guest);
    const QByteArray encoded = "anna.berg_fabrikam.com%23EXT%23@contoso.onmicrosoft.com";
    const HttpResult r = get("/v1.0/users/" + encoded);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("id")).toString(), guest->id);
    QVERIFY(m_emulator->requestLog().constLast().target.contains("%23EXT%23"));
    const HttpResult upper
        = get("/v1.0/users/ANNA.BERG_FABRIKAM.COM%23ext%23@CONTOSO.onmicrosoft.com?$select=userType");
    QCOMPARE(upper.json().value(QStringLiteral("userType")).toString(), QStringLiteral("Guest"));

    const HttpResult photo = get("/v1.0/users/" + encoded + "/photo/%24value");
    if (guest->photo.hasPhoto()) {
        QCOMPARE(photo.body, m_emulator->tenant().photo(guest->id).bytes);
    } else {
        QCOMPARE(photo.status, 404);
    }
    // Unencoded, '#' starts a fragment: the client truncates the path and Graph cannot find the user.
    const HttpResult truncated = get("/v1.0/users/anna.berg_fabrikam.com#EXT#@contoso.onmicrosoft.com");
    QCOMPARE(truncated.status, 404);
}

void TestGraphEmulator::usersPageThroughEveryone_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<int>("expectedPages");
    QTest::newRow("default page size 100") << QByteArray() << 3;
    QTest::newRow("$top=37") << QByteArrayLiteral("?$top=37") << 7;
    QTest::newRow("$top=999") << QByteArrayLiteral("?$top=999") << 1;
    QTest::newRow("$top=100 with $select") << QByteArrayLiteral("?$top=100&$select=id,displayName") << 3;
}

void TestGraphEmulator::usersPageThroughEveryone()
{
    QFETCH(QByteArray, query);
    QFETCH(int, expectedPages);
    int pages = 0;
    QStringList nextLinks;
    const QList<QJsonObject> items = collectPages("/v1.0/users" + query, {}, &pages, &nextLinks);
    QCOMPARE(pages, expectedPages);
    QSet<QString> ids;
    for (const QJsonObject& item : items) {
        ids.insert(item.value(QStringLiteral("id")).toString());
    }
    QCOMPARE(items.size(), m_emulator->tenant().users().size()); // no duplicates…
    QCOMPARE(ids.size(), items.size());
    for (const auto& u : m_emulator->tenant().users()) {
        QVERIFY(ids.contains(u.id)); // …and nobody missing
    }
    for (const QString& next : nextLinks) {
        QVERIFY(next.startsWith(m_emulator->graphRoot().toString() + QStringLiteral("/users?")));
        QVERIFY(next.contains(QStringLiteral("$skiptoken=")));
        if (!query.isEmpty()) {
            QVERIFY2(next.contains(QString::fromLatin1(query.mid(1).split('&').constFirst())), qPrintable(next));
        }
    }
    if (query.contains("$select")) {
        QCOMPARE(items.constFirst().keys(), (QStringList{QStringLiteral("displayName"), QStringLiteral("id")}));
    }
}

void TestGraphEmulator::topIsValidated_data()
{
    QTest::addColumn<QByteArray>("top");
    QTest::newRow("0") << QByteArrayLiteral("0");
    QTest::newRow("1000") << QByteArrayLiteral("1000");
    QTest::newRow("-1") << QByteArrayLiteral("-1");
    QTest::newRow("abc") << QByteArrayLiteral("abc");
}

void TestGraphEmulator::topIsValidated()
{
    QFETCH(QByteArray, top);
    for (const QByteArray& path : {QByteArrayLiteral("/v1.0/users"), QByteArrayLiteral("/v1.0/groups")}) {
        const HttpResult r = get(path + "?$top=" + top);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("Request_BadRequest"));
        QCOMPARE(r.errorMessage(),
                 QStringLiteral("Invalid page size specified: '%1'. Must be between 1 and 999 inclusive.")
                     .arg(QString::fromLatin1(top)));
    }
}

void TestGraphEmulator::countNeedsConsistencyLevel()
{
    const Headers eventual{{"ConsistencyLevel", "eventual"}};
    const HttpResult without = get("/v1.0/users/$count");
    QCOMPARE(without.status, 400);
    QCOMPARE(without.errorCode(), QStringLiteral("Request_BadRequest"));
    QCOMPARE(without.errorMessage(), QStringLiteral("$count is not currently supported."));

    const HttpResult with = get("/v1.0/users/%24count", eventual);
    QCOMPARE(with.status, 200);
    QVERIFY(with.header("Content-Type").startsWith("text/plain"));
    QCOMPARE(with.body, QByteArray::number(m_emulator->tenant().users().size()));
    QCOMPARE(get("/v1.0/groups/$count", eventual).body, QByteArrayLiteral("25"));

    // ?$count=true without the header is silently ignored.
    const HttpResult ignored = get("/v1.0/users?$count=true&$top=5");
    QCOMPARE(ignored.status, 200);
    QVERIFY(!ignored.json().contains(QStringLiteral("@odata.count")));

    // With the header: @odata.count on the first page only.
    const HttpResult first = get("/v1.0/users?$count=true&$top=100", eventual);
    QCOMPARE(first.json().value(QStringLiteral("@odata.count")).toInt(), 250);
    const QString next = first.json().value(QStringLiteral("@odata.nextLink")).toString();
    QVERIFY(next.contains(QStringLiteral("$count=true")));
    const HttpResult second = getUrl(QUrl(next), eventual);
    QCOMPARE(second.status, 200);
    QVERIFY(!second.json().contains(QStringLiteral("@odata.count")));
    QCOMPARE(m_emulator->requestLog().constLast().consistencyLevel, QByteArrayLiteral("eventual"));
}

void TestGraphEmulator::searchNeedsConsistencyLevel()
{
    const QByteArray target = "/v1.0/users?$search=" + pct(QStringLiteral("\"displayName:megan\""));
    const HttpResult without = get(target);
    QCOMPARE(without.status, 400);
    QCOMPARE(without.errorCode(), QStringLiteral("Request_UnsupportedQuery"));
    QCOMPARE(without.errorMessage(),
             QStringLiteral("Request with $search query parameter only works through MSGraph with a special "
                            "request header: 'ConsistencyLevel: eventual'"));

    const HttpResult with = get(target + "&$count=true", {{"ConsistencyLevel", "eventual"}});
    QCOMPARE(with.status, 200);
    const QJsonArray value = with.json().value(QStringLiteral("value")).toArray();
    QVERIFY(!value.isEmpty());
    bool megan = false;
    for (const QJsonValue& v : value) {
        megan = megan || v.toObject().value(QStringLiteral("displayName")).toString() == QStringLiteral("Megan Bowen");
        QVERIFY(v.toObject()
                    .value(QStringLiteral("displayName"))
                    .toString()
                    .contains(QStringLiteral("megan"), Qt::CaseInsensitive));
    }
    QVERIFY(megan);
    QCOMPARE(with.json().value(QStringLiteral("@odata.count")).toInt(), value.size());

    const HttpResult groups = get("/v1.0/groups?$search=" + pct(QStringLiteral("\"displayName:sales\"")),
                                  {{"ConsistencyLevel", "eventual"}});
    QCOMPARE(groups.json().value(QStringLiteral("value")).toArray().size(), 2); // Sales EMEA, Sales Americas
    QCOMPARE(get("/v1.0/groups?$search=" + pct(QStringLiteral("\"displayName:sales\""))).status, 400);
    // A group has no userPrincipalName to search.
    const HttpResult unknown = get("/v1.0/groups?$search=" + pct(QStringLiteral("\"userPrincipalName:sales\"")),
                                   {{"ConsistencyLevel", "eventual"}});
    QCOMPARE(unknown.status, 400);
    QCOMPARE(unknown.errorCode(), QStringLiteral("Request_BadRequest"));
}

void TestGraphEmulator::searchMatchesNamesByWordAndAddressesByStart_data()
{
    // Graph's directory search: displayName word by word (each word of the term starts a word of the name, in any
    // order; words also cut at symbols, and words only symbols separate make one too), any other property by
    // the start of its value. Case never matters.
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("found");
    QTest::newRow("name, words in any order")
        << QStringLiteral("\"displayName:bowen meg\"") << QStringLiteral("Megan Bowen") << true;
    QTest::newRow("name, no such word") << QStringLiteral("\"displayName:owen\"") << QStringLiteral("Megan Bowen")
                                        << false;
    QTest::newRow("name, not an address")
        << QStringLiteral("\"displayName:megan.bowen\"") << QStringLiteral("Megan Bowen") << false;
    QTest::newRow("name, joined across a symbol")
        << QStringLiteral("\"displayName:obrien\"") << QStringLiteral("O'Brien, Siobhán") << true;
    QTest::newRow("name, after a symbol")
        << QStringLiteral("\"displayName:brien\"") << QStringLiteral("O'Brien, Siobhán") << true;
    QTest::newRow("mail, its start") << QStringLiteral("\"mail:MEGAN.BOW\"") << QStringLiteral("Megan Bowen") << true;
    QTest::newRow("mail, not a word of it")
        << QStringLiteral("\"mail:bowen\"") << QStringLiteral("Megan Bowen") << false;
    QTest::newRow("userPrincipalName") << QStringLiteral("\"userPrincipalName:siobhan.o\"")
                                       << QStringLiteral("O'Brien, Siobhán") << true;
    QTest::newRow("mailNickname") << QStringLiteral("\"mailNickname:siobhan.obrien\"")
                                  << QStringLiteral("O'Brien, Siobhán") << true;
    QTest::newRow("OR of clauses") << QStringLiteral("\"displayName:megan.bowen\" OR \"mail:megan.bowen\"")
                                   << QStringLiteral("Megan Bowen") << true;
    QTest::newRow("AND of clauses") << QStringLiteral("\"displayName:megan\" AND \"mail:siobhan\"")
                                    << QStringLiteral("Megan Bowen") << false;
}

void TestGraphEmulator::searchMatchesNamesByWordAndAddressesByStart()
{
    QFETCH(QString, search);
    QFETCH(QString, name);
    QFETCH(bool, found);
    const QByteArray target = "/v1.0/users?$search=" + pct(search);
    const HttpResult answer = get(target, {{"ConsistencyLevel", "eventual"}});
    QCOMPARE(answer.status, 200);
    QStringList names;
    for (const QJsonValue& v : answer.json().value(QStringLiteral("value")).toArray()) {
        names << v.toObject().value(QStringLiteral("displayName")).toString();
    }
    QVERIFY2(names.contains(name) == found, qPrintable(names.join(u'|')));
    // Refused without the header, whatever the clauses.
    QCOMPARE(get(target).status, 400);
}

void TestGraphEmulator::filterStartsWith_data()
{
    QTest::addColumn<QString>("property");
    QTest::addColumn<QString>("prefix");
    QTest::newRow("displayName, lower case") << QStringLiteral("displayName") << QStringLiteral("z");
    QTest::newRow("displayName, non-ASCII") << QStringLiteral("displayName") << QStringLiteral("Łu");
    QTest::newRow("userPrincipalName") << QStringLiteral("userPrincipalName") << QStringLiteral("ANNA");
    QTest::newRow("mail") << QStringLiteral("mail") << QStringLiteral("j");
    QTest::newRow("displayName with an apostrophe") << QStringLiteral("displayName") << QStringLiteral("O'Brien");
}

void TestGraphEmulator::filterStartsWith()
{
    QFETCH(QString, property);
    QFETCH(QString, prefix);
    QString literal = prefix;
    literal.replace(QStringLiteral("'"), QStringLiteral("''"));
    const QByteArray target
        = "/v1.0/users?$top=999&$filter=" + pct(QStringLiteral("startswith(%1,'%2')").arg(property, literal));
    const HttpResult r = get(target);
    QCOMPARE(r.status, 200);
    int expected = 0;
    for (const auto& u : m_emulator->tenant().users()) {
        const QString v = property == QStringLiteral("displayName") ? u.displayName
            : property == QStringLiteral("mail")                    ? u.mail
                                                                    : u.userPrincipalName;
        expected += v.startsWith(prefix, Qt::CaseInsensitive) ? 1 : 0;
    }
    QVERIFY(expected > 0);
    QCOMPARE(r.json().value(QStringLiteral("value")).toArray().size(), expected);
}

void TestGraphEmulator::selectReturnsOnlyThoseProperties()
{
    const HttpResult r = get("/v1.0/users?$select=displayName,accountEnabled&$top=2");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("@odata.context")).toString(),
             m_emulator->graphRoot().toString() + QStringLiteral("/$metadata#users(displayName,accountEnabled)"));
    const QJsonObject first = r.json().value(QStringLiteral("value")).toArray().at(0).toObject();
    QCOMPARE(first.keys(), (QStringList{QStringLiteral("accountEnabled"), QStringLiteral("displayName")}));
    const HttpResult unknown = get("/v1.0/users?$select=displayName,shoeSize");
    QCOMPARE(unknown.status, 400);
    QCOMPARE(unknown.errorCode(), QStringLiteral("Request_BadRequest"));
    QVERIFY(get("/v1.0/me?$select=id").json().keys().contains(QStringLiteral("id")));
    const HttpResult groupSelect = get("/v1.0/groups?$select=id,groupTypes");
    QCOMPARE(groupSelect.json().value(QStringLiteral("value")).toArray().at(0).toObject().keys(),
             (QStringList{QStringLiteral("groupTypes"), QStringLiteral("id")}));
}

void TestGraphEmulator::groupsAndMembersPage()
{
    int pages = 0;
    const QList<QJsonObject> groups = collectPages("/v1.0/groups", {}, &pages);
    QCOMPARE(groups.size(), 25);
    QCOMPARE(pages, 1);
    QVERIFY(groups.constFirst().contains(QStringLiteral("groupTypes")));
    QVERIFY(groups.constFirst().contains(QStringLiteral("securityEnabled")));

    const auto& big = m_emulator->tenant().groups().constFirst();
    const auto members = m_emulator->tenant().members(big.id);
    QVERIFY(members.size() > 100);
    QStringList links;
    const QList<QJsonObject> items = collectPages("/v1.0/groups/" + pct(big.id) + "/members", {}, &pages, &links);
    QCOMPARE(pages, 2);
    QCOMPARE(items.size(), members.size());
    QSet<QString> ids;
    for (const QJsonObject& item : items) {
        ids.insert(item.value(QStringLiteral("id")).toString());
        QCOMPARE(item.value(QStringLiteral("@odata.type")).toString(), QStringLiteral("#microsoft.graph.user"));
    }
    QCOMPARE(ids.size(), members.size());
    QVERIFY(links.constFirst().startsWith(m_emulator->graphRoot().toString() + QStringLiteral("/groups/")));

    // A group with a nested group lists it as #microsoft.graph.group; $select keeps @odata.type.
    const auto* parent = group([this](const auto& g) {
        for (const auto& m : m_emulator->tenant().members(g.id)) {
            if (m.kind == Portrait::PrincipalKind::Group) {
                return true;
            }
        }
        return false;
    });
    QVERIFY(parent);
    const HttpResult r = get("/v1.0/groups/" + pct(parent->id) + "/members?$select=id,displayName");
    QCOMPARE(r.json().value(QStringLiteral("@odata.context")).toString(),
             m_emulator->graphRoot().toString() + QStringLiteral("/$metadata#directoryObjects(id,displayName)"));
    bool nested = false;
    for (const QJsonValue& v : r.json().value(QStringLiteral("value")).toArray()) {
        nested = nested
            || v.toObject().value(QStringLiteral("@odata.type")).toString() == QStringLiteral("#microsoft.graph.group");
        QCOMPARE(v.toObject().keys().size(), 3);
    }
    QVERIFY(nested);
    QCOMPARE(get("/v1.0/groups/" + pct(big.id) + "/members/$count", {{"ConsistencyLevel", "eventual"}}).body,
             QByteArray::number(members.size()));
}

void TestGraphEmulator::contactsPageWithSkip()
{
    int pages = 0;
    QStringList links;
    const QList<QJsonObject> items = collectPages("/v1.0/me/contacts", {}, &pages, &links);
    QCOMPARE(pages, 3);
    QCOMPARE(items.size(), 30);
    QVERIFY(links.at(0).endsWith(QStringLiteral("/v1.0/me/contacts?$skip=10")));
    QVERIFY(links.at(1).endsWith(QStringLiteral("/v1.0/me/contacts?$skip=20")));
    QSet<QString> ids;
    for (const QJsonObject& item : items) {
        ids.insert(item.value(QStringLiteral("id")).toString());
        QCOMPARE(item.value(QStringLiteral("parentFolderId")).toString(),
                 m_emulator->tenant().defaultContactFolderId());
        QVERIFY(item.value(QStringLiteral("emailAddresses")).isArray());
        QVERIFY(item.contains(QStringLiteral("companyName")));
    }
    QCOMPARE(ids.size(), 30);

    links.clear();
    const QList<QJsonObject> topped = collectPages("/v1.0/users/" + pct(m_emulator->tenant().me().userPrincipalName)
                                                       + "/contacts?$top=7&$select=displayName",
                                                   {}, &pages, &links);
    QCOMPARE(pages, 5);
    QCOMPARE(topped.size(), 30);
    QVERIFY(links.constFirst().contains(QStringLiteral("$top=7")));
    QVERIFY(links.constFirst().contains(QStringLiteral("$skip=7")));
    QVERIFY(topped.constFirst().contains(QStringLiteral("id")));
    QVERIFY(!topped.constFirst().contains(QStringLiteral("emailAddresses")));

    // Other users have no contacts of their own here.
    const QByteArray other = pct(m_emulator->tenant().users().at(10).id);
    QCOMPARE(get("/v1.0/users/" + other + "/contacts").json().value(QStringLiteral("value")).toArray().size(), 0);

    // One contact by id.
    const auto* c = contact(true, false);
    const HttpResult one = get("/v1.0/me/contacts/" + pct(c->id));
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json().value(QStringLiteral("displayName")).toString(), c->displayName);
}

void TestGraphEmulator::contactFoldersOmitTheDefaultFolder()
{
    const DemoTenant& tenant = m_emulator->tenant();
    const HttpResult r = get("/v1.0/me/contactFolders");
    QCOMPARE(r.status, 200);
    const QJsonArray folders = r.json().value(QStringLiteral("value")).toArray();
    QCOMPARE(folders.size(), 3);
    for (const QJsonValue& v : folders) {
        QVERIFY(v.toObject().value(QStringLiteral("id")).toString() != tenant.defaultContactFolderId());
    }
    QCOMPARE(folders.at(0).toObject().value(QStringLiteral("displayName")).toString(), QStringLiteral("Suppliers"));
    int pages = 0;
    const QString folderId = folders.at(1).toObject().value(QStringLiteral("id")).toString();
    const QList<QJsonObject> contacts
        = collectPages("/v1.0/me/contactfolders/" + pct(folderId) + "/contacts?$top=5", {}, &pages);
    QCOMPARE(contacts.size(), 8);
    QCOMPARE(pages, 2);
    // The default folder can still be addressed by id.
    const HttpResult defaultFolder
        = get("/v1.0/me/contactFolders/" + pct(tenant.defaultContactFolderId()) + "/contacts?$top=50");
    QCOMPARE(defaultFolder.json().value(QStringLiteral("value")).toArray().size(), 30);
}

void TestGraphEmulator::nonGetIsRejected()
{
    const HttpResult post = get("/v1.0/me", {{"Content-Type", "application/json"}}, true, "POST");
    QCOMPARE(post.status, 405);
    // Photos are removed through photo/$value only (TestEmulatorWrites covers the writes).
    const HttpResult del = get("/v1.0/me/photo", {}, true, "DELETE");
    QCOMPARE(del.status, 405);
    const HttpResult batch = get("/v1.0/$batch", {{"Content-Type", "application/json"}}, true, "POST");
    QCOMPARE(batch.status, 400); // an empty $batch body is malformed (TestEmulatorBatch covers $batch)
}

void TestGraphEmulator::mutationChangesEtagAndBytes()
{
    GraphEmulator emulator;
    QVERIFY(emulator.listen());
    const QString id = emulator.tenant().me().id;
    const HttpResult before = get("/v1.0/me/photo/$value", {}, true, "GET", &emulator);
    const QString etagBefore
        = get("/v1.0/me/photo", {}, true, "GET", &emulator).json().value(QStringLiteral("@odata.mediaEtag")).toString();
    QVERIFY(emulator.tenant().bumpPhoto(id));
    const HttpResult after = get("/v1.0/me/photo/$value", {}, true, "GET", &emulator);
    const QString etagAfter
        = get("/v1.0/me/photo", {}, true, "GET", &emulator).json().value(QStringLiteral("@odata.mediaEtag")).toString();
    QVERIFY(before.body != after.body);
    QVERIFY(etagBefore != etagAfter);
    QCOMPARE(after.header("ETag"), etagAfter.toLatin1());

    QVERIFY(emulator.tenant().removePhoto(id));
    QCOMPARE(get("/v1.0/me/photo", {}, true, "GET", &emulator).json().value(QStringLiteral("id")).toString(),
             QStringLiteral("1x1"));
    QCOMPARE(get("/v1.0/me/photo/$value", {}, true, "GET", &emulator).status, 404);

    emulator.setAccessToken(QStringLiteral("another-token"));
    QCOMPARE(get("/v1.0/me", {{"Authorization", "Bearer portrait-demo-token"}}, false, "GET", &emulator).status, 401);
    QCOMPARE(get("/v1.0/me", {}, true, "GET", &emulator).status, 200);
}

void TestGraphEmulator::requestLogAndSignal()
{
    QSignalSpy served(m_emulator.get(), &GraphEmulator::requestServed);
    m_emulator->clearRequestLog();
    get("/v1.0/users?$top=1", {{"ConsistencyLevel", "eventual"}});
    get("/v1.0/me", {}, false);
    QTRY_COMPARE(served.size(), 2);
    const auto log = m_emulator->requestLog();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(0).method, QByteArrayLiteral("GET"));
    QCOMPARE(log.at(0).target, QByteArrayLiteral("/v1.0/users?$top=1"));
    QVERIFY(log.at(0).hasAuthorization);
    QVERIFY(log.at(0).authorized);
    QCOMPARE(log.at(0).consistencyLevel, QByteArrayLiteral("eventual"));
    QCOMPARE(log.at(0).status, 200);
    QVERIFY(!log.at(1).hasAuthorization);
    QCOMPARE(log.at(1).status, 401);
    QCOMPARE(log.at(1).errorCode, QByteArrayLiteral("InvalidAuthenticationToken"));
    const auto record = served.at(1).at(0).value<Portrait::RequestRecord>();
    QCOMPARE(record.requestId, log.at(1).requestId);
}

void TestGraphEmulator::delayedResponsesDoNotBlockOthers()
{
    GraphEmulator slow;
    QVERIFY(slow.listen());
    // Three seconds: the fast answer comes first even when a loaded machine takes its time to serve it.
    slow.setResponseDelay(std::chrono::milliseconds(3000));
    QNetworkRequest slowRequest(QUrl::fromEncoded(slow.baseUrl().toEncoded() + "/v1.0/me"));
    slowRequest.setRawHeader("Authorization", "Bearer portrait-demo-token");
    QNetworkReply* slowReply = m_nam.get(slowRequest);
    const HttpResult fast = get("/v1.0/me");
    QCOMPARE(fast.status, 200);
    QVERIFY(!slowReply->isFinished());
    QTRY_VERIFY_WITH_TIMEOUT(slowReply->isFinished(), 30000);
    QCOMPARE(slowReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(slow.requestLog().constFirst().elapsedMs >= 2900);
    delete slowReply;
}

void TestGraphEmulator::sameSeedServesSameBytes()
{
    GraphEmulator other;
    QVERIFY(other.listen());
    const auto* png = user([](const auto& u) { return u.photo.hasPhoto() && u.photo.format == PhotoFormat::Png; });
    QVERIFY(png);
    for (const QByteArray& target :
         {QByteArrayLiteral("/v1.0/me/photo/$value"), "/v1.0/users/" + pct(png->id) + "/photos/48x48/$value"}) {
        const HttpResult a = get(target);
        const HttpResult b = get(target, {}, true, "GET", &other);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.body, b.body);
        QCOMPARE(a.header("ETag"), b.header("ETag"));
    }
    QCOMPARE(get("/v1.0/users?$top=999&$select=id").body,
             get("/v1.0/users?$top=999&$select=id", {}, true, "GET", &other)
                 .body.replace(other.baseUrl().toEncoded(), m_emulator->baseUrl().toEncoded()));
}

QTEST_GUILESS_MAIN(TestGraphEmulator)
#include "TestGraphEmulator.moc"
