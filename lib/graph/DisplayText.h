#pragma once

#include "graph/DirectoryObject.h"
#include "graph/GraphError.h"
#include "graph/PhotoInfo.h"

#include <QString>

namespace Portrait {

// Texts for people, in the user's language. The wire names (photoStatusName(), DirectoryObject::kindName())
// and GraphError::toString() stay English: they are what logs, JSON records and CSV reports carry.

/// The error in one line: "HTTP 404 ErrorItemNotFound: The photo wasn't found. (request-id ...)", translated
/// around Graph's own code and message, which stay as sent.
QString errorDisplayText(const GraphError& error);
/// "Photo", "No photo", "Placeholder", "Unavailable", "Error".
QString photoStatusTitle(PhotoStatus status);
/// "User", "Group", "Contact", "Contact folder".
QString kindTitle(DirectoryObject::Kind kind);

} // namespace Portrait
