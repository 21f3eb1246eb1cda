#include "DisplayText.h"

#include <QCoreApplication>
#include <QTextDocument>

#include <algorithm>

namespace Portrait {

QString errorDisplayText(const GraphError& error)
{
    QString text;
    switch (error.kind) {
    case GraphError::Kind::None:
        return QCoreApplication::translate("Portrait::GraphError", "no error");
    case GraphError::Kind::Http:
        text = QCoreApplication::translate("Portrait::GraphError", "HTTP %1").arg(error.httpStatus);
        break;
    case GraphError::Kind::Network:
        text = QCoreApplication::translate("Portrait::GraphError", "network error");
        break;
    case GraphError::Kind::Timeout:
        text = QCoreApplication::translate("Portrait::GraphError", "timed out");
        break;
    case GraphError::Kind::Protocol:
        text = QCoreApplication::translate("Portrait::GraphError", "unexpected answer");
        break;
    case GraphError::Kind::Security:
        text = QCoreApplication::translate("Portrait::GraphError", "refused");
        break;
    case GraphError::Kind::Auth:
        text = QCoreApplication::translate("Portrait::GraphError", "authentication failed");
        break;
    case GraphError::Kind::Cancelled:
        text = QCoreApplication::translate("Portrait::GraphError", "cancelled");
        break;
    case GraphError::Kind::Keychain:
        text = QCoreApplication::translate("Portrait::GraphError", "keychain");
        break;
    case GraphError::Kind::Usage:
        text = QCoreApplication::translate("Portrait::GraphError", "unusable");
        break;
    }
    if (!error.code.isEmpty() && !error.codeRepeatsKind()) {
        text += u' ' + error.code;
    }
    if (!error.message.isEmpty()) {
        text = QCoreApplication::translate("Portrait::GraphError", "%1: %2").arg(text, error.displayMessage());
    }
    if (!error.requestId.isEmpty()) {
        text = QCoreApplication::translate("Portrait::GraphError", "%1 (request-id %2)").arg(text, error.requestId);
    }
    return text;
}

QString photoStatusTitle(PhotoStatus status)
{
    switch (status) {
    case PhotoStatus::Photo:
        return QCoreApplication::translate("Portrait::PhotoStatus", "Photo");
    case PhotoStatus::None:
        return QCoreApplication::translate("Portrait::PhotoStatus", "No photo");
    case PhotoStatus::Placeholder:
        return QCoreApplication::translate("Portrait::PhotoStatus", "Placeholder");
    case PhotoStatus::Unavailable:
        return QCoreApplication::translate("Portrait::PhotoStatus", "Unavailable");
    case PhotoStatus::Error:
        break;
    }
    return QCoreApplication::translate("Portrait::PhotoStatus", "Error");
}

QString kindTitle(DirectoryObject::Kind kind)
{
    switch (kind) {
    case DirectoryObject::Kind::User:
        return QCoreApplication::translate("Portrait::DirectoryObject", "User");
    case DirectoryObject::Kind::Group:
        return QCoreApplication::translate("Portrait::DirectoryObject", "Group");
    case DirectoryObject::Kind::Contact:
        return QCoreApplication::translate("Portrait::DirectoryObject", "Contact");
    case DirectoryObject::Kind::ContactFolder:
        return QCoreApplication::translate("Portrait::DirectoryObject", "Contact folder");
    case DirectoryObject::Kind::Unknown:
        break;
    }
    return QCoreApplication::translate("Portrait::DirectoryObject", "Unknown");
}

namespace {

bool oneOf(const QString& reason, std::initializer_list<const char*> codes)
{
    return std::any_of(codes.begin(), codes.end(), [&reason](const char* code) {
        return reason.compare(QLatin1String(code), Qt::CaseInsensitive) == 0;
    });
}

} // namespace

QString PhotoExplanation::summary() const
{
    return reason.isEmpty()
        ? status
        : QCoreApplication::translate("Portrait::PhotoExplanation", "%1: %2", "a photo status and its reason")
              .arg(status, reason);
}

PhotoExplanation explainPhoto(PhotoStatus status, const QString& reason)
{
    PhotoExplanation e;
    e.status = photoStatusTitle(status);
    if (status == PhotoStatus::Photo) {
        return e;
    }
    const QString reupload = QCoreApplication::translate(
        "Portrait::PhotoExplanation", "Upload the person's photo (Microsoft 365 admin center, Entra ID, or Outlook).");
    if (reason == u"not-found") {
        e.reason = QCoreApplication::translate("Portrait::PhotoExplanation", "none uploaded");
        e.advice = reupload;
    } else if (reason == u"placeholder-1x1") {
        // Graph says "no photo" with the metadata (or bytes) of an empty 1 by 1 image.
        e.reason = QCoreApplication::translate("Portrait::PhotoExplanation", "Graph's empty 1×1 image");
        e.advice = reupload;
    } else if (reason == u"min-edge") {
        e.reason = QCoreApplication::translate("Portrait::PhotoExplanation", "smaller than the audit's minimum edge");
        e.advice = QCoreApplication::translate("Portrait::PhotoExplanation",
                                               "Upload a larger photo, or lower the minimum edge of the audit.");
    } else if (reason == u"placeholder-image") {
        e.reason
            = QCoreApplication::translate("Portrait::PhotoExplanation", "the same image as one of the placeholders");
        e.advice
            = QCoreApplication::translate("Portrait::PhotoExplanation", "Replace it with a real photo of the person.");
    } else if (reason == u"placeholder-similar") {
        e.reason = QCoreApplication::translate("Portrait::PhotoExplanation", "looks like one of the placeholders");
        e.advice = QCoreApplication::translate(
            "Portrait::PhotoExplanation",
            "Replace it with a real photo; if it is one, remove the look-alike from the placeholders.");
    } else if (reason == u"duplicate") {
        e.reason = QCoreApplication::translate("Portrait::PhotoExplanation", "the same image as other people's");
        e.advice = QCoreApplication::translate("Portrait::PhotoExplanation", "Replace it with the person's own photo.");
    } else if (reason == u"size-unavailable") {
        e.reason = QCoreApplication::translate("Portrait::PhotoExplanation", "not stored in the size asked for");
        e.advice = QCoreApplication::translate("Portrait::PhotoExplanation",
                                               "Export the largest photo, or a size that exists.");
    } else if (reason == u"bad-metadata") {
        e.reason
            = QCoreApplication::translate("Portrait::PhotoExplanation", "Graph described the photo without a size");
        e.advice = QCoreApplication::translate("Portrait::PhotoExplanation",
                                               "Try again later; if it stays, upload the photo again.");
    } else if (oneOf(reason, {"ErrorNonExistentMailbox", "ErrorInvalidUser", "AuthenticationError"})) {
        // Graph serves these photos through the Exchange Online mailbox, which this user does not have.
        e.reason = QCoreApplication::translate("Portrait::PhotoExplanation", "no Exchange Online mailbox");
        e.advice = QCoreApplication::translate(
            "Portrait::PhotoExplanation",
            "Nothing to fix if the user needs no mailbox; else give them an Exchange Online licence.");
    } else if (oneOf(reason, {"MailboxNotHostedInExchangeOnline"})) {
        e.reason
            = QCoreApplication::translate("Portrait::PhotoExplanation", "mailbox on an on-premises Exchange server");
        e.advice = QCoreApplication::translate("Portrait::PhotoExplanation",
                                               "Manage this photo in the on-premises Exchange; Graph cannot read it.");
    } else if (oneOf(reason, {"MailboxNotEnabledForRESTAPI", "ErrorMailboxNotEnabledForRESTAPI"})) {
        e.reason = QCoreApplication::translate("Portrait::PhotoExplanation", "mailbox not reachable through Graph");
        e.advice = QCoreApplication::translate(
            "Portrait::PhotoExplanation",
            "Check that the mailbox is in Exchange Online and active (not inactive or soft-deleted).");
    } else if (oneOf(reason,
                     {"ErrorAccessDenied", "accessDenied", "Authorization_RequestDenied", "forbidden", "Forbidden",
                      "NoPermissionsInAccessToken"})) {
        e.reason = QCoreApplication::translate("Portrait::PhotoExplanation", "access denied");
        e.advice = QCoreApplication::translate(
            "Portrait::PhotoExplanation",
            "Sign in with an account (or app) allowed to read photos: ProfilePhoto.Read.All or "
            "User.Read.All; group photos need delegated sign-in.");
    } else if (oneOf(reason, {"ConsumerPhotoIsNotSupported"})) {
        e.reason = QCoreApplication::translate("Portrait::PhotoExplanation", "a personal Microsoft account");
        e.advice = QCoreApplication::translate("Portrait::PhotoExplanation",
                                               "Graph serves no photos of personal accounts here; nothing to fix.");
    } else if (reason == u"network") {
        e.reason = QCoreApplication::translate("Portrait::PhotoExplanation", "network error");
        e.advice = QCoreApplication::translate("Portrait::PhotoExplanation",
                                               "Check the network connection and refresh (F5).");
    } else if (reason == u"timeout") {
        e.reason = QCoreApplication::translate("Portrait::PhotoExplanation", "no answer in time");
        e.advice = QCoreApplication::translate("Portrait::PhotoExplanation", "Refresh (F5) later; Graph may be busy.");
    } else if (reason == u"refused") {
        e.reason = QCoreApplication::translate("Portrait::PhotoExplanation", "the connection was refused as unsafe");
        e.advice = QCoreApplication::translate("Portrait::PhotoExplanation",
                                               "Check the proxy and certificate settings in Preferences.");
    } else if (reason == u"auth") {
        e.reason = QCoreApplication::translate("Portrait::PhotoExplanation", "the sign-in is no longer valid");
        e.advice = QCoreApplication::translate("Portrait::PhotoExplanation", "Sign in again.");
    } else if (reason == u"cancelled") {
        e.reason = QCoreApplication::translate("Portrait::PhotoExplanation", "cancelled");
        e.advice = QCoreApplication::translate("Portrait::PhotoExplanation", "Run it again.");
    } else if (oneOf(reason,
                     {"TooManyRequests", "ApplicationThrottled", "ServiceUnavailable", "http-429", "http-503"})) {
        e.reason = QCoreApplication::translate("Portrait::PhotoExplanation", "Graph is busy");
        e.advice = QCoreApplication::translate("Portrait::PhotoExplanation", "Try again in a few minutes.");
    } else {
        // A code Graph sent that is not known here: shown as sent, so it can be looked up.
        e.reason = reason;
        switch (status) {
        case PhotoStatus::None:
            e.advice = reupload;
            break;
        case PhotoStatus::Placeholder:
            e.advice = QCoreApplication::translate("Portrait::PhotoExplanation",
                                                   "Replace it with a real photo of the person.");
            break;
        case PhotoStatus::Unavailable:
            e.advice = QCoreApplication::translate("Portrait::PhotoExplanation",
                                                   "Graph cannot serve this photo to this account; the code says why.");
            break;
        case PhotoStatus::Error:
        case PhotoStatus::Photo:
            e.advice = QCoreApplication::translate(
                "Portrait::PhotoExplanation",
                "Refresh (F5) to try again; if it stays, the error's code and request id say why.");
            break;
        }
    }
    return e;
}

QString plainToolTip(const QString& text)
{
    // What Qt would show as plain text anyway stays as it is (the common case, and it keeps the tooltip's width).
    return Qt::mightBeRichText(text) ? Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal) : text;
}

} // namespace Portrait
