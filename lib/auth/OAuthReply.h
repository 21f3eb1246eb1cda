#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Portrait {

/**
 * @brief One answer of the Microsoft identity platform's token or devicecode endpoint: the success fields, or
 * the standard error JSON (`error`, `error_description`, `error_codes`, `trace_id`, `correlation_id`;
 * docs/GRAPH.md#sign-in-errors).
 */
struct OAuthReply
{
    int httpStatus = 0; ///< 0 when the endpoint could not be reached
    bool networkError = false; ///< no HTTP answer at all (DNS, refused, timeout)
    QString networkMessage; ///< the transport error, when networkError

    QString error; ///< OAuth error code, e.g. `authorization_pending`, `invalid_grant`; empty on success
    QString errorDescription; ///< e.g. `AADSTS70000: ...` (first line only; never holds secrets)
    QList<int> errorCodes; ///< AADSTS numbers
    QString traceId;
    QString correlationId;

    QJsonObject json; ///< the whole body (success fields: access_token, refresh_token, expires_in, ...)

    bool ok() const { return !networkError && error.isEmpty() && httpStatus >= 200 && httpStatus < 300; }
    /// A message for people: the error code and the first line of the description, or the network problem.
    QString message() const;
    /// Parses an HTTP answer; a body that is not the error JSON becomes `error = "invalid_response"`.
    static OAuthReply parse(int httpStatus, const QByteArray& body);
};

} // namespace Portrait
