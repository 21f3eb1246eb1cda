#include "ScopeWalker.h"

#include "bulk/BulkLogging.h"
#include "graph/GraphClient.h"
#include "graph/ListJob.h"
#include "graph/ObjectJob.h"

namespace Portrait {

ScopeWalker::ScopeWalker(GraphClient* client, const QList<ItemPath>& scopes, QObject* parent)
    : Task(parent)
    , m_client(client)
    , m_todo(scopes.begin(), scopes.end())
{ }

ScopeWalker::~ScopeWalker()
{
    dropJob();
}

void ScopeWalker::dropJob()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
        m_job->deleteLater();
        m_job = nullptr;
    }
}

void ScopeWalker::run()
{
    next();
}

void ScopeWalker::stop()
{
    m_todo.clear();
    dropJob();
    finish(cancelledError());
}

void ScopeWalker::fail(const GraphError& error)
{
    qCDebug(lcBulk).noquote() << "scope walk failed:" << error.toString();
    m_todo.clear();
    finish(error);
}

void ScopeWalker::next()
{
    if (isFinishing()) {
        return;
    }
    if (m_todo.empty()) {
        qCDebug(lcBulk) << "scopes walked:" << m_seen.size() << "principals";
        finish();
        return;
    }
    const ItemPath scope = m_todo.front();
    m_todo.pop_front();
    qCDebug(lcBulk).noquote() << "walking" << scope.toString() << "(" << m_todo.size() << "more scopes to go)";
    if (scope.isCollection()) {
        walkCollection(scope);
    } else if (scope.isPrincipal()) {
        walkItem(scope);
    } else {
        fail(GraphError::make(
            GraphError::Kind::Protocol,
            trMessage(staticMetaObject.className(), QT_TR_NOOP("'%1' is not a scope")).arg(scope.toString())));
    }
}

void ScopeWalker::deliver(const QList<DirectoryObject>& objects, const ItemPath& from)
{
    QList<DirectoryObject> fresh;
    fresh.reserve(objects.size());
    for (const DirectoryObject& o : objects) {
        if (o.kind == DirectoryObject::Kind::ContactFolder) {
            // A folder listing: walk the folder's contacts next.
            m_todo.push_front(o.path);
            continue;
        }
        if (o.kind != DirectoryObject::Kind::User && o.kind != DirectoryObject::Kind::Group
            && o.kind != DirectoryObject::Kind::Contact) {
            continue;
        }
        if (m_transitive && from.kind() == ItemPath::Kind::GroupMembers && o.kind == DirectoryObject::Kind::Group
            && !m_expandedGroups.contains(o.id)) {
            m_expandedGroups.insert(o.id);
            m_todo.push_back(ItemPath::groupMembers(o.id));
        }
        const QString key = o.path.toString();
        if (m_seen.contains(key)) {
            continue;
        }
        m_seen.insert(key);
        fresh.append(o);
    }
    if (!fresh.isEmpty()) {
        emit principalsFound(fresh);
    }
}

void ScopeWalker::walkCollection(const ItemPath& collection)
{
    if (collection.kind() == ItemPath::Kind::GroupMembers) {
        m_expandedGroups.insert(collection.key());
    }
    ListQuery query;
    query.pageSize = m_pageSize;
    const auto kind = collection.kind();
    if (!m_extraUserFields.isEmpty() && (kind == ItemPath::Kind::Users || kind == ItemPath::Kind::GroupMembers)) {
        query.select = defaultSelect(collection) + u',' + m_extraUserFields.join(u',');
    }
    auto* job = new ListJob(m_client, collection, query, this);
    m_job = job;
    connect(job, &ListJob::pageReceived, this,
            [this, collection](const QList<DirectoryObject>& objects) { deliver(objects, collection); });
    connect(job, &GraphJob::finished, this, [this, job]() {
        job->deleteLater();
        m_job = nullptr;
        if (job->hasError()) {
            fail(job->error());
            return;
        }
        next();
    });
    job->start();
}

void ScopeWalker::walkItem(const ItemPath& item)
{
    auto* job = new ObjectJob(m_client, item, this);
    m_job = job;
    connect(job, &GraphJob::finished, this, [this, job, item]() {
        job->deleteLater();
        m_job = nullptr;
        if (job->hasError()) {
            fail(job->error());
            return;
        }
        deliver({job->object()}, item);
        next();
    });
    job->start();
}

} // namespace Portrait
