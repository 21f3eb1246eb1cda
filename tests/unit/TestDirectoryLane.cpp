// DirectoryLane on injected time: Graph's resource-unit costs, the in-flight cap, the token bucket, the pause
// after a 429 and the recovery after it; and how the RequestScheduler routes throttling to the right lane.
#include "base/Clock.h"
#include "graph/DirectoryLane.h"
#include "graph/GraphClient.h"
#include "graph/RequestScheduler.h"

#include <QTest>

#include <deque>
#include <memory>

using namespace Portrait;
class TestDirectoryLane : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void cost_data();
    void cost();
    void capHoldsAndReleasesAdmitTheNext();
    void bucketSpacesExpensiveRequests();
    void throttlePausesHalvesAndRecovers();
    void deadContextsAreSkipped();
    void schedulerRoutesThrottlingByService();
    void oneSchedulerPerClient();

private:
    /// Asks for @p count permits of requests to @p url; granted ones are kept in m_permits.
    void request(int count, const QString& url = QStringLiteral("https://graph.microsoft.com/v1.0/users"));
    int granted() const { return m_granted; }
    /// Ends every request in flight, including those admitted while doing so.
    void releaseAll();

    ManualClock m_clock;
    GraphClient* m_client = nullptr;
    DirectoryLane* m_lane = nullptr;
    std::deque<PermitPtr> m_permits;
    int m_granted = 0;
};

void TestDirectoryLane::init()
{
    m_client = new GraphClient(GraphRoot::forCloud(Cloud::Global), nullptr, nullptr, this);
    m_client->setClock(&m_clock);
    m_lane = new DirectoryLane(m_client, this);
}

void TestDirectoryLane::cleanup()
{
    releaseAll();
    m_granted = 0;
    delete m_lane;
    delete m_client;
}

void TestDirectoryLane::request(int count, const QString& url)
{
    for (int i = 0; i < count; ++i) {
        m_lane->admit(QUrl(url), this, [this](PermitPtr permit) {
            ++m_granted;
            m_permits.push_back(std::move(permit));
        });
    }
}

void TestDirectoryLane::releaseAll()
{
    while (!m_permits.empty()) {
        PermitPtr permit = std::move(m_permits.front());
        m_permits.pop_front();
    }
}

void TestDirectoryLane::cost_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("units");
    const QString root = QStringLiteral("https://graph.microsoft.com/v1.0/");
    // docs/GRAPH.md#directory-limits: GET users = 2, members = 3, transitiveMembers = 5, any other GET = 1; $select -1,
    // $expand +1, $top below 20 -1; never below 1.
    QTest::newRow("users") << root + QStringLiteral("users") << 2;
    QTest::newRow("users $select") << root + QStringLiteral("users?$select=id,displayName&$top=999") << 1;
    QTest::newRow("members") << root + QStringLiteral("groups/g1/members") << 3;
    QTest::newRow("members $select") << root + QStringLiteral("groups/g1/members?$select=id") << 2;
    QTest::newRow("transitiveMembers") << root + QStringLiteral("groups/g1/transitiveMembers") << 5;
    QTest::newRow("transitiveMembers $expand")
        << root + QStringLiteral("groups/g1/transitiveMembers?$expand=manager") << 6;
    QTest::newRow("groups") << root + QStringLiteral("groups?$select=id") << 1;
    QTest::newRow("users $top=5 $select") << root + QStringLiteral("users?$top=5&$select=id") << 1;
    QTest::newRow("members $top=5") << root + QStringLiteral("groups/g/members?$top=5") << 2;
}

void TestDirectoryLane::cost()
{
    QFETCH(QString, url);
    QFETCH(int, units);
    QCOMPARE(DirectoryLane::cost(QUrl(url)), units);
}

void TestDirectoryLane::capHoldsAndReleasesAdmitTheNext()
{
    m_lane->setLimits({2, 3500});
    request(5);
    QCOMPARE(granted(), 0); // never inside admit()
    QTRY_COMPARE(granted(), 2);
    QCOMPARE(m_lane->inFlight(), 2);
    QCOMPARE(m_lane->queued(), 3);
    m_permits.pop_front(); // the first answer is in
    QCOMPARE(granted(), 3);
    QCOMPARE(m_lane->inFlight(), 2);
    releaseAll();
    QCOMPARE(granted(), 5);
    QCOMPARE(m_lane->inFlight(), 0);
    QCOMPARE(m_lane->queued(), 0);
    QCOMPARE(m_lane->admitted(), 5u);
}

void TestDirectoryLane::bucketSpacesExpensiveRequests()
{
    // 10 units per 10 s: one unit a second. Bare `users` costs 2.
    m_lane->setLimits({100, 10});
    request(8);
    QTRY_COMPARE(granted(), 5);
    QCOMPARE(m_lane->queued(), 3);
    m_clock.advance(1999);
    QCOMPARE(granted(), 5);
    m_clock.advance(1);
    QCOMPARE(granted(), 6);
    m_clock.advance(4000);
    QCOMPARE(granted(), 8);
    QVERIFY(m_lane->units() < 1);
}

void TestDirectoryLane::throttlePausesHalvesAndRecovers()
{
    m_lane->setLimits({4, 3500});
    m_lane->throttled(2.5);
    QCOMPARE(m_lane->currentLimit(), 2);
    request(3);
    QCoreApplication::processEvents();
    QCOMPARE(granted(), 0); // paused until the Retry-After has passed
    m_clock.advance(2499);
    QCOMPARE(granted(), 0);
    m_clock.advance(1);
    QCOMPARE(granted(), 2); // the halved cap
    releaseAll();
    QCOMPARE(granted(), 3);
    QCOMPARE(m_lane->admitted(), 3u);
    // Quiet periods raise the cap one step at a time, back to the configured limit.
    m_clock.advance(5000);
    QCOMPARE(m_lane->currentLimit(), 3);
    m_clock.advance(5000);
    QCOMPARE(m_lane->currentLimit(), 4);
    m_clock.advance(60000);
    QCOMPARE(m_lane->currentLimit(), 4);
    // Without Retry-After the lane still pauses, briefly.
    m_lane->throttled(-1);
    request(1);
    QCoreApplication::processEvents();
    QCOMPARE(granted(), 3);
    m_clock.advance(m_clock.nextDelay());
    QTRY_COMPARE(granted(), 4);
}

void TestDirectoryLane::deadContextsAreSkipped()
{
    m_lane->setLimits({1, 3500});
    request(1);
    QTRY_COMPARE(granted(), 1);
    bool called = false;
    {
        QObject doomed;
        m_lane->admit(QUrl(QStringLiteral("https://graph.microsoft.com/v1.0/groups")), &doomed,
                      [&called](PermitPtr) { called = true; });
    }
    request(1);
    QCoreApplication::processEvents();
    QCOMPARE(granted(), 1);
    m_permits.pop_front();
    QCOMPARE(granted(), 2);
    QVERIFY(!called);
    QCOMPARE(m_lane->inFlight(), 1);
}

void TestDirectoryLane::schedulerRoutesThrottlingByService()
{
    auto* scheduler = RequestScheduler::of(m_client);
    DirectoryLane* lane = scheduler->directoryLane();
    const QString root = QStringLiteral("https://graph.microsoft.com/v1.0/");
    // A directory 429 slows listings, not the photo pipe.
    emit m_client->throttled(QUrl(root + QStringLiteral("users?$select=id")), 1.0);
    QCOMPARE(lane->currentLimit(), 2);
    QCOMPARE(scheduler->currentLimit(), 4);
    // Photos, batches and contacts are Outlook's: they lower the photo limit and leave the directory's.
    emit m_client->throttled(QUrl(root + QStringLiteral("users/u1/photo/$value")), 0.5);
    QCOMPARE(scheduler->currentLimit(), 2);
    emit m_client->throttled(QUrl(root + QStringLiteral("$batch")), 0.5);
    QCOMPARE(scheduler->currentLimit(), 1);
    emit m_client->throttled(QUrl(root + QStringLiteral("me/contacts?$top=999")), -1);
    QCOMPARE(scheduler->currentLimit(), 1);
    QCOMPARE(lane->currentLimit(), 2);
}

void TestDirectoryLane::oneSchedulerPerClient()
{
    RequestScheduler* first = RequestScheduler::of(m_client);
    QCOMPARE(RequestScheduler::of(m_client), first);
    QCOMPARE(first->parent(), m_client);
    RequestScheduler another(m_client); // a second one does not replace the registered one
    QCOMPARE(RequestScheduler::of(m_client), first);
    delete first;
    QCOMPARE(m_client->scheduler(), nullptr);
}

QTEST_GUILESS_MAIN(TestDirectoryLane)
#include "TestDirectoryLane.moc"
