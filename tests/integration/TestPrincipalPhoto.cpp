#include "base/TokenProvider.h"
#include "emulator/DemoTenant.h"
#include "emulator/GraphEmulator.h"
#include "graph/GraphClient.h"
#include "graph/PrincipalPhoto.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace Portrait;

/**
 * PrincipalPhoto against the emulator: one principal's photo and sizes, asked once while on their way, stale
 * answers and decodings dropped, reloaded after the photo changed, saved as Graph sent it.
 */
class TestPrincipalPhoto : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void fetchesDecodesAndListsTheSizes();
    void asksOnceWhileTheSameRequestIsOnItsWay();
    void aStaleAnswerIsNeverReported();
    void aStaleDecodingIsDropped();
    void showsOneSizeAndRefusesAnUnlistedOne();
    void reloadShowsTheChangedPhoto();
    void savesTheExactBytesUnderASafeName();

private:
    QList<const DemoUser*> usersWithPhotos() const;
    void waitUntilDone();
    int requestsEndingWith(const QString& suffix) const;

    std::unique_ptr<GraphEmulator> m_emulator;
    std::unique_ptr<StaticTokenProvider> m_tokens;
    std::unique_ptr<GraphClient> m_client;
    std::unique_ptr<PrincipalPhoto> m_photo;
};

void TestPrincipalPhoto::init()
{
    m_emulator = std::make_unique<GraphEmulator>(DemoTenantOptions{});
    QVERIFY(m_emulator->listen(0));
    m_tokens = std::make_unique<StaticTokenProvider>(m_emulator->accessToken());
    m_client = std::make_unique<GraphClient>(GraphRoot::parse(m_emulator->graphRoot().toString()), m_tokens.get());
    m_photo = std::make_unique<PrincipalPhoto>();
    m_photo->setClient(m_client.get());
}

void TestPrincipalPhoto::cleanup()
{
    m_photo.reset();
    m_client.reset();
    m_tokens.reset();
    m_emulator.reset();
}

QList<const DemoUser*> TestPrincipalPhoto::usersWithPhotos() const
{
    QList<const DemoUser*> users;
    for (const DemoUser& u : m_emulator->tenant().users()) {
        if (u.photo.hasPhoto() && u.photo.edge >= 96) {
            users << &u;
        }
    }
    return users;
}

void TestPrincipalPhoto::waitUntilDone()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_photo->hasInfo() && !m_photo->isLoading() && !m_photo->isSizesLoading(), 10000);
}

int TestPrincipalPhoto::requestsEndingWith(const QString& suffix) const
{
    int count = 0;
    for (const RequestRecord& r : m_emulator->requestLog()) {
        const qsizetype q = r.target.indexOf('?');
        count += QUrl::fromPercentEncoding(q < 0 ? r.target : r.target.left(q)).endsWith(suffix, Qt::CaseInsensitive);
    }
    return count;
}

void TestPrincipalPhoto::fetchesDecodesAndListsTheSizes()
{
    const DemoUser* user = usersWithPhotos().value(0);
    QVERIFY(user);
    QSignalSpy finished(m_photo.get(), &PrincipalPhoto::finished);
    m_photo->show(ItemPath::user(user->id));
    QVERIFY(m_photo->isLoading());
    waitUntilDone();
    const PhotoAsset truth = m_emulator->tenant().photo(user->id);
    QCOMPARE(m_photo->info().status, PhotoStatus::Photo);
    QCOMPARE(m_photo->info().data, truth.bytes);
    QCOMPARE(m_photo->image().size(), QSize(truth.width, truth.height));
    QCOMPARE(m_photo->sizes().size(), m_emulator->tenant().availablePhotoSizes(user->id).size());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).value<ItemPath>(), ItemPath::user(user->id));
}

void TestPrincipalPhoto::asksOnceWhileTheSameRequestIsOnItsWay()
{
    const DemoUser* user = usersWithPhotos().value(0);
    QVERIFY(user);
    const ItemPath path = ItemPath::user(user->id);
    m_photo->show(path);
    QSignalSpy changed(m_photo.get(), &PrincipalPhoto::changed);
    QSignalSpy sizesChanged(m_photo.get(), &PrincipalPhoto::sizesChanged);
    m_photo->show(path); // the same principal again while its photo and sizes are on their way
    QCOMPARE(changed.size(), 0); // nothing restarted
    QCOMPARE(sizesChanged.size(), 0);
    QVERIFY(m_photo->isLoading() && m_photo->isSizesLoading());
    QSignalSpy finished(m_photo.get(), &PrincipalPhoto::finished);
    waitUntilDone();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(requestsEndingWith(QStringLiteral("/photo")), 1);
    QCOMPARE(requestsEndingWith(QStringLiteral("/photo/$value")), 1);
    QCOMPARE(requestsEndingWith(QStringLiteral("/photos")), 1);

    // Once it is done, asking again asks Graph again (the photo may have changed).
    m_photo->show(path);
    QVERIFY(m_photo->isLoading());
    waitUntilDone();
    QCOMPARE(requestsEndingWith(QStringLiteral("/photo")), 2);
}

void TestPrincipalPhoto::aStaleAnswerIsNeverReported()
{
    const QList<const DemoUser*> users = usersWithPhotos();
    QVERIFY(users.size() >= 2);
    QSignalSpy finished(m_photo.get(), &PrincipalPhoto::finished);
    m_photo->show(ItemPath::user(users.at(0)->id));
    // Wait until the first principal's request reached the server (or even finished): its answer must not count.
    QTRY_VERIFY_WITH_TIMEOUT(m_emulator->photoOpCount() > 0, 10000);
    m_photo->show(ItemPath::user(users.at(1)->id));
    waitUntilDone();
    const int before = finished.size();
    QVERIFY(before <= 2);
    QCOMPARE(finished.constLast().at(0).value<ItemPath>(), ItemPath::user(users.at(1)->id));
    QCOMPARE(m_photo->info().data, m_emulator->tenant().photo(users.at(1)->id).bytes);
    QCOMPARE(m_photo->principal(), ItemPath::user(users.at(1)->id));
}

void TestPrincipalPhoto::aStaleDecodingIsDropped()
{
    // Two users whose largest photos differ in size: the image shown tells whose decoding won.
    const QList<const DemoUser*> users = usersWithPhotos();
    const DemoUser* first = nullptr;
    const DemoUser* second = nullptr;
    for (const DemoUser* u : users) {
        if (!first) {
            first = u;
        } else if (!second && u->photo.edge != first->photo.edge) {
            second = u;
        }
    }
    QVERIFY(first && second);
    bool switched = false;
    connect(m_photo.get(), &PrincipalPhoto::changed, this, [&]() {
        // The first photo's bytes are being decoded: show someone else before the decoding comes back.
        if (!switched && m_photo->isDecoding() && m_photo->principal() == ItemPath::user(first->id)) {
            switched = true;
            m_photo->show(ItemPath::user(second->id));
        }
    });
    QSignalSpy finished(m_photo.get(), &PrincipalPhoto::finished);
    m_photo->show(ItemPath::user(first->id));
    QTRY_VERIFY_WITH_TIMEOUT(switched, 10000);
    waitUntilDone();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).value<ItemPath>(), ItemPath::user(second->id));
    QCOMPARE(m_photo->image().width(), int(second->photo.edge));
}

void TestPrincipalPhoto::showsOneSizeAndRefusesAnUnlistedOne()
{
    const DemoUser* user = nullptr;
    for (const DemoUser* u : usersWithPhotos()) {
        if (u->photo.edge < 648 && !user) {
            user = u;
        }
    }
    QVERIFY(user);
    m_photo->show(ItemPath::user(user->id));
    waitUntilDone();
    QVERIFY(!m_photo->showSize(QStringLiteral("648x648"))); // not listed: refused
    QVERIFY(m_photo->sizeId().isEmpty());
    QSignalSpy finished(m_photo.get(), &PrincipalPhoto::finished);
    QVERIFY(m_photo->showSize(QStringLiteral("96x96")));
    QVERIFY(m_photo->isLoading());
    waitUntilDone();
    QCOMPARE(m_photo->image().size(), QSize(96, 96));
    QCOMPARE(m_photo->info().data, m_emulator->tenant().photo(user->id, 96).bytes);
    QCOMPARE(finished.size(), 0); // a size does not say what the principal's photo is
}

void TestPrincipalPhoto::reloadShowsTheChangedPhoto()
{
    const DemoUser* user = usersWithPhotos().value(0);
    QVERIFY(user);
    m_photo->show(ItemPath::user(user->id));
    waitUntilDone();
    const QByteArray before = m_photo->info().data;

    // A write elsewhere (what "Replace photo" does through Graph) changes the photo; reload() shows the new one.
    QVERIFY(m_emulator->tenant().bumpPhoto(user->id));
    QSignalSpy finished(m_photo.get(), &PrincipalPhoto::finished);
    m_photo->reload();
    QVERIFY(m_photo->isLoading() && !m_photo->hasInfo());
    waitUntilDone();
    QCOMPARE(finished.size(), 1);
    QVERIFY(m_photo->info().data != before);
    QCOMPARE(m_photo->info().data, m_emulator->tenant().photo(user->id).bytes);

    // "Remove photo": the reload says there is none.
    QVERIFY(m_emulator->tenant().removePhoto(user->id));
    m_photo->reload();
    waitUntilDone();
    QVERIFY(m_photo->info().status != PhotoStatus::Photo);
    QVERIFY(m_photo->image().isNull());
    QVERIFY(!m_photo->canSave());
    QVERIFY(m_photo->sizes().isEmpty());
}

void TestPrincipalPhoto::savesTheExactBytesUnderASafeName()
{
    const DemoUser* user = usersWithPhotos().value(0);
    QVERIFY(user);
    QString error;
    QVERIFY(!m_photo->saveTo(QStringLiteral("unused"), &error)); // nothing shown: nothing to save
    QVERIFY(!error.isEmpty());

    m_photo->show(ItemPath::user(user->id));
    waitUntilDone();
    QVERIFY(m_photo->canSave());
    QCOMPARE(m_photo->extension(), QStringLiteral("jpg"));
    QCOMPARE(m_photo->fileName(QStringLiteral("CON")), QStringLiteral("_CON.jpg"));
    QCOMPARE(m_photo->fileName(QStringLiteral("../x/\u0001y")), QStringLiteral("_._x__y.jpg"));
    QCOMPARE(m_photo->fileName({}), user->id + QStringLiteral(".jpg")); // no name: the principal's key

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(m_photo->fileName(user->userPrincipalName));
    QVERIFY2(m_photo->saveTo(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), m_emulator->tenant().photo(user->id).bytes);

    // A folder that does not exist: an error, and nothing written.
    QVERIFY(!m_photo->saveTo(dir.filePath(QStringLiteral("missing/photo.jpg")), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_MAIN(TestPrincipalPhoto)
#include "TestPrincipalPhoto.moc"
