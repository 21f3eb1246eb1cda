#include "ItemPath.h"

#include <QCoreApplication>
#include <QUrl>

namespace Portrait {

namespace {

bool same(const QString& a, const char16_t* b)
{
    return a.compare(QStringView(b), Qt::CaseInsensitive) == 0;
}

/// A key Graph can be addressed by: not empty, and not a dot segment that a server folds into its parent.
bool isKey(const QString& key)
{
    return !key.isEmpty() && key != QLatin1String(".") && key != QLatin1String("..");
}

/// An owner or a contact folder, where empty means `me` or the default folder.
bool isOptionalKey(const QString& owner)
{
    return owner.isEmpty() || isKey(owner);
}

ItemPath fail(QString* error, const QString& message)
{
    if (error) {
        *error = message;
    }
    return {};
}

} // namespace

ItemPath ItemPath::me()
{
    ItemPath p;
    p.m_kind = Kind::Me;
    return p;
}

ItemPath ItemPath::user(const QString& idOrUpn)
{
    ItemPath p;
    p.m_kind = isKey(idOrUpn) ? Kind::User : Kind::Invalid;
    p.m_key = idOrUpn;
    return p;
}

ItemPath ItemPath::group(const QString& id)
{
    ItemPath p;
    p.m_kind = isKey(id) ? Kind::Group : Kind::Invalid;
    p.m_key = id;
    return p;
}

ItemPath ItemPath::contact(const QString& id, const QString& owner, const QString& folderId)
{
    ItemPath p;
    p.m_kind = isKey(id) && isOptionalKey(owner) && isOptionalKey(folderId) ? Kind::Contact : Kind::Invalid;
    p.m_key = id;
    p.m_owner = owner;
    p.m_folderId = folderId;
    return p;
}

ItemPath ItemPath::users()
{
    ItemPath p;
    p.m_kind = Kind::Users;
    return p;
}

ItemPath ItemPath::groups()
{
    ItemPath p;
    p.m_kind = Kind::Groups;
    return p;
}

ItemPath ItemPath::groupMembers(const QString& groupId)
{
    ItemPath p;
    p.m_kind = isKey(groupId) ? Kind::GroupMembers : Kind::Invalid;
    p.m_key = groupId;
    return p;
}

ItemPath ItemPath::contacts(const QString& owner)
{
    ItemPath p;
    p.m_kind = isOptionalKey(owner) ? Kind::Contacts : Kind::Invalid;
    p.m_owner = owner;
    return p;
}

ItemPath ItemPath::contactFolders(const QString& owner)
{
    ItemPath p;
    p.m_kind = isOptionalKey(owner) ? Kind::ContactFolders : Kind::Invalid;
    p.m_owner = owner;
    return p;
}

ItemPath ItemPath::folderContacts(const QString& folderId, const QString& owner)
{
    ItemPath p;
    p.m_kind = isKey(folderId) && isOptionalKey(owner) ? Kind::FolderContacts : Kind::Invalid;
    p.m_owner = owner;
    p.m_folderId = folderId;
    return p;
}

ItemPath ItemPath::parse(const QString& input, QString* error)
{
    QString text = input.trimmed();
    if (text.isEmpty()) {
        return fail(error, QCoreApplication::translate("Portrait::ItemPath", "empty address"));
    }
    if (text.startsWith(u'/')) {
        text.remove(0, 1);
    }
    if (text.endsWith(u'/')) {
        text.chop(1);
    }
    // Keys may be given percent-encoded (as pasted from a URL) or plain; '#' can only be plain.
    const QStringList raw = text.split(u'/');
    QStringList seg;
    seg.reserve(raw.size());
    for (const QString& s : raw) {
        if (s.isEmpty()) {
            return fail(error, QCoreApplication::translate("Portrait::ItemPath", "empty segment in '%1'").arg(input));
        }
        seg.append(s.contains(u'%') ? QUrl::fromPercentEncoding(s.toUtf8()) : s);
        if (!isKey(seg.last())) {
            // "users/.." or "me/contacts/%2E" would name the parent on the wire (RFC 3986 §5.2.4).
            return fail(error, QStringLiteral("'%1' cannot be a key in '%2'").arg(seg.last(), input));
        }
    }

    // Owner prefix: "me" or "users/{u}".
    QString owner;
    qsizetype i = 0;
    bool isMe = false;
    if (same(seg[0], u"me")) {
        isMe = true;
        i = 1;
    } else if (same(seg[0], u"users")) {
        if (seg.size() == 1) {
            return users();
        }
        owner = seg[1];
        i = 2;
    } else if (same(seg[0], u"groups")) {
        if (seg.size() == 1) {
            return groups();
        }
        if (seg.size() == 2) {
            return group(seg[1]);
        }
        if (seg.size() == 3 && same(seg[2], u"members")) {
            return groupMembers(seg[1]);
        }
        return fail(error,
                    QCoreApplication::translate("Portrait::ItemPath",
                                                "unknown group address '%1' (use groups/{id} or groups/{id}/members)")
                        .arg(input));
    } else {
        return fail(error,
                    QCoreApplication::translate("Portrait::ItemPath",
                                                "unknown address '%1': it must start with me, users, or groups")
                        .arg(input));
    }

    const qsizetype rest = seg.size() - i;
    if (rest == 0) {
        return isMe ? me() : user(owner);
    }
    if (same(seg[i], u"contacts")) {
        if (rest == 1) {
            return contacts(owner);
        }
        if (rest == 2) {
            return contact(seg[i + 1], owner);
        }
    } else if (same(seg[i], u"contactfolders")) {
        if (rest == 1) {
            return contactFolders(owner);
        }
        if (rest >= 3 && same(seg[i + 2], u"contacts")) {
            if (rest == 3) {
                return folderContacts(seg[i + 1], owner);
            }
            if (rest == 4) {
                return contact(seg[i + 3], owner, seg[i + 1]);
            }
        }
    }
    return fail(error, QCoreApplication::translate("Portrait::ItemPath", "unknown address '%1'").arg(input));
}

bool ItemPath::isCollection() const
{
    switch (m_kind) {
    case Kind::Users:
    case Kind::Groups:
    case Kind::GroupMembers:
    case Kind::Contacts:
    case Kind::ContactFolders:
    case Kind::FolderContacts:
        return true;
    default:
        return false;
    }
}

QString ItemPath::encodeSegment(const QString& segment)
{
    // Unreserved characters plus the sub-delims and ':' '@' that are legal in a path segment; everything
    // else ('#', '/', '?', '%', spaces, non-ASCII) is percent-encoded.
    return QString::fromLatin1(QUrl::toPercentEncoding(segment, QByteArrayLiteral("!$&'()*+,;=:@")));
}

QString ItemPath::ownerPrefix(bool encode) const
{
    if (m_owner.isEmpty()) {
        return QStringLiteral("me");
    }
    return QStringLiteral("users/") + (encode ? encodeSegment(m_owner) : m_owner);
}

QString ItemPath::build(bool encode) const
{
    const auto k = [encode](const QString& s) { return encode ? encodeSegment(s) : s; };
    switch (m_kind) {
    case Kind::Invalid:
        return {};
    case Kind::Me:
        return QStringLiteral("me");
    case Kind::User:
        return QStringLiteral("users/") + k(m_key);
    case Kind::Group:
        return QStringLiteral("groups/") + k(m_key);
    case Kind::Contact:
        if (m_folderId.isEmpty()) {
            return ownerPrefix(encode) + QStringLiteral("/contacts/") + k(m_key);
        }
        return ownerPrefix(encode) + QStringLiteral("/contactfolders/") + k(m_folderId) + QStringLiteral("/contacts/")
            + k(m_key);
    case Kind::Users:
        return QStringLiteral("users");
    case Kind::Groups:
        return QStringLiteral("groups");
    case Kind::GroupMembers:
        return QStringLiteral("groups/") + k(m_key) + QStringLiteral("/members");
    case Kind::Contacts:
        return ownerPrefix(encode) + QStringLiteral("/contacts");
    case Kind::ContactFolders:
        return ownerPrefix(encode) + QStringLiteral("/contactfolders");
    case Kind::FolderContacts:
        return ownerPrefix(encode) + QStringLiteral("/contactfolders/") + k(m_folderId) + QStringLiteral("/contacts");
    }
    return {};
}

QString ItemPath::toString() const
{
    return build(false);
}

QString ItemPath::encoded() const
{
    return build(true);
}

QString ItemPath::photoPath() const
{
    return isPrincipal() ? encoded() + QStringLiteral("/photo") : QString();
}

QString ItemPath::photoValuePath() const
{
    return isPrincipal() ? encoded() + QStringLiteral("/photo/$value") : QString();
}

bool ItemPath::supportsPhotoSizes() const
{
    return m_kind == Kind::Me || m_kind == Kind::User || m_kind == Kind::Group;
}

QString ItemPath::photosPath() const
{
    return supportsPhotoSizes() ? encoded() + QStringLiteral("/photos") : QString();
}

QString ItemPath::photoSizePath(const QString& sizeId) const
{
    return supportsPhotoSizes() ? photosPath() + u'/' + encodeSegment(sizeId) : QString();
}

QString ItemPath::photoSizeValuePath(const QString& sizeId) const
{
    return supportsPhotoSizes() ? photoSizePath(sizeId) + QStringLiteral("/$value") : QString();
}

} // namespace Portrait
