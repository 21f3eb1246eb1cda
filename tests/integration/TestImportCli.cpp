// `portrait-cli import` and `undo` against GraphEmulator on loopback: kill -9 in the middle of an import, then the
// same import again (nothing written twice, nothing lost) and undo (the original photos back); throttled writes;
// a token without the write permissions; a journal of one tenant refused in another.
#include "CliRunner.h"
#include "bulk/PhotoJournal.h"
#include "emulator/DemoTenant.h"
#include "emulator/GraphEmulator.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Portrait;
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
    void journalOfAnotherTenantIsRefused();

private:
    /// Runs portrait-cli against @p emulator (default: the test's own), with its token.
    Result cli(const QStringList& args, int killAfterLines = 0, GraphEmulator* emulator = nullptr);
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

Result TestImportCli::cli(const QStringList& args, int killAfterLines, GraphEmulator* emulator)
{
    emulator = emulator ? emulator : m_emulator;
    QStringList all{QStringLiteral("--graph-url"), emulator->graphRoot().toString(),
                    QStringLiteral("--access-token-env"), QStringLiteral("PORTRAIT_TEST_TOKEN"),
                    QStringLiteral("--json")};
    all << args;
    Portrait::Test::CliRunOptions options;
    options.timeoutMs = 120000;
    options.killAfterLines = killAfterLines;
    options.extraEnv.insert(QStringLiteral("PORTRAIT_TEST_TOKEN"), emulator->accessToken());
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
        QFile file(QDir(dir).filePath(u.userPrincipalName + QStringLiteral(".jpg")));
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
    const QString journalDir = work.filePath(QStringLiteral("journal"));
    const QList<Original> originals = fillFolder(folder.path(), 24, 0);
    QCOMPARE(originals.size(), 24);
    // Slow writes, so that the kill comes while some are on the wire.
    EmulatorLimits limits;
    limits.photoWriteServiceMs = 40;
    m_emulator->setLimits(limits);
    m_emulator->clearRequestLog();

    const Result killed = cli(
        {QStringLiteral("import"), folder.path(), QStringLiteral("--apply"), QStringLiteral("--journal"), journalDir},
        6);
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
        QVERIFY2(i >= 0, qPrintable(o.id + QStringLiteral(" changed but is not in the journal")));
        QVERIFY2(journal.at(i).state == QStringLiteral("written") || journal.at(i).state == QStringLiteral("writing"),
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
    const Result again = cli(
        {QStringLiteral("import"), folder.path(), QStringLiteral("--apply"), QStringLiteral("--journal"), journalDir});
    QVERIFY2(again.exitCode == 0, again.err.right(3000).constData());
    // Every principal changed exactly once: one version more than before, whatever the kill cut short.
    for (const Original& o : originals) {
        const DemoUser* user = tenant.findUser(o.id);
        QVERIFY(user);
        QVERIFY2(
            user->photo.version == o.version + 1,
            qPrintable(QStringLiteral("%1: version %2, was %3").arg(o.id).arg(user->photo.version).arg(o.version)));
    }
    for (const Original& o : originals) {
        QVERIFY2(tenant.hasUploadedPhoto(o.id), qPrintable(o.id));
    }

    // Undo: every original back (the backup sent as it was), added photos removed.
    m_emulator->clearRequestLog();
    const Result undo = cli({QStringLiteral("undo"), journalDir, QStringLiteral("--apply")});
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
            QVERIFY2(tenant.photo(o.id).isNull(), qPrintable(o.id + QStringLiteral(" keeps a photo it did not have")));
        } else {
            QVERIFY2(!tenant.photo(o.id).isNull(), qPrintable(o.id));
            const qint64 length = sent.value("/v1.0/users/" + o.id.toUtf8() + "/photo/$value", -1);
            QVERIFY2(length > 0, qPrintable(o.id + QStringLiteral(" was not put back")));
            if (o.bytes.startsWith("\xFF\xD8\xFF")) {
                QCOMPARE(length, qint64(o.bytes.size())); // a JPEG backup goes back as it is (PNGs are re-encoded)
                ++asTheyWere;
            }
        }
    }
    QVERIFY2(asTheyWere > 0, "no JPEG original among the principals: the byte-for-byte check checked nothing");
    // A second undo finds nothing left to do.
    const Result twice = cli({QStringLiteral("undo"), journalDir, QStringLiteral("--apply")});
    QCOMPARE(twice.exitCode, 0);
    for (const QJsonObject& record : twice.records()) {
        QCOMPARE(record.value(QStringLiteral("action")).toString(), QStringLiteral("unchanged"));
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
    const Result r = cli({QStringLiteral("--concurrency"), QStringLiteral("4"), QStringLiteral("import"), folder.path(),
                          QStringLiteral("--apply"), QStringLiteral("--journal"), work.filePath(QStringLiteral("j"))});
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
    readOnly.permissions = {QStringLiteral("User.ReadBasic.All"), QStringLiteral("GroupMember.Read.All"),
                            QStringLiteral("Contacts.Read")};
    const QString token = m_emulator->accessToken();
    m_emulator->setAccessToken(token, readOnly);
    const Result r = cli({QStringLiteral("import"), folder.path(), QStringLiteral("--apply"),
                          QStringLiteral("--journal"), work.filePath(QStringLiteral("j"))});
    m_emulator->setAccessToken(token);
    QVERIFY2(r.exitCode == 3, r.err.right(3000).constData());
    bool named = false;
    for (const QJsonObject& record : r.records()) {
        if (record.value(QStringLiteral("result")).toString() == QStringLiteral("failed")) {
            QCOMPARE(record.value(QStringLiteral("httpStatus")).toInt(), 403);
            named = record.value(QStringLiteral("errorMessage"))
                        .toString()
                        .contains(QStringLiteral("User.ReadWrite.All"));
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
    const QString file = QDir(folder.path()).filePath(user->userPrincipalName + QStringLiteral(".jpg"));
    const QString item = QStringLiteral("users/") + user->userPrincipalName;

    // --dry-run: the plan, and no write at all.
    const quint64 writes = m_emulator->writeRequestCount();
    const Result plan = cli({QStringLiteral("set"), item, file, QStringLiteral("--dry-run")});
    QCOMPARE(plan.exitCode, 0);
    QCOMPARE(m_emulator->writeRequestCount(), writes);
    QCOMPARE(plan.records().size(), 1);
    QVERIFY(!plan.records().constFirst().contains(QStringLiteral("result")));

    const Result set
        = cli({QStringLiteral("set"), item, file, QStringLiteral("--journal"), work.filePath(QStringLiteral("j"))});
    QVERIFY2(set.exitCode == 0, set.err.right(2000).constData());
    const QJsonObject record = set.records().constFirst();
    QCOMPARE(record.value(QStringLiteral("result")).toString(), QStringLiteral("written"));
    QVERIFY(record.value(QStringLiteral("verified")).toBool());
    QCOMPARE(record.value(QStringLiteral("etagAfter")).toString(), m_emulator->tenant().photoEtag(user->id));
    QVERIFY2(set.err.contains("Teams"), set.err.constData()); // the note on other apps' caches

    const Result removed
        = cli({QStringLiteral("remove"), item, QStringLiteral("--journal"), work.filePath(QStringLiteral("k"))});
    QVERIFY2(removed.exitCode == 0, removed.err.right(2000).constData());
    QCOMPARE(removed.records().constFirst().value(QStringLiteral("action")).toString(), QStringLiteral("remove"));
    QVERIFY(m_emulator->tenant().photo(user->id).isNull());
    const Result again = cli({QStringLiteral("remove"), item, QStringLiteral("--dry-run")});
    QCOMPARE(again.records().constFirst().value(QStringLiteral("reason")).toString(), QStringLiteral("no-photo"));

    // A contact's photo cannot be removed: said so, nothing sent.
    const DemoContact& contact = m_emulator->tenant().allContacts().constFirst();
    const quint64 before = m_emulator->writeRequestCount();
    const Result contactRemoval = cli({QStringLiteral("remove"), QStringLiteral("me/contacts/") + contact.id,
                                       QStringLiteral("--journal"), work.filePath(QStringLiteral("c"))});
    QCOMPARE(contactRemoval.exitCode, 0);
    QCOMPARE(contactRemoval.records().constFirst().value(QStringLiteral("action")).toString(),
             QStringLiteral("unsupported"));
    QCOMPARE(contactRemoval.records().constFirst().value(QStringLiteral("reason")).toString(),
             QStringLiteral("contact-removal"));
    QCOMPARE(m_emulator->writeRequestCount(), before);

    // Bad input is a usage error before anything connects.
    QCOMPARE(cli({QStringLiteral("set"), item, work.filePath(QStringLiteral("missing.jpg"))}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("set"), item}).exitCode, 2);
    QCOMPARE(
        cli({QStringLiteral("import"), folder.path(), QStringLiteral("--match"), QStringLiteral("nickname")}).exitCode,
        2);
}

void TestImportCli::journalOfAnotherTenantIsRefused()
{
    // A second tenant, from another seed, on its own port: the same kind of ids, none of the same photos.
    DemoTenantOptions otherOptions;
    otherOptions.seed = m_emulator->tenant().options().seed + 1;
    otherOptions.users = 120;
    GraphEmulator other(otherOptions);
    QVERIFY(other.listen(0));
    QVERIFY(other.tenant().tenantId() != m_emulator->tenant().tenantId());

    QTemporaryDir work;
    QTemporaryDir folder;
    const QList<Original> one = fillFolder(folder.path(), 1, 90);
    const DemoUser* user = m_emulator->tenant().findUser(one.constFirst().id);
    QVERIFY(user);
    const QString file = QDir(folder.path()).filePath(user->userPrincipalName + QStringLiteral(".jpg"));
    const QString journalDir = work.filePath(QStringLiteral("j"));
    const Result set = cli({QStringLiteral("set"), QStringLiteral("users/") + user->userPrincipalName, file,
                            QStringLiteral("--journal"), journalDir});
    QVERIFY2(set.exitCode == 0, set.err.right(2000).constData());

    // The journal says where it was written: this connection's Graph root (a bare token: no id, no account).
    PhotoJournal journal;
    QString error;
    QVERIFY2(journal.openExisting(journalDir, &error), qPrintable(error));
    QCOMPARE(journal.tenant().graphRoot, m_emulator->graphRoot().toString());
    QVERIFY(!journal.tenant().demo);
    QVERIFY(journal.tenant().account.isEmpty());

    // Undo against the other tenant: refused (exit 2), said why, and nothing read or written there.
    other.clearRequestLog();
    const QByteArray photoAfterSet = m_emulator->tenant().photo(user->id).bytes;
    for (const QStringList& args : {QStringList{QStringLiteral("undo"), journalDir},
                                    QStringList{QStringLiteral("undo"), journalDir, QStringLiteral("--apply")},
                                    QStringList{QStringLiteral("import"), folder.path(), QStringLiteral("--journal"),
                                                journalDir, QStringLiteral("--apply")}}) {
        const Result refused = cli(args, 0, &other);
        QVERIFY2(refused.exitCode == 2, refused.err.right(2000).constData());
        QVERIFY2(refused.err.contains("belongs to another tenant"), refused.err.constData());
        QVERIFY2(refused.err.contains(m_emulator->graphRoot().toString().toUtf8()), refused.err.constData());
        QVERIFY(refused.records().isEmpty());
    }
    QVERIFY(other.writeRequests().isEmpty());
    QCOMPARE(other.requestLog().size(), 0);
    QCOMPARE(m_emulator->tenant().photo(user->id).bytes, photoAfterSet);

    // In its own tenant the same undo works: the original photo is put back (or the added one removed).
    const Result undone = cli({QStringLiteral("undo"), journalDir, QStringLiteral("--apply")});
    QVERIFY2(undone.exitCode == 0, undone.err.right(2000).constData());
    QCOMPARE(undone.records().size(), 1);
    QCOMPARE(undone.records().constFirst().value(QStringLiteral("action")).toString(),
             one.constFirst().bytes.isEmpty() ? QStringLiteral("remove") : QStringLiteral("replace"));
    QCOMPARE(undone.records().constFirst().value(QStringLiteral("result")).toString(), QStringLiteral("written"));
    QVERIFY(m_emulator->tenant().photo(user->id).bytes != photoAfterSet);

    // A journal from before tenants were recorded is still read and undone wherever it is run (nothing to tell).
    QFile json(journal.filePath());
    QVERIFY(json.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(json.readAll()).object();
    json.close();
    QVERIFY(root.contains(QStringLiteral("tenant")));
    root.remove(QStringLiteral("tenant"));
    QVERIFY(PhotoJournal::writeFile(journal.filePath(), QJsonDocument(root).toJson(), &error));
    const Result old = cli({QStringLiteral("undo"), journalDir}, 0, &other);
    QVERIFY2(old.exitCode == 0, old.err.right(2000).constData());
    QCOMPARE(old.records().size(), 1);
}

QTEST_MAIN(TestImportCli)
#include "TestImportCli.moc"
