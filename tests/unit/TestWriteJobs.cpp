// Photo writes against a scenario fake QNAM: the exact requests sent, what is resent and what never is.
#include "FakeNetworkAccessManager.h"
#include "TestImages.h"
#include "base/TokenProvider.h"
#include "bulk/PhotoJournal.h"
#include "bulk/PhotoWriteRun.h"
#include "graph/GraphClient.h"
#include "graph/PhotoWriteJob.h"
#include "graph/RequestScheduler.h"
#include "graph/SlotPacer.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Portrait;
using Portrait::Test::Exchange;
using Portrait::Test::FakeNetworkAccessManager;

namespace {

/// Tokens handed out only when release() is called: a sign-in still on its way.
class HeldTokenProvider : public TokenProvider
{
public:
    void requestToken(QObject* context, Callback callback, bool) override
    {
        m_waiting.append({QPointer<QObject>(context), std::move(callback)});
    }
    int waiting() const { return int(m_waiting.size()); }
    void release()
    {
        const auto waiting = std::exchange(m_waiting, {});
        for (const auto& [context, callback] : waiting) {
            if (context) {
                TokenResult result;
                result.accessToken = QStringLiteral("t0ken");
                callback(result);
            }
        }
    }

private:
    QList<std::pair<QPointer<QObject>, Callback>> m_waiting;
};

const QByteArray kRoot = "https://graph.microsoft.com/v1.0";
const QByteArray kBearer = "Bearer t0ken";

QByteArray jpeg(int w, int h)
{
    return Test::jpeg(w, h, QColor(200, 120, 30));
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

/// Lets what is already due run (queued calls, replies answered now), without moving the clock: a test then checks
/// that nothing else happened.
void settle()
{
    for (int i = 0; i < 10; ++i) {
        QCoreApplication::processEvents();
    }
}

/// @p e answered 429 `ApplicationThrottled`, Retry-After @p retryAfter seconds.
Exchange throttled(Exchange e, const QByteArray& retryAfter)
{
    e.status = 429;
    e.body = R"({"error":{"code":"ApplicationThrottled","message":"over its limit"}})";
    e.replyHeaders = {{"request-id", "rid-429"}, {"Content-Type", "application/json"}, {"Retry-After", retryAfter}};
    return e;
}

/// @p e never answered (a request still on the wire).
Exchange hanging(Exchange e)
{
    e.hang = true;
    return e;
}

/// @p e answered @p ms after it left, on @p clock.
Exchange timed(Exchange e, ManualClock* clock, qint64 ms)
{
    e.clock = clock;
    e.answerAfterMs = ms;
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

/// A `$batch` answer: item id -> (status, headers as JSON, body as a JSON value).
Exchange batchAnswer(const QList<QJsonObject>& items)
{
    QJsonArray responses;
    for (const QJsonObject& item : items) {
        responses.append(item);
    }
    return answer("POST", kRoot + "/$batch", 200,
                  QJsonDocument(QJsonObject{{QStringLiteral("responses"), responses}}).toJson(QJsonDocument::Compact));
}

/// A `$batch` item with a photo's bytes (base64, as Graph sends them) and its ETag.
QJsonObject photoItem(int id, const QByteArray& bytes, const QString& etag)
{
    return QJsonObject{{QStringLiteral("id"), QString::number(id)},
                       {QStringLiteral("status"), 200},
                       {QStringLiteral("headers"),
                        QJsonObject{{QStringLiteral("Content-Type"), QStringLiteral("image/jpeg")},
                                    {QStringLiteral("ETag"), u'"' + etag + u'"'}}},
                       {QStringLiteral("body"), QString::fromLatin1(bytes.toBase64())}};
}

/// A `$batch` item with a photo's metadata.
QJsonObject metadataItem(int id, const QString& etag)
{
    return QJsonObject{
        {QStringLiteral("id"), QString::number(id)},
        {QStringLiteral("status"), 200},
        {QStringLiteral("headers"), QJsonObject{{QStringLiteral("Content-Type"), QStringLiteral("application/json")}}},
        {QStringLiteral("body"),
         QJsonObject{{QStringLiteral("@odata.mediaContentType"), QStringLiteral("image/jpeg")},
                     {QStringLiteral("@odata.mediaEtag"), u'"' + etag + u'"'},
                     {QStringLiteral("id"), QStringLiteral("648x648")},
                     {QStringLiteral("width"), 648},
                     {QStringLiteral("height"), 648}}}};
}

/// A `$batch` item for a principal without a photo (`$value` answers 404).
QJsonObject noPhotoItem(int id)
{
    return QJsonObject{
        {QStringLiteral("id"), QString::number(id)},
        {QStringLiteral("status"), 404},
        {QStringLiteral("headers"), QJsonObject{{QStringLiteral("Content-Type"), QStringLiteral("application/json")}}},
        {QStringLiteral("body"),
         QJsonObject{{QStringLiteral("error"),
                      QJsonObject{{QStringLiteral("code"), QStringLiteral("ImageNotFound")},
                                  {QStringLiteral("message"), QStringLiteral("not found")}}}}}};
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
    void planSendsNoWrite();
    void journalIsWrittenAheadThenResumedWithoutWritingTwice();
    void journalThatCannotBeSavedStopsBeforeTheWrite();
    void backupWithoutEtagTakesItFromTheMetadata();
    void writeAheadOfAGroupIsOneSave();
    void killBetweenStepsLeavesAJournalThatSaysWhatWasDone();
    void keepsFourWritesInFlight();
    void writesLeaveEarlyOnceTheirServiceTimeIsKnown();
    void throttlesOfOurOwnTimingSpendNoAttempt();
    void aThrottleWidensTheMarginOfTheSlotGivenOnEarly();
    void aThrottleWidensOnlyTheMarginOfTheSlotItTook();
    void aThrottledWriteGoesAgainWhenASlotIsFree();
    void aThrottledReadGoesAgainWhenASlotIsFree();
    void aWriteAbortedWhileItsTokenIsOnItsWayNeverLeaves();
    void readBacksWaitingTogetherGoInOneSequentialBatch();
    void aSequentialBatchGraphRefusesEndsChaining();
    void undoPutsTheBackupBackByteForByte();
    void undoNeverOverwritesAPhotoChangedSince();
    void undoRemovesAPhotoThatWasAdded();
    void removeAfterASetOnTheSameJournal();

private:
    /// A task that sets @p jpeg on users/u1.
    static WriteTask setTask(const QByteArray& jpeg);
    /// A task that sets @p jpeg on users/@p id.
    static WriteTask setTask(const QString& id, const QByteArray& jpeg);
    /// Teaches the scheduler the service time of a write on @p clock (three writes and their verifications).
    void learnWritePacing(ManualClock* clock);
    /// The client on @p clock, its scheduler limited to one slot and taught the pacing (learnWritePacing()).
    RequestScheduler* pacedOnOneSlot(ManualClock* clock);
    /// Runs @p run to its end and returns its one outcome.
    static WriteOutcome runToEnd(PhotoWriteRun* run);

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
    m_nam->expect(hanging(metadata(kRoot + "/users/u2/photo", "X")));
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

WriteTask TestWriteJobs::setTask(const QByteArray& jpeg)
{
    return setTask(QStringLiteral("u1"), jpeg);
}

WriteTask TestWriteJobs::setTask(const QString& id, const QByteArray& jpeg)
{
    WriteTask task;
    task.kind = WriteTask::Kind::Set;
    task.principal.kind = DirectoryObject::Kind::User;
    task.principal.id = id;
    task.principal.displayName = QStringLiteral("User ") + id;
    task.principal.path = ItemPath::user(id);
    task.file = id + QStringLiteral(".jpg");
    task.image = UploadImage::prepare(jpeg, UploadOptions{});
    return task;
}

WriteOutcome TestWriteJobs::runToEnd(PhotoWriteRun* run)
{
    QSignalSpy finished(run, &PhotoWriteRun::finished);
    run->start();
    if (!finished.wait(5000) || run->outcomes().size() != 1) {
        qWarning("the run did not end with one outcome");
        return {};
    }
    return run->outcomes().constFirst();
}

void TestWriteJobs::planSendsNoWrite()
{
    m_nam->expect(metadata(kRoot + "/users/u1/photo", "OLD"));
    PhotoWriteRun plan(m_client, nullptr, {setTask(jpeg(200, 200))});
    const WriteOutcome outcome = runToEnd(&plan);
    QCOMPARE(outcome.action, QStringLiteral("replace"));
    QVERIFY(!outcome.applied);
    QCOMPARE(m_nam->seen(), QStringList{QString::fromLatin1("GET " + kRoot + "/users/u1/photo")});
}

void TestWriteJobs::journalIsWrittenAheadThenResumedWithoutWritingTwice()
{
    QTemporaryDir dir;
    const QByteArray original = jpeg(300, 300);
    const QByteArray replacement = jpeg(240, 240);
    // One read: the bytes with their ETag (no metadata read first).
    Exchange value = answer("GET", kRoot + "/users/u1/photo/$value", 200, original);
    value.replyHeaders = {{"Content-Type", "image/jpeg"}, {"ETag", "\"OLD\""}};
    m_nam->expect(value);
    m_nam->expect(hanging(put(kRoot + "/users/u1/photo/$value"))); // the process is killed while it is on the wire
    {
        PhotoJournal journal;
        QString error;
        QVERIFY2(journal.open(dir.filePath(QStringLiteral("j")), &error), qPrintable(error));
        PhotoWriteRun run(m_client, &journal, {setTask(replacement)});
        run.setApply(true);
        run.start();
        QTRY_COMPARE(m_nam->seen().size(), 2);
        // Before the PUT left, the journal said so, and the original bytes were in it.
        PhotoJournal onDisk;
        QVERIFY2(onDisk.openExisting(dir.filePath(QStringLiteral("j")), &error), qPrintable(error));
        QCOMPARE(onDisk.entries().size(), 1);
        const JournalEntry& e = onDisk.at(0);
        QCOMPARE(e.state, QStringLiteral("writing"));
        QCOMPARE(e.etagBefore, QStringLiteral("OLD"));
        QCOMPARE(onDisk.readBackup(e, &error), original);
        QCOMPARE(QFile::permissions(dir.filePath(QStringLiteral("j/")) + e.backup)
                     & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
    } // killed: the run and its request are gone

    // The same import again: the photo shows the write was carried out, so nothing is written twice.
    m_nam->expect(metadata(kRoot + "/users/u1/photo", "NEW"));
    PhotoJournal journal;
    QString error;
    QVERIFY(journal.open(dir.filePath(QStringLiteral("j")), &error));
    PhotoWriteRun again(m_client, &journal, {setTask(replacement)});
    again.setApply(true);
    const WriteOutcome outcome = runToEnd(&again);
    QCOMPARE(outcome.action, QStringLiteral("replace"));
    QCOMPARE(outcome.reason, QStringLiteral("resumed"));
    QVERIFY(outcome.written);
    QCOMPARE(journal.at(0).state, QStringLiteral("written"));
    QCOMPARE(journal.at(0).etagAfter, QStringLiteral("NEW"));
    QCOMPARE(m_nam->seen().filter(QStringLiteral("PUT")).size(), 1);

    // And once more: the image is in place.
    m_nam->expect(metadata(kRoot + "/users/u1/photo", "NEW"));
    PhotoWriteRun third(m_client, &journal, {setTask(replacement)});
    third.setApply(true);
    QCOMPARE(runToEnd(&third).action, QStringLiteral("unchanged"));
}

void TestWriteJobs::journalThatCannotBeSavedStopsBeforeTheWrite()
{
    QTemporaryDir dir;
    PhotoJournal journal;
    QString error;
    QVERIFY(journal.open(dir.filePath(QStringLiteral("j")), &error));
    // A folder where the journal file should be: no save can replace it (not even as root).
    const QString file = dir.filePath(QStringLiteral("j/") + QLatin1String(PhotoJournal::fileName));
    QVERIFY(QFile::remove(file));
    QVERIFY(QDir().mkdir(file));
    Exchange value = answer("GET", kRoot + "/users/u1/photo/$value", 200, jpeg(300, 300));
    value.replyHeaders = {{"Content-Type", "image/jpeg"}, {"ETag", "\"OLD\""}};
    m_nam->expect(value);
    PhotoWriteRun run(m_client, &journal, {setTask(jpeg(240, 240))});
    run.setApply(true);
    const WriteOutcome outcome = runToEnd(&run);
    QVERIFY(!outcome.written);
    QVERIFY(outcome.error.isError());
    QCOMPARE(m_nam->seen().filter(QStringLiteral("PUT")).size(), 0);
}

void TestWriteJobs::backupWithoutEtagTakesItFromTheMetadata()
{
    // The etag decides after a lost answer whether a write was carried out: a `$value` answer without one is
    // completed by the metadata, never left empty.
    QTemporaryDir dir;
    PhotoJournal journal;
    QString error;
    QVERIFY(journal.open(dir.filePath(QStringLiteral("j")), &error));
    Exchange value = answer("GET", kRoot + "/users/u1/photo/$value", 200, jpeg(300, 300));
    value.replyHeaders = {{"Content-Type", "image/jpeg"}};
    m_nam->expect(value);
    m_nam->expect(metadata(kRoot + "/users/u1/photo", "OLD"));
    m_nam->expect(put(kRoot + "/users/u1/photo/$value"));
    m_nam->expect(metadata(kRoot + "/users/u1/photo", "NEW"));
    PhotoWriteRun run(m_client, &journal, {setTask(jpeg(240, 240))});
    run.setApply(true);
    const WriteOutcome outcome = runToEnd(&run);
    QVERIFY(outcome.verified);
    QCOMPARE(journal.at(0).etagBefore, QStringLiteral("OLD"));
    QCOMPARE(journal.at(0).widthBefore, 300); // from the bytes themselves
}

void TestWriteJobs::writeAheadOfAGroupIsOneSave()
{
    // Three principals read in one `$batch`: their `writing` entries are made durable by one save, and no PUT
    // leaves before it.
    QTemporaryDir dir;
    const QString journalDir = dir.filePath(QStringLiteral("j"));
    PhotoJournal journal;
    QString error;
    QVERIFY(journal.open(journalDir, &error));
    const int savesBefore = journal.saves();
    m_nam->expect(batchAnswer({photoItem(1, jpeg(300, 300), QStringLiteral("OLD1")), noPhotoItem(2),
                               photoItem(3, jpeg(310, 310), QStringLiteral("OLD3"))}));
    for (const char* id : {"u1", "u2", "u3"}) {
        m_nam->expect(hanging(put(kRoot + "/users/" + id + "/photo/$value")));
    }
    const QByteArray image = jpeg(240, 240);
    PhotoWriteRun run(m_client, &journal,
                      {setTask(QStringLiteral("u1"), image), setTask(QStringLiteral("u2"), image),
                       setTask(QStringLiteral("u3"), image)});
    run.setApply(true);
    run.start();
    QTRY_COMPARE(m_nam->seen().filter(QStringLiteral("PUT")).size(), 3);
    QCOMPARE(journal.saves() - savesBefore, 1);
    PhotoJournal onDisk;
    QVERIFY2(onDisk.openExisting(journalDir, &error), qPrintable(error));
    QCOMPARE(onDisk.entries().size(), 3);
    for (const JournalEntry& e : onDisk.entries()) {
        QCOMPARE(e.state, QStringLiteral("writing"));
    }
    QCOMPARE(onDisk.at(onDisk.indexOf(ItemPath::user(QStringLiteral("u1")))).etagBefore, QStringLiteral("OLD1"));
    QVERIFY(!onDisk.at(onDisk.indexOf(ItemPath::user(QStringLiteral("u2")))).hadPhoto);
    const JournalEntry& third = onDisk.at(onDisk.indexOf(ItemPath::user(QStringLiteral("u3"))));
    QCOMPARE(onDisk.readBackup(third, &error), jpeg(310, 310));
}

void TestWriteJobs::killBetweenStepsLeavesAJournalThatSaysWhatWasDone()
{
    // u1 is written and verified, u2's PUT is on the wire, u3's answer is lost: then the process dies. The journal
    // on disk holds every backup and says `writing` for all three (carried out or not, the photo says); the same
    // import again writes u2 only, and records u1 and u3 as done without writing them twice.
    QTemporaryDir dir;
    const QString journalDir = dir.filePath(QStringLiteral("j"));
    const QByteArray image = jpeg(240, 240);
    const QList<WriteTask> tasks{setTask(QStringLiteral("u1"), image), setTask(QStringLiteral("u2"), image),
                                 setTask(QStringLiteral("u3"), image)};
    m_nam->expect(batchAnswer({photoItem(1, jpeg(300, 300), QStringLiteral("OLD1")),
                               photoItem(2, jpeg(301, 301), QStringLiteral("OLD2")),
                               photoItem(3, jpeg(302, 302), QStringLiteral("OLD3"))}));
    m_nam->expect(put(kRoot + "/users/u1/photo/$value"));
    m_nam->expect(hanging(put(kRoot + "/users/u2/photo/$value")));
    m_nam->expect(hanging(put(kRoot + "/users/u3/photo/$value"))); // Graph has it; its answer never comes
    m_nam->expect(metadata(kRoot + "/users/u1/photo", "NEW1"));
    {
        PhotoJournal journal;
        QString error;
        QVERIFY(journal.open(journalDir, &error));
        PhotoWriteRun run(m_client, &journal, tasks);
        run.setApply(true);
        run.start();
        QTRY_COMPARE(run.outcomes().size(), 1); // u1 written and verified
        QVERIFY(run.outcomes().constFirst().verified);
        PhotoJournal onDisk;
        QVERIFY2(onDisk.openExisting(journalDir, &error), qPrintable(error));
        QCOMPARE(onDisk.entries().size(), 3);
        for (const JournalEntry& e : onDisk.entries()) {
            QVERIFY2(e.state == QLatin1String("writing") || e.state == QLatin1String("written"),
                     qPrintable(e.path.toString() + u' ' + e.state));
            QVERIFY(!onDisk.readBackup(e, &error).isEmpty());
        }
        QCOMPARE(onDisk.at(onDisk.indexOf(ItemPath::user(QStringLiteral("u2")))).state, QStringLiteral("writing"));
    } // killed

    // Again, on a new connection (a new process): the photos say what was carried out.
    GraphClient client(GraphRoot::parse(QString::fromLatin1(kRoot)), m_tokens, m_nam);
    m_nam->expect(batchAnswer({metadataItem(1, QStringLiteral("NEW1")), metadataItem(2, QStringLiteral("OLD2")),
                               metadataItem(3, QStringLiteral("NEW3"))}));
    m_nam->expect(put(kRoot + "/users/u2/photo/$value"));
    m_nam->expect(metadata(kRoot + "/users/u2/photo", "NEW2"));
    PhotoJournal journal;
    QString error;
    QVERIFY(journal.open(journalDir, &error));
    PhotoWriteRun again(&client, &journal, tasks);
    again.setApply(true);
    QSignalSpy finished(&again, &PhotoWriteRun::finished);
    again.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(again.outcomes().size(), 3);
    for (const WriteOutcome& o : again.outcomes()) {
        QVERIFY2(o.written, qPrintable(o.task.principal.path.toString()));
        QCOMPARE(o.reason, o.task.principal.id == QLatin1String("u2") ? QString() : QStringLiteral("resumed"));
    }
    QCOMPARE(m_nam->seen().filter(QStringLiteral("PUT")).size(), 4); // u1, u2, u3, then u2 once more
    PhotoJournal onDisk;
    QVERIFY(onDisk.openExisting(journalDir, &error));
    for (const JournalEntry& e : onDisk.entries()) {
        QCOMPARE(e.state, QStringLiteral("written"));
        QVERIFY(!e.etagAfter.isEmpty());
    }
}

void TestWriteJobs::keepsFourWritesInFlight()
{
    // Six principals without a photo, read in two `$batch`es; the PUTs never answer. Exactly 4 leave (Graph runs 4
    // Outlook requests at once per app): never fewer while more wait, never more while nothing says a slot is free.
    QTemporaryDir dir;
    PhotoJournal journal;
    QString error;
    QVERIFY(journal.open(dir.filePath(QStringLiteral("j")), &error));
    QList<WriteTask> tasks;
    const QByteArray image = jpeg(240, 240);
    for (int i = 1; i <= 6; ++i) {
        tasks.append(setTask(QStringLiteral("u%1").arg(i), image));
    }
    // The scheduler's first batch is one wave of 4 (it learns the round trip from it), the rest follows.
    m_nam->expect(batchAnswer({noPhotoItem(1), noPhotoItem(2), noPhotoItem(3), noPhotoItem(4)}));
    m_nam->expect(batchAnswer({noPhotoItem(5), noPhotoItem(6)}));
    for (int i = 1; i <= 4; ++i) {
        m_nam->expect(hanging(put(kRoot + "/users/u" + QByteArray::number(i) + "/photo/$value")));
    }
    PhotoWriteRun run(m_client, &journal, tasks);
    run.setApply(true);
    run.start();
    QTRY_COMPARE(m_nam->seen().filter(QStringLiteral("PUT")).size(), 4);
    RequestScheduler* scheduler = RequestScheduler::of(m_client);
    QTRY_COMPARE(scheduler->outlookWaiting(), 2); // the other two wait for a slot
    for (int i = 0; i < 20; ++i) {
        QCoreApplication::processEvents(); // nothing more leaves: no answer, no clock
    }
    QCOMPARE(m_nam->seen().filter(QStringLiteral("PUT")).size(), 4);

    // Cancelled now: the two waiting for a slot never leave, and say so; the four under way are not dropped.
    run.abort();
    QTRY_COMPARE(run.outcomes().size(), 2);
    for (const WriteOutcome& o : run.outcomes()) {
        QCOMPARE(o.reason, QStringLiteral("cancelled"));
        QVERIFY(!o.applied);
        QCOMPARE(journal.at(journal.indexOf(o.task.principal.path)).state, QStringLiteral("failed"));
    }
    for (int i = 0; i < 20; ++i) {
        QCoreApplication::processEvents();
    }
    QCOMPARE(m_nam->seen().filter(QStringLiteral("PUT")).size(), 4);
    scheduler->cancelAll();
}

RequestScheduler* TestWriteJobs::pacedOnOneSlot(ManualClock* clock)
{
    m_client->setClock(clock);
    RequestScheduler* scheduler = RequestScheduler::of(m_client);
    scheduler->setMaxInFlight(1);
    learnWritePacing(clock);
    return scheduler;
}

void TestWriteJobs::learnWritePacing(ManualClock* clock)
{
    // Three writes on users u1-u3, each answered 100 ms after it left, then its verification 40 ms after: enough for
    // the scheduler to learn the service of a write (100 - 40 ms) and pace the next ones.
    for (int i = 1; i <= 3; ++i) {
        const QByteArray user = "u" + QByteArray::number(i);
        m_nam->expect(timed(put(kRoot + "/users/" + user + "/photo/$value"), clock, 100));
        m_nam->expect(timed(metadata(kRoot + "/users/" + user + "/photo", "NEW"), clock, 40));
        std::unique_ptr<PhotoWriteJob> job(
            PhotoWriteJob::set(m_client, ItemPath::user(QString::fromLatin1(user)), jpeg(96, 96), noPhoto()));
        QSignalSpy finished(job.get(), &GraphJob::finished);
        job->start();
        QTRY_COMPARE(m_nam->seen().size(), 2 * i - 1);
        clock->advance(100);
        QTRY_COMPARE(m_nam->seen().size(), 2 * i);
        clock->advance(40);
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(job->verified());
    }
}

void TestWriteJobs::writesLeaveEarlyOnceTheirServiceTimeIsKnown()
{
    // A server on a manual clock: a PUT is answered 100 ms after it left, a read 40 ms after (the round trip).
    // Once three writes have shown it, a write holds its slot only for its service, 100 - 40 ms plus a margin:
    // four more leave then, to arrive as the first four end on the server, and never more than twice the limit.
    ManualClock clock;
    m_client->setClock(&clock);
    RequestScheduler* scheduler = RequestScheduler::of(m_client);
    const auto puts = [this]() { return m_nam->seen().filter(QStringLiteral("PUT")).size(); };
    learnWritePacing(&clock);
    QCOMPARE(scheduler->slotPacer().holdMs(SlotPacer::Kind::Write), 62);

    std::vector<std::unique_ptr<PhotoWriteJob>> jobs;
    for (int i = 4; i <= 11; ++i) {
        const QByteArray user = "u" + QByteArray::number(i);
        m_nam->expect(hanging(put(kRoot + "/users/" + user + "/photo/$value")));
        jobs.emplace_back(
            PhotoWriteJob::set(m_client, ItemPath::user(QString::fromLatin1(user)), jpeg(96, 96), noPhoto()));
        jobs.back()->start();
    }
    QTRY_COMPARE(puts(), 3 + 4);
    clock.advance(61);
    settle();
    QCOMPARE(puts(), 3 + 4); // the first four are still being served
    clock.advance(1);
    QTRY_COMPARE(puts(), 3 + 8);
    QCOMPARE(scheduler->releasedEarly(), 4);
    clock.advance(500);
    settle();
    QCOMPARE(puts(), 3 + 8); // twice the limit on the wire at most
    jobs.clear();
    m_client->setClock(nullptr);
}

void TestWriteJobs::throttlesOfOurOwnTimingSpendNoAttempt()
{
    // One slot. Once the pacing is learnt, a second write leaves while the first is still on the wire; Graph
    // throttles it seven times (more than the retry policy's six attempts). The throttles are of our timing, not of
    // Graph's budget: the write is sent again each time and lands, and the limit stays.
    ManualClock clock;
    RequestScheduler* scheduler = pacedOnOneSlot(&clock);
    m_nam->expect(hanging(put(kRoot + "/users/u4/photo/$value")));
    for (int i = 0; i < 7; ++i) {
        m_nam->expect(throttled(put(kRoot + "/users/u5/photo/$value"), "0.05"));
    }
    m_nam->expect(put(kRoot + "/users/u5/photo/$value"));
    m_nam->expect(metadata(kRoot + "/users/u5/photo", "NEW"));
    std::unique_ptr<PhotoWriteJob> first(
        PhotoWriteJob::set(m_client, ItemPath::user(QStringLiteral("u4")), jpeg(96, 96), noPhoto()));
    std::unique_ptr<PhotoWriteJob> second(
        PhotoWriteJob::set(m_client, ItemPath::user(QStringLiteral("u5")), jpeg(96, 96), noPhoto()));
    QSignalSpy finished(second.get(), &GraphJob::finished);
    first->start();
    second->start();
    QTRY_COMPARE(m_nam->seen().size(), 7);
    for (int i = 0; i < 40 && finished.isEmpty(); ++i) {
        clock.advance(100);
        QCoreApplication::processEvents();
    }
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY2(!second->hasError(), qPrintable(second->error().toString()));
    QVERIFY(second->written());
    QCOMPARE(scheduler->currentLimit(), 1);
    QCOMPARE(scheduler->overlaps(), quint64(7));
    // Each resend was admitted to a slot given on after the widening before it: each throttle widens.
    QCOMPARE(scheduler->slotPacer().overlaps(), quint64(7));
    first.reset();
    m_client->setClock(nullptr);
}

void TestWriteJobs::aThrottleWidensTheMarginOfTheSlotGivenOnEarly()
{
    // One slot. A write holds it for its learnt service and gives it on early; a read then leaves and is throttled.
    // The estimate that was short is the write's: its margin widens, the read's stays, and the limit stays.
    ManualClock clock;
    RequestScheduler* scheduler = pacedOnOneSlot(&clock);
    const double writeMargin = scheduler->slotPacer().marginMs(SlotPacer::Kind::Write);
    const double readMargin = scheduler->slotPacer().marginMs(SlotPacer::Kind::Read);

    m_nam->expect(hanging(put(kRoot + "/users/u4/photo/$value")));
    m_nam->expect(throttled(answer("GET", kRoot + "/users/u5/photo", 200), "0.05"));
    m_nam->expect(metadata(kRoot + "/users/u5/photo", "E5"));
    std::unique_ptr<PhotoWriteJob> write(
        PhotoWriteJob::set(m_client, ItemPath::user(QStringLiteral("u4")), jpeg(96, 96), noPhoto()));
    write->start();
    QTRY_COMPARE(m_nam->seen().size(), 7);
    PhotoInfo read;
    int reads = 0;
    scheduler->fetchPhoto(ItemPath::user(QStringLiteral("u5")), PhotoJob::Mode::MetadataOnly, {}, this,
                          [&](const PhotoInfo& info) {
                              read = info;
                              ++reads;
                          });
    settle();
    QCOMPARE(m_nam->seen().size(), 7); // the write holds the one slot
    clock.advance(62);
    QTRY_COMPARE(m_nam->seen().size(), 8); // given on early: the read leaves, and is throttled
    for (int i = 0; i < 20 && reads == 0; ++i) {
        clock.advance(50);
        QCoreApplication::processEvents();
    }
    QTRY_COMPARE(reads, 1);
    QCOMPARE(read.etag, QStringLiteral("E5"));
    QCOMPARE(scheduler->overlaps(), quint64(1));
    QVERIFY(scheduler->slotPacer().marginMs(SlotPacer::Kind::Write) > writeMargin);
    QCOMPARE(scheduler->slotPacer().marginMs(SlotPacer::Kind::Read), readMargin);
    QCOMPARE(scheduler->currentLimit(), 1);
    write.reset();
    m_client->setClock(nullptr);
}

void TestWriteJobs::aThrottleWidensOnlyTheMarginOfTheSlotItTook()
{
    // One slot. A write gives its slot on early to a read, which gives it on early in turn; a second write then leaves
    // and is throttled. It took the read's slot: the read's estimate was the short one, so only the reads' margin
    // widens. (Widening every kind with a slot given on would widen the writes' margin for the reads' noise.)
    ManualClock clock;
    RequestScheduler* scheduler = pacedOnOneSlot(&clock);
    const double writeMargin = scheduler->slotPacer().marginMs(SlotPacer::Kind::Write);
    const double readMargin = scheduler->slotPacer().marginMs(SlotPacer::Kind::Read);

    m_nam->expect(hanging(put(kRoot + "/users/u4/photo/$value")));
    m_nam->expect(hanging(metadata(kRoot + "/users/u5/photo", "E5")));
    m_nam->expect(throttled(put(kRoot + "/users/u6/photo/$value"), "0.05"));
    m_nam->expect(put(kRoot + "/users/u6/photo/$value"));
    m_nam->expect(metadata(kRoot + "/users/u6/photo", "NEW"));
    std::unique_ptr<PhotoWriteJob> first(
        PhotoWriteJob::set(m_client, ItemPath::user(QStringLiteral("u4")), jpeg(96, 96), noPhoto()));
    first->start();
    QTRY_COMPARE(m_nam->seen().size(), 7);
    scheduler->fetchPhoto(ItemPath::user(QStringLiteral("u5")), PhotoJob::Mode::MetadataOnly, {}, this,
                          [](const PhotoInfo&) {});
    std::unique_ptr<PhotoWriteJob> second(
        PhotoWriteJob::set(m_client, ItemPath::user(QStringLiteral("u6")), jpeg(96, 96), noPhoto()));
    QSignalSpy finished(second.get(), &GraphJob::finished);
    second->start();
    clock.advance(62);
    QTRY_COMPARE(m_nam->seen().size(), 8); // the first write's slot given on: the read leaves
    clock.advance(2);
    QTRY_COMPARE(m_nam->seen().size(), 9); // the read's given on: the second write leaves, and is throttled
    for (int i = 0; i < 20 && finished.isEmpty(); ++i) {
        clock.advance(50);
        QCoreApplication::processEvents();
    }
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(second->written());
    QCOMPARE(scheduler->overlaps(), quint64(1));
    QVERIFY(scheduler->slotPacer().marginMs(SlotPacer::Kind::Read) > readMargin);
    QCOMPARE(scheduler->slotPacer().marginMs(SlotPacer::Kind::Write), writeMargin);
    first.reset();
    m_client->setClock(nullptr);
}

void TestWriteJobs::aThrottledWriteGoesAgainWhenASlotIsFree()
{
    // One slot. A write is throttled: Graph did not serve it. Its slot is free at once for the next write waiting, and
    // the throttled one goes again after its Retry-After only once a slot is free, admitted like any write. (Resent on
    // a timer of its own it met the request given its slot; holding the slot for it instead left the slot idle until
    // the resend, a whole second where Graph says Retry-After: 1.)
    ManualClock clock;
    pacedOnOneSlot(&clock);
    m_nam->expect(throttled(put(kRoot + "/users/u4/photo/$value"), "0.01"));
    m_nam->expect(hanging(put(kRoot + "/users/u6/photo/$value")));
    m_nam->expect(hanging(put(kRoot + "/users/u4/photo/$value")));
    QSignalSpy throttles(m_client, &GraphClient::throttled);
    std::unique_ptr<PhotoWriteJob> write(
        PhotoWriteJob::set(m_client, ItemPath::user(QStringLiteral("u4")), jpeg(96, 96), noPhoto()));
    std::unique_ptr<PhotoWriteJob> next(
        PhotoWriteJob::set(m_client, ItemPath::user(QStringLiteral("u6")), jpeg(96, 96), noPhoto()));
    write->start();
    next->start();
    QTRY_COMPARE(throttles.count(), 1);
    QTRY_COMPARE(m_nam->seen().size(), 8); // the 429 freed the slot: the next write leaves at once
    QVERIFY(m_nam->seen().last().contains(QStringLiteral("/users/u6/photo")));
    clock.advance(61);
    settle();
    QCOMPARE(m_nam->seen().size(), 8); // the Retry-After is long over, but the slot is the next write's
    clock.advance(1);
    QTRY_COMPARE(m_nam->seen().size(), 9); // its service is over: the throttled write goes again
    QVERIFY(m_nam->seen().last().contains(QStringLiteral("/users/u4/photo")));
    write.reset();
    next.reset();
    m_client->setClock(nullptr);
}

void TestWriteJobs::aThrottledReadGoesAgainWhenASlotIsFree()
{
    // One slot. A read's service is shorter than the round trip: its slot is given on (to a write) before its answer,
    // which is a 429. It goes again after its Retry-After only once a slot is free (the write's service is over): on a
    // timer of its own it would be one request too many on a server whose slots are kept full, throttled again and
    // again until it failed (a backup read did, in a bulk set of 1,000).
    ManualClock clock;
    RequestScheduler* scheduler = pacedOnOneSlot(&clock);
    m_nam->expect(timed(throttled(metadata(kRoot + "/users/u5/photo", "E5"), "0.01"), &clock, 40));
    m_nam->expect(hanging(put(kRoot + "/users/u6/photo/$value")));
    m_nam->expect(hanging(metadata(kRoot + "/users/u5/photo", "E5")));
    QSignalSpy throttles(m_client, &GraphClient::throttled);
    int answers = 0;
    // Waiting together, the read goes first (reads take their turns before a write).
    scheduler->fetchPhoto(ItemPath::user(QStringLiteral("u5")), PhotoJob::Mode::MetadataOnly, {}, this,
                          [&answers](const PhotoInfo&) { ++answers; });
    std::unique_ptr<PhotoWriteJob> write(
        PhotoWriteJob::set(m_client, ItemPath::user(QStringLiteral("u6")), jpeg(96, 96), noPhoto()));
    write->start();
    QTRY_COMPARE(m_nam->seen().size(), 7);
    settle();
    QCOMPARE(m_nam->seen().size(), 7);
    clock.advance(2);
    QTRY_COMPARE(m_nam->seen().size(), 8); // the read's slot given on: the write leaves (its slot until 2 + 62 ms)
    clock.advance(38);
    QTRY_COMPARE(throttles.count(), 1); // the read's 429, at 40 ms
    clock.advance(23);
    settle();
    QCOMPARE(m_nam->seen().size(), 8); // its Retry-After is over at 50 ms, but the slot is still the write's
    clock.advance(1);
    QTRY_COMPARE(m_nam->seen().size(), 9); // the write's service is over: the read goes again
    QVERIFY(m_nam->seen().last().contains(QStringLiteral("/users/u5/photo")));
    QCOMPARE(answers, 0); // a throttle of our own timing is no answer: the read is still on its way
    QCOMPARE(scheduler->overlaps(), quint64(1));
    write.reset();
    m_client->setClock(nullptr);
}

void TestWriteJobs::aWriteAbortedWhileItsTokenIsOnItsWayNeverLeaves()
{
    // A cancelled import aborts the writes that have not left. One had its slot and was waiting for its token: when
    // the token came, it was sent all the same, and the run reported it "not written" while Graph carried it out (a
    // journal that lies). Seen under load in TestImportWindow::cancelReportsExactlyWhatWasWritten.
    HeldTokenProvider tokens;
    GraphClient client(GraphRoot::parse(QString::fromLatin1(kRoot)), &tokens, m_nam);
    std::unique_ptr<PhotoWriteJob> job(
        PhotoWriteJob::set(&client, ItemPath::user(QStringLiteral("u1")), jpeg(96, 96), noPhoto()));
    QSignalSpy finished(job.get(), &GraphJob::finished);
    job->start();
    QTRY_COMPARE(tokens.waiting(), 1); // admitted, asking for its token
    job->abort();
    tokens.release();
    QTRY_COMPARE(finished.count(), 1);
    settle();
    QVERIFY(m_nam->seen().isEmpty());
    QCOMPARE(job->sentAtMs(), qint64(-1));
    QVERIFY(!job->written());
    QCOMPARE(job->error().kind, GraphError::Kind::Cancelled);
}

void TestWriteJobs::readBacksWaitingTogetherGoInOneSequentialBatch()
{
    // One slot, a write on it. Two metadata reads wait for it: they leave together, as one `$batch` whose second item
    // depends on the first (Graph runs them one after another, in one slot): one departure instead of two. The second
    // did not run (424, the first had failed): it goes again, alone.
    ManualClock clock;
    RequestScheduler* scheduler = pacedOnOneSlot(&clock);
    m_nam->expect(hanging(put(kRoot + "/users/u6/photo/$value")));
    QJsonObject notRun{{QStringLiteral("id"), QStringLiteral("5")},
                       {QStringLiteral("status"), 424},
                       {QStringLiteral("body"),
                        QJsonObject{{QStringLiteral("error"),
                                     QJsonObject{{QStringLiteral("code"), QStringLiteral("FailedDependency")}}}}}};
    m_nam->expect(batchAnswer({metadataItem(4, QStringLiteral("E7")), notRun}));
    m_nam->expect(metadata(kRoot + "/users/u8/photo", "E8"));
    std::unique_ptr<PhotoWriteJob> write(
        PhotoWriteJob::set(m_client, ItemPath::user(QStringLiteral("u6")), jpeg(96, 96), noPhoto()));
    write->start();
    QTRY_COMPARE(m_nam->seen().size(), 7);
    QHash<QString, QString> etags;
    for (const QString user : {QStringLiteral("u7"), QStringLiteral("u8")}) {
        scheduler->fetchPhoto(ItemPath::user(user), PhotoJob::Mode::MetadataOnly, {}, this,
                              [&etags, user](const PhotoInfo& info) { etags.insert(user, info.etag); });
    }
    settle();
    QCOMPARE(m_nam->seen().size(), 7); // the write's slot
    clock.advance(62);
    QTRY_COMPARE(m_nam->seen().size(), 8);
    QVERIFY(m_nam->seen().last().contains(QStringLiteral("$batch")));
    const QJsonArray items
        = QJsonDocument::fromJson(m_nam->seenBodies().last()).object().value(QStringLiteral("requests")).toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("url")).toString(), QStringLiteral("/users/u7/photo"));
    QVERIFY(!items.at(0).toObject().contains(QStringLiteral("dependsOn")));
    QCOMPARE(items.at(1).toObject().value(QStringLiteral("url")).toString(), QStringLiteral("/users/u8/photo"));
    QCOMPARE(items.at(1).toObject().value(QStringLiteral("dependsOn")).toArray(),
             QJsonArray{items.at(0).toObject().value(QStringLiteral("id"))});
    QTRY_COMPARE(m_nam->seen().size(), 9); // the 424: alone, at once (the batch's answer freed the slot)
    QTRY_COMPARE(etags.size(), 2);
    QCOMPARE(etags.value(QStringLiteral("u7")), QStringLiteral("E7"));
    QCOMPARE(etags.value(QStringLiteral("u8")), QStringLiteral("E8"));
    QCOMPARE(scheduler->chainsSent(), quint64(1));
    QVERIFY(scheduler->chaining());
    write.reset();
    m_client->setClock(nullptr);
}

void TestWriteJobs::aSequentialBatchGraphRefusesEndsChaining()
{
    // A Graph that answers the sequential `$batch` with a 400 (it does not take the dependencies): the reads go alone,
    // none fails for it, and no such batch is sent again.
    ManualClock clock;
    RequestScheduler* scheduler = pacedOnOneSlot(&clock);
    m_nam->expect(hanging(put(kRoot + "/users/u6/photo/$value")));
    m_nam->expect(
        answer("POST", kRoot + "/$batch", 400, R"({"error":{"code":"BadRequest","message":"Invalid dependsOn"}})"));
    m_nam->expect(metadata(kRoot + "/users/u7/photo", "E7"));
    m_nam->expect(metadata(kRoot + "/users/u8/photo", "E8"));
    m_nam->expect(metadata(kRoot + "/users/u9/photo", "E9"));
    std::unique_ptr<PhotoWriteJob> write(
        PhotoWriteJob::set(m_client, ItemPath::user(QStringLiteral("u6")), jpeg(96, 96), noPhoto()));
    write->start();
    QTRY_COMPARE(m_nam->seen().size(), 7);
    QHash<QString, QString> etags;
    for (const QString user : {QStringLiteral("u7"), QStringLiteral("u8")}) {
        scheduler->fetchPhoto(ItemPath::user(user), PhotoJob::Mode::MetadataOnly, {}, this,
                              [&etags, user](const PhotoInfo& info) { etags.insert(user, info.etag); });
    }
    clock.advance(62);
    QTRY_COMPARE(m_nam->seen().size(), 10); // the batch, refused; then each read alone (each answered at once)
    QVERIFY(!scheduler->chaining());
    QTRY_COMPARE(etags.size(), 2);
    QCOMPARE(etags.value(QStringLiteral("u7")), QStringLiteral("E7"));
    QCOMPARE(etags.value(QStringLiteral("u8")), QStringLiteral("E8"));
    scheduler->fetchPhoto(ItemPath::user(QStringLiteral("u9")), PhotoJob::Mode::MetadataOnly, {}, this,
                          [](const PhotoInfo&) {});
    QTRY_COMPARE(m_nam->seen().size(), 11);
    QCOMPARE(scheduler->chainsSent(), quint64(1));
    write.reset();
    m_client->setClock(nullptr);
}

void TestWriteJobs::undoPutsTheBackupBackByteForByte()
{
    QTemporaryDir dir;
    const QByteArray original = jpeg(300, 300);
    PhotoJournal journal;
    QString error;
    QVERIFY(journal.open(dir.filePath(QStringLiteral("j")), &error));
    JournalEntry e;
    e.path = ItemPath::user(QStringLiteral("u1"));
    e.kind = QStringLiteral("user");
    e.action = QStringLiteral("replace");
    e.state = QStringLiteral("written");
    e.hadPhoto = true;
    e.etagBefore = QStringLiteral("OLD");
    e.etagAfter = QStringLiteral("NEW");
    QVERIFY(journal.writeBackup(e, original, QStringLiteral("image/jpeg"), &error));
    QVERIFY(journal.put(e, &error));

    WriteTask undo;
    undo.kind = WriteTask::Kind::Undo;
    undo.principal.path = e.path;
    m_nam->expect(metadata(kRoot + "/users/u1/photo", "NEW"));
    m_nam->expect(put(kRoot + "/users/u1/photo/$value"));
    m_nam->expect(metadata(kRoot + "/users/u1/photo", "BACK"));
    PhotoWriteRun run(m_client, &journal, {undo});
    run.setApply(true);
    const WriteOutcome outcome = runToEnd(&run);
    QCOMPARE(outcome.action, QStringLiteral("replace"));
    QVERIFY(outcome.written);
    QCOMPARE(m_nam->seenBodies().at(1), original);
    QCOMPARE(journal.at(0).undone, QStringLiteral("restored"));
}

void TestWriteJobs::undoNeverOverwritesAPhotoChangedSince()
{
    QTemporaryDir dir;
    PhotoJournal journal;
    QString error;
    QVERIFY(journal.open(dir.filePath(QStringLiteral("j")), &error));
    JournalEntry e;
    e.path = ItemPath::user(QStringLiteral("u1"));
    e.action = QStringLiteral("replace");
    e.state = QStringLiteral("written");
    e.hadPhoto = true;
    e.etagBefore = QStringLiteral("OLD");
    e.etagAfter = QStringLiteral("NEW");
    QVERIFY(journal.writeBackup(e, jpeg(300, 300), QStringLiteral("image/jpeg"), &error));
    QVERIFY(journal.put(e, &error));
    WriteTask undo;
    undo.kind = WriteTask::Kind::Undo;
    undo.principal.path = e.path;
    m_nam->expect(metadata(kRoot + "/users/u1/photo", "SOMEONE-ELSE"));
    PhotoWriteRun run(m_client, &journal, {undo});
    run.setApply(true);
    const WriteOutcome outcome = runToEnd(&run);
    QCOMPARE(outcome.action, QStringLiteral("skip"));
    QCOMPARE(outcome.reason, QStringLiteral("changed-since"));
    QCOMPARE(m_nam->seen().filter(QStringLiteral("PUT")).size(), 0);
}

void TestWriteJobs::undoRemovesAPhotoThatWasAdded()
{
    QTemporaryDir dir;
    PhotoJournal journal;
    QString error;
    QVERIFY(journal.open(dir.filePath(QStringLiteral("j")), &error));
    JournalEntry e;
    e.path = ItemPath::user(QStringLiteral("u1"));
    e.action = QStringLiteral("set");
    e.state = QStringLiteral("written");
    e.hadPhoto = false;
    e.etagAfter = QStringLiteral("NEW");
    QVERIFY(journal.put(e, &error));
    WriteTask undo;
    undo.kind = WriteTask::Kind::Undo;
    undo.principal.path = e.path;
    m_nam->expect(metadata(kRoot + "/users/u1/photo", "NEW"));
    m_nam->expect(answer("DELETE", kRoot + "/users/u1/photo/$value", 204));
    m_nam->expect(
        answer("GET", kRoot + "/users/u1/photo", 404, R"({"error":{"code":"ImageNotFound","message":"not found"}})"));
    PhotoWriteRun run(m_client, &journal, {undo});
    run.setApply(true);
    const WriteOutcome outcome = runToEnd(&run);
    QCOMPARE(outcome.action, QStringLiteral("remove"));
    QVERIFY(outcome.verified);
    QCOMPARE(journal.at(0).undone, QStringLiteral("removed"));
}

void TestWriteJobs::removeAfterASetOnTheSameJournal()
{
    // The journal set this photo; removing it now is a removal, not a photo "changed since".
    QTemporaryDir dir;
    PhotoJournal journal;
    QString error;
    QVERIFY(journal.open(dir.filePath(QStringLiteral("j")), &error));
    JournalEntry e;
    e.path = ItemPath::user(QStringLiteral("u1"));
    e.action = QStringLiteral("set");
    e.state = QStringLiteral("written");
    e.etagAfter = QStringLiteral("NEW");
    QVERIFY(journal.put(e, &error));
    WriteTask remove;
    remove.kind = WriteTask::Kind::Remove;
    remove.principal.path = e.path;
    m_nam->expect(metadata(kRoot + "/users/u1/photo", "NEW"));
    m_nam->expect(answer("DELETE", kRoot + "/users/u1/photo/$value", 204));
    m_nam->expect(
        answer("GET", kRoot + "/users/u1/photo", 404, R"({"error":{"code":"ImageNotFound","message":"not found"}})"));
    PhotoWriteRun run(m_client, &journal, {remove});
    run.setApply(true);
    const WriteOutcome outcome = runToEnd(&run);
    QCOMPARE(outcome.action, QStringLiteral("remove"));
    QVERIFY(outcome.verified);
    QVERIFY(!journal.at(0).hadPhoto); // undo still knows there was no photo before the journal's first write
}

QTEST_MAIN(TestWriteJobs)
#include "TestWriteJobs.moc"
