#pragma once

#include "base/GraphError.h"

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
    /**
     * @brief The failure as the one error type: kind Network when the service could not be reached, else Auth with
     * the OAuth error as `code` (`network_error` for the first), message(), the trace and correlation ids as
     * requestId and clientRequestId, and, for the AADSTS numbers people meet (a wrong or expired client secret, an
     * unknown app or tenant, multi-factor authentication, missing consent, an expired or revoked sign-in, conditional
     * access), a text in the user's language that says what to do. A default GraphError when ok().
     */
    GraphError toError() const;
    /// Parses an HTTP answer; a body that is not the error JSON becomes `error = "invalid_response"`.
    static OAuthReply parse(int httpStatus, const QByteArray& body);
};

} // namespace Portrait
