#pragma once

#include <QByteArray>
#include <QString>

namespace Portrait {

/**
 * @brief One of Portrait's own messages in its two forms: the English source text, for machine output (the
 * records of `portrait-cli --json`, CSV and JSON reports, logs), which stays the same whatever the user's
 * language, and its translation, for people (the GUI, the CLI's human output).
 *
 * Made with trMessage() from a text marked for lupdate in the class's context, e.g.
 * `trMessage(staticMetaObject.className(), QT_TR_NOOP("'%1' is not a folder")).arg(dir)`.
 */
struct TrMessage
{
    QString source; ///< English, as written in the code
    QString translated; ///< in the language of the installed catalogues (the source when there is none)

    /// QString::arg() on both forms.
    template <typename... Args> TrMessage arg(const Args&... args) const
    {
        return {source.arg(args...), translated.arg(args...)};
    }
};

/// @p sourceText (UTF-8, marked with QT_TR_NOOP or QT_TRANSLATE_NOOP) and its translation in @p context.
TrMessage trMessage(const char* context, const char* sourceText);

/**
 * @brief What went wrong, as Graph, the identity platform, the keychain or the network said it: the one error type
 * of every layer (a Graph job, a bulk run, a sign-in flow, a token request, the keychain).
 *
 * Carries the HTTP status, the service's error `code` (Graph's, e.g. `ErrorItemNotFound`, or the OAuth error of the
 * sign-in service, e.g. `invalid_grant`) and `message`, and the `request-id` / `client-request-id` / `date` from
 * `innerError` (or the response headers; for sign-in, its trace and correlation ids), so that a failure can be
 * reported to Microsoft support exactly. A default-constructed GraphError means "no error". The name says where
 * most of them come from; auth uses the same type (kinds Auth and Keychain) so that the CLI's exit codes and the
 * GUI's messages handle one type.
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
        Auth, ///< no token could be had: the sign-in service refused (`code` holds its OAuth error), or none was asked
        Cancelled, ///< cancelled by the caller
        Keychain, ///< the keychain could not be reached, is locked, or refused to keep or give a secret
        Usage, ///< what was asked cannot be done as asked, before any network (e.g. a certificate that cannot be read)
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code; ///< Graph's error code, e.g. `ErrorItemNotFound`
    QString message; ///< Graph's (always English) or our human message, in English: what machine output carries
    /// Our message in the user's language (TrMessage::translated); empty when `message` is all there is.
    QString localizedMessage;
    QString requestId;
    QString clientRequestId;
    QString date;
    double retryAfterSeconds = -1; ///< from the Retry-After header, or -1

    bool isError() const { return kind != Kind::None; }
    /// True when the whole run cannot go on because authentication failed (401, no token, or the keychain).
    bool isAuthFailure() const { return kind == Kind::Auth || kind == Kind::Keychain || httpStatus == 401; }
    /// True when only signing in again helps: the sign-in service said `invalid_grant`, `interaction_required`,
    /// `consent_required` or `login_required` (an expired or revoked refresh token, multi-factor authentication), or a
    /// token request found that only a sign-in helps (code `interaction-required`: not signed in, a secret gone).
    bool needsSignIn() const;

    /// One line for people: "HTTP 404 ErrorItemNotFound: The photo wasn't found. (request-id ...)".
    QString toString() const;
    /// The code only repeats the kind's word (`keychain`, `cancelled`): one line shows it once.
    bool codeRepeatsKind() const;

    static GraphError http(int status, const QByteArray& body = {});
    /// The message for people: localizedMessage, else message.
    QString displayMessage() const { return localizedMessage.isEmpty() ? message : localizedMessage; }
    static GraphError make(Kind kind, const QString& message, const QString& code = {});
    /// One of our own errors: `message` is the English source, `localizedMessage` its translation.
    static GraphError make(Kind kind, const TrMessage& message, const QString& code = {});
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
 * `users/x/photo/$value`) needs, for a 403 message that names what is missing (docs/GRAPH.md#permissions).
 */
QString requiredPermissions(const QString& encodedPath);

/**
 * @brief The Graph permissions, and the administrator role where one is needed, that changing or removing the photo
 * at @p encodedPath (e.g. `users/x/photo/$value`) takes: for a 403 on a write.
 */
QString requiredWritePermissions(const QString& encodedPath);

} // namespace Portrait
