#pragma once

#include "graph/DirectoryObject.h"
#include "graph/GraphClient.h"
#include "graph/ItemPath.h"
#include "graph/PhotoInfo.h"
#include "model/Roles.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>

#include <memory>
#include <optional>

namespace Portrait {

class GraphJob;
class ListJob;
class ObjectJob;

/**
 * @brief The directory as a lazy tree: Me, Users, Groups (with their members) and My contacts (folders, then
 * the contacts of the default folder).
 *
 * One column. The four top nodes exist from the start; nothing is requested until a view (or a caller) calls
 * fetchMore() on a node: rowCount(), data() and hasChildren() never start network work.
 * Each fetchMore() on a container asks for ONE page (`$top` = pageSize()); the `@odata.nextLink` is kept on the
 * node and the next fetchMore() continues from it. Rows are appended with beginInsertRows()/endInsertRows() when
 * the page arrives. A failed request leaves the node Failed with the error (Roles::ErrorRole, tool tip), and
 * fetchMore() on it tries again.
 *
 * The Me node is a leaf: its first fetchMore() fetches the signed-in user (ObjectJob on `me`) so the node can
 * show the name. My contacts lists `me/contactfolders` page by page, then continues with `me/contacts` (the
 * default folder, which v1.0 does not list as a folder) right after the last folder page.
 *
 * All state is exposed through the roles of Roles.h; nodes never leave the model.
 */
class DirectoryModel : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DirectoryModel)

public:
    /// @p client is not owned and must outlive the model (or the model must be destroyed first).
    explicit DirectoryModel(GraphClient* client, QObject* parent = nullptr);
    ~DirectoryModel() override;

    /// The client every request goes through.
    GraphClient* client() const { return m_client; }

    /// Objects asked for per page (`$top`); default 100. Takes effect from the next page.
    int pageSize() const { return m_pageSize; }
    void setPageSize(int size);

    /// The index of a top node (Me, Users, Groups or MyContacts); invalid for any other kind.
    QModelIndex topIndex(NodeKind kind) const;
    /// The principal (or, for containers, the collection) a node stands for; invalid for an invalid index.
    ItemPath pathOf(const QModelIndex& index) const;
    /// True while any request of the model is on its way.
    bool isLoading() const { return !m_jobs.isEmpty(); }

    /**
     * @brief Records the photo status seen for @p principal (e.g. by the detail pane), for Roles::PhotoStateRole.
     *
     * Every node of that principal gets dataChanged() for the role. Forgotten on refresh().
     */
    void setPhotoStatus(const ItemPath& principal, PhotoStatus status);
    /**
     * @brief Records what a photo request found for @p principal: the status, the etag, and, when @p largest
     * says @p info describes the largest photo (`/photo`), its pixel size and bytes (Roles::PhotoPixelSizeRole,
     * Roles::PhotoBytesRole). A thumbnail (`/photos/48x48`) passes @p largest false: it says nothing about them.
     */
    void setPhotoInfo(const ItemPath& principal, const PhotoInfo& info, bool largest);

    /// How a search reaches Graph for users, groups and group members.
    enum class SearchMethod
    {
        Search, ///< `$search="displayName:…"` with `ConsistencyLevel: eventual` and `$count=true`
                ///< (docs/GRAPH.md#advanced-queries)
        StartsWith, ///< `$filter=startswith(displayName,'…')`, where the tenant does not allow `$search`
    };
    /**
     * @brief Lists users, groups and group members that match @p text (empty: everything).
     *
     * Those lists that were loaded are emptied and their first page is asked again with the search; lists not
     * loaded yet use it when a view fetches them. Contacts and contact folders are not touched: Graph cannot
     * search them (docs/GRAPH.md#contacts), the DirectoryFilterModel filters them on the client. When Graph refuses
     * `$search` (400, e.g. a B2C tenant), the model switches to SearchMethod::StartsWith and asks again.
     */
    void setSearchText(const QString& text);
    QString searchText() const { return m_search; }
    SearchMethod searchMethod() const { return m_searchMethod; }
    void setSearchMethod(SearchMethod method) { m_searchMethod = method; }

    /// Forgets everything loaded, cancels the requests on their way and resets the model to the four top nodes.
    void refresh();

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& index) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    /// A request started; @p what is for people ("users", "members of Sales").
    void loadingStarted(const QString& what);
    /// The request announced by loadingStarted(@p what) ended, with or without success.
    void loadingFinished(const QString& what);
    /// A request failed; @p message says what could not be loaded and Graph's error (code, request-id).
    void errorOccurred(const QString& message);

private:
    struct Node;

    Node* nodeOf(const QModelIndex& index) const;
    QModelIndex indexOf(const Node* node) const;
    void buildTopNodes();
    void cancelJobs();
    void nodeChanged(Node* node);
    QString describeLoad(const Node* node) const;
    QString nodeName(const Node* node) const;
    QString displayText(const Node* node) const;
    QString toolTip(const Node* node) const;
    void startMe(Node* node);
    void startPage(Node* node);
    void meArrived(Node* node, ObjectJob* job);
    void pageArrived(Node* node, ListJob* job);
    void appendChildren(Node* node, const QList<DirectoryObject>& objects);
    void failed(Node* node, GraphJob* job);
    bool isSearchable(const Node* node) const;
    void relistForSearch(Node* node);
    void clearChildren(Node* node);
    void forgetSubtree(Node* node);
    void notifyPhoto(const QString& key, const QList<int>& roles);

    QPointer<GraphClient> m_client;
    std::unique_ptr<Node> m_root;
    QHash<GraphJob*, Node*> m_jobs;
    /// Every node of a principal, by qHash() of its path (a principal can be in several lists). Keyed by the
    /// hash, not the string: growing the index at 100,000 users rehashes plain integers, not path strings.
    /// Hash collisions are told apart by nodesOf().
    QMultiHash<size_t, Node*> m_nodesByPath;
    void indexNode(const QString& path, Node* node);
    QList<Node*> nodesOf(const QString& path) const;
    struct PhotoFacts
    {
        std::optional<PhotoStatus> status;
        int pixelSize = -1;
        qint64 bytes = -1;
        QString etag;
        QString reason;
    };
    const PhotoFacts* photoFactsOf(const Node* node) const;
    QHash<QString, PhotoFacts> m_photos;
    int m_pageSize = 100;
    QString m_search;
    SearchMethod m_searchMethod = SearchMethod::Search;
};

} // namespace Portrait
