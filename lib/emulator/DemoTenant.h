#pragma once

#include "emulator/DemoTenantTypes.h"

#include <QCache>
#include <QHash>
#include <QList>
#include <QSize>
#include <QString>

namespace Portrait {

/**
 * @brief A deterministic, mutable Microsoft 365 directory for the Graph emulator.
 *
 * Users, groups, members, contact folders and contacts follow from DemoTenantOptions::seed alone.
 * Per-principal data is small; photos are rendered lazily per (principal, size) on first request
 * and their encoded bytes are kept in a bounded cache, so very large tenants stay cheap.
 *
 * User 0 is the signed-in user ("me"), an administrator with a photo; contacts and contact folders
 * belong to that user (other users have empty contact lists). Pointers returned by the find
 * functions stay valid until the next mutation.
 *
 * Not thread-safe: use it from the thread that owns the emulator.
 */
class DemoTenant
{
public:
    /** @brief The photo sizes Microsoft 365 stores: 48, 64, 96, 120, 240, 360, 432, 504 and 648. */
    static const QList<int>& graphPhotoSizes();
    /** @brief The tenant's verified domain, "contoso.onmicrosoft.com". */
    static QString domain();
    /** @brief The tenant (directory) id, a fixed GUID derived from the seed. */
    QString tenantId() const;

    /** @brief Builds the tenant described by @p options. */
    explicit DemoTenant(const DemoTenantOptions& options = {});
    ~DemoTenant();
    DemoTenant(const DemoTenant&) = delete;
    DemoTenant& operator=(const DemoTenant&) = delete;

    /** @brief The options the tenant was built from. */
    const DemoTenantOptions& options() const { return m_options; }

    // --- users ---
    /** @brief All users, in listing order. */
    const QList<DemoUser>& users() const { return m_users; }
    /** @brief The signed-in user ("me"), user 0. */
    const DemoUser& me() const;
    /** @brief A user by id or userPrincipalName (both case-insensitive), or nullptr. */
    const DemoUser* findUser(const QString& idOrUpn) const;

    // --- groups ---
    /** @brief All groups, in listing order. */
    const QList<DemoGroup>& groups() const { return m_groups; }
    /** @brief A group by id (case-insensitive), or nullptr. */
    const DemoGroup* findGroup(const QString& id) const;
    /** @brief The direct members of a group (users and nested groups) in listing order; removed users are skipped. */
    QList<DemoMember> members(const QString& groupId) const;

    // --- contacts (of the signed-in user) ---
    /** @brief The id of the default contacts folder ("Contacts"); not listed by /contactFolders in v1.0. */
    QString defaultContactFolderId() const { return m_defaultFolder.id; }
    /** @brief The additional contact folders (without the default folder). */
    const QList<DemoContactFolder>& contactFolders() const { return m_folders; }
    /** @brief A folder by id (including the default folder), or nullptr. */
    const DemoContactFolder* findContactFolder(const QString& id) const;
    /** @brief The contacts of one folder; an empty @p folderId means the default folder. */
    QList<const DemoContact*> contacts(const QString& folderId = {}) const;
    /** @brief Every contact of every folder. */
    const QList<DemoContact>& allContacts() const { return m_contacts; }
    /** @brief A contact by id (case-sensitive, like Outlook ids), or nullptr. */
    const DemoContact* findContact(const QString& id) const;

    // --- photos ---
    /** @brief What kind of principal @p id names (user, group, contact), or None. */
    PrincipalKind principalKind(const QString& id) const;
    /** @brief The photo record of a user, group or contact, or nullptr for an unknown id. */
    const DemoPhoto* photoInfo(const QString& principalId) const;
    /** @brief The sizes one can download, ascending; empty without a photo. Contacts have one size. */
    QList<int> availablePhotoSizes(const QString& principalId) const;
    /**
     * @brief The photo bytes of one size, rendering and caching them on first use.
     * @param edge the edge in pixels, or 0 for the largest available size (what `/photo/$value` serves).
     * @return a null asset when there is no photo or that size is not available.
     */
    PhotoAsset photo(const QString& principalId, int edge = 0) const;
    /** @brief The current etag (8 uppercase hex digits, unquoted) of a principal's photo; empty without one. */
    QString photoEtag(const QString& principalId) const;

    // --- mutations (for tests that change the tenant between two requests) ---
    /** @brief Sets the photo version: new bytes and a new etag. Returns false for an id without a photo. */
    bool setPhotoVersion(const QString& principalId, quint32 version);
    /** @brief Replaces the photo with a new picture (version + 1). Returns false for an id without a photo. */
    bool bumpPhoto(const QString& principalId);
    /** @brief Removes the photo (the principal then shows the 1x1 placeholder). */
    bool removePhoto(const QString& principalId);
    /** @brief Gives the principal a (new) photo with the given uploaded edge and format; clears "no mailbox". */
    bool addPhoto(const QString& principalId, int edge, PhotoFormat format = PhotoFormat::Jpeg);
    /** @brief Makes every photo request for this user fail with ErrorNonExistentMailbox. */
    bool setNoMailbox(const QString& userId);
    /** @brief Moves (or brings back) the user's mailbox on-premises: photo requests get
     * MailboxNotHostedInExchangeOnline. */
    bool setMailboxOnPremises(const QString& userId, bool onPremises = true);

    // --- uploads (what PUT/PATCH `.../photo/$value` stores) ---
    /** @brief The smallest width and height Graph stores a photo of; smaller uploads are refused. */
    static int minimumUploadEdge();
    /**
     * @brief The size an uploaded picture is shown at (its EXIF orientation applied), or an invalid size when
     * @p encoded is no image Qt can read. The whole stream is decoded (at a reduced scale where the format allows),
     * so a truncated or corrupt picture is told too.
     */
    static QSize uploadedImageSize(const QByteArray& encoded);
    /**
     * @brief Stores an uploaded picture as the principal's photo, the way Graph does: a new version and etag, and
     * every size up to min(width, height, 648) available; the picture is served centre-cropped to a square and
     * re-encoded as JPEG (so the bytes read back are not the bytes sent). The re-encoding happens on the first
     * read of the bytes, so that a write costs the emulator little more than reading the picture.
     * @return false for an unknown id, or a picture that is unreadable or under minimumUploadEdge().
     */
    bool uploadPhoto(const QString& principalId, const QByteArray& encoded);
    /** @brief True when the principal's current photo is an upload (not a painted demo photo). */
    bool hasUploadedPhoto(const QString& principalId) const;

    // --- tenant settings ---
    /** @brief The photo update policy served at `/beta/admin/people/photoUpdateSettings` (the demo: cloud). */
    const PhotoUpdateSettings& photoUpdateSettings() const { return m_photoSettings; }
    /** @brief Changes the photo update policy; `onPremises` makes Graph refuse user photo writes. */
    void setPhotoUpdateSettings(const PhotoUpdateSettings& settings) { m_photoSettings = settings; }
    /**
     * @brief Adds a user and returns its id.
     *
     * Empty fields of @p user are filled in: id (a new GUID), userPrincipalName (from the names),
     * mail, seed. The user has no photo unless @p user.photo says otherwise.
     */
    QString addUser(DemoUser user);
    /** @brief Removes a user (also from group memberships). Returns false for an unknown id. */
    bool removeUser(const QString& userId);

    // --- cache (for tests and benchmarks) ---
    /** @brief Bytes of encoded images currently cached. */
    qsizetype cachedImageBytes() const;
    /** @brief Bounds the image cache (default 64 MiB). */
    void setImageCacheLimit(qsizetype bytes);

private:
    void buildUsers();
    void buildGroups();
    void buildContacts();
    QString newGuid(quint64 salt);
    QString uniqueUpn(const QString& localPart, const QString& domain);
    void indexUsers();
    DemoPhoto* mutablePhoto(const QString& principalId);
    QString canonicalId(const QString& principalId) const;
    quint64 principalSeed(const QString& principalId, PrincipalKind* kind) const;
    QByteArray renderEncoded(const QString& principalId, const DemoPhoto& photo, int edge) const;
    /// An uploaded photo as stored: the re-encoded JPEG of its largest size.
    struct Upload
    {
        quint32 version = 0; ///< The DemoPhoto::version it belongs to; any later change supersedes it.
        QByteArray received; ///< The bytes sent, until they are re-encoded.
        QByteArray jpeg; ///< The largest size, re-encoded on first use.
        QByteArray digest; ///< Of the bytes received, so that the etag depends on the content too.
    };
    /// The re-encoded largest size of an upload, made on first use.
    QByteArray storedJpeg(const Upload& upload, int edge) const;
    /// The stored upload of @p canonical when it is the current version of its photo, else nullptr.
    const Upload* currentUpload(const QString& canonical, const DemoPhoto& photo) const;

    DemoTenantOptions m_options;
    quint64 m_guidCounter = 0;
    QList<DemoUser> m_users;
    QHash<QString, qsizetype> m_userById; // lowercase id → index
    QHash<QString, qsizetype> m_userByUpn; // lowercase UPN → index
    QHash<QString, int> m_upnSuffixes; // lowercase base UPN → next numeric suffix to try
    QList<DemoGroup> m_groups;
    QHash<QString, qsizetype> m_groupById;
    DemoContactFolder m_defaultFolder;
    QList<DemoContactFolder> m_folders;
    QList<DemoContact> m_contacts;
    QHash<QString, qsizetype> m_contactById;
    mutable QCache<QString, QByteArray> m_imageCache;
    mutable QHash<QString, QString> m_etags; // key: principal/version/edge/format of the largest size
    mutable QHash<QString, Upload> m_uploads; // canonical id → the uploaded photo
    PhotoUpdateSettings m_photoSettings;
};

} // namespace Portrait
