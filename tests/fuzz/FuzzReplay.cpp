// Replays a fuzz target's seed corpus (and every regression input kept there) through its
// LLVMFuzzerTestOneInput, in the ordinary build: a broken invariant aborts, which fails the test.

#include "FuzzCheck.h"

#include <QDir>
#include <QFile>
#include <QTest>

class TestFuzzReplay : public QObject
{
    Q_OBJECT

private slots:
    void replay_data()
    {
        QTest::addColumn<QString>("file");
        const QDir corpus(QStringLiteral(PORTRAIT_FUZZ_CORPUS));
        const QStringList files = corpus.entryList(QDir::Files, QDir::Name);
        QVERIFY2(!files.isEmpty(), qPrintable(QStringLiteral("empty corpus %1").arg(corpus.path())));
        for (const QString& name : files) {
            QTest::newRow(qPrintable(name)) << corpus.filePath(name);
        }
    }

    void replay()
    {
        QFETCH(QString, file);
        QFile f(file);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.errorString()));
        const QByteArray input = f.readAll();
        QCOMPARE(LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(input.constData()), input.size()), 0);
    }
};

QTEST_GUILESS_MAIN(TestFuzzReplay)
#include "FuzzReplay.moc"
