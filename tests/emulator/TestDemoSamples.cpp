// The demo tenant's sample portraits (resources/demo-import): what the folder holds matches what it says it holds,
// the checked-in folder is the generator's output, and the program finds it from the build tree.

#include "emulator/DemoSamples.h"
#include "emulator/DemoTenant.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>

using Portrait::DemoSamples;
using Portrait::DemoTenant;
using Portrait::DemoUser;
using Portrait::PhotoState;

namespace {

QImageReader* readerFor(const QByteArray& bytes, QBuffer* buffer)
{
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    auto* reader = new QImageReader(buffer);
    reader->setAutoTransform(true);
    return reader;
}

} // namespace

class TestDemoSamples : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void checkedInFolderIsTheGeneratorsOutput();
    void everyFileIsWhatTheReadmeSays();
    void exifOrientationIsReadBack();

private:
    QString m_folder;
    DemoTenant m_tenant; // the default demo tenant, the one `--demo` serves
    QList<DemoSamples::Sample> m_samples;
};

void TestDemoSamples::initTestCase()
{
    m_folder = DemoSamples::importFolder();
    QVERIFY2(!m_folder.isEmpty(), "the sample folder is not found from the build tree");
    QVERIFY(QFileInfo::exists(m_folder + QStringLiteral("/README.txt")));
    m_samples = DemoSamples::generate(m_tenant);
}

void TestDemoSamples::checkedInFolderIsTheGeneratorsOutput()
{
    QStringList generated;
    qint64 total = 0;
    for (const DemoSamples::Sample& sample : std::as_const(m_samples)) {
        generated.append(sample.fileName);
        QFile file(QDir(m_folder).filePath(sample.fileName));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(sample.fileName));
        const QByteArray onDisk = file.readAll();
        total += onDisk.size();
        // JPEG and PNG encoders of other library versions may pick other bytes for the same pixels: compare
        // those by what they decode to, everything else byte for byte.
        const QImage fresh = QImage::fromData(sample.bytes);
        if (fresh.isNull()) {
            QCOMPARE(onDisk, sample.bytes);
        } else {
            const QImage stored = QImage::fromData(onDisk);
            QCOMPARE(stored.size(), fresh.size());
            QCOMPARE(stored.hasAlphaChannel(), fresh.hasAlphaChannel());
        }
    }
    QStringList onDisk = QDir(m_folder).entryList(QDir::Files);
    onDisk.sort();
    generated.sort();
    QCOMPARE(onDisk, generated);
    QVERIFY(generated.size() >= 8 && generated.size() <= 15);
    QVERIFY(total < 512 * 1024);
}

void TestDemoSamples::everyFileIsWhatTheReadmeSays()
{
    const QString readme = QString::fromUtf8(m_samples.constLast().bytes);
    int matched = 0;
    int unmatched = 0;
    bool tooSmall = false;
    bool notAnImage = false;
    bool transparent = false;
    bool noMailbox = false;
    bool sharedName = false;
    bool guest = false;
    QHash<QString, int> filesPerUser;
    for (const DemoSamples::Sample& sample : std::as_const(m_samples)) {
        if (sample.fileName == QStringLiteral("README.txt")) {
            continue;
        }
        QVERIFY2(readme.contains(sample.fileName + u'\n'), qPrintable(sample.fileName));
        const QString stem = sample.fileName.section(u'.', 0, -2);
        const DemoUser* user = m_tenant.findUser(stem);
        QBuffer buffer;
        std::unique_ptr<QImageReader> reader(readerFor(sample.bytes, &buffer));
        const QImage image = reader->read();
        if (user) {
            ++matched;
            ++filesPerUser[user->id];
            guest = guest || user->guest;
            noMailbox = noMailbox || user->photo.state == PhotoState::NoMailbox;
        } else {
            ++unmatched;
            int named = 0;
            for (const DemoUser& u : m_tenant.users()) {
                named += u.displayName == stem ? 1 : 0;
            }
            sharedName = sharedName || named == 2;
        }
        if (image.isNull()) {
            notAnImage = true;
            QVERIFY(sample.purpose.startsWith(QStringLiteral("invalid")));
            continue;
        }
        if (std::min(image.width(), image.height()) < 96) {
            tooSmall = true;
            QVERIFY(sample.purpose.startsWith(QStringLiteral("invalid")));
        }
        transparent = transparent || (image.hasAlphaChannel() && qAlpha(image.pixel(0, 0)) == 0);
    }
    QVERIFY(matched >= 8);
    QVERIFY(unmatched >= 2);
    QVERIFY(tooSmall);
    QVERIFY(notAnImage);
    QVERIFY(transparent);
    QVERIFY(noMailbox);
    QVERIFY(sharedName);
    QVERIFY(guest);
    QCOMPARE(filesPerUser.value(m_tenant.me().id), 2); // the ambiguous pair
}

void TestDemoSamples::exifOrientationIsReadBack()
{
    // A 40 x 20 picture, left half black, stored as is with orientation 6: shown turned a quarter clockwise.
    QImage image(40, 20, QImage::Format_RGB32);
    image.fill(Qt::white);
    for (int y = 0; y < 20; ++y) {
        for (int x = 0; x < 20; ++x) {
            image.setPixel(x, y, qRgb(0, 0, 0));
        }
    }
    QByteArray jpeg;
    QBuffer out(&jpeg);
    out.open(QIODevice::WriteOnly);
    QVERIFY(image.save(&out, "JPEG", 95));
    QBuffer buffer;
    std::unique_ptr<QImageReader> reader(readerFor(DemoSamples::withExifOrientation(jpeg, 6), &buffer));
    QCOMPARE(reader->transformation(), QImageIOHandler::TransformationRotate90);
    const QImage shown = reader->read();
    QCOMPARE(shown.size(), QSize(20, 40));
    QVERIFY(qGray(shown.pixel(10, 5)) < 60); // the black half is now on top
    QVERIFY(qGray(shown.pixel(10, 35)) > 200);
    // Not a JPEG: left alone.
    QCOMPARE(DemoSamples::withExifOrientation("GIF89a", 6), QByteArray("GIF89a"));
}

QTEST_GUILESS_MAIN(TestDemoSamples)
#include "TestDemoSamples.moc"
