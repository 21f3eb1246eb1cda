// JournalLibrary: where the desktop program keeps its journals, new folders that never collide, and the list of
// recent journals with what each one did.
#include "bulk/JournalLibrary.h"
#include "bulk/PhotoJournal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Portrait;

namespace {

constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
    | QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser;

JournalEntry entry(const QString& upn, const QString& state, const QString& undone = {})
{
    JournalEntry e;
    e.path = ItemPath::user(upn);
    e.kind = QStringLiteral("user");
    e.displayName = upn;
    e.action = QStringLiteral("set");
    e.state = state;
    e.undone = undone;
    return e;
}

/// A journal folder written by hand, so that its creation time is the test's.
void writeJournal(const QString& dir, const QString& created, const QList<JournalEntry>& entries)
{
    QVERIFY(QDir().mkpath(dir));
    QJsonArray array;
    for (const JournalEntry& e : entries) {
        array.append(e.toJson());
    }
    QFile file(QDir(dir).filePath(QLatin1String(PhotoJournal::fileName)));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("format"), 1},
                                         {QStringLiteral("created"), created},
                                         {QStringLiteral("entries"), array}})
                   .toJson());
}

} // namespace

class TestJournalLibrary : public QObject
{
    Q_OBJECT

private slots:
    void defaultRootIsUnderTheLocalDataLocation();
    void newFoldersArePrivateNamedByTimeAndUnique();
    void createJournalGivesAnOpenJournal();
    void recentIsNewestFirstWithCounts();
    void recentLeavesOutFoldersWithoutAJournalAndListsBrokenOnes();
    void recentHonoursTheLimit();
};

void TestJournalLibrary::defaultRootIsUnderTheLocalDataLocation()
{
    QCOMPARE(JournalLibrary::defaultRoot(),
             QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/journals"));
    QCOMPARE(JournalLibrary().root(), JournalLibrary::defaultRoot());
}

void TestJournalLibrary::newFoldersArePrivateNamedByTimeAndUnique()
{
    QTemporaryDir temp;
    const QString root = temp.filePath(QStringLiteral("deeper/journals"));
    const JournalLibrary library(root);
    const QDateTime now(QDate(2026, 12, 6), QTime(10, 42, 7));
    QString error;
    const QString first = library.createFolder(&error, now);
    QVERIFY2(!first.isEmpty(), qPrintable(error));
    QCOMPARE(QFileInfo(first).fileName(), QStringLiteral("portrait-journal-20261206-104207"));
    QCOMPARE(QFileInfo(first).path(), QDir(root).absolutePath());
    QCOMPARE(QFileInfo(first).permissions() & ~kOwnerOnly, QFileDevice::Permissions());
    QCOMPARE(QFileInfo(root).permissions() & ~kOwnerOnly, QFileDevice::Permissions());

    // The same second twice: a second folder, never the first one again.
    const QString second = library.createFolder(&error, now);
    QCOMPARE(QFileInfo(second).fileName(), QStringLiteral("portrait-journal-20261206-104207-2"));
    const QString third = library.createFolder(&error, now);
    QCOMPARE(QFileInfo(third).fileName(), QStringLiteral("portrait-journal-20261206-104207-3"));

    // A root that cannot be made: an error, no folder.
    QFile blocker(temp.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const JournalLibrary broken(temp.filePath(QStringLiteral("file/journals")));
    error.clear();
    QVERIFY(broken.createFolder(&error, now).isEmpty());
    QVERIFY(error.contains(QStringLiteral("file/journals")));
}

void TestJournalLibrary::createJournalGivesAnOpenJournal()
{
    QTemporaryDir temp;
    const JournalLibrary library(temp.path());
    PhotoJournal journal;
    QString error;
    QVERIFY2(library.createJournal(&journal, &error), qPrintable(error));
    QVERIFY(QFileInfo(journal.dir()).fileName().startsWith(QLatin1String(JournalLibrary::folderPrefix)));
    QVERIFY(QFileInfo::exists(QDir(journal.dir()).filePath(QLatin1String(PhotoJournal::fileName))));
    QVERIFY(journal.put(entry(QStringLiteral("adele@contoso.com"), QStringLiteral("written")), &error));

    const QList<JournalSummary> recent = library.recent();
    QCOMPARE(recent.size(), 1);
    QCOMPARE(recent.first().dir, journal.dir());
    QVERIFY(recent.first().isValid());
    QCOMPARE(recent.first().written, 1);
    QVERIFY(qAbs(recent.first().created.secsTo(QDateTime::currentDateTimeUtc())) < 3600);
}

void TestJournalLibrary::recentIsNewestFirstWithCounts()
{
    QTemporaryDir temp;
    const JournalLibrary library(temp.path());
    const QString a = temp.filePath(QStringLiteral("portrait-journal-20261201-090000"));
    const QString b = temp.filePath(QStringLiteral("portrait-journal-20261203-090000"));
    const QString c = temp.filePath(QStringLiteral("portrait-journal-20261202-090000"));
    writeJournal(a, QStringLiteral("2026-12-01T09:00:00Z"),
                 {entry(QStringLiteral("a@contoso.com"), QStringLiteral("written"), QStringLiteral("restored")),
                  entry(QStringLiteral("b@contoso.com"), QStringLiteral("written"), QStringLiteral("removed"))});
    writeJournal(b, QStringLiteral("2026-12-03T09:00:00Z"),
                 {entry(QStringLiteral("a@contoso.com"), QStringLiteral("written")),
                  entry(QStringLiteral("b@contoso.com"), QStringLiteral("failed")),
                  entry(QStringLiteral("c@contoso.com"), QStringLiteral("writing")),
                  entry(QStringLiteral("d@contoso.com"), QStringLiteral("written"), QStringLiteral("restored"))});
    writeJournal(c, QStringLiteral("2026-12-02T09:00:00Z"), {});

    const QList<JournalSummary> recent = library.recent();
    QCOMPARE(recent.size(), 3);
    QCOMPARE(recent.at(0).dir, QDir(b).absolutePath());
    QCOMPARE(recent.at(1).dir, QDir(c).absolutePath());
    QCOMPARE(recent.at(2).dir, QDir(a).absolutePath());

    const JournalSummary& newest = recent.at(0);
    QCOMPARE(newest.created, QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC));
    QCOMPARE(newest.entries, 4);
    QCOMPARE(newest.written, 2);
    QCOMPARE(newest.failed, 1);
    QCOMPARE(newest.interrupted, 1);
    QCOMPARE(newest.undone, 1);
    QVERIFY(!newest.isUndone());

    QCOMPARE(recent.at(2).written, 2);
    QCOMPARE(recent.at(2).undone, 2);
    QVERIFY(recent.at(2).isUndone());
    QVERIFY(!recent.at(1).isUndone()); // nothing was written, so nothing was undone
}

void TestJournalLibrary::recentLeavesOutFoldersWithoutAJournalAndListsBrokenOnes()
{
    QTemporaryDir temp;
    const JournalLibrary library(temp.path());
    QVERIFY(QDir().mkpath(temp.filePath(QStringLiteral("portrait-journal-20261201-090000"))));
    QVERIFY(QDir().mkpath(temp.filePath(QStringLiteral("something-else"))));
    const QString broken = temp.filePath(QStringLiteral("portrait-journal-20261202-090000"));
    QVERIFY(QDir().mkpath(broken));
    QFile file(QDir(broken).filePath(QLatin1String(PhotoJournal::fileName)));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ not json");
    file.close();

    const QList<JournalSummary> recent = library.recent();
    QCOMPARE(recent.size(), 1);
    QCOMPARE(recent.first().dir, QDir(broken).absolutePath());
    QVERIFY(!recent.first().isValid());
    QVERIFY(recent.first().error.contains(QStringLiteral("not a Portrait journal")));
    QCOMPARE(recent.first().entries, 0);

    // A library whose folder does not exist yet lists nothing.
    QVERIFY(JournalLibrary(temp.filePath(QStringLiteral("none"))).recent().isEmpty());
}

void TestJournalLibrary::recentHonoursTheLimit()
{
    QTemporaryDir temp;
    const JournalLibrary library(temp.path());
    for (int day = 1; day <= 5; ++day) {
        writeJournal(temp.filePath(QStringLiteral("portrait-journal-2026120%1-090000").arg(day)),
                     QStringLiteral("2026-12-0%1T09:00:00Z").arg(day), {});
    }
    const QList<JournalSummary> two = library.recent(2);
    QCOMPARE(two.size(), 2);
    QVERIFY(two.at(0).dir.endsWith(QLatin1String("20261205-090000")));
    QVERIFY(two.at(1).dir.endsWith(QLatin1String("20261204-090000")));
    QCOMPARE(library.recent(-1).size(), 5);
}

QTEST_GUILESS_MAIN(TestJournalLibrary)
#include "TestJournalLibrary.moc"
