#include "base/Clock.h"
#include "base/TokenProvider.h"
#include "cache/ThumbnailLoader.h"
#include "cache/ThumbnailStore.h"
#include "emulator/DemoTenant.h"
#include "emulator/GraphEmulator.h"
#include "graph/GraphClient.h"
#include "graph/RequestScheduler.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <atomic>
#include <memory>

#include <sys/stat.h>

using namespace Portrait;

namespace {

QString pathOf(const RequestRecord& record)
{
    const qsizetype q = record.target.indexOf('?');
    return QUrl::fromPercentEncoding(q < 0 ? record.target : record.target.left(q));
}

} // namespace

/**
 * ThumbnailLoader against the emulator: the size it asks for, the fallback to /photo/$value, the statuses,
 * the memory and disk caches (a hit makes no request) and the etag check of old disk entries.
 */
class TestThumbnails : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void asksTheSmallestGraphSizeThatFits();
    void loadsOnlyWhatIsWantedAndDropsTheRest();
    void aLoadDroppedWhileDecodingIsForgotten();
    void statusesWithoutPhotoNeedOneRequest();
    void contactsFallBackToTheLargestPhotoScaledDown();
    void aMissingSizeFallsBackToTheLargestPhoto();
    void aMemoryHitMakesNoRequest();
    void aDiskHitMakesNoRequest();
    void anOldEntryIsCheckedByEtagAndAChangedEtagRefetches();
    void anInvalidatedThumbnailIsAskedAgainNotReadFromDisk();
    void anUnwritableCacheFolderIsReportedOnce();
    void theCacheIsTheUsersAlone();
    void theDiskCacheIsTrimmedWhileASessionWrites();

private:
    std::unique_ptr<ThumbnailLoader> makeLoader(const QString& storeDir = {});
    void loadAndWait(ThumbnailLoader* loader, const QList<ItemPath>& wanted);
    QList<ItemPath> usersWith(bool photo, int count) const;
    QStringList photoRequests() const;

    std::unique_ptr<GraphEmulator> m_emulator;
    std::unique_ptr<StaticTokenProvider> m_tokens;
    std::unique_ptr<GraphClient> m_client;
    std::unique_ptr<RequestScheduler> m_scheduler;
    ManualClock m_clock;
    QTemporaryDir m_dir;
};

void TestThumbnails::init()
{
    QVERIFY(m_dir.isValid());
    m_emulator = std::make_unique<GraphEmulator>(DemoTenantOptions{});
    QVERIFY(m_emulator->listen(0));
    m_tokens = std::make_unique<StaticTokenProvider>(m_emulator->accessToken());
    m_client = std::make_unique<GraphClient>(GraphRoot::parse(m_emulator->graphRoot().toString()), m_tokens.get());
    m_scheduler = std::make_unique<RequestScheduler>(m_client.get());
    m_scheduler->setBatchMode(RequestScheduler::BatchMode::Never); // one logged request per operation
}

void TestThumbnails::cleanup()
{
    m_scheduler.reset();
    m_client.reset();
    m_tokens.reset();
    m_emulator.reset();
    ThumbnailStore(m_dir.path()).clear();
}

std::unique_ptr<ThumbnailLoader> TestThumbnails::makeLoader(const QString& storeDir)
{
    auto loader = std::make_unique<ThumbnailLoader>(m_scheduler.get());
    loader->setClock(&m_clock);
    loader->setStoreDirectory(storeDir);
    return loader;
}

void TestThumbnails::loadAndWait(ThumbnailLoader* loader, const QList<ItemPath>& wanted)
{
    loader->setWanted(wanted);
    QTRY_COMPARE_WITH_TIMEOUT(loader->pendingCount(), 0, 20000);
}

QList<ItemPath> TestThumbnails::usersWith(bool photo, int count) const
{
    QList<ItemPath> out;
    for (const DemoUser& u : m_emulator->tenant().users()) {
        if (u.photo.hasPhoto() == photo && u.photo.state != PhotoState::NoMailbox && out.size() < count) {
            out << ItemPath::user(u.id);
        }
    }
    return out;
}

QStringList TestThumbnails::photoRequests() const
{
    QStringList out;
    const auto log = m_emulator->requestLog();
    for (const RequestRecord& r : log) {
        if (pathOf(r).contains(QStringLiteral("/photo"))) {
            out << pathOf(r);
        }
    }
    return out;
}

void TestThumbnails::asksTheSmallestGraphSizeThatFits()
{
    QCOMPARE(ThumbnailLoader::graphSizeFor(32), QStringLiteral("48x48"));
    QCOMPARE(ThumbnailLoader::graphSizeFor(48), QStringLiteral("48x48"));
    QCOMPARE(ThumbnailLoader::graphSizeFor(49), QStringLiteral("64x64"));
    QCOMPARE(ThumbnailLoader::graphSizeFor(128), QStringLiteral("240x240"));
    QCOMPARE(ThumbnailLoader::graphSizeFor(2000), QStringLiteral("648x648"));

    auto loader = makeLoader();
    loader->setEdge(64);
    const QList<ItemPath> users = usersWith(true, 3);
    QSignalSpy seen(loader.get(), &ThumbnailLoader::photoSeen);
    loadAndWait(loader.get(), users);
    QCOMPARE(seen.count(), 3);
    const QStringList requests = photoRequests();
    QCOMPARE(requests.size(), 3);
    for (const ItemPath& user : users) {
        QVERIFY2(requests.contains(QStringLiteral("/v1.0/") + user.photoSizeValuePath(QStringLiteral("64x64"))),
                 qPrintable(requests.join(u' ')));
        const ThumbnailLoader::Thumbnail t = loader->thumbnail(user.toString());
        QCOMPARE(t.status, PhotoStatus::Photo);
        QCOMPARE(t.image.size(), QSize(64, 64));
        QVERIFY(!t.loading);
    }
}

void TestThumbnails::loadsOnlyWhatIsWantedAndDropsTheRest()
{
    // Slow answers: the first few are in flight, the rest wait in the scheduler's queue.
    m_emulator->setResponseDelay(std::chrono::milliseconds(200));
    auto loader = makeLoader();
    const QList<ItemPath> users = usersWith(true, 40);
    loader->setWanted(users);
    QCOMPARE(loader->pendingCount(), 40);
    QVERIFY(!loader->thumbnail(users.first().toString()).status.has_value());
    QVERIFY(loader->thumbnail(users.first().toString()).loading);
    // The view scrolled on: only the last two are still wanted.
    const QList<ItemPath> last = users.mid(38);
    loader->setWanted(last);
    QCOMPARE(loader->pendingCount(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(loader->pendingCount(), 0, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(m_scheduler->inFlight(), 0, 20000);
    QCOMPARE(loader->thumbnail(last.at(0).toString()).status, PhotoStatus::Photo);
    QCOMPARE(loader->thumbnail(last.at(1).toString()).status, PhotoStatus::Photo);
    // At most the ones already on the wire (the scheduler's cap) were sent besides the two still wanted.
    const int sent = int(photoRequests().size());
    QVERIFY2(sent <= 2 + m_scheduler->maxInFlight(), qPrintable(QString::number(sent)));
    QVERIFY(!loader->thumbnail(users.at(20).toString()).status.has_value());
}

void TestThumbnails::aLoadDroppedWhileDecodingIsForgotten()
{
    // The bytes are in and being decoded on the pool when the view no longer wants them (a filter changed):
    // the decode's end must not reach the dropped load. In Qt 6.4 a continuation with a context that died
    // meanwhile asserts in a debug build, and races with the deletion in a release build (the crash of
    // issue 15). Large photos make the decodes outlast the drop.
    const QList<ItemPath> users = usersWith(true, 6);
    for (const ItemPath& user : users) {
        QVERIFY(m_emulator->tenant().addPhoto(user.key(), 648));
    }
    auto loader = makeLoader(m_dir.path());
    loader->setEdge(648);
    int seen = 0;
    // Queued: the drop comes once onBytes() has handed the bytes to the pool and returned.
    connect(
        loader.get(), &ThumbnailLoader::photoSeen, this,
        [&loader, &seen]() {
            ++seen;
            loader->setWanted({});
        },
        Qt::QueuedConnection);
    for (const ItemPath& user : users) {
        const int before = seen;
        loader->setWanted({user});
        QTRY_VERIFY_WITH_TIMEOUT(seen > before, 20000);
        QCOMPARE(loader->pendingCount(), 0);
    }
    loader.reset(); // waits for the pool: every decode has ended, and nothing reached a dead load
    for (const ItemPath& user : users) {
        QVERIFY(!ThumbnailStore(m_dir.path()).read(user.toString(), 648).valid);
    }
}

void TestThumbnails::statusesWithoutPhotoNeedOneRequest()
{
    DemoTenant& tenant = m_emulator->tenant();
    const QList<ItemPath> without = usersWith(false, 2);
    QCOMPARE(without.size(), 2);
    const ItemPath noMailbox = usersWith(true, 5).at(4);
    QVERIFY(tenant.setNoMailbox(noMailbox.key()));
    auto loader = makeLoader();
    loadAndWait(loader.get(), {without.at(0), without.at(1), noMailbox});
    QCOMPARE(loader->thumbnail(without.at(0).toString()).status, PhotoStatus::None);
    QCOMPARE(loader->thumbnail(without.at(1).toString()).status, PhotoStatus::None);
    QCOMPARE(loader->thumbnail(noMailbox.toString()).status, PhotoStatus::Unavailable);
    QVERIFY(loader->thumbnail(without.at(0).toString()).image.isNull());
    // Without a photo the size answers an empty 404, like a missing size: /photo/$value decides (a 404 with
    // Graph's error code). No mailbox is a coded error at once: no second request.
    const QStringList requests = photoRequests();
    QCOMPARE(requests.size(), 5);
    for (const ItemPath& user : without) {
        QCOMPARE(requests.count(QStringLiteral("/v1.0/") + user.photoSizeValuePath(QStringLiteral("64x64"))), 1);
        QCOMPARE(requests.count(QStringLiteral("/v1.0/") + user.photoValuePath()), 1);
    }
    QCOMPARE(requests.count(QStringLiteral("/v1.0/") + noMailbox.photoSizeValuePath(QStringLiteral("64x64"))), 1);
    QCOMPARE(requests.count(QStringLiteral("/v1.0/") + noMailbox.photoValuePath()), 0);
}

void TestThumbnails::contactsFallBackToTheLargestPhotoScaledDown()
{
    const DemoTenant& tenant = m_emulator->tenant();
    const DemoContact* contact = nullptr;
    for (const DemoContact& c : tenant.allContacts()) {
        if (c.photo.hasPhoto() && c.photo.edge > 64 && !contact) {
            contact = &c;
        }
    }
    QVERIFY(contact);
    const ItemPath path = contact->parentFolderId == tenant.defaultContactFolderId()
        ? ItemPath::contact(contact->id)
        : ItemPath::contact(contact->id, {}, contact->parentFolderId);
    auto loader = makeLoader();
    loader->setEdge(48);
    loadAndWait(loader.get(), {path});
    const QStringList requests = photoRequests();
    QCOMPARE(requests.size(), 1); // no /photos/{size} for contacts
    QVERIFY2(requests.first().endsWith(QStringLiteral("/photo/$value")), qPrintable(requests.first()));
    const ThumbnailLoader::Thumbnail t = loader->thumbnail(path.toString());
    QCOMPARE(t.status, PhotoStatus::Photo);
    QCOMPARE(t.image.width(), 48);
}

void TestThumbnails::aMissingSizeFallsBackToTheLargestPhoto()
{
    // A photo uploaded at 48 pixels has no 64x64: Graph answers 404 with an empty body.
    const ItemPath user = usersWith(true, 1).first();
    QVERIFY(m_emulator->tenant().addPhoto(user.key(), 48));
    auto loader = makeLoader();
    loader->setEdge(64);
    loadAndWait(loader.get(), {user});
    const QStringList requests = photoRequests();
    QCOMPARE(requests.size(), 2);
    QVERIFY(requests.at(0).endsWith(QStringLiteral("/photos/64x64/$value")));
    QVERIFY(requests.at(1).endsWith(QStringLiteral("/photo/$value")));
    const ThumbnailLoader::Thumbnail t = loader->thumbnail(user.toString());
    QCOMPARE(t.status, PhotoStatus::Photo);
    QCOMPARE(t.image.size(), QSize(48, 48)); // never scaled up
}

void TestThumbnails::aMemoryHitMakesNoRequest()
{
    auto loader = makeLoader();
    const QList<ItemPath> users = usersWith(true, 5) + usersWith(false, 2);
    loadAndWait(loader.get(), users);
    QCOMPARE(photoRequests().size(), 5 + 2 * 2); // users without a photo: the size, then /photo/$value
    m_emulator->clearRequestLog();
    loader->setWanted({});
    loadAndWait(loader.get(), users);
    QCoreApplication::processEvents();
    QCOMPARE(photoRequests().size(), 0);
    QCOMPARE(m_emulator->requestLog().size(), 0);
    QCOMPARE(loader->thumbnail(users.first().toString()).status, PhotoStatus::Photo);
}

void TestThumbnails::aDiskHitMakesNoRequest()
{
    const QList<ItemPath> users = usersWith(true, 5) + usersWith(false, 2);
    QList<QImage> first;
    {
        auto loader = makeLoader(m_dir.path());
        loadAndWait(loader.get(), users);
        for (const ItemPath& u : users.mid(0, 5)) {
            first << loader->thumbnail(u.toString()).image;
        }
    } // the destructor waits for the disk writes
    QCOMPARE(photoRequests().size(), 5 + 2 * 2); // users without a photo: the size, then /photo/$value
    m_emulator->clearRequestLog();

    m_clock.advance(3600 * 1000); // an hour later: younger than the default maximum age
    auto loader = makeLoader(m_dir.path());
    loadAndWait(loader.get(), users);
    QCoreApplication::processEvents();
    QCOMPARE(m_emulator->requestLog().size(), 0);
    QCOMPARE(loader->diskHits(), quint64(7));
    QCOMPARE(loader->operationsQueued(), quint64(0));
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(loader->thumbnail(users.at(i).toString()).image, first.at(i));
    }
    QCOMPARE(loader->thumbnail(users.at(5).toString()).status, PhotoStatus::None);
}

void TestThumbnails::anOldEntryIsCheckedByEtagAndAChangedEtagRefetches()
{
    const QList<ItemPath> users = usersWith(true, 2);
    const ItemPath changed = users.at(0);
    const ItemPath same = users.at(1);
    QImage before;
    {
        auto loader = makeLoader(m_dir.path());
        loadAndWait(loader.get(), users);
        before = loader->thumbnail(changed.toString()).image;
    }
    QVERIFY(m_emulator->tenant().bumpPhoto(changed.key())); // new picture, new etag
    m_emulator->clearRequestLog();

    m_clock.advance(2LL * 24 * 3600 * 1000); // two days: older than the maximum age
    auto loader = makeLoader(m_dir.path());
    loadAndWait(loader.get(), users);
    QCOMPARE(loader->etagChecks(), quint64(2));
    const QStringList requests = photoRequests();
    // Both checked by metadata; only the changed one downloads again.
    QCOMPARE(requests.count(QStringLiteral("/v1.0/") + changed.photoSizePath(QStringLiteral("64x64"))), 1);
    QCOMPARE(requests.count(QStringLiteral("/v1.0/") + same.photoSizePath(QStringLiteral("64x64"))), 1);
    QCOMPARE(requests.count(QStringLiteral("/v1.0/") + changed.photoSizeValuePath(QStringLiteral("64x64"))), 1);
    QCOMPARE(requests.count(QStringLiteral("/v1.0/") + same.photoSizeValuePath(QStringLiteral("64x64"))), 0);
    QCOMPARE(requests.size(), 3);
    const QImage after = loader->thumbnail(changed.toString()).image;
    QVERIFY(!after.isNull());
    QVERIFY(after != before);

    // The check renewed both entries: the next start asks nothing.
    loader.reset();
    m_emulator->clearRequestLog();
    auto again = makeLoader(m_dir.path());
    loadAndWait(again.get(), users);
    QCOMPARE(m_emulator->requestLog().size(), 0);
    QCOMPARE(again->thumbnail(changed.toString()).image, after);
}

void TestThumbnails::anInvalidatedThumbnailIsAskedAgainNotReadFromDisk()
{
    // A photo changed here (Replace photo…): its fresh disk entry must not come back while its removal, queued on
    // the loader's pool, has not run yet.
    const QList<ItemPath> users = usersWith(true, 3);
    const ItemPath changed = users.at(0);
    auto loader = makeLoader(m_dir.path());
    loadAndWait(loader.get(), users);
    const QImage before = loader->thumbnail(changed.toString()).image;
    QVERIFY(!before.isNull());
    QVERIFY(m_emulator->tenant().bumpPhoto(changed.key()));
    m_emulator->clearRequestLog();

    loader->invalidate(changed);
    loadAndWait(loader.get(), users);
    QCOMPARE(loader->diskHits(), quint64(0));
    QCOMPARE(photoRequests(),
             QStringList{QStringLiteral("/v1.0/") + changed.photoSizeValuePath(QStringLiteral("64x64"))});
    const QImage after = loader->thumbnail(changed.toString()).image;
    QVERIFY(!after.isNull());
    QVERIFY(after != before);
}

void TestThumbnails::anUnwritableCacheFolderIsReportedOnce()
{
    // A cache folder under a file cannot be made (unlike a read-only folder, also not as root): the user is told
    // once on the portrait.cache category, not once a thumbnail, and nothing else fails.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile blocker(dir.filePath(QStringLiteral("a-file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const ThumbnailStore store(dir.filePath(QStringLiteral("a-file/thumbnails")));
    ThumbnailStore::Entry entry;
    entry.valid = true;
    entry.status = PhotoStatus::None;
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("^thumbnail cache: cannot create .*a-file/thumbnails.* "
                                                           "thumbnails are not kept for the next session$")));
    QVERIFY(!store.write(QStringLiteral("users/1"), 64, entry));
    QTest::failOnWarning(QRegularExpression(QStringLiteral("thumbnail cache")));
    QVERIFY(!store.write(QStringLiteral("users/2"), 64, entry));
    QVERIFY(!store.read(QStringLiteral("users/1"), 64).valid);
}

void TestThumbnails::theCacheIsTheUsersAlone()
{
    // Photos of the whole staff: other local users may not read them, whatever the umask (here the usual 022).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const mode_t umaskBefore = ::umask(022);
    const auto restore = qScopeGuard([umaskBefore]() { ::umask(umaskBefore); });
    // A folder an older version made with 0755 is narrowed too.
    const QString old = dir.filePath(QStringLiteral("old"));
    QVERIFY(QDir().mkdir(old));
    QVERIFY(QFile::setPermissions(old,
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                      | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
    for (const QString& folder : {dir.filePath(QStringLiteral("cache/thumbnails/demo")), old}) {
        const ThumbnailStore store(folder);
        ThumbnailStore::Entry entry;
        entry.valid = true;
        entry.status = PhotoStatus::Photo;
        entry.etag = QStringLiteral("E1");
        entry.image = QImage(8, 8, QImage::Format_RGB32);
        entry.image.fill(Qt::red);
        QVERIFY(store.write(QStringLiteral("users/1"), 64, entry));
        const QString file = store.fileFor(QStringLiteral("users/1"), 64);
        const auto modeOf = [](const QString& path) {
            struct stat st = {};
            return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
        };
        QCOMPARE(modeOf(file), 0600);
        for (QString p = QFileInfo(file).path(); p.startsWith(folder); p = QFileInfo(p).path()) {
            QVERIFY2(modeOf(p) == 0700, qPrintable(p));
        }
        QVERIFY(store.read(QStringLiteral("users/1"), 64).valid);
    }
}

void TestThumbnails::theDiskCacheIsTrimmedWhileASessionWrites()
{
    // A budget of a few entries: the trim runs as the bytes add up, on the pool, not once a write and not
    // only at the next start.
    std::atomic<int> trims{0}; // before the loaders: their pools may call the trims until they are gone
    std::atomic<int> fewer{0};
    auto loader = makeLoader(m_dir.path());
    const QList<ItemPath> users = usersWith(true, 12);
    loader->setDiskBudget(1, [&trims]() { ++trims; }); // every write crosses the budget
    loadAndWait(loader.get(), users.mid(0, 6));
    QTRY_VERIFY(trims.load() >= 1);
    QTRY_COMPARE(ThumbnailStore(m_dir.path()).read(users.at(5).toString(), 64).valid, true);

    loader.reset();
    auto again = makeLoader(m_dir.path());
    again->setDiskBudget(1024LL * 1024 * 1024, [&fewer]() { ++fewer; }); // far more than 6 thumbnails
    loadAndWait(again.get(), users.mid(6, 6));
    QTRY_COMPARE(ThumbnailStore(m_dir.path()).read(users.at(11).toString(), 64).valid, true);
    QCOMPARE(fewer.load(), 0);
}

QTEST_MAIN(TestThumbnails)
#include "TestThumbnails.moc"
