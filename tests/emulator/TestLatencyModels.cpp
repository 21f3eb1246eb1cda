// The emulator's latency models (LatencyModel): each one's delays as numbers, and over real loopback sockets
// the emulator holds each answer at least as long as its model says. Only lower bounds are asserted on the
// wire: a loaded machine makes answers later, never earlier.
#include "emulator/DemoTenant.h"
#include "emulator/GraphEmulator.h"
#include "emulator/LatencyModel.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <memory>

using namespace Portrait;
class TestLatencyModels : public QObject
{
    Q_OBJECT

private slots:
    void names();
    void split();
    void before();
    void transfer();
    void jitterIsSeededAndBounded();
    void everyModelDelaysWhatItSays_data();
    void everyModelDelaysWhatItSays();
    void jitterMovesArrivalsOnTheWire();

private:
    /// GETs @p path (relative to the emulator's root) and returns the emulator's record of it.
    RequestRecord get(GraphEmulator& emulator, const QByteArray& path);

    QNetworkAccessManager m_nam;
};

RequestRecord TestLatencyModels::get(GraphEmulator& emulator, const QByteArray& path)
{
    QSignalSpy served(&emulator, &GraphEmulator::requestServed);
    QNetworkRequest request(QUrl::fromEncoded(emulator.baseUrl().toEncoded() + path));
    request.setRawHeader("Authorization", "Bearer " + emulator.accessToken().toUtf8());
    std::unique_ptr<QNetworkReply> reply(m_nam.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(20000) || served.isEmpty()) {
        return {};
    }
    return served.first().first().value<RequestRecord>();
}

void TestLatencyModels::names()
{
    QCOMPARE(LatencyModel::names(),
             QStringList({QStringLiteral("split"), QStringLiteral("before"), QStringLiteral("transfer"),
                          QStringLiteral("jitter")}));
    for (const QString& name : LatencyModel::names()) {
        QCOMPARE(LatencyModel::name(*LatencyModel::parse(name)), name);
    }
    QCOMPARE(LatencyModel::parse(QStringLiteral("Before")), LatencyKind::Before);
    QVERIFY(!LatencyModel::parse(QStringLiteral("after")));
    QVERIFY(!LatencyModel::parse(QString()));
}

void TestLatencyModels::split()
{
    LatencyModel model(LatencySettings{LatencyKind::Split, 41});
    // An odd round trip loses no millisecond: 20 before, 21 after, whatever the answer's size.
    const LatencyTrip trip = model.next();
    QCOMPARE(trip.inboundMs, 20);
    QCOMPARE(trip.outboundMs, 21);
    QCOMPARE(model.transferMs(800000), 0);
    QCOMPARE(model.next().inboundMs, 20); // always the same
    QCOMPARE(LatencyModel().next().inboundMs, 0); // the default: no latency at all
    QCOMPARE(LatencyModel().next().outboundMs, 0);
}

void TestLatencyModels::before()
{
    LatencyModel model(LatencySettings{LatencyKind::Before, 40});
    const LatencyTrip trip = model.next();
    QCOMPARE(trip.inboundMs, 40);
    QCOMPARE(trip.outboundMs, 0);
    QCOMPARE(model.transferMs(800000), 0);
}

void TestLatencyModels::transfer()
{
    LatencySettings settings{LatencyKind::Transfer, 40};
    settings.transferMBPerS = 80;
    LatencyModel model(settings);
    const LatencyTrip trip = model.next();
    QCOMPARE(trip.inboundMs, 20);
    QCOMPARE(trip.outboundMs, 20);
    QCOMPARE(model.transferMs(0), 0);
    QCOMPARE(model.transferMs(800000), 10); // 800 kB at 80 MB/s
    QCOMPARE(model.transferMs(8000000), 100);
    settings.transferMBPerS = 8;
    QCOMPARE(LatencyModel(settings).transferMs(800000), 100);
}

void TestLatencyModels::jitterIsSeededAndBounded()
{
    LatencySettings settings{LatencyKind::Jitter, 40};
    settings.jitterMs = 5;
    settings.seed = 7;
    LatencyModel a(settings);
    LatencyModel b(settings);
    settings.seed = 8;
    LatencyModel other(settings);
    QList<qint64> first;
    QList<qint64> second;
    QList<qint64> third;
    qint64 least = 1000;
    qint64 most = -1;
    for (int i = 0; i < 400; ++i) {
        const LatencyTrip t = a.next();
        first << t.inboundMs << t.outboundMs;
        const LatencyTrip u = b.next();
        second << u.inboundMs << u.outboundMs;
        const LatencyTrip v = other.next();
        third << v.inboundMs << v.outboundMs;
        const qint64 rtt = t.inboundMs + t.outboundMs;
        QVERIFY2(rtt >= 35 && rtt <= 45, qPrintable(QStringLiteral("round trip %1 ms is not 40 +/- 5").arg(rtt)));
        // Split around the server: neither half takes more than half of the jitter.
        QVERIFY(t.inboundMs >= 17 && t.inboundMs <= 23);
        least = qMin(least, rtt);
        most = qMax(most, rtt);
        QCOMPARE(a.transferMs(800000), 0); // the size does not matter to this model
    }
    QCOMPARE(first, second); // the same seed, the same delays
    QVERIFY(first != third);
    QCOMPARE(least, 35); // the whole range is used: 400 draws of 11 values
    QCOMPARE(most, 45);
    // Never negative, even with a jitter larger than the round trip.
    settings.rttMs = 4;
    settings.jitterMs = 10;
    LatencyModel small(settings);
    for (int i = 0; i < 100; ++i) {
        const LatencyTrip t = small.next();
        QVERIFY(t.inboundMs >= 0);
        QVERIFY(t.outboundMs >= 0);
    }
}

void TestLatencyModels::everyModelDelaysWhatItSays_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("service");
    QTest::addColumn<int>("inbound"); // -1: not fixed (jitter)
    QTest::addColumn<int>("outbound");
    const QByteArray meta = "/v1.0/me/photo";
    const QByteArray bytes = "/v1.0/me/photo/$value";
    QTest::newRow("split, metadata") << int(LatencyKind::Split) << meta << 15 << 20 << 20;
    QTest::newRow("split, a listing") << int(LatencyKind::Split) << QByteArray("/v1.0/users?$top=5") << 0 << 20 << 20;
    QTest::newRow("before, metadata") << int(LatencyKind::Before) << meta << 15 << 40 << 0;
    QTest::newRow("before, photo bytes") << int(LatencyKind::Before) << bytes << 15 << 40 << 0;
    QTest::newRow("transfer, metadata") << int(LatencyKind::Transfer) << meta << 15 << 20 << -2; // size-dependent
    QTest::newRow("transfer, photo bytes") << int(LatencyKind::Transfer) << bytes << 15 << 20 << -2;
    QTest::newRow("jitter, metadata") << int(LatencyKind::Jitter) << meta << 15 << -1 << -1;
}

void TestLatencyModels::everyModelDelaysWhatItSays()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, path);
    QFETCH(int, service);
    QFETCH(int, inbound);
    QFETCH(int, outbound);
    GraphEmulator emulator;
    QVERIFY(emulator.listen());
    EmulatorLimits limits;
    limits.rttMs = 40;
    limits.photoServiceMs = 15;
    limits.photoConcurrency = 4;
    limits.latency = LatencyKind(kind);
    limits.transferMBPerS = 0.5; // slow enough that a photo's bytes take tens of milliseconds
    emulator.setLimits(limits);
    const RequestRecord r = get(emulator, path);
    QCOMPARE(r.status, 200);
    if (inbound >= 0) {
        QCOMPARE(r.inboundMs, qint64(inbound));
    } else {
        QVERIFY(r.inboundMs >= 17 && r.inboundMs <= 23);
    }
    if (outbound >= 0) {
        QCOMPARE(r.outboundMs, qint64(outbound));
    } else if (outbound == -2) {
        // 0.5 MB/s: 2 ms per kB of answer, after the half round trip.
        QCOMPARE(r.outboundMs, 20 + qint64(std::llround(double(r.bodyBytes) / 0.5 / 1000.0)));
        if (path.endsWith("$value")) {
            QVERIFY2(r.outboundMs > 30,
                     qPrintable(QStringLiteral("%1 bytes took %2 ms").arg(r.bodyBytes).arg(r.outboundMs)));
        }
    } else {
        QVERIFY(r.inboundMs + r.outboundMs >= 35 && r.inboundMs + r.outboundMs <= 45);
    }
    // Held at least that long (2 ms for rounding the emulator's clock to milliseconds twice).
    const qint64 modelled = r.inboundMs + service + r.outboundMs;
    QVERIFY2(r.elapsedMs >= modelled - 2,
             qPrintable(QStringLiteral("answered after %1 ms, the model says %2 ms").arg(r.elapsedMs).arg(modelled)));
}

void TestLatencyModels::jitterMovesArrivalsOnTheWire()
{
    GraphEmulator emulator;
    QVERIFY(emulator.listen());
    EmulatorLimits limits;
    limits.rttMs = 40;
    limits.latency = LatencyKind::Jitter;
    limits.jitterMs = 5;
    limits.latencySeed = 3;
    emulator.setLimits(limits);
    LatencySettings same{LatencyKind::Jitter, 40};
    same.seed = 3;
    LatencyModel expected(same); // the emulator draws the same sequence, one trip per request
    QSet<qint64> seen;
    for (int i = 0; i < 6; ++i) {
        const RequestRecord r = get(emulator, "/v1.0/users?$top=1");
        QCOMPARE(r.status, 200);
        const LatencyTrip trip = expected.next();
        QCOMPARE(r.inboundMs, trip.inboundMs);
        QCOMPARE(r.outboundMs, trip.outboundMs);
        QVERIFY(r.elapsedMs >= r.inboundMs + r.outboundMs - 2);
        seen.insert(r.inboundMs + r.outboundMs);
    }
    QVERIFY(seen.size() > 1);
}

QTEST_GUILESS_MAIN(TestLatencyModels)
#include "TestLatencyModels.moc"
