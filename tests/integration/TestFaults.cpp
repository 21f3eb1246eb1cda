// Fault plans of the emulator and how the client survives them: every kind of
// fault over real loopback sockets, seeded and reproducible, and the client's jobs ending with the right
// data after retrying; transfer timeouts that reset on progress; limits that answer with a clear error.
#include "base/TokenProvider.h"
#include "emulator/DemoTenant.h"
#include "emulator/FaultPlan.h"
#include "emulator/GraphEmulator.h"
#include "graph/GraphClient.h"
#include "graph/ListJob.h"
#include "graph/PhotoJob.h"

#include "FakeNetworkAccessManager.h"

#include <QElapsedTimer>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Portrait;
namespace {

quint32 crc32(const QByteArray& data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char c : data) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k) {
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
        }
    }
    return ~crc;
}

QByteArray chunk(const QByteArray& type, const QByteArray& data)
{
    QByteArray out;
    const auto be32 = [&out](quint32 v) {
        for (int shift = 24; shift >= 0; shift -= 8) {
            out.append(char((v >> shift) & 0xFF));
        }
    };
    be32(quint32(data.size()));
    out += type + data;
    be32(crc32(type + data));
    return out;
}

/// A 300-byte PNG that claims 30000 x 30000 RGBA pixels: 3.6 GB once decoded.
QByteArray pngBomb()
{
    QByteArray ihdr;
    for (const quint32 v : {30000u, 30000u}) {
        for (int shift = 24; shift >= 0; shift -= 8) {
            ihdr.append(char((v >> shift) & 0xFF));
        }
    }
    ihdr += QByteArray::fromHex("0806000000"); // 8 bits, RGBA, deflate, no filter, no interlace
    const QByteArray idat = qCompress(QByteArray(200, '\0')).mid(4); // zlib stream of zeros
    return QByteArray::fromHex("89504E470D0A1A0A") + chunk("IHDR", ihdr) + chunk("IDAT", idat) + chunk("IEND", {});
}

struct Wire
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray retryAfter;
    qint64 elapsedMs = 0;
};

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void parseSpecs_data();
    void parseSpecs();
    void sameSeedSameFaults();
    void rateIsHonoured();
    void eachKindOnTheWire_data();
    void eachKindOnTheWire();
    void statusFaultsWithAndWithoutRetryAfter();
    void batchItemsFailOneByOne();

    void clientSurvivesEachKind_data();
    void clientSurvivesEachKind();
    void transferTimeoutResetsOnProgress();
    void stalledTransferTimesOutAndIsRetried();
    void announcedLengthBeyondLimitIsRefused();
    void bodyBeyondLimitIsRefused();
    void tooManyRedirectsAndPages();
    void decompressionBombIsRefused();
    void truncatedErrorBodyDecidesNothing();

private:
    Wire fetchRaw(const QByteArray& path);
    GraphClient* makeClient(int timeoutMs = 10000);

    GraphEmulator* m_emulator = nullptr;
    StaticTokenProvider* m_tokens = nullptr;
    QNetworkAccessManager* m_network = nullptr;
};

void TestFaults::initTestCase()
{
    DemoTenantOptions options;
    options.users = 40;
    options.groups = 3;
    m_emulator = new GraphEmulator(options, this);
    QVERIFY(m_emulator->listen(0));
    m_tokens = new StaticTokenProvider(m_emulator->accessToken(), this);
    m_network = new QNetworkAccessManager(this);
}

void TestFaults::init()
{
    m_emulator->setFaultPlan(FaultPlan());
    m_emulator->setResponseDelay(std::chrono::milliseconds(0));
}

Wire TestFaults::fetchRaw(const QByteArray& path)
{
    QNetworkRequest request(QUrl(m_emulator->baseUrl().toString() + QString::fromLatin1(path)));
    request.setRawHeader("Authorization", "Bearer " + m_emulator->accessToken().toUtf8());
    request.setTransferTimeout(10000);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply* reply = m_network->get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Wire wire;
    if (!finished.wait(15000)) {
        return wire;
    }
    wire.elapsedMs = timer.elapsed();
    wire.error = reply->error();
    wire.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    wire.body = reply->readAll();
    wire.contentType = reply->rawHeader("Content-Type");
    wire.retryAfter = reply->rawHeader("Retry-After");
    reply->deleteLater();
    return wire;
}

GraphClient* TestFaults::makeClient(int timeoutMs)
{
    auto* client = new GraphClient(GraphRoot::parse(m_emulator->graphRoot().toString()), m_tokens, nullptr, this);
    client->setTransferTimeoutMs(timeoutMs);
    RetryPolicy policy;
    policy.maxAttempts = 8;
    policy.baseDelayMs = 10;
    policy.maxDelayMs = 40;
    client->setRetryPolicy(policy);
    client->setJitterSeed(7);
    return client;
}

void TestFaults::parseSpecs_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("rate");
    QTest::addColumn<int>("kinds");
    QTest::newRow("percent, all kinds") << QStringLiteral("10%") << true << 0.1 << int(FaultPlan::allKinds().size());
    QTest::newRow("fraction and kinds") << QStringLiteral("0.25:429,reset") << true << 0.25 << 2;
    QTest::newRow("groups") << QStringLiteral("5%:status,wire") << true << 0.05 << 6;
    QTest::newRow("duplicates once") << QStringLiteral("1:429,429,status") << true << 1.0 << 3;
    QTest::newRow("rate above 1") << QStringLiteral("150%") << false << 0.0 << 0;
    QTest::newRow("negative") << QStringLiteral("-0.1") << false << 0.0 << 0;
    QTest::newRow("not a number") << QStringLiteral("often") << false << 0.0 << 0;
    QTest::newRow("unknown kind") << QStringLiteral("10%:gremlins") << false << 0.0 << 0;
    QTest::newRow("empty kinds") << QStringLiteral("10%:") << false << 0.0 << 0;
}

void TestFaults::parseSpecs()
{
    QFETCH(QString, spec);
    QFETCH(bool, valid);
    QString error;
    const auto plan = FaultPlan::parse(spec, &error);
    QCOMPARE(plan.has_value(), valid);
    if (!valid) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QFETCH(double, rate);
    QFETCH(int, kinds);
    QCOMPARE(plan->rate(), rate);
    QCOMPARE(plan->kinds().size(), kinds);
}

void TestFaults::sameSeedSameFaults()
{
    const auto draw = [](quint64 seed, bool reversed) {
        FaultPlan plan = *FaultPlan::parse(QStringLiteral("30%"), nullptr);
        plan.setSeed(seed);
        QStringList keys;
        for (int i = 0; i < 200; ++i) {
            keys << QStringLiteral("GET /v1.0/users/%1/photo/$value").arg(i % 50);
        }
        if (reversed) {
            std::reverse(keys.begin(), keys.end());
        }
        QMap<QString, QStringList> fates; // per request, in the order it was seen
        for (const QString& key : keys) {
            const FaultPlan::Decision d = plan.decide(key.toLatin1(), false, 5000, false);
            fates[key] << (d.isFault() ? FaultPlan::name(*d.kind) + QString::number(d.retryAfterSeconds)
                                       : QStringLiteral("-"));
        }
        return fates;
    };
    // The same request meets the same fate whatever the order of the others.
    QCOMPARE(draw(11, false), draw(11, true));
    QVERIFY(draw(11, false) != draw(12, false));
}

void TestFaults::rateIsHonoured()
{
    FaultPlan plan = *FaultPlan::parse(QStringLiteral("10%"), nullptr);
    plan.setSeed(3);
    int faults = 0;
    QSet<FaultKind> kinds;
    for (int i = 0; i < 20000; ++i) {
        const FaultPlan::Decision d
            = plan.decide(QByteArray("GET /v1.0/users/") + QByteArray::number(i), true, 900, false);
        if (d.isFault()) {
            ++faults;
            kinds.insert(*d.kind);
        }
    }
    QVERIFY2(faults > 1800 && faults < 2200, qPrintable(QString::number(faults)));
    QCOMPARE(kinds.size(), FaultPlan::allKinds().size());
    // Inside a $batch only the status faults make sense.
    for (int i = 0; i < 2000; ++i) {
        const FaultPlan::Decision d = plan.decide(QByteArray("item ") + QByteArray::number(i), true, 900, true);
        QVERIFY(!d.isFault() || FaultPlan::statusOf(*d.kind) != 0);
    }
}

void TestFaults::eachKindOnTheWire_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("path");
    const QByteArray users = "/v1.0/users?$top=5";
    const QByteArray photo = "/v1.0/users/" + m_emulator->tenant().users().first().id.toLatin1() + "/photo/$value";
    QTest::newRow("reset, JSON") << QStringLiteral("reset") << users;
    QTest::newRow("reset, photo") << QStringLiteral("reset") << photo;
    QTest::newRow("truncate, JSON") << QStringLiteral("truncate") << users;
    QTest::newRow("truncate, photo") << QStringLiteral("truncate") << photo;
    QTest::newRow("huge-length") << QStringLiteral("huge-length") << users;
    QTest::newRow("drip") << QStringLiteral("drip") << photo;
    QTest::newRow("malformed-json") << QStringLiteral("malformed-json") << users;
    QTest::newRow("content-type, JSON") << QStringLiteral("content-type") << users;
    QTest::newRow("content-type, photo") << QStringLiteral("content-type") << photo;
}

void TestFaults::eachKindOnTheWire()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, path);
    // The right answer first, to compare with.
    const Wire clean = fetchRaw(path);
    QCOMPARE(clean.error, QNetworkReply::NoError);
    QVERIFY(clean.body.size() > 100);

    FaultPlan plan = *FaultPlan::parse(QStringLiteral("100%:") + kind, nullptr);
    plan.setDripIntervalMs(30);
    m_emulator->setFaultPlan(plan);
    const quint64 before = m_emulator->faultCount();
    const Wire wire = fetchRaw(path);
    QCOMPARE(m_emulator->faultCount(), before + 1);
    QCOMPARE(m_emulator->requestLog().last().fault, kind.toLatin1());

    if (kind == QStringLiteral("reset") || kind == QStringLiteral("truncate")) {
        // The connection ends before the announced length: never a complete, successful answer.
        QVERIFY(wire.error != QNetworkReply::NoError || wire.body.size() < clean.body.size());
        QVERIFY(wire.body.size() < clean.body.size());
    } else if (kind == QStringLiteral("huge-length")) {
        QVERIFY(wire.error != QNetworkReply::NoError || wire.body == clean.body);
    } else if (kind == QStringLiteral("drip")) {
        QCOMPARE(wire.error, QNetworkReply::NoError);
        QCOMPARE(wire.body, clean.body);
        QVERIFY2(wire.elapsedMs >= 7 * 30, qPrintable(QString::number(wire.elapsedMs)));
    } else if (kind == QStringLiteral("malformed-json")) {
        QCOMPARE(wire.status, 200);
        QJsonParseError error;
        QJsonDocument::fromJson(wire.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
    } else if (kind == QStringLiteral("content-type")) {
        QCOMPARE(wire.status, 200);
        QVERIFY(wire.contentType.startsWith("text/html"));
        QVERIFY(wire.body != clean.body);
    }
    // The emulator is still fine afterwards.
    m_emulator->setFaultPlan(FaultPlan());
    QCOMPARE(fetchRaw(path).body, clean.body);
}

void TestFaults::statusFaultsWithAndWithoutRetryAfter()
{
    FaultPlan plan = *FaultPlan::parse(QStringLiteral("100%:status"), nullptr);
    plan.setSeed(9);
    plan.setMaxRetryAfterMs(2000);
    m_emulator->setFaultPlan(plan);
    QSet<int> statuses;
    int with = 0;
    int without = 0;
    for (int i = 0; i < 30; ++i) {
        const Wire wire = fetchRaw("/v1.0/users?$top=" + QByteArray::number(i + 1));
        statuses.insert(wire.status);
        const QJsonObject error = QJsonDocument::fromJson(wire.body).object().value(QStringLiteral("error")).toObject();
        QVERIFY(!error.value(QStringLiteral("code")).toString().isEmpty());
        if (wire.retryAfter.isEmpty()) {
            ++without;
        } else {
            ++with;
            bool ok = false;
            const double seconds = wire.retryAfter.toDouble(&ok);
            QVERIFY(ok && seconds > 0 && seconds <= 2.0);
        }
    }
    QCOMPARE(statuses, (QSet<int>{429, 503, 504}));
    QVERIFY(with > 0 && without > 0);
}

void TestFaults::batchItemsFailOneByOne()
{
    FaultPlan plan = *FaultPlan::parse(QStringLiteral("40%:429,503"), nullptr);
    plan.setSeed(5);
    m_emulator->setFaultPlan(plan);
    QJsonArray requests;
    for (int i = 0; i < 20; ++i) {
        requests.append(QJsonObject{
            {QStringLiteral("id"), QString::number(i)},
            {QStringLiteral("method"), QStringLiteral("GET")},
            {QStringLiteral("url"), QStringLiteral("/users/%1/photo").arg(m_emulator->tenant().users().at(i).id)}});
    }
    int itemFaults = 0;
    int ok = 0;
    // Several batches, so that the outer answer is sometimes fine and its items are judged one by one.
    for (int round = 0; round < 6; ++round) {
        QNetworkRequest request(QUrl(m_emulator->graphRoot().toString() + QStringLiteral("/$batch")));
        request.setRawHeader("Authorization", "Bearer " + m_emulator->accessToken().toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply* reply
            = m_network->post(request, QJsonDocument(QJsonObject{{QStringLiteral("requests"), requests}}).toJson());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        reply->deleteLater();
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200) {
            continue;
        }
        const QJsonArray responses
            = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("responses")).toArray();
        QCOMPARE(responses.size(), 20);
        int faultsThisRound = 0;
        for (const QJsonValue& v : responses) {
            // Without a concurrency limit, 429 and 503 come only from the plan; users without photos get 404.
            const int status = v.toObject().value(QStringLiteral("status")).toInt();
            status == 429 || status == 503 ? ++faultsThisRound : ++ok;
        }
        itemFaults += faultsThisRound;
        QCOMPARE(m_emulator->requestLog().last().itemFaults, faultsThisRound);
    }
    QVERIFY(itemFaults > 0);
    QVERIFY(ok > 0);
}

void TestFaults::clientSurvivesEachKind_data()
{
    QTest::addColumn<QString>("kind");
    for (const FaultKind kind : FaultPlan::allKinds()) {
        QTest::newRow(qPrintable(FaultPlan::name(kind))) << FaultPlan::name(kind);
    }
}

void TestFaults::clientSurvivesEachKind()
{
    QFETCH(QString, kind);
    FaultPlan plan = *FaultPlan::parse(QStringLiteral("25%:") + kind, nullptr);
    plan.setSeed(21);
    plan.setMaxRetryAfterMs(50);
    plan.setDripIntervalMs(5);
    m_emulator->setFaultPlan(plan);
    GraphClient* client = makeClient();
    QSignalSpy retrying(client, &GraphClient::retrying);

    // A listing of several pages: every user once, in order.
    ListQuery query;
    query.pageSize = 7;
    ListJob list(client, ItemPath::parse(QStringLiteral("users")), query);
    QSignalSpy listDone(&list, &GraphJob::finished);
    list.start();
    QVERIFY(listDone.wait(30000));
    QVERIFY2(!list.hasError(), qPrintable(list.error().toString()));
    QCOMPARE(list.objects().size(), m_emulator->tenant().users().size());

    // Photos: the bytes are the emulator's, byte for byte.
    int photos = 0;
    for (const DemoUser& user : m_emulator->tenant().users()) {
        if (m_emulator->tenant().photo(user.id).isNull()) {
            continue;
        }
        PhotoJob job(client, ItemPath::parse(QStringLiteral("users/") + user.id), PhotoJob::Mode::MetadataAndBytes);
        QSignalSpy done(&job, &GraphJob::finished);
        job.start();
        QVERIFY(done.wait(30000));
        QVERIFY2(job.info().status == PhotoStatus::Photo, qPrintable(job.info().error.toString()));
        QCOMPARE(job.info().data, m_emulator->tenant().photo(user.id).bytes);
        if (++photos == 12) {
            break;
        }
    }
    QVERIFY(photos > 0);
    if (kind != QStringLiteral("drip")) {
        QVERIFY2(!retrying.isEmpty(), "the faults were noticed and retried");
    }
    QVERIFY(m_emulator->faultCount() > 0);
    delete client;
}

void TestFaults::transferTimeoutResetsOnProgress()
{
    // Eight pieces 300 ms apart: the whole answer takes at least 2.1 s, more than the 1.5 s timeout, yet each
    // pause is far shorter than it (a loaded machine may stretch a pause, never shorten the whole). The timeout
    // is about progress, so nothing fails.
    FaultPlan plan = *FaultPlan::parse(QStringLiteral("100%:drip"), nullptr);
    plan.setDripIntervalMs(300);
    m_emulator->setFaultPlan(plan);
    GraphClient* client = makeClient(1500);
    QSignalSpy retrying(client, &GraphClient::retrying);
    const DemoUser* user = nullptr;
    for (const DemoUser& u : m_emulator->tenant().users()) {
        if (!m_emulator->tenant().photo(u.id).isNull()) {
            user = &u;
            break;
        }
    }
    QVERIFY(user);
    QElapsedTimer timer;
    timer.start();
    PhotoJob job(client, ItemPath::parse(QStringLiteral("users/") + user->id), PhotoJob::Mode::BytesOnly);
    QSignalSpy done(&job, &GraphJob::finished);
    job.start();
    QVERIFY(done.wait(30000));
    QVERIFY2(job.info().status == PhotoStatus::Photo, qPrintable(job.info().error.toString()));
    QCOMPARE(job.info().data, m_emulator->tenant().photo(user->id).bytes);
    QVERIFY2(timer.elapsed() >= 2100, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(retrying.size(), 0);
    delete client;
}

void TestFaults::stalledTransferTimesOutAndIsRetried()
{
    m_emulator->setResponseDelay(std::chrono::milliseconds(800));
    GraphClient* client = makeClient(150);
    RetryPolicy policy = client->retryPolicy();
    policy.maxAttempts = 2;
    client->setRetryPolicy(policy);
    QSignalSpy retrying(client, &GraphClient::retrying);
    ListJob list(client, ItemPath::parse(QStringLiteral("users")), ListQuery());
    QSignalSpy done(&list, &GraphJob::finished);
    list.start();
    QVERIFY(done.wait(10000));
    QCOMPARE(list.error().kind, GraphError::Kind::Timeout);
    QCOMPARE(retrying.size(), 1);
    delete client;
}

void TestFaults::announcedLengthBeyondLimitIsRefused()
{
    m_emulator->setFaultPlan(*FaultPlan::parse(QStringLiteral("100%:huge-length"), nullptr));
    GraphClient* client = makeClient();
    RetryPolicy policy = client->retryPolicy();
    policy.maxAttempts = 3;
    client->setRetryPolicy(policy);
    QSignalSpy retrying(client, &GraphClient::retrying);
    ListJob list(client, ItemPath::parse(QStringLiteral("users")), ListQuery());
    QSignalSpy done(&list, &GraphJob::finished);
    list.start();
    QVERIFY(done.wait(10000));
    QVERIFY(list.hasError());
    QCOMPARE(list.error().kind, GraphError::Kind::Protocol);
    QCOMPARE(list.error().code, QStringLiteral("bad-length"));
    QVERIFY2(list.error().message.contains(QStringLiteral("absurd")), qPrintable(list.error().message));
    QCOMPARE(retrying.size(), 2); // bounded: three attempts in all
    delete client;
}

void TestFaults::bodyBeyondLimitIsRefused()
{
    // A page larger than the JSON limit, and a photo larger than the image limit: clear errors, not retried.
    GraphClient* client = makeClient();
    client->setMaxJsonBytes(2000);
    client->setMaxImageBytes(1000);
    QSignalSpy retrying(client, &GraphClient::retrying);
    ListQuery query;
    query.pageSize = 40;
    ListJob list(client, ItemPath::parse(QStringLiteral("users")), query);
    QSignalSpy listDone(&list, &GraphJob::finished);
    list.start();
    QVERIFY(listDone.wait(10000));
    QCOMPARE(list.error().code, QStringLiteral("too-large"));
    QVERIFY2(list.error().message.contains(QStringLiteral("limit")), qPrintable(list.error().message));

    const DemoUser* user = nullptr;
    for (const DemoUser& u : m_emulator->tenant().users()) {
        if (m_emulator->tenant().photo(u.id).bytes.size() > 1000) {
            user = &u;
            break;
        }
    }
    QVERIFY(user);
    PhotoJob job(client, ItemPath::parse(QStringLiteral("users/") + user->id), PhotoJob::Mode::BytesOnly);
    QSignalSpy done(&job, &GraphJob::finished);
    job.start();
    QVERIFY(done.wait(10000));
    QCOMPARE(job.info().status, PhotoStatus::Error);
    QCOMPARE(job.info().error.code, QStringLiteral("too-large"));
    QCOMPARE(retrying.size(), 0);
    delete client;
}

void TestFaults::tooManyRedirectsAndPages()
{
    GraphClient* client = makeClient();
    client->setMaxPages(3);
    ListQuery query;
    query.pageSize = 5;
    ListJob list(client, ItemPath::parse(QStringLiteral("users")), query);
    QSignalSpy done(&list, &GraphJob::finished);
    list.start();
    QVERIFY(done.wait(10000));
    QCOMPARE(list.error().code, QStringLiteral("too-many-pages"));
    QCOMPARE(list.objects().size(), 15);
    delete client;
}

void TestFaults::decompressionBombIsRefused()
{
    const QByteArray bomb = pngBomb();
    QVERIFY(bomb.size() < 1000);
    Test::FakeNetworkAccessManager network;
    GraphClient client(GraphRoot::parse(QStringLiteral("https://graph.microsoft.com/v1.0")), m_tokens, &network);
    Test::Exchange exchange;
    exchange.url = "https://graph.microsoft.com/v1.0/users/u1/photo/$value";
    exchange.replyHeaders = {{"Content-Type", "image/png"}};
    exchange.body = bomb;
    network.expect(exchange);
    QSignalSpy retrying(&client, &GraphClient::retrying);
    PhotoJob job(&client, ItemPath::parse(QStringLiteral("users/u1")), PhotoJob::Mode::BytesOnly);
    QSignalSpy done(&job, &GraphJob::finished);
    job.start();
    QVERIFY(done.wait(10000));
    QCOMPARE(job.info().status, PhotoStatus::Error);
    QCOMPARE(job.info().error.code, QStringLiteral("too-many-pixels"));
    QVERIFY2(job.info().error.message.contains(QStringLiteral("30000 x 30000")), qPrintable(job.info().error.message));
    QCOMPARE(retrying.size(), 0);
    QVERIFY2(network.isSatisfied(), network.problems().constData());
    // And every decoder of the process refuses it too (QImageReader's allocation limit).
    QCOMPARE(QImageReader::allocationLimit(), GraphClient::imageAllocationLimitMb());
    QVERIFY(QImage::fromData(bomb).isNull());
}

void TestFaults::truncatedErrorBodyDecidesNothing()
{
    // A user without a mailbox: every photo answer is a whole `404 ErrorNonExistentMailbox`, i.e. unavailable.
    // The same 404 cut short (Content-Length promised more) says nothing about which 404 it was.
    DemoUser noMailbox;
    noMailbox.displayName = QStringLiteral("No Mailbox");
    noMailbox.photo.state = PhotoState::NoMailbox;
    const ItemPath path = ItemPath::user(m_emulator->tenant().addUser(noMailbox));
    const auto photoOf = [&path](GraphClient* client) {
        PhotoJob job(client, path, PhotoJob::Mode::BytesOnly);
        QSignalSpy done(&job, &GraphJob::finished);
        job.start();
        done.wait(30000);
        return job.info();
    };
    GraphClient* client = makeClient();
    QSignalSpy retrying(client, &GraphClient::retrying);

    // Every answer cut short: retried, then an error; never `none`, never `not-found`.
    m_emulator->setFaultPlan(*FaultPlan::parse(QStringLiteral("100%:truncate"), nullptr));
    const PhotoInfo cut = photoOf(client);
    QCOMPARE(photoStatusName(cut.status), QStringLiteral("error"));
    QCOMPARE(cut.error.code, QStringLiteral("truncated"));
    QCOMPARE(retrying.size(), client->retryPolicy().maxAttempts - 1);

    // Some answers cut short: the status is decided by the first whole answer.
    FaultPlan some = *FaultPlan::parse(QStringLiteral("50%:truncate"), nullptr);
    for (int seed = 1; seed <= 6; ++seed) {
        some.setSeed(quint64(seed));
        m_emulator->setFaultPlan(some);
        const PhotoInfo info = photoOf(client);
        QCOMPARE(photoStatusName(info.status), QStringLiteral("unavailable"));
        QCOMPARE(info.reason, QStringLiteral("ErrorNonExistentMailbox"));
    }
    QVERIFY2(retrying.size() > client->retryPolicy().maxAttempts - 1, "some of the answers were cut short");
    delete client;
}

QTEST_MAIN(TestFaults)
#include "TestFaults.moc"
