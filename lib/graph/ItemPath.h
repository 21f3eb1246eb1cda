#pragma once

#include <QString>
#include <QStringList>

namespace Portrait {

/**
 * @brief An address in the directory, in the form of Graph's own paths.
 *
 * Parses and builds the principals (`me`, `users/{id|upn}`, `groups/{id}`, contacts in every seed form)
 * and the collections (`users`, `groups`, `groups/{id}/members`, contacts and contact folders) that
 * Portrait works on. Keys are kept decoded; the wire forms percent-encode every key segment, so guest UPNs
 * with `#EXT#` travel as `%23EXT%23`. `.` and `..` are never keys (on the wire they would name the parent).
 * A default-constructed ItemPath is invalid.
 */
class ItemPath
{
public:
    /// What the path names.
    enum class Kind
    {
        Invalid,
        Me, ///< `me`: the signed-in user
        User, ///< `users/{id|upn}`
        Group, ///< `groups/{id}`
        Contact, ///< `[users/{u}|me]/[contactfolders/{f}/]contacts/{id}`
        Users, ///< collection `users`
        Groups, ///< collection `groups`
        GroupMembers, ///< collection `groups/{id}/members`
        Contacts, ///< collection `[users/{u}|me]/contacts`
        ContactFolders, ///< collection `[users/{u}|me]/contactfolders`
        FolderContacts, ///< collection `[users/{u}|me]/contactfolders/{f}/contacts`
    };

    ItemPath() = default;

    /// Parses a Graph-style path (leading slash and `/photo...` suffix not allowed). Invalid on failure, with @p error.
    static ItemPath parse(const QString& text, QString* error = nullptr);

    static ItemPath me();
    static ItemPath user(const QString& idOrUpn);
    static ItemPath group(const QString& id);
    /// A contact. @p owner empty means `me`; @p folderId empty means the default folder.
    static ItemPath contact(const QString& id, const QString& owner = {}, const QString& folderId = {});
    static ItemPath users();
    static ItemPath groups();
    static ItemPath groupMembers(const QString& groupId);
    static ItemPath contacts(const QString& owner = {});
    static ItemPath contactFolders(const QString& owner = {});
    static ItemPath folderContacts(const QString& folderId, const QString& owner = {});

    Kind kind() const { return m_kind; }
    bool isValid() const { return m_kind != Kind::Invalid; }
    /// True for the collections (listable), false for principals.
    bool isCollection() const;
    /// True for principals that have a photo (me, user, group, contact).
    bool isPrincipal() const { return isValid() && !isCollection(); }
    bool isContact() const { return m_kind == Kind::Contact; }

    /// The principal's or group's key: user id/UPN, group id, contact id. Empty for `me` and plain collections.
    QString key() const { return m_key; }
    /// For contacts and contact collections: the owning user, empty for `me`.
    QString owner() const { return m_owner; }
    /// For contacts and folder collections: the contact folder id, empty for the default folder.
    QString folderId() const { return m_folderId; }

    /// Human form with decoded keys, e.g. `users/anna_x.com#EXT#@contoso.onmicrosoft.com`.
    QString toString() const;
    /// Wire form relative to the Graph root, keys percent-encoded, e.g. `users/anna_x.com%23EXT%23@...`.
    QString encoded() const;

    /// `{path}/photo`: metadata of the largest photo.
    QString photoPath() const;
    /// `{path}/photo/$value`: bytes of the largest photo.
    QString photoValuePath() const;
    /// `{path}/photos`: the sizes available (users and groups only).
    QString photosPath() const;
    /// `{path}/photos/{size}`: metadata of one size (users and groups only).
    QString photoSizePath(const QString& sizeId) const;
    /// `{path}/photos/{size}/$value`: bytes of one size (users and groups only).
    QString photoSizeValuePath(const QString& sizeId) const;
    /// Whether Graph serves `/photos` and `/photos/{size}` for this principal (contacts answer 400).
    bool supportsPhotoSizes() const;

    /// Percent-encodes one key segment for a Graph path (`#` → `%23`, `/` → `%2F`, `@` kept).
    static QString encodeSegment(const QString& segment);

    friend bool operator==(const ItemPath& a, const ItemPath& b) = default;

private:
    QString ownerPrefix(bool encode) const;
    QString build(bool encode) const;

    Kind m_kind = Kind::Invalid;
    QString m_key;
    QString m_owner;
    QString m_folderId;
};

} // namespace Portrait
