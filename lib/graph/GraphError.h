#pragma once

#include <QByteArray>
#include <QString>

namespace Portrait {

/**
 * @brief What went wrong with one Graph exchange, as Graph and the network said it.
 *
 * Carries the HTTP status, Graph's error `code` and `message`, and the `request-id` / `client-request-id`
 * / `date` from `innerError` (or the response headers), so that a failure can be reported to Microsoft
 * support exactly. A default-constructed GraphError means "no error".
 */
struct GraphError
{
    /// The broad class of a failure, which decides how callers react.
    enum class Kind
    {
        None, ///< no error
        Http, ///< Graph answered with an HTTP error status
        Network, ///< the service could not be reached, or the connection broke
        Timeout, ///< no progress within the transfer timeout
        Protocol, ///< the answer could not be understood (malformed JSON, wrong shape, too large)
        Security, ///< refused by us: a link or redirect to another origin, a downgrade
        Auth, ///< no token could be had
        Cancelled, ///< cancelled by the caller
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code; ///< Graph's error code, e.g. `ErrorItemNotFound`
    QString message; ///< Graph's (or our) human message
    QString requestId;
    QString clientRequestId;
    QString date;
    double retryAfterSeconds = -1; ///< from the Retry-After header, or -1

    bool isError() const { return kind != Kind::None; }
    /// True when the whole run cannot go on because authentication failed (401, or no token).
    bool isAuthFailure() const { return kind == Kind::Auth || httpStatus == 401; }

    /// One line for people: "HTTP 404 ErrorItemNotFound: The photo wasn't found. (request-id ...)".
    QString toString() const;

    static GraphError http(int status, const QByteArray& body = {});
    static GraphError make(Kind kind, const QString& message, const QString& code = {});
};

/**
 * @brief Parses Graph's error JSON `{"error":{"code","message","innerError":{...}}}` into @p into.
 *
 * Accepts both `innerError` and `innererror`. Leaves @p into untouched except for the fields found; returns
 * false when @p body is not such an object (empty, text, HTML, or malformed).
 */
bool parseGraphErrorBody(const QByteArray& body, GraphError& into);

/**
 * @brief The Graph permissions a request to @p encodedPath (relative to the version root, e.g.
 * `users/x/photo/$value`) needs, for a 403 message that names what is missing (FACTS.md §1.8, §2.2–2.5).
 */
QString requiredPermissions(const QString& encodedPath);

} // namespace Portrait
