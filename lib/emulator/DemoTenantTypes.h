#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace Portrait {

/** @brief Size and shape of a demo tenant. Everything else follows deterministically from @ref seed. */
struct DemoTenantOptions
{
    quint32 seed = 42; ///< The same seed always gives the same tenant, byte for byte.
    int users = 250; ///< Number of users, including the signed-in user (user 0) and a few guests.
    int groups = 25; ///< Number of groups; group 0 is the large one (120+ members when there are enough users).
    int contacts = 30; ///< Contacts of the signed-in user in the default contacts folder.
    int contactFolders = 3; ///< Additional contact folders of the signed-in user.
    int contactsPerFolder = 8; ///< Contacts in each additional folder.
    /// False models a tenant without advanced queries (Azure AD B2C, docs/GRAPH.md#advanced-queries): `$search` answers
    /// 400.
    bool advancedQueries = true;
};

/** @brief The kind of object a directory id names. */
enum class PrincipalKind : quint8
{
    None, ///< Unknown id.
    User, ///< A user (member or guest).
    Group, ///< A group.
    Contact ///< An Outlook contact of the signed-in user.
};

/** @brief The image format a photo is stored in. */
enum class PhotoFormat : quint8
{
    Jpeg, ///< image/jpeg, quality 85.
    Png ///< image/png, sometimes with a transparent background.
};

/** @brief Whether a principal has a photo. */
enum class PhotoState : quint8
{
    None, ///< No photo: metadata is the 1x1 placeholder, $value is 404.
    Present, ///< A photo with the sizes up to DemoPhoto::edge.
    NoMailbox ///< The user has no mailbox: every photo endpoint answers 404 ErrorNonExistentMailbox.
};

/** @brief Which 404 error code a missing photo's $value reports (Graph uses both). */
enum class MissingPhotoCode : quint8
{
    ErrorItemNotFound, ///< "The photo wasn't found."
    ImageNotFound ///< "Exception of type 'Microsoft.Fast.Profile.Core.Exception.ImageNotFoundException' was thrown."
};

/** @brief The photo of one principal: small, the pixels are rendered only on request. */
struct DemoPhoto
{
    PhotoState state = PhotoState::None; ///< Present, none or no mailbox.
    PhotoFormat format = PhotoFormat::Jpeg; ///< Format of every size of this photo.
    MissingPhotoCode missingCode = MissingPhotoCode::ErrorItemNotFound; ///< Error code when there is no photo.
    quint16 edge = 0; ///< The uploaded edge in pixels; sizes up to it are available.
    quint32 version = 0; ///< Bumped on every change; part of the image seed, so bytes and etag change.
    /// The user's mailbox is hosted on-premises: Graph serves no photo for it and takes none
    /// (`MailboxNotHostedInExchangeOnline`). Independent of @ref state.
    bool onPremisesMailbox = false;

    /** @brief True when the principal has photo bytes to serve. */
    bool hasPhoto() const { return state == PhotoState::Present && edge > 0; }
};

/** @brief A user of the demo tenant (a subset of microsoft.graph.user). */
struct DemoUser
{
    QString id; ///< GUID, lowercase.
    QString displayName;
    QString givenName;
    QString surname;
    QString userPrincipalName; ///< Unique; guests look like `x_domain#EXT#@contoso.onmicrosoft.com`.
    QString mail;
    QString jobTitle;
    QString department;
    QString officeLocation;
    bool guest = false; ///< userType "Guest" instead of "Member".
    bool accountEnabled = true;
    quint64 seed = 0; ///< Drives derived fields (phones, dates) and the portrait.
    DemoPhoto photo;

    /** @brief "Member" or "Guest". */
    QString userType() const { return guest ? QStringLiteral("Guest") : QStringLiteral("Member"); }
};

/** @brief A group of the demo tenant (a subset of microsoft.graph.group). */
struct DemoGroup
{
    QString id; ///< GUID, lowercase.
    QString displayName;
    QString description;
    QString mail; ///< Empty (null) for groups that are not mail-enabled.
    QString mailNickname;
    bool mailEnabled = false;
    bool securityEnabled = true;
    bool unified = false; ///< groupTypes ["Unified"].
    QString visibility; ///< "Public", "Private" or empty (null).
    QStringList memberIds; ///< Ids of member users and nested groups (never a cycle).
    quint64 seed = 0;
    DemoPhoto photo;
};

/** @brief A contact folder of the signed-in user. */
struct DemoContactFolder
{
    QString id; ///< Opaque Outlook-style id.
    QString displayName;
    QString parentFolderId;
};

/** @brief One e-mail address of a contact. */
struct DemoEmailAddress
{
    QString name;
    QString address;
};

/** @brief An Outlook contact of the signed-in user (a subset of microsoft.graph.contact). */
struct DemoContact
{
    QString id; ///< Long opaque base64url-like id (may contain '-', '_' and end with '='); case-sensitive.
    QString parentFolderId;
    QString displayName;
    QString givenName;
    QString surname;
    QString companyName;
    QString jobTitle;
    QString mobilePhone;
    QList<DemoEmailAddress> emailAddresses;
    quint64 seed = 0;
    DemoPhoto photo; ///< Contacts have a single size (the edge) or none.
};

/** @brief A member of a group as listed by /groups/{id}/members. */
struct DemoMember
{
    PrincipalKind kind = PrincipalKind::None; ///< User or Group.
    QString id;
};

/**
 * @brief The tenant's photo update policy (`/beta/admin/people/photoUpdateSettings`): whether photos may be
 * changed through cloud services (`cloud`) or only come from the on-premises directory (`onPremises`, where
 * Graph refuses every user photo write), and which directory roles may change them.
 */
struct PhotoUpdateSettings
{
    QString source = QStringLiteral("cloud"); ///< `cloud` or `onPremises`.
    /// Role template ids allowed to change others' photos; the demo allows Global and User Administrators.
    QStringList allowedRoles{QStringLiteral("62e90394-69f5-4237-9190-012177145e10"),
                             QStringLiteral("fe930be7-5e62-47db-91af-98c3a49a38b1")};

    /** @brief True when cloud writes of user photos are refused. */
    bool onPremises() const { return source.compare(QLatin1String("onPremises"), Qt::CaseInsensitive) == 0; }
};

/** @brief The encoded bytes of one photo size, as served by `$value`. Null when there is no such photo. */
struct PhotoAsset
{
    QByteArray bytes; ///< The encoded image.
    QByteArray mediaType; ///< "image/jpeg" or "image/png".
    QString etag; ///< 8 uppercase hex digits, unquoted (the wire form is `"BA09D118"`).
    int width = 0;
    int height = 0;

    /** @brief True when there is no photo of that size. */
    bool isNull() const { return bytes.isEmpty(); }
};

} // namespace Portrait
