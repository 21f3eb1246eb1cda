// Photo writes against a scenario fake QNAM: the exact requests sent, what is resent and what never is.
#include "FakeNetworkAccessManager.h"
#include "auth/TokenProvider.h"
#include "graph/GraphClient.h"
#include "graph/PhotoWriteJob.h"
#include "graph/RequestScheduler.h"

#include <QBuffer>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Portrait;
using Portrait::Test::Exchange;
using Portrait::Test::FakeNetworkAccessManager;

namespace {

const QByteArray kRoot = "https://graph.microsoft.com/v1.0";
const QByteArray kBearer = "Bearer t0ken";

QByteArray jpeg(int w, int h)
{
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(QColor(200, 120, 30));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 90);
    return bytes;
}

Exchange answer(const QByteArray& method, const QByteArray& url, int status, const QByteArray& body = {})
{
    Exchange e;
    e.method = method;
    e.url = url;
    e.authorization = kBearer;
    e.status = status;
    e.body = body;
    e.replyHeaders = {{"request-id", "rid-" + QByteArray::number(status)}};
    if (!body.isEmpty()) {
        e.replyHeaders.emplaceBack("Content-Type", "application/json");
    }
    return e;
}

Exchange put(const QByteArray& url, int status = 200, const QByteArray& body = {})
{
    Exchange e = answer("PUT", url, status, body);
    e.expectHeaders = {{"Content-Type", "image/jpeg"}};
    return e;
}

Exchange metadata(const QByteArray& url, const QByteArray& etag)
{
    const QJsonObject meta{{QStringLiteral("@odata.mediaContentType"), QStringLiteral("image/jpeg")},
                           {QStringLiteral("@odata.mediaEtag"), u'"' + QString::fromLatin1(etag) + u'"'},
                           {QStringLiteral("id"), QStringLiteral("648x648")},
                           {QStringLiteral("width"), 648},
                           {QStringLiteral("height"), 648}};
    return answer("GET", url, 200, QJsonDocument(meta).toJson(QJsonDocument::Compact));
}

PhotoInfo photoWithEtag(const QString& etag)
{
    PhotoInfo info;
    info.status = PhotoStatus::Photo;
    info.etag = etag;
    return info;
}

PhotoInfo noPhoto()
{
    PhotoInfo info;
    info.status = PhotoStatus::None;
    info.reason = QStringLiteral("not-found");
    return info;
}

} // namespace

class TestWriteJobs : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void setSendsJpegAndVerifies();
    void setOnEveryPrincipalKind_data();
    void setOnEveryPrincipalKind();
    void removeUserVerifies();
    void removeContactIsRefusedWithoutRequest();
    void tooLargeOrNotJpegIsRefusedWithoutRequest_data();
    void tooLargeOrNotJpegIsRefusedWithoutRequest();
    void throttledWriteWaitsForRetryAfter();
    void lostAnswerThatWasCarriedOutIsNotResent();
    void lostAnswerThatWasNotCarriedOutIsResentOnce();
    void finalErrorIsNeverResent();
    void forbiddenNamesTheWritePermission();
    void oldEtagAfterWriteIsWrittenButNotVerified();
    void writeWaitsForAnOutlookSlot();

private:
    void run(GraphJob* job)
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

void TestWriteJobs::init()
{
    m_nam = new FakeNetworkAccessManager(this);
    m_tokens = new StaticTokenProvider(QStringLiteral("t0ken"), this);
    m_client = new GraphClient(GraphRoot::parse(QString::fromLatin1(kRoot)), m_tokens, m_nam, this);
    // Retries are on (the client's default policy): a write must not be resent where it must not be.
}

void TestWriteJobs::cleanup()
{
    QVERIFY2(m_nam->isSatisfied(), m_nam->problems().constData());
    delete m_client;
    delete m_tokens;
    delete m_nam;
}

void TestWriteJobs::setSendsJpegAndVerifies()
{
    const QByteArray bytes = jpeg(96, 96);
    m_nam->expect(put(kRoot + "/users/u1/photo/$value"));
    m_nam->expect(metadata(kRoot + "/users/u1/photo", "NEW"));
    std::unique_ptr<PhotoWriteJob> job(PhotoWriteJob::set(m_client, ItemPath::user(QStringLiteral("u1")), bytes,
                                                          photoWithEtag(QStringLiteral("OLD"))));
    run(job.get());
    QVERIFY2(!job->hasError(), qPrintable(job->error().toString()));
    QVERIFY(job->written());
    QVERIFY(job->verified());
    QVERIFY(!job->answerLost());
    QCOMPARE(job->after().etag, QStringLiteral("NEW"));
    QCOMPARE(m_nam->seenBodies().at(0), bytes); // the bytes as given: raw, not base64, not JSON
}

void TestWriteJobs::setOnEveryPrincipalKind_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QByteArray>("wire");
    QTest::newRow("me") << QStringLiteral("me") << QByteArray("/me");
    QTest::newRow("user by upn") << QStringLiteral("users/anna@contoso.com") << QByteArray("/users/anna@contoso.com");
    QTest::newRow("guest upn") << QStringLiteral("users/anna_x.com#EXT#@contoso.onmicrosoft.com")
                               << QByteArray("/users/anna_x.com%23EXT%23@contoso.onmicrosoft.com");
    QTest::newRow("group") << QStringLiteral("groups/g1") << QByteArray("/groups/g1");
    QTest::newRow("my contact") << QStringLiteral("me/contacts/c1") << QByteArray("/me/contacts/c1");
    QTest::newRow("user's contact") << QStringLiteral("users/u1/contacts/c1") << QByteArray("/users/u1/contacts/c1");
    QTest::newRow("folder contact") << QStringLiteral("me/contactfolders/f1/contacts/c1")
                                    << QByteArray("/me/contactfolders/f1/contacts/c1");
}

void TestWriteJobs::setOnEveryPrincipalKind()
{
    QFETCH(QString, address);
    QFETCH(QByteArray, wire);
    m_nam->expect(put(kRoot + wire + "/photo/$value"));
    m_nam->expect(metadata(kRoot + wire + "/photo", "NEW"));
    std::unique_ptr<PhotoWriteJob> job(PhotoWriteJob::set(m_client, ItemPath::parse(address), jpeg(96, 96), noPhoto()));
    run(job.get());
    QVERIFY2(!job->hasError(), qPrintable(job->error().toString()));
    QVERIFY(job->verified());
}

void TestWriteJobs::removeUserVerifies()
{
    m_nam->expect(answer("DELETE", kRoot + "/users/u1/photo/$value", 204));
    m_nam->expect(answer(
        "GET", kRoot + "/users/u1/photo", 404,
        R"({"error":{"code":"ImageNotFound","message":"Exception of type 'Microsoft.Fast.Profile.Core.Exception.ImageNotFoundException' was thrown."}})"));
    std::unique_ptr<PhotoWriteJob> job(
        PhotoWriteJob::remove(m_client, ItemPath::user(QStringLiteral("u1")), photoWithEtag(QStringLiteral("OLD"))));
    run(job.get());
    QVERIFY2(!job->hasError(), qPrintable(job->error().toString()));
    QVERIFY(job->written());
    QVERIFY(job->verified());
    QCOMPARE(job->after().status, PhotoStatus::None);
}

void TestWriteJobs::removeContactIsRefusedWithoutRequest()
{
    std::unique_ptr<PhotoWriteJob> job(
        PhotoWriteJob::remove(m_client, ItemPath::contact(QStringLiteral("c1")), photoWithEtag(QStringLiteral("OLD"))));
    run(job.get());
    QVERIFY(job->hasError());
    QCOMPARE(job->error().code, QStringLiteral("contact-removal"));
    QVERIFY(!job->written());
    QVERIFY(m_nam->seen().isEmpty());
}

void TestWriteJobs::tooLargeOrNotJpegIsRefusedWithoutRequest_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QByteArray big = jpeg(16, 16);
    big.append(QByteArray(int(PhotoWriteJob::maxUploadBytes), 'x'));
    QTest::newRow("over 4 MB") << big << QStringLiteral("too-large");
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1A\n0000") << QStringLiteral("not-jpeg");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not-jpeg");
}

void TestWriteJobs::tooLargeOrNotJpegIsRefusedWithoutRequest()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    std::unique_ptr<PhotoWriteJob> job(PhotoWriteJob::set(m_client, ItemPath::me(), body, noPhoto()));
    run(job.get());
    QCOMPARE(job->error().code, code);
    QVERIFY(m_nam->seen().isEmpty());
}

void TestWriteJobs::throttledWriteWaitsForRetryAfter()
{
    ManualClock clock;
    m_client->setClock(&clock);
    Exchange throttled = put(
        kRoot + "/users/u1/photo/$value", 429,
        R"({"error":{"code":"ApplicationThrottled","message":"Application is over its MailboxConcurrency limit."}})");
    throttled.replyHeaders.emplaceBack("Retry-After", "2.5");
    m_nam->expect(throttled);
    m_nam->expect(put(kRoot + "/users/u1/photo/$value"));
    m_nam->expect(metadata(kRoot + "/users/u1/photo", "NEW"));
    std::unique_ptr<PhotoWriteJob> job(
        PhotoWriteJob::set(m_client, ItemPath::user(QStringLiteral("u1")), jpeg(96, 96), noPhoto()));
    QSignalSpy finished(job.get(), &GraphJob::finished);
    job->start();
    QTRY_COMPARE(m_nam->seen().size(), 1);
    QTRY_VERIFY(clock.pending() >= 1);
    clock.advance(2499);
    QCoreApplication::processEvents();
    QCOMPARE(m_nam->seen().size(), 1); // not a moment early
    clock.advance(1);
    QVERIFY(finished.wait(5000));
    QVERIFY2(!job->hasError(), qPrintable(job->error().toString()));
    QVERIFY(job->verified());
    QCOMPARE(m_nam->seen().size(), 3);
}

void TestWriteJobs::lostAnswerThatWasCarriedOutIsNotResent()
{
    m_nam->expect(put(kRoot + "/users/u1/photo/$value", 504,
                      R"({"error":{"code":"GatewayTimeout","message":"The gateway did not receive a response."}})"));
    m_nam->expect(metadata(kRoot + "/users/u1/photo", "NEW"));
    std::unique_ptr<PhotoWriteJob> job(PhotoWriteJob::set(m_client, ItemPath::user(QStringLiteral("u1")), jpeg(96, 96),
                                                          photoWithEtag(QStringLiteral("OLD"))));
    run(job.get());
    QVERIFY2(!job->hasError(), qPrintable(job->error().toString()));
    QVERIFY(job->answerLost());
    QVERIFY(job->written());
    QVERIFY(job->verified());
    QCOMPARE(m_nam->seen().filter(QStringLiteral("PUT")).size(), 1); // written once
}

void TestWriteJobs::lostAnswerThatWasNotCarriedOutIsResentOnce()
{
    Exchange broken = put(kRoot + "/users/u1/photo/$value");
    broken.networkError = QNetworkReply::RemoteHostClosedError;
    m_nam->expect(broken);
    m_nam->expect(metadata(kRoot + "/users/u1/photo", "OLD")); // still the old photo: it was not written
    m_nam->expect(put(kRoot + "/users/u1/photo/$value"));
    m_nam->expect(metadata(kRoot + "/users/u1/photo", "NEW"));
    std::unique_ptr<PhotoWriteJob> job(PhotoWriteJob::set(m_client, ItemPath::user(QStringLiteral("u1")), jpeg(96, 96),
                                                          photoWithEtag(QStringLiteral("OLD"))));
    run(job.get());
    QVERIFY2(!job->hasError(), qPrintable(job->error().toString()));
    QVERIFY(job->written());
    QVERIFY(job->verified());
}

void TestWriteJobs::finalErrorIsNeverResent()
{
    m_nam->expect(put(
        kRoot + "/users/u1/photo/$value", 404,
        R"({"error":{"code":"ErrorNonExistentMailbox","message":"The SMTP address has no mailbox associated with it."}})"));
    std::unique_ptr<PhotoWriteJob> job(
        PhotoWriteJob::set(m_client, ItemPath::user(QStringLiteral("u1")), jpeg(96, 96), noPhoto()));
    run(job.get());
    QVERIFY(job->hasError());
    QCOMPARE(job->error().code, QStringLiteral("ErrorNonExistentMailbox"));
    QCOMPARE(job->error().httpStatus, 404);
    QCOMPARE(job->error().requestId, QStringLiteral("rid-404"));
    QVERIFY(!job->written());
}

void TestWriteJobs::forbiddenNamesTheWritePermission()
{
    m_nam->expect(put(
        kRoot + "/users/u1/photo/$value", 403,
        R"({"error":{"code":"ErrorAccessDenied","message":"Access is denied. Check credentials and try again."}})"));
    std::unique_ptr<PhotoWriteJob> job(
        PhotoWriteJob::set(m_client, ItemPath::user(QStringLiteral("u1")), jpeg(96, 96), noPhoto()));
    run(job.get());
    QVERIFY(job->hasError());
    QVERIFY2(job->error().message.contains(QLatin1String("User.ReadWrite.All")), qPrintable(job->error().message));
    QVERIFY2(job->error().message.contains(QLatin1String("User Administrator")), qPrintable(job->error().message));

    m_nam->expect(answer("DELETE", kRoot + "/groups/g1/photo/$value", 403,
                         R"({"error":{"code":"ErrorAccessDenied","message":"Access is denied."}})"));
    std::unique_ptr<PhotoWriteJob> group(
        PhotoWriteJob::remove(m_client, ItemPath::group(QStringLiteral("g1")), photoWithEtag(QStringLiteral("E"))));
    run(group.get());
    QVERIFY2(group->error().message.contains(QLatin1String("Group.ReadWrite.All")), qPrintable(group->error().message));
}

void TestWriteJobs::oldEtagAfterWriteIsWrittenButNotVerified()
{
    // Graph may serve the old photo for a while after a write: written, not verified, not a failure.
    m_nam->expect(put(kRoot + "/groups/g1/photo/$value"));
    m_nam->expect(metadata(kRoot + "/groups/g1/photo", "OLD"));
    std::unique_ptr<PhotoWriteJob> job(PhotoWriteJob::set(m_client, ItemPath::group(QStringLiteral("g1")), jpeg(96, 96),
                                                          photoWithEtag(QStringLiteral("OLD"))));
    run(job.get());
    QVERIFY(!job->hasError());
    QVERIFY(job->written());
    QVERIFY(!job->verified());
    QCOMPARE(m_nam->seen().filter(QStringLiteral("PUT")).size(), 1);
}

void TestWriteJobs::writeWaitsForAnOutlookSlot()
{
    // With the one slot taken by a photo read on the wire, the write waits for it.
    RequestScheduler* scheduler = RequestScheduler::of(m_client);
    scheduler->setMaxInFlight(1);
    Exchange hanging = metadata(kRoot + "/users/u2/photo", "X");
    hanging.hang = true;
    m_nam->expect(hanging);
    bool readDone = false;
    scheduler->fetchPhoto(ItemPath::user(QStringLiteral("u2")), PhotoJob::Mode::MetadataOnly, {}, this,
                          [&readDone](const PhotoInfo&) { readDone = true; });
    QTRY_COMPARE(scheduler->inFlight(), 1);
    std::unique_ptr<PhotoWriteJob> job(
        PhotoWriteJob::set(m_client, ItemPath::user(QStringLiteral("u1")), jpeg(96, 96), noPhoto()));
    QSignalSpy finished(job.get(), &GraphJob::finished);
    job->start();
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
    }
    QCOMPARE(m_nam->seen().size(), 1); // the PUT did not leave beside the read
    m_nam->expect(put(kRoot + "/users/u1/photo/$value"));
    m_nam->expect(metadata(kRoot + "/users/u1/photo", "NEW"));
    scheduler->cancelAll(); // frees the read's slot
    scheduler->setMaxInFlight(1); // and the scheduler looks at its queue again
    QVERIFY(finished.wait(5000));
    QVERIFY2(!job->hasError(), qPrintable(job->error().toString()));
    QVERIFY(!readDone);
}

QTEST_MAIN(TestWriteJobs)
#include "TestWriteJobs.moc"
