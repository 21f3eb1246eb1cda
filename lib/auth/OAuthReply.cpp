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
