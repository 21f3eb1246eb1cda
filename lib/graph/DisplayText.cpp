#include "DisplayText.h"

#include <QCoreApplication>

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
    }
    if (!error.code.isEmpty()) {
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

} // namespace Portrait
