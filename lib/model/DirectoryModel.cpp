#include "DirectoryModel.h"

#include "base/GraphError.h"
#include "graph/DisplayText.h"
#include "graph/GraphClient.h"
#include "graph/ListJob.h"
#include "graph/ObjectJob.h"
#include "model/ModelLogging.h"

#include <algorithm>
#include <vector>

namespace Portrait {

/// One node of the tree. Nodes own their children; rows never move once appended (only refresh() removes).
struct DirectoryModel::Node
{
    /// For My contacts: which collection the next page comes from.
    enum class Phase
    {
        Folders,
        Contacts,
    };

    NodeKind kind = NodeKind::User;
    Node* parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;

    DirectoryObject object; ///< principals and folders; Me once fetched
    ItemPath path; ///< the principal, or the collection of a top container
    ItemPath collection; ///< what fetchMore() lists (containers only)

    FetchState state = FetchState::NotFetched;
    QUrl nextLink;
    Phase phase = Phase::Folders;
    GraphError error;
    qint64 total = -1;

    bool isContainer() const
    {
        return kind == NodeKind::Users || kind == NodeKind::Groups || kind == NodeKind::MyContacts
            || kind == NodeKind::Group || kind == NodeKind::ContactFolder;
    }
    bool isTop() const
    {
        return kind == NodeKind::Me || kind == NodeKind::Users || kind == NodeKind::Groups
            || kind == NodeKind::MyContacts;
    }
    bool isPrincipal() const
    {
        return kind == NodeKind::Me || kind == NodeKind::User || kind == NodeKind::Group || kind == NodeKind::Contact;
    }
    bool canFetch() const
    {
        if (kind != NodeKind::Me && !isContainer()) {
            return false;
        }
        return state == FetchState::NotFetched || state == FetchState::Partial || state == FetchState::Failed;
    }
    /// The collection the next page comes from.
    ItemPath nextCollection() const
    {
        if (kind == NodeKind::MyContacts) {
            return phase == Phase::Folders ? ItemPath::contactFolders() : ItemPath::contacts();
        }
        return collection;
    }
};

DirectoryModel::DirectoryModel(GraphClient* client, QObject* parent)
    : QAbstractItemModel(parent)
    , m_client(client)
    , m_root(std::make_unique<Node>())
{
    buildTopNodes();
}

DirectoryModel::~DirectoryModel()
{
    cancelJobs();
}

void DirectoryModel::setPageSize(int size)
{
    m_pageSize = qBound(1, size, 999);
}

void DirectoryModel::buildTopNodes()
{
    m_root = std::make_unique<Node>();
    m_root->state = FetchState::Done;
    m_nodesByPath.clear();
    // Room for 131,072 principals before the index grows (some 300 kB): growing it rehashes every entry at
    // once, a 15-30 ms stall of the GUI thread at 65,536 users.
    m_nodesByPath.reserve(1 << 17);
    m_photos.clear();
    m_photos.reserve(1 << 17); // as for the index above: thumbnails fill it for every face scrolled past
    const auto add = [this](NodeKind kind, const ItemPath& path, const ItemPath& collection) {
        auto node = std::make_unique<Node>();
        node->kind = kind;
        node->parent = m_root.get();
        node->row = int(m_root->children.size());
        node->path = path;
        node->collection = collection;
        if (kind == NodeKind::Me) {
            indexNode(path.toString(), node.get());
        }
        m_root->children.push_back(std::move(node));
    };
    add(NodeKind::Me, ItemPath::me(), {});
    add(NodeKind::Users, ItemPath::users(), ItemPath::users());
    add(NodeKind::Groups, ItemPath::groups(), ItemPath::groups());
    add(NodeKind::MyContacts, ItemPath::contacts(), ItemPath::contacts());
}

void DirectoryModel::cancelJobs()
{
    const auto jobs = m_jobs.keys();
    m_jobs.clear();
    for (GraphJob* job : jobs) {
        disconnect(job, nullptr, this, nullptr);
        job->abort();
        job->deleteLater();
    }
}

void DirectoryModel::refresh()
{
    beginResetModel();
    cancelJobs();
    buildTopNodes();
    endResetModel();
}

QModelIndex DirectoryModel::topIndex(NodeKind kind) const
{
    for (const auto& child : m_root->children) {
        if (child->kind == kind) {
            return indexOf(child.get());
        }
    }
    return {};
}

ItemPath DirectoryModel::pathOf(const QModelIndex& index) const
{
    const Node* node = index.isValid() ? nodeOf(index) : nullptr;
    return node ? node->path : ItemPath();
}

void DirectoryModel::setPhotoStatus(const ItemPath& principal, PhotoStatus status)
{
    const QString key = principal.toString();
    PhotoFacts& facts = m_photos[key];
    if (facts.status == status) {
        return;
    }
    facts.status = status;
    notifyPhoto(key, {Roles::PhotoStateRole});
}

void DirectoryModel::setPhotoInfo(const ItemPath& principal, const PhotoInfo& info, bool largest)
{
    const QString key = principal.toString();
    PhotoFacts& facts = m_photos[key];
    QList<int> roles;
    if (facts.status != info.status || facts.reason != info.reason) {
        facts.status = info.status;
        facts.reason = info.reason;
        roles << Roles::PhotoStateRole << Roles::PhotoReasonRole << Qt::ToolTipRole;
    }
    if (!info.etag.isEmpty() && facts.etag != info.etag) {
        facts.etag = info.etag;
        roles << Roles::PhotoEtagRole;
    }
    if (largest) {
        const int edge = info.hasPhoto() ? qMax(info.width, info.height) : -1;
        if (edge != facts.pixelSize) {
            facts.pixelSize = edge;
            roles << Roles::PhotoPixelSizeRole;
        }
        const qint64 bytes = info.hasPhoto() ? info.bytes : -1;
        if ((info.hasBytes() || !info.hasPhoto()) && bytes != facts.bytes) {
            facts.bytes = bytes;
            roles << Roles::PhotoBytesRole;
        }
    }
    if (!roles.isEmpty()) {
        notifyPhoto(key, roles);
    }
}

void DirectoryModel::notifyPhoto(const QString& key, const QList<int>& roles)
{
    const auto nodes = nodesOf(key);
    for (Node* node : nodes) {
        const QModelIndex idx = indexOf(node);
        emit dataChanged(idx, idx, roles);
    }
}

void DirectoryModel::indexNode(const QString& path, Node* node)
{
    m_nodesByPath.insert(qHash(path), node);
}

QList<DirectoryModel::Node*> DirectoryModel::nodesOf(const QString& path) const
{
    QList<Node*> nodes;
    const auto [first, last] = m_nodesByPath.equal_range(qHash(path));
    for (auto it = first; it != last; ++it) {
        Node* node = it.value();
        // Me is indexed under `me` and under its users/{id}.
        if (node->path.toString() == path || node->object.path.toString() == path) {
            nodes << node;
        }
    }
    return nodes;
}

const DirectoryModel::PhotoFacts* DirectoryModel::photoFactsOf(const Node* node) const
{
    auto it = m_photos.constFind(node->path.toString());
    if (it == m_photos.cend() && node->kind == NodeKind::Me && node->object.path.isValid()) {
        it = m_photos.constFind(node->object.path.toString());
    }
    return it == m_photos.cend() ? nullptr : &*it;
}

bool DirectoryModel::isSearchable(const Node* node) const
{
    return node->kind == NodeKind::Users || node->kind == NodeKind::Groups || node->kind == NodeKind::Group;
}

void DirectoryModel::setSearchText(const QString& text)
{
    const QString search = text.simplified();
    if (search == m_search) {
        return;
    }
    m_search = search;
    relistForSearch(m_root.get());
}

void DirectoryModel::relistForSearch(Node* node)
{
    if (isSearchable(node) && node->state != FetchState::NotFetched) {
        clearChildren(node);
        node->state = FetchState::NotFetched;
        node->nextLink.clear();
        node->total = -1;
        node->error = {};
        nodeChanged(node);
        startPage(node);
        return;
    }
    for (const auto& child : node->children) {
        if (child->isContainer()) {
            relistForSearch(child.get());
        }
    }
}

void DirectoryModel::forgetSubtree(Node* node)
{
    for (const auto& child : node->children) {
        m_nodesByPath.remove(qHash(child->path.toString()), child.get());
        if (child->kind == NodeKind::Group) {
            forgetSubtree(child.get());
        }
    }
}

void DirectoryModel::clearChildren(Node* node)
{
    // Requests for this node or below are dropped: their pages would land in rows that are gone.
    for (auto it = m_jobs.begin(); it != m_jobs.end();) {
        const Node* owner = it.value();
        while (owner && owner != node) {
            owner = owner->parent;
        }
        if (!owner) {
            ++it;
            continue;
        }
        GraphJob* job = it.key();
        const QString what = describeLoad(it.value());
        it = m_jobs.erase(it);
        disconnect(job, nullptr, this, nullptr);
        job->abort();
        job->deleteLater();
        emit loadingFinished(what);
    }
    if (node->children.empty()) {
        return;
    }
    beginRemoveRows(indexOf(node), 0, int(node->children.size()) - 1);
    forgetSubtree(node);
    node->children.clear();
    endRemoveRows();
}

DirectoryModel::Node* DirectoryModel::nodeOf(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return m_root.get();
    }
    return static_cast<Node*>(index.internalPointer());
}

QModelIndex DirectoryModel::indexOf(const Node* node) const
{
    if (!node || node == m_root.get()) {
        return {};
    }
    return createIndex(node->row, 0, const_cast<Node*>(node));
}

QModelIndex DirectoryModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    const Node* node = nodeOf(parent);
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex DirectoryModel::parent(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return {};
    }
    return indexOf(nodeOf(index)->parent);
}

int DirectoryModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0) {
        return 0;
    }
    return int(nodeOf(parent)->children.size());
}

int DirectoryModel::columnCount(const QModelIndex& parent) const
{
    return 1;
}

bool DirectoryModel::hasChildren(const QModelIndex& parent) const
{
    if (parent.column() > 0) {
        return false;
    }
    const Node* node = nodeOf(parent);
    if (!node->children.empty()) {
        return true;
    }
    // An unfetched (or failed, retryable) container may have children; a finished empty one has none.
    return node->isContainer() && node->state != FetchState::Done;
}

Qt::ItemFlags DirectoryModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!nodeOf(index)->isContainer()) {
        f |= Qt::ItemNeverHasChildren;
    }
    return f;
}

bool DirectoryModel::canFetchMore(const QModelIndex& parent) const
{
    if (!parent.isValid() || parent.column() > 0) {
        return false;
    }
    return nodeOf(parent)->canFetch();
}

void DirectoryModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent) || !m_client) {
        return;
    }
    Node* node = nodeOf(parent);
    if (node->kind == NodeKind::Me) {
        startMe(node);
    } else {
        startPage(node);
    }
}

QString DirectoryModel::describeLoad(const Node* node) const
{
    const QString name = node->object.displayName.isEmpty() ? node->object.id : node->object.displayName;
    switch (node->kind) {
    case NodeKind::Me:
        return tr("the signed-in user");
    case NodeKind::Users:
        return tr("users");
    case NodeKind::Groups:
        return tr("groups");
    case NodeKind::MyContacts:
        return node->phase == Node::Phase::Folders ? tr("contact folders") : tr("contacts");
    case NodeKind::Group:
        return tr("members of %1").arg(name);
    case NodeKind::ContactFolder:
        return tr("contacts in %1").arg(name);
    case NodeKind::User:
    case NodeKind::Contact:
        break;
    }
    return name;
}

void DirectoryModel::nodeChanged(Node* node)
{
    const QModelIndex idx = indexOf(node);
    if (idx.isValid()) {
        emit dataChanged(idx, idx);
    }
}

void DirectoryModel::startMe(Node* node)
{
    auto* job = new ObjectJob(m_client, ItemPath::me(), this);
    m_jobs.insert(job, node);
    node->state = FetchState::Loading;
    node->error = {};
    nodeChanged(node);
    emit loadingStarted(describeLoad(node));
    connect(job, &GraphJob::finished, this, [this, node, job](GraphJob*) { meArrived(node, job); });
    job->start();
}

void DirectoryModel::startPage(Node* node)
{
    ListQuery query;
    query.pageSize = m_pageSize;
    query.maxPages = 1;
    if (!m_search.isEmpty() && isSearchable(node)) {
        if (m_searchMethod == SearchMethod::Search) {
            query.search = m_search;
        } else {
            QString term = m_search;
            term.replace(u'\'', QStringLiteral("''"));
            query.filter = QStringLiteral("startswith(displayName,'%1')").arg(term);
        }
    }
    const ItemPath collection = node->nextCollection();
    ListJob* job = node->nextLink.isEmpty() ? new ListJob(m_client, collection, query, this)
                                            : ListJob::continueFrom(m_client, collection, node->nextLink, query, this);
    m_jobs.insert(job, node);
    node->state = FetchState::Loading;
    node->error = {};
    nodeChanged(node);
    qCDebug(lcModel).noquote() << "loading" << describeLoad(node) << "from" << collection.toString()
                               << (node->nextLink.isEmpty() ? "(first page)" : "(next page)");
    emit loadingStarted(describeLoad(node));
    connect(job, &GraphJob::finished, this, [this, node, job](GraphJob*) { pageArrived(node, job); });
    job->start();
}

void DirectoryModel::failed(Node* node, GraphJob* job)
{
    const QString what = describeLoad(node);
    node->state = FetchState::Failed;
    node->error = job->error();
    qCDebug(lcModel).noquote() << "loading" << what << "failed:" << node->error.toString();
    nodeChanged(node);
    emit loadingFinished(what);
    emit errorOccurred(tr("Could not load %1: %2").arg(what, errorDisplayText(node->error)));
}

void DirectoryModel::meArrived(Node* node, ObjectJob* job)
{
    m_jobs.remove(job);
    job->deleteLater();
    if (job->hasError()) {
        failed(node, job);
        return;
    }
    node->object = job->object();
    node->state = FetchState::Done;
    // The signed-in user is also users/{id}: a photo status seen there applies here too.
    indexNode(node->object.path.toString(), node);
    nodeChanged(node);
    emit loadingFinished(describeLoad(node));
}

void DirectoryModel::pageArrived(Node* node, ListJob* job)
{
    m_jobs.remove(job);
    job->deleteLater();
    if (job->hasError()) {
        const GraphError& e = job->error();
        const bool searchRefused = !m_search.isEmpty() && isSearchable(node) && m_searchMethod == SearchMethod::Search
            && e.httpStatus == 400
            && (e.code == u"Request_UnsupportedQuery" || e.code == u"Request_BadRequest" || e.code == u"BadRequest");
        if (searchRefused && node->nextLink.isEmpty() && node->children.empty()) {
            // Graph does not allow $search here (docs/GRAPH.md#advanced-queries: no advanced queries, e.g. B2C):
            // startswith on displayName is the basic query every tenant allows.
            m_searchMethod = SearchMethod::StartsWith;
            emit loadingFinished(describeLoad(node));
            startPage(node);
            return;
        }
        failed(node, job);
        return;
    }
    const QString what = describeLoad(node);
    qCDebug(lcModel).noquote() << what << "page arrived:" << job->objects().size()
                               << "entries, more:" << !job->nextLink().isEmpty();
    appendChildren(node, job->objects());
    if (job->totalCount() >= 0 && node->kind != NodeKind::MyContacts) {
        node->total = job->totalCount();
    }
    node->nextLink = job->nextLink();
    bool continueWithContacts = false;
    if (node->nextLink.isEmpty()) {
        if (node->kind == NodeKind::MyContacts && node->phase == Node::Phase::Folders) {
            // The folders are all there; the default folder's contacts follow at once (v1.0 does not list the
            // default folder among the contact folders).
            node->phase = Node::Phase::Contacts;
            node->state = FetchState::Partial;
            continueWithContacts = true;
        } else {
            node->state = FetchState::Done;
            node->total = qint64(node->children.size());
        }
    } else {
        node->state = FetchState::Partial;
    }
    nodeChanged(node);
    emit loadingFinished(what);
    if (continueWithContacts) {
        startPage(node);
    }
}

void DirectoryModel::appendChildren(Node* node, const QList<DirectoryObject>& objects)
{
    if (objects.isEmpty()) {
        return;
    }
    const int first = int(node->children.size());
    beginInsertRows(indexOf(node), first, first + int(objects.size()) - 1);
    for (const DirectoryObject& object : objects) {
        auto child = std::make_unique<Node>();
        child->kind = nodeKind(object.kind);
        child->parent = node;
        child->row = int(node->children.size());
        child->object = object;
        child->path = object.path;
        if (child->kind == NodeKind::Group) {
            child->collection = ItemPath::groupMembers(object.id);
        } else if (child->kind == NodeKind::ContactFolder) {
            child->collection = object.path;
        } else {
            child->state = FetchState::Done;
        }
        indexNode(child->path.toString(), child.get());
        node->children.push_back(std::move(child));
    }
    endInsertRows();
}

QString DirectoryModel::nodeName(const Node* node) const
{
    QString name;
    switch (node->kind) {
    case NodeKind::Me:
        name = node->object.displayName.isEmpty() ? tr("Me") : tr("Me — %1").arg(node->object.displayName);
        break;
    case NodeKind::Users:
        name = tr("Users");
        break;
    case NodeKind::Groups:
        name = tr("Groups");
        break;
    case NodeKind::MyContacts:
        name = tr("My contacts");
        break;
    case NodeKind::User:
    case NodeKind::Group:
    case NodeKind::Contact:
    case NodeKind::ContactFolder:
        name = node->object.displayName;
        if (name.isEmpty()) {
            name = !node->object.userPrincipalName.isEmpty() ? node->object.userPrincipalName
                : !node->object.mail.isEmpty()               ? node->object.mail
                                                             : node->object.id;
        }
        break;
    }
    return name;
}

QString DirectoryModel::displayText(const Node* node) const
{
    const QString name = nodeName(node);
    const int loaded = int(node->children.size());
    switch (node->state) {
    case FetchState::Loading:
        return loaded > 0 ? tr("%1 (%2) — loading…").arg(name).arg(loaded) : tr("%1 — loading…").arg(name);
    case FetchState::Failed:
        return tr("%1 — failed").arg(name);
    case FetchState::Partial:
        if (node->total > loaded) {
            return tr("%1 (%2 of %3)").arg(name).arg(loaded).arg(node->total);
        }
        return tr("%1 (%2+)").arg(name).arg(loaded);
    case FetchState::Done:
        if (node->isContainer()) {
            return tr("%1 (%2)").arg(name).arg(loaded);
        }
        break;
    case FetchState::NotFetched:
        break;
    }
    return name;
}

QString DirectoryModel::toolTip(const Node* node) const
{
    if (node->state == FetchState::Failed) {
        return tr("Could not load %1: %2\nExpand or refresh to try again.")
            .arg(describeLoad(node), errorDisplayText(node->error));
    }
    if (node->state == FetchState::Loading) {
        return tr("Loading %1…").arg(describeLoad(node));
    }
    QStringList lines;
    if (!node->object.userPrincipalName.isEmpty()) {
        lines << node->object.userPrincipalName;
    } else if (!node->object.mail.isEmpty()) {
        lines << node->object.mail;
    }
    if (node->isContainer() && node->state != FetchState::NotFetched) {
        lines << tr("%n entries loaded", nullptr, int(node->children.size()));
    }
    if (node->isPrincipal()) {
        if (node->object.userType == u"Guest") {
            lines << tr("Guest (shown in italics)");
        }
        if ((node->kind == NodeKind::User || node->kind == NodeKind::Me) && node->object.isValid()
            && !node->object.accountEnabled) {
            lines << tr("Account disabled (shown in grey)");
        }
        // The photo's status in words and what to do about it, once a request has said.
        if (const PhotoFacts* facts = photoFactsOf(node); facts && facts->status) {
            const PhotoExplanation e = explainPhoto(*facts->status, facts->reason);
            lines << e.summary();
            if (!e.advice.isEmpty()) {
                lines << e.advice;
            }
        }
    }
    return lines.join(u'\n');
}

QVariant DirectoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::DoNotUseParent)) {
        return {};
    }
    const Node* node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        return displayText(node);
    case Qt::ToolTipRole: {
        const QString tip = toolTip(node);
        return tip.isEmpty() ? QVariant() : QVariant(plainToolTip(tip));
    }
    case Roles::KindRole:
        return int(node->kind);
    case Roles::GraphPathRole:
        return node->path.toString();
    case Roles::GraphIdRole:
        return node->object.id;
    case Roles::DisplayNameRole:
        if (node->kind == NodeKind::Me) {
            return node->object.displayName.isEmpty() ? tr("Me") : node->object.displayName;
        }
        return node->isTop() ? nodeName(node) : node->object.displayName;
    case Roles::UpnRole:
        return node->object.userPrincipalName;
    case Roles::MailRole:
        return node->object.mail;
    case Roles::UserTypeRole:
        return node->object.userType;
    case Roles::IsPrincipalRole:
        return node->isPrincipal();
    case Roles::IsContainerRole:
        return node->isContainer();
    case Roles::IsLoadingRole:
        return node->state == FetchState::Loading;
    case Roles::FetchStateRole:
        return int(node->state);
    case Roles::ErrorRole:
        return node->state == FetchState::Failed ? errorDisplayText(node->error) : QString();
    case Roles::ErrorCodeRole:
        return node->state == FetchState::Failed ? node->error.code : QString();
    case Roles::LoadedCountRole:
        return int(node->children.size());
    case Roles::TotalCountRole:
        return node->total;
    case Roles::HasMoreRole:
        return !node->nextLink.isEmpty() || (node->kind == NodeKind::MyContacts && node->state == FetchState::Partial);
    case Roles::PhotoStateRole: {
        const PhotoFacts* facts = photoFactsOf(node);
        return facts && facts->status ? QVariant(int(*facts->status)) : QVariant();
    }
    case Roles::PhotoPixelSizeRole: {
        const PhotoFacts* facts = photoFactsOf(node);
        return facts && facts->pixelSize >= 0 ? QVariant(facts->pixelSize) : QVariant();
    }
    case Roles::PhotoBytesRole: {
        const PhotoFacts* facts = photoFactsOf(node);
        return facts && facts->bytes >= 0 ? QVariant(facts->bytes) : QVariant();
    }
    case Roles::PhotoEtagRole: {
        const PhotoFacts* facts = photoFactsOf(node);
        return facts ? facts->etag : QString();
    }
    case Roles::PhotoReasonRole: {
        const PhotoFacts* facts = photoFactsOf(node);
        return facts ? facts->reason : QString();
    }
    case Roles::AccountEnabledRole:
        if (node->kind == NodeKind::User || (node->kind == NodeKind::Me && node->object.isValid())) {
            return node->object.accountEnabled;
        }
        return {};
    default:
        break;
    }
    return {};
}

QHash<int, QByteArray> DirectoryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(Roles::KindRole, QByteArrayLiteral("kind"));
    names.insert(Roles::GraphPathRole, QByteArrayLiteral("graphPath"));
    names.insert(Roles::GraphIdRole, QByteArrayLiteral("graphId"));
    names.insert(Roles::DisplayNameRole, QByteArrayLiteral("displayName"));
    names.insert(Roles::UpnRole, QByteArrayLiteral("userPrincipalName"));
    names.insert(Roles::MailRole, QByteArrayLiteral("mail"));
    names.insert(Roles::UserTypeRole, QByteArrayLiteral("userType"));
    names.insert(Roles::IsPrincipalRole, QByteArrayLiteral("isPrincipal"));
    names.insert(Roles::IsContainerRole, QByteArrayLiteral("isContainer"));
    names.insert(Roles::IsLoadingRole, QByteArrayLiteral("isLoading"));
    names.insert(Roles::FetchStateRole, QByteArrayLiteral("fetchState"));
    names.insert(Roles::ErrorRole, QByteArrayLiteral("error"));
    names.insert(Roles::ErrorCodeRole, QByteArrayLiteral("errorCode"));
    names.insert(Roles::LoadedCountRole, QByteArrayLiteral("loadedCount"));
    names.insert(Roles::TotalCountRole, QByteArrayLiteral("totalCount"));
    names.insert(Roles::HasMoreRole, QByteArrayLiteral("hasMore"));
    names.insert(Roles::PhotoStateRole, QByteArrayLiteral("photoState"));
    names.insert(Roles::AccountEnabledRole, QByteArrayLiteral("accountEnabled"));
    names.insert(Roles::PhotoPixelSizeRole, QByteArrayLiteral("photoPixelSize"));
    names.insert(Roles::PhotoBytesRole, QByteArrayLiteral("photoBytes"));
    names.insert(Roles::PhotoEtagRole, QByteArrayLiteral("photoEtag"));
    names.insert(Roles::PhotoReasonRole, QByteArrayLiteral("photoReason"));
    return names;
}

} // namespace Portrait
