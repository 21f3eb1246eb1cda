#include "OAuthReply.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Portrait {

QString OAuthReply::message() const
{
    if (networkError) {
        return QCoreApplication::translate("Portrait::OAuthReply", "the sign-in service could not be reached: %1")
            .arg(networkMessage);
    }
    if (error.isEmpty()) {
        return {};
    }
    const QString firstLine = errorDescription.section(QLatin1Char('\r'), 0, 0).section(QLatin1Char('\n'), 0, 0);
    return firstLine.isEmpty() ? error : QStringLiteral("%1: %2").arg(error, firstLine);
}

namespace {

/// What people can do about the AADSTS numbers they meet (the identity platform's error code reference).
const char* adviceFor(const QList<int>& codes, const QString& error)
{
    for (const int code : codes) {
        switch (code) {
        case 7000215:
            return QT_TRANSLATE_NOOP("Portrait::OAuthReply",
                                     "The client secret is wrong: use the secret's value, not its ID.");
        case 7000222:
            return QT_TRANSLATE_NOOP("Portrait::OAuthReply",
                                     "The client secret has expired: add a new one to the app registration.");
        case 700016:
            return QT_TRANSLATE_NOOP("Portrait::OAuthReply",
                                     "No application with this client ID is known in this tenant.");
        case 90002:
        case 900023:
            return QT_TRANSLATE_NOOP("Portrait::OAuthReply", "The tenant was not found: check its ID or domain.");
        case 50076:
        case 50079:
            return QT_TRANSLATE_NOOP("Portrait::OAuthReply",
                                     "The tenant asks for multi-factor authentication: sign in again.");
        case 65001:
            return QT_TRANSLATE_NOOP("Portrait::OAuthReply",
                                     "The application lacks consent for its permissions: an administrator must "
                                     "grant it.");
        case 50173:
        case 70008:
        case 700082:
            return QT_TRANSLATE_NOOP("Portrait::OAuthReply", "The sign-in has expired or was revoked: sign in again.");
        case 53003:
            return QT_TRANSLATE_NOOP("Portrait::OAuthReply", "A conditional access policy of the tenant blocks it.");
        default:
            break;
        }
    }
    if (error == QLatin1String("invalid_grant") || error == QLatin1String("interaction_required")
        || error == QLatin1String("login_required")) {
        return QT_TRANSLATE_NOOP("Portrait::OAuthReply", "The sign-in is no longer valid: sign in again.");
    }
    return nullptr;
}

} // namespace

GraphError OAuthReply::toError() const
{
    if (ok()) {
        return {};
    }
    GraphError e;
    e.kind = networkError ? GraphError::Kind::Network : GraphError::Kind::Auth;
    e.code = networkError ? QStringLiteral("network_error") : error;
    e.httpStatus = httpStatus;
    e.requestId = traceId;
    e.clientRequestId = correlationId;
    e.message = message();
    if (const char* advice = networkError ? nullptr : adviceFor(errorCodes, error)) {
        const TrMessage text = trMessage("Portrait::OAuthReply", advice);
        e.message = QStringLiteral("%1 (%2)").arg(text.source, e.message);
        e.localizedMessage = QStringLiteral("%1 (%2)").arg(text.translated, message());
    }
    return e;
}

OAuthReply OAuthReply::parse(int httpStatus, const QByteArray& body)
{
    OAuthReply reply;
    reply.httpStatus = httpStatus;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject()) {
        reply.error = QStringLiteral("invalid_response");
        reply.errorDescription
            = QCoreApplication::translate("Portrait::OAuthReply",
                                          "the sign-in service answered HTTP %1 without the expected JSON")
                  .arg(httpStatus);
        return reply;
    }
    reply.json = document.object();
    reply.error = reply.json.value(QLatin1String("error")).toString();
    reply.errorDescription = reply.json.value(QLatin1String("error_description")).toString();
    for (const QJsonValue& code : reply.json.value(QLatin1String("error_codes")).toArray()) {
        reply.errorCodes.append(code.toInt());
    }
    reply.traceId = reply.json.value(QLatin1String("trace_id")).toString();
    reply.correlationId = reply.json.value(QLatin1String("correlation_id")).toString();
    if (reply.error.isEmpty() && (httpStatus < 200 || httpStatus >= 300)) {
        reply.error = QStringLiteral("http_%1").arg(httpStatus);
    }
    return reply;
}

} // namespace Portrait
