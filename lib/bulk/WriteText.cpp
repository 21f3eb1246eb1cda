#include "WriteText.h"

#include "bulk/WriteTask.h"
#include "graph/DisplayText.h"

#include <QCoreApplication>

namespace Portrait {

QString writeActionTitle(const QString& action)
{
    if (action == u"set") {
        return QCoreApplication::translate("Portrait::WriteText", "Set");
    }
    if (action == u"replace") {
        return QCoreApplication::translate("Portrait::WriteText", "Replace");
    }
    if (action == u"remove") {
        return QCoreApplication::translate("Portrait::WriteText", "Remove");
    }
    if (action == u"unchanged") {
        return QCoreApplication::translate("Portrait::WriteText", "Unchanged");
    }
    if (action == u"skip") {
        return QCoreApplication::translate("Portrait::WriteText", "Skip");
    }
    if (action == u"unmatched") {
        return QCoreApplication::translate("Portrait::WriteText", "No match");
    }
    if (action == u"ambiguous") {
        return QCoreApplication::translate("Portrait::WriteText", "Ambiguous");
    }
    if (action == u"invalid") {
        return QCoreApplication::translate("Portrait::WriteText", "Invalid");
    }
    if (action == u"unsupported") {
        return QCoreApplication::translate("Portrait::WriteText", "Not possible");
    }
    return action;
}

QString writeReasonText(const WriteOutcome& o)
{
    const QString& action = o.action;
    const QString& reason = o.reason;
    const bool undo = o.task.kind == WriteTask::Kind::Undo;
    if (reason == u"resumed") {
        return QCoreApplication::translate(
            "Portrait::WriteText",
            "Already written by an earlier run that was interrupted: recorded, not written again.");
    }
    if (action == u"set") {
        return QCoreApplication::translate("Portrait::WriteText", "No photo yet: this image becomes the photo.");
    }
    if (action == u"replace") {
        return undo ? QCoreApplication::translate("Portrait::WriteText", "The photo from before is put back.")
            : o.warnings.contains(QLatin1String("placeholder"))
            ? QCoreApplication::translate("Portrait::WriteText",
                                          "The current photo is a placeholder: this image replaces it.")
            : QCoreApplication::translate("Portrait::WriteText", "This image replaces the current photo.");
    }
    if (action == u"remove") {
        return undo ? QCoreApplication::translate("Portrait::WriteText",
                                                  "There was no photo before: the photo that was added is removed.")
                    : QCoreApplication::translate("Portrait::WriteText", "The photo is removed.");
    }
    if (reason == u"journal") {
        return QCoreApplication::translate("Portrait::WriteText",
                                           "This image is already the photo (set by this journal).");
    }
    if (reason == u"undone") {
        return QCoreApplication::translate("Portrait::WriteText", "Already undone.");
    }
    if (reason == u"has-photo") {
        return QCoreApplication::translate("Portrait::WriteText",
                                           "Has a photo already, and only people without one were asked for.");
    }
    if (reason == u"no-photo") {
        return QCoreApplication::translate("Portrait::WriteText", "Has no photo to remove.");
    }
    if (reason == u"changed-since") {
        return QCoreApplication::translate("Portrait::WriteText",
                                           "The photo was changed again since this journal wrote it: left alone.");
    }
    if (reason == u"not-read") {
        return o.error.isError()
            ? QCoreApplication::translate("Portrait::WriteText", "The current photo could not be read: %1")
                  .arg(errorDisplayText(o.error))
            : QCoreApplication::translate("Portrait::WriteText", "The current photo could not be read.");
    }
    if (reason == u"not-in-journal") {
        return QCoreApplication::translate("Portrait::WriteText", "Not in the journal: nothing to undo.");
    }
    if (reason == u"not-written") {
        return QCoreApplication::translate("Portrait::WriteText", "Nothing was written here: nothing to undo.");
    }
    if (reason == u"backup-unreadable") {
        return QCoreApplication::translate("Portrait::WriteText",
                                           "The backup of the photo from before cannot be read: left alone.");
    }
    if (reason == u"cancelled") {
        return QCoreApplication::translate("Portrait::WriteText", "Cancelled before it was written.");
    }
    if (reason == u"not-selected") {
        return QCoreApplication::translate("Portrait::WriteText",
                                           "Matches someone who is not among the people chosen: left out.");
    }
    if (reason == u"no-principal") {
        return QCoreApplication::translate("Portrait::WriteText", "Nobody in the directory matches this file name.");
    }
    if (reason == u"map-not-in-scope") {
        return QCoreApplication::translate("Portrait::WriteText",
                                           "The CSV map names someone who is not in the directory.");
    }
    if (reason == u"several-principals") {
        return QCoreApplication::translate("Portrait::WriteText",
                                           "Several people match this file name: rename the file or use a CSV map.");
    }
    if (reason == u"several-files") {
        return QCoreApplication::translate("Portrait::WriteText",
                                           "Several files are for this person: keep one and plan again.");
    }
    if (reason == u"unreadable") {
        return QCoreApplication::translate("Portrait::WriteText", "The file cannot be read.");
    }
    if (reason == u"not-an-image") {
        return QCoreApplication::translate("Portrait::WriteText",
                                           "Not an image Portrait can read (JPEG, PNG, GIF or BMP).");
    }
    if (reason == u"too-many-pixels") {
        return QCoreApplication::translate("Portrait::WriteText", "The image has too many pixels to be read safely.");
    }
    if (reason == u"too-small") {
        return QCoreApplication::translate("Portrait::WriteText", "Too small (%1 × %2 pixels): use a larger picture.")
            .arg(o.task.image.width)
            .arg(o.task.image.height);
    }
    if (reason == u"too-large") {
        return QCoreApplication::translate("Portrait::WriteText",
                                           "Too large: no JPEG of it fits the 4 MB Microsoft 365 accepts.");
    }
    if (reason == u"contact-removal") {
        return QCoreApplication::translate("Portrait::WriteText",
                                           "A contact's photo cannot be removed, only replaced.");
    }
    if (reason == u"AppOnlyTokenNotSupportedForGroupUpdate") {
        return QCoreApplication::translate(
            "Portrait::WriteText", "Group photos can only be changed by a signed-in person, not by an app on its own.");
    }
    if (reason == u"photo-policy-on-premises") {
        return QCoreApplication::translate("Portrait::WriteText",
                                           "This tenant manages user photos on-premises: change them there.");
    }
    if (action == u"unsupported" && !reason.isEmpty()) {
        // The codes with which Graph says a principal cannot take a photo (no mailbox...): as the audit words them.
        const PhotoExplanation e = explainPhoto(PhotoStatus::Unavailable, reason);
        return e.reason.isEmpty()
            ? reason
            : QCoreApplication::translate("Portrait::WriteText", "Not possible here: %1.").arg(e.reason);
    }
    return reason;
}

QString writeResultText(const WriteOutcome& o)
{
    if (!o.applied) {
        return {};
    }
    if (!o.written) {
        return o.error.isError()
            ? QCoreApplication::translate("Portrait::WriteText", "Failed: %1").arg(errorDisplayText(o.error))
            : QCoreApplication::translate("Portrait::WriteText", "Failed");
    }
    return o.verified ? QCoreApplication::translate("Portrait::WriteText", "Written and verified")
                      : QCoreApplication::translate("Portrait::WriteText", "Written; not visible yet");
}

} // namespace Portrait
