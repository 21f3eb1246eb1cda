#include "DirectoryObject.h"

#include <QJsonArray>

namespace Portrait {

QString DirectoryObject::kindName() const
{
    switch (kind) {
    case Kind::User:
        return QStringLiteral("user");
    case Kind::Group:
        return QStringLiteral("group");
    case Kind::Contact:
        return QStringLiteral("contact");
    case Kind::ContactFolder:
        return QStringLiteral("folder");
    case Kind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

static QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

static void readCommon(DirectoryObject& d, const QJsonObject& o)
{
    d.id = str(o, "id");
    d.displayName = str(o, "displayName");
    d.userPrincipalName = str(o, "userPrincipalName");
    d.employeeId = str(o, "employeeId");
    d.mail = str(o, "mail");
    d.userType = str(o, "userType");
    const QJsonValue enabled = o.value(QLatin1String("accountEnabled"));
    if (enabled.isBool()) {
        d.hasAccountEnabled = true;
        d.accountEnabled = enabled.toBool();
    }
    d.parentFolderId = str(o, "parentFolderId");
    if (d.kind == DirectoryObject::Kind::Contact && d.mail.isEmpty()) {
        const QJsonArray addresses = o.value(QLatin1String("emailAddresses")).toArray();
        if (!addresses.isEmpty()) {
            d.mail = addresses.first().toObject().value(QLatin1String("address")).toString();
        }
    }
}

DirectoryObject DirectoryObject::fromJson(const QJsonObject& o, const ItemPath& collection)
{
    DirectoryObject d;
    const QString type = str(o, "@odata.type");
    using K = ItemPath::Kind;
    switch (collection.kind()) {
    case K::Users:
        d.kind = Kind::User;
        break;
    case K::Groups:
        d.kind = Kind::Group;
        break;
    case K::Contacts:
    case K::FolderContacts:
        d.kind = Kind::Contact;
        break;
    case K::ContactFolders:
        d.kind = Kind::ContactFolder;
        break;
    default:
        break;
    }
    if (!type.isEmpty()) {
        // Members lists mix types; @odata.type decides ("#microsoft.graph.user").
        const QString t = type.section(u'.', -1).toLower();
        if (t == QLatin1String("user")) {
            d.kind = Kind::User;
        } else if (t == QLatin1String("group")) {
            d.kind = Kind::Group;
        } else if (t == QLatin1String("contact")) {
            d.kind = Kind::Contact;
        } else if (t == QLatin1String("contactfolder")) {
            d.kind = Kind::ContactFolder;
        } else {
            d.kind = Kind::Unknown; // device, servicePrincipal, orgContact...
        }
    }
    readCommon(d, o);
    if (d.id.isEmpty()) {
        d.kind = Kind::Unknown;
        return d;
    }
    switch (d.kind) {
    case Kind::User:
        d.path = ItemPath::user(d.id);
        break;
    case Kind::Group:
        d.path = ItemPath::group(d.id);
        break;
    case Kind::Contact:
        d.path = ItemPath::contact(d.id, collection.owner(),
                                   collection.kind() == K::FolderContacts ? collection.folderId() : QString());
        break;
    case Kind::ContactFolder:
        d.path = ItemPath::folderContacts(d.id, collection.owner());
        break;
    case Kind::Unknown:
        break;
    }
    if (!d.path.isValid()) {
        d.kind = Kind::Unknown; // an id such as ".." that no request can address
    }
    return d;
}

DirectoryObject DirectoryObject::fromPrincipalJson(const QJsonObject& o, const ItemPath& address)
{
    DirectoryObject d;
    switch (address.kind()) {
    case ItemPath::Kind::Me:
    case ItemPath::Kind::User:
        d.kind = Kind::User;
        break;
    case ItemPath::Kind::Group:
        d.kind = Kind::Group;
        break;
    case ItemPath::Kind::Contact:
        d.kind = Kind::Contact;
        break;
    default:
        return d;
    }
    readCommon(d, o);
    if (d.id.isEmpty()) {
        d.kind = Kind::Unknown;
        return d;
    }
    switch (d.kind) {
    case Kind::User:
        d.path = ItemPath::user(d.id);
        break;
    case Kind::Group:
        d.path = ItemPath::group(d.id);
        break;
    case Kind::Contact:
        d.path = ItemPath::contact(d.id, address.owner(), address.folderId());
        break;
    default:
        break;
    }
    if (!d.path.isValid()) {
        d.kind = Kind::Unknown; // an id such as ".." that no request can address
    }
    return d;
}

QString defaultSelect(const ItemPath& collection)
{
    using K = ItemPath::Kind;
    switch (collection.kind()) {
    case K::Users:
    case K::Me:
    case K::User:
        return QStringLiteral("id,displayName,userPrincipalName,mail,userType,accountEnabled");
    case K::Groups:
    case K::Group:
        return QStringLiteral("id,displayName,mail,groupTypes");
    case K::GroupMembers:
        // directoryObjects: Graph returns @odata.type regardless; these are the user/group fields we show.
        return QStringLiteral("id,displayName,userPrincipalName,mail,userType,accountEnabled");
    case K::Contacts:
    case K::FolderContacts:
    case K::Contact:
        return QStringLiteral("id,displayName,emailAddresses,parentFolderId");
    case K::ContactFolders:
        return QStringLiteral("id,displayName,parentFolderId");
    case K::Invalid:
        break;
    }
    return {};
}

} // namespace Portrait
