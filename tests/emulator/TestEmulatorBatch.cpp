// The emulator's $batch and its service model (docs/GRAPH.md#json-batching, #throttling): limits on size and ids,
// per-item answers in shuffled order with base64 photo bodies, and the 4-concurrent photo limit with fractional
// Retry-After.
#include "emulator/DemoTenant.h"
#include "emulator/GraphEmulator.h"
#include "emulator/PhotoCapacity.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace Portrait;
class TestEmulatorBatch : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void capacityTimeline();
    void batchAnswersEveryItem();
    void batchLimits_data();
    void batchLimits();
    void batchNeedsToken();
    void concurrencyLimitThrottles();
    void batchOfFreeReadsIsNotThrottled();
    void sequentialBatchRunsInOneSlot();
    void dependsOnMustNameOneRequestBefore_data();
    void dependsOnMustNameOneRequestBefore();

private:
    struct Result
    {
        int status = 0;
        QByteArray body;
        QByteArray retryAfter;
        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    };
    Result post(const QByteArray& body, bool auth = true);
    Result get(const QByteArray& path);

    std::unique_ptr<GraphEmulator> m_emulator;
    QNetworkAccessManager m_nam;
};

void TestEmulatorBatch::init()
{
    m_emulator = std::make_unique<GraphEmulator>();
    QVERIFY(m_emulator->listen());
}

TestEmulatorBatch::Result TestEmulatorBatch::post(const QByteArray& body, bool auth)
{
    QNetworkRequest request(QUrl::fromEncoded(m_emulator->baseUrl().toEncoded() + "/v1.0/$batch"));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (auth) {
        request.setRawHeader("Authorization", "Bearer " + m_emulator->accessToken().toUtf8());
    }
    QNetworkReply* reply = m_nam.post(request, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(10000);
    Result r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(), {}};
    reply->deleteLater();
    return r;
}

TestEmulatorBatch::Result TestEmulatorBatch::get(const QByteArray& path)
{
    QNetworkRequest request(QUrl::fromEncoded(m_emulator->baseUrl().toEncoded() + path));
    request.setRawHeader("Authorization", "Bearer " + m_emulator->accessToken().toUtf8());
    QNetworkReply* reply = m_nam.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(10000);
    Result r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
             reply->rawHeader("Retry-After")};
    reply->deleteLater();
    return r;
}

void TestEmulatorBatch::capacityTimeline()
{
    PhotoCapacity c(2);
    QVERIFY(c.tryReserve(0, 10));
    QVERIFY(c.tryReserve(5, 10));
    QCOMPARE(c.inFlightAt(6), 2);
    QVERIFY(!c.tryReserve(6, 10)); // full
    QCOMPARE(c.nextFreeAt(6), 10);
    QVERIFY(c.tryReserve(10, 10)); // the first slot ended
    QCOMPARE(c.peak(), 2);
    c.prune(100);
    QCOMPARE(c.inFlightAt(100), 0);
}

void TestEmulatorBatch::batchAnswersEveryItem()
{
    const DemoTenant& t = m_emulator->tenant();
    QString withPhoto;
    QString withoutPhoto;
    for (const DemoUser& u : t.users()) {
        if (u.photo.hasPhoto() && withPhoto.isEmpty()) {
            withPhoto = u.id;
        } else if (u.photo.state == PhotoState::None && withoutPhoto.isEmpty()) {
            withoutPhoto = u.id;
        }
    }
    QJsonArray requests;
    requests.append(
        QJsonObject{{QStringLiteral("id"), QStringLiteral("meta")},
                    {QStringLiteral("method"), QStringLiteral("GET")},
                    {QStringLiteral("url"), QStringLiteral("/users/") + withPhoto + QStringLiteral("/photo")}});
    requests.append(
        QJsonObject{{QStringLiteral("id"), QStringLiteral("bytes")},
                    {QStringLiteral("method"), QStringLiteral("GET")},
                    {QStringLiteral("url"), QStringLiteral("/users/") + withPhoto + QStringLiteral("/photo/$value")}});
    requests.append(QJsonObject{
        {QStringLiteral("id"), QStringLiteral("none")},
        {QStringLiteral("method"), QStringLiteral("GET")},
        {QStringLiteral("url"), QStringLiteral("users/") + withoutPhoto + QStringLiteral("/photo/$value")}});
    requests.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("list")},
                                {QStringLiteral("method"), QStringLiteral("GET")},
                                {QStringLiteral("url"), QStringLiteral("/v1.0/users?$top=2")}});
    const Result r = post(QJsonDocument(QJsonObject{{QStringLiteral("requests"), requests}}).toJson());
    QCOMPARE(r.status, 200);
    const QJsonArray responses = r.json().value(QStringLiteral("responses")).toArray();
    QCOMPARE(responses.size(), 4);
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue& v : responses) {
        byId.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
    }
    QCOMPARE(byId.value(QStringLiteral("meta")).value(QStringLiteral("status")).toInt(), 200);
    QCOMPARE(byId.value(QStringLiteral("meta"))
                 .value(QStringLiteral("body"))
                 .toObject()
                 .value(QStringLiteral("@odata.mediaEtag"))
                 .toString(),
             QStringLiteral("\"") + t.photoEtag(withPhoto) + u'"');
    // Photo bodies travel as base64 strings.
    const QJsonObject bytes = byId.value(QStringLiteral("bytes"));
    QCOMPARE(bytes.value(QStringLiteral("status")).toInt(), 200);
    QCOMPARE(QByteArray::fromBase64(bytes.value(QStringLiteral("body")).toString().toLatin1()),
             t.photo(withPhoto).bytes);
    QVERIFY(bytes.value(QStringLiteral("headers"))
                .toObject()
                .value(QStringLiteral("Content-Type"))
                .toString()
                .startsWith(QStringLiteral("image/")));
    QCOMPARE(byId.value(QStringLiteral("none")).value(QStringLiteral("status")).toInt(), 404);
    QCOMPARE(byId.value(QStringLiteral("list"))
                 .value(QStringLiteral("body"))
                 .toObject()
                 .value(QStringLiteral("value"))
                 .toArray()
                 .size(),
             2);

    // Graph may answer in any order: across a few batches the order is not always the request order.
    bool shuffled = false;
    for (int i = 0; i < 5 && !shuffled; ++i) {
        const QJsonArray again = post(QJsonDocument(QJsonObject{{QStringLiteral("requests"), requests}}).toJson())
                                     .json()
                                     .value(QStringLiteral("responses"))
                                     .toArray();
        QStringList order;
        for (const QJsonValue& v : again) {
            order << v.toObject().value(QStringLiteral("id")).toString();
        }
        shuffled = order
            != QStringList{QStringLiteral("meta"), QStringLiteral("bytes"), QStringLiteral("none"),
                           QStringLiteral("list")};
    }
    QVERIFY(shuffled);
}

void TestEmulatorBatch::batchLimits_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("duplicate");
    QTest::addColumn<int>("status");
    QTest::newRow("20 is fine") << 20 << false << 200;
    QTest::newRow("21 is too many") << 21 << false << 400;
    QTest::newRow("duplicate ids (case-insensitive)") << 3 << true << 400;
    QTest::newRow("empty") << 0 << false << 400;
}

void TestEmulatorBatch::batchLimits()
{
    QFETCH(int, count);
    QFETCH(bool, duplicate);
    QFETCH(int, status);
    QJsonArray requests;
    for (int i = 0; i < count; ++i) {
        const QString id = duplicate && i == 1 ? QStringLiteral("A")
                                               : (duplicate && i == 0 ? QStringLiteral("a") : QString::number(i));
        requests.append(QJsonObject{{QStringLiteral("id"), id},
                                    {QStringLiteral("method"), QStringLiteral("GET")},
                                    {QStringLiteral("url"), QStringLiteral("/me")}});
    }
    const Result r = post(QJsonDocument(QJsonObject{{QStringLiteral("requests"), requests}}).toJson());
    QCOMPARE(r.status, status);
    if (status == 400) {
        QCOMPARE(r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("BadRequest"));
    }
}

void TestEmulatorBatch::batchNeedsToken()
{
    const Result r = post(R"({"requests":[{"id":"1","method":"GET","url":"/me"}]})", false);
    QCOMPARE(r.status, 401);
}

void TestEmulatorBatch::batchOfFreeReadsIsNotThrottled()
{
    // Reads with no service time (--photo-service-ms 0) still take a slot for the 1 ms their reservation lasts: a
    // batch of 20 runs them 4 at a time one after another, it does not pile all 20 on the same instant (where
    // 16 were throttled by the batch's own first 4).
    EmulatorLimits limits;
    limits.photoServiceMs = 0;
    limits.photoConcurrency = 4;
    m_emulator->setLimits(limits);
    QJsonArray requests;
    const QList<DemoUser>& users = m_emulator->tenant().users();
    for (int i = 0; i < 20; ++i) {
        requests.append(QJsonObject{
            {QStringLiteral("id"), QString::number(i)},
            {QStringLiteral("method"), QStringLiteral("GET")},
            {QStringLiteral("url"), QStringLiteral("/users/") + users.at(i).id + QStringLiteral("/photo")}});
    }
    const Result r = post(QJsonDocument(QJsonObject{{QStringLiteral("requests"), requests}}).toJson());
    QCOMPARE(r.status, 200);
    const QJsonArray responses = r.json().value(QStringLiteral("responses")).toArray();
    QCOMPARE(responses.size(), 20);
    for (const QJsonValue& v : responses) {
        QVERIFY2(v.toObject().value(QStringLiteral("status")).toInt() != 429,
                 qPrintable(v.toObject().value(QStringLiteral("id")).toString()));
    }
    QCOMPARE(m_emulator->throttledOpCount(), 0u);
}

void TestEmulatorBatch::sequentialBatchRunsInOneSlot()
{
    // Each request depends on the one before (Graph's "fully sequential" batch): they run one after another, in one
    // slot, and one whose dependency failed does not run at all (424).
    EmulatorLimits limits;
    limits.photoServiceMs = 300;
    limits.photoConcurrency = 4;
    m_emulator->setLimits(limits);
    QString withPhoto;
    QString withoutPhoto;
    for (const DemoUser& u : m_emulator->tenant().users()) {
        if (u.photo.hasPhoto() && withPhoto.isEmpty()) {
            withPhoto = u.id;
        } else if (u.photo.state == PhotoState::None && withoutPhoto.isEmpty()) {
            withoutPhoto = u.id;
        }
    }
    const auto item = [](const QString& id, const QString& user, const QString& after) {
        QJsonObject o{{QStringLiteral("id"), id},
                      {QStringLiteral("method"), QStringLiteral("GET")},
                      {QStringLiteral("url"), QStringLiteral("/users/") + user + QStringLiteral("/photo/$value")}};
        if (!after.isEmpty()) {
            o.insert(QStringLiteral("dependsOn"), QJsonArray{after});
        }
        return o;
    };
    const QJsonArray requests{item(QStringLiteral("1"), withPhoto, {}),
                              item(QStringLiteral("2"), withPhoto, QStringLiteral("1")),
                              item(QStringLiteral("3"), withoutPhoto, QStringLiteral("2")),
                              item(QStringLiteral("4"), withPhoto, QStringLiteral("3"))};
    QElapsedTimer timer;
    timer.start();
    const Result r = post(QJsonDocument(QJsonObject{{QStringLiteral("requests"), requests}}).toJson());
    QCOMPARE(r.status, 200);
    QVERIFY2(timer.elapsed() >= 900, qPrintable(QString::number(timer.elapsed()))); // three served, one by one
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue& v : r.json().value(QStringLiteral("responses")).toArray()) {
        byId.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
    }
    QCOMPARE(byId.value(QStringLiteral("1")).value(QStringLiteral("status")).toInt(), 200);
    QCOMPARE(byId.value(QStringLiteral("2")).value(QStringLiteral("status")).toInt(), 200);
    QCOMPARE(byId.value(QStringLiteral("3")).value(QStringLiteral("status")).toInt(), 404);
    const QJsonObject failed = byId.value(QStringLiteral("4"));
    QCOMPARE(failed.value(QStringLiteral("status")).toInt(), 424);
    QCOMPARE(failed.value(QStringLiteral("body"))
                 .toObject()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("FailedDependency"));
    QCOMPARE(m_emulator->peakPhotoOpsInFlight(), 1);
    QCOMPARE(m_emulator->throttledOpCount(), 0u);
}

void TestEmulatorBatch::dependsOnMustNameOneRequestBefore_data()
{
    QTest::addColumn<QByteArray>("dependsOn");
    QTest::newRow("an id that is not in the batch") << QByteArray(R"(["9"])");
    QTest::newRow("a request after it") << QByteArray(R"(["3"])");
    QTest::newRow("two requests") << QByteArray(R"(["1","1"])");
    QTest::newRow("none") << QByteArray(R"([])");
}

void TestEmulatorBatch::dependsOnMustNameOneRequestBefore()
{
    QFETCH(QByteArray, dependsOn);
    const Result r = post(R"({"requests":[{"id":"1","method":"GET","url":"/me"},{"id":"2","method":"GET","url":"/me",)"
                          R"("dependsOn":)"
                          + dependsOn + R"(},{"id":"3","method":"GET","url":"/me"}]})");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("BadRequest"));
}

void TestEmulatorBatch::concurrencyLimitThrottles()
{
    EmulatorLimits limits;
    // Two seconds of service: the five requests reach the emulator while the first two still run, however
    // loaded the machine (with 200 ms, a slow start could let a third one in after the first finished).
    limits.photoServiceMs = 2000;
    limits.photoConcurrency = 2;
    m_emulator->setLimits(limits);
    // Five photo requests at once: two run, three are throttled with a fractional Retry-After.
    const QString me = m_emulator->tenant().me().id;
    QList<QNetworkReply*> replies;
    for (int i = 0; i < 5; ++i) {
        QNetworkRequest request(QUrl::fromEncoded(m_emulator->baseUrl().toEncoded() + "/v1.0/me/photo"));
        request.setRawHeader("Authorization", "Bearer " + m_emulator->accessToken().toUtf8());
        replies.append(m_nam.get(request));
    }
    int ok = 0;
    int throttled = 0;
    for (QNetworkReply* reply : replies) {
        if (!reply->isFinished()) {
            QSignalSpy finished(reply, &QNetworkReply::finished);
            QVERIFY(finished.wait(10000));
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 429) {
            ++throttled;
            bool isNumber = false;
            const double seconds = reply->rawHeader("Retry-After").toDouble(&isNumber);
            QVERIFY(isNumber);
            QVERIFY(seconds > 0 && seconds <= 2.0);
            QCOMPARE(QJsonDocument::fromJson(reply->readAll())
                         .object()
                         .value(QStringLiteral("error"))
                         .toObject()
                         .value(QStringLiteral("code"))
                         .toString(),
                     QStringLiteral("ApplicationThrottled"));
        } else {
            QCOMPARE(status, 200);
            ++ok;
        }
        reply->deleteLater();
    }
    QCOMPARE(ok, 2);
    QCOMPARE(throttled, 3);
    QCOMPARE(m_emulator->peakPhotoOpsInFlight(), 2);
    QCOMPARE(m_emulator->throttledOpCount(), 3u);
}

QTEST_GUILESS_MAIN(TestEmulatorBatch)
#include "TestEmulatorBatch.moc"
