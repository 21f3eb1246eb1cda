#pragma once

#include "graph/DirectoryObject.h"
#include "graph/GraphJob.h"
#include "graph/GraphPage.h"
#include "graph/Permit.h"

namespace Portrait {

/// What to ask of a listing.
struct ListQuery
{
    QString search; ///< free text; `$search` for users and groups, client-side for contacts and folders
    QString filter; ///< raw OData `$filter`, passed through
    QString select; ///< `$select`; empty means defaultSelect() of the collection
    int pageSize = 999; ///< `$top` (Graph's maximum for directory objects)
    qint64 maxItems = -1; ///< stop after this many objects (-1: all)
    int maxPages = -1; ///< stop after this many pages and keep nextLink() (-1: follow to the end)
};

/**
 * @brief Lists a collection page by page, following `@odata.nextLink` inside the job.
 *
 * Emits pageReceived() for each page and finished() once after the last one (or at maxPages, with
 * nextLink() set so a later job can continue). Each page is admitted by the client's RequestScheduler first. `$search`
 * goes with `ConsistencyLevel: eventual` and
 * `$count=true`, and the header is sent again on every nextLink page (docs/GRAPH.md#paging). A nextLink on
 * another origin is refused: the job ends with a Security error and nothing is sent there.
 *
 * A page (up to 999 objects, some 360 kB of JSON) is parsed on the global thread pool, not on the job's thread:
 * at tenant scale parsing on the GUI thread stalled it. Pages stay in order (the next one is asked only once
 * the previous one is parsed and delivered); a job aborted or destroyed while its page is being parsed drops
 * the result and emits nothing more than abort() does.
 */
class ListJob : public GraphJob
{
    Q_OBJECT

public:
    ListJob(GraphClient* client, const ItemPath& collection, const ListQuery& query = {}, QObject* parent = nullptr);
    /// Continues a listing from a nextLink kept by an earlier job.
    static ListJob* continueFrom(GraphClient* client, const ItemPath& collection, const QUrl& nextLink,
                                 const ListQuery& query, QObject* parent = nullptr);
    ~ListJob() override;

    const ItemPath& collection() const { return m_collection; }
    /// Everything received, in order (valid after finished()).
    const QList<DirectoryObject>& objects() const { return m_objects; }
    /// Where the listing stopped when maxPages was reached, else empty.
    QUrl nextLink() const { return m_nextLink; }
    /// `@odata.count` of the first page, or -1.
    qint64 totalCount() const { return m_count; }
    int pagesFetched() const { return m_pages; }

    /// The first URL this job requests (pure; used by tests).
    QUrl firstUrl() const;

signals:
    void pageReceived(const QList<Portrait::DirectoryObject>& objects);

protected:
    void run() override;

private:
    struct ParsedPage;
    /// Parses @p body into directory objects (any thread: it touches nothing but its arguments).
    static ParsedPage parsePage(const QByteArray& body, const ItemPath& collection, const QString& clientSearch,
                                qint64 room);
    void fetch(const QUrl& url);
    void fetchAdmitted(const QUrl& url, PermitPtr permit);
    void pageParsed(const ParsedPage& page, const QString& requestId);
    bool usesServerSearch() const;
    bool usesAdvancedQuery() const;
    HeaderList headers() const;

    ItemPath m_collection;
    ListQuery m_query;
    QUrl m_start;
    QUrl m_nextLink;
    QList<DirectoryObject> m_objects;
    qint64 m_count = -1;
    int m_pages = 0;
};

} // namespace Portrait
