#include "ListJob.h"

#include "GraphClient.h"
#include "RequestScheduler.h"

namespace Portrait {

namespace {

QString encodeValue(const QString& value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value, QByteArrayLiteral("'(),:@!*$/")));
}

} // namespace

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

bool ListJob::matchesClientSearch(const DirectoryObject& object) const
{
    if (m_query.search.isEmpty() || usesServerSearch()) {
        return true;
    }
    // Graph cannot filter contacts by name (FACTS.md §2.5): match here.
    for (const QString& field : {object.displayName, object.mail, object.userPrincipalName}) {
        if (field.contains(m_query.search, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

HeaderList ListJob::headers() const
{
    HeaderList h;
    if (usesServerSearch()) {
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
        QString term = m_query.search;
        term.remove(u'"');
        query << QStringLiteral("$search=") + encodeValue(QStringLiteral("\"displayName:%1\"").arg(term));
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
        GraphPage page;
        QString parseError;
        if (!GraphPage::parse(response.body, &page, &parseError)) {
            GraphError e = GraphError::make(
                GraphError::Kind::Protocol,
                QStringLiteral("page %1 of %2: %3").arg(m_pages + 1).arg(m_collection.toString(), parseError),
                QStringLiteral("bad-page"));
            e.requestId = QString::fromLatin1(response.header("request-id"));
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
        QList<DirectoryObject> objects;
        objects.reserve(page.value.size());
        for (const QJsonObject& o : std::as_const(page.value)) {
            DirectoryObject d = DirectoryObject::fromJson(o, m_collection);
            if (!d.isValid() || !matchesClientSearch(d)) {
                continue;
            }
            if (m_query.maxItems >= 0 && m_objects.size() + objects.size() >= m_query.maxItems) {
                break;
            }
            objects.append(std::move(d));
        }
        m_objects += objects;
        const bool full = m_query.maxItems >= 0 && m_objects.size() >= m_query.maxItems;
        emit pageReceived(objects);
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
            setError(GraphError::make(
                GraphError::Kind::Protocol,
                QStringLiteral("stopped after %1 pages of %2").arg(m_pages).arg(m_collection.toString()),
                QStringLiteral("too-many-pages")));
            emitFinished();
            return;
        }
        fetch(page.nextLink);
    });
}

} // namespace Portrait
