// `portrait-cli import` and `undo` against GraphEmulator on loopback: kill -9 in the middle of an import, then the
// same import again (nothing written twice, nothing lost) and undo (the original photos back); throttled writes;
// a token without the write permissions.
#include "CliRunner.h"
#include "bulk/PhotoJournal.h"
#include "emulator/DemoTenant.h"
#include "emulator/GraphEmulator.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace Portrait;
using namespace Qt::StringLiterals;

namespace {

using Result = Portrait::Test::CliResult;

struct Original
{
    QString id;
    QByteArray bytes; ///< empty: no photo
    quint32 version = 0; ///< DemoPhoto::version, bumped by every change the emulator stores
};

QByteArray portrait(int seed)
{
    QImage image(240, 240, QImage::Format_RGB32);
    image.fill(QColor::fromHsv((seed * 37) % 360, 160, 200));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 90);
    return bytes;
}

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestImportCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedImportIsCompletedThenUndone();
    void throttledWritesAllLand();
    void withoutWritePermissionNothingIsWritten();
    void setAndRemoveOnePrincipal();

private:
    Result cli(const QStringList& args, int killAfterLines = 0);
    /// Writes one portrait per user into @p dir, named by UPN; returns what each user had before.
    QList<Original> fillFolder(const QString& dir, int count, int offset);

    GraphEmulator* m_emulator = nullptr;
};

void TestImportCli::initTestCase()
{
    DemoTenantOptions options;
    options.users = 120;
    options.groups = 2;
    m_emulator = new GraphEmulator(options, this);
    QVERIFY(m_emulator->listen(0));
    qputenv("PORTRAIT_TEST_TOKEN", m_emulator->accessToken().toUtf8());
}

Result TestImportCli::cli(const QStringList& args, int killAfterLines)
{
    QStringList all{u"--graph-url"_s, m_emulator->graphRoot().toString(), u"--access-token-env"_s,
                    u"PORTRAIT_TEST_TOKEN"_s, u"--json"_s};
    all << args;
    Portrait::Test::CliRunOptions options;
    options.timeoutMs = 120000;
    options.killAfterLines = killAfterLines;
    return Portrait::Test::runCli(QStringLiteral(PORTRAIT_CLI_PATH), all, options);
}

QList<Original> TestImportCli::fillFolder(const QString& dir, int count, int offset)
{
    QList<Original> originals;
    const DemoTenant& tenant = m_emulator->tenant();
    int skipped = 0;
    for (const DemoUser& u : tenant.users()) {
        if (u.photo.state == PhotoState::NoMailbox || u.photo.onPremisesMailbox || u.guest) {
            continue;
        }
        if (skipped++ < offset) {
            continue;
        }
        QFile file(QDir(dir).filePath(u.userPrincipalName + u".jpg"_s));
        if (!file.open(QIODevice::WriteOnly) || file.write(portrait(int(originals.size()))) <= 0) {
            qFatal("cannot write the test folder");
        }
        originals.append({u.id, tenant.photo(u.id).bytes, u.photo.version});
        if (originals.size() == count) {
            break;
        }
    }
    return originals;
}

void TestImportCli::killedImportIsCompletedThenUndone()
{
    QTemporaryDir folder;
    QTemporaryDir work;
    const QString journalDir = work.filePath(u"journal"_s);
    const QList<Original> originals = fillFolder(folder.path(), 24, 0);
    QCOMPARE(originals.size(), 24);
    // Slow writes, so that the kill comes while some are on the wire.
    EmulatorLimits limits;
    limits.photoWriteServiceMs = 40;
    m_emulator->setLimits(limits);
    m_emulator->clearRequestLog();

    const Result killed = cli({u"import"_s, folder.path(), u"--apply"_s, u"--journal"_s, journalDir}, 6);
    QVERIFY2(killed.killed, killed.err.right(2000).constData());

    // No photo lost: each principal has its original photo or a new one, and the journal knows every change.
    const DemoTenant& tenant = m_emulator->tenant();
    PhotoJournal journal;
    QString error;
    QVERIFY2(journal.openExisting(journalDir, &error), qPrintable(error));
    int changed = 0;
    for (const Original& o : originals) {
        const QByteArray now = tenant.photo(o.id).bytes;
        if (now == o.bytes) {
            continue;
        }
        ++changed;
        QVERIFY2(tenant.hasUploadedPhoto(o.id), qPrintable(o.id));
        const int i = journal.indexOf(ItemPath::user(o.id));
        QVERIFY2(i >= 0, qPrintable(o.id + u" changed but is not in the journal"_s));
        QVERIFY2(journal.at(i).state == u"written"_s || journal.at(i).state == u"writing"_s,
                 qPrintable(journal.at(i).state));
    }
    QVERIFY2(changed < originals.size(), "the kill came after the end");
    // Backups are the bytes Graph served, exactly.
    for (const JournalEntry& e : journal.entries()) {
        for (const Original& o : originals) {
            if (e.path == ItemPath::user(o.id)) {
                QCOMPARE(e.hadPhoto, !o.bytes.isEmpty());
                if (e.hadPhoto) {
                    QCOMPARE(e.backupSha256, sha256(o.bytes));
                }
            }
        }
    }

    // The same import again completes it, writing no principal twice.
    const Result again = cli({u"import"_s, folder.path(), u"--apply"_s, u"--journal"_s, journalDir});
    QVERIFY2(again.exitCode == 0, again.err.right(3000).constData());
    // Every principal changed exactly once: one version more than before, whatever the kill cut short.
    for (const Original& o : originals) {
        const DemoUser* user = tenant.findUser(o.id);
        QVERIFY(user);
        QVERIFY2(user->photo.version == o.version + 1,
                 qPrintable(u"%1: version %2, was %3"_s.arg(o.id).arg(user->photo.version).arg(o.version)));
    }
    for (const Original& o : originals) {
        QVERIFY2(tenant.hasUploadedPhoto(o.id), qPrintable(o.id));
    }

    // Undo: every original back (the backup sent as it was), added photos removed.
    m_emulator->clearRequestLog();
    const Result undo = cli({u"undo"_s, journalDir, u"--apply"_s});
    QVERIFY2(undo.exitCode == 0, undo.err.right(3000).constData());
    QHash<QByteArray, qint64> sent;
    for (const RequestRecord& r : m_emulator->writeRequests()) {
        for (const auto& [name, value] : r.headers) {
            if (name.compare("content-length", Qt::CaseInsensitive) == 0 && r.method == "PUT") {
                sent.insert(r.target, value.toLongLong());
            }
        }
    }
    int asTheyWere = 0;
    for (const Original& o : originals) {
        if (o.bytes.isEmpty()) {
            QVERIFY2(tenant.photo(o.id).isNull(), qPrintable(o.id + u" keeps a photo it did not have"_s));
        } else {
            QVERIFY2(!tenant.photo(o.id).isNull(), qPrintable(o.id));
            const qint64 length = sent.value("/v1.0/users/" + o.id.toUtf8() + "/photo/$value", -1);
            QVERIFY2(length > 0, qPrintable(o.id + u" was not put back"_s));
            if (o.bytes.startsWith("\xFF\xD8\xFF")) {
                QCOMPARE(length, qint64(o.bytes.size())); // a JPEG backup goes back as it is (PNGs are re-encoded)
                ++asTheyWere;
            }
        }
    }
    QVERIFY2(asTheyWere > 0, "no JPEG original among the principals: the byte-for-byte check checked nothing");
    // A second undo finds nothing left to do.
    const Result twice = cli({u"undo"_s, journalDir, u"--apply"_s});
    QCOMPARE(twice.exitCode, 0);
    for (const QJsonObject& record : twice.records()) {
        QCOMPARE(record.value(u"action"_s).toString(), u"unchanged"_s);
    }
    m_emulator->setLimits(EmulatorLimits{});
}

void TestImportCli::throttledWritesAllLand()
{
    QTemporaryDir folder;
    QTemporaryDir work;
    const QList<Original> originals = fillFolder(folder.path(), 12, 40);
    EmulatorLimits limits;
    limits.photoWriteServiceMs = 30;
    limits.photoServiceMs = 5;
    limits.photoConcurrency = 2; // below the client's 4: Graph answers 429 with Retry-After
    m_emulator->setLimits(limits);
    const quint64 throttledBefore = m_emulator->throttledOpCount();
    const Result r = cli(
        {u"--concurrency"_s, u"4"_s, u"import"_s, folder.path(), u"--apply"_s, u"--journal"_s, work.filePath(u"j"_s)});
    m_emulator->setLimits(EmulatorLimits{});
    QVERIFY2(r.exitCode == 0, r.err.right(3000).constData());
    QVERIFY2(m_emulator->throttledOpCount() > throttledBefore, "the emulator never throttled: the test tests nothing");
    for (const Original& o : originals) {
        QVERIFY2(m_emulator->tenant().hasUploadedPhoto(o.id), qPrintable(o.id));
    }
}

void TestImportCli::withoutWritePermissionNothingIsWritten()
{
    QTemporaryDir folder;
    QTemporaryDir work;
    fillFolder(folder.path(), 3, 60);
    AccessGrant readOnly;
    readOnly.permissions = {u"User.ReadBasic.All"_s, u"GroupMember.Read.All"_s, u"Contacts.Read"_s};
    const QString token = m_emulator->accessToken();
    m_emulator->setAccessToken(token, readOnly);
    const Result r = cli({u"import"_s, folder.path(), u"--apply"_s, u"--journal"_s, work.filePath(u"j"_s)});
    m_emulator->setAccessToken(token);
    QVERIFY2(r.exitCode == 3, r.err.right(3000).constData());
    bool named = false;
    for (const QJsonObject& record : r.records()) {
        if (record.value(u"result"_s).toString() == u"failed"_s) {
            QCOMPARE(record.value(u"httpStatus"_s).toInt(), 403);
            named = record.value(u"errorMessage"_s).toString().contains(u"User.ReadWrite.All"_s);
        }
    }
    QVERIFY2(named, r.out.right(2000).constData());
}

void TestImportCli::setAndRemoveOnePrincipal()
{
    QTemporaryDir work;
    QTemporaryDir folder;
    const QList<Original> one = fillFolder(folder.path(), 1, 80);
    const DemoUser* user = m_emulator->tenant().findUser(one.constFirst().id);
    QVERIFY(user);
    const QString file = QDir(folder.path()).filePath(user->userPrincipalName + u".jpg"_s);
    const QString item = u"users/"_s + user->userPrincipalName;

    // --dry-run: the plan, and no write at all.
    const quint64 writes = m_emulator->writeRequestCount();
    const Result plan = cli({u"set"_s, item, file, u"--dry-run"_s});
    QCOMPARE(plan.exitCode, 0);
    QCOMPARE(m_emulator->writeRequestCount(), writes);
    QCOMPARE(plan.records().size(), 1);
    QVERIFY(!plan.records().constFirst().contains(u"result"_s));

    const Result set = cli({u"set"_s, item, file, u"--journal"_s, work.filePath(u"j"_s)});
    QVERIFY2(set.exitCode == 0, set.err.right(2000).constData());
    const QJsonObject record = set.records().constFirst();
    QCOMPARE(record.value(u"result"_s).toString(), u"written"_s);
    QVERIFY(record.value(u"verified"_s).toBool());
    QCOMPARE(record.value(u"etagAfter"_s).toString(), m_emulator->tenant().photoEtag(user->id));
    QVERIFY2(set.err.contains("Teams"), set.err.constData()); // the note on other apps' caches

    const Result removed = cli({u"remove"_s, item, u"--journal"_s, work.filePath(u"k"_s)});
    QVERIFY2(removed.exitCode == 0, removed.err.right(2000).constData());
    QCOMPARE(removed.records().constFirst().value(u"action"_s).toString(), u"remove"_s);
    QVERIFY(m_emulator->tenant().photo(user->id).isNull());
    const Result again = cli({u"remove"_s, item, u"--dry-run"_s});
    QCOMPARE(again.records().constFirst().value(u"reason"_s).toString(), u"no-photo"_s);

    // A contact's photo cannot be removed: said so, nothing sent.
    const DemoContact& contact = m_emulator->tenant().allContacts().constFirst();
    const quint64 before = m_emulator->writeRequestCount();
    const Result contactRemoval
        = cli({u"remove"_s, u"me/contacts/"_s + contact.id, u"--journal"_s, work.filePath(u"c"_s)});
    QCOMPARE(contactRemoval.exitCode, 0);
    QCOMPARE(contactRemoval.records().constFirst().value(u"action"_s).toString(), u"unsupported"_s);
    QCOMPARE(contactRemoval.records().constFirst().value(u"reason"_s).toString(), u"contact-removal"_s);
    QCOMPARE(m_emulator->writeRequestCount(), before);

    // Bad input is a usage error before anything connects.
    QCOMPARE(cli({u"set"_s, item, work.filePath(u"missing.jpg"_s)}).exitCode, 2);
    QCOMPARE(cli({u"set"_s, item}).exitCode, 2);
    QCOMPARE(cli({u"import"_s, folder.path(), u"--match"_s, u"nickname"_s}).exitCode, 2);
}

QTEST_MAIN(TestImportCli)
#include "TestImportCli.moc"
