#pragma once

#include "base/Task.h"
#include "graph/DirectoryObject.h"
#include "graph/ItemPath.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <deque>

namespace Portrait {

class GraphClient;
class GraphJob;

/**
 * @brief Turns SCOPEs (CLI.md: `users`, `groups`, `groups/{id}/members`, `me/contacts`, `me/contactfolders`,
 * folder contacts, or single ITEMs) into the principals they hold, page by page, each principal once.
 *
 * `me/contactfolders` (and `users/{u}/contactfolders`) expands to the contacts of every folder. Members
 * lists yield users and groups (other directory objects are skipped); with setTransitive(true) nested
 * groups' members are walked too (each group once, so cycles end). Listings run one at a time and each
 * page is handed on at once, so photo work starts while the next page loads.
 *
 * principalsFound() may be emitted many times; finished() once (Task). A failed listing stops the walk with
 * error() set (what was found before stays found); abort() stops it with a Cancelled error.
 */
class ScopeWalker : public Task
{
    Q_OBJECT

public:
    ScopeWalker(GraphClient* client, const QList<ItemPath>& scopes, QObject* parent = nullptr);
    ~ScopeWalker() override;

    /// Walk nested groups' members too (for `groups/{id}/members`).
    void setTransitive(bool transitive) { m_transitive = transitive; }
    /// Properties of users asked for on top of the default `$select` (e.g. `employeeId`, for matching files).
    void setExtraUserFields(const QStringList& fields) { m_extraUserFields = fields; }
    /// Page size of the listings (`$top`, default 999).
    void setPageSize(int size) { m_pageSize = size; }

    /// Principals found so far (after de-duplication).
    qint64 foundCount() const { return m_seen.size(); }

signals:
    void principalsFound(const QList<Portrait::DirectoryObject>& principals);

protected:
    void run() override;
    void stop() override;

private:
    void next();
    void dropJob();
    void walkCollection(const ItemPath& collection);
    void walkItem(const ItemPath& item);
    void deliver(const QList<DirectoryObject>& objects, const ItemPath& from);
    void fail(const GraphError& error);

    QPointer<GraphClient> m_client;
    std::deque<ItemPath> m_todo;
    QSet<QString> m_seen; ///< canonical paths delivered
    QSet<QString> m_expandedGroups;
    QPointer<GraphJob> m_job;
    QStringList m_extraUserFields;
    int m_pageSize = 999;
    bool m_transitive = false;
};

} // namespace Portrait
