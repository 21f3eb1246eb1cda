#pragma once

#include "graph/ItemPath.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Portrait {

/**
 * @brief One entry of a directory listing: a user, group, contact or contact folder, as Graph gave it.
 *
 * `path` is the canonical, id-based address (`users/{id}`, `me/contactfolders/{f}/contacts/{id}`...).
 */
struct DirectoryObject
{
    enum class Kind
    {
        Unknown,
        User,
        Group,
        Contact,
        ContactFolder,
    };

    Kind kind = Kind::Unknown;
    QString id;
    QString displayName;
    QString userPrincipalName;
    QString mail;
    QString userType; ///< `Member` or `Guest` (users)
    QString employeeId; ///< users, when the listing asked for it (`$select`)
    bool accountEnabled = true; ///< users; true when Graph did not say
    bool hasAccountEnabled = false;
    QString parentFolderId; ///< contacts and folders
    ItemPath path;

    bool isValid() const { return kind != Kind::Unknown && !id.isEmpty(); }
    /// `user`, `group`, `contact` or `folder`.
    QString kindName() const;

    /**
     * @brief Reads one object of a listing.
     *
     * @p collection is the listing it came from: it decides the kind where `@odata.type` is absent and the
     * canonical path of contacts (owner and folder). Objects of other types in a members list (devices,
     * service principals, org contacts) come back with kind Unknown.
     */
    static DirectoryObject fromJson(const QJsonObject& object, const ItemPath& collection);
    /// Reads a single principal fetched at @p address (`me`, `users/{upn}`, a contact...).
    static DirectoryObject fromPrincipalJson(const QJsonObject& object, const ItemPath& address);
};

/// The `$select` Portrait asks for in a listing of @p collection (minimal, docs/GRAPH.md#listing-users-and-groups).
QString defaultSelect(const ItemPath& collection);

} // namespace Portrait

Q_DECLARE_METATYPE(Portrait::DirectoryObject)
