// AuditJob against the emulator on loopback: statuses and reasons, placeholder checks, snapshots and their diff.
#include "FakeNetworkAccessManager.h"
#include "base/TokenProvider.h"
#include "bulk/AuditJob.h"
#include "bulk/AuditSnapshot.h"
#include "bulk/FingerprintJob.h"
#include "bulk/JsonReportWriter.h"
#include "bulk/SnapshotDiff.h"
#include "emulator/DemoTenant.h"
#include "emulator/GraphEmulator.h"
#include "graph/GraphClient.h"
#include "graph/RequestScheduler.h"

#include <QBuffer>
#include <QHash>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Portrait;

namespace {

/// A client and scheduler talking to one emulator.
struct Rig
{
    std::unique_ptr<GraphEmulator> emulator;
    std::unique_ptr<StaticTokenProvider> tokens;
    std::unique_ptr<GraphClient> client;
    std::unique_ptr<RequestScheduler> scheduler;

    explicit Rig(const DemoTenantOptions& options = {})
        : emulator(std::make_unique<GraphEmulator>(options))
    {
        emulator->listen(0);
        tokens = std::make_unique<StaticTokenProvider>(emulator->accessToken());
        client = std::make_unique<GraphClient>(GraphRoot::parse(emulator->graphRoot().toString()), tokens.get());
        scheduler = std::make_unique<RequestScheduler>(client.get());
    }
};

struct Run
{
    QHash<QString, AuditRecord> byPath;
    int records = 0;
    bool finishedOnce = false;
    GraphError error;
};

Run audit(RequestScheduler* scheduler, const QStringList& scopes, const AuditOptions& options,
          const QString& snapshotPath = {})
{
    QList<ItemPath> paths;
    for (const QString& s : scopes) {
        paths.append(ItemPath::parse(s));
    }
    AuditJob job(scheduler, paths, options);
    Run run;
    JsonReportWriter writer;
    AuditReportInfo info;
    info.scopes = scopes;
    info.createdAt = QDateTime::currentDateTimeUtc();
    info.deep = options.deep;
    if (!snapshotPath.isEmpty()) {
        writer.open(snapshotPath, info);
    }
    QObject::connect(&job, &AuditJob::recordReady, &job, [&](const AuditRecord& r) {
        ++run.records;
        run.byPath.insert(r.object.path.toString(), r);
        if (!snapshotPath.isEmpty()) {
            writer.write(r);
        }
    });
    QSignalSpy finished(&job, &AuditJob::finished);
    job.start();
    if (!finished.wait(30000)) {
        return run;
    }
    run.finishedOnce = finished.size() == 1;
    run.error = job.error();
    if (!snapshotPath.isEmpty()) {
        writer.finish(info);
    }
    return run;
}

} // namespace

class TestAuditJob : public QObject
{
    Q_OBJECT

private slots:
    void everyStateMapsToItsStatus();
    void minEdgeAndPlaceholderImage();
    void snapshotDiffFindsExactlyTheChanges_data();
    void snapshotDiffFindsExactlyTheChanges();
    void cancelStopsTheRun();
    void refusedTokenStopsTheRun();
    void forcedFailureIsAnErrorRecord();
    void duplicatesAreFlagged();
    void fingerprintJobReadsAndHashesOnePhoto();
};

void TestAuditJob::everyStateMapsToItsStatus()
{
    Rig rig;
    const DemoTenant& t = rig.emulator->tenant();
    const Run run = audit(rig.scheduler.get(),
                          {QStringLiteral("users"), QStringLiteral("groups"), QStringLiteral("me/contacts"),
                           QStringLiteral("me/contactfolders")},
                          AuditOptions{});
    QVERIFY(run.finishedOnce);
    QVERIFY(!run.error.isError());
    const int expected = int(t.users().size() + t.groups().size() + t.allContacts().size());
    QCOMPARE(run.records, expected);
    QCOMPARE(run.byPath.size(), expected);
    // One metadata operation per principal and no bytes: asserted request by request in
    // forcedFailureIsAnErrorRecord (scenario QNAM); on the wire the scheduler may batch them.

    const auto check = [](const AuditRecord& r, const DemoPhoto& p) {
        switch (p.state) {
        case PhotoState::Present:
            QCOMPARE(r.photo.status, PhotoStatus::Photo);
            QVERIFY(r.photo.reason.isEmpty());
            QCOMPARE(r.photo.width, int(p.edge));
            QVERIFY(!r.photo.etag.isEmpty());
            QVERIFY(!r.photo.hasBytes());
            break;
        case PhotoState::None:
            QCOMPARE(r.photo.status, PhotoStatus::None);
            QCOMPARE(r.photo.reason, QStringLiteral("placeholder-1x1"));
            break;
        case PhotoState::NoMailbox:
            QCOMPARE(r.photo.status, PhotoStatus::Unavailable);
            QCOMPARE(r.photo.reason, QStringLiteral("ErrorNonExistentMailbox"));
            break;
        }
    };
    QSet<PhotoState> seen;
    for (const DemoUser& u : t.users()) {
        const auto it = run.byPath.constFind(QStringLiteral("users/") + u.id);
        QVERIFY2(it != run.byPath.constEnd(), qPrintable(u.id));
        QCOMPARE(it->object.displayName, u.displayName);
        check(*it, u.photo);
        if (QTest::currentTestFailed()) {
            return;
        }
        seen.insert(u.photo.state);
    }
    QCOMPARE(seen.size(), 3); // the demo tenant has every state
    for (const DemoGroup& g : t.groups()) {
        const auto it = run.byPath.constFind(QStringLiteral("groups/") + g.id);
        QVERIFY(it != run.byPath.constEnd());
        check(*it, g.photo);
    }
    for (const AuditRecord& r : run.byPath) {
        if (r.object.kind == DirectoryObject::Kind::Contact) {
            const DemoContact* c = t.findContact(r.object.id);
            QVERIFY(c);
            check(r, c->photo);
        }
    }
}

void TestAuditJob::minEdgeAndPlaceholderImage()
{
    Rig rig(DemoTenantOptions{42, 60, 3, 0, 0, 0});
    const DemoTenant& t = rig.emulator->tenant();
    QList<const DemoUser*> withPhoto;
    for (const DemoUser& u : t.users()) {
        if (u.photo.hasPhoto()) {
            withPhoto.append(&u);
        }
    }
    QVERIFY(withPhoto.size() > 10);
    std::sort(withPhoto.begin(), withPhoto.end(),
              [](const DemoUser* a, const DemoUser* b) { return a->photo.edge < b->photo.edge; });
    const int minEdge = withPhoto.at(withPhoto.size() / 3)->photo.edge;
    const DemoUser* silhouette = withPhoto.constLast(); // large, so min-edge does not decide it
    // The configured placeholder is a resized PNG re-encoding of that user's JPEG (or JPEG of a PNG).
    QImage image = QImage::fromData(t.photo(silhouette->id).bytes);
    QVERIFY(!image.isNull());
    QByteArray copy;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::WriteOnly);
    const bool wasPng = silhouette->photo.format == PhotoFormat::Png;
    image.scaled(100, 100, Qt::IgnoreAspectRatio, Qt::SmoothTransformation).save(&buffer, wasPng ? "JPEG" : "PNG", 70);

    AuditOptions options;
    options.minEdge = minEdge;
    QVERIFY(options.placeholders.addImage(copy, QStringLiteral("silhouette.png")));
    options.thumbnailEdge = 48;
    const Run run = audit(rig.scheduler.get(), {QStringLiteral("users")}, options);
    QVERIFY(run.finishedOnce);
    QCOMPARE(run.records, int(t.users().size()));
    int placeholders = 0;
    for (const DemoUser* u : std::as_const(withPhoto)) {
        const AuditRecord r = run.byPath.value(QStringLiteral("users/") + u->id);
        QVERIFY(r.photo.hasBytes());
        QVERIFY(!r.thumbnail.isEmpty());
        QVERIFY(!QImage::fromData(r.thumbnail).isNull());
        if (u == silhouette) {
            QCOMPARE(r.photo.status, PhotoStatus::Placeholder);
            QCOMPARE(r.photo.reason, QStringLiteral("placeholder-similar"));
            QCOMPARE(r.placeholder, QStringLiteral("silhouette.png"));
            ++placeholders;
        } else if (u->photo.edge < minEdge) {
            QCOMPARE(r.photo.status, PhotoStatus::Placeholder);
            QCOMPARE(r.photo.reason, QStringLiteral("min-edge"));
            ++placeholders;
        } else {
            QVERIFY2(r.photo.status == PhotoStatus::Photo,
                     qPrintable(QStringLiteral("%1: %2 %3 (distance %4)")
                                    .arg(u->displayName, r.photo.reason, r.placeholder)
                                    .arg(r.placeholderDistance)));
        }
    }
    QVERIFY(placeholders >= 2);
}

void TestAuditJob::snapshotDiffFindsExactlyTheChanges_data()
{
    QTest::addColumn<bool>("deep");
    QTest::newRow("by etag") << false;
    QTest::newRow("by sha256 with --deep") << true;
}

void TestAuditJob::snapshotDiffFindsExactlyTheChanges()
{
    QFETCH(bool, deep);
    Rig rig(DemoTenantOptions{7, 40, 4, 0, 0, 0});
    DemoTenant& t = rig.emulator->tenant();
    QTemporaryDir dir;
    AuditOptions options;
    options.deep = deep;
    const QString before = dir.filePath(QStringLiteral("before.json"));
    const QString after = dir.filePath(QStringLiteral("after.json"));
    const QStringList scopes{QStringLiteral("users"), QStringLiteral("groups")};
    QVERIFY(audit(rig.scheduler.get(), scopes, options, before).finishedOnce);

    QStringList withPhoto;
    QStringList without;
    for (const DemoUser& u : t.users()) {
        if (u.id == t.me().id) {
            continue;
        }
        (u.photo.hasPhoto() ? withPhoto : u.photo.state == PhotoState::None ? without : withPhoto).append(u.id);
    }
    QVERIFY(withPhoto.size() >= 4 && without.size() >= 2);
    QHash<QString, QString> expected; // path -> change
    const auto user = [](const QString& id) { return QStringLiteral("users/") + id; };
    QVERIFY(t.bumpPhoto(withPhoto.at(0)));
    expected.insert(user(withPhoto.at(0)), QStringLiteral("photo-changed"));
    QVERIFY(t.removePhoto(withPhoto.at(1)));
    expected.insert(user(withPhoto.at(1)), QStringLiteral("photo-removed"));
    QVERIFY(t.addPhoto(without.at(0), 240, PhotoFormat::Png));
    expected.insert(user(without.at(0)), QStringLiteral("photo-added"));
    QVERIFY(t.setNoMailbox(without.at(1)));
    expected.insert(user(without.at(1)), QStringLiteral("status-changed"));
    QVERIFY(t.removeUser(withPhoto.at(2)));
    expected.insert(user(withPhoto.at(2)), QStringLiteral("principal-removed"));
    DemoUser added;
    added.displayName = QStringLiteral("Zoë Newcomer");
    added.givenName = QStringLiteral("Zoë");
    added.surname = QStringLiteral("Newcomer");
    const QString addedId = t.addUser(added);
    expected.insert(user(addedId), QStringLiteral("principal-added"));
    const QString groupId = t.groups().constFirst().id;
    if (t.groups().constFirst().photo.hasPhoto()) {
        QVERIFY(t.bumpPhoto(groupId));
        expected.insert(QStringLiteral("groups/") + groupId, QStringLiteral("photo-changed"));
    }

    QVERIFY(audit(rig.scheduler.get(), scopes, options, after).finishedOnce);
    AuditSnapshot older;
    AuditSnapshot newer;
    QString error;
    QVERIFY2(older.load(before, &error), qPrintable(error));
    QVERIFY2(newer.load(after, &error), qPrintable(error));
    QCOMPARE(older.isDeep(), deep);
    QVERIFY(older.isComplete());
    const QList<SnapshotDiff::Change> changes = SnapshotDiff::compare(older, newer);
    QHash<QString, QString> found;
    for (const SnapshotDiff::Change& c : changes) {
        QVERIFY2(!found.contains(c.path), qPrintable(c.path));
        found.insert(c.path, SnapshotDiff::changeTypeName(c.type));
        if (c.type == SnapshotDiff::ChangeType::PhotoChanged) {
            QCOMPARE(c.by, deep ? QStringLiteral("sha256") : QStringLiteral("etag"));
        }
        QCOMPARE(c.toJson().value(QLatin1String("change")).toString(), SnapshotDiff::changeTypeName(c.type));
    }
    QCOMPARE(found, expected);
    // A snapshot compared with itself: no change.
    QVERIFY(SnapshotDiff::compare(newer, newer).isEmpty());
}

void TestAuditJob::cancelStopsTheRun()
{
    Rig rig;
    AuditJob job(rig.scheduler.get(), {ItemPath::users()}, AuditOptions{});
    int records = 0;
    connect(&job, &AuditJob::recordReady, &job, [&](const AuditRecord&) {
        if (++records == 5) {
            job.abort();
        }
    });
    QSignalSpy finished(&job, &AuditJob::finished);
    job.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.size(), 1);
    QVERIFY(job.wasCancelled());
    QCOMPARE(records, 5);
    QVERIFY(job.doneCount() < job.foundCount());
}

void TestAuditJob::refusedTokenStopsTheRun()
{
    Rig rig;
    rig.emulator->setAccessToken(QStringLiteral("another-token"));
    const Run run = audit(rig.scheduler.get(), {QStringLiteral("users")}, AuditOptions{});
    QVERIFY(run.finishedOnce);
    QVERIFY(run.error.isAuthFailure());
    QCOMPARE(run.records, 0);
}

void TestAuditJob::forcedFailureIsAnErrorRecord()
{
    Test::FakeNetworkAccessManager fake;
    StaticTokenProvider tokens(QStringLiteral("t"));
    GraphClient client(GraphRoot::parse(QStringLiteral("https://graph.microsoft.com/v1.0")), &tokens, &fake);
    RequestScheduler scheduler(&client);
    fake.expectJson("https://graph.microsoft.com/v1.0/users/u1/photo",
                    R"({"error":{"code":"BadRequest","message":"Forced failure."}})", 400);
    fake.expectJson("https://graph.microsoft.com/v1.0/users/u2/photo",
                    R"({"error":{"code":"ImageNotFound","message":"no photo"}})", 404);
    QList<DirectoryObject> selection;
    for (const char* id : {"u1", "u2"}) {
        DirectoryObject o;
        o.kind = DirectoryObject::Kind::User;
        o.id = QString::fromLatin1(id);
        o.displayName = o.id;
        o.path = ItemPath::user(o.id);
        selection.append(o);
    }
    AuditOptions options;
    options.window = 1; // keeps the order of the exchanges
    AuditJob job(&scheduler, selection, options);
    QHash<QString, AuditRecord> records;
    connect(&job, &AuditJob::recordReady, &job, [&](const AuditRecord& r) { records.insert(r.object.id, r); });
    QSignalSpy finished(&job, &AuditJob::finished);
    job.start();
    QVERIFY(finished.wait(10000));
    QVERIFY2(fake.isSatisfied(), fake.problems().constData());
    QVERIFY(!job.hasError());
    QCOMPARE(records.value(QStringLiteral("u1")).photo.status, PhotoStatus::Error);
    QCOMPARE(records.value(QStringLiteral("u1")).photo.reason, QStringLiteral("BadRequest"));
    QCOMPARE(records.value(QStringLiteral("u1")).toJson().value(QLatin1String("errorMessage")).toString(),
             QStringLiteral("Forced failure."));
    QCOMPARE(records.value(QStringLiteral("u2")).photo.status, PhotoStatus::None);
    QCOMPARE(records.value(QStringLiteral("u2")).photo.reason, QStringLiteral("not-found"));
    QCOMPARE(job.count(PhotoStatus::Error), 1);
}

void TestAuditJob::duplicatesAreFlagged()
{
    Test::FakeNetworkAccessManager fake;
    StaticTokenProvider tokens(QStringLiteral("t"));
    GraphClient client(GraphRoot::parse(QStringLiteral("https://graph.microsoft.com/v1.0")), &tokens, &fake);
    RequestScheduler scheduler(&client);
    QImage logo(64, 64, QImage::Format_RGB32);
    logo.fill(Qt::darkBlue);
    QImage other(64, 64, QImage::Format_RGB32);
    other.fill(Qt::yellow);
    const auto png = [](const QImage& image) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return bytes;
    };
    QList<DirectoryObject> selection;
    int n = 0;
    for (const QByteArray& bytes : {png(logo), png(other), png(logo)}) {
        const QByteArray id = "u" + QByteArray::number(++n);
        fake.expectJson("https://graph.microsoft.com/v1.0/users/" + id + "/photo",
                        R"({"id":"64X64","width":64,"height":64,"@odata.mediaContentType":"image/png",)"
                        R"("@odata.mediaEtag":"\"E)"
                            + id + R"(\""})");
        Test::Exchange value;
        value.url = "https://graph.microsoft.com/v1.0/users/" + id + "/photo/$value";
        value.replyHeaders = {{"Content-Type", "image/png"}};
        value.body = bytes;
        fake.expect(value);
        DirectoryObject o;
        o.kind = DirectoryObject::Kind::User;
        o.id = QString::fromLatin1(id);
        o.path = ItemPath::user(o.id);
        selection.append(o);
    }
    AuditOptions options;
    options.window = 1;
    options.duplicateThreshold = 1;
    AuditJob job(&scheduler, selection, options);
    QHash<QString, AuditRecord> records;
    connect(&job, &AuditJob::recordReady, &job, [&](const AuditRecord& r) { records.insert(r.object.id, r); });
    QSignalSpy finished(&job, &AuditJob::finished);
    job.start();
    QVERIFY(finished.wait(10000));
    QVERIFY2(fake.isSatisfied(), fake.problems().constData());
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.value(QStringLiteral("u1")).photo.status, PhotoStatus::Placeholder);
    QCOMPARE(records.value(QStringLiteral("u1")).photo.reason, QStringLiteral("duplicate"));
    QCOMPARE(records.value(QStringLiteral("u1")).duplicates, 2);
    QCOMPARE(records.value(QStringLiteral("u3")).photo.status, PhotoStatus::Placeholder);
    QCOMPARE(records.value(QStringLiteral("u2")).photo.status, PhotoStatus::Photo);
}

void TestAuditJob::fingerprintJobReadsAndHashesOnePhoto()
{
    // What "add this photo to the placeholders" runs: the photo Graph serves, fingerprinted off the GUI thread.
    Rig rig;
    const DemoTenant& t = rig.emulator->tenant();
    const DemoUser* with = nullptr;
    const DemoUser* without = nullptr;
    for (const DemoUser& u : t.users()) {
        if (!with && u.photo.hasPhoto()) {
            with = &u;
        } else if (!without && u.photo.state == PhotoState::None) {
            without = &u;
        }
    }
    QVERIFY(with && without);
    FingerprintJob job(rig.scheduler.get(), ItemPath::user(with->id));
    QSignalSpy finished(&job, &Task::finished);
    job.start();
    QVERIFY(finished.wait(30000));
    QVERIFY2(!job.hasError(), qPrintable(job.error().toString()));
    QCOMPARE(job.info().status, PhotoStatus::Photo);
    QVERIFY(job.fingerprint().decoded);
    const PhotoFingerprint expected = PhotoFingerprint::compute(t.photo(with->id).bytes);
    QCOMPARE(job.fingerprint().sha256, expected.sha256);
    QCOMPARE(PhotoFingerprint::distance(job.fingerprint(), expected), 0);

    FingerprintJob none(rig.scheduler.get(), ItemPath::user(without->id));
    QSignalSpy noneFinished(&none, &Task::finished);
    none.start();
    QVERIFY(noneFinished.wait(30000));
    QVERIFY(!none.hasError()); // no photo is an answer, not a failure
    QCOMPARE(none.info().status, PhotoStatus::None);
    QVERIFY(!none.fingerprint().decoded);

    FingerprintJob aborted(rig.scheduler.get(), ItemPath::user(with->id));
    QSignalSpy abortedFinished(&aborted, &Task::finished);
    aborted.start();
    aborted.abort();
    QVERIFY(abortedFinished.wait(30000));
    QVERIFY(aborted.wasCancelled());
    QCOMPARE(abortedFinished.size(), 1);
}

QTEST_GUILESS_MAIN(TestAuditJob)
#include "TestAuditJob.moc"
