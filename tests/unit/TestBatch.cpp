// $batch on the client: parsing answers in any order with both base64 alphabets, and the scheduler's
// per-item retries after each item's own Retry-After, checked request by request (scenario fake QNAM).
#include "FakeNetworkAccessManager.h"
#include "base/TokenProvider.h"
#include "bulk/PhotoRecord.h"
#include "graph/BatchJob.h"
#include "graph/DisplayText.h"
#include "graph/GraphClient.h"
#include "graph/RequestScheduler.h"
#include "graph/RetryPolicy.h"

#include <QBuffer>
#include <QImage>
#include <QNetworkReply>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <QTranslator>

using namespace Portrait;
using Portrait::Test::Exchange;
using Portrait::Test::FakeNetworkAccessManager;

namespace {

const QByteArray kRoot = "https://graph.microsoft.com/v1.0";

QByteArray png(int edge)
{
    QImage image(edge, edge, QImage::Format_ARGB32);
    image.fill(QColor(200, 80, 40));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray meta(int edge, const char* etag)
{
    const QByteArray size = QByteArray::number(edge);
    return "{\"@odata.mediaContentType\":\"image/jpeg\",\"@odata.mediaEtag\":\"\\\"" + QByteArray(etag)
        + "\\\"\",\"id\":\"" + size + "x" + size + "\",\"width\":" + size + ",\"height\":" + size + "}";
}

} // namespace

class TestBatch : public QObject
{
    Q_OBJECT

private slots:
    void base64Alphabets_data();
    void base64Alphabets();
    void parseShuffledAnswer();
    void parseRejectsMalformed_data();
    void parseRejectsMalformed();
    void requestBody();
    void answerIsParsedOffTheJobsThread();
    void jobDestroyedWhileItsAnswerIsParsed();
    void perItemRetryAfter();
    void wholeBatchWaitsOutRetryAfterOnACoarseTimer();
    void singleOperationIsNeverBatched();
    void adaptiveLimitRecovers();
    void ownMessagesStayEnglishInRecords();
};

void TestBatch::base64Alphabets_data()
{
    QTest::addColumn<QByteArray>("encoded");
    const QByteArray data("\xfb\xff\xfe\x00\x01binary?>", 13);
    QTest::newRow("standard padded") << data.toBase64();
    QTest::newRow("standard unpadded") << data.toBase64(QByteArray::OmitTrailingEquals);
    QTest::newRow("url-safe padded") << data.toBase64(QByteArray::Base64UrlEncoding);
    QTest::newRow("url-safe unpadded") << data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

void TestBatch::base64Alphabets()
{
    QFETCH(QByteArray, encoded);
    QByteArray out;
    QVERIFY(decodeBase64Any(encoded, &out));
    QCOMPARE(out, QByteArray("\xfb\xff\xfe\x00\x01binary?>", 13));
    QVERIFY(!decodeBase64Any("not base64 at all!", &out));
}

void TestBatch::parseShuffledAnswer()
{
    const QByteArray image = png(8);
    const QByteArray body = R"({"responses":[
        {"id":"3","status":429,"headers":{"Retry-After":"2.5","Content-Type":"application/json"},
         "body":{"error":{"code":"ApplicationThrottled","message":"Application is over its MailboxConcurrency limit."}}},
        {"id":"1","status":200,"headers":{"Content-Type":"image/jpeg","ETag":"\"E1\""},"body":")"
        + image.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) + R"("},
        {"id":"2","status":404,"headers":{"Content-Type":"application/json"},
         "body":{"error":{"code":"ErrorItemNotFound","message":"The photo wasn't found.","innerError":{"request-id":"r2"}}}},
        {"id":"4","status":204,"body":null}
    ]})";
    QHash<QString, GraphResponse> items;
    QString error;
    QVERIFY2(parseBatchResponse(body, QDateTime::currentDateTimeUtc(), &items, &error), qPrintable(error));
    QCOMPARE(items.size(), 4);
    QCOMPARE(items.value(QStringLiteral("1")).body, image);
    QCOMPARE(items.value(QStringLiteral("1")).header("etag"), QByteArray("\"E1\""));
    QVERIFY(items.value(QStringLiteral("1")).ok());
    QCOMPARE(items.value(QStringLiteral("2")).error.code, QStringLiteral("ErrorItemNotFound"));
    QCOMPARE(items.value(QStringLiteral("2")).error.requestId, QStringLiteral("r2"));
    QCOMPARE(items.value(QStringLiteral("3")).error.httpStatus, 429);
    QCOMPARE(items.value(QStringLiteral("3")).error.retryAfterSeconds, 2.5);
    QVERIFY(items.value(QStringLiteral("4")).ok());
    QVERIFY(items.value(QStringLiteral("4")).body.isEmpty());
}

void TestBatch::parseRejectsMalformed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("no responses") << QByteArray(R"({"value":[]})");
    QTest::newRow("truncated") << QByteArray(R"({"responses":[{"id":"1")");
}

void TestBatch::parseRejectsMalformed()
{
    QFETCH(QByteArray, body);
    QHash<QString, GraphResponse> items;
    QString error;
    QVERIFY(!parseBatchResponse(body, QDateTime::currentDateTimeUtc(), &items, &error));
    QVERIFY(!error.isEmpty());
}

void TestBatch::requestBody()
{
    StaticTokenProvider tokens(QStringLiteral("t"));
    GraphClient client(GraphRoot::parse(QString::fromLatin1(kRoot)), &tokens);
    BatchJob job(&client,
                 {{QStringLiteral("1"), QStringLiteral("users/a%23EXT%23@x.com/photo")},
                  {QStringLiteral("2"), QStringLiteral("me/photo/$value")}});
    QCOMPARE(
        job.requestBody(),
        QByteArray(
            R"({"requests":[{"id":"1","method":"GET","url":"/users/a%23EXT%23@x.com/photo"},{"id":"2","method":"GET","url":"/me/photo/$value"}]})"));
}

namespace {

/// Occupies every thread of the global pool until destroyed: nothing else runs there meanwhile.
class BlockedPool
{
public:
    BlockedPool()
    {
        for (int i = 0; i < QThreadPool::globalInstance()->maxThreadCount(); ++i) {
            QThreadPool::globalInstance()->start([this]() {
                m_started.release();
                m_gate.acquire();
            });
        }
        m_started.acquire(QThreadPool::globalInstance()->maxThreadCount());
    }
    ~BlockedPool()
    {
        m_gate.release(QThreadPool::globalInstance()->maxThreadCount());
        QThreadPool::globalInstance()->waitForDone();
    }

private:
    QSemaphore m_started;
    QSemaphore m_gate;
};

Exchange batchOfOnePhoto()
{
    Exchange batch;
    batch.method = "POST";
    batch.url = kRoot + "/$batch";
    batch.authorization = "Bearer t";
    batch.replyHeaders = {{"Content-Type", "application/json"}};
    batch.body = R"({"responses":[{"id":"1","status":200,"headers":{"Content-Type":"image/png"},"body":")"
        + png(64).toBase64() + "\"}]}";
    return batch;
}

} // namespace

void TestBatch::answerIsParsedOffTheJobsThread()
{
    // The scheduler times the next batch on the job's thread: the answer (a megabyte of JSON and base64 for 20
    // photos) is parsed on the thread pool. While the pool is busy the job cannot finish; once it is free, the
    // job finishes with the answer decoded.
    FakeNetworkAccessManager nam;
    StaticTokenProvider tokens(QStringLiteral("t"));
    GraphClient client(GraphRoot::parse(QString::fromLatin1(kRoot)), &tokens, &nam);
    nam.expect(batchOfOnePhoto());
    BatchJob job(&client, {{QStringLiteral("1"), QStringLiteral("users/u1/photo/$value")}});
    QSignalSpy finished(&job, &GraphJob::finished);
    {
        BlockedPool pool;
        job.start();
        QTRY_VERIFY(nam.isSatisfied());
        QTRY_VERIFY(!nam.findChild<QNetworkReply*>()); // handled (the job deletes it once its answer is read)
        QCoreApplication::processEvents();
        QCOMPARE(finished.size(), 0); // finishing now would mean the answer was parsed here
    }
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY2(!job.hasError(), qPrintable(job.error().toString()));
    QCOMPARE(job.responses().value(QStringLiteral("1")).body, png(64));
}

void TestBatch::jobDestroyedWhileItsAnswerIsParsed()
{
    FakeNetworkAccessManager nam;
    StaticTokenProvider tokens(QStringLiteral("t"));
    GraphClient client(GraphRoot::parse(QString::fromLatin1(kRoot)), &tokens, &nam);
    nam.expect(batchOfOnePhoto());
    auto* job = new BatchJob(&client, {{QStringLiteral("1"), QStringLiteral("users/u1/photo/$value")}});
    QSignalSpy finished(job, &GraphJob::finished);
    {
        BlockedPool pool;
        job->start();
        QTRY_VERIFY(nam.isSatisfied());
        QTRY_VERIFY(!nam.findChild<QNetworkReply*>());
        delete job; // its watcher goes with it; the parse still running on the pool touches neither
    }
    QCoreApplication::processEvents();
    QCOMPARE(finished.size(), 0);
}

void TestBatch::perItemRetryAfter()
{
    FakeNetworkAccessManager nam;
    StaticTokenProvider tokens(QStringLiteral("t"));
    ManualClock clock;
    GraphClient client(GraphRoot::parse(QString::fromLatin1(kRoot)), &tokens, &nam);
    client.setClock(&clock);
    RequestScheduler scheduler(&client);
    scheduler.setMaxInFlight(2); // the first batch then holds both operations

    // u1 succeeds; u2 is throttled with its own Retry-After of 2.5 s and must wait exactly that long.
    Exchange batch;
    batch.method = "POST";
    batch.url = kRoot + "/$batch";
    batch.authorization = "Bearer t";
    batch.replyHeaders = {{"Content-Type", "application/json"}};
    batch.body = R"({"responses":[
        {"id":"2","status":429,"headers":{"Retry-After":"2.5"},"body":{"error":{"code":"ApplicationThrottled","message":"x"}}},
        {"id":"1","status":200,"headers":{"Content-Type":"application/json"},"body":)"
        + meta(48, "A1") + "}]}";
    nam.expect(batch);
    // Alone now, u2 goes as a single request (never a batch of one).
    Exchange single;
    single.url = kRoot + "/users/u2/photo";
    single.authorization = "Bearer t";
    single.replyHeaders = {{"Content-Type", "application/json"}};
    single.body = meta(96, "B2");
    nam.expect(single);

    QHash<QString, PhotoInfo> results;
    for (const char* id : {"u1", "u2"}) {
        const QString key = QString::fromLatin1(id);
        scheduler.fetchPhoto(ItemPath::user(key), PhotoJob::Mode::MetadataOnly, {}, this,
                             [&results, key](const PhotoInfo& info) { results.insert(key, info); });
    }
    QTRY_COMPARE(results.size(), 1);
    QCOMPARE(results.value(QStringLiteral("u1")).etag, QStringLiteral("A1"));
    QTRY_VERIFY(clock.pending() >= 1);
    QCOMPARE(clock.nextDelay(), 2500);
    clock.advance(2499);
    QCoreApplication::processEvents();
    QCOMPARE(nam.seen().size(), 1); // not a moment early
    clock.advance(1);
    QTRY_COMPARE(results.size(), 2);
    QCOMPARE(results.value(QStringLiteral("u2")).etag, QStringLiteral("B2"));
    QCOMPARE(scheduler.throttledItems(), 1u);
    QVERIFY2(nam.isSatisfied(), nam.problems().constData());
}

void TestBatch::wholeBatchWaitsOutRetryAfterOnACoarseTimer()
{
    // A $batch answered 429 with Retry-After 2.128 is sent again no sooner, even on timers that fire 5 % early
    // (a default QTimer of 2 s or more does: one batch left 57 ms early).
    FakeNetworkAccessManager nam;
    StaticTokenProvider tokens(QStringLiteral("t"));
    ManualClock clock;
    clock.setEarlyPercent(5);
    GraphClient client(GraphRoot::parse(QString::fromLatin1(kRoot)), &tokens, &nam);
    client.setClock(&clock);
    RequestScheduler scheduler(&client);
    scheduler.setMaxInFlight(2);

    Exchange throttled;
    throttled.method = "POST";
    throttled.url = kRoot + "/$batch";
    throttled.status = 429;
    throttled.replyHeaders = {{"Content-Type", "application/json"}, {"Retry-After", "2.128"}};
    throttled.body = R"({"error":{"code":"TooManyRequests","message":"x"}})";
    nam.expect(throttled);
    Exchange batch;
    batch.method = "POST";
    batch.url = kRoot + "/$batch";
    batch.replyHeaders = {{"Content-Type", "application/json"}};
    batch.body = R"({"responses":[{"id":"1","status":200,"headers":{"Content-Type":"application/json"},"body":)"
        + meta(48, "A1") + R"(},{"id":"2","status":200,"headers":{"Content-Type":"application/json"},"body":)"
        + meta(48, "B2") + "}]}";
    nam.expect(batch);

    QHash<QString, PhotoInfo> results;
    for (const char* id : {"u1", "u2"}) {
        const QString key = QString::fromLatin1(id);
        scheduler.fetchPhoto(ItemPath::user(key), PhotoJob::Mode::MetadataOnly, {}, this,
                             [&results, key](const PhotoInfo& info) { results.insert(key, info); });
    }
    QTRY_COMPARE(nam.seen().size(), 1);
    QTRY_VERIFY(clock.pending() >= 1);
    for (int step = 0; step < 2127; step += 100) {
        clock.advance(qMin(100, 2127 - step));
        QCoreApplication::processEvents();
        QCOMPARE(nam.seen().size(), 1); // not a moment early
    }
    clock.advance(1);
    QTRY_COMPARE(results.size(), 2);
    QCOMPARE(nam.seen().size(), 2);
    QCOMPARE(results.value(QStringLiteral("u2")).etag, QStringLiteral("B2"));
    QVERIFY2(nam.isSatisfied(), nam.problems().constData());
}

void TestBatch::singleOperationIsNeverBatched()
{
    FakeNetworkAccessManager nam;
    StaticTokenProvider tokens(QStringLiteral("t"));
    GraphClient client(GraphRoot::parse(QString::fromLatin1(kRoot)), &tokens, &nam);
    RequestScheduler scheduler(&client);
    Exchange single;
    single.url = kRoot + "/me/photo";
    single.replyHeaders = {{"Content-Type", "application/json"}};
    single.body = meta(48, "C3");
    nam.expect(single);
    PhotoInfo result;
    bool done = false;
    scheduler.fetchPhoto(ItemPath::me(), PhotoJob::Mode::MetadataOnly, {}, this, [&](const PhotoInfo& info) {
        result = info;
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(result.etag, QStringLiteral("C3"));
    QCOMPARE(scheduler.batchesSent(), 0u);
    QVERIFY2(nam.isSatisfied(), nam.problems().constData());
}

void TestBatch::adaptiveLimitRecovers()
{
    StaticTokenProvider tokens(QStringLiteral("t"));
    ManualClock clock;
    GraphClient client(GraphRoot::parse(QString::fromLatin1(kRoot)), &tokens);
    client.setClock(&clock);
    RequestScheduler scheduler(&client);
    const QUrl photo = client.root().resolve(QStringLiteral("users/u1/photo/$value"));
    QCOMPARE(scheduler.currentLimit(), 4);
    emit client.throttled(photo, 1.0);
    QCOMPARE(scheduler.currentLimit(), 2);
    emit client.throttled(photo, 1.0);
    QCOMPARE(scheduler.currentLimit(), 1);
    // Quiet periods bring it back one step at a time, never above the configured cap.
    clock.advance(5000);
    QCOMPARE(scheduler.currentLimit(), 2);
    clock.advance(5000);
    QCOMPARE(scheduler.currentLimit(), 3);
    clock.advance(5000);
    QCOMPARE(scheduler.currentLimit(), 4);
    clock.advance(50000);
    QCOMPARE(scheduler.currentLimit(), 4);
    // Throttling again in the middle of a recovery restarts the quiet period.
    emit client.throttled(photo, -1);
    QCOMPARE(scheduler.currentLimit(), 2);
    clock.advance(4000);
    emit client.throttled(photo, -1);
    QCOMPARE(scheduler.currentLimit(), 1);
    clock.advance(4000);
    QCOMPARE(scheduler.currentLimit(), 1);
}

void TestBatch::ownMessagesStayEnglishInRecords()
{
    // A German desktop: the message Portrait makes up for an unusable photo is German for people, English (the
    // source text) in what scripts read (the records of portrait-cli --json, CSV and JSON reports).
    QTranslator german;
    QVERIFY(german.load(QLocale(QLocale::German, QLocale::Germany), QStringLiteral("portrait"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&german);
    const auto restore = qScopeGuard([&german]() { QCoreApplication::removeTranslator(&german); });

    FakeNetworkAccessManager nam;
    StaticTokenProvider tokens(QStringLiteral("t"));
    GraphClient client(GraphRoot::parse(QString::fromLatin1(kRoot)), &tokens, &nam);
    RequestScheduler scheduler(&client);
    scheduler.setMaxInFlight(2); // both operations share each batch
    Exchange metadata;
    metadata.method = "POST";
    metadata.url = kRoot + "/$batch";
    metadata.replyHeaders = {{"Content-Type", "application/json"}};
    metadata.body = R"({"responses":[
        {"id":"1","status":200,"headers":{"Content-Type":"application/json"},"body":)"
        + meta(648, "A1") + R"(},
        {"id":"2","status":200,"headers":{"Content-Type":"application/json"},"body":)"
        + meta(48, "B2") + "}]}";
    nam.expect(metadata);
    // u1's bytes are a PNG header of 9000 x 9000 pixels (81 megapixels): refused before decoding, not retried.
    const QByteArray huge("\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR\x00\x00\x23\x28\x00\x00\x23\x28\x08\x02\x00\x00"
                          "\x00\xe2\xb7\xe5\xed\x00\x00\x00\x09IDAT\x78\x9c\x63\x00\x00\x00\x01\x00\x01\x5e\xff\x7d"
                          "\xf9\x00\x00\x00\x00IEND\xae\x42\x60\x82",
                          66);
    Exchange bytes = metadata;
    bytes.body = R"({"responses":[
        {"id":"1","status":200,"headers":{"Content-Type":"image/png"},"body":")"
        + huge.toBase64() + R"("},
        {"id":"2","status":200,"headers":{"Content-Type":"image/png"},"body":")"
        + png(48).toBase64() + "\"}]}";
    nam.expect(bytes);

    QHash<QString, PhotoInfo> results;
    for (const char* id : {"u1", "u2"}) {
        const QString key = QString::fromLatin1(id);
        scheduler.fetchPhoto(ItemPath::user(key), PhotoJob::Mode::MetadataAndBytes, {}, this,
                             [&results, key](const PhotoInfo& info) { results.insert(key, info); });
    }
    QTRY_COMPARE(results.size(), 2);
    QVERIFY2(nam.isSatisfied(), nam.problems().constData());
    QCOMPARE(results.value(QStringLiteral("u2")).status, PhotoStatus::Photo);
    const PhotoInfo refused = results.value(QStringLiteral("u1"));
    QCOMPARE(refused.status, PhotoStatus::Error);
    QCOMPARE(refused.error.code, QStringLiteral("too-many-pixels"));
    const QString english
        = QStringLiteral("the photo is 9000 x 9000 pixels, more than Portrait decodes (64 megapixels)");
    QCOMPARE(refused.error.message, english);
    QCOMPARE(refused.error.localizedMessage,
             QStringLiteral("das Foto hat 9000 x 9000 Pixel, mehr als Portrait decodiert (64 Megapixel)"));
    QVERIFY2(errorDisplayText(refused.error).contains(refused.error.localizedMessage),
             qPrintable(errorDisplayText(refused.error)));
    QVERIFY(refused.error.toString().contains(english)); // logs
    DirectoryObject object;
    object.kind = DirectoryObject::Kind::User;
    object.path = ItemPath::user(QStringLiteral("u1"));
    object.id = QStringLiteral("u1");
    const QJsonObject record = photoRecord(object, refused);
    QCOMPARE(record.value(QLatin1String("status")).toString(), QStringLiteral("error"));
    QCOMPARE(record.value(QLatin1String("errorCode")).toString(), QStringLiteral("too-many-pixels"));
    QCOMPARE(record.value(QLatin1String("errorMessage")).toString(), english);
}

QTEST_GUILESS_MAIN(TestBatch)
#include "TestBatch.moc"
