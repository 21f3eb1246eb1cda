#include "ListJob.h"

#include "graph/GraphClient.h"
#include "graph/RequestScheduler.h"
#include "graph/SearchText.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace Portrait {

namespace {

QString encodeValue(const QString& value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value, QByteArrayLiteral("'(),:@!*$/")));
}

/// Graph cannot filter contacts by name (docs/GRAPH.md#contacts): they are matched here. An empty @p search matches
/// all.
bool matchesSearch(const DirectoryObject& object, const SearchText& search)
{
    return search.matches({object.displayName, object.mail, object.userPrincipalName});
}

/// What a search asks Graph to match: the name, and the addresses an admin types (the whole address or its start,
/// "megan.bowen"). A group has no userPrincipalName, and a group's members are directory objects of several
/// types: only what all of them have.
QStringList searchProperties(ItemPath::Kind kind)
{
    switch (kind) {
    case ItemPath::Kind::Users:
        return {QStringLiteral("displayName"), QStringLiteral("userPrincipalName"), QStringLiteral("mail"),
                QStringLiteral("mailNickname")};
    case ItemPath::Kind::Groups:
        return {QStringLiteral("displayName"), QStringLiteral("mail"), QStringLiteral("mailNickname")};
    default:
        return {QStringLiteral("displayName"), QStringLiteral("mail")};
    }
}

} // namespace

/// One page as parsed on the thread pool.
struct ListJob::ParsedPage
{
    bool ok = false;
    QString error; ///< why the page is malformed, when !ok
    QList<DirectoryObject> objects; ///< valid, matching objects, at most the room left
    QUrl nextLink;
    qint64 count = -1;
    qint64 parseNs = 0;
};

ListJob::ParsedPage ListJob::parsePage(const QByteArray& body, const ItemPath& collection, const QString& clientSearch,
                                       qint64 room)
{
    QElapsedTimer clock;
    clock.start();
    ParsedPage parsed;
    GraphPage page;
    if (!GraphPage::parse(body, &page, &parsed.error)) {
        return parsed;
    }
    parsed.ok = true;
    parsed.nextLink = page.nextLink;
    parsed.count = page.count;
    parsed.objects.reserve(page.value.size());
    const SearchText search(clientSearch);
    for (const QJsonObject& o : std::as_const(page.value)) {
        DirectoryObject d = DirectoryObject::fromJson(o, collection);
        if (!d.isValid() || !matchesSearch(d, search)) {
            continue;
        }
        if (room >= 0 && parsed.objects.size() >= room) {
            break;
        }
        parsed.objects.append(std::move(d));
    }
    parsed.parseNs = clock.nsecsElapsed();
    return parsed;
}

ListJob::ListJob(GraphClient* client, const ItemPath& collection, const ListQuery& query, QObject* parent)
    : GraphJob(client, parent)
    , m_collection(collection)
    , m_query(query)
{ }

ListJob* ListJob::continueFrom(GraphClient* client, const ItemPath& collection, const QUrl& nextLink,
                               const ListQuery& query, QObject* parent)
{
    auto* job = new ListJob(client, collection, query, parent);
    job->m_start = nextLink;
    return job;
}

ListJob::~ListJob() = default;

bool ListJob::usesServerSearch() const
{
    const auto k = m_collection.kind();
    return !m_query.search.isEmpty()
        && (k == ItemPath::Kind::Users || k == ItemPath::Kind::Groups || k == ItemPath::Kind::GroupMembers);
}

bool ListJob::usesAdvancedQuery() const
{
    // $search always; $filter on a group's members too, which Graph serves from the advanced-query index only
    // (docs/GRAPH.md#group-members). A plain startswith on users or groups stays a basic query, which every tenant
    // allows.
    return usesServerSearch() || (!m_query.filter.isEmpty() && m_collection.kind() == ItemPath::Kind::GroupMembers);
}

HeaderList ListJob::headers() const
{
    HeaderList h;
    if (usesAdvancedQuery()) {
        h.append({QByteArrayLiteral("ConsistencyLevel"), QByteArrayLiteral("eventual")});
    }
    return h;
}

QUrl ListJob::firstUrl() const
{
    if (m_start.isValid()) {
        return m_start;
    }
    QStringList query;
    const QString select = m_query.select.isEmpty() ? defaultSelect(m_collection) : m_query.select;
    const bool contacts = m_collection.kind() == ItemPath::Kind::Contacts
        || m_collection.kind() == ItemPath::Kind::FolderContacts
        || m_collection.kind() == ItemPath::Kind::ContactFolders;
    int top = m_query.pageSize;
    if (m_query.maxItems > 0 && m_query.maxItems < top && m_query.search.isEmpty()) {
        top = int(m_query.maxItems);
    }
    if (top > 0) {
        query << QStringLiteral("$top=%1").arg(contacts ? qMin(top, 999) : qBound(1, top, 999));
    }
    if (!select.isEmpty()) {
        query << QStringLiteral("$select=") + encodeValue(select);
    }
    if (!m_query.filter.isEmpty()) {
        query << QStringLiteral("$filter=") + encodeValue(m_query.filter);
    }
    if (usesServerSearch()) {
        query << QStringLiteral("$search=")
                + encodeValue(graphSearch(m_query.search, searchProperties(m_collection.kind())));
    }
    if (usesAdvancedQuery()) {
        query << QStringLiteral("$count=true");
    }
    return client()->root().resolve(m_collection.encoded(), query.join(u'&'));
}

void ListJob::run()
{
    if (!m_collection.isCollection()) {
        setError(GraphError::make(GraphError::Kind::Protocol,
                                  QStringLiteral("'%1' is not a collection").arg(m_collection.toString())));
        emitFinished();
        return;
    }
    fetch(firstUrl());
}

void ListJob::fetch(const QUrl& url)
{
    // Every page waits for the scheduler's leave: directory and Outlook limits hold for listings too.
    RequestScheduler::of(client())->admitListing(m_collection, url, this, [this, url](PermitPtr permit) {
        if (!isFinished()) {
            fetchAdmitted(url, std::move(permit));
        }
    });
}

void ListJob::fetchAdmitted(const QUrl& url, PermitPtr permit)
{
    get(url, headers(), BodyKind::Json, [this, permit = std::move(permit)](const GraphResponse& response) mutable {
        permit.reset(); // the answer is in: the slot is free before the next page asks again
        if (!response.ok()) {
            setError(response.error);
            emitFinished();
            return;
        }
        // Parsed on the thread pool: the job's thread (the GUI's, in the GUI) only takes the objects.
        const QString clientSearch = usesServerSearch() ? QString() : m_query.search;
        const qint64 room = m_query.maxItems >= 0 ? qMax<qint64>(0, m_query.maxItems - m_objects.size()) : -1;
        const QString requestId = QString::fromLatin1(response.header("request-id"));
        auto* watcher = new QFutureWatcher<ParsedPage>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, requestId]() {
            watcher->deleteLater();
            // Aborted meanwhile (the error is set, finished() is on its way): the page is dropped.
            if (!isFinished() && !hasError()) {
                pageParsed(watcher->result(), requestId);
            }
        });
        watcher->setFuture(QtConcurrent::run(QThreadPool::globalInstance(), &ListJob::parsePage, response.body,
                                             m_collection, clientSearch, room));
    });
}

void ListJob::pageParsed(const ParsedPage& page, const QString& requestId)
{
    if (!page.ok) {
        GraphError e = GraphError::make(
            GraphError::Kind::Protocol,
            QStringLiteral("page %1 of %2: %3").arg(m_pages + 1).arg(m_collection.toString(), page.error),
            QStringLiteral("bad-page"));
        e.requestId = requestId;
        if (retryLast(e)) {
            return; // garbled in transit, most likely: the same page again
        }
        setError(e);
        emitFinished();
        return;
    }
    ++m_pages;
    if (m_pages == 1 || m_count < 0) {
        m_count = page.count;
    }
    qCDebug(lcGraph).noquote() << "page" << m_pages << "of" << m_collection.toString() << "parsed in"
                               << page.parseNs / 1000000.0 << "ms:" << page.objects.size() << "objects";
    m_objects += page.objects;
    const bool full = m_query.maxItems >= 0 && m_objects.size() >= m_query.maxItems;
    emit pageReceived(page.objects);
    if (page.nextLink.isEmpty() || full) {
        emitFinished();
        return;
    }
    if (m_query.maxPages > 0 && m_pages >= m_query.maxPages) {
        m_nextLink = page.nextLink;
        emitFinished();
        return;
    }
    if (m_pages >= client()->maxPages()) {
        setError(
            GraphError::make(GraphError::Kind::Protocol,
                             QStringLiteral("stopped after %1 pages of %2").arg(m_pages).arg(m_collection.toString()),
                             QStringLiteral("too-many-pages")));
        emitFinished();
        return;
    }
    fetch(page.nextLink);
}

} // namespace Portrait
