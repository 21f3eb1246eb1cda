#include "GraphRequestHandler.h"

#include "DemoRandom.h"
#include "DemoTenant.h"
#include "ODataFilter.h"
#include "ODataQuery.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Portrait {

namespace {

constexpr int kDirectoryDefaultPage = 100;
constexpr int kDirectoryMaxPage = 999;
constexpr int kOutlookDefaultPage = 10;
constexpr int kOutlookMaxPage = 1000;

const QString kSearchNeedsHeader = u"Request with $search query parameter only works through MSGraph with a special "
                                   "request header: 'ConsistencyLevel: eventual'"_s;

QByteArray newGuid()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

QString isoDate(quint64 seed)
{
    const qint64 base = QDateTime(QDate(2019, 3, 1), QTime(8, 0), QTimeZone::utc()).toSecsSinceEpoch();
    const qint64 offset = static_cast<qint64>(seed % (4ULL * 365 * 86400));
    return QDateTime::fromSecsSinceEpoch(base + offset, QTimeZone::utc()).toString(Qt::ISODate);
}

QString phone(quint64 seed)
{
    return u"+1 425 555 %1"_s.arg(seed % 10000, 4, 10, QLatin1Char('0'));
}

QJsonValue nullable(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

// Looks a property up ignoring case; returns Undefined when absent.
QJsonValue propertyOf(const QJsonObject& object, const QString& name)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0) {
            return it.value();
        }
    }
    return QJsonValue(QJsonValue::Undefined);
}

QString canonicalKey(const QJsonObject& object, const QString& name)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0) {
            return it.key();
        }
    }
    return {};
}

QStringList splitSelect(const QString& select)
{
    QStringList out;
    for (const QString& part : select.split(u',', Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty()) {
            out.append(trimmed);
        }
    }
    return out;
}

QJsonObject project(const QJsonObject& full, const QStringList& properties)
{
    QJsonObject out;
    for (const QString& property : properties) {
        const QString key = canonicalKey(full, property);
        if (!key.isEmpty()) {
            out.insert(key, full.value(key));
        }
    }
    return out;
}

/// A user's mail nickname: the part of the userPrincipalName before the @ (without a guest's #EXT#).
QString userMailNickname(const DemoUser& user)
{
    return user.userPrincipalName.section(u'@', 0, 0).remove(u"#EXT#"_s);
}

/// The properties a listing filters, searches and selects most, read straight from the tenant's structs: at
/// 100,000 users, building every user's full JSON for each page or search would take seconds. Undefined for
/// any other property (the caller then builds the full JSON). Names as Graph spells them.
QJsonValue quickProperty(const DemoUser* user, const DemoGroup* group, const QString& name)
{
    const auto text
        = [](const QString& value) { return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value); };
    const auto is = [&name](QStringView key) { return name.compare(key, Qt::CaseInsensitive) == 0; };
    if (user) {
        if (is(u"id")) {
            return user->id;
        }
        if (is(u"displayName")) {
            return user->displayName;
        }
        if (is(u"userPrincipalName")) {
            return user->userPrincipalName;
        }
        if (is(u"mail")) {
            return text(user->mail);
        }
        if (is(u"userType")) {
            return user->userType();
        }
        if (is(u"accountEnabled")) {
            return user->accountEnabled;
        }
        if (is(u"givenName")) {
            return text(user->givenName);
        }
        if (is(u"surname")) {
            return text(user->surname);
        }
        if (is(u"mailNickname")) {
            return userMailNickname(*user);
        }
    } else if (group) {
        if (is(u"id")) {
            return group->id;
        }
        if (is(u"displayName")) {
            return group->displayName;
        }
        if (is(u"mail")) {
            return text(group->mail);
        }
        if (is(u"description")) {
            return text(group->description);
        }
        if (is(u"mailNickname")) {
            return group->mailNickname;
        }
    }
    return QJsonValue(QJsonValue::Undefined);
}

const QStringList& userDefaultProperties()
{
    static const QStringList properties{
        u"businessPhones"_s,    u"displayName"_s, u"givenName"_s,        u"id"_s,
        u"jobTitle"_s,          u"mail"_s,        u"mobilePhone"_s,      u"officeLocation"_s,
        u"preferredLanguage"_s, u"surname"_s,     u"userPrincipalName"_s};
    return properties;
}

// $skiptoken: an opaque X'…' token carrying the offset and a checksum.
QByteArray encodeSkipToken(int offset)
{
    const QByteArray payload = QByteArrayLiteral("5054") + QByteArray::number(offset, 16).rightJustified(8, '0');
    const QByteArray check = QCryptographicHash::hash(payload, QCryptographicHash::Sha1).toHex().left(8).toUpper();
    return "X'" + payload.toUpper() + check + "0000000000000000'";
}

std::optional<int> decodeSkipToken(const QString& token)
{
    static const QRegularExpression pattern(u"^X'5054([0-9A-Fa-f]{8})([0-9A-Fa-f]{8})0{16}'$"_s);
    const auto m = pattern.match(token);
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    const QByteArray payload = QByteArrayLiteral("5054") + m.captured(1).toLatin1().toLower();
    const QByteArray check = QCryptographicHash::hash(payload, QCryptographicHash::Sha1).toHex().left(8).toUpper();
    if (check != m.captured(2).toLatin1().toUpper()) {
        return std::nullopt;
    }
    bool ok = false;
    const int offset = m.captured(1).toInt(&ok, 16);
    return ok ? std::optional<int>(offset) : std::nullopt;
}

QByteArray percentEncodeToken(const QByteArray& token)
{
    return QUrl::toPercentEncoding(QString::fromLatin1(token));
}

bool isValueSegment(const QString& segment)
{
    return segment.compare(u"$value"_s, Qt::CaseInsensitive) == 0;
}

bool is(const QString& segment, QStringView name)
{
    return segment.compare(name, Qt::CaseInsensitive) == 0;
}

std::optional<int> parseSize(const QString& text)
{
    static const QRegularExpression pattern(u"^(\\d{1,5})[xX](\\d{1,5})$"_s);
    const auto m = pattern.match(text);
    if (!m.hasMatch() || m.captured(1) != m.captured(2)) {
        return std::nullopt;
    }
    return m.captured(1).toInt();
}

} // namespace

struct GraphRequestHandler::Context
{
    const EmulatorRequest& request;
    ODataQuery query;
    QString root; // origin + "/v1.0"
    QString version; // "v1.0" or "beta"
    QByteArray requestId;
    QByteArray clientRequestId;
    bool eventual = false;
    bool methodServed = false; // a handler answered the request's own method (not only GET)

    bool beta() const { return version == u"beta"_s; }
};

struct GraphRequestHandler::PhotoTarget
{
    PrincipalKind kind = PrincipalKind::User;
    QString id;
    QString contextPath; // "Me", "users('id')", "groups('id')", "users('u')/contacts('c')"
    QString odataIdPath; // "users('id@tenant')", ...
    QString queryPath; // "/users/u/contacts/c" (for "Unsupported segment type. ODataQuery: ...")
    bool self = false; // the signed-in user's own photo
};

GraphRequestHandler::GraphRequestHandler(DemoTenant& tenant)
    : m_tenant(tenant)
    , m_accessToken(u"portrait-demo-token"_s)
{ }

QByteArray GraphRequestHandler::jsonContentType()
{
    return QByteArrayLiteral(
        "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8");
}

EmulatorReply GraphRequestHandler::handle(const EmulatorRequest& request)
{
    Context ctx{request, ODataQuery::parse(request.rawQuery), {}, {}, newGuid(), {}, false, false};
    ctx.clientRequestId = request.header("client-request-id").trimmed();
    if (ctx.clientRequestId.isEmpty()) {
        ctx.clientRequestId = newGuid();
    }
    ctx.eventual = request.header("ConsistencyLevel").trimmed().compare("eventual", Qt::CaseInsensitive) == 0;

    QStringList segments;
    for (const QByteArray& raw : request.rawPath.split('/')) {
        if (!raw.isEmpty()) {
            segments.append(QUrl::fromPercentEncoding(raw));
        }
    }

    EmulatorReply reply;
    const QByteArray authorization = request.header("Authorization").trimmed();
    const QByteArray token = authorization.startsWith("Bearer ") || authorization.startsWith("bearer ")
        ? authorization.mid(7).trimmed()
        : QByteArray();
    if (token.isEmpty() || token != m_accessToken.toUtf8()) {
        QString message;
        if (token.isEmpty()) {
            message = u"Access token is empty."_s;
        } else if (!token.contains('.')) {
            message = u"IDX14100: JWT is not well formed, there are no dots (.).\nThe token needs to be in JWS or JWE "
                      "Compact Serialization Format. (JWS): 'EncodedHeader.EndcodedPayload.EncodedSignature'. (JWE): "
                      "'EncodedProtectedHeader.EncodedEncryptedKey.EncodedInitializationVector.EncodedCiphertext."
                      "EncodedAuthenticationTag'."_s;
        } else {
            message = u"Access token validation failure. Invalid audience."_s;
        }
        reply = error(ctx, 401, u"InvalidAuthenticationToken"_s, message);
        reply.setHeader(
            QByteArrayLiteral("WWW-Authenticate"),
            QByteArrayLiteral("Bearer realm=\"\", authorization_uri=\"https://login.microsoftonline.com/"
                              "common/oauth2/authorize\", client_id=\"00000003-0000-0000-c000-000000000000\""));
    } else if (segments.isEmpty() || (!is(segments.first(), u"v1.0") && !is(segments.first(), u"beta"))) {
        reply = error(ctx, 400, u"BadRequest"_s,
                      u"Invalid version: %1"_s.arg(segments.isEmpty() ? QString() : segments.first()));
    } else {
        ctx.version = is(segments.first(), u"beta") ? u"beta"_s : u"v1.0"_s;
        ctx.root = request.origin + u'/' + ctx.version;
        const QStringList rest = segments.mid(1);
        const QString duplicate = ctx.query.duplicateKey();
        if (request.method == "POST" && rest.size() == 1 && is(rest.first(), u"$batch")) {
            // Reserved: JSON batching is a later issue.
            reply = error(ctx, 501, u"NotImplemented"_s, u"JSON batching is not supported by this emulator yet."_s);
        } else if (!duplicate.isEmpty()) {
            reply
                = error(ctx, 400, u"BadRequest"_s,
                        u"Query option '%1' was specified more than once, but it must be specified at most once."_s.arg(
                            duplicate));
        } else {
            reply = route(ctx, rest);
            if (request.method != "GET" && !ctx.methodServed && reply.status < 400) {
                reply = methodNotAllowed(ctx, QByteArrayLiteral("GET"));
            }
        }
    }

    reply.setHeader(QByteArrayLiteral("request-id"), ctx.requestId);
    reply.setHeader(QByteArrayLiteral("client-request-id"), ctx.clientRequestId);
    reply.setHeader(
        QByteArrayLiteral("Date"),
        QLocale::c().toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1());
    if (reply.contentType.startsWith("application/json")) {
        reply.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache"));
    }
    return reply;
}

EmulatorReply GraphRequestHandler::route(Context& ctx, const QStringList& segments)
{
    if (segments.isEmpty()) {
        QJsonArray sets;
        for (const auto& [name, kind] : {std::pair{u"users"_s, u"EntitySet"_s}, std::pair{u"groups"_s, u"EntitySet"_s},
                                         std::pair{u"me"_s, u"Singleton"_s}}) {
            sets.append(QJsonObject{{u"name"_s, name}, {u"kind"_s, kind}, {u"url"_s, name}});
        }
        return json(QJsonObject{{u"@odata.context"_s, ctx.root + u"/$metadata"_s}, {u"value"_s, sets}});
    }
    const QString& first = segments.first();
    if (is(first, u"admin")) {
        return routeAdmin(ctx, segments.mid(1));
    }
    if (is(first, u"me")) {
        return routeUser(ctx, m_tenant.me(), true, segments.mid(1));
    }
    if (is(first, u"users") || is(first, u"groups")) {
        const bool users = is(first, u"users");
        const QString setName = users ? u"users"_s : u"groups"_s;
        QList<DirectoryEntry> entries;
        if (segments.size() <= 2) {
            if (users) {
                for (const auto& user : m_tenant.users()) {
                    entries.append({&user, nullptr});
                }
            } else {
                for (const auto& group : m_tenant.groups()) {
                    entries.append({nullptr, &group});
                }
            }
        }
        if (segments.size() == 1) {
            return listDirectory(ctx, entries, setName);
        }
        if (is(segments.at(1), u"$count")) {
            return segments.size() == 2 ? countDirectory(ctx, entries) : segmentError(ctx, segments.at(2));
        }
        const QString key = segments.at(1);
        if (users) {
            if (const DemoUser* user = m_tenant.findUser(key)) {
                return routeUser(ctx, *user, false, segments.mid(2));
            }
        } else if (const DemoGroup* group = m_tenant.findGroup(key)) {
            return routeGroup(ctx, *group, segments.mid(2));
        }
        return error(
            ctx, 404, u"Request_ResourceNotFound"_s,
            u"Resource '%1' does not exist or one of its queried reference-property objects are not present."_s.arg(
                key));
    }
    return segmentError(ctx, first);
}

EmulatorReply GraphRequestHandler::routeUser(Context& ctx, const DemoUser& user, bool viaMe, const QStringList& rest)
{
    if (rest.isEmpty()) {
        return directoryEntity(ctx, {&user, nullptr}, u"users"_s);
    }
    const QString& next = rest.first();
    if (is(next, u"photo") || is(next, u"photos")) {
        PhotoTarget target;
        target.kind = PrincipalKind::User;
        target.id = user.id;
        target.contextPath = viaMe ? u"Me"_s : u"users('%1')"_s.arg(user.id);
        target.odataIdPath = u"users('%1@%2')"_s.arg(user.id, m_tenant.tenantId());
        target.queryPath = u"/users/%1"_s.arg(user.id);
        target.self = user.id == m_tenant.me().id;
        return routePhoto(ctx, target, rest);
    }

    const bool owner = user.id == m_tenant.me().id;
    const QString userPath = u"users('%1')"_s.arg(user.id);
    if (is(next, u"contacts")) {
        if (rest.size() == 1) {
            QList<QJsonObject> items;
            if (owner) {
                for (const DemoContact* contact : m_tenant.contacts()) {
                    items.append(contactJson(*contact));
                }
            }
            return listOutlook(ctx, items, userPath + u"/contacts"_s, true);
        }
        const DemoContact* contact = owner ? m_tenant.findContact(rest.at(1)) : nullptr;
        if (!contact) {
            return error(ctx, 404, u"ErrorItemNotFound"_s, u"The specified object was not found in the store."_s);
        }
        return routeContact(ctx, user, *contact, {}, rest.mid(2));
    }
    if (is(next, u"contactFolders")) {
        if (rest.size() == 1) {
            QList<QJsonObject> items;
            if (owner) {
                for (const auto& folder : m_tenant.contactFolders()) {
                    items.append(folderJson(folder));
                }
            }
            return listOutlook(ctx, items, userPath + u"/contactFolders"_s, false);
        }
        const DemoContactFolder* folder = owner ? m_tenant.findContactFolder(rest.at(1)) : nullptr;
        if (!folder) {
            return error(ctx, 404, u"ErrorItemNotFound"_s, u"The specified object was not found in the store."_s);
        }
        const QString folderPath = userPath + u"/contactFolders('%1')"_s.arg(folder->id);
        if (rest.size() == 2) {
            return outlookEntity(ctx, folderJson(*folder), userPath + u"/contactFolders/$entity"_s, false);
        }
        if (is(rest.at(2), u"childFolders") && rest.size() == 3) {
            return listOutlook(ctx, {}, folderPath + u"/childFolders"_s, false);
        }
        if (!is(rest.at(2), u"contacts")) {
            return segmentError(ctx, rest.at(2));
        }
        if (rest.size() == 3) {
            QList<QJsonObject> items;
            for (const DemoContact* contact : m_tenant.contacts(folder->id)) {
                items.append(contactJson(*contact));
            }
            return listOutlook(ctx, items, folderPath + u"/contacts"_s, true);
        }
        const DemoContact* contact = m_tenant.findContact(rest.at(3));
        if (!contact || contact->parentFolderId != folder->id) {
            return error(ctx, 404, u"ErrorItemNotFound"_s, u"The specified object was not found in the store."_s);
        }
        return routeContact(ctx, user, *contact, folder->id, rest.mid(4));
    }
    return segmentError(ctx, next);
}

EmulatorReply GraphRequestHandler::routeGroup(Context& ctx, const DemoGroup& group, const QStringList& rest)
{
    if (rest.isEmpty()) {
        return directoryEntity(ctx, {nullptr, &group}, u"groups"_s);
    }
    const QString& next = rest.first();
    if (is(next, u"members")) {
        QList<DirectoryEntry> entries;
        for (const DemoMember& member : m_tenant.members(group.id)) {
            if (member.kind == PrincipalKind::User) {
                entries.append({m_tenant.findUser(member.id), nullptr});
            } else {
                entries.append({nullptr, m_tenant.findGroup(member.id)});
            }
        }
        if (rest.size() == 1) {
            return listDirectory(ctx, entries, u"directoryObjects"_s);
        }
        if (rest.size() == 2 && is(rest.at(1), u"$count")) {
            return countDirectory(ctx, entries);
        }
        return segmentError(ctx, rest.at(1));
    }
    if (is(next, u"photo") || is(next, u"photos")) {
        PhotoTarget target;
        target.kind = PrincipalKind::Group;
        target.id = group.id;
        target.contextPath = u"groups('%1')"_s.arg(group.id);
        target.odataIdPath = target.contextPath;
        target.queryPath = u"/groups/%1"_s.arg(group.id);
        return routePhoto(ctx, target, rest);
    }
    return segmentError(ctx, next);
}

EmulatorReply GraphRequestHandler::routeContact(Context& ctx, const DemoUser& owner, const DemoContact& contact,
                                                const QString& folderId, const QStringList& rest)
{
    const QString userPath = u"users('%1')"_s.arg(owner.id);
    const QString contactsPath
        = folderId.isEmpty() ? userPath + u"/contacts"_s : userPath + u"/contactFolders('%1')/contacts"_s.arg(folderId);
    if (rest.isEmpty()) {
        return outlookEntity(ctx, contactJson(contact), contactsPath + u"/$entity"_s, true);
    }
    if (is(rest.first(), u"photo") || is(rest.first(), u"photos")) {
        PhotoTarget target;
        target.kind = PrincipalKind::Contact;
        target.id = contact.id;
        target.contextPath = contactsPath + u"('%1')"_s.arg(contact.id);
        target.odataIdPath = userPath + u"/contacts('%1')"_s.arg(contact.id);
        target.queryPath = folderId.isEmpty()
            ? u"/users/%1/contacts/%2"_s.arg(owner.id, contact.id)
            : u"/users/%1/contactFolders/%2/contacts/%3"_s.arg(owner.id, folderId, contact.id);
        return routePhoto(ctx, target, rest);
    }
    return segmentError(ctx, rest.first());
}

EmulatorReply GraphRequestHandler::routePhoto(Context& ctx, const PhotoTarget& target, const QStringList& rest)
{
    enum class Form
    {
        Metadata,
        Value,
        Collection,
        SizeMetadata,
        SizeValue
    };
    Form form = Form::Metadata;
    if (is(rest.first(), u"photo")) {
        if (rest.size() == 1) {
            form = Form::Metadata;
        } else if (rest.size() == 2 && isValueSegment(rest.at(1))) {
            form = Form::Value;
        } else {
            return segmentError(ctx, rest.at(1));
        }
    } else {
        if (rest.size() == 1) {
            form = Form::Collection;
        } else if (rest.size() == 2) {
            form = Form::SizeMetadata;
        } else if (rest.size() == 3 && isValueSegment(rest.at(2))) {
            form = Form::SizeValue;
        } else {
            return segmentError(ctx, rest.at(rest.size() == 3 ? 2 : 3));
        }
    }

    if (target.kind == PrincipalKind::Contact && form != Form::Metadata && form != Form::Value) {
        return error(ctx, 400, u"BadRequest"_s,
                     u"Unsupported segment type. ODataQuery: %1/%2"_s.arg(target.queryPath, rest.join(u'/')));
    }
    if (ctx.request.method != "GET") {
        // Photos are written and removed through `photo/$value` only.
        const QByteArray& method = ctx.request.method;
        if (form != Form::Value || (method != "PUT" && method != "PATCH" && method != "DELETE")) {
            return methodNotAllowed(
                ctx, form == Form::Value ? QByteArrayLiteral("GET, PUT, PATCH, DELETE") : QByteArrayLiteral("GET"));
        }
        ctx.methodServed = true;
        return writePhoto(ctx, target);
    }

    const DemoPhoto* info = m_tenant.photoInfo(target.id);
    if (info && info->state == PhotoState::NoMailbox) {
        return error(ctx, 404, u"ErrorNonExistentMailbox"_s, u"The SMTP address has no mailbox associated with it."_s);
    }
    if (info && info->onPremisesMailbox) {
        return error(ctx, 404, u"MailboxNotHostedInExchangeOnline"_s,
                     u"Mailbox is hosted by an on-premise or non-Exchange server, which is not supported."_s);
    }
    const bool hasPhoto = info && info->hasPhoto();
    const QString etag = hasPhoto ? m_tenant.photoEtag(target.id) : QString();
    const QByteArray mediaType = hasPhoto && info->format == PhotoFormat::Png ? QByteArrayLiteral("image/png")
                                                                              : QByteArrayLiteral("image/jpeg");

    auto metadata = [&](const QString& contextSuffix, const QString& idSuffix, int edge, bool upperCaseId) {
        QJsonObject object{
            {u"@odata.context"_s, ctx.root + u"/$metadata#"_s + target.contextPath + contextSuffix},
            {u"@odata.id"_s, ctx.root + u'/' + target.odataIdPath + idSuffix},
        };
        if (edge > 0) {
            object.insert(u"@odata.mediaContentType"_s, QString::fromLatin1(mediaType));
            object.insert(u"@odata.mediaEtag"_s, u"\"%1\""_s.arg(etag));
            object.insert(u"id"_s, u"%1x%1"_s.arg(edge));
            object.insert(u"width"_s, edge);
            object.insert(u"height"_s, edge);
        } else {
            object.insert(u"@odata.mediaContentType"_s, u"image/gif"_s);
            object.insert(u"@odata.mediaEtag"_s, QString());
            object.insert(u"id"_s, upperCaseId ? u"1X1"_s : u"1x1"_s);
            object.insert(u"width"_s, 1);
            object.insert(u"height"_s, 1);
        }
        return json(object);
    };
    auto bytes = [&](int edge) {
        const PhotoAsset asset = m_tenant.photo(target.id, edge);
        EmulatorReply reply;
        reply.contentType = asset.mediaType;
        reply.body = asset.bytes;
        reply.setHeader(QByteArrayLiteral("ETag"), '"' + asset.etag.toLatin1() + '"');
        reply.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("private"));
        return reply;
    };
    auto missing = [&]() {
        if (info && info->missingCode == MissingPhotoCode::ImageNotFound) {
            return error(
                ctx, 404, u"ImageNotFound"_s,
                u"Exception of type 'Microsoft.Fast.Profile.Core.Exception.ImageNotFoundException' was thrown."_s);
        }
        return error(ctx, 404, u"ErrorItemNotFound"_s, u"The photo wasn't found."_s);
    };

    switch (form) {
    case Form::Metadata:
        return metadata(u"/photo/$entity"_s, u"/photo"_s, hasPhoto ? info->edge : 0,
                        target.kind == PrincipalKind::Group);
    case Form::Value:
        return hasPhoto ? bytes(0) : missing();
    case Form::Collection: {
        QJsonArray value;
        for (const int size : m_tenant.availablePhotoSizes(target.id)) {
            value.append(QJsonObject{{u"@odata.mediaEtag"_s, u"\"%1\""_s.arg(etag)},
                                     {u"id"_s, u"%1X%1"_s.arg(size)},
                                     {u"width"_s, size},
                                     {u"height"_s, size}});
        }
        return json(QJsonObject{{u"@odata.context"_s, ctx.root + u"/$metadata#"_s + target.contextPath + u"/photos"_s},
                                {u"value"_s, value}});
    }
    case Form::SizeMetadata:
    case Form::SizeValue: {
        const std::optional<int> size = parseSize(rest.at(1));
        if (!size || !m_tenant.availablePhotoSizes(target.id).contains(*size)) {
            return emptyNotFound();
        }
        if (form == Form::SizeValue) {
            return bytes(*size);
        }
        return metadata(u"/photos/$entity"_s, u"/photos('%1X%1')"_s.arg(*size), *size, false);
    }
    }
    return emptyNotFound();
}

EmulatorReply GraphRequestHandler::writePhoto(Context& ctx, const PhotoTarget& target)
{
    const bool remove = ctx.request.method == "DELETE";
    // Graph removes only user and group photos; Outlook contacts keep theirs (the method is not allowed there).
    if (remove && target.kind == PrincipalKind::Contact) {
        return methodNotAllowed(ctx, QByteArrayLiteral("GET, PUT, PATCH"));
    }

    // Permissions: the signed-in user's own photo takes User.ReadWrite, anyone's User.ReadWrite.All, a group's
    // Group.ReadWrite.All, a contact's Contacts.ReadWrite; ProfilePhoto.ReadWrite.All covers users and groups.
    QStringList needed;
    switch (target.kind) {
    case PrincipalKind::User:
        needed = {u"User.ReadWrite.All"_s, u"ProfilePhoto.ReadWrite.All"_s};
        if (target.self && !m_grant.appOnly) {
            needed.append(u"User.ReadWrite"_s);
        }
        break;
    case PrincipalKind::Group:
        needed = {u"Group.ReadWrite.All"_s, u"ProfilePhoto.ReadWrite.All"_s};
        break;
    default:
        needed = {u"Contacts.ReadWrite"_s};
        break;
    }
    if (!m_grant.hasAny(needed)) {
        return error(ctx, 403, u"ErrorAccessDenied"_s, u"Access is denied. Check credentials and try again."_s);
    }
    // A tenant whose photos come from the on-premises directory takes no user photo through cloud services.
    // (The policy is documented; the exact error Graph then sends is not: this one is the emulator's.)
    if (target.kind == PrincipalKind::User && m_tenant.photoUpdateSettings().onPremises()) {
        return error(ctx, 403, u"ErrorAccessDenied"_s,
                     u"Photo updates through cloud services are disabled: the organization's photo update settings "
                     "say the source is onPremises."_s);
    }
    // Group photos cannot be written or removed by an app on its own, whatever its permissions.
    if (target.kind == PrincipalKind::Group && m_grant.appOnly) {
        return error(
            ctx, 403, u"AppOnlyTokenNotSupportedForGroupUpdate"_s,
            u"Exception of type 'Microsoft.Fast.Profile.Core.Exception.ProfileAccessDeniedException' was thrown."_s);
    }
    const DemoPhoto* info = m_tenant.photoInfo(target.id);
    if (info && info->state == PhotoState::NoMailbox) {
        return error(ctx, 404, u"ErrorNonExistentMailbox"_s, u"The SMTP address has no mailbox associated with it."_s);
    }
    if (info && info->onPremisesMailbox) {
        return error(ctx, 404, u"MailboxNotHostedInExchangeOnline"_s,
                     u"Mailbox is hosted by an on-premise or non-Exchange server, which is not supported."_s);
    }

    EmulatorReply done; // Graph answers a write and a removal with 200 and no body
    if (remove) {
        if (!info || !info->hasPhoto()) {
            return error(ctx, 404, u"ErrorItemNotFound"_s, u"The photo wasn't found."_s);
        }
        m_tenant.removePhoto(target.id);
        return done;
    }

    // v1.0 takes at most 4 MB in a REST request; the beta documents 8 MB.
    const qsizetype limit = (ctx.beta() ? 8 : 4) * 1024 * 1024;
    if (ctx.request.body.size() > limit) {
        return error(ctx, 413, u"RequestEntityTooLarge"_s,
                     u"The request body is %1 bytes; a photo must be under %2 MB."_s.arg(ctx.request.body.size())
                         .arg(limit / (1024 * 1024)));
    }
    // Graph wants the photo's own image type; a client that sent application/octet-stream got an internal
    // server error, and so did one whose bytes were no image.
    const QByteArray contentType = ctx.request.header("Content-Type").trimmed().toLower();
    if (!contentType.startsWith("image/")) {
        return error(ctx, 500, u"ErrorInternalServerError"_s,
                     u"An internal server error occurred. The operation failed."_s);
    }
    const QSize size = DemoTenant::uploadedImageSize(ctx.request.body);
    if (!size.isValid()) {
        return error(ctx, 500, u"ErrorInternalServerError"_s,
                     u"An internal server error occurred. The operation failed., The file you chose isn't an image. "
                     "Please choose a different file."_s);
    }
    const int minimum = DemoTenant::minimumUploadEdge();
    if (size.width() < minimum || size.height() < minimum) {
        return error(
            ctx, 400, size.width() < minimum ? u"ValidationWidthTooSmall"_s : u"ValidationHeightTooSmall"_s,
            u"Exception of type 'Microsoft.Fast.Profile.Core.Exception.ProfileBadRequestException' was thrown."_s);
    }
    if (!m_tenant.uploadPhoto(target.id, ctx.request.body)) {
        return error(ctx, 500, u"ErrorInternalServerError"_s,
                     u"An internal server error occurred. The operation failed."_s);
    }
    return done;
}

EmulatorReply GraphRequestHandler::routeAdmin(Context& ctx, const QStringList& rest)
{
    // The photo policy lives in the beta only.
    if (!ctx.beta() || rest.size() != 2 || !is(rest.at(0), u"people") || !is(rest.at(1), u"photoUpdateSettings")) {
        return segmentError(ctx, rest.isEmpty() ? u"admin"_s : rest.constLast());
    }
    if (!m_grant.hasAny({u"PeopleSettings.Read.All"_s, u"PeopleSettings.ReadWrite.All"_s})) {
        return error(ctx, 403, u"Authorization_RequestDenied"_s,
                     u"Insufficient privileges to complete the operation."_s);
    }
    const PhotoUpdateSettings& settings = m_tenant.photoUpdateSettings();
    return json(QJsonObject{
        {u"@odata.context"_s, ctx.root + u"/$metadata#admin/people/photoUpdateSettings/$entity"_s},
        {u"source"_s, settings.source},
        {u"allowedRoles"_s, QJsonArray::fromStringList(settings.allowedRoles)},
    });
}

EmulatorReply GraphRequestHandler::directoryEntity(Context& ctx, const DirectoryEntry& entry, const QString& setName)
{
    for (const auto& item : ctx.query.items()) {
        if (item.key.startsWith(u'$') && !is(item.key, u"$select") && !is(item.key, u"$expand")) {
            return error(ctx, 400, u"BadRequest"_s,
                         u"Query option '%1' is not allowed. To allow it, set the 'AllowedQueryOptions' property on "
                         "EnableQueryAttribute or QueryValidationSettings."_s.arg(item.key.mid(1)));
        }
    }
    const QJsonObject full = entry.user ? userJson(*entry.user) : groupJson(*entry.group);
    QJsonObject object;
    QString contextSet = setName;
    if (ctx.query.contains(u"$select")) {
        const QStringList select = splitSelect(ctx.query.value(u"$select"));
        for (const QString& property : select) {
            if (property != u"*"_s && canonicalKey(full, property).isEmpty()) {
                return error(ctx, 400, u"Request_BadRequest"_s,
                             u"Parsing OData Select and Expand failed: Could not find a property named '%1' on type "
                             "'microsoft.graph.%2'."_s.arg(property, entry.user ? u"user"_s : u"group"_s));
            }
        }
        object = select.contains(u"*"_s) ? full : project(full, select);
        contextSet += u'(' + select.join(u',') + u')';
    } else {
        object = entryJson(ctx, entry);
    }
    object.insert(u"@odata.context"_s, ctx.root + u"/$metadata#"_s + contextSet + u"/$entity"_s);
    return json(object);
}

EmulatorReply GraphRequestHandler::listDirectory(Context& ctx, const QList<DirectoryEntry>& entries,
                                                 const QString& setName)
{
    const bool members = setName == u"directoryObjects"_s;
    const bool groups = setName == u"groups"_s;
    const QString resource = groups ? u"Group"_s : u"User"_s;
    static const QStringList allowed{u"$top"_s,    u"$skiptoken"_s, u"$select"_s,  u"$count"_s,
                                     u"$search"_s, u"$filter"_s,    u"$orderby"_s, u"$expand"_s};
    for (const auto& item : ctx.query.items()) {
        if (is(item.key, u"$skip")) {
            return error(ctx, 400, u"Request_BadRequest"_s, u"'$skip' is not supported by the service."_s);
        }
        if (item.key.startsWith(u'$') && !allowed.contains(item.key, Qt::CaseInsensitive)) {
            return error(ctx, 400, u"BadRequest"_s, u"Unrecognized query argument specified: '%1'."_s.arg(item.key));
        }
    }

    int pageSize = kDirectoryDefaultPage;
    if (ctx.query.contains(u"$top")) {
        const QString top = ctx.query.value(u"$top");
        bool ok = false;
        pageSize = top.toInt(&ok);
        if (!ok || pageSize < 1 || pageSize > kDirectoryMaxPage) {
            return error(ctx, 400, u"Request_BadRequest"_s,
                         u"Invalid page size specified: '%1'. Must be between 1 and 999 inclusive."_s.arg(top));
        }
    }
    bool countRequested = false;
    if (ctx.query.contains(u"$count")) {
        const QString count = ctx.query.value(u"$count");
        if (!is(count, u"true") && !is(count, u"false")) {
            return error(ctx, 400, u"BadRequest"_s, u"Invalid value '%1' for $count query option."_s.arg(count));
        }
        countRequested = is(count, u"true");
    }
    const bool advanced = ctx.eventual && countRequested;

    std::optional<ODataFilter> search;
    if (ctx.query.contains(u"$search")) {
        if (!ctx.eventual) {
            return error(ctx, 400, u"Request_UnsupportedQuery"_s, kSearchNeedsHeader);
        }
        if (!m_tenant.options().advancedQueries) {
            return error(ctx, 400, u"Request_UnsupportedQuery"_s,
                         u"The advanced query capabilities are not available for this tenant: '$search' is not "
                         "supported."_s);
        }
        search = ODataFilter::parseSearch(ctx.query.value(u"$search"));
        if (!search->isValid()) {
            return error(ctx, 400, u"BadRequest"_s, search->error());
        }
    }
    std::optional<ODataFilter> filter;
    if (ctx.query.contains(u"$filter")) {
        filter = ODataFilter::parseFilter(ctx.query.value(u"$filter"));
        if (!filter->isValid()) {
            return error(ctx, 400, u"BadRequest"_s, filter->error());
        }
        // A group's members are filtered through the advanced-query index only (docs/GRAPH.md#group-members).
        if ((members || filter->needsAdvancedQuery()) && !advanced) {
            return error(
                ctx, 400, u"Request_UnsupportedQuery"_s,
                u"Unsupported or invalid query filter clause specified for property '%1' of resource '%2'."_s.arg(
                    filter->properties().value(0), resource));
        }
    }

    // Known properties: those of the full JSON of the entity type(s).
    QJsonObject known;
    if (!groups) {
        const DemoUser& sample = m_tenant.me();
        known = userJson(sample);
    }
    if (groups || members) {
        DemoGroup sample;
        const QJsonObject groupKnown = groupJson(sample);
        for (auto it = groupKnown.constBegin(); it != groupKnown.constEnd(); ++it) {
            known.insert(it.key(), it.value());
        }
    }
    const QString typeName = groups ? u"group"_s : (members ? u"directoryObject"_s : u"user"_s);
    for (const std::optional<ODataFilter>* expression : {&filter, &search}) {
        if (!*expression) {
            continue;
        }
        for (const QString& property : (*expression)->properties()) {
            if (canonicalKey(known, property).isEmpty()) {
                return error(
                    ctx, 400, u"Request_BadRequest"_s,
                    u"Could not find a property named '%1' on type 'microsoft.graph.%2'."_s.arg(property, typeName));
            }
        }
    }
    QStringList select;
    if (ctx.query.contains(u"$select")) {
        select = splitSelect(ctx.query.value(u"$select"));
        for (const QString& property : std::as_const(select)) {
            if (canonicalKey(known, property).isEmpty()) {
                return error(ctx, 400, u"Request_BadRequest"_s,
                             u"Parsing OData Select and Expand failed: Could not find a property named '%1' on type "
                             "'microsoft.graph.%2'."_s.arg(property, typeName));
            }
        }
    }
    QString orderBy;
    bool descending = false;
    if (ctx.query.contains(u"$orderby")) {
        const QStringList parts = ctx.query.value(u"$orderby").trimmed().split(u' ', Qt::SkipEmptyParts);
        orderBy = parts.value(0);
        descending = parts.size() > 1 && is(parts.at(1), u"desc");
        const bool supported = (is(orderBy, u"displayName") || (!groups && is(orderBy, u"userPrincipalName")))
            && (parts.size() == 1 || (parts.size() == 2 && (is(parts.at(1), u"asc") || descending)));
        if (!supported || ((filter || search) && !advanced && !(search && ctx.eventual))) {
            return error(ctx, 400, u"Request_UnsupportedQuery"_s, u"Sorting not supported for current query."_s);
        }
    }

    QList<DirectoryEntry> matching;
    if (filter || search) {
        for (const DirectoryEntry& entry : entries) {
            std::optional<QJsonObject> full; // built only for a property quickProperty() does not know
            const auto get = [&](const QString& property) {
                const QJsonValue quick = quickProperty(entry.user, entry.group, property);
                if (!quick.isUndefined()) {
                    return quick;
                }
                if (!full) {
                    full = entry.user ? userJson(*entry.user) : groupJson(*entry.group);
                }
                return propertyOf(*full, property);
            };
            if ((!filter || filter->matches(get)) && (!search || search->matches(get))) {
                matching.append(entry);
            }
        }
    } else {
        matching = entries;
    }
    if (!orderBy.isEmpty()) {
        const bool byUpn = is(orderBy, u"userPrincipalName");
        auto keyOf = [byUpn](const DirectoryEntry& e) {
            if (e.user) {
                return byUpn ? e.user->userPrincipalName : e.user->displayName;
            }
            return e.group->displayName;
        };
        std::stable_sort(matching.begin(), matching.end(), [&](const DirectoryEntry& a, const DirectoryEntry& b) {
            const int c = keyOf(a).compare(keyOf(b), Qt::CaseInsensitive);
            return descending ? c > 0 : c < 0;
        });
    }

    int offset = 0;
    if (ctx.query.contains(u"$skiptoken")) {
        const std::optional<int> decoded = decodeSkipToken(ctx.query.value(u"$skiptoken"));
        if (!decoded) {
            return error(ctx, 400, u"Request_BadRequest"_s, u"Specified value for skiptoken is invalid."_s);
        }
        offset = *decoded;
    }

    QJsonArray value;
    const qsizetype end = std::min<qsizetype>(matching.size(), qsizetype(offset) + pageSize);
    for (qsizetype i = offset; i < end; ++i) {
        const DirectoryEntry& entry = matching.at(i);
        QJsonObject object;
        bool quick = !select.isEmpty();
        for (const QString& property : std::as_const(select)) {
            const QJsonValue value = quickProperty(entry.user, entry.group, property);
            if (value.isUndefined()) {
                quick = false;
                break;
            }
            object.insert(canonicalKey(known, property), value);
        }
        if (quick) {
            // every selected property came straight from the tenant
        } else if (!select.isEmpty()) {
            object = project(entry.user ? userJson(*entry.user) : groupJson(*entry.group), select);
        } else {
            object = entryJson(ctx, entry);
        }
        if (members) {
            object.insert(u"@odata.type"_s, entry.user ? u"#microsoft.graph.user"_s : u"#microsoft.graph.group"_s);
        }
        value.append(object);
    }

    QJsonObject page;
    page.insert(u"@odata.context"_s,
                ctx.root + u"/$metadata#"_s + setName
                    + (select.isEmpty() ? QString() : u'(' + select.join(u',') + u')'));
    if (countRequested && ctx.eventual && offset == 0) {
        page.insert(u"@odata.count"_s, matching.size());
    }
    if (end < matching.size()) {
        const QByteArray query = ctx.query.rebuild(
            {u"$skiptoken"_s}, "$skiptoken=" + percentEncodeToken(encodeSkipToken(static_cast<int>(end))));
        page.insert(u"@odata.nextLink"_s, ctx.request.origin + QString::fromLatin1(ctx.request.rawPath + '?' + query));
    }
    page.insert(u"value"_s, value);
    return json(page);
}

EmulatorReply GraphRequestHandler::countDirectory(Context& ctx, const QList<DirectoryEntry>& entries)
{
    if (!ctx.eventual) {
        return error(ctx, 400, u"Request_BadRequest"_s, u"$count is not currently supported."_s);
    }
    qsizetype count = entries.size();
    if (ctx.query.contains(u"$filter") || ctx.query.contains(u"$search")) {
        std::optional<ODataFilter> filter;
        std::optional<ODataFilter> search;
        if (ctx.query.contains(u"$filter")) {
            filter = ODataFilter::parseFilter(ctx.query.value(u"$filter"));
        }
        if (ctx.query.contains(u"$search")) {
            search = ODataFilter::parseSearch(ctx.query.value(u"$search"));
        }
        if ((filter && !filter->isValid()) || (search && !search->isValid())) {
            return error(ctx, 400, u"BadRequest"_s, filter && !filter->isValid() ? filter->error() : search->error());
        }
        count = 0;
        for (const DirectoryEntry& entry : entries) {
            const QJsonObject full = entry.user ? userJson(*entry.user) : groupJson(*entry.group);
            const auto get = [&full](const QString& property) { return propertyOf(full, property); };
            if ((!filter || filter->matches(get)) && (!search || search->matches(get))) {
                ++count;
            }
        }
    }
    EmulatorReply reply;
    reply.contentType = QByteArrayLiteral("text/plain");
    reply.body = QByteArray::number(count);
    return reply;
}

EmulatorReply GraphRequestHandler::listOutlook(Context& ctx, const QList<QJsonObject>& items,
                                               const QString& contextPath, bool contacts)
{
    static const QStringList allowed{u"$top"_s, u"$skip"_s, u"$select"_s, u"$filter"_s, u"$orderby"_s, u"$count"_s};
    for (const auto& item : ctx.query.items()) {
        if (item.key.startsWith(u'$') && !allowed.contains(item.key, Qt::CaseInsensitive)) {
            return error(ctx, 400, u"BadRequest"_s, u"Unrecognized query argument specified: '%1'."_s.arg(item.key));
        }
    }
    int pageSize = kOutlookDefaultPage;
    if (ctx.query.contains(u"$top")) {
        bool ok = false;
        pageSize = ctx.query.value(u"$top").toInt(&ok);
        if (!ok || pageSize < 1 || pageSize > kOutlookMaxPage) {
            return error(ctx, 400, u"ErrorInvalidUrlQuery"_s,
                         u"The value '%1' of parameter '$top' is invalid."_s.arg(ctx.query.value(u"$top")));
        }
    }
    int offset = 0;
    if (ctx.query.contains(u"$skip")) {
        bool ok = false;
        offset = ctx.query.value(u"$skip").toInt(&ok);
        if (!ok || offset < 0) {
            return error(ctx, 400, u"ErrorInvalidUrlQuery"_s,
                         u"The value '%1' of parameter '$skip' is invalid."_s.arg(ctx.query.value(u"$skip")));
        }
    }
    const bool countRequested = is(ctx.query.value(u"$count"), u"true");

    QList<QJsonObject> matching = items;
    if (ctx.query.contains(u"$filter")) {
        const ODataFilter filter = ODataFilter::parseFilter(ctx.query.value(u"$filter"));
        const QStringList properties = filter.isValid() ? filter.properties() : QStringList();
        const bool supported = filter.isValid()
            && (contacts ? properties == QStringList{u"emailAddresses"_s}
                         : properties == QStringList{u"displayName"_s});
        if (!supported) {
            return error(ctx, 400, u"ErrorInvalidUrlQueryFilter"_s,
                         u"The query filter contains one or more invalid nodes."_s);
        }
        matching.clear();
        for (const QJsonObject& item : items) {
            if (filter.matches([&item](const QString& property) { return propertyOf(item, property); })) {
                matching.append(item);
            }
        }
    }
    if (ctx.query.contains(u"$orderby")) {
        const QStringList parts = ctx.query.value(u"$orderby").trimmed().split(u' ', Qt::SkipEmptyParts);
        const QString key = items.isEmpty() ? parts.value(0) : canonicalKey(items.first(), parts.value(0));
        const bool descending = parts.size() > 1 && is(parts.at(1), u"desc");
        if (key.isEmpty() || parts.size() > 2) {
            return error(ctx, 400, u"ErrorInvalidProperty"_s,
                         u"The property '%1' does not support sorting."_s.arg(parts.value(0)));
        }
        std::stable_sort(matching.begin(), matching.end(), [&](const QJsonObject& a, const QJsonObject& b) {
            const int c = a.value(key).toString().compare(b.value(key).toString(), Qt::CaseInsensitive);
            return descending ? c > 0 : c < 0;
        });
    }
    QStringList select;
    if (ctx.query.contains(u"$select")) {
        select = splitSelect(ctx.query.value(u"$select"));
        if (!items.isEmpty()) {
            for (const QString& property : std::as_const(select)) {
                if (canonicalKey(items.first(), property).isEmpty()) {
                    return error(ctx, 400, u"RequestBroker--ParseUri"_s,
                                 u"Could not find a property named '%1' on type 'Microsoft.OutlookServices.%2'."_s.arg(
                                     property, contacts ? u"Contact"_s : u"ContactFolder"_s));
                }
            }
        }
    }

    QJsonArray value;
    const qsizetype end = std::min<qsizetype>(matching.size(), qsizetype(offset) + pageSize);
    for (qsizetype i = offset; i < end; ++i) {
        if (select.isEmpty()) {
            value.append(matching.at(i));
        } else {
            QJsonObject object = project(matching.at(i), select);
            object.insert(u"id"_s, matching.at(i).value(u"id"_s));
            if (matching.at(i).contains(u"@odata.etag"_s)) {
                object.insert(u"@odata.etag"_s, matching.at(i).value(u"@odata.etag"_s));
            }
            value.append(object);
        }
    }
    QJsonObject page;
    page.insert(u"@odata.context"_s,
                ctx.root + u"/$metadata#"_s + contextPath
                    + (select.isEmpty() ? QString() : u'(' + select.join(u',') + u')'));
    if (countRequested) {
        page.insert(u"@odata.count"_s, matching.size());
    }
    if (end < matching.size()) {
        const QByteArray query = ctx.query.rebuild({u"$skip"_s}, "$skip=" + QByteArray::number(end));
        page.insert(u"@odata.nextLink"_s, ctx.request.origin + QString::fromLatin1(ctx.request.rawPath + '?' + query));
    }
    page.insert(u"value"_s, value);
    return json(page);
}

EmulatorReply GraphRequestHandler::outlookEntity(Context& ctx, const QJsonObject& item, const QString& contextPath,
                                                 bool contact)
{
    QJsonObject object = item;
    QString context = contextPath;
    if (ctx.query.contains(u"$select")) {
        const QStringList select = splitSelect(ctx.query.value(u"$select"));
        object = project(item, select);
        object.insert(u"id"_s, item.value(u"id"_s));
        if (contact) {
            object.insert(u"@odata.etag"_s, item.value(u"@odata.etag"_s));
        }
        context.insert(context.lastIndexOf(u'/'), u'(' + select.join(u',') + u')');
    }
    object.insert(u"@odata.context"_s, ctx.root + u"/$metadata#"_s + context);
    return json(object);
}

QJsonObject GraphRequestHandler::userJson(const DemoUser& user) const
{
    const quint64 s = user.seed;
    static const QStringList languages{u"en-US"_s, u"de-DE"_s, u"nb-NO"_s, u"pl-PL"_s, u"vi-VN"_s, u"zh-CN"_s};
    QJsonArray phones;
    if (s % 3 != 0) {
        phones.append(phone(s >> 8));
    }
    QJsonArray proxies;
    if (!user.mail.isEmpty()) {
        proxies.append(u"SMTP:"_s + user.mail);
    }
    return QJsonObject{
        {u"id"_s, user.id},
        {u"businessPhones"_s, phones},
        {u"displayName"_s, user.displayName},
        {u"givenName"_s, nullable(user.givenName)},
        {u"jobTitle"_s, nullable(user.jobTitle)},
        {u"mail"_s, nullable(user.mail)},
        {u"mobilePhone"_s, s % 4 == 0 ? QJsonValue(phone(s >> 16)) : QJsonValue(QJsonValue::Null)},
        {u"officeLocation"_s, user.guest ? QJsonValue(QJsonValue::Null) : QJsonValue(user.officeLocation)},
        {u"preferredLanguage"_s,
         s % 7 == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(languages.at(static_cast<int>((s >> 4) % 6)))},
        {u"surname"_s, nullable(user.surname)},
        {u"userPrincipalName"_s, user.userPrincipalName},
        {u"accountEnabled"_s, user.accountEnabled},
        {u"userType"_s, user.userType()},
        {u"department"_s, nullable(user.department)},
        {u"companyName"_s, user.guest ? QJsonValue(QJsonValue::Null) : QJsonValue(u"Contoso"_s)},
        {u"createdDateTime"_s, isoDate(s)},
        {u"mailNickname"_s, userMailNickname(user)},
        {u"usageLocation"_s, u"US"_s},
        {u"otherMails"_s, QJsonArray{}},
        {u"proxyAddresses"_s, proxies},
        {u"employeeId"_s, QJsonValue(QJsonValue::Null)},
        {u"city"_s, QJsonValue(QJsonValue::Null)},
        {u"country"_s, QJsonValue(QJsonValue::Null)},
    };
}

QJsonObject GraphRequestHandler::groupJson(const DemoGroup& group) const
{
    QJsonArray proxies;
    if (!group.mail.isEmpty()) {
        proxies.append(u"SMTP:"_s + group.mail);
    }
    const QJsonValue null(QJsonValue::Null);
    return QJsonObject{
        {u"id"_s, group.id},
        {u"deletedDateTime"_s, null},
        {u"classification"_s, null},
        {u"createdDateTime"_s, isoDate(group.seed)},
        {u"description"_s, nullable(group.description)},
        {u"displayName"_s, group.displayName},
        {u"expirationDateTime"_s, null},
        {u"groupTypes"_s, group.unified ? QJsonArray{u"Unified"_s} : QJsonArray{}},
        {u"isAssignableToRole"_s, null},
        {u"mail"_s, nullable(group.mail)},
        {u"mailEnabled"_s, group.mailEnabled},
        {u"mailNickname"_s, group.mailNickname},
        {u"membershipRule"_s, null},
        {u"membershipRuleProcessingState"_s, null},
        {u"onPremisesLastSyncDateTime"_s, null},
        {u"onPremisesSecurityIdentifier"_s, null},
        {u"onPremisesSyncEnabled"_s, null},
        {u"preferredDataLocation"_s, null},
        {u"preferredLanguage"_s, null},
        {u"proxyAddresses"_s, proxies},
        {u"renewedDateTime"_s, isoDate(group.seed)},
        {u"resourceBehaviorOptions"_s, QJsonArray{}},
        {u"resourceProvisioningOptions"_s, QJsonArray{}},
        {u"securityEnabled"_s, group.securityEnabled},
        {u"theme"_s, null},
        {u"visibility"_s, nullable(group.visibility)},
        {u"onPremisesProvisioningErrors"_s, QJsonArray{}},
    };
}

QJsonObject GraphRequestHandler::contactJson(const DemoContact& contact) const
{
    QJsonArray emails;
    for (const auto& email : contact.emailAddresses) {
        emails.append(QJsonObject{{u"name"_s, email.name}, {u"address"_s, email.address}});
    }
    QByteArray changeKeyBytes(16, Qt::Uninitialized);
    DemoRandom random(DemoRandom::mix({contact.seed, contact.photo.version}));
    for (auto& b : changeKeyBytes) {
        b = static_cast<char>(random.next() & 0xFF);
    }
    const QString changeKey = QString::fromLatin1(changeKeyBytes.toBase64());
    const QJsonValue null(QJsonValue::Null);
    const QString initials = contact.givenName.left(1) + u'.' + contact.surname.left(1) + u'.';
    return QJsonObject{
        {u"@odata.etag"_s, u"W/\"%1\""_s.arg(changeKey)},
        {u"id"_s, contact.id},
        {u"createdDateTime"_s, isoDate(contact.seed)},
        {u"lastModifiedDateTime"_s, isoDate(contact.seed + 86400ULL * 30)},
        {u"changeKey"_s, changeKey},
        {u"categories"_s, QJsonArray{}},
        {u"parentFolderId"_s, contact.parentFolderId},
        {u"birthday"_s, null},
        {u"fileAs"_s, contact.surname + u", "_s + contact.givenName},
        {u"displayName"_s, contact.displayName},
        {u"givenName"_s, nullable(contact.givenName)},
        {u"initials"_s, initials},
        {u"middleName"_s, null},
        {u"nickName"_s, null},
        {u"surname"_s, nullable(contact.surname)},
        {u"title"_s, null},
        {u"yomiGivenName"_s, null},
        {u"yomiSurname"_s, null},
        {u"yomiCompanyName"_s, null},
        {u"generation"_s, null},
        {u"imAddresses"_s, QJsonArray{}},
        {u"jobTitle"_s, nullable(contact.jobTitle)},
        {u"companyName"_s, nullable(contact.companyName)},
        {u"department"_s, null},
        {u"officeLocation"_s, null},
        {u"profession"_s, null},
        {u"businessHomePage"_s, null},
        {u"assistantName"_s, null},
        {u"manager"_s, null},
        {u"homePhones"_s, QJsonArray{}},
        {u"mobilePhone"_s, nullable(contact.mobilePhone)},
        {u"businessPhones"_s, QJsonArray{}},
        {u"spouseName"_s, null},
        {u"personalNotes"_s, QString()},
        {u"children"_s, QJsonArray{}},
        {u"emailAddresses"_s, emails},
        {u"homeAddress"_s, QJsonObject{}},
        {u"businessAddress"_s, QJsonObject{}},
        {u"otherAddress"_s, QJsonObject{}},
    };
}

QJsonObject GraphRequestHandler::folderJson(const DemoContactFolder& folder) const
{
    return QJsonObject{
        {u"id"_s, folder.id}, {u"displayName"_s, folder.displayName}, {u"parentFolderId"_s, folder.parentFolderId}};
}

QJsonObject GraphRequestHandler::entryJson(const Context& ctx, const DirectoryEntry& entry) const
{
    if (entry.group) {
        return groupJson(*entry.group);
    }
    const QJsonObject full = userJson(*entry.user);
    return ctx.beta() ? full : project(full, userDefaultProperties());
}

EmulatorReply GraphRequestHandler::error(const Context& ctx, int status, const QString& code,
                                         const QString& message) const
{
    const QString date = QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-ddThh:mm:ss"_s);
    const QJsonObject inner{{u"date"_s, date},
                            {u"request-id"_s, QString::fromLatin1(ctx.requestId)},
                            {u"client-request-id"_s, QString::fromLatin1(ctx.clientRequestId)}};
    const QJsonObject body{
        {u"error"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, message}, {u"innerError"_s, inner}}}};
    EmulatorReply reply;
    reply.status = status;
    reply.contentType = QByteArrayLiteral("application/json");
    reply.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    reply.errorCode = code.toUtf8();
    return reply;
}

EmulatorReply GraphRequestHandler::segmentError(const Context& ctx, const QString& segment) const
{
    return error(ctx, 400, u"BadRequest"_s, u"Resource not found for the segment '%1'."_s.arg(segment));
}

EmulatorReply GraphRequestHandler::json(const QJsonObject& object, int status) const
{
    EmulatorReply reply;
    reply.status = status;
    reply.contentType = jsonContentType();
    reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    reply.setHeader(QByteArrayLiteral("OData-Version"), QByteArrayLiteral("4.0"));
    return reply;
}

EmulatorReply GraphRequestHandler::methodNotAllowed(const Context& ctx, const QByteArray& allow) const
{
    EmulatorReply reply
        = error(ctx, 405, u"BadRequest"_s, u"Specified HTTP method is not allowed for the request uri."_s);
    reply.setHeader(QByteArrayLiteral("Allow"), allow);
    return reply;
}

EmulatorReply GraphRequestHandler::emptyNotFound() const
{
    EmulatorReply reply;
    reply.status = 404;
    reply.contentType = QByteArrayLiteral("text/plain");
    reply.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("private"));
    return reply;
}

} // namespace Portrait
