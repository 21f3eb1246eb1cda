#include "Roles.h"

#include "graph/DisplayText.h"

#include <QCoreApplication>

namespace Portrait {

DirectoryObject::Kind objectKind(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Me:
    case NodeKind::User:
        return DirectoryObject::Kind::User;
    case NodeKind::Group:
        return DirectoryObject::Kind::Group;
    case NodeKind::Contact:
        return DirectoryObject::Kind::Contact;
    case NodeKind::ContactFolder:
        return DirectoryObject::Kind::ContactFolder;
    case NodeKind::Users:
    case NodeKind::Groups:
    case NodeKind::MyContacts:
        break;
    }
    return DirectoryObject::Kind::Unknown;
}

NodeKind nodeKind(DirectoryObject::Kind kind)
{
    switch (kind) {
    case DirectoryObject::Kind::Group:
        return NodeKind::Group;
    case DirectoryObject::Kind::Contact:
        return NodeKind::Contact;
    case DirectoryObject::Kind::ContactFolder:
        return NodeKind::ContactFolder;
    case DirectoryObject::Kind::User:
    case DirectoryObject::Kind::Unknown:
        break;
    }
    return NodeKind::User;
}

QString nodeKindTitle(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Me:
        return QCoreApplication::translate("Portrait::NodeKind", "User (signed in)");
    case NodeKind::Users:
    case NodeKind::Groups:
    case NodeKind::MyContacts:
        return QCoreApplication::translate("Portrait::NodeKind", "Collection");
    case NodeKind::User:
    case NodeKind::Group:
    case NodeKind::ContactFolder:
    case NodeKind::Contact:
        break;
    }
    return kindTitle(objectKind(kind));
}

} // namespace Portrait
