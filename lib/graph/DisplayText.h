#pragma once

#include "base/GraphError.h"
#include "graph/DirectoryObject.h"
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
/**
 * @brief @p text as a tooltip shows it, letter for letter. Qt takes a tooltip that looks like HTML (a name
 * such as `<font size=7>`) for rich text; such a text is escaped and marked as rich text instead.
 */
QString plainToolTip(const QString& text);

/// A photo's status and reason in words, for the detail pane, the grid's and tree's tool tips, the audit table
/// and the HTML report (their CSV and JSON keep the codes).
struct PhotoExplanation
{
    QString status; ///< photoStatusTitle(): "Photo", "No photo", "Placeholder", "Unavailable", "Error"
    QString reason; ///< the reason in words ("No Exchange Online mailbox"); Graph's own code when it is not a
                    ///< known one; empty when there is none
    QString advice; ///< one line: what to do about it; empty for a photo
    /// "No photo: none uploaded" (status and reason), or the status alone.
    QString summary() const;
};

/**
 * @brief Explains the @p status and @p reason of a photo outcome (PhotoInfo::status and PhotoInfo::reason,
 * or an audit's record): every reason code the program gives (`not-found`, `placeholder-1x1`, `min-edge`,
 * `duplicate`...) and the Graph error codes photo requests are known to answer with.
 */
PhotoExplanation explainPhoto(PhotoStatus status, const QString& reason);

} // namespace Portrait
