#include "GraphRequestHandler.h"

#include "emulator/DemoRandom.h"
#include "emulator/DemoTenant.h"
#include "emulator/ODataFilter.h"
#include "emulator/ODataQuery.h"

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

namespace Portrait {

namespace {

constexpr int kDirectoryDefaultPage = 100;
constexpr int kDirectoryMaxPage = 999;
constexpr int kOutlookDefaultPage = 10;
constexpr int kOutlookMaxPage = 1000;

const QString kSearchNeedsHeader
    = QStringLiteral("Request with $search query parameter only works through MSGraph with a special "
                     "request header: 'ConsistencyLevel: eventual'");

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
    return QStringLiteral("+1 425 555 %1").arg(seed % 10000, 4, 10, QLatin1Char('0'));
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
    return user.userPrincipalName.section(u'@', 0, 0).remove(QStringLiteral("#EXT#"));
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
    static const QStringList properties{QStringLiteral("businessPhones"),    QStringLiteral("displayName"),
                                        QStringLiteral("givenName"),         QStringLiteral("id"),
                                        QStringLiteral("jobTitle"),          QStringLiteral("mail"),
                                        QStringLiteral("mobilePhone"),       QStringLiteral("officeLocation"),
                                        QStringLiteral("preferredLanguage"), QStringLiteral("surname"),
                                        QStringLiteral("userPrincipalName")};
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
    static const QRegularExpression pattern(QStringLiteral("^X'5054([0-9A-Fa-f]{8})([0-9A-Fa-f]{8})0{16}'$"));
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
    return segment.compare(QStringLiteral("$value"), Qt::CaseInsensitive) == 0;
}

bool is(const QString& segment, QStringView name)
{
    return segment.compare(name, Qt::CaseInsensitive) == 0;
}

std::optional<int> parseSize(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,5})[xX](\\d{1,5})$"));
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

    bool beta() const { return version == QStringLiteral("beta"); }
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
    , m_accessToken(QStringLiteral("portrait-demo-token"))
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
            message = QStringLiteral("Access token is empty.");
        } else if (!token.contains('.')) {
            message = QStringLiteral(
                "IDX14100: JWT is not well formed, there are no dots (.).\nThe token needs to be in JWS or JWE "
                "Compact Serialization Format. (JWS): 'EncodedHeader.EndcodedPayload.EncodedSignature'. (JWE): "
                "'EncodedProtectedHeader.EncodedEncryptedKey.EncodedInitializationVector.EncodedCiphertext."
                "EncodedAuthenticationTag'.");
        } else {
            message = QStringLiteral("Access token validation failure. Invalid audience.");
        }
        reply = error(ctx, 401, QStringLiteral("InvalidAuthenticationToken"), message);
        reply.setHeader(
            QByteArrayLiteral("WWW-Authenticate"),
            QByteArrayLiteral("Bearer realm=\"\", authorization_uri=\"https://login.microsoftonline.com/"
                              "common/oauth2/authorize\", client_id=\"00000003-0000-0000-c000-000000000000\""));
    } else if (segments.isEmpty() || (!is(segments.first(), u"v1.0") && !is(segments.first(), u"beta"))) {
        reply = error(ctx, 400, QStringLiteral("BadRequest"),
                      QStringLiteral("Invalid version: %1").arg(segments.isEmpty() ? QString() : segments.first()));
    } else {
        ctx.version = is(segments.first(), u"beta") ? QStringLiteral("beta") : QStringLiteral("v1.0");
        ctx.root = request.origin + u'/' + ctx.version;
        const QStringList rest = segments.mid(1);
        const QString duplicate = ctx.query.duplicateKey();
        if (request.method == "POST" && rest.size() == 1 && is(rest.first(), u"$batch")) {
            // Reserved: JSON batching is a later issue.
            reply = error(ctx, 501, QStringLiteral("NotImplemented"),
                          QStringLiteral("JSON batching is not supported by this emulator yet."));
        } else if (!duplicate.isEmpty()) {
            reply = error(
                ctx, 400, QStringLiteral("BadRequest"),
                QStringLiteral("Query option '%1' was specified more than once, but it must be specified at most once.")
                    .arg(duplicate));
        } else {
            reply = route(ctx, rest);
            if (request.method != "GET" && !ctx.methodServed && reply.status < 400) {
                reply = methodNotAllowed(ctx, QByteArrayLiteral("GET"));
            }
        }
    }

    reply.setHeader(QByteArrayLiteral("request-id"), ctx.requestId);
    reply.setHeader(QByteArrayLiteral("client-request-id"), ctx.clientRequestId);
    reply.setHeader(QByteArrayLiteral("Date"),
                    QLocale::c()
                        .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                        .toLatin1());
    if (reply.contentType.startsWith("application/json")) {
        reply.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache"));
    }
    return reply;
}

EmulatorReply GraphRequestHandler::route(Context& ctx, const QStringList& segments)
{
    if (segments.isEmpty()) {
        QJsonArray sets;
        for (const auto& [name, kind] : {std::pair{QStringLiteral("users"), QStringLiteral("EntitySet")},
                                         std::pair{QStringLiteral("groups"), QStringLiteral("EntitySet")},
                                         std::pair{QStringLiteral("me"), QStringLiteral("Singleton")}}) {
            sets.append(QJsonObject{
                {QStringLiteral("name"), name}, {QStringLiteral("kind"), kind}, {QStringLiteral("url"), name}});
        }
        return json(QJsonObject{{QStringLiteral("@odata.context"), ctx.root + QStringLiteral("/$metadata")},
                                {QStringLiteral("value"), sets}});
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
        const QString setName = users ? QStringLiteral("users") : QStringLiteral("groups");
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
            ctx, 404, QStringLiteral("Request_ResourceNotFound"),
            QStringLiteral(
                "Resource '%1' does not exist or one of its queried reference-property objects are not present.")
                .arg(key));
    }
    return segmentError(ctx, first);
}

EmulatorReply GraphRequestHandler::routeUser(Context& ctx, const DemoUser& user, bool viaMe, const QStringList& rest)
{
    if (rest.isEmpty()) {
        return directoryEntity(ctx, {&user, nullptr}, QStringLiteral("users"));
    }
    const QString& next = rest.first();
    if (is(next, u"photo") || is(next, u"photos")) {
        PhotoTarget target;
        target.kind = PrincipalKind::User;
        target.id = user.id;
        target.contextPath = viaMe ? QStringLiteral("Me") : QStringLiteral("users('%1')").arg(user.id);
        target.odataIdPath = QStringLiteral("users('%1@%2')").arg(user.id, m_tenant.tenantId());
        target.queryPath = QStringLiteral("/users/%1").arg(user.id);
        target.self = user.id == m_tenant.me().id;
        return routePhoto(ctx, target, rest);
    }

    const bool owner = user.id == m_tenant.me().id;
    const QString userPath = QStringLiteral("users('%1')").arg(user.id);
    if (is(next, u"contacts")) {
        if (rest.size() == 1) {
            QList<QJsonObject> items;
            if (owner) {
                for (const DemoContact* contact : m_tenant.contacts()) {
                    items.append(contactJson(*contact));
                }
            }
            return listOutlook(ctx, items, userPath + QStringLiteral("/contacts"), true);
        }
        const DemoContact* contact = owner ? m_tenant.findContact(rest.at(1)) : nullptr;
        if (!contact) {
            return error(ctx, 404, QStringLiteral("ErrorItemNotFound"),
                         QStringLiteral("The specified object was not found in the store."));
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
            return listOutlook(ctx, items, userPath + QStringLiteral("/contactFolders"), false);
        }
        const DemoContactFolder* folder = owner ? m_tenant.findContactFolder(rest.at(1)) : nullptr;
        if (!folder) {
            return error(ctx, 404, QStringLiteral("ErrorItemNotFound"),
                         QStringLiteral("The specified object was not found in the store."));
        }
        const QString folderPath = userPath + QStringLiteral("/contactFolders('%1')").arg(folder->id);
        if (rest.size() == 2) {
            return outlookEntity(ctx, folderJson(*folder), userPath + QStringLiteral("/contactFolders/$entity"), false);
        }
        if (is(rest.at(2), u"childFolders") && rest.size() == 3) {
            return listOutlook(ctx, {}, folderPath + QStringLiteral("/childFolders"), false);
        }
        if (!is(rest.at(2), u"contacts")) {
            return segmentError(ctx, rest.at(2));
        }
        if (rest.size() == 3) {
            QList<QJsonObject> items;
            for (const DemoContact* contact : m_tenant.contacts(folder->id)) {
                items.append(contactJson(*contact));
            }
            return listOutlook(ctx, items, folderPath + QStringLiteral("/contacts"), true);
        }
        const DemoContact* contact = m_tenant.findContact(rest.at(3));
        if (!contact || contact->parentFolderId != folder->id) {
            return error(ctx, 404, QStringLiteral("ErrorItemNotFound"),
                         QStringLiteral("The specified object was not found in the store."));
        }
        return routeContact(ctx, user, *contact, folder->id, rest.mid(4));
    }
    return segmentError(ctx, next);
}

EmulatorReply GraphRequestHandler::routeGroup(Context& ctx, const DemoGroup& group, const QStringList& rest)
{
    if (rest.isEmpty()) {
        return directoryEntity(ctx, {nullptr, &group}, QStringLiteral("groups"));
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
            return listDirectory(ctx, entries, QStringLiteral("directoryObjects"));
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
        target.contextPath = QStringLiteral("groups('%1')").arg(group.id);
        target.odataIdPath = target.contextPath;
        target.queryPath = QStringLiteral("/groups/%1").arg(group.id);
        return routePhoto(ctx, target, rest);
    }
    return segmentError(ctx, next);
}

EmulatorReply GraphRequestHandler::routeContact(Context& ctx, const DemoUser& owner, const DemoContact& contact,
                                                const QString& folderId, const QStringList& rest)
{
    const QString userPath = QStringLiteral("users('%1')").arg(owner.id);
    const QString contactsPath = folderId.isEmpty()
        ? userPath + QStringLiteral("/contacts")
        : userPath + QStringLiteral("/contactFolders('%1')/contacts").arg(folderId);
    if (rest.isEmpty()) {
        return outlookEntity(ctx, contactJson(contact), contactsPath + QStringLiteral("/$entity"), true);
    }
    if (is(rest.first(), u"photo") || is(rest.first(), u"photos")) {
        PhotoTarget target;
        target.kind = PrincipalKind::Contact;
        target.id = contact.id;
        target.contextPath = contactsPath + QStringLiteral("('%1')").arg(contact.id);
        target.odataIdPath = userPath + QStringLiteral("/contacts('%1')").arg(contact.id);
        target.queryPath = folderId.isEmpty()
            ? QStringLiteral("/users/%1/contacts/%2").arg(owner.id, contact.id)
            : QStringLiteral("/users/%1/contactFolders/%2/contacts/%3").arg(owner.id, folderId, contact.id);
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
        return error(
            ctx, 400, QStringLiteral("BadRequest"),
            QStringLiteral("Unsupported segment type. ODataQuery: %1/%2").arg(target.queryPath, rest.join(u'/')));
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
        return error(ctx, 404, QStringLiteral("ErrorNonExistentMailbox"),
                     QStringLiteral("The SMTP address has no mailbox associated with it."));
    }
    if (info && info->onPremisesMailbox) {
        return error(
            ctx, 404, QStringLiteral("MailboxNotHostedInExchangeOnline"),
            QStringLiteral("Mailbox is hosted by an on-premise or non-Exchange server, which is not supported."));
    }
    const bool hasPhoto = info && info->hasPhoto();
    const QString etag = hasPhoto ? m_tenant.photoEtag(target.id) : QString();
    const QByteArray mediaType = hasPhoto && info->format == PhotoFormat::Png ? QByteArrayLiteral("image/png")
                                                                              : QByteArrayLiteral("image/jpeg");

    auto metadata = [&](const QString& contextSuffix, const QString& idSuffix, int edge, bool upperCaseId) {
        QJsonObject object{
            {QStringLiteral("@odata.context"),
             ctx.root + QStringLiteral("/$metadata#") + target.contextPath + contextSuffix},
            {QStringLiteral("@odata.id"), ctx.root + u'/' + target.odataIdPath + idSuffix},
        };
        if (edge > 0) {
            object.insert(QStringLiteral("@odata.mediaContentType"), QString::fromLatin1(mediaType));
            object.insert(QStringLiteral("@odata.mediaEtag"), QStringLiteral("\"%1\"").arg(etag));
            object.insert(QStringLiteral("id"), QStringLiteral("%1x%1").arg(edge));
            object.insert(QStringLiteral("width"), edge);
            object.insert(QStringLiteral("height"), edge);
        } else {
            object.insert(QStringLiteral("@odata.mediaContentType"), QStringLiteral("image/gif"));
            object.insert(QStringLiteral("@odata.mediaEtag"), QString());
            object.insert(QStringLiteral("id"), upperCaseId ? QStringLiteral("1X1") : QStringLiteral("1x1"));
            object.insert(QStringLiteral("width"), 1);
            object.insert(QStringLiteral("height"), 1);
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
                ctx, 404, QStringLiteral("ImageNotFound"),
                QStringLiteral(
                    "Exception of type 'Microsoft.Fast.Profile.Core.Exception.ImageNotFoundException' was thrown."));
        }
        return error(ctx, 404, QStringLiteral("ErrorItemNotFound"), QStringLiteral("The photo wasn't found."));
    };

    switch (form) {
    case Form::Metadata:
        return metadata(QStringLiteral("/photo/$entity"), QStringLiteral("/photo"), hasPhoto ? info->edge : 0,
                        target.kind == PrincipalKind::Group);
    case Form::Value:
        return hasPhoto ? bytes(0) : missing();
    case Form::Collection: {
        QJsonArray value;
        for (const int size : m_tenant.availablePhotoSizes(target.id)) {
            value.append(QJsonObject{{QStringLiteral("@odata.mediaEtag"), QStringLiteral("\"%1\"").arg(etag)},
                                     {QStringLiteral("id"), QStringLiteral("%1X%1").arg(size)},
                                     {QStringLiteral("width"), size},
                                     {QStringLiteral("height"), size}});
        }
        return json(
            QJsonObject{{QStringLiteral("@odata.context"),
                         ctx.root + QStringLiteral("/$metadata#") + target.contextPath + QStringLiteral("/photos")},
                        {QStringLiteral("value"), value}});
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
        return metadata(QStringLiteral("/photos/$entity"), QStringLiteral("/photos('%1X%1')").arg(*size), *size, false);
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
        needed = {QStringLiteral("User.ReadWrite.All"), QStringLiteral("ProfilePhoto.ReadWrite.All")};
        if (target.self && !m_grant.appOnly) {
            needed.append(QStringLiteral("User.ReadWrite"));
        }
        break;
    case PrincipalKind::Group:
        needed = {QStringLiteral("Group.ReadWrite.All"), QStringLiteral("ProfilePhoto.ReadWrite.All")};
        break;
    default:
        needed = {QStringLiteral("Contacts.ReadWrite")};
        break;
    }
    if (!m_grant.hasAny(needed)) {
        return error(ctx, 403, QStringLiteral("ErrorAccessDenied"),
                     QStringLiteral("Access is denied. Check credentials and try again."));
    }
    // A tenant whose photos come from the on-premises directory takes no user photo through cloud services.
    // (The policy is documented; the exact error Graph then sends is not: this one is the emulator's.)
    if (target.kind == PrincipalKind::User && m_tenant.photoUpdateSettings().onPremises()) {
        return error(ctx, 403, QStringLiteral("ErrorAccessDenied"),
                     QStringLiteral(
                         "Photo updates through cloud services are disabled: the organization's photo update settings "
                         "say the source is onPremises."));
    }
    // Group photos cannot be written or removed by an app on its own, whatever its permissions.
    if (target.kind == PrincipalKind::Group && m_grant.appOnly) {
        return error(
            ctx, 403, QStringLiteral("AppOnlyTokenNotSupportedForGroupUpdate"),
            QStringLiteral(
                "Exception of type 'Microsoft.Fast.Profile.Core.Exception.ProfileAccessDeniedException' was thrown."));
    }
    const DemoPhoto* info = m_tenant.photoInfo(target.id);
    if (info && info->state == PhotoState::NoMailbox) {
        return error(ctx, 404, QStringLiteral("ErrorNonExistentMailbox"),
                     QStringLiteral("The SMTP address has no mailbox associated with it."));
    }
    if (info && info->onPremisesMailbox) {
        return error(
            ctx, 404, QStringLiteral("MailboxNotHostedInExchangeOnline"),
            QStringLiteral("Mailbox is hosted by an on-premise or non-Exchange server, which is not supported."));
    }

    EmulatorReply done; // Graph answers a write and a removal with 200 and no body
    if (remove) {
        if (!info || !info->hasPhoto()) {
            return error(ctx, 404, QStringLiteral("ErrorItemNotFound"), QStringLiteral("The photo wasn't found."));
        }
        m_tenant.removePhoto(target.id);
        return done;
    }

    // v1.0 takes at most 4 MB in a REST request; the beta documents 8 MB.
    const qsizetype limit = (ctx.beta() ? 8 : 4) * 1024 * 1024;
    if (ctx.request.body.size() > limit) {
        return error(ctx, 413, QStringLiteral("RequestEntityTooLarge"),
                     QStringLiteral("The request body is %1 bytes; a photo must be under %2 MB.")
                         .arg(ctx.request.body.size())
                         .arg(limit / (1024 * 1024)));
    }
    // Graph wants the photo's own image type; a client that sent application/octet-stream got an internal
    // server error, and so did one whose bytes were no image.
    const QByteArray contentType = ctx.request.header("Content-Type").trimmed().toLower();
    if (!contentType.startsWith("image/")) {
        return error(ctx, 500, QStringLiteral("ErrorInternalServerError"),
                     QStringLiteral("An internal server error occurred. The operation failed."));
    }
    const QSize size = DemoTenant::uploadedImageSize(ctx.request.body);
    if (!size.isValid()) {
        return error(ctx, 500, QStringLiteral("ErrorInternalServerError"),
                     QStringLiteral(
                         "An internal server error occurred. The operation failed., The file you chose isn't an image. "
                         "Please choose a different file."));
    }
    const int minimum = DemoTenant::minimumUploadEdge();
    if (size.width() < minimum || size.height() < minimum) {
        return error(
            ctx, 400,
            size.width() < minimum ? QStringLiteral("ValidationWidthTooSmall")
                                   : QStringLiteral("ValidationHeightTooSmall"),
            QStringLiteral(
                "Exception of type 'Microsoft.Fast.Profile.Core.Exception.ProfileBadRequestException' was thrown."));
    }
    if (!m_tenant.uploadPhoto(target.id, ctx.request.body)) {
        return error(ctx, 500, QStringLiteral("ErrorInternalServerError"),
                     QStringLiteral("An internal server error occurred. The operation failed."));
    }
    return done;
}

EmulatorReply GraphRequestHandler::routeAdmin(Context& ctx, const QStringList& rest)
{
    // The photo policy lives in the beta only.
    if (!ctx.beta() || rest.size() != 2 || !is(rest.at(0), u"people") || !is(rest.at(1), u"photoUpdateSettings")) {
        return segmentError(ctx, rest.isEmpty() ? QStringLiteral("admin") : rest.constLast());
    }
    if (!m_grant.hasAny({QStringLiteral("PeopleSettings.Read.All"), QStringLiteral("PeopleSettings.ReadWrite.All")})) {
        return error(ctx, 403, QStringLiteral("Authorization_RequestDenied"),
                     QStringLiteral("Insufficient privileges to complete the operation."));
    }
    const PhotoUpdateSettings& settings = m_tenant.photoUpdateSettings();
    return json(QJsonObject{
        {QStringLiteral("@odata.context"),
         ctx.root + QStringLiteral("/$metadata#admin/people/photoUpdateSettings/$entity")},
        {QStringLiteral("source"), settings.source},
        {QStringLiteral("allowedRoles"), QJsonArray::fromStringList(settings.allowedRoles)},
    });
}

EmulatorReply GraphRequestHandler::directoryEntity(Context& ctx, const DirectoryEntry& entry, const QString& setName)
{
    for (const auto& item : ctx.query.items()) {
        if (item.key.startsWith(u'$') && !is(item.key, u"$select") && !is(item.key, u"$expand")) {
            return error(ctx, 400, QStringLiteral("BadRequest"),
                         QStringLiteral(
                             "Query option '%1' is not allowed. To allow it, set the 'AllowedQueryOptions' property on "
                             "EnableQueryAttribute or QueryValidationSettings.")
                             .arg(item.key.mid(1)));
        }
    }
    const QJsonObject full = entry.user ? userJson(*entry.user) : groupJson(*entry.group);
    QJsonObject object;
    QString contextSet = setName;
    if (ctx.query.contains(u"$select")) {
        const QStringList select = splitSelect(ctx.query.value(u"$select"));
        for (const QString& property : select) {
            if (property != QStringLiteral("*") && canonicalKey(full, property).isEmpty()) {
                return error(ctx, 400, QStringLiteral("Request_BadRequest"),
                             QStringLiteral(
                                 "Parsing OData Select and Expand failed: Could not find a property named '%1' on type "
                                 "'microsoft.graph.%2'.")
                                 .arg(property, entry.user ? QStringLiteral("user") : QStringLiteral("group")));
            }
        }
        object = select.contains(QStringLiteral("*")) ? full : project(full, select);
        contextSet += u'(' + select.join(u',') + u')';
    } else {
        object = entryJson(ctx, entry);
    }
    object.insert(QStringLiteral("@odata.context"),
                  ctx.root + QStringLiteral("/$metadata#") + contextSet + QStringLiteral("/$entity"));
    return json(object);
}

EmulatorReply GraphRequestHandler::listDirectory(Context& ctx, const QList<DirectoryEntry>& entries,
                                                 const QString& setName)
{
    const bool members = setName == QStringLiteral("directoryObjects");
    const bool groups = setName == QStringLiteral("groups");
    const QString resource = groups ? QStringLiteral("Group") : QStringLiteral("User");
    static const QStringList allowed{
        QStringLiteral("$top"),    QStringLiteral("$skiptoken"), QStringLiteral("$select"),  QStringLiteral("$count"),
        QStringLiteral("$search"), QStringLiteral("$filter"),    QStringLiteral("$orderby"), QStringLiteral("$expand")};
    for (const auto& item : ctx.query.items()) {
        if (is(item.key, u"$skip")) {
            return error(ctx, 400, QStringLiteral("Request_BadRequest"),
                         QStringLiteral("'$skip' is not supported by the service."));
        }
        if (item.key.startsWith(u'$') && !allowed.contains(item.key, Qt::CaseInsensitive)) {
            return error(ctx, 400, QStringLiteral("BadRequest"),
                         QStringLiteral("Unrecognized query argument specified: '%1'.").arg(item.key));
        }
    }

    int pageSize = kDirectoryDefaultPage;
    if (ctx.query.contains(u"$top")) {
        const QString top = ctx.query.value(u"$top");
        bool ok = false;
        pageSize = top.toInt(&ok);
        if (!ok || pageSize < 1 || pageSize > kDirectoryMaxPage) {
            return error(
                ctx, 400, QStringLiteral("Request_BadRequest"),
                QStringLiteral("Invalid page size specified: '%1'. Must be between 1 and 999 inclusive.").arg(top));
        }
    }
    bool countRequested = false;
    if (ctx.query.contains(u"$count")) {
        const QString count = ctx.query.value(u"$count");
        if (!is(count, u"true") && !is(count, u"false")) {
            return error(ctx, 400, QStringLiteral("BadRequest"),
                         QStringLiteral("Invalid value '%1' for $count query option.").arg(count));
        }
        countRequested = is(count, u"true");
    }
    const bool advanced = ctx.eventual && countRequested;

    std::optional<ODataFilter> search;
    if (ctx.query.contains(u"$search")) {
        if (!ctx.eventual) {
            return error(ctx, 400, QStringLiteral("Request_UnsupportedQuery"), kSearchNeedsHeader);
        }
        if (!m_tenant.options().advancedQueries) {
            return error(
                ctx, 400, QStringLiteral("Request_UnsupportedQuery"),
                QStringLiteral("The advanced query capabilities are not available for this tenant: '$search' is not "
                               "supported."));
        }
        search = ODataFilter::parseSearch(ctx.query.value(u"$search"));
        if (!search->isValid()) {
            return error(ctx, 400, QStringLiteral("BadRequest"), search->error());
        }
    }
    std::optional<ODataFilter> filter;
    if (ctx.query.contains(u"$filter")) {
        filter = ODataFilter::parseFilter(ctx.query.value(u"$filter"));
        if (!filter->isValid()) {
            return error(ctx, 400, QStringLiteral("BadRequest"), filter->error());
        }
        // A group's members are filtered through the advanced-query index only (docs/GRAPH.md#group-members).
        if ((members || filter->needsAdvancedQuery()) && !advanced) {
            return error(ctx, 400, QStringLiteral("Request_UnsupportedQuery"),
                         QStringLiteral(
                             "Unsupported or invalid query filter clause specified for property '%1' of resource '%2'.")
                             .arg(filter->properties().value(0), resource));
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
    const QString typeName
        = groups ? QStringLiteral("group") : (members ? QStringLiteral("directoryObject") : QStringLiteral("user"));
    for (const std::optional<ODataFilter>* expression : {&filter, &search}) {
        if (!*expression) {
            continue;
        }
        for (const QString& property : (*expression)->properties()) {
            if (canonicalKey(known, property).isEmpty()) {
                return error(ctx, 400, QStringLiteral("Request_BadRequest"),
                             QStringLiteral("Could not find a property named '%1' on type 'microsoft.graph.%2'.")
                                 .arg(property, typeName));
            }
        }
    }
    QStringList select;
    if (ctx.query.contains(u"$select")) {
        select = splitSelect(ctx.query.value(u"$select"));
        for (const QString& property : std::as_const(select)) {
            if (canonicalKey(known, property).isEmpty()) {
                return error(ctx, 400, QStringLiteral("Request_BadRequest"),
                             QStringLiteral(
                                 "Parsing OData Select and Expand failed: Could not find a property named '%1' on type "
                                 "'microsoft.graph.%2'.")
                                 .arg(property, typeName));
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
            return error(ctx, 400, QStringLiteral("Request_UnsupportedQuery"),
                         QStringLiteral("Sorting not supported for current query."));
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
            return error(ctx, 400, QStringLiteral("Request_BadRequest"),
                         QStringLiteral("Specified value for skiptoken is invalid."));
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
            object.insert(QStringLiteral("@odata.type"),
                          entry.user ? QStringLiteral("#microsoft.graph.user")
                                     : QStringLiteral("#microsoft.graph.group"));
        }
        value.append(object);
    }

    QJsonObject page;
    page.insert(QStringLiteral("@odata.context"),
                ctx.root + QStringLiteral("/$metadata#") + setName
                    + (select.isEmpty() ? QString() : u'(' + select.join(u',') + u')'));
    if (countRequested && ctx.eventual && offset == 0) {
        page.insert(QStringLiteral("@odata.count"), matching.size());
    }
    if (end < matching.size()) {
        const QByteArray query = ctx.query.rebuild(
            {QStringLiteral("$skiptoken")}, "$skiptoken=" + percentEncodeToken(encodeSkipToken(static_cast<int>(end))));
        page.insert(QStringLiteral("@odata.nextLink"),
                    ctx.request.origin + QString::fromLatin1(ctx.request.rawPath + '?' + query));
    }
    page.insert(QStringLiteral("value"), value);
    return json(page);
}

EmulatorReply GraphRequestHandler::countDirectory(Context& ctx, const QList<DirectoryEntry>& entries)
{
    if (!ctx.eventual) {
        return error(ctx, 400, QStringLiteral("Request_BadRequest"),
                     QStringLiteral("$count is not currently supported."));
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
            return error(ctx, 400, QStringLiteral("BadRequest"),
                         filter && !filter->isValid() ? filter->error() : search->error());
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
    static const QStringList allowed{QStringLiteral("$top"),    QStringLiteral("$skip"),    QStringLiteral("$select"),
                                     QStringLiteral("$filter"), QStringLiteral("$orderby"), QStringLiteral("$count")};
    for (const auto& item : ctx.query.items()) {
        if (item.key.startsWith(u'$') && !allowed.contains(item.key, Qt::CaseInsensitive)) {
            return error(ctx, 400, QStringLiteral("BadRequest"),
                         QStringLiteral("Unrecognized query argument specified: '%1'.").arg(item.key));
        }
    }
    int pageSize = kOutlookDefaultPage;
    if (ctx.query.contains(u"$top")) {
        bool ok = false;
        pageSize = ctx.query.value(u"$top").toInt(&ok);
        if (!ok || pageSize < 1 || pageSize > kOutlookMaxPage) {
            return error(
                ctx, 400, QStringLiteral("ErrorInvalidUrlQuery"),
                QStringLiteral("The value '%1' of parameter '$top' is invalid.").arg(ctx.query.value(u"$top")));
        }
    }
    int offset = 0;
    if (ctx.query.contains(u"$skip")) {
        bool ok = false;
        offset = ctx.query.value(u"$skip").toInt(&ok);
        if (!ok || offset < 0) {
            return error(
                ctx, 400, QStringLiteral("ErrorInvalidUrlQuery"),
                QStringLiteral("The value '%1' of parameter '$skip' is invalid.").arg(ctx.query.value(u"$skip")));
        }
    }
    const bool countRequested = is(ctx.query.value(u"$count"), u"true");

    QList<QJsonObject> matching = items;
    if (ctx.query.contains(u"$filter")) {
        const ODataFilter filter = ODataFilter::parseFilter(ctx.query.value(u"$filter"));
        const QStringList properties = filter.isValid() ? filter.properties() : QStringList();
        const bool supported = filter.isValid()
            && (contacts ? properties == QStringList{QStringLiteral("emailAddresses")}
                         : properties == QStringList{QStringLiteral("displayName")});
        if (!supported) {
            return error(ctx, 400, QStringLiteral("ErrorInvalidUrlQueryFilter"),
                         QStringLiteral("The query filter contains one or more invalid nodes."));
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
            return error(ctx, 400, QStringLiteral("ErrorInvalidProperty"),
                         QStringLiteral("The property '%1' does not support sorting.").arg(parts.value(0)));
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
                    return error(
                        ctx, 400, QStringLiteral("RequestBroker--ParseUri"),
                        QStringLiteral("Could not find a property named '%1' on type 'Microsoft.OutlookServices.%2'.")
                            .arg(property, contacts ? QStringLiteral("Contact") : QStringLiteral("ContactFolder")));
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
            object.insert(QStringLiteral("id"), matching.at(i).value(QStringLiteral("id")));
            if (matching.at(i).contains(QStringLiteral("@odata.etag"))) {
                object.insert(QStringLiteral("@odata.etag"), matching.at(i).value(QStringLiteral("@odata.etag")));
            }
            value.append(object);
        }
    }
    QJsonObject page;
    page.insert(QStringLiteral("@odata.context"),
                ctx.root + QStringLiteral("/$metadata#") + contextPath
                    + (select.isEmpty() ? QString() : u'(' + select.join(u',') + u')'));
    if (countRequested) {
        page.insert(QStringLiteral("@odata.count"), matching.size());
    }
    if (end < matching.size()) {
        const QByteArray query = ctx.query.rebuild({QStringLiteral("$skip")}, "$skip=" + QByteArray::number(end));
        page.insert(QStringLiteral("@odata.nextLink"),
                    ctx.request.origin + QString::fromLatin1(ctx.request.rawPath + '?' + query));
    }
    page.insert(QStringLiteral("value"), value);
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
        object.insert(QStringLiteral("id"), item.value(QStringLiteral("id")));
        if (contact) {
            object.insert(QStringLiteral("@odata.etag"), item.value(QStringLiteral("@odata.etag")));
        }
        context.insert(context.lastIndexOf(u'/'), u'(' + select.join(u',') + u')');
    }
    object.insert(QStringLiteral("@odata.context"), ctx.root + QStringLiteral("/$metadata#") + context);
    return json(object);
}

QJsonObject GraphRequestHandler::userJson(const DemoUser& user) const
{
    const quint64 s = user.seed;
    static const QStringList languages{QStringLiteral("en-US"), QStringLiteral("de-DE"), QStringLiteral("nb-NO"),
                                       QStringLiteral("pl-PL"), QStringLiteral("vi-VN"), QStringLiteral("zh-CN")};
    QJsonArray phones;
    if (s % 3 != 0) {
        phones.append(phone(s >> 8));
    }
    QJsonArray proxies;
    if (!user.mail.isEmpty()) {
        proxies.append(QStringLiteral("SMTP:") + user.mail);
    }
    return QJsonObject{
        {QStringLiteral("id"), user.id},
        {QStringLiteral("businessPhones"), phones},
        {QStringLiteral("displayName"), user.displayName},
        {QStringLiteral("givenName"), nullable(user.givenName)},
        {QStringLiteral("jobTitle"), nullable(user.jobTitle)},
        {QStringLiteral("mail"), nullable(user.mail)},
        {QStringLiteral("mobilePhone"), s % 4 == 0 ? QJsonValue(phone(s >> 16)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("officeLocation"), user.guest ? QJsonValue(QJsonValue::Null) : QJsonValue(user.officeLocation)},
        {QStringLiteral("preferredLanguage"),
         s % 7 == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(languages.at(static_cast<int>((s >> 4) % 6)))},
        {QStringLiteral("surname"), nullable(user.surname)},
        {QStringLiteral("userPrincipalName"), user.userPrincipalName},
        {QStringLiteral("accountEnabled"), user.accountEnabled},
        {QStringLiteral("userType"), user.userType()},
        {QStringLiteral("department"), nullable(user.department)},
        {QStringLiteral("companyName"),
         user.guest ? QJsonValue(QJsonValue::Null) : QJsonValue(QStringLiteral("Contoso"))},
        {QStringLiteral("createdDateTime"), isoDate(s)},
        {QStringLiteral("mailNickname"), userMailNickname(user)},
        {QStringLiteral("usageLocation"), QStringLiteral("US")},
        {QStringLiteral("otherMails"), QJsonArray{}},
        {QStringLiteral("proxyAddresses"), proxies},
        {QStringLiteral("employeeId"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("city"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("country"), QJsonValue(QJsonValue::Null)},
    };
}

QJsonObject GraphRequestHandler::groupJson(const DemoGroup& group) const
{
    QJsonArray proxies;
    if (!group.mail.isEmpty()) {
        proxies.append(QStringLiteral("SMTP:") + group.mail);
    }
    const QJsonValue null(QJsonValue::Null);
    return QJsonObject{
        {QStringLiteral("id"), group.id},
        {QStringLiteral("deletedDateTime"), null},
        {QStringLiteral("classification"), null},
        {QStringLiteral("createdDateTime"), isoDate(group.seed)},
        {QStringLiteral("description"), nullable(group.description)},
        {QStringLiteral("displayName"), group.displayName},
        {QStringLiteral("expirationDateTime"), null},
        {QStringLiteral("groupTypes"), group.unified ? QJsonArray{QStringLiteral("Unified")} : QJsonArray{}},
        {QStringLiteral("isAssignableToRole"), null},
        {QStringLiteral("mail"), nullable(group.mail)},
        {QStringLiteral("mailEnabled"), group.mailEnabled},
        {QStringLiteral("mailNickname"), group.mailNickname},
        {QStringLiteral("membershipRule"), null},
        {QStringLiteral("membershipRuleProcessingState"), null},
        {QStringLiteral("onPremisesLastSyncDateTime"), null},
        {QStringLiteral("onPremisesSecurityIdentifier"), null},
        {QStringLiteral("onPremisesSyncEnabled"), null},
        {QStringLiteral("preferredDataLocation"), null},
        {QStringLiteral("preferredLanguage"), null},
        {QStringLiteral("proxyAddresses"), proxies},
        {QStringLiteral("renewedDateTime"), isoDate(group.seed)},
        {QStringLiteral("resourceBehaviorOptions"), QJsonArray{}},
        {QStringLiteral("resourceProvisioningOptions"), QJsonArray{}},
        {QStringLiteral("securityEnabled"), group.securityEnabled},
        {QStringLiteral("theme"), null},
        {QStringLiteral("visibility"), nullable(group.visibility)},
        {QStringLiteral("onPremisesProvisioningErrors"), QJsonArray{}},
    };
}

QJsonObject GraphRequestHandler::contactJson(const DemoContact& contact) const
{
    QJsonArray emails;
    for (const auto& email : contact.emailAddresses) {
        emails.append(QJsonObject{{QStringLiteral("name"), email.name}, {QStringLiteral("address"), email.address}});
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
        {QStringLiteral("@odata.etag"), QStringLiteral("W/\"%1\"").arg(changeKey)},
        {QStringLiteral("id"), contact.id},
        {QStringLiteral("createdDateTime"), isoDate(contact.seed)},
        {QStringLiteral("lastModifiedDateTime"), isoDate(contact.seed + 86400ULL * 30)},
        {QStringLiteral("changeKey"), changeKey},
        {QStringLiteral("categories"), QJsonArray{}},
        {QStringLiteral("parentFolderId"), contact.parentFolderId},
        {QStringLiteral("birthday"), null},
        {QStringLiteral("fileAs"), contact.surname + QStringLiteral(", ") + contact.givenName},
        {QStringLiteral("displayName"), contact.displayName},
        {QStringLiteral("givenName"), nullable(contact.givenName)},
        {QStringLiteral("initials"), initials},
        {QStringLiteral("middleName"), null},
        {QStringLiteral("nickName"), null},
        {QStringLiteral("surname"), nullable(contact.surname)},
        {QStringLiteral("title"), null},
        {QStringLiteral("yomiGivenName"), null},
        {QStringLiteral("yomiSurname"), null},
        {QStringLiteral("yomiCompanyName"), null},
        {QStringLiteral("generation"), null},
        {QStringLiteral("imAddresses"), QJsonArray{}},
        {QStringLiteral("jobTitle"), nullable(contact.jobTitle)},
        {QStringLiteral("companyName"), nullable(contact.companyName)},
        {QStringLiteral("department"), null},
        {QStringLiteral("officeLocation"), null},
        {QStringLiteral("profession"), null},
        {QStringLiteral("businessHomePage"), null},
        {QStringLiteral("assistantName"), null},
        {QStringLiteral("manager"), null},
        {QStringLiteral("homePhones"), QJsonArray{}},
        {QStringLiteral("mobilePhone"), nullable(contact.mobilePhone)},
        {QStringLiteral("businessPhones"), QJsonArray{}},
        {QStringLiteral("spouseName"), null},
        {QStringLiteral("personalNotes"), QString()},
        {QStringLiteral("children"), QJsonArray{}},
        {QStringLiteral("emailAddresses"), emails},
        {QStringLiteral("homeAddress"), QJsonObject{}},
        {QStringLiteral("businessAddress"), QJsonObject{}},
        {QStringLiteral("otherAddress"), QJsonObject{}},
    };
}

QJsonObject GraphRequestHandler::folderJson(const DemoContactFolder& folder) const
{
    return QJsonObject{{QStringLiteral("id"), folder.id},
                       {QStringLiteral("displayName"), folder.displayName},
                       {QStringLiteral("parentFolderId"), folder.parentFolderId}};
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
    const QString date = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddThh:mm:ss"));
    const QJsonObject inner{{QStringLiteral("date"), date},
                            {QStringLiteral("request-id"), QString::fromLatin1(ctx.requestId)},
                            {QStringLiteral("client-request-id"), QString::fromLatin1(ctx.clientRequestId)}};
    const QJsonObject body{{QStringLiteral("error"),
                            QJsonObject{{QStringLiteral("code"), code},
                                        {QStringLiteral("message"), message},
                                        {QStringLiteral("innerError"), inner}}}};
    EmulatorReply reply;
    reply.status = status;
    reply.contentType = QByteArrayLiteral("application/json");
    reply.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    reply.errorCode = code.toUtf8();
    return reply;
}

EmulatorReply GraphRequestHandler::segmentError(const Context& ctx, const QString& segment) const
{
    return error(ctx, 400, QStringLiteral("BadRequest"),
                 QStringLiteral("Resource not found for the segment '%1'.").arg(segment));
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
    EmulatorReply reply = error(ctx, 405, QStringLiteral("BadRequest"),
                                QStringLiteral("Specified HTTP method is not allowed for the request uri."));
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
