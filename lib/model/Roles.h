#pragma once

#include "graph/DirectoryObject.h"

#include <QString>
#include <Qt>

namespace Portrait {

/**
 * @brief What a node of the DirectoryModel stands for (the value of Roles::KindRole, as an int).
 *
 * The four top nodes come first; the rest are the principals and folders found while browsing.
 */
enum class NodeKind
{
    Me, ///< top node: the signed-in user (`me`), fetched on its first fetchMore()
    Users, ///< top node: the `users` collection
    Groups, ///< top node: the `groups` collection
    MyContacts, ///< top node: the signed-in user's contact folders, then the contacts of the default folder
    User, ///< a user (`users/{id}`), a leaf
    Group, ///< a group (`groups/{id}`), expands to its members (users and nested groups)
    ContactFolder, ///< a contact folder (`me/contactfolders/{id}`), expands to its contacts
    Contact, ///< an Outlook contact, a leaf
};

/// The directory object a node stands for: Me and User are users; the top collections are Unknown.
DirectoryObject::Kind objectKind(NodeKind kind);
/// The node for a directory object of @p kind (a user for Unknown).
NodeKind nodeKind(DirectoryObject::Kind kind);
/**
 * @brief What a node is, in people's words: kindTitle() of its directory object ("User", "Group", "Contact",
 * "Contact folder"), "User (signed in)" for Me, "Collection" for the top collections.
 */
QString nodeKindTitle(NodeKind kind);

/**
 * @brief Where a container node stands in loading its children (the value of Roles::FetchStateRole, as an int).
 *
 * Principals that are not containers (users, contacts) are always Done; the Me node goes through the same
 * states while its own object is fetched.
 */
enum class FetchState
{
    NotFetched, ///< nothing asked yet; hasChildren() is true and canFetchMore() is true
    Loading, ///< one page (or the Me object) is on its way; canFetchMore() is false
    Partial, ///< some pages arrived and a nextLink is kept; canFetchMore() is true for the next page
    Done, ///< everything arrived
    Failed, ///< the last request failed (ErrorRole says why); canFetchMore() is true to retry it
};

/**
 * @brief The custom item roles of the DirectoryModel.
 *
 * Delegates, proxies and the detail pane read nodes only through these roles, never through the nodes.
 * The values are stable within a build; compare with the enum, not with numbers.
 */
namespace Roles {
enum Role
{
    KindRole = Qt::UserRole + 1, ///< int: a NodeKind
    GraphPathRole, ///< QString: the ItemPath (human form): the principal, or the collection a container lists
    GraphIdRole, ///< QString: the directory id of a principal or folder; empty for the top nodes but Me once known
    DisplayNameRole, ///< QString: the bare display name, without counts or state (Qt::DisplayRole adds those)
    UpnRole, ///< QString: userPrincipalName (users), else empty
    MailRole, ///< QString: mail (users, groups) or the first e-mail address (contacts), else empty
    UserTypeRole, ///< QString: `Member` or `Guest` for users, else empty
    IsPrincipalRole, ///< bool: the node has a photo address (me, user, group, contact)
    IsContainerRole, ///< bool: the node lists children (top nodes but Me, groups, contact folders)
    IsLoadingRole, ///< bool: a request for this node is on its way
    FetchStateRole, ///< int: a FetchState
    ErrorRole, ///< QString: the last failure of this node ("HTTP 401 InvalidAuthenticationToken: ..."), or empty
    ErrorCodeRole, ///< QString: Graph's error code of the last failure, or empty
    LoadedCountRole, ///< int: children loaded so far (containers), else 0
    TotalCountRole, ///< qint64: the total Graph reported (`@odata.count`), or the loaded count when Done, or -1
    HasMoreRole, ///< bool: a nextLink is kept, so fetchMore() loads another page
    PhotoStateRole, ///< int: the PhotoStatus last seen for this principal, or an invalid QVariant when unknown
    AccountEnabledRole, ///< bool: accountEnabled of a user (true when Graph did not say); invalid for other kinds
    PhotoPixelSizeRole, ///< int: the edge in pixels of the largest photo seen for this principal, or invalid
    PhotoBytesRole, ///< qint64: the size in bytes of the largest photo fetched for this principal, or invalid
    PhotoEtagRole, ///< QString: the photo's etag last seen for this principal (unquoted), or empty
    PhotoReasonRole, ///< QString: the reason code of the photo status last seen (`not-found`...), or empty
};
} // namespace Roles

} // namespace Portrait
