#pragma once

#include "emulator/AccessGrant.h"
#include "emulator/DemoTenantTypes.h"
#include "emulator/EmulatorReply.h"
#include "emulator/EmulatorRequest.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Portrait {

class DemoTenant;
class ODataQuery;

/**
 * @brief Answers Microsoft Graph requests from a DemoTenant, without any networking.
 *
 * Serves /v1.0 and /beta: /me, /users, /groups, members, contacts, contact folders and every photo
 * form (`/photo`, `/photo/$value`, `/photos`, `/photos/{size}`, `/photos/{size}/$value`) with
 * Graph's paging, `$select`, `$filter`, `$search`, `$count`, `ConsistencyLevel` rules and error
 * bodies. Every reply carries `request-id`, `client-request-id` and `Date`.
 *
 * Photos are written with PUT or PATCH `.../photo/$value` (users, groups, contacts) and removed with DELETE
 * `.../photo/$value` (users and groups), with Graph's refusals; `/beta/admin/people/photoUpdateSettings` serves
 * the tenant's photo policy.
 *
 * GraphEmulator feeds it requests from sockets; a `$batch` implementation can feed it inner requests.
 */
class GraphRequestHandler
{
public:
    /** @brief Serves @p tenant, which must outlive the handler. */
    explicit GraphRequestHandler(DemoTenant& tenant);

    /** @brief The bearer token every request must carry. */
    QString accessToken() const { return m_accessToken; }
    /** @brief Changes the expected bearer token and what it allows (by default every permission). */
    void setAccessToken(const QString& token, const AccessGrant& grant = AccessGrant::unrestricted())
    {
        m_accessToken = token;
        m_grant = grant;
    }
    /** @brief What the expected token allows. */
    const AccessGrant& grant() const { return m_grant; }

    /** @brief Produces the reply to one request (never throws, never blocks on the network). */
    EmulatorReply handle(const EmulatorRequest& request);

    /** @brief Graph's Content-Type for JSON payloads. */
    static QByteArray jsonContentType();

private:
    struct Context;
    struct PhotoTarget;
    struct DirectoryEntry
    {
        const DemoUser* user = nullptr;
        const DemoGroup* group = nullptr;
    };

    EmulatorReply route(Context& ctx, const QStringList& segments);
    EmulatorReply routeUser(Context& ctx, const DemoUser& user, bool viaMe, const QStringList& rest);
    EmulatorReply routeGroup(Context& ctx, const DemoGroup& group, const QStringList& rest);
    EmulatorReply routeContact(Context& ctx, const DemoUser& owner, const DemoContact& contact, const QString& folderId,
                               const QStringList& rest);
    EmulatorReply routePhoto(Context& ctx, const PhotoTarget& target, const QStringList& rest);
    EmulatorReply writePhoto(Context& ctx, const PhotoTarget& target);
    EmulatorReply routeAdmin(Context& ctx, const QStringList& rest);

    EmulatorReply listDirectory(Context& ctx, const QList<DirectoryEntry>& entries, const QString& setName);
    EmulatorReply countDirectory(Context& ctx, const QList<DirectoryEntry>& entries);
    EmulatorReply directoryEntity(Context& ctx, const DirectoryEntry& entry, const QString& setName);
    EmulatorReply listOutlook(Context& ctx, const QList<QJsonObject>& items, const QString& contextPath, bool contacts);
    EmulatorReply outlookEntity(Context& ctx, const QJsonObject& item, const QString& contextPath, bool contact);

    QJsonObject userJson(const DemoUser& user) const;
    QJsonObject groupJson(const DemoGroup& group) const;
    QJsonObject contactJson(const DemoContact& contact) const;
    QJsonObject folderJson(const DemoContactFolder& folder) const;
    QJsonObject entryJson(const Context& ctx, const DirectoryEntry& entry) const;

    EmulatorReply error(const Context& ctx, int status, const QString& code, const QString& message) const;
    EmulatorReply segmentError(const Context& ctx, const QString& segment) const;
    EmulatorReply json(const QJsonObject& object, int status = 200) const;
    EmulatorReply emptyNotFound() const;
    EmulatorReply methodNotAllowed(const Context& ctx, const QByteArray& allow) const;

    DemoTenant& m_tenant;
    QString m_accessToken;
    AccessGrant m_grant = AccessGrant::unrestricted();
};

} // namespace Portrait
