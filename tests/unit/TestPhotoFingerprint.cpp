// Placeholder detection: a resized or re-encoded copy of a placeholder is caught, real portraits are not.
#include "bulk/PhotoFingerprint.h"
#include "bulk/PlaceholderSet.h"
#include "emulator/DemoTenant.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QTest>

using namespace Portrait;

namespace {

QByteArray encode(const QImage& image, const char* format, int quality = -1)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, quality);
    return out;
}

} // namespace

class TestPhotoFingerprint : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void copiesOfAPlaceholderMatch_data();
    void copiesOfAPlaceholderMatch();
    void realPortraitsDoNotMatch();
    void exactMatchBySha256();
    void undecodableBytes();
    void jsonRoundTrip();

private:
    DemoTenant m_tenant;
    QList<QByteArray> m_portraits; ///< the largest photo of every user with one: all different people
    QByteArray m_placeholder;
};

void TestPhotoFingerprint::initTestCase()
{
    for (const DemoUser& u : m_tenant.users()) {
        if (u.photo.hasPhoto()) {
            const PhotoAsset a = m_tenant.photo(u.id);
            QVERIFY(!a.isNull());
            m_portraits.append(a.bytes);
        }
    }
    QVERIFY(m_portraits.size() > 100);
    m_placeholder = m_portraits.takeFirst();
}

void TestPhotoFingerprint::copiesOfAPlaceholderMatch_data()
{
    QTest::addColumn<int>("edge");
    QTest::addColumn<QByteArray>("format");
    QTest::addColumn<int>("quality");
    QTest::newRow("same size as PNG") << 0 << QByteArray("PNG") << -1;
    QTest::newRow("resized to 96 as JPEG q90") << 96 << QByteArray("JPEG") << 90;
    QTest::newRow("resized to 48 as JPEG q30") << 48 << QByteArray("JPEG") << 30;
    QTest::newRow("upscaled to 800 as PNG") << 800 << QByteArray("PNG") << -1;
    QTest::newRow("JPEG quality 10") << 0 << QByteArray("JPEG") << 10;
    QTest::newRow("resized to 240 as BMP") << 240 << QByteArray("BMP") << -1;
}

void TestPhotoFingerprint::copiesOfAPlaceholderMatch()
{
    QFETCH(int, edge);
    QFETCH(QByteArray, format);
    QFETCH(int, quality);
    PlaceholderSet set;
    QVERIFY(set.addImage(m_placeholder, QStringLiteral("silhouette.jpg")));
    QImage image = QImage::fromData(m_placeholder);
    QVERIFY(!image.isNull());
    if (edge > 0) {
        image = image.scaled(edge, edge, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    }
    const QByteArray copy = encode(image, format.constData(), quality);
    QVERIFY(copy != m_placeholder);
    const PlaceholderSet::Match m = set.match(PhotoFingerprint::compute(copy));
    qInfo("dHash distance %d, colour distance %d", m.distance, m.colourDistance);
    QVERIFY2(m.matched, qPrintable(QStringLiteral("distance %1, colours %2").arg(m.distance).arg(m.colourDistance)));
    QVERIFY(!m.exact);
    QCOMPARE(m.label, QStringLiteral("silhouette.jpg"));
}

void TestPhotoFingerprint::realPortraitsDoNotMatch()
{
    PlaceholderSet set;
    QVERIFY(set.addImage(m_placeholder, QStringLiteral("p")));
    int nearest = 129;
    int nearestColour = 256;
    for (const QByteArray& portrait : std::as_const(m_portraits)) {
        const PlaceholderSet::Match m = set.match(PhotoFingerprint::compute(portrait));
        nearest = qMin(nearest, m.distance);
        nearestColour = qMin(nearestColour, m.colourDistance);
        QVERIFY2(!m.matched,
                 qPrintable(QStringLiteral("a real portrait matched at distance %1, colours %2")
                                .arg(m.distance)
                                .arg(m.colourDistance)));
    }
    qInfo("nearest real portrait: %d bits of 128 (threshold %d), colours %d (tolerance %d)", nearest, set.threshold(),
          nearestColour, PlaceholderSet::kColourTolerance);
}

void TestPhotoFingerprint::exactMatchBySha256()
{
    PlaceholderSet set;
    QVERIFY(set.addImage(m_placeholder, QStringLiteral("p")));
    const PlaceholderSet::Match m = set.match(PhotoFingerprint::compute(m_placeholder));
    QVERIFY(m.matched);
    QVERIFY(m.exact);
    QCOMPARE(m.distance, 0);
}

void TestPhotoFingerprint::undecodableBytes()
{
    const PhotoFingerprint f = PhotoFingerprint::compute(QByteArray("not an image"));
    QVERIFY(!f.decoded);
    QCOMPARE(f.sha256.size(), 64);
    PlaceholderSet set;
    QVERIFY(!set.addImage(QByteArray("not an image"), QStringLiteral("x")));
    QVERIFY(set.isEmpty());
}

void TestPhotoFingerprint::jsonRoundTrip()
{
    PlaceholderSet set;
    QVERIFY(set.addImage(m_placeholder, QStringLiteral("logo, \"v2\".png")));
    const PlaceholderSet back = PlaceholderSet::fromJson(set.toJson());
    QCOMPARE(back.size(), 1);
    QCOMPARE(back.entries().first().label, QStringLiteral("logo, \"v2\".png"));
    QCOMPARE(back.entries().first().fingerprint.dhashHex(), set.entries().first().fingerprint.dhashHex());
    QVERIFY(back.match(PhotoFingerprint::compute(m_placeholder)).exact);
}

QTEST_GUILESS_MAIN(TestPhotoFingerprint)
#include "TestPhotoFingerprint.moc"
