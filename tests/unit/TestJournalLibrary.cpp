// JournalLibrary: where the desktop program keeps its journals (one folder of its own, and the journals left where
// earlier versions put them), new folders that never collide, and the list of recent journals with what each one
// did and in which tenant. PhotoJournal's tenant: recorded, read back, missing from old journals, and compared.
#include "bulk/JournalLibrary.h"
#include "bulk/PhotoJournal.h"

#include <QCoreApplication>
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
    void initTestCase();
    void defaultRootIsOneFolderOfOurOwn();
    void journalsAtTheOldPlaceAreStillListed();
    void journalRecordsItsTenant();
    void journalWithoutATenantIsStillRead();
    void tenantsMatchByIdElseByRootAndAccount();
    void newFoldersArePrivateNamedByTimeAndUnique();
    void createJournalGivesAnOpenJournal();
    void recentIsNewestFirstWithCounts();
    void recentLeavesOutFoldersWithoutAJournalAndListsBrokenOnes();
    void recentHonoursTheLimit();
};

void TestJournalLibrary::initTestCase()
{
    // As the desktop program names itself; the test mode keeps the test out of the user's own folders.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Portrait"));
    QCoreApplication::setApplicationName(QStringLiteral("portrait"));
}

void TestJournalLibrary::defaultRootIsOneFolderOfOurOwn()
{
    // AppLocalDataLocation is ".../Portrait/portrait": the journals were in ".../Portrait/portrait/journals".
    const QString generic = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    QCOMPARE(JournalLibrary::defaultRoot(), generic + QStringLiteral("/Portrait/journals"));
    QVERIFY2(!JournalLibrary::defaultRoot().contains(QLatin1String("Portrait/portrait"), Qt::CaseInsensitive),
             qPrintable(JournalLibrary::defaultRoot()));
    QCOMPARE(JournalLibrary::legacyRoot(),
             QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/journals"));
    QCOMPARE(JournalLibrary().root(), JournalLibrary::defaultRoot());
    QCOMPARE(JournalLibrary().alsoListed(), QStringList{JournalLibrary::legacyRoot()});
    // A library of a folder of its own lists only that folder.
    QVERIFY(JournalLibrary(generic).alsoListed().isEmpty());
}

void TestJournalLibrary::journalsAtTheOldPlaceAreStillListed()
{
    const QString oldDir
        = QDir(JournalLibrary::legacyRoot()).filePath(QStringLiteral("portrait-journal-20261130-090000"));
    writeJournal(oldDir, QStringLiteral("2026-11-30T09:00:00Z"),
                 {entry(QStringLiteral("a@contoso.com"), QStringLiteral("written"))});
    const JournalLibrary library;
    PhotoJournal fresh;
    QString error;
    QVERIFY2(library.createJournal(&fresh, &error), qPrintable(error));

    // The new one goes to the one folder; the old one stays where it was (nothing moved) and is listed too.
    QCOMPARE(QFileInfo(fresh.dir()).path(), JournalLibrary::defaultRoot());
    const QList<JournalSummary> recent = library.recent();
    QStringList dirs;
    for (const JournalSummary& s : recent) {
        dirs << s.dir;
    }
    const qsizetype freshAt = dirs.indexOf(fresh.dir());
    const qsizetype oldAt = dirs.indexOf(QDir(oldDir).absolutePath());
    QVERIFY2(freshAt >= 0 && oldAt > freshAt, qPrintable(dirs.join(u'\n'))); // newest first, wherever it is
    QCOMPARE(recent.at(oldAt).written, 1);
    QVERIFY(QFileInfo::exists(QDir(oldDir).filePath(QLatin1String(PhotoJournal::fileName))));

    QVERIFY(QDir(fresh.dir()).removeRecursively());
    QVERIFY(QDir(oldDir).removeRecursively());
}

void TestJournalLibrary::journalRecordsItsTenant()
{
    QTemporaryDir temp;
    JournalLibrary library(temp.path());
    JournalTenant tenant;
    tenant.id = QStringLiteral("0b7e6f9a-3c2d-4e5f-8a9b-1c2d3e4f5a6b");
    tenant.graphRoot = QStringLiteral("https://graph.microsoft.com/v1.0");
    tenant.account = QStringLiteral("work");
    library.setTenant(tenant);
    PhotoJournal journal;
    QString error;
    QVERIFY2(library.createJournal(&journal, &error), qPrintable(error));
    QVERIFY(journal.put(entry(QStringLiteral("adele@contoso.com"), QStringLiteral("written")), &error));

    // Read back as written: by a new journal, by the library's list, and in the file itself.
    PhotoJournal read;
    QVERIFY2(read.openExisting(journal.dir(), &error), qPrintable(error));
    QCOMPARE(read.tenant().id, tenant.id);
    QCOMPARE(read.tenant().graphRoot, tenant.graphRoot);
    QCOMPARE(read.tenant().account, tenant.account);
    QVERIFY(!read.tenant().demo);
    QCOMPARE(read.entries().size(), 1);
    QCOMPARE(library.recent().constFirst().tenant.id, tenant.id);
    QFile file(journal.filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject recorded
        = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("tenant")).toObject();
    QCOMPARE(recorded.value(QStringLiteral("id")).toString(), tenant.id);

    // It belongs to its tenant, and to no other.
    QVERIFY(read.belongsTo(tenant));
    JournalTenant elsewhere = tenant;
    elsewhere.id = QStringLiteral("9f8e7d6c-5b4a-4321-8765-43210fedcba9");
    QVERIFY(!read.belongsTo(elsewhere));
    QVERIFY(read.tenant().displayText().contains(tenant.id));

    // Continued by a later run in another tenant, the journal keeps the tenant it was made in.
    PhotoJournal resumed;
    QVERIFY2(resumed.open(journal.dir(), &error, elsewhere), qPrintable(error));
    QCOMPARE(resumed.tenant().id, tenant.id);
    QVERIFY(!resumed.belongsTo(elsewhere));
}

void TestJournalLibrary::journalWithoutATenantIsStillRead()
{
    // Written before tenants were recorded: read as before, its tenant unknown, so it belongs anywhere.
    QTemporaryDir temp;
    const QString dir = temp.filePath(QStringLiteral("portrait-journal-20261201-090000"));
    writeJournal(dir, QStringLiteral("2026-12-01T09:00:00Z"),
                 {entry(QStringLiteral("a@contoso.com"), QStringLiteral("written"))});
    PhotoJournal journal;
    QString error;
    QVERIFY2(journal.openExisting(dir, &error), qPrintable(error));
    QCOMPARE(journal.entries().size(), 1);
    QVERIFY(!journal.tenant().isKnown());
    JournalTenant any;
    any.graphRoot = QStringLiteral("https://graph.microsoft.com/v1.0");
    QVERIFY(journal.belongsTo(any));
    QVERIFY(!JournalLibrary(temp.path()).recent().constFirst().tenant.isKnown());

    // Saved again (an undo marks its entries), it stays without one: it is not claimed for a tenant it may not be of.
    QVERIFY(journal.put(entry(QStringLiteral("a@contoso.com"), QStringLiteral("written"), QStringLiteral("restored")),
                        &error));
    QFile file(journal.filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!QJsonDocument::fromJson(file.readAll()).object().contains(QStringLiteral("tenant")));
}

void TestJournalLibrary::tenantsMatchByIdElseByRootAndAccount()
{
    const QString global = QStringLiteral("https://graph.microsoft.com/v1.0");
    const auto tenant = [](const QString& id, const QString& root, const QString& account, bool demo = false) {
        JournalTenant t;
        t.id = id;
        t.graphRoot = root;
        t.account = account;
        t.demo = demo;
        return t;
    };
    const QString a = QStringLiteral("0b7e6f9a-3c2d-4e5f-8a9b-1c2d3e4f5a6b");
    const QString b = QStringLiteral("9f8e7d6c-5b4a-4321-8765-43210fedcba9");
    // Ids decide when both sides have one, whatever the account or the root (the demo's port changes every run).
    QVERIFY(tenant(a, global, QStringLiteral("work")).matches(tenant(a.toUpper(), global, QStringLiteral("other"))));
    QVERIFY(tenant(a, QStringLiteral("http://127.0.0.1:4001/v1.0"), {}, true)
                .matches(tenant(a, QStringLiteral("http://127.0.0.1:4002/v1.0"), {}, true)));
    QVERIFY(!tenant(a, global, QStringLiteral("work")).matches(tenant(b, global, QStringLiteral("work"))));
    // Else the root and the account: the same account at the same root is the same tenant...
    QVERIFY(tenant({}, global, QStringLiteral("work")).matches(tenant({}, global + u'/', QStringLiteral("work"))));
    QVERIFY(tenant(a, global, QStringLiteral("work")).matches(tenant({}, global, QStringLiteral("work"))));
    // ...another account, another root, or the demo tenant against a real one is not.
    QVERIFY(!tenant({}, global, QStringLiteral("work")).matches(tenant({}, global, QStringLiteral("school"))));
    QVERIFY(!tenant({}, global, {}).matches(tenant({}, QStringLiteral("https://graph.microsoft.us/v1.0"), {})));
    QVERIFY(!tenant({}, QStringLiteral("http://127.0.0.1:4001/v1.0"), {})
                 .matches(tenant({}, QStringLiteral("http://127.0.0.1:4002/v1.0"), {})));
    QVERIFY(!tenant(a, global, {}, true).matches(tenant({}, global, {})));
    // Nothing known on either side: nothing to tell them apart by.
    QVERIFY(JournalTenant().matches(tenant(a, global, {})));
    QVERIFY(tenant(a, global, {}).matches(JournalTenant()));
    // Only a GUID is an id: a domain or "organizations" names none.
    QCOMPARE(JournalTenant::idFrom(QStringLiteral("{0B7E6F9A-3C2D-4E5F-8A9B-1C2D3E4F5A6B}")), a);
    QVERIFY(JournalTenant::idFrom(QStringLiteral("contoso.onmicrosoft.com")).isEmpty());
    QVERIFY(JournalTenant::idFrom(QStringLiteral("organizations")).isEmpty());
    // JSON both ways.
    const JournalTenant full = tenant(a, global, QStringLiteral("work"), false);
    const JournalTenant back = JournalTenant::fromJson(full.toJson());
    QCOMPARE(back.id, full.id);
    QCOMPARE(back.graphRoot, full.graphRoot);
    QCOMPARE(back.account, full.account);
    QCOMPARE(back.demo, full.demo);
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
