#include "base/TokenProvider.h"
#include "emulator/DemoTenant.h"
#include "emulator/GraphEmulator.h"
#include "graph/GraphClient.h"
#include "graph/PhotoInfo.h"
#include "model/DirectoryFilterModel.h"
#include "model/DirectoryModel.h"
#include "model/Roles.h"

#include <QAbstractItemModelTester>
#include <QIdentityProxyModel>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

using namespace Portrait;

namespace {

FetchState stateOf(const QModelIndex& index)
{
    return FetchState(index.data(Roles::FetchStateRole).toInt());
}

/// Hides canFetchMore() so that QAbstractItemModelTester does not load the directory behind the test's back.
class NoAutoFetchProxy : public QIdentityProxyModel
{
public:
    explicit NoAutoFetchProxy(QAbstractItemModel* source) { setSourceModel(source); }
    bool canFetchMore(const QModelIndex&) const override { return false; }
    void fetchMore(const QModelIndex&) override { }
};

/// What Graph's $search finds for a user with the clauses the model sends: a word of the display name starts with
/// the term, or the userPrincipalName, mail or mail nickname does.
bool searchMatches(const QString& displayName, const QString& upn, const QString& mail, const QString& term)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    const QStringList words = displayName.split(separators, Qt::SkipEmptyParts);
    const auto starts = [&term](const QString& text) { return text.startsWith(term, Qt::CaseInsensitive); };
    return std::any_of(words.cbegin(), words.cend(), starts) || starts(upn) || starts(mail)
        || starts(upn.section(u'@', 0, 0));
}

bool searchMatches(const DemoUser& user, const QString& term)
{
    return searchMatches(user.displayName, user.userPrincipalName, user.mail, term);
}

QUrlQuery queryOf(const RequestRecord& record)
{
    const qsizetype q = record.target.indexOf('?');
    return QUrlQuery(q < 0 ? QString() : QString::fromLatin1(record.target.mid(q + 1)));
}

QString pathOf(const RequestRecord& record)
{
    const qsizetype q = record.target.indexOf('?');
    return QUrl::fromPercentEncoding(q < 0 ? record.target : record.target.left(q));
}

} // namespace

/**
 * Search through DirectoryModel (Graph's $search, its startswith fallback) and the client-side filters and
 * sorting of DirectoryFilterModel, against the emulator; the proxy runs under QAbstractItemModelTester.
 */
class TestDirectoryFilterModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void searchSendsConsistencyLevelAndCountOnEveryPage();
    void searchRelistsOnlyWhatWasLoaded();
    void searchFallsBackToStartsWithWhereSearchIsRefused();
    void contactsAreFilteredOnTheClient();
    void searchFindsAddressesAndNamesWithoutAccents();
    void filtersByKindUserTypeAndAccountEnabled();
    void filtersByPhotoStatus();
    void sortsByNameStatusPixelSizeAndBytes();
    void theProxyNeverFetches();

private:
    void startEmulator(const DemoTenantOptions& options);
    void loadAll(const QModelIndex& container);
    QList<RequestRecord> listRequests(const QString& path) const;
    QModelIndex proxyUsers() const { return m_proxy->mapFromSource(m_model->topIndex(NodeKind::Users)); }

    std::unique_ptr<GraphEmulator> m_emulator;
    std::unique_ptr<StaticTokenProvider> m_tokens;
    std::unique_ptr<GraphClient> m_client;
    std::unique_ptr<DirectoryModel> m_model;
    std::unique_ptr<DirectoryFilterModel> m_proxy;
    std::unique_ptr<NoAutoFetchProxy> m_testerProxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestDirectoryFilterModel::init()
{
    startEmulator(DemoTenantOptions{});
}

void TestDirectoryFilterModel::startEmulator(const DemoTenantOptions& options)
{
    cleanup();
    m_emulator = std::make_unique<GraphEmulator>(options);
    QVERIFY(m_emulator->listen(0));
    m_tokens = std::make_unique<StaticTokenProvider>(m_emulator->accessToken());
    m_client = std::make_unique<GraphClient>(GraphRoot::parse(m_emulator->graphRoot().toString()), m_tokens.get());
    m_model = std::make_unique<DirectoryModel>(m_client.get());
    m_proxy = std::make_unique<DirectoryFilterModel>();
    m_proxy->setSourceModel(m_model.get());
    m_testerProxy = std::make_unique<NoAutoFetchProxy>(m_proxy.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_testerProxy.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestDirectoryFilterModel::cleanup()
{
    m_tester.reset();
    m_testerProxy.reset();
    m_proxy.reset();
    m_model.reset();
    m_client.reset();
    m_tokens.reset();
    m_emulator.reset();
}

void TestDirectoryFilterModel::loadAll(const QModelIndex& container)
{
    for (int guard = 0; guard < 1000 && m_model->canFetchMore(container); ++guard) {
        m_model->fetchMore(container);
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(container) != FetchState::Loading, 10000);
    }
    QCOMPARE(stateOf(container), FetchState::Done);
}

QList<RequestRecord> TestDirectoryFilterModel::listRequests(const QString& path) const
{
    QList<RequestRecord> out;
    const auto log = m_emulator->requestLog();
    for (const RequestRecord& r : log) {
        if (pathOf(r) == path) {
            out << r;
        }
    }
    return out;
}

void TestDirectoryFilterModel::searchSendsConsistencyLevelAndCountOnEveryPage()
{
    // A term with enough matches for several pages of 5.
    const QList<DemoUser>& users = m_emulator->tenant().users();
    QString term;
    QStringList expected;
    for (char c = 'a'; c <= 'z' && term.isEmpty(); ++c) {
        const QString t(QLatin1Char{c});
        QStringList ids;
        for (const DemoUser& u : users) {
            if (searchMatches(u, t)) {
                ids << u.id;
            }
        }
        if (ids.size() >= 12 && ids.size() <= 60) {
            term = t;
            expected = ids;
        }
    }
    QVERIFY2(!term.isEmpty(), "no letter with 12 to 60 matching users in the demo tenant");

    m_model->setPageSize(5);
    m_model->setSearchText(term);
    QVERIFY(m_emulator->requestLog().isEmpty()); // nothing was loaded, so nothing is listed again
    const QModelIndex users0 = m_model->topIndex(NodeKind::Users);
    loadAll(users0);

    QStringList got;
    for (int row = 0; row < m_model->rowCount(users0); ++row) {
        got << m_model->index(row, 0, users0).data(Roles::GraphIdRole).toString();
    }
    QCOMPARE(got, expected);
    QCOMPARE(users0.data(Roles::TotalCountRole).toLongLong(), qint64(expected.size()));

    const QList<RequestRecord> pages = listRequests(QStringLiteral("/v1.0/users"));
    QCOMPARE(pages.size(), (expected.size() + 4) / 5);
    for (const RequestRecord& page : pages) {
        QCOMPARE(page.status, 200);
        QCOMPARE(page.consistencyLevel, QByteArray("eventual")); // again on every nextLink page (docs/GRAPH.md#paging)
        const QUrlQuery query = queryOf(page);
        QCOMPARE(query.queryItemValue(QStringLiteral("$count")), QStringLiteral("true"));
        QCOMPARE(query.queryItemValue(QStringLiteral("$search"), QUrl::FullyDecoded),
                 QStringLiteral("\"displayName:%1\" OR \"userPrincipalName:%1\" OR \"mail:%1\" OR \"mailNickname:%1\"")
                     .arg(term));
    }
    QVERIFY(queryOf(pages.at(1)).hasQueryItem(QStringLiteral("$skiptoken")));
    QCOMPARE(m_model->searchMethod(), DirectoryModel::SearchMethod::Search);
}

void TestDirectoryFilterModel::searchRelistsOnlyWhatWasLoaded()
{
    m_model->setPageSize(50);
    const QModelIndex users = m_model->topIndex(NodeKind::Users);
    m_model->fetchMore(users);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(users), FetchState::Partial, 10000);
    QCOMPARE(m_model->rowCount(users), 50);
    m_emulator->clearRequestLog();

    const QString name = m_emulator->tenant().users().at(3).displayName;
    const QString term = name.section(u' ', -1); // the surname
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_model->setSearchText(term);
    QCOMPARE(removed.count(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(stateOf(users) == FetchState::Done || stateOf(users) == FetchState::Partial, 10000);
    QVERIFY(m_model->rowCount(users) >= 1);
    for (int row = 0; row < m_model->rowCount(users); ++row) {
        const QModelIndex index = m_model->index(row, 0, users);
        QVERIFY(searchMatches(index.data(Roles::DisplayNameRole).toString(), index.data(Roles::UpnRole).toString(),
                              index.data(Roles::MailRole).toString(), term));
    }
    // Only the users were listed again: groups and contacts were never loaded.
    const auto log = m_emulator->requestLog();
    QCOMPARE(log.size(), 1);
    QCOMPARE(pathOf(log.first()), QStringLiteral("/v1.0/users"));

    // Clearing the search lists everything again, first page only.
    m_model->setSearchText(QString());
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(users), FetchState::Partial, 10000);
    QCOMPARE(m_model->rowCount(users), 50);
    QVERIFY(!queryOf(m_emulator->requestLog().constLast()).hasQueryItem(QStringLiteral("$search")));
}

void TestDirectoryFilterModel::searchFallsBackToStartsWithWhereSearchIsRefused()
{
    DemoTenantOptions options;
    options.advancedQueries = false; // like a B2C tenant
    startEmulator(options);
    const DemoUser& someone = m_emulator->tenant().users().at(7);
    const QString term = someone.displayName.left(3);
    m_model->setSearchText(term);
    const QModelIndex users = m_model->topIndex(NodeKind::Users);
    QSignalSpy errors(m_model.get(), &DirectoryModel::errorOccurred);
    loadAll(users);
    QCOMPARE(errors.count(), 0); // the refusal is handled, not shown
    QCOMPARE(m_model->searchMethod(), DirectoryModel::SearchMethod::StartsWith);

    const QList<RequestRecord> requests = listRequests(QStringLiteral("/v1.0/users"));
    QVERIFY(requests.size() >= 2);
    QCOMPARE(requests.first().status, 400);
    QCOMPARE(requests.first().errorCode, QByteArray("Request_UnsupportedQuery"));
    QCOMPARE(requests.at(1).status, 200);
    QCOMPARE(queryOf(requests.at(1)).queryItemValue(QStringLiteral("$filter"), QUrl::FullyDecoded),
             QStringLiteral("startswith(displayName,'%1')").arg(term));
    QVERIFY(!queryOf(requests.at(1)).hasQueryItem(QStringLiteral("$search")));

    int expected = 0;
    for (const DemoUser& u : m_emulator->tenant().users()) {
        expected += u.displayName.startsWith(term, Qt::CaseInsensitive) ? 1 : 0;
    }
    QCOMPARE(m_model->rowCount(users), expected);
    bool found = false;
    for (int row = 0; row < m_model->rowCount(users); ++row) {
        found = found || m_model->index(row, 0, users).data(Roles::GraphIdRole).toString() == someone.id;
    }
    QVERIFY(found);
}

void TestDirectoryFilterModel::searchFindsAddressesAndNamesWithoutAccents()
{
    // Issue 15: "megan.bowen" (how her address starts) found nobody, "siobhan" did not find "Siobhán".
    m_model->setPageSize(999);
    const QModelIndex users = m_model->topIndex(NodeKind::Users);
    loadAll(users);
    const auto shown = [this]() {
        QStringList names;
        for (int row = 0; row < m_proxy->rowCount(proxyUsers()); ++row) {
            names << m_proxy->index(row, 0, proxyUsers()).data(Roles::DisplayNameRole).toString();
        }
        return names;
    };
    // What is loaded narrows on the client: case and accents ignored, word by word in any order, in the name or an
    // address.
    const QList<std::pair<QString, QString>> local{
        {QStringLiteral("siobhan"), QStringLiteral("O'Brien, Siobhán")},
        {QStringLiteral("SIOBHÁN o'brien"), QStringLiteral("O'Brien, Siobhán")},
        {QStringLiteral("orsted zoe"), QStringLiteral("Zoë Ørsted")},
        {QStringLiteral("nguyen van"), QStringLiteral("Nguyễn Văn An")},
        {QStringLiteral("lukasz"), QStringLiteral("Łukasz Kowalski")},
        {QStringLiteral("megan.bowen"), QStringLiteral("Megan Bowen")},
        {QStringLiteral("Megan.Bowen@"), QStringLiteral("Megan Bowen")},
    };
    for (const auto& [typed, name] : local) {
        m_proxy->setFilterText(typed);
        QVERIFY2(shown().contains(name), qPrintable(typed + QStringLiteral(" -> ") + shown().join(u'|')));
        QVERIFY2(!shown().contains(QStringLiteral("Robert \"Bob\" Jones")), qPrintable(typed));
    }
    m_proxy->setFilterText(QStringLiteral("nobody-has-this-name"));
    QCOMPARE(shown(), QStringList());
    m_proxy->setFilterText(QString());

    // Graph is asked for the name and the addresses: the start of an address finds the user.
    for (const auto& [typed, name] : {std::pair{QStringLiteral("megan.bowen"), QStringLiteral("Megan Bowen")},
                                      std::pair{QStringLiteral("siobhan"), QStringLiteral("O'Brien, Siobhán")}}) {
        m_model->setSearchText(typed);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(users), FetchState::Done, 10000);
        QStringList found;
        for (int row = 0; row < m_model->rowCount(users); ++row) {
            found << m_model->index(row, 0, users).data(Roles::DisplayNameRole).toString();
        }
        QVERIFY2(found.contains(name), qPrintable(typed + QStringLiteral(" -> ") + found.join(u'|')));
        const QString search = queryOf(m_emulator->requestLog().constLast())
                                   .queryItemValue(QStringLiteral("$search"), QUrl::FullyDecoded);
        QVERIFY2(search.contains(QStringLiteral("\"mail:%1\"").arg(typed)), qPrintable(search));
    }
}

void TestDirectoryFilterModel::contactsAreFilteredOnTheClient()
{
    const QModelIndex contacts = m_model->topIndex(NodeKind::MyContacts);
    loadAll(contacts);
    const int all = m_model->rowCount(contacts);
    const int before = int(m_emulator->requestCount());

    QString name;
    for (int row = 0; row < all && name.isEmpty(); ++row) {
        const QModelIndex i = m_model->index(row, 0, contacts);
        if (NodeKind(i.data(Roles::KindRole).toInt()) == NodeKind::Contact) {
            name = i.data(Roles::DisplayNameRole).toString();
        }
    }
    QVERIFY(!name.isEmpty());
    const QString term = name.mid(1, 4).toUpper(); // case-insensitive, inside the name
    m_model->setSearchText(term);
    m_proxy->setFilterText(term);
    // Graph cannot search contacts (docs/GRAPH.md#contacts): nothing was asked, the proxy filtered.
    QCoreApplication::processEvents();
    QCOMPARE(int(m_emulator->requestCount()), before);
    QCOMPARE(m_model->rowCount(contacts), all);

    const QModelIndex proxyContacts = m_proxy->mapFromSource(contacts);
    int folders = 0;
    int matches = 0;
    for (int row = 0; row < all; ++row) {
        const QModelIndex i = m_model->index(row, 0, contacts);
        if (NodeKind(i.data(Roles::KindRole).toInt()) == NodeKind::ContactFolder) {
            ++folders; // folders stay, so that their contacts can be opened
        } else if (i.data(Roles::DisplayNameRole).toString().contains(term, Qt::CaseInsensitive)
                   || i.data(Roles::MailRole).toString().contains(term, Qt::CaseInsensitive)) {
            ++matches;
        }
    }
    QVERIFY(matches >= 1);
    QVERIFY(matches < all - folders);
    QCOMPARE(m_proxy->rowCount(proxyContacts), folders + matches);
    for (int row = 0; row < m_proxy->rowCount(proxyContacts); ++row) {
        const QModelIndex i = m_proxy->index(row, 0, proxyContacts);
        if (NodeKind(i.data(Roles::KindRole).toInt()) == NodeKind::Contact) {
            QVERIFY(i.data(Roles::DisplayNameRole).toString().contains(term, Qt::CaseInsensitive)
                    || i.data(Roles::MailRole).toString().contains(term, Qt::CaseInsensitive));
        }
    }
    m_proxy->setFilterText(QString());
    QCOMPARE(m_proxy->rowCount(proxyContacts), all);
}

void TestDirectoryFilterModel::filtersByKindUserTypeAndAccountEnabled()
{
    m_model->setPageSize(999);
    const QModelIndex users = m_model->topIndex(NodeKind::Users);
    loadAll(users);
    const QList<DemoUser>& truth = m_emulator->tenant().users();
    const int guests = int(std::count_if(truth.cbegin(), truth.cend(), [](const DemoUser& u) { return u.guest; }));
    const int disabled
        = int(std::count_if(truth.cbegin(), truth.cend(), [](const DemoUser& u) { return !u.accountEnabled; }));
    QVERIFY(guests > 0);
    QVERIFY(disabled > 0);

    QCOMPARE(m_proxy->rowCount(proxyUsers()), int(truth.size()));
    m_proxy->setUserTypeFilter(DirectoryFilterModel::UserTypeFilter::Guest);
    QCOMPARE(m_proxy->rowCount(proxyUsers()), guests);
    for (int row = 0; row < guests; ++row) {
        QCOMPARE(m_proxy->index(row, 0, proxyUsers()).data(Roles::UserTypeRole).toString(), QStringLiteral("Guest"));
    }
    m_proxy->setUserTypeFilter(DirectoryFilterModel::UserTypeFilter::Member);
    QCOMPARE(m_proxy->rowCount(proxyUsers()), int(truth.size()) - guests);
    m_proxy->setUserTypeFilter(DirectoryFilterModel::UserTypeFilter::Any);

    m_proxy->setEnabledFilter(DirectoryFilterModel::EnabledFilter::Disabled);
    QCOMPARE(m_proxy->rowCount(proxyUsers()), disabled);
    QVERIFY(!m_proxy->index(0, 0, proxyUsers()).data(Roles::AccountEnabledRole).toBool());
    m_proxy->setEnabledFilter(DirectoryFilterModel::EnabledFilter::Enabled);
    QCOMPARE(m_proxy->rowCount(proxyUsers()), int(truth.size()) - disabled);
    QVERIFY(m_proxy->isFiltering());
    m_proxy->setEnabledFilter(DirectoryFilterModel::EnabledFilter::Any);
    QVERIFY(!m_proxy->isFiltering());

    // Kind: without users the Users node stays (the tree keeps its shape) but is empty.
    m_proxy->setKindFilter(DirectoryFilterModel::KindGroup | DirectoryFilterModel::KindContact);
    QCOMPARE(m_proxy->rowCount(), 4);
    QCOMPARE(m_proxy->rowCount(proxyUsers()), 0);
    m_proxy->setKindFilter(DirectoryFilterModel::AnyKind);
    QCOMPARE(m_proxy->rowCount(proxyUsers()), int(truth.size()));
}

void TestDirectoryFilterModel::filtersByPhotoStatus()
{
    m_model->setPageSize(20);
    const QModelIndex users = m_model->topIndex(NodeKind::Users);
    m_model->fetchMore(users);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(users), FetchState::Partial, 10000);
    const auto pathAt
        = [&](int row) { return ItemPath::parse(m_model->index(row, 0, users).data(Roles::GraphPathRole).toString()); };
    m_model->setPhotoStatus(pathAt(0), PhotoStatus::Photo);
    m_model->setPhotoStatus(pathAt(1), PhotoStatus::None);
    m_model->setPhotoStatus(pathAt(2), PhotoStatus::Unavailable);
    m_model->setPhotoStatus(pathAt(3), PhotoStatus::Error);
    m_model->setPhotoStatus(pathAt(4), PhotoStatus::None);

    m_proxy->setStatusFilter(DirectoryFilterModel::StatusNone);
    QCOMPARE(m_proxy->rowCount(proxyUsers()), 2);
    m_proxy->setStatusFilter(DirectoryFilterModel::StatusUnavailable | DirectoryFilterModel::StatusError);
    QCOMPARE(m_proxy->rowCount(proxyUsers()), 2);
    m_proxy->setStatusFilter(DirectoryFilterModel::StatusUnknown);
    QCOMPARE(m_proxy->rowCount(proxyUsers()), 15);
    // A status learnt later moves the row in or out at once (dynamic filtering).
    m_model->setPhotoStatus(pathAt(10), PhotoStatus::Photo);
    QCOMPARE(m_proxy->rowCount(proxyUsers()), 14);
    m_proxy->setStatusFilter(DirectoryFilterModel::StatusPhoto);
    QCOMPARE(m_proxy->rowCount(proxyUsers()), 2);
}

void TestDirectoryFilterModel::sortsByNameStatusPixelSizeAndBytes()
{
    m_model->setPageSize(30);
    const QModelIndex users = m_model->topIndex(NodeKind::Users);
    m_model->fetchMore(users);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(users), FetchState::Partial, 10000);

    m_proxy->setSortKey(DirectoryFilterModel::SortKey::Name);
    QStringList names;
    for (int row = 0; row < m_proxy->rowCount(proxyUsers()); ++row) {
        names << m_proxy->index(row, 0, proxyUsers()).data(Roles::DisplayNameRole).toString();
    }
    QStringList sorted = names;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const QString& a, const QString& b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    QCOMPARE(names, sorted);
    // The top nodes keep their order.
    QCOMPARE(NodeKind(m_proxy->index(0, 0).data(Roles::KindRole).toInt()), NodeKind::Me);
    QCOMPARE(NodeKind(m_proxy->index(3, 0).data(Roles::KindRole).toInt()), NodeKind::MyContacts);
    m_proxy->setSortKey(DirectoryFilterModel::SortKey::Name, Qt::DescendingOrder);
    QCOMPARE(NodeKind(m_proxy->index(0, 0).data(Roles::KindRole).toInt()), NodeKind::Me);
    QCOMPARE(m_proxy->index(0, 0, proxyUsers()).data(Roles::DisplayNameRole).toString(), sorted.constLast());

    // Pixel size and bytes from full photos; unknown values last in both orders.
    const auto info = [](int edge, qint64 bytes) {
        PhotoInfo i;
        i.status = PhotoStatus::Photo;
        i.width = edge;
        i.height = edge;
        i.bytes = bytes;
        return i;
    };
    const auto pathAt
        = [&](int row) { return ItemPath::parse(m_model->index(row, 0, users).data(Roles::GraphPathRole).toString()); };
    m_model->setPhotoInfo(pathAt(5), info(240, 9000), true);
    m_model->setPhotoInfo(pathAt(6), info(648, 4000), true);
    m_model->setPhotoInfo(pathAt(7), info(96, 20000), true);
    m_model->setPhotoInfo(pathAt(8), info(48, 100), false); // a thumbnail: says nothing of the photo's size
    const auto idAt = [&](int proxyRow) { return m_proxy->index(proxyRow, 0, proxyUsers()).data(Roles::GraphIdRole); };
    const auto sourceId = [&](int row) { return m_model->index(row, 0, users).data(Roles::GraphIdRole); };

    m_proxy->setSortKey(DirectoryFilterModel::SortKey::PixelSize, Qt::DescendingOrder);
    QCOMPARE(idAt(0), sourceId(6));
    QCOMPARE(idAt(1), sourceId(5));
    QCOMPARE(idAt(2), sourceId(7));
    m_proxy->setSortKey(DirectoryFilterModel::SortKey::PixelSize, Qt::AscendingOrder);
    QCOMPARE(idAt(0), sourceId(7));
    QCOMPARE(idAt(2), sourceId(6));
    QVERIFY(!m_proxy->index(3, 0, proxyUsers()).data(Roles::PhotoPixelSizeRole).isValid());

    m_proxy->setSortKey(DirectoryFilterModel::SortKey::Bytes, Qt::AscendingOrder);
    QCOMPARE(idAt(0), sourceId(6));
    QCOMPARE(idAt(1), sourceId(5));
    QCOMPARE(idAt(2), sourceId(7));

    m_model->setPhotoStatus(pathAt(20), PhotoStatus::Error);
    m_proxy->setSortKey(DirectoryFilterModel::SortKey::Status, Qt::AscendingOrder);
    QCOMPARE(PhotoStatus(m_proxy->index(0, 0, proxyUsers()).data(Roles::PhotoStateRole).toInt()), PhotoStatus::Photo);
    QCOMPARE(idAt(4), sourceId(20)); // four photos, then the error, then the unknown
    QVERIFY(!m_proxy->index(5, 0, proxyUsers()).data(Roles::PhotoStateRole).isValid());

    m_proxy->setSortKey(DirectoryFilterModel::SortKey::Listing);
    QCOMPARE(idAt(0), sourceId(0));
    QCOMPARE(idAt(29), sourceId(29));
}

void TestDirectoryFilterModel::theProxyNeverFetches()
{
    // With a page of users loaded (and more to come: the users node can still fetch), filtering, sorting and
    // reading every row through the proxy sends nothing.
    m_model->setPageSize(20);
    const QModelIndex users = m_model->topIndex(NodeKind::Users);
    m_model->fetchMore(users);
    QTRY_VERIFY_WITH_TIMEOUT(stateOf(users) != FetchState::Loading, 10000);
    QCOMPARE(m_model->rowCount(users), 20);
    QVERIFY(m_model->canFetchMore(users));
    const quint64 before = m_emulator->requestCount();

    const auto readEverything = [this]() {
        std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
            for (int row = 0; row < m_proxy->rowCount(parent); ++row) {
                const QModelIndex i = m_proxy->index(row, 0, parent);
                for (int role : {int(Qt::DisplayRole), int(Qt::DecorationRole), int(Qt::ToolTipRole),
                                 int(Roles::PhotoStateRole), int(Roles::FetchStateRole)}) {
                    i.data(role);
                }
                if (m_proxy->hasChildren(i)) {
                    walk(i);
                }
            }
        };
        walk(QModelIndex());
    };
    readEverything();
    for (const QString& text : {QStringLiteral("a"), QStringLiteral("zz"), QString()}) {
        m_proxy->setFilterText(text);
        readEverything();
    }
    for (const auto status : {DirectoryFilterModel::StatusNone, DirectoryFilterModel::StatusUnknown,
                              DirectoryFilterModel::StatusPhoto, DirectoryFilterModel::AnyStatus}) {
        m_proxy->setStatusFilter(status);
        readEverything();
    }
    for (const auto key : {DirectoryFilterModel::SortKey::Bytes, DirectoryFilterModel::SortKey::Status,
                           DirectoryFilterModel::SortKey::PixelSize, DirectoryFilterModel::SortKey::Name}) {
        m_proxy->setSortKey(key);
        readEverything();
    }
    QCoreApplication::processEvents();
    QCOMPARE(m_emulator->requestCount(), before);
    QVERIFY(!m_model->isLoading());
    QCOMPARE(m_model->rowCount(users), 20);
}

QTEST_MAIN(TestDirectoryFilterModel)
#include "TestDirectoryFilterModel.moc"
