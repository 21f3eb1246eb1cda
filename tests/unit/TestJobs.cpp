// Jobs against a scenario fake QNAM: the exact requests sent, and nothing extra (CONTRIBUTING.md, "A Graph job").
#include "FakeNetworkAccessManager.h"
#include "TestImages.h"
#include "base/TokenProvider.h"
#include "graph/GraphClient.h"
#include "graph/GraphImage.h"
#include "graph/ListJob.h"
#include "graph/ObjectJob.h"
#include "graph/PhotoJob.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

using namespace Portrait;
using Portrait::Test::Exchange;
using Portrait::Test::FakeNetworkAccessManager;

namespace {

const QByteArray kRoot = "https://graph.microsoft.com/v1.0";
const QByteArray kBearer = "Bearer t0ken";
const QByteArray kUserSelect = "$select=id,displayName,userPrincipalName,mail,userType,accountEnabled";

QByteArray jpeg(int w, int h)
{
    return Test::jpeg(w, h, QColor(30, 120, 200));
}

Exchange json(const QByteArray& url, const QByteArray& body, int status = 200)
{
    Exchange e;
    e.url = url;
    e.authorization = kBearer;
    e.status = status;
    e.body = body;
    e.replyHeaders = {{"Content-Type", "application/json"}, {"request-id", "rid-" + QByteArray::number(status)}};
    return e;
}

/// A page of @p count users numbered from @p first, with a nextLink to @p next unless it is empty.
QByteArray userPage(int first, int count, const QByteArray& next = {})
{
    QJsonArray value;
    for (int i = first; i < first + count; ++i) {
        value.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("u%1").arg(i)},
                                 {QStringLiteral("displayName"), QStringLiteral("User %1").arg(i)},
                                 {QStringLiteral("userPrincipalName"), QStringLiteral("user%1@contoso.com").arg(i)},
                                 {QStringLiteral("mail"), QStringLiteral("user%1@contoso.com").arg(i)}});
    }
    QJsonObject page{{QStringLiteral("value"), value}};
    if (!next.isEmpty()) {
        page.insert(QStringLiteral("@odata.nextLink"), QString::fromLatin1(next));
    }
    return QJsonDocument(page).toJson(QJsonDocument::Compact);
}

} // namespace

class TestJobs : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listFollowsNextLinks();
    void listRefusesForeignNextLink_data();
    void listRefusesForeignNextLink();
    void listStopsAtMaxPages();
    void searchSendsConsistencyLevelOnEveryPage();
    void memberFilterIsAnAdvancedQueryOnEveryPage();
    void contactsSearchIsClientSide();
    void malformedPageIsAnError();
    void largePagesArriveWholeAndInOrder();
    void destroyedWhileParsingEmitsNothing();
    void abortedWhileParsingDropsThePage();
    void redirectWithinOriginIsFollowed();
    void redirectToForeignOriginIsRefused();
    void photoWithBytes();
    void photoPlaceholderSkipsBytes();
    void photoNotFound();
    void photoNoMailbox();
    void photoBySizeAndGuestUpn();
    void contactSizeIsRefusedWithoutRequest();
    void photoNotAnImage();
    void onlyGraphsFormatsAreDecoded_data();
    void onlyGraphsFormatsAreDecoded();
    void sizesList();
    void objectByUpn();
    void unauthorizedRenewsOnceThenFails();
    void finishedOnceAndNeverSynchronously();
    void abortHangingRequest();
    void retryAfterIsHonoured_data();
    void retryAfterIsHonoured();
    void backoffWithoutRetryAfter();
    void notFoundIsNeverRetried();
    void truncatedBodyIsRetried();
    void attemptsAreBounded();
    void forbiddenNamesThePermission();

private:
    void enableRetries(ManualClock* clock);

    template <typename Job> void run(Job* job)
    {
        QSignalSpy spy(job, &GraphJob::finished);
        job->start();
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.count(), 1);
    }

    FakeNetworkAccessManager* m_nam = nullptr;
    StaticTokenProvider* m_tokens = nullptr;
    GraphClient* m_client = nullptr;
};

void TestJobs::init()
{
    m_nam = new FakeNetworkAccessManager(this);
    m_tokens = new StaticTokenProvider(QStringLiteral("t0ken"), this);
    m_client = new GraphClient(GraphRoot::parse(QString::fromLatin1(kRoot)), m_tokens, m_nam, this);
    // Most tests check one exchange; the retry tests below turn retries on with a manual clock.
    RetryPolicy once;
    once.maxAttempts = 1;
    m_client->setRetryPolicy(once);
}

void TestJobs::cleanup()
{
    QVERIFY2(m_nam->isSatisfied(), m_nam->problems().constData());
    delete m_client;
    delete m_tokens;
    delete m_nam;
}

void TestJobs::listFollowsNextLinks()
{
    m_nam->expect(json(
        kRoot + "/users?$top=2&" + kUserSelect,
        R"({"value":[{"id":"1","displayName":"A"},{"id":"2","displayName":"B"}],"@odata.nextLink":"https://graph.microsoft.com/v1.0/users?$top=2&$skiptoken=RFNwdAIAAQAAAB%3D"})"));
    m_nam->expect(json(
        "https://graph.microsoft.com/v1.0/users?$top=2&$skiptoken=RFNwdAIAAQAAAB%3D",
        R"({"value":[{"id":"3","displayName":"C"}],"@odata.nextLink":"https://graph.microsoft.com/v1.0/users?$top=2&$skiptoken=p3"})"));
    m_nam->expect(json("https://graph.microsoft.com/v1.0/users?$top=2&$skiptoken=p3", R"({"value":[]})"));

    ListQuery q;
    q.pageSize = 2;
    ListJob job(m_client, ItemPath::users(), q);
    QSignalSpy pages(&job, &ListJob::pageReceived);
    run(&job);
    QVERIFY2(!job.hasError(), qPrintable(job.error().toString()));
    QCOMPARE(pages.count(), 3);
    QCOMPARE(job.pagesFetched(), 3);
    QCOMPARE(job.objects().size(), 3);
    QCOMPARE(job.objects().at(2).displayName, QStringLiteral("C"));
}

void TestJobs::listRefusesForeignNextLink_data()
{
    QTest::addColumn<QByteArray>("nextLink");
    QTest::newRow("other host") << QByteArray("https://evil.example/v1.0/users?$skiptoken=x");
    QTest::newRow("look-alike host") << QByteArray("https://graph.microsoft.com.evil.example/v1.0/users");
    QTest::newRow("https to http downgrade") << QByteArray("http://graph.microsoft.com/v1.0/users?$skiptoken=x");
    QTest::newRow("other port") << QByteArray("https://graph.microsoft.com:8443/v1.0/users");
    QTest::newRow("user info") << QByteArray("https://attacker@graph.microsoft.com/v1.0/users");
}

void TestJobs::listRefusesForeignNextLink()
{
    QFETCH(QByteArray, nextLink);
    m_nam->expect(json(kRoot + "/users?$top=999&" + kUserSelect,
                       R"({"value":[{"id":"1"}],"@odata.nextLink":")" + nextLink + R"("})"));
    ListJob job(m_client, ItemPath::users());
    run(&job);
    QVERIFY(job.hasError());
    QCOMPARE(job.error().kind, GraphError::Kind::Security);
    QCOMPARE(job.objects().size(), 1);
    QCOMPARE(m_nam->seen().size(), 1); // nothing was sent to the other origin
}

void TestJobs::listStopsAtMaxPages()
{
    m_nam->expect(
        json(kRoot + "/groups?$top=999&$select=id,displayName,mail,groupTypes",
             R"({"value":[{"id":"g1"}],"@odata.nextLink":"https://graph.microsoft.com/v1.0/groups?$skiptoken=2"})"));
    ListQuery q;
    q.maxPages = 1;
    ListJob job(m_client, ItemPath::groups(), q);
    run(&job);
    QVERIFY(!job.hasError());
    QCOMPARE(job.nextLink().toEncoded(), QByteArray("https://graph.microsoft.com/v1.0/groups?$skiptoken=2"));

    // A later job continues from the nextLink, and nothing else.
    m_nam->expect(json("https://graph.microsoft.com/v1.0/groups?$skiptoken=2", R"({"value":[{"id":"g2"}]})"));
    std::unique_ptr<ListJob> next(ListJob::continueFrom(m_client, ItemPath::groups(), job.nextLink(), q));
    run(next.get());
    QCOMPARE(next->objects().size(), 1);
    QVERIFY(next->nextLink().isEmpty());
}

void TestJobs::searchSendsConsistencyLevelOnEveryPage()
{
    Exchange first = json(
        kRoot + "/users?$top=999&" + kUserSelect
            + "&$search=%22displayName:wa%22%20OR%20%22userPrincipalName:wa%22%20OR%20%22mail:wa%22%20OR%20"
              "%22mailNickname:wa%22&$count=true",
        R"({"@odata.count":3,"value":[{"id":"1"}],"@odata.nextLink":"https://graph.microsoft.com/v1.0/users?$search=%22displayName:wa%22&$count=true&$skiptoken=2"})");
    first.expectHeaders = {{"ConsistencyLevel", "eventual"}};
    Exchange second
        = json("https://graph.microsoft.com/v1.0/users?$search=%22displayName:wa%22&$count=true&$skiptoken=2",
               R"({"value":[{"id":"2"},{"id":"3"}]})");
    second.expectHeaders = {{"ConsistencyLevel", "eventual"}};
    m_nam->expect(first);
    m_nam->expect(second);
    ListQuery q;
    q.search = QStringLiteral("wa");
    ListJob job(m_client, ItemPath::users(), q);
    run(&job);
    QVERIFY(!job.hasError());
    QCOMPARE(job.totalCount(), 3);
    QCOMPARE(job.objects().size(), 3);
}

void TestJobs::memberFilterIsAnAdvancedQueryOnEveryPage()
{
    // docs/GRAPH.md#group-members: $filter on a group's members needs ConsistencyLevel and $count, like $search.
    const QByteArray members
        = kRoot + "/groups/g1/members?$top=999&" + kUserSelect + "&$filter=startswith(displayName,'wa')&$count=true";
    Exchange first = json(members,
                          R"({"@odata.count":2,"value":[{"id":"1","@odata.type":"#microsoft.graph.user"}],)"
                          R"("@odata.nextLink":"https://graph.microsoft.com/v1.0/groups/g1/members?$skiptoken=2"})");
    first.expectHeaders = {{"ConsistencyLevel", "eventual"}};
    Exchange second = json("https://graph.microsoft.com/v1.0/groups/g1/members?$skiptoken=2",
                           R"({"value":[{"id":"2","@odata.type":"#microsoft.graph.user"}]})");
    second.expectHeaders = {{"ConsistencyLevel", "eventual"}};
    m_nam->expect(first);
    m_nam->expect(second);
    ListQuery q;
    q.filter = QStringLiteral("startswith(displayName,'wa')");
    ListJob job(m_client, ItemPath::groupMembers(QStringLiteral("g1")), q);
    run(&job);
    QVERIFY2(!job.hasError(), qPrintable(job.error().toString()));
    QCOMPARE(job.objects().size(), 2);
    QCOMPARE(job.totalCount(), 2);

    // The same filter on users is a basic query: no header, no $count (tenants without advanced queries, B2C).
    m_nam->expect(json(kRoot + "/users?$top=999&" + kUserSelect + "&$filter=startswith(displayName,'wa')",
                       R"({"value":[{"id":"1"}]})"));
    ListJob users(m_client, ItemPath::users(), q);
    run(&users);
    QVERIFY(!users.hasError());
    for (const auto& [name, value] : m_nam->seenHeaders().last()) {
        QVERIFY(name != "ConsistencyLevel");
    }
}

void TestJobs::contactsSearchIsClientSide()
{
    Exchange e = json(
        kRoot + "/me/contacts?$top=999&$select=id,displayName,emailAddresses,parentFolderId",
        R"({"value":[{"id":"c1","displayName":"Zoë Brown"},{"id":"c2","displayName":"Ann","emailAddresses":[{"address":"zoe@x.com"}]},{"id":"c3","displayName":"Bob"}]})");
    m_nam->expect(e);
    ListQuery q;
    q.search = QStringLiteral("ZOE"); // case and accents do not matter: Zoë by her name, Ann by her address
    ListJob job(m_client, ItemPath::contacts(), q);
    run(&job);
    QCOMPARE(job.objects().size(), 2);
    QCOMPARE(job.objects().at(0).id, QStringLiteral("c1"));
    QCOMPARE(job.objects().at(1).id, QStringLiteral("c2"));
    // No ConsistencyLevel and no $search for contacts: Graph cannot search them.
    for (const auto& [name, value] : m_nam->seenHeaders().first()) {
        QVERIFY(name != "ConsistencyLevel");
    }
}

void TestJobs::malformedPageIsAnError()
{
    m_nam->expect(json(kRoot + "/users?$top=999&" + kUserSelect, R"({"value":[{"id":"1"})"));
    ListJob job(m_client, ItemPath::users());
    run(&job);
    QVERIFY(job.hasError());
    QCOMPARE(job.error().kind, GraphError::Kind::Protocol);
    QCOMPARE(job.error().requestId, QStringLiteral("rid-200"));
}

void TestJobs::largePagesArriveWholeAndInOrder()
{
    // Pages are parsed on the thread pool: still one after the other, each whole, in Graph's order.
    const QByteArray first = kRoot + "/users?$top=999&" + kUserSelect;
    const QByteArray second = kRoot + "/users?$top=999&$skiptoken=p2";
    const QByteArray third = kRoot + "/users?$top=999&$skiptoken=p3";
    m_nam->expect(json(first, userPage(0, 999, second)));
    m_nam->expect(json(second, userPage(999, 999, third)));
    m_nam->expect(json(third, userPage(1998, 500)));
    ListJob job(m_client, ItemPath::users());
    QSignalSpy pages(&job, &ListJob::pageReceived);
    run(&job);
    QVERIFY2(!job.hasError(), qPrintable(job.error().toString()));
    QCOMPARE(pages.count(), 3);
    QCOMPARE(job.objects().size(), 2498);
    int expected = 0;
    for (const QList<QVariant>& page : std::as_const(pages)) {
        for (const DirectoryObject& object : page.at(0).value<QList<DirectoryObject>>()) {
            QCOMPARE(object.id, QStringLiteral("u%1").arg(expected));
            QCOMPARE(job.objects().at(expected).id, object.id);
            ++expected;
        }
    }
    QCOMPARE(expected, 2498);
}

void TestJobs::destroyedWhileParsingEmitsNothing()
{
    m_nam->expect(json(kRoot + "/users?$top=999&" + kUserSelect, userPage(0, 999, kRoot + "/users?$skiptoken=p2")));
    auto* job = new ListJob(m_client, ItemPath::users());
    QSignalSpy pages(job, &ListJob::pageReceived);
    QSignalSpy finished(job, &GraphJob::finished);
    // The answer is in; the job goes before the next turn of the event loop, i.e. before any parse result can
    // be delivered (a synchronous parse would have emitted both signals by then).
    bool deleted = false;
    connect(m_nam, &QNetworkAccessManager::finished, this, [&]() {
        QMetaObject::invokeMethod(
            this,
            [&]() {
                delete job;
                deleted = true;
            },
            Qt::QueuedConnection);
    });
    job->start();
    QTRY_VERIFY(deleted);
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCOMPARE(pages.count(), 0);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(m_nam->seen().size(), 1); // and nothing asked for the next page
}

void TestJobs::abortedWhileParsingDropsThePage()
{
    m_nam->expect(json(kRoot + "/users?$top=999&" + kUserSelect, userPage(0, 999, kRoot + "/users?$skiptoken=p2")));
    ListJob job(m_client, ItemPath::users());
    QSignalSpy pages(&job, &ListJob::pageReceived);
    QSignalSpy finished(&job, &GraphJob::finished);
    connect(
        m_nam, &QNetworkAccessManager::finished, &job, [&job]() { job.abort(); }, Qt::QueuedConnection);
    job.start();
    QVERIFY(finished.wait(5000));
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(pages.count(), 0);
    QCOMPARE(job.error().kind, GraphError::Kind::Cancelled);
    QVERIFY(job.objects().isEmpty());
    QCOMPARE(m_nam->seen().size(), 1);
}

void TestJobs::redirectWithinOriginIsFollowed()
{
    Exchange redirect = json(kRoot + "/me/photo/$value", {}, 302);
    redirect.replyHeaders.emplaceBack("Location", "/v1.0/users/u1/photo/$value");
    m_nam->expect(redirect);
    Exchange bytes;
    bytes.url = kRoot + "/users/u1/photo/$value";
    bytes.authorization = kBearer;
    bytes.body = jpeg(8, 8);
    bytes.replyHeaders = {{"Content-Type", "image/jpeg"}, {"ETag", "\"E1\""}};
    m_nam->expect(bytes);
    PhotoJob job(m_client, ItemPath::me(), PhotoJob::Mode::BytesOnly);
    run(&job);
    QCOMPARE(job.info().status, PhotoStatus::Photo);
    QCOMPARE(job.info().etag, QStringLiteral("E1"));
}

void TestJobs::redirectToForeignOriginIsRefused()
{
    Exchange redirect = json(kRoot + "/me/photo/$value", {}, 307);
    redirect.replyHeaders.emplaceBack("Location", "https://cdn.evil.example/photo.jpg");
    m_nam->expect(redirect);
    PhotoJob job(m_client, ItemPath::me(), PhotoJob::Mode::BytesOnly);
    run(&job);
    QCOMPARE(job.info().status, PhotoStatus::Error);
    QCOMPARE(job.info().reason, QStringLiteral("refused"));
    QCOMPARE(job.info().error.kind, GraphError::Kind::Security);
    QCOMPARE(m_nam->seen().size(), 1);
}

void TestJobs::photoWithBytes()
{
    m_nam->expect(json(
        kRoot + "/users/u1/photo",
        R"({"@odata.mediaContentType":"image/jpeg","@odata.mediaEtag":"\"BA09D118\"","id":"240x240","width":240,"height":240})"));
    Exchange bytes;
    bytes.url = kRoot + "/users/u1/photo/$value";
    bytes.authorization = kBearer;
    bytes.body = jpeg(240, 240);
    bytes.replyHeaders = {{"Content-Type", "image/Jpeg"}, {"ETag", "\"BA09D118\""}};
    m_nam->expect(bytes);
    PhotoJob job(m_client, ItemPath::user(QStringLiteral("u1")), PhotoJob::Mode::MetadataAndBytes);
    run(&job);
    QVERIFY(!job.hasError());
    const PhotoInfo& info = job.info();
    QCOMPARE(info.status, PhotoStatus::Photo);
    QCOMPARE(info.mediaType, QStringLiteral("image/jpeg"));
    QCOMPARE(info.etag, QStringLiteral("BA09D118"));
    QCOMPARE(info.width, 240);
    QCOMPARE(info.height, 240);
    QCOMPARE(info.bytes, bytes.body.size());
    QCOMPARE(info.data, bytes.body);
    QCOMPARE(info.sizeId, QStringLiteral("240x240"));
}

void TestJobs::photoPlaceholderSkipsBytes()
{
    m_nam->expect(
        json(kRoot + "/groups/g1/photo",
             R"({"@odata.mediaContentType":"image/gif","@odata.mediaEtag":"","id":"1X1","width":1,"height":1})"));
    PhotoJob job(m_client, ItemPath::group(QStringLiteral("g1")), PhotoJob::Mode::MetadataAndBytes);
    run(&job);
    QCOMPARE(job.info().status, PhotoStatus::None);
    QCOMPARE(job.info().reason, QStringLiteral("placeholder-1x1"));
    QVERIFY(!job.info().hasBytes());
}

void TestJobs::photoNotFound()
{
    m_nam->expect(json(
        kRoot + "/me/photo/$value",
        R"({"error":{"code":"ErrorItemNotFound","message":"The photo wasn't found.","innerError":{"request-id":"r-404","date":"2026-11-28T10:00:00"}}})",
        404));
    PhotoJob job(m_client, ItemPath::me(), PhotoJob::Mode::BytesOnly);
    run(&job);
    QVERIFY(!job.hasError()); // a missing photo is an outcome, not a failure
    QCOMPARE(job.info().status, PhotoStatus::None);
    QCOMPARE(job.info().reason, QStringLiteral("not-found"));
    QCOMPARE(job.info().error.code, QStringLiteral("ErrorItemNotFound"));
    QCOMPARE(job.info().error.requestId, QStringLiteral("r-404"));
    QCOMPARE(job.info().error.date, QStringLiteral("2026-11-28T10:00:00"));
}

void TestJobs::photoNoMailbox()
{
    m_nam->expect(json(
        kRoot + "/users/u9/photo",
        R"({"error":{"code":"ErrorNonExistentMailbox","message":"The SMTP address has no mailbox associated with it."}})",
        404));
    PhotoJob job(m_client, ItemPath::user(QStringLiteral("u9")), PhotoJob::Mode::MetadataAndBytes);
    run(&job);
    QCOMPARE(job.info().status, PhotoStatus::Unavailable);
    QCOMPARE(job.info().reason, QStringLiteral("ErrorNonExistentMailbox"));
    QCOMPARE(job.info().error.requestId, QStringLiteral("rid-404")); // from the header when the body has none
}

void TestJobs::photoBySizeAndGuestUpn()
{
    const QByteArray base = kRoot + "/users/anna.berg_fabrikam.com%23EXT%23@contoso.onmicrosoft.com/photos/48x48";
    m_nam->expect(json(
        base,
        R"({"@odata.mediaContentType":"image/jpeg","@odata.mediaEtag":"\"C0FFEE01\"","id":"48x48","width":48,"height":48})"));
    Exchange bytes;
    bytes.url = base + "/$value";
    bytes.authorization = kBearer;
    bytes.body = jpeg(48, 48);
    bytes.replyHeaders = {{"Content-Type", "image/jpeg"}, {"ETag", "\"C0FFEE01\""}};
    m_nam->expect(bytes);
    PhotoJob job(m_client, ItemPath::user(QStringLiteral("anna.berg_fabrikam.com#EXT#@contoso.onmicrosoft.com")),
                 PhotoJob::Mode::MetadataAndBytes, QStringLiteral("48x48"));
    run(&job);
    QCOMPARE(job.info().status, PhotoStatus::Photo);
    QCOMPARE(job.info().width, 48);
}

void TestJobs::contactSizeIsRefusedWithoutRequest()
{
    PhotoJob job(m_client, ItemPath::contact(QStringLiteral("c1")), PhotoJob::Mode::MetadataAndBytes,
                 QStringLiteral("48x48"));
    run(&job);
    QCOMPARE(job.info().status, PhotoStatus::Error);
    QCOMPARE(job.info().reason, QStringLiteral("sizes-unsupported"));
    QVERIFY(m_nam->seen().isEmpty());
}

void TestJobs::photoNotAnImage()
{
    Exchange e;
    e.url = kRoot + "/me/photo/$value";
    e.authorization = kBearer;
    e.body = "<html>captive portal</html>";
    e.replyHeaders = {{"Content-Type", "text/html"}};
    m_nam->expect(e);
    PhotoJob job(m_client, ItemPath::me(), PhotoJob::Mode::BytesOnly);
    run(&job);
    QCOMPARE(job.info().status, PhotoStatus::Error);
    QCOMPARE(job.info().reason, QStringLiteral("not-an-image"));
}

void TestJobs::onlyGraphsFormatsAreDecoded_data()
{
    QTest::addColumn<QByteArray>("format");
    QTest::addColumn<bool>("decoded");
    // Graph's four formats decode; any other plugin Qt has is never reached by bytes from the network.
    for (const QByteArray& format : QImageReader::supportedImageFormats()) {
        if (!QImageWriter::supportedImageFormats().contains(format)) {
            continue; // nothing to make test bytes with (GIF: a hand-made one below)
        }
        const bool graphs = format == "jpeg" || format == "jpg" || format == "png" || format == "bmp";
        QTest::newRow(format.constData()) << format << graphs;
    }
    QTest::newRow("gif") << QByteArray("gif") << true;
}

void TestJobs::onlyGraphsFormatsAreDecoded()
{
    QFETCH(QByteArray, format);
    QFETCH(bool, decoded);
    QByteArray bytes;
    if (format == "gif") {
        bytes = QByteArray::fromHex("47494638396102000100f00000ff000000000021f90400000000002c00000000020001000002"
                                    "02040a003b"); // 2 x 1 red pixels
    } else {
        QImage image(24, 16, QImage::Format_RGB32);
        image.fill(QColor(30, 120, 200));
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!QImageWriter(&buffer, format).write(image)) {
            QSKIP("Qt cannot write this format at this size");
        }
    }
    // Qt itself would decode every one of them by guessing the format.
    QVERIFY2(!QImage::fromData(bytes).isNull(), format.constData());
    QCOMPARE(!GraphImage::decode(bytes).isNull(), decoded);
    QCOMPARE(GraphImage::size(bytes).isValid(), decoded);

    // The same bytes as a photo answer, whatever its Content-Type says.
    Exchange e;
    e.url = kRoot + "/me/photo/$value";
    e.authorization = kBearer;
    e.body = bytes;
    e.replyHeaders = {{"Content-Type", "image/jpeg"}};
    m_nam->expect(e);
    PhotoJob job(m_client, ItemPath::me(), PhotoJob::Mode::BytesOnly);
    run(&job);
    if (decoded) {
        QCOMPARE(photoStatusName(job.info().status), QStringLiteral("photo"));
        QVERIFY(job.info().width > 0);
    } else {
        QCOMPARE(photoStatusName(job.info().status), QStringLiteral("error"));
        QCOMPARE(job.info().reason, QStringLiteral("unsupported-image"));
        QCOMPARE(job.info().width, 0);
    }
}

void TestJobs::sizesList()
{
    m_nam->expect(json(kRoot + "/users/u1/photos",
                       R"({"value":[{"id":"96x96","width":96,"height":96},{"id":"48X48","width":48,"height":48}]})"));
    PhotoSizesJob job(m_client, ItemPath::user(QStringLiteral("u1")));
    run(&job);
    QVERIFY(!job.hasError());
    QCOMPARE(job.sizes().size(), 2);
    QCOMPARE(job.sizes().first().id, QStringLiteral("48X48"));
}

void TestJobs::objectByUpn()
{
    m_nam->expect(json(
        kRoot + "/users/a@b.com?" + kUserSelect,
        R"({"id":"u1","displayName":"A B","userPrincipalName":"a@b.com","mail":"a@b.com","accountEnabled":false})"));
    ObjectJob job(m_client, ItemPath::user(QStringLiteral("a@b.com")));
    run(&job);
    QVERIFY(!job.hasError());
    QCOMPARE(job.object().path.toString(), QStringLiteral("users/u1"));
    QVERIFY(job.object().hasAccountEnabled);
    QVERIFY(!job.object().accountEnabled);
}

void TestJobs::unauthorizedRenewsOnceThenFails()
{
    const QByteArray body
        = R"({"error":{"code":"InvalidAuthenticationToken","message":"Access token has expired or is not yet valid."}})";
    m_nam->expect(json(kRoot + "/me?" + kUserSelect, body, 401));
    ObjectJob job(m_client, ItemPath::me());
    run(&job);
    QVERIFY(job.hasError());
    QVERIFY(job.error().isAuthFailure());
    // Graph's own answer is kept, not replaced by "cannot renew".
    QCOMPARE(job.error().httpStatus, 401);
    QCOMPARE(job.error().code, QStringLiteral("InvalidAuthenticationToken"));
    QCOMPARE(job.error().requestId, QStringLiteral("rid-401"));
    QCOMPARE(m_nam->seen().size(), 1); // a static token cannot be renewed: no second request
}

void TestJobs::finishedOnceAndNeverSynchronously()
{
    m_nam->expect(json(kRoot + "/users/x/photos", R"({"value":[]})"));
    PhotoSizesJob job(m_client, ItemPath::user(QStringLiteral("x")));
    QSignalSpy spy(&job, &GraphJob::finished);
    job.start();
    job.start();
    QCOMPARE(spy.count(), 0);
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.count(), 1);
    QCoreApplication::processEvents(); // let any stray queued emission arrive
    QCOMPARE(spy.count(), 1);
}

void TestJobs::abortHangingRequest()
{
    Exchange e = json(kRoot + "/me/photo", {});
    e.hang = true;
    m_nam->expect(e);
    PhotoJob job(m_client, ItemPath::me(), PhotoJob::Mode::MetadataOnly);
    QSignalSpy spy(&job, &GraphJob::finished);
    job.start();
    QTRY_COMPARE(m_nam->seen().size(), 1);
    job.abort();
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(job.error().kind, GraphError::Kind::Cancelled);
}

void TestJobs::enableRetries(ManualClock* clock)
{
    m_client->setRetryPolicy(RetryPolicy{});
    m_client->setClock(clock);
}

void TestJobs::retryAfterIsHonoured_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<qint64>("expectedMs");
    QTest::newRow("429 fractional") << 429 << QByteArray("2.128") << qint64(2128);
    QTest::newRow("429 integer") << 429 << QByteArray("1") << qint64(1000);
    QTest::newRow("503 seconds") << 503 << QByteArray("3") << qint64(3000);
    QTest::newRow("504 seconds") << 504 << QByteArray("0.5") << qint64(500);
    // ManualClock starts at 2026-01-01 00:00:00 UTC.
    QTest::newRow("429 http date") << 429 << QByteArray("Thu, 01 Jan 2026 00:00:07 GMT") << qint64(7000);
}

void TestJobs::retryAfterIsHonoured()
{
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    QFETCH(qint64, expectedMs);
    ManualClock clock;
    enableRetries(&clock);
    Exchange throttled = json(
        kRoot + "/users/u1/photo",
        R"({"error":{"code":"ApplicationThrottled","message":"Application is over its MailboxConcurrency limit."}})",
        status);
    throttled.replyHeaders.emplaceBack("Retry-After", retryAfter);
    m_nam->expect(throttled);
    m_nam->expect(json(
        kRoot + "/users/u1/photo",
        R"({"@odata.mediaContentType":"image/jpeg","@odata.mediaEtag":"\"E\"","id":"48x48","width":48,"height":48})"));
    QSignalSpy throttledSpy(m_client, &GraphClient::throttled);
    PhotoJob job(m_client, ItemPath::user(QStringLiteral("u1")), PhotoJob::Mode::MetadataOnly);
    QSignalSpy finished(&job, &GraphJob::finished);
    job.start();
    QTRY_COMPARE(clock.pending(), 1);
    QCOMPARE(clock.nextDelay(), expectedMs);
    QCOMPARE(m_nam->seen().size(), 1);
    if (status == 429) {
        QCOMPARE(throttledSpy.count(), 1);
    }
    clock.advance(expectedMs - 1);
    QCoreApplication::processEvents();
    QCOMPARE(m_nam->seen().size(), 1); // not a moment early
    clock.advance(1);
    QVERIFY(finished.wait(5000));
    QCOMPARE(m_nam->seen().size(), 2);
    QCOMPARE(job.info().status, PhotoStatus::Photo);
}

void TestJobs::backoffWithoutRetryAfter()
{
    ManualClock clock;
    enableRetries(&clock);
    m_client->setJitterSeed(7);
    m_nam->expect(json(kRoot + "/me/photo", "<html>Service Unavailable</html>", 503));
    m_nam->expect(json(kRoot + "/me/photo", "", 503));
    m_nam->expect(json(
        kRoot + "/me/photo",
        R"({"@odata.mediaContentType":"image/jpeg","@odata.mediaEtag":"\"E\"","id":"48x48","width":48,"height":48})"));
    PhotoJob job(m_client, ItemPath::me(), PhotoJob::Mode::MetadataOnly);
    QSignalSpy finished(&job, &GraphJob::finished);
    job.start();
    const RetryPolicy policy;
    for (int attempt = 1; attempt <= 2; ++attempt) {
        QTRY_COMPARE(clock.pending(), 1);
        // Full jitter: anywhere from 0 to base * 2^(attempt-1).
        QVERIFY(clock.nextDelay() >= 0);
        QVERIFY(clock.nextDelay() <= policy.baseDelayMs * (1 << (attempt - 1)));
        clock.advance(clock.nextDelay());
    }
    QVERIFY(finished.wait(5000));
    QCOMPARE(job.info().status, PhotoStatus::Photo);
}

void TestJobs::notFoundIsNeverRetried()
{
    ManualClock clock;
    enableRetries(&clock);
    m_nam->expect(json(kRoot + "/me/photo/$value", R"({"error":{"code":"ErrorItemNotFound","message":"x"}})", 404));
    PhotoJob job(m_client, ItemPath::me(), PhotoJob::Mode::BytesOnly);
    run(&job);
    QCOMPARE(job.info().status, PhotoStatus::None);
    QCOMPARE(clock.pending(), 0);
}

void TestJobs::truncatedBodyIsRetried()
{
    ManualClock clock;
    enableRetries(&clock);
    const QByteArray full = jpeg(64, 64);
    Exchange cut;
    cut.url = kRoot + "/me/photo/$value";
    cut.body = full.left(full.size() / 2); // an image that does not decode
    cut.replyHeaders = {{"Content-Type", "image/jpeg"}};
    m_nam->expect(cut);
    Exchange whole = cut;
    whole.body = full;
    m_nam->expect(whole);
    PhotoJob job(m_client, ItemPath::me(), PhotoJob::Mode::BytesOnly);
    QSignalSpy finished(&job, &GraphJob::finished);
    job.start();
    QTRY_COMPARE(clock.pending(), 1);
    clock.advance(clock.nextDelay());
    QVERIFY(finished.wait(5000));
    QCOMPARE(job.info().data, full);
}

void TestJobs::attemptsAreBounded()
{
    ManualClock clock;
    enableRetries(&clock);
    const RetryPolicy policy;
    for (int i = 0; i < policy.maxAttempts; ++i) {
        Exchange e = json(kRoot + "/me/photo",
                          R"({"error":{"code":"TooManyRequests","message":"Please retry again later."}})", 429);
        e.replyHeaders.emplaceBack("Retry-After", "1");
        m_nam->expect(e);
    }
    PhotoJob job(m_client, ItemPath::me(), PhotoJob::Mode::MetadataOnly);
    QSignalSpy finished(&job, &GraphJob::finished);
    job.start();
    for (int i = 1; i < policy.maxAttempts; ++i) {
        QTRY_COMPARE(clock.pending(), 1);
        clock.advance(1000);
    }
    QVERIFY(finished.wait(5000));
    QCOMPARE(job.info().status, PhotoStatus::Error);
    QCOMPARE(job.info().reason, QStringLiteral("TooManyRequests"));
    QCOMPARE(m_nam->seen().size(), policy.maxAttempts);
}

void TestJobs::forbiddenNamesThePermission()
{
    m_nam->expect(json(
        kRoot + "/users?$top=999&" + kUserSelect,
        R"({"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation."}})",
        403));
    ListJob job(m_client, ItemPath::users());
    run(&job);
    QCOMPARE(job.error().httpStatus, 403);
    QVERIFY2(job.error().message.contains(QLatin1String("User.ReadBasic.All")), qPrintable(job.error().message));
    QCOMPARE(requiredPermissions(QStringLiteral("groups/g/members")),
             QStringLiteral("GroupMember.Read.All (delegated or application)"));
    QCOMPARE(requiredPermissions(QStringLiteral("me/contactfolders/f/contacts/c/photo")),
             QStringLiteral("Contacts.Read"));
    QVERIFY(requiredPermissions(QStringLiteral("groups/g/photo/$value"))
                .startsWith(QLatin1String("ProfilePhoto.Read.All")));
}

QTEST_GUILESS_MAIN(TestJobs)
#include "TestJobs.moc"
