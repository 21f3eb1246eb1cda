#include "cache/CacheFolder.h"
#include "cache/ThumbnailLoader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Portrait;

/// The cache folder's management (lib/cache/CacheFolder), on its own: the Settings dialog and MainWindow only ask it.
class TestCacheFolder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void preparedFolderIsTaggedCountedAndCleared();
    void foreignFolderIsNeverPreparedClearedOrTrimmed();
    void badPathsAreRefusedWithAReason();
    void trimDeletesTheOldestFirstDownToNinetyPercent();
    void defaultFolderIsTaggedEvenWithEarlierFiles();
    void attachGivesTheLoaderItsAccountsFolderAndTrims();
    void attachWithoutScopeTouchesNoDisk();

private:
    static bool writeFile(const QString& path, qsizetype bytes, const QDateTime& written = {});

    QTemporaryDir m_sandbox;
};

void TestCacheFolder::initTestCase()
{
    QVERIFY(m_sandbox.isValid());
    qputenv("XDG_CACHE_HOME", QFile::encodeName(m_sandbox.filePath(QStringLiteral("xdg-cache"))));
    QCoreApplication::setOrganizationName(QStringLiteral("Portrait"));
    QCoreApplication::setApplicationName(QStringLiteral("portrait"));
    QVERIFY(CacheFolder::defaultPath().startsWith(m_sandbox.path()));
}

void TestCacheFolder::init()
{
    const QFileInfoList entries = QDir(m_sandbox.path()).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot);
    for (const QFileInfo& entry : entries) {
        QDir(entry.absoluteFilePath()).removeRecursively();
    }
}

bool TestCacheFolder::writeFile(const QString& path, qsizetype bytes, const QDateTime& written)
{
    QFile file(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !file.open(QIODevice::WriteOnly)
        || file.write(QByteArray(bytes, 'x')) != bytes) {
        return false;
    }
    return !written.isValid() || file.setFileTime(written, QFileDevice::FileModificationTime);
}

void TestCacheFolder::preparedFolderIsTaggedCountedAndCleared()
{
    const CacheFolder folder(m_sandbox.filePath(QStringLiteral("cache")));
    QCOMPARE(folder.usage(), qint64(0)); // not there yet
    QString error;
    QVERIFY(folder.clear(&error)); // nothing cached yet: nothing to do
    QVERIFY2(folder.prepare(&error), qPrintable(error));
    QFile tag(folder.path() + QStringLiteral("/CACHEDIR.TAG"));
    QVERIFY(tag.open(QIODevice::ReadOnly));
    QVERIFY(tag.readAll().startsWith("Signature: 8a477f597d28d172789f06886806bc55"));
    QCOMPARE(folder.usage(), qint64(0)); // the tag is not counted
    QVERIFY(folder.prepare(&error)); // twice is fine

    QVERIFY(writeFile(folder.path() + QStringLiteral("/thumbnails/acct/ab/1.thumb"), 5000));
    QVERIFY(writeFile(folder.path() + QStringLiteral("/loose.bin"), 300));
    QCOMPARE(folder.usage(), qint64(5300));
    QVERIFY2(folder.clear(&error), qPrintable(error));
    QCOMPARE(folder.usage(), qint64(0));
    QVERIFY(!QFileInfo::exists(folder.path() + QStringLiteral("/thumbnails")));
    QVERIFY(QFileInfo::exists(tag.fileName())); // still Portrait's cache
}

void TestCacheFolder::foreignFolderIsNeverPreparedClearedOrTrimmed()
{
    const CacheFolder foreign(m_sandbox.filePath(QStringLiteral("documents")), 1);
    const QString letter = foreign.path() + QStringLiteral("/letter.txt");
    QVERIFY(writeFile(letter, 4096));

    QString error;
    QVERIFY(!foreign.prepare(&error));
    QVERIFY2(error.contains(QStringLiteral("other files")), qPrintable(error));
    error.clear();
    QVERIFY(!foreign.clear(&error));
    QVERIFY2(error.contains(QStringLiteral("CACHEDIR.TAG")), qPrintable(error));
    QCOMPARE(foreign.trim(), qint64(0));
    error.clear();
    QVERIFY(foreign.thumbnailDirectory(QStringLiteral("acct"), &error).isEmpty());
    QVERIFY(!error.isEmpty());
    QVERIFY(QFileInfo::exists(letter));
    QVERIFY(!QFileInfo::exists(foreign.path() + QStringLiteral("/CACHEDIR.TAG")));
}

void TestCacheFolder::badPathsAreRefusedWithAReason()
{
    QString error;
    QVERIFY(!CacheFolder(QStringLiteral("relative/cache")).prepare(&error));
    QVERIFY2(error.contains(QStringLiteral("absolute")), qPrintable(error));
    error.clear();
    QVERIFY(!CacheFolder(QStringLiteral("  ")).prepare(&error));
    QVERIFY(!error.isEmpty());

    const QString file = m_sandbox.filePath(QStringLiteral("a-file"));
    QVERIFY(writeFile(file, 10));
    error.clear();
    QVERIFY(!CacheFolder(file).prepare(&error));
    QVERIFY2(error.contains(QStringLiteral("is a file")), qPrintable(error));
    QCOMPARE(QFileInfo(file).size(), qint64(10));
}

void TestCacheFolder::trimDeletesTheOldestFirstDownToNinetyPercent()
{
    const QString dir = m_sandbox.filePath(QStringLiteral("trimmed"));
    QString error;
    QVERIFY2(CacheFolder(dir).prepare(&error), qPrintable(error));
    // Ten files of 100 KiB, written a minute apart: file 0 is the oldest.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList files;
    for (int i = 0; i < 10; ++i) {
        files << dir + QStringLiteral("/thumbnails/acct/ab/%1.thumb").arg(i);
        QVERIFY(writeFile(files.last(), 100 * 1024, now.addSecs(60 * (i - 10))));
    }
    QCOMPARE(CacheFolder(dir).usage(), qint64(1000 * 1024));
    // Under the limit: nothing goes.
    QCOMPARE(CacheFolder(dir, 2000 * 1024).trim(), qint64(0));
    // A limit of 500 KiB: down to 90% of it (450 KiB: 4 files), the oldest first; the tag stays.
    QCOMPARE(CacheFolder(dir, 500 * 1024).trim(), qint64(600 * 1024));
    for (int i = 0; i < 10; ++i) {
        QCOMPARE(QFileInfo::exists(files.at(i)), i >= 6);
    }
    QVERIFY(QFileInfo::exists(dir + QStringLiteral("/CACHEDIR.TAG")));
}

void TestCacheFolder::defaultFolderIsTaggedEvenWithEarlierFiles()
{
    // Earlier versions wrote thumbnails to the platform's cache folder untagged: it is Portrait's all the same.
    const CacheFolder folder(CacheFolder::defaultPath());
    QVERIFY(folder.isDefault());
    QVERIFY(writeFile(folder.path() + QStringLiteral("/thumbnails/old/ab/1.thumb"), 100));
    QString error;
    const QString thumbnails = folder.thumbnailDirectory(QStringLiteral("contoso"), &error);
    QVERIFY2(!thumbnails.isEmpty(), qPrintable(error));
    QCOMPARE(thumbnails, folder.path() + QStringLiteral("/thumbnails/contoso"));
    QVERIFY(QFileInfo::exists(folder.path() + QStringLiteral("/CACHEDIR.TAG")));
    // Any other folder holding files is someone else's.
    const CacheFolder other(m_sandbox.filePath(QStringLiteral("other")));
    QVERIFY(!other.isDefault());
    QVERIFY(writeFile(other.path() + QStringLiteral("/thumbnails/old/ab/1.thumb"), 100));
    QVERIFY(other.thumbnailDirectory(QStringLiteral("contoso"), &error).isEmpty());
}

void TestCacheFolder::attachGivesTheLoaderItsAccountsFolderAndTrims()
{
    const CacheFolder folder(m_sandbox.filePath(QStringLiteral("cache")), 500 * 1024);
    QString error;
    QVERIFY2(folder.prepare(&error), qPrintable(error));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 10; ++i) {
        QVERIFY(writeFile(folder.path() + QStringLiteral("/thumbnails/old/%1.thumb").arg(i), 100 * 1024,
                          now.addSecs(60 * (i - 10))));
    }
    ThumbnailLoader loader(nullptr);
    QVERIFY2(folder.attach(&loader, QStringLiteral("admin@contoso"), &error), qPrintable(error));
    QCOMPARE(loader.storeDirectory(), folder.path() + QStringLiteral("/thumbnails/admin_contoso"));
    // Trimmed on a worker thread, down to 90% of the limit.
    QTRY_COMPARE(folder.usage(), qint64(400 * 1024));
}

void TestCacheFolder::attachWithoutScopeTouchesNoDisk()
{
    // The demo tenant: thumbnails in memory only, and not a byte in the user's cache folder.
    const CacheFolder folder(m_sandbox.filePath(QStringLiteral("untouched")));
    ThumbnailLoader loader(nullptr);
    QString error;
    QVERIFY(folder.attach(&loader, {}, &error));
    QVERIFY(error.isEmpty());
    QVERIFY(loader.storeDirectory().isEmpty());
    QVERIFY(!QFileInfo::exists(folder.path()));
}

QTEST_GUILESS_MAIN(TestCacheFolder)
#include "TestCacheFolder.moc"
