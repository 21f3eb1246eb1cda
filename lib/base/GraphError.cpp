#include "GraphError.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Portrait {

namespace {

/// The English word of @p kind that toString() begins with ("HTTP" is followed by the status).
QString kindWord(GraphError::Kind kind)
{
    switch (kind) {
    case GraphError::Kind::None:
        return QStringLiteral("no error");
    case GraphError::Kind::Http:
        return QStringLiteral("HTTP");
    case GraphError::Kind::Network:
        return QStringLiteral("network error");
    case GraphError::Kind::Timeout:
        return QStringLiteral("timed out");
    case GraphError::Kind::Protocol:
        return QStringLiteral("unexpected answer");
    case GraphError::Kind::Security:
        return QStringLiteral("refused");
    case GraphError::Kind::Auth:
        return QStringLiteral("authentication failed");
    case GraphError::Kind::Cancelled:
        return QStringLiteral("cancelled");
    case GraphError::Kind::Keychain:
        return QStringLiteral("keychain");
    case GraphError::Kind::Usage:
        return QStringLiteral("unusable");
    }
    return {};
}

} // namespace

bool GraphError::codeRepeatsKind() const
{
    return code == kindWord(kind);
}

QString GraphError::toString() const
{
    if (kind == Kind::None) {
        return kindWord(kind);
    }
    QString text = kind == Kind::Http ? QStringLiteral("HTTP %1").arg(httpStatus) : kindWord(kind);
    if (!code.isEmpty() && !codeRepeatsKind()) {
        text += u' ' + code;
    }
    if (!message.isEmpty()) {
        text += QStringLiteral(": ") + message;
    }
    if (!requestId.isEmpty()) {
        text += QStringLiteral(" (request-id %1)").arg(requestId);
    }
    return text;
}

bool GraphError::needsSignIn() const
{
    return kind == Kind::Auth
        && (code == QLatin1String("invalid_grant") || code == QLatin1String("interaction_required")
            || code == QLatin1String("consent_required") || code == QLatin1String("login_required")
            || code == QLatin1String("interaction-required"));
}

GraphError GraphError::http(int status, const QByteArray& body)
{
    GraphError e;
    e.kind = Kind::Http;
    e.httpStatus = status;
    parseGraphErrorBody(body, e);
    return e;
}

GraphError GraphError::make(Kind kind, const QString& message, const QString& code)
{
    GraphError e;
    e.kind = kind;
    e.message = message;
    e.code = code;
    return e;
}

GraphError GraphError::make(Kind kind, const TrMessage& message, const QString& code)
{
    GraphError e = make(kind, message.source, code);
    if (message.translated != message.source) {
        e.localizedMessage = message.translated;
    }
    return e;
}

TrMessage trMessage(const char* context, const char* sourceText)
{
    return {QString::fromUtf8(sourceText), QCoreApplication::translate(context, sourceText)};
}

QString requiredPermissions(const QString& encodedPath)
{
    const QString path = encodedPath.toLower();
    const bool photo = path.contains(QLatin1String("/photo"));
    if (path.contains(QLatin1String("contacts")) || path.contains(QLatin1String("contactfolders"))) {
        return QStringLiteral("Contacts.Read");
    }
    if (path.startsWith(QLatin1String("groups"))) {
        if (photo) {
            return QStringLiteral("ProfilePhoto.Read.All or Group.Read.All (group photos are not served to app-only "
                                  "tokens in many tenants)");
        }
        return QStringLiteral("GroupMember.Read.All (delegated or application)");
    }
    if (photo) {
        return path.startsWith(QLatin1String("me/"))
            ? QStringLiteral("User.Read or ProfilePhoto.Read.All")
            : QStringLiteral("User.ReadBasic.All or ProfilePhoto.Read.All (delegated); User.Read.All or "
                             "ProfilePhoto.Read.All (application)");
    }
    if (path.startsWith(QLatin1String("users"))) {
        return QStringLiteral("User.ReadBasic.All (delegated) or User.Read.All (application)");
    }
    if (path.startsWith(QLatin1String("me"))) {
        return QStringLiteral("User.Read");
    }
    return {};
}

QString requiredWritePermissions(const QString& encodedPath)
{
    // Graph's update and delete pages: a contact needs Contacts.ReadWrite; a group Group.ReadWrite.All, delegated
    // only (app-only group writes are refused); one's own photo User.ReadWrite; anyone's User.ReadWrite.All, which a
    // signed-in user holds only as a User Administrator or Global Administrator. Newer pages accept
    // ProfilePhoto.ReadWrite.All in place of the user and group ones.
    const QString path = encodedPath.toLower();
    if (path.contains(QLatin1String("contacts"))) {
        return QStringLiteral("Contacts.ReadWrite");
    }
    if (path.startsWith(QLatin1String("groups"))) {
        return QStringLiteral("Group.ReadWrite.All or ProfilePhoto.ReadWrite.All, delegated (a signed-in Groups "
                              "Administrator or Global Administrator; app-only tokens cannot change group photos)");
    }
    if (path.startsWith(QLatin1String("me/"))) {
        return QStringLiteral("User.ReadWrite or ProfilePhoto.ReadWrite.All");
    }
    return QStringLiteral("User.ReadWrite.All or ProfilePhoto.ReadWrite.All (delegated: signed in as a User "
                          "Administrator or Global Administrator; or as an application permission)");
}

bool parseGraphErrorBody(const QByteArray& body, GraphError& into)
{
    if (body.isEmpty() || body.size() > 1024 * 1024) {
        return false;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        return false;
    }
    const QJsonValue errorValue = doc.object().value(QLatin1String("error"));
    if (!errorValue.isObject()) {
        return false;
    }
    const QJsonObject error = errorValue.toObject();
    const QString code = error.value(QLatin1String("code")).toString();
    const QString message = error.value(QLatin1String("message")).toString();
    if (!code.isEmpty()) {
        into.code = code;
    }
    if (!message.isEmpty()) {
        into.message = message;
    }
    QJsonObject inner = error.value(QLatin1String("innerError")).toObject();
    if (inner.isEmpty()) {
        inner = error.value(QLatin1String("innererror")).toObject();
    }
    const auto take = [&inner](const char* key, QString& field) {
        const QString v = inner.value(QLatin1String(key)).toString();
        if (!v.isEmpty()) {
            field = v;
        }
    };
    take("request-id", into.requestId);
    take("client-request-id", into.clientRequestId);
    take("date", into.date);
    return true;
}

} // namespace Portrait
